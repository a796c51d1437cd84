#pragma once
// A search tree drawn top-down (branch and bound): each node a box with a line or two of text,
// each edge labelled with the decision that made the child (e.g. "x ≤ 2"). Leaves are spaced
// evenly and parents centred over their children; the whole tree is scaled to the widget, and the
// text shrinks (down to a legible minimum) when the tree grows wide.

#include <QColor>
#include <QString>
#include <QVector>
#include <QWidget>

namespace gradus {

struct TreeNode {
    enum class State { Waiting, Current, Branched, Best, Pruned, Infeasible };
    int parent = -1; // index of the parent in the list; the root has −1 and comes first
    QString edgeLabel;
    QString text; // one or two lines
    State state = State::Waiting;
};

class SearchTreeView : public QWidget {
    Q_OBJECT
public:
    explicit SearchTreeView(QWidget* parent = nullptr);

    void setNodes(QVector<TreeNode> nodes);
    void setTitle(const QString& title);
    void setFooter(const QString& footer); // e.g. "bound 20.5 · incumbent 20 · gap 2.4 %"

    static QColor stateColor(TreeNode::State state);

    QSize sizeHint() const override { return {480, 480}; }
    QSize minimumSizeHint() const override { return {200, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QVector<TreeNode> nodes_;
    QString title_, footer_;
};

} // namespace gradus
