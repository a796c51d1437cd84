#pragma once

#include <QHash>
#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QLabel;
class QShortcut;
class QTimer;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
QT_END_NAMESPACE

namespace gradus {

class Lesson;
class LessonPage;
class HelpDialog;
class PlaylistPanel;
struct AnimationRequest;
class LessonRegistry;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const LessonRegistry& registry, QWidget* parent = nullptr);

    // Opens (creating on first use) the lesson's page; returns null for an unknown id.
    LessonPage* showLesson(const QString& id);
    LessonPage* currentPage() const;
    // Shows problems in a message box when interactive is true, in the status bar otherwise.
    bool openSession(const QString& path, bool interactive = true);
    bool saveSession(const QString& path);
    // Exports the current lesson's animation with a progress dialog that can cancel it (nothing is
    // left behind then). False when it failed or was cancelled; the reason is in the status bar.
    bool exportAnimation(const AnimationRequest& request);
    // Puts the current figure on the clipboard as a picture at the last export size, for slides.
    void copyFigure();

    // Presentation mode (F11): full screen, only the figure and its player, larger figure text; the
    // parameters slide in at the right edge; Page Up/Down step through the playlist (or the lessons),
    // +/− change the speed, Esc leaves.
    void setPresenting(bool on);
    bool presenting() const { return presenting_; }
    // Opens the playlist entry or lesson `delta` places away; false at either end.
    bool stepLecture(int delta);
    PlaylistPanel* playlistPanel() const { return playlist_; }
    bool openPlaylist(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    // A file dropped on the window goes to the current lesson (a picture, a CSV table, …).
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // Screens up to this width (logical pixels) get a maximized window on the first start.
    static constexpr int kMaximizeUpToWidth = 1440;
    void placeOnScreen();
    void buildMenus();
    void buildLessonList(const QStringList& offered);
    void buildStatusBar();
    void showError(const QString& text);
    void showStatus(const QString& text);
    void exportCurrent();
    void exportAnimationOfCurrent();
    void savePictureOfCurrent();
    void chooseAndOpenSession();
    void chooseAndSaveSession();
    void updateBusy();
    void buildPlaylist();
    void buildPresentationKeys();
    void slideInParameters();

    const LessonRegistry& registry_;
    QTreeWidget* lessonList_;
    QStackedWidget* pages_;
    QHash<QString, LessonPage*> pageById_;
    QString sessionPath_;
    QLabel* statusLabel_;
    QProgressBar* progress_;
    QPushButton* cancelButton_;
    QAction* savePicture_ = nullptr;
    PlaylistPanel* playlist_ = nullptr;
    QDockWidget* playlistDock_ = nullptr;
    // Presentation mode: what to restore, the keys it enables, and the edge watcher.
    bool presenting_ = false;
    QByteArray stateBeforePresenting_;
    bool maximizedBeforePresenting_ = false;
    QByteArray geometryBeforePresenting_;
    double fontScaleBeforePresenting_ = 1.0;
    QString themeBeforePresenting_;
    QList<QShortcut*> presentationKeys_;
    QTimer* edgeWatch_ = nullptr;
    QAction* presentAction_ = nullptr;
    HelpDialog* help_ = nullptr;
};

} // namespace gradus
