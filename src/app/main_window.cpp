#include "main_window.h"

#include "animation_dialog.h"
#include "export_dialog.h"
#include "framework/compute_runner.h"
#include "framework/errors.h"
#include "framework/language.h"
#include "framework/lab_settings.h"
#include "framework/lesson_registry.h"
#include "io/playlist.h"
#include "io/session.h"
#include "help_dialog.h"
#include "lesson_page.h"
#include "playlist_panel.h"
#include "version.h"
#include "views/animation_export.h"
#include "views/figure_export.h"
#include "views/player.h"
#include "views/plot_style.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QMimeData>
#include <QGuiApplication>
#include <QDropEvent>
#include <QDragEnterEvent>
#include <QDir>
#include <QClipboard>
#include <QCursor>
#include <QDockWidget>
#include <QShortcut>
#include <QStyle>
#include <QTimer>

#include <cstdio>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QScreen>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>

namespace gradus {

MainWindow::MainWindow(const LessonRegistry& registry, QWidget* parent) : QMainWindow(parent), registry_(registry)
{
    setWindowTitle(QStringLiteral("Gradus"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gradus.svg")));
    {
        // Before any figure exists, so every view starts in the remembered look.
        const QSettings settings;
        style::setTheme(style::themeFromName(settings.value("appearance/theme").toString()).value_or(style::ThemeId::Light));
        style::setFontScale(settings.value("appearance/fontScale", 1.0).toDouble());
    }
    pages_ = new QStackedWidget(this);
    setCentralWidget(pages_);
    QSettings settings;
    // The lessons a lab offers (gradus.conf): the list and the lesson shown first follow them.
    const LessonChoice offered = chooseLessons(registry_, settings);
    buildLessonList(offered.visible);
    buildPlaylist();
    buildMenus();
    buildStatusBar();
    buildPresentationKeys();
    setAcceptDrops(true);

    if (!restoreGeometry(settings.value("window/geometry").toByteArray()))
        placeOnScreen();
    restoreState(settings.value("window/state").toByteArray());
    QString last = settings.value("window/lastLesson").toString();
    if (!offered.visible.contains(last))
        last = offered.visible.value(0);
    if (!last.isEmpty())
        showLesson(last);
    if (!offered.unknown.isEmpty() || offered.ignoredEmpty) {
        const QString problem = offered.ignoredEmpty
                                    ? tr("The settings hide every lesson (lessons/shown, lessons/hidden in gradus.conf), so all are listed.")
                                    : tr("The settings name lessons that do not exist: %1. Known lessons: gradus list.")
                                          .arg(offered.unknown.join(QStringLiteral(", ")));
        // For the administrator: on the terminal, and in the status bar once the first picture's own message is out.
        std::fprintf(stderr, "gradus: warning: %s\n", qPrintable(problem));
        QTimer::singleShot(1500, this, [this, problem] { showStatus(problem); });
    }
    if (presentationDefaults(settings).startPresenting)
        QTimer::singleShot(0, this, [this] { setPresenting(true); });
}

void MainWindow::placeOnScreen()
{
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 960);
    // Projectors and lab monitors (1024 × 768 to 1440 × 900): every pixel goes to the lesson. Above that
    // the window takes most of the screen and leaves the desktop visible around it. Later starts restore
    // whatever the user made of it (closeEvent saves the geometry, maximized or not).
    if (available.width() <= kMaximizeUpToWidth) {
        setWindowState(windowState() | Qt::WindowMaximized);
        resize(available.size());
        return;
    }
    const QSize size = (available.size() * 0.9).expandedTo(QSize(1600, 960)).boundedTo(available.size());
    setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
}

void MainWindow::buildLessonList(const QStringList& offered)
{
    lessonList_ = new QTreeWidget(this);
    lessonList_->setHeaderHidden(true);
    lessonList_->setRootIsDecorated(false);
    QHash<QString, QTreeWidgetItem*> topics;
    // A lab may hide lessons from the list; sessions and playlists that name them still open them.
    for (const Lesson* lesson : registry_.lessons()) {
        if (!offered.contains(lesson->id()))
            continue;
        QTreeWidgetItem*& topic = topics[lesson->topic()];
        if (!topic) {
            topic = new QTreeWidgetItem(lessonList_, {lesson->topic()});
            topic->setFlags(Qt::ItemIsEnabled);
            QFont bold = topic->font(0);
            bold.setBold(true);
            topic->setFont(0, bold);
        }
        auto* item = new QTreeWidgetItem(topic, {lesson->title()});
        item->setData(0, Qt::UserRole, lesson->id());
        item->setToolTip(0, QStringLiteral("<b>%1</b><br>%2<br><br><tt>gradus render %3 -o figure.png</tt>")
                                .arg(lesson->title().toHtmlEscaped(), lesson->summary().toHtmlEscaped(), lesson->id()));
    }
    lessonList_->expandAll();
    connect(lessonList_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && !item->data(0, Qt::UserRole).toString().isEmpty())
            showLesson(item->data(0, Qt::UserRole).toString());
    });
    auto* dock = new QDockWidget(tr("Lessons"), this);
    dock->setObjectName(QStringLiteral("lessonsDock"));
    dock->setWidget(lessonList_);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    // The list is for choosing; the figure needs the width more on a small screen (the full titles are in
    // the tooltips).
    const int screenWidth = screen() ? screen()->availableGeometry().width() : 1600;
    resizeDocks({dock}, {screenWidth <= 1100 ? 150 : screenWidth <= kMaximizeUpToWidth ? 190 : 250}, Qt::Horizontal);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open session…"), QKeySequence::Open, this, &MainWindow::chooseAndOpenSession);
    file->addAction(tr("&Save session"), QKeySequence::Save, this, [this] {
        if (sessionPath_.isEmpty())
            chooseAndSaveSession();
        else
            saveSession(sessionPath_);
    });
    file->addAction(tr("Save session &as…"), QKeySequence::SaveAs, this, &MainWindow::chooseAndSaveSession);
    file->addSeparator();
    file->addAction(tr("Open p&laylist…"), this, [this] { emit playlist_->openRequested(); });
    file->addAction(tr("Add to playl&ist"), QKeySequence(tr("Ctrl+Shift+L")), this, [this] { emit playlist_->addRequested(); })
        ->setToolTip(tr("The lesson as it is now (parameters and frame) becomes the playlist's next session"));
    file->addAction(tr("Save playlist &as…"), this, [this] { emit playlist_->saveRequested(); });
    file->addSeparator();
    file->addAction(tr("&Export figure…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportCurrent);
    savePicture_ = file->addAction(tr("Save &picture at full resolution…"), QKeySequence(tr("Ctrl+Shift+E")), this,
                                   &MainWindow::savePictureOfCurrent);
    savePicture_->setToolTip(tr("The picture itself (e.g. the compressed image), not a rendering of the figure"));
    file->addAction(tr("Export &animation…"), QKeySequence(tr("Ctrl+Shift+A")), this, &MainWindow::exportAnimationOfCurrent)
        ->setToolTip(tr("The iterations played as an MP4 video, a looping GIF or numbered PNG frames"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // A text field with the focus keeps Ctrl+V for itself (Qt's shortcut override).
    edit->addAction(tr("&Paste picture"), QKeySequence::Paste, this, [this] {
        LessonPage* page = currentPage();
        if (!page)
            return;
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        if (mime && mime->hasImage())
            page->openPastedImage(qvariant_cast<QImage>(mime->imageData()));
        else if (mime && mime->hasUrls() && mime->urls().first().isLocalFile())
            page->openFile(mime->urls().first().toLocalFile());
        else
            showError(tr("The clipboard holds no picture: copy one in a browser or an image viewer first."));
    });

    edit->addAction(tr("&Copy figure"), QKeySequence(tr("Ctrl+Shift+C")), this, &MainWindow::copyFigure)
        ->setToolTip(tr("The figure as a picture, to paste into a slide"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* side = view->addAction(tr("&Parameters and explanation"));
    side->setCheckable(true);
    side->setChecked(true);
    side->setShortcut(QKeySequence(tr("Ctrl+P")));
    connect(side, &QAction::toggled, this, [this](bool on) {
        for (LessonPage* page : std::as_const(pageById_))
            page->setSidePanelVisible(on);
    });
    QAction* lessons = view->addAction(tr("&Lesson list"));
    lessons->setCheckable(true);
    lessons->setChecked(true);
    lessons->setShortcut(QKeySequence(tr("Ctrl+L")));
    connect(lessons, &QAction::toggled, this, [this](bool on) {
        if (auto* dock = findChild<QDockWidget*>(QStringLiteral("lessonsDock")))
            dock->setVisible(on);
    });
    view->addSeparator();
    QMenu* themes = view->addMenu(tr("&Theme"));
    auto* themeGroup = new QActionGroup(themes);
    for (style::ThemeId id : style::allThemes()) {
        QAction* action = themes->addAction(style::themeTitle(id));
        action->setObjectName(QStringLiteral("theme-") + style::themeName(id));
        action->setCheckable(true);
        action->setChecked(style::theme().id == id);
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [id] {
            style::setTheme(id);
            QSettings().setValue("appearance/theme", style::themeName(id));
        });
    }
    QMenu* languages = view->addMenu(tr("&Language"));
    auto* languageGroup = new QActionGroup(languages);
    const QString chosenLanguage = QSettings().value("appearance/language").toString();
    QList<std::pair<QString, QString>> languageChoices{{QString(), tr("As the system")}};
    languageChoices += availableLanguages();
    for (const auto& [code, name] : languageChoices) {
        QAction* action = languages->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosenLanguage);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue("appearance/language", code);
            const QString next = code.isEmpty() ? pickLanguage(QLocale::system().uiLanguages()) : code;
            // Said in both languages: the one in use may not be the reader's.
            showStatus(next == uiLanguage() ? tr("Language kept.")
                                            : QStringLiteral("Restart Gradus to switch the language. / "
                                                             "Перезапустите Gradus, чтобы сменить язык."));
        });
    }
    auto scaleFigureText = [this](double factor) {
        style::setFontScale(factor == 0 ? 1.0 : style::fontScale() * factor);
        QSettings().setValue("appearance/fontScale", style::fontScale());
        showStatus(tr("Figure text at %1 %").arg(std::lround(style::fontScale() * 100)));
    };
    view->addAction(tr("&Larger figure text"), QKeySequence(tr("Ctrl+=")), this, [scaleFigureText] { scaleFigureText(1.15); })
        ->setToolTip(tr("Labels, ticks and legends of the figures (and their exports), not the menus"));
    view->addAction(tr("&Smaller figure text"), QKeySequence(tr("Ctrl+-")), this, [scaleFigureText] { scaleFigureText(1 / 1.15); });
    view->addAction(tr("&Normal figure text"), QKeySequence(tr("Ctrl+0")), this, [scaleFigureText] { scaleFigureText(0); });
    view->addSeparator();
    presentAction_ = view->addAction(tr("&Presentation mode"), QKeySequence(Qt::Key_F11), this,
                                     [this] { setPresenting(!presenting_); });
    presentAction_->setCheckable(true);
    presentAction_->setToolTip(tr("Full screen with only the figure; Page Up/Down: next or previous session or lesson; "
                                  "Space, arrows: play and step; +/−: speed; digits: presets; Esc leaves"));
    view->addAction(tr("&Full screen"), QKeySequence(tr("Ctrl+Shift+F")), this, [this] {
        isFullScreen() ? showNormal() : showFullScreen();
    });
    view->addAction(playlistDock_->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    auto showHelp = [this](HelpDialog::Page which) {
        if (!help_)
            help_ = new HelpDialog(*this, this);
        help_->showPage(which);
        help_->show();
        help_->raise();
    };
    help->addAction(tr("Gradus &help"), QKeySequence(Qt::Key_F1), this, [showHelp] { showHelp(HelpDialog::Page::Help); });
    help->addAction(tr("&Keyboard"), this, [showHelp] { showHelp(HelpDialog::Page::Keys); });
    help->addAction(tr("&Data credits"), this, [showHelp] { showHelp(HelpDialog::Page::Credits); });
    help->addAction(tr("&About Gradus"), this, [showHelp] { showHelp(HelpDialog::Page::About); });
}

void MainWindow::buildPlaylist()
{
    playlist_ = new PlaylistPanel(registry_, this);
    playlistDock_ = new QDockWidget(tr("Playlist"), this);
    playlistDock_->setObjectName(QStringLiteral("playlistDock"));
    playlistDock_->setWidget(playlist_);
    playlistDock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, playlistDock_);
    playlistDock_->hide(); // until a playlist is opened or a session added
    connect(playlist_, &PlaylistPanel::entryChosen, this, [this](const Session& session) {
        LessonPage* page = showLesson(session.lessonId);
        if (page)
            page->setParams(session.params, session.frame);
    });
    connect(playlist_, &PlaylistPanel::addRequested, this, [this] {
        if (LessonPage* page = currentPage()) {
            playlist_->append(Session{page->lesson().id(), page->params(), page->frame()});
            playlistDock_->show();
            showStatus(tr("Added to the playlist (%n session(s)); File → Save playlist as… keeps it", nullptr,
                          int(playlist_->playlist().entries.size())));
        }
    });
    connect(playlist_, &PlaylistPanel::openRequested, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open playlist"), QSettings().value("paths/sessions").toString(),
                                                          tr("Gradus playlists (*.gradus-playlist);;All files (*)"));
        if (!path.isEmpty())
            openPlaylist(path);
    });
    connect(playlist_, &PlaylistPanel::saveRequested, this, [this] {
        if (playlist_->isEmpty()) {
            showError(tr("The playlist is empty: add sessions with File → Add to playlist (Ctrl+Shift+L)."));
            return;
        }
        QString path = QFileDialog::getSaveFileName(this, tr("Save playlist"),
                                                    QDir(QSettings().value("paths/sessions", QDir::homePath()).toString())
                                                        .filePath(QStringLiteral("lecture.gradus-playlist")),
                                                    tr("Gradus playlists (*.gradus-playlist)"));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".gradus-playlist");
        try {
            playlist_->playlist().save(path, registry_);
            showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        } catch (const GradusError& e) {
            showError(e.message());
            QMessageBox::warning(this, tr("Save playlist"), e.message());
        }
    });
}

