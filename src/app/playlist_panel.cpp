#include "playlist_panel.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace gradus {

namespace {
QToolButton* makeButton(QWidget* parent, const QString& text, const QString& tip)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    return button;
}
} // namespace

PlaylistPanel::PlaylistPanel(const LessonRegistry& registry, QWidget* parent) : QWidget(parent), registry_(registry)
{
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("playlistEntries"));
    list_->setWordWrap(true);
    list_->setToolTip(tr("Double-click (or Enter) opens a session; in presentation mode Page Up / Page Down step through them"));
    auto* add = makeButton(this, tr("Add"), tr("Add the lesson as it is now: parameters and frame"));
    auto* remove = makeButton(this, tr("Remove"), tr("Remove the selected session"));
    auto* up = makeButton(this, QStringLiteral("↑"), tr("Move the selected session up"));
    auto* down = makeButton(this, QStringLiteral("↓"), tr("Move the selected session down"));
    auto* open = makeButton(this, tr("Open…"), tr("Open a playlist (.gradus-playlist)"));
    auto* save = makeButton(this, tr("Save…"), tr("Save the playlist"));
    auto* buttons = new QHBoxLayout;
    for (QToolButton* button : {add, remove, up, down})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(open);
    buttons->addWidget(save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(list_);
    layout->addLayout(buttons);

    connect(add, &QToolButton::clicked, this, &PlaylistPanel::addRequested);
    connect(open, &QToolButton::clicked, this, &PlaylistPanel::openRequested);
    connect(save, &QToolButton::clicked, this, &PlaylistPanel::saveRequested);
    connect(remove, &QToolButton::clicked, this, [this] {
        const int row = list_->currentRow();
        if (row < 0)
            return;
        playlist_.entries.removeAt(row);
        refresh(std::min(row, int(playlist_.entries.size()) - 1));
    });
    auto move = [this](int delta) {
        const int row = list_->currentRow(), to = row + delta;
        if (row < 0 || to < 0 || to >= playlist_.entries.size())
            return;
        playlist_.entries.swapItemsAt(row, to);
        refresh(to);
    };
    connect(up, &QToolButton::clicked, this, [move] { move(-1); });
    connect(down, &QToolButton::clicked, this, [move] { move(1); });
    connect(list_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) { choose(list_->row(item)); });
}

void PlaylistPanel::setPlaylist(Playlist playlist)
{
    playlist_ = std::move(playlist);
    refresh(playlist_.entries.isEmpty() ? -1 : 0);
}

void PlaylistPanel::append(const Session& session)
{
    playlist_.entries.append(session);
    refresh(int(playlist_.entries.size()) - 1);
}

bool PlaylistPanel::step(int delta)
{
    if (playlist_.entries.isEmpty())
        return false;
    const int row = list_->currentRow() < 0 ? 0 : list_->currentRow() + delta;
    if (row < 0 || row >= playlist_.entries.size())
        return false;
    choose(row);
    return true;
}

void PlaylistPanel::choose(int row)
{
    list_->setCurrentRow(row);
    emit entryChosen(playlist_.entries[row]);
}

void PlaylistPanel::refresh(int selected)
{
    list_->clear();
    for (qsizetype i = 0; i < playlist_.entries.size(); ++i)
        list_->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(describeSession(playlist_.entries[i], registry_)));
    list_->setCurrentRow(selected);
}

} // namespace gradus
