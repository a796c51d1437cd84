#pragma once
// A search tree drawn top-down (branch and bound): each node a box with a line or two of text,
// each edge labelled with the decision that made the child (e.g. "x ≤ 2"). Leaves are spaced
// evenly and parents centred over their children; the whole tree is scaled to the widget, and the
// text shrinks (down to a legible minimum) when the tree grows wide.

#include "text_fit.h"

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

class SearchTreeView : public QWidget, public ReportsElidedText {
    Q_OBJECT
public:
    explicit SearchTreeView(QWidget* parent = nullptr);

    void setNodes(QVector<TreeNode> nodes);
    void setTitle(const QString& title);
    void setFooter(const QString& footer); // e.g. "bound 20.5 · incumbent 20 · gap 2.4 %"

    static QColor stateColor(TreeNode::State state);

    QSize sizeHint() const override { return {480, 480}; }
    QSize minimumSizeHint() const override { return {200, 160}; }

    QStringList elidedTexts() const override { return elided_.texts(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QVector<TreeNode> nodes_;
    QString title_, footer_;
    ElidedTexts elided_; // as last painted
    // Nodes drawn as dots or with their first line only (by design, when the tree is large): their whole
    // text on hover, not reported as cut short.
    ElidedTexts nodeTexts_;
};

} // namespace gradus