bool MainWindow::openPlaylist(const QString& path)
{
    QStringList problems;
    try {
        Playlist playlist = Playlist::load(path, registry_, &problems);
        playlist_->setPlaylist(std::move(playlist));
    } catch (const GradusError& e) {
        showError(tr("Cannot open the playlist: %1").arg(e.message()));
        return false;
    }
    playlistDock_->show();
    QSettings().setValue("paths/sessions", QFileInfo(path).absolutePath());
    if (!problems.isEmpty())
        showError(tr("Playlist opened with %n problem(s): %1", nullptr, int(problems.size())).arg(problems.join(QStringLiteral("; "))));
    else
        showStatus(tr("Opened %1: Page Down in presentation mode (F11) plays it").arg(QDir::toNativeSeparators(path)));
    playlist_->step(0);
    return true;
}

void MainWindow::buildPresentationKeys()
{
    auto key = [this](QKeySequence sequence, std::function<void()> action) {
        auto* shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WindowShortcut);
        shortcut->setEnabled(false);
        connect(shortcut, &QShortcut::activated, this, action);
        presentationKeys_.append(shortcut);
    };
    key(QKeySequence(Qt::Key_PageDown), [this] { stepLecture(1); });
    key(QKeySequence(Qt::Key_PageUp), [this] { stepLecture(-1); });
    for (Qt::Key faster : {Qt::Key_Plus, Qt::Key_Equal})
        key(QKeySequence(faster), [this] {
            if (LessonPage* page = currentPage())
                page->player()->changeSpeed(1);
        });
    key(QKeySequence(Qt::Key_Minus), [this] {
        if (LessonPage* page = currentPage())
            page->player()->changeSpeed(-1);
    });
    key(QKeySequence(Qt::Key_Escape), [this] {
        LessonPage* page = currentPage();
        if (page && page->runner().busy())
            page->runner().cancel(); // Esc still stops a computation first
        else
            setPresenting(false);
    });
    edgeWatch_ = new QTimer(this);
    edgeWatch_->setInterval(150);
    connect(edgeWatch_, &QTimer::timeout, this, &MainWindow::slideInParameters);
}

