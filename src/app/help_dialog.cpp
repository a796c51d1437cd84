#include "help_dialog.h"

#include "core/library_versions.h"
#include "framework/language.h"
#include "io/image_file.h"
#include "version.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gradus {

namespace {

QString resourceText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QTextBrowser* page(QWidget* parent, const QString& name, const QString& html)
{
    auto* browser = new QTextBrowser(parent);
    browser->setObjectName(name);
    browser->setOpenExternalLinks(true);
    browser->setHtml(html);
    return browser;
}

// Every menu action with a shortcut, menu by menu, then the keys that belong to no menu.
QString keysHtml(const QWidget& owner)
{
    QString rows;
    auto row = [&rows](const QString& key, const QString& what) {
        rows += QStringLiteral("<tr><td style='padding-right:18px'><b>%1</b></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), what.toHtmlEscaped());
    };
    if (const QMenuBar* bar = owner.findChild<QMenuBar*>())
        for (QAction* menuAction : bar->actions()) {
            const QMenu* menu = menuAction->menu();
            if (!menu)
                continue;
            for (QAction* action : menu->actions())
                if (!action->shortcut().isEmpty())
                    row(action->shortcut().toString(QKeySequence::NativeText), QString(action->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        }
    row(QObject::tr("Space"), QObject::tr("Play / pause"));
    row(QObject::tr("← / →"), QObject::tr("Step back / forward"));
    row(QObject::tr("Home / End"), QObject::tr("First / last iteration"));
    row(QObject::tr("1 … 9"), QObject::tr("Presets of the lesson"));
    row(QObject::tr("Esc"), QObject::tr("Cancel a computation (leave presentation mode)"));
    row(QObject::tr("Page Down / Page Up"), QObject::tr("Presentation mode: next / previous session or lesson"));
    row(QObject::tr("+ / −"), QObject::tr("Presentation mode: faster / slower"));
    return QStringLiteral("<h2>%1</h2><table>%2</table>").arg(QObject::tr("Keyboard"), rows);
}

QString aboutHtml()
{
    return QObject::tr("<h2>Gradus %1</h2>"
                       "<p>Live, exact pictures for teaching optimization and machine learning.</p>"
                       "<p>Built with Qt %2 (running %3), OpenCV %4, Eigen %5, %7. %6</p>"
                       "<p>Gradus is free software: you can redistribute it and/or modify it under the terms of the GNU "
                       "General Public License as published by the Free Software Foundation, either version 3 of the "
                       "License, or (at your option) any later version. It is distributed in the hope that it will be "
                       "useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS "
                       "FOR A PARTICULAR PURPOSE. See the GNU General Public License (/usr/share/common-licenses/GPL-3, "
                       "or https://www.gnu.org/licenses/) for more details.</p>"
                       "<p>Gradus works offline: it never uses the network. Settings live in the user's configuration "
                       "folder; a lab can set defaults for every user in /etc/xdg/Gradus/gradus.conf.</p>"
                       "<p>The bundled data and pictures and their licences are listed under Data credits.</p>")
        .arg(versionString(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()), openCvVersion(),
             QString::fromStdString(core::eigenVersion()), cbcVersionLine(),
             QString::fromStdString(core::openBlasVersion()));
}

} // namespace

HelpDialog::HelpDialog(const QWidget& menuOwner, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Gradus help"));
    resize(760, 640);
    tabs_ = new QTabWidget(this);
    tabs_->addTab(page(tabs_, QStringLiteral("helpText"), localizedHtml(QStringLiteral(":/help/help"))), tr("Help"));
    tabs_->addTab(page(tabs_, QStringLiteral("keysText"), keysHtml(menuOwner)), tr("Keyboard"));
    tabs_->addTab(page(tabs_, QStringLiteral("aboutText"), aboutHtml()), tr("About"));
    tabs_->addTab(page(tabs_, QStringLiteral("creditsText"),
                       QStringLiteral("<pre style='white-space:pre-wrap'>%1</pre>")
                           .arg(resourceText(QStringLiteral(":/datasets/CREDITS")).toHtmlEscaped())),
                  tr("Data credits"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs_);
    layout->addWidget(buttons);
}

void HelpDialog::showPage(Page which) { tabs_->setCurrentIndex(int(which)); }

} // namespace gradus
