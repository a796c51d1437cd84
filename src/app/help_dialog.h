#pragma once
// Help (F1) and About in one window: how to use Gradus, every keyboard shortcut (read from the
// menus, so the list cannot go stale), the versions of Gradus and its libraries, and the credits
// and licences of the bundled data.

#include <QDialog>

QT_BEGIN_NAMESPACE
class QTabWidget;
QT_END_NAMESPACE

namespace gradus {

class HelpDialog : public QDialog {
    Q_OBJECT
public:
    enum class Page { Help, Keys, About, Credits };
    // `menuOwner`: the window whose menu actions list the shortcuts.
    HelpDialog(const QWidget& menuOwner, QWidget* parent = nullptr);
    void showPage(Page page);

private:
    QTabWidget* tabs_;
};

} // namespace gradus