void MainWindow::setPresenting(bool on)
{
    if (on == presenting_)
        return;
    presenting_ = on;
    presentAction_->setChecked(on);
    for (QShortcut* shortcut : std::as_const(presentationKeys_))
        shortcut->setEnabled(on);
    cancelButton_->setShortcut(on ? QKeySequence() : QKeySequence(Qt::Key_Escape));
    if (on) {
        stateBeforePresenting_ = saveState();
        maximizedBeforePresenting_ = isMaximized();
        fontScaleBeforePresenting_ = style::fontScale();
        themeBeforePresenting_ = style::themeName(style::theme().id);
        const PresentationDefaults defaults = presentationDefaults(QSettings());
        menuBar()->hide();
        statusBar()->hide();
        for (QDockWidget* dock : findChildren<QDockWidget*>())
            dock->hide();
        for (LessonPage* page : std::as_const(pageById_))
            page->setSidePanelVisible(false);
        // For the back of the room; neither is remembered.
        style::setFontScale(fontScaleBeforePresenting_ * defaults.textFactor);
        if (const auto theme = style::themeFromName(defaults.theme))
            style::setTheme(*theme);
        geometryBeforePresenting_ = saveGeometry();
        showFullScreen();
        // A window manager makes a full-screen window cover the screen; without one (a kiosk session)
        // nothing would.
        if (screen())
            setGeometry(screen()->geometry());
        edgeWatch_->start();
    } else {
        edgeWatch_->stop();
        style::setFontScale(fontScaleBeforePresenting_);
        if (style::themeName(style::theme().id) != themeBeforePresenting_)
            style::setTheme(style::themeFromName(themeBeforePresenting_).value_or(style::ThemeId::Light));
        menuBar()->show();
        statusBar()->show();
        for (LessonPage* page : std::as_const(pageById_))
            page->setSidePanelVisible(true);
        maximizedBeforePresenting_ ? showMaximized() : showNormal();
        restoreGeometry(geometryBeforePresenting_);
        restoreState(stateBeforePresenting_);
    }
}

