#pragma once

#include <QHash>
#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
QT_END_NAMESPACE

namespace gradus {

class Lesson;
class LessonPage;
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

protected:
    void closeEvent(QCloseEvent* event) override;
    // A file dropped on the window goes to the current lesson (a picture, a CSV table, …).
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void buildLessonList();
    void buildStatusBar();
    void showError(const QString& text);
    void showStatus(const QString& text);
    void exportCurrent();
    void exportAnimationOfCurrent();
    void savePictureOfCurrent();
    void chooseAndOpenSession();
    void chooseAndSaveSession();
    void updateBusy();

    const LessonRegistry& registry_;
    QTreeWidget* lessonList_;
    QStackedWidget* pages_;
    QHash<QString, LessonPage*> pageById_;
    QString sessionPath_;
    QLabel* statusLabel_;
    QProgressBar* progress_;
    QPushButton* cancelButton_;
    QAction* savePicture_ = nullptr;
};

} // namespace gradus
