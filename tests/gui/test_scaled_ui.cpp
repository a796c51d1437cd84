// The Russian interface at 125 % and 150 % (QT_SCALE_FACTOR, set by ctest) on a 1920 × 1080 screen:
// no label, check box or button of any lesson's page is cut off (narrower than its text needs).
// Figures are not checked here: they scale their own text and elide it on purpose.
#include "app/lesson_page.h"
#include "app/main_window.h"
#include "framework/language.h"
#include "framework/lesson_registry.h"
#include "lessons/register_lessons.h"
#include "support/headless.h"
#include "support/private_settings.h"
#include "support/wait_for_result.h"
#include "views/wrapping_check_box.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace gradus;
using gradus::test::waitForResult;

namespace {

// What is cut off among the visible text widgets under `root` (outside lesson figures).
QStringList clippedText(QWidget* root)
{
    QStringList clipped;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->width() <= 0)
            continue;
        bool inFigure = false;
        for (QWidget* up = widget; up && !inFigure; up = up->parentWidget())
            inFigure = qobject_cast<LessonFigure*>(up) != nullptr;
        if (inFigure)
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            if (label->wordWrap() || label->text().isEmpty() || label->textFormat() == Qt::RichText ||
                Qt::mightBeRichText(label->text()))
                continue;
            const int needed = label->fontMetrics().horizontalAdvance(label->text());
            if (needed > label->contentsRect().width() + 1)
                clipped << QStringLiteral("label '%1' (%2 of %3 px)").arg(label->text()).arg(label->contentsRect().width()).arg(needed);
        } else if (auto* wrapping = qobject_cast<WrappingCheckBox*>(widget)) {
            // Its label takes more lines when narrow: all of them must be there.
            if (wrapping->height() + 1 < wrapping->heightForWidth(wrapping->width()))
                clipped << QStringLiteral("check box '%1' (%2 of %3 px high)").arg(wrapping->text()).arg(wrapping->height()).arg(wrapping->heightForWidth(wrapping->width()));
        } else if (qobject_cast<QCheckBox*>(widget) || qobject_cast<QRadioButton*>(widget) ||
                   qobject_cast<QPushButton*>(widget)) {
            auto* button = static_cast<QAbstractButton*>(widget);
            if (!button->text().isEmpty() && button->width() + 1 < button->sizeHint().width())
                clipped << QStringLiteral("button '%1' (%2 of %3 px)").arg(button->text()).arg(button->width()).arg(button->sizeHint().width());
        }
    }
    return clipped;
}

} // namespace

class TestScaledUi : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

private slots:
    void initTestCase()
    {
        gradus::test::usePrivateSettings(dir, "GradusScaledTest");
        QVERIFY(installLanguage(QStringLiteral("ru")));
    }

    // The check itself sees a label too narrow for its text, and a button squeezed below its size.
    void theCheckSeesWhatIsCutOff()
    {
        QWidget host;
        auto* label = new QLabel(QStringLiteral("Показать направления спуска"), &host);
        auto* box = new QCheckBox(QStringLiteral("Стандартизовать x"), &host);
        auto* wrapping = new WrappingCheckBox(QStringLiteral("Подобрать шаг каждому (честная гонка)"), &host);
        host.resize(400, 100);
        host.show();
        label->setGeometry(0, 0, 40, 20);
        box->setGeometry(0, 30, 30, 20);
        wrapping->setGeometry(0, 60, 120, wrapping->sizeHint().height()); // one line's height for three lines
        const QStringList clipped = clippedText(&host);
        QCOMPARE(clipped.size(), 3);
        label->setGeometry(0, 0, 380, 20);
        box->setGeometry(0, 30, 380, 20);
        wrapping->setGeometry(0, 60, 120, wrapping->heightForWidth(120));
        QVERIFY2(clippedText(&host).isEmpty(), qPrintable(clippedText(&host).join(" | ")));
    }

    void nothingIsCutOff()
    {
        const double scale = qEnvironmentVariable("QT_SCALE_FACTOR", "1").toDouble();
        LessonRegistry registry;
        registerBuiltinLessons(registry);
        MainWindow window(registry);
        // A 1920 × 1080 screen at this scale, whatever the test display is.
        window.resize(QSize(int(1920 / scale), int(1080 / scale)) - QSize(20, 60));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The window's layout fits that screen (it cannot grow past it).
        QVERIFY2(window.minimumSizeHint().width() <= 1920 / scale && window.minimumSizeHint().height() <= 1080 / scale,
                 qPrintable(QStringLiteral("%1×%2").arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height())));
        QStringList problems;
        for (const Lesson* lesson : registry.lessons()) {
            LessonPage* page = window.showLesson(lesson->id());
            QVERIFY(waitForResult(page));
            QTest::qWait(30);
            for (const QString& problem : clippedText(&window))
                problems << lesson->id() + ": " + problem;
            if (window.width() > 1920 / scale || window.height() > 1080 / scale)
                problems << QStringLiteral("%1: the window grew to %2×%3").arg(lesson->id()).arg(window.width()).arg(window.height());
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("at %1 %: ").arg(scale * 100) + problems.join("\n")));
    }
};

QTEST_MAIN(TestScaledUi)
#include "test_scaled_ui.moc"