void MainWindow::slideInParameters()
{
    LessonPage* page = currentPage();
    if (!page)
        return;
    // The panel appears while the pointer rests at the right edge and leaves once it moves away.
    const int x = mapFromGlobal(QCursor::pos()).x();
    if (x >= width() - 6)
        page->setSidePanelVisible(true);
    else if (x < width() - page->sidePanelWidth() - 40)
        page->setSidePanelVisible(false);
}

bool MainWindow::stepLecture(int delta)
{
    if (!playlist_->isEmpty())
        return playlist_->step(delta);
    QStringList order; // as the lesson list shows them
    for (QTreeWidgetItemIterator it(lessonList_); *it; ++it)
        if (!(*it)->data(0, Qt::UserRole).toString().isEmpty())
            order << (*it)->data(0, Qt::UserRole).toString();
    LessonPage* page = currentPage();
    const int next = int(order.indexOf(page ? page->lesson().id() : QString())) + delta;
    if (next < 0 || next >= order.size())
        return false;
    LessonPage* shown = showLesson(order[next]);
    if (shown && presenting_)
        shown->setSidePanelVisible(false);
    return true;
}

void MainWindow::buildStatusBar()
{
    statusLabel_ = new QLabel(this);
    statusLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusLabel_->setObjectName(QStringLiteral("statusText"));
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("computeProgress"));
    progress_->setRange(0, 1000);
    progress_->setMaximumWidth(220);
    progress_->setVisible(false);
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    cancelButton_->setObjectName(QStringLiteral("cancelCompute"));
    cancelButton_->setVisible(false);
    connect(cancelButton_, &QPushButton::clicked, this, [this] {
        if (LessonPage* page = currentPage())
            page->runner().cancel();
    });
    cancelButton_->setShortcut(QKeySequence(Qt::Key_Escape));
    cancelButton_->setToolTip(tr("Stop the running computation (Esc); the last picture stays"));
    statusBar()->addWidget(statusLabel_, 1);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancelButton_);
}

