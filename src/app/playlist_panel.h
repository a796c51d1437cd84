#pragma once
// The playlist dock: the sessions of a lecture in order. Double-click (or Enter) opens one;
// in presentation mode Page Up / Page Down step through them.

#include "io/playlist.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QListWidget;
QT_END_NAMESPACE

namespace gradus {

class PlaylistPanel : public QWidget {
    Q_OBJECT
public:
    PlaylistPanel(const LessonRegistry& registry, QWidget* parent = nullptr);

    const Playlist& playlist() const { return playlist_; }
    void setPlaylist(Playlist playlist);
    void append(const Session& session);
    bool isEmpty() const { return playlist_.entries.isEmpty(); }
    // Opens the entry `delta` places from the current one (none: the first); false at either end.
    bool step(int delta);

signals:
    void entryChosen(const Session& session);
    void addRequested();
    void openRequested();
    void saveRequested();

private:
    void refresh(int selected);
    void choose(int row);

    const LessonRegistry& registry_;
    Playlist playlist_;
    QListWidget* list_;
};

} // namespace gradus