LessonPage* MainWindow::showLesson(const QString& id)
{
    const Lesson* lesson = registry_.find(id);
    if (!lesson)
        return nullptr;
    LessonPage* page = pageById_.value(id);
    if (!page) {
        page = new LessonPage(*lesson, pages_);
        pageById_.insert(id, page);
        pages_->addWidget(page);
        connect(page, &LessonPage::statusMessage, this, &MainWindow::showStatus);
        connect(page, &LessonPage::errorMessage, this, &MainWindow::showError);
        connect(page, &LessonPage::busyChanged, this, &MainWindow::updateBusy);
        connect(page, &LessonPage::slowJobStarted, this, [this, page] {
            if (page == currentPage()) {
                progress_->setValue(0);
                progress_->setVisible(true);
                const bool keeps = page->lesson().stopKeepsResult(page->params());
                cancelButton_->setText(keeps ? tr("Stop") : tr("Cancel"));
                cancelButton_->setToolTip(keeps ? tr("Stop the solver and keep what it has found so far (Esc)")
                                                : tr("Stop the running computation (Esc); the last picture stays"));
                cancelButton_->setVisible(true);
            }
        });
        connect(page, &LessonPage::progressChanged, this, [this](double fraction) { progress_->setValue(int(fraction * 1000)); });
    }
    pages_->setCurrentWidget(page);
    setWindowTitle(QStringLiteral("%1 — Gradus").arg(lesson->title()));
    // Keep the list in step when the lesson was chosen some other way (session, start-up).
    for (QTreeWidgetItemIterator it(lessonList_); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toString() == id && lessonList_->currentItem() != *it) {
            const QSignalBlocker blocker(lessonList_);
            lessonList_->setCurrentItem(*it);
        }
    updateBusy();
    return page;
}

LessonPage* MainWindow::currentPage() const { return qobject_cast<LessonPage*>(pages_->currentWidget()); }

void MainWindow::updateBusy()
{
    LessonPage* page = currentPage();
    if (!page || !page->runner().busy()) {
        progress_->setVisible(false);
        cancelButton_->setVisible(false);
    }
}

void MainWindow::showStatus(const QString& text)
{
    statusLabel_->setStyleSheet(QString());
    statusLabel_->setText(text);
}

void MainWindow::showError(const QString& text)
{
    statusLabel_->setStyleSheet(QStringLiteral("color: #c81e1e; font-weight: bold;"));
    statusLabel_->setText(text);
}

void MainWindow::exportCurrent()
{
    LessonPage* page = currentPage();
    if (!page)
        return;
    ExportDialog dialog(page->lesson().id(), page->figure()->viewNames(), page->figure()->size(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        page->exportFigure(dialog.path(), dialog.pixelSize(), dialog.viewName());
        QApplication::restoreOverrideCursor();
        showStatus(tr("Exported %1").arg(QDir::toNativeSeparators(dialog.path())));
    } catch (const GradusError& e) {
        QApplication::restoreOverrideCursor();
        showError(e.message());
        QMessageBox::warning(this, tr("Export failed"), e.message());
    }
}

void MainWindow::exportAnimationOfCurrent()
{
    LessonPage* page = currentPage();
    if (!page)
        return;
    const ResultPtr result = page->result();
    if (!result || result->frameCount() < 2) {
        showError(result ? tr("This figure does not move: export it as a picture with Export figure (Ctrl+E).")
                         : tr("Nothing to export yet: the lesson has not finished computing."));
        return;
    }
    AnimationDialog dialog(page->lesson().id(), page->figure()->viewNames(), *result, page->player()->framesPerSecond(), this);
    if (dialog.exec() == QDialog::Accepted)
        exportAnimation(dialog.request());
}

bool MainWindow::exportAnimation(const AnimationRequest& request)
{
    LessonPage* page = currentPage();
    if (!page || !page->result())
        return false;
    const QString name = QDir::toNativeSeparators(request.path);
    QProgressDialog progress(tr("Drawing the frames of %1…").arg(name), tr("Cancel"), 0, 1, this);
    progress.setObjectName(QStringLiteral("animationProgress"));
    progress.setWindowTitle(tr("Export animation"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    try {
        AnimationExport animation(page->lesson(), page->result(), request);
        progress.setMaximum(animation.pictureCount());
        bool more = true;
        while (more) {
            more = animation.renderNext();
            progress.setValue(animation.picturesDone()); // a modal progress dialog lets events through here
            if (progress.wasCanceled()) {
                showStatus(tr("Export cancelled; nothing was written."));
                return false;
            }
        }
        progress.setLabelText(tr("Finishing %1…").arg(name));
        animation.finish();
        const int frames = animation.videoFrameCount();
        showStatus(tr("Exported %1: %2 frames, %3 s (%4)")
                       .arg(name)
                       .arg(frames)
                       .arg(frames / request.timing.framesPerSecond, 0, 'f', 1)
                       .arg(animation.encoding()));
        return true;
    } catch (const GradusError& e) {
        progress.cancel();
        showError(tr("Cannot export the animation: %1").arg(e.message()));
        QMessageBox::warning(this, tr("Export animation"), e.message());
        return false;
    }
}

void MainWindow::copyFigure()
{
    LessonPage* page = currentPage();
    if (!page || !page->result()) {
        showError(tr("Nothing to copy yet: the lesson has not finished computing."));
        return;
    }
    const QSize size = QSettings().value("export/size", QSize(1920, 1080)).toSize();
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        ExportFigure figure(page->lesson(), page->result(), QString(), size);
        figure.showFrame(page->frame(), page->figure());
        QGuiApplication::clipboard()->setImage(renderWidgetImage(figure.widget(), size));
        QApplication::restoreOverrideCursor();
        showStatus(tr("Copied the figure (%1 × %2 pixels): paste it into a slide.").arg(size.width()).arg(size.height()));
    } catch (const GradusError& e) {
        QApplication::restoreOverrideCursor();
        showError(tr("Cannot copy the figure: %1").arg(e.message()));
    }
}

void MainWindow::chooseAndOpenSession()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open session"), settings.value("paths/sessions").toString(),
                                                      tr("Gradus sessions (*.gradus);;All files (*)"));
    if (!path.isEmpty())
        openSession(path);
}

void MainWindow::chooseAndSaveSession()
{
    LessonPage* page = currentPage();
    if (!page)
        return;
    QSettings settings;
    const QString start = sessionPath_.isEmpty()
                              ? QDir(settings.value("paths/sessions", QDir::homePath()).toString()).filePath(page->lesson().id() + ".gradus")
                              : sessionPath_;
    QString path = QFileDialog::getSaveFileName(this, tr("Save session"), start, tr("Gradus sessions (*.gradus)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".gradus");
    saveSession(path);
}

bool MainWindow::openSession(const QString& path, bool interactive)
{
    QStringList problems;
    try {
        const Session session = Session::load(path, registry_, &problems);
        LessonPage* page = showLesson(session.lessonId);
        page->setParams(session.params, session.frame);
        sessionPath_ = path;
        QSettings().setValue("paths/sessions", QFileInfo(path).absolutePath());
    } catch (const GradusError& e) {
        showError(tr("Cannot open the session: %1").arg(e.message()));
        if (interactive)
            QMessageBox::warning(this, tr("Open session"), tr("Cannot open the session:\n%1").arg(e.message()));
        return false;
    }
    if (!problems.isEmpty()) {
        showError(tr("Session opened with %n problem(s): %1", nullptr, int(problems.size())).arg(problems.join(QStringLiteral("; "))));
        if (interactive)
            QMessageBox::information(this, tr("Open session"),
                                     tr("The session was opened, but:\n• %1").arg(problems.join(QStringLiteral("\n• "))));
    } else {
        showStatus(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    }
    return true;
}

bool MainWindow::saveSession(const QString& path)
{
    LessonPage* page = currentPage();
    if (!page)
        return false;
    Session session{page->lesson().id(), page->params(), page->frame()};
    try {
        session.save(path, registry_);
    } catch (const GradusError& e) {
        showError(e.message());
        QMessageBox::warning(this, tr("Save session"), e.message());
        return false;
    }
    sessionPath_ = path;
    QSettings().setValue("paths/sessions", QFileInfo(path).absolutePath());
    showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::savePictureOfCurrent()
{
    LessonPage* page = currentPage();
    const QStringList names = page ? page->figure()->pictureNames() : QStringList();
    if (names.isEmpty()) {
        showError(tr("This lesson has no picture of its own to save; use Export figure (Ctrl+E)."));
        return;
    }
    QSettings settings;
    const QString suggested = settings.value("paths/lastPictureDir").toString() + QStringLiteral("/%1-%2.png").arg(page->lesson().id(), names.first());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save picture"), suggested,
                                                      tr("Pictures (*.png *.jpg *.bmp *.tif *.webp)"));
    if (path.isEmpty())
        return;
    settings.setValue("paths/lastPictureDir", QFileInfo(path).absolutePath());
    try {
        page->savePicture(names.first(), path);
        showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    } catch (const GradusError& e) {
        showError(tr("Cannot save the picture: %1").arg(e.message()));
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile() && currentPage())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (LessonPage* page = currentPage()) {
        page->openFile(event->mimeData()->urls().first().toLocalFile());
        event->acceptProposedAction();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    if (LessonPage* page = currentPage())
        settings.setValue("window/lastLesson", page->lesson().id());
    event->accept();
}

} // namespace gradus
