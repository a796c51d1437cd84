#include "search_tree_view.h"

#include "plot_style.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <functional>

namespace gradus {

namespace {

QColor fillOf(TreeNode::State state)
{
    switch (state) {
    case TreeNode::State::Waiting: return Qt::white;
    case TreeNode::State::Current: return QColor(255, 226, 198);
    case TreeNode::State::Branched: return QColor(214, 232, 246);
    case TreeNode::State::Best: return QColor(198, 236, 222);
    case TreeNode::State::Pruned:
    case TreeNode::State::Infeasible: return QColor(232, 232, 232);
    }
    return Qt::white;
}

} // namespace

SearchTreeView::SearchTreeView(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QColor SearchTreeView::stateColor(TreeNode::State state)
{
    switch (state) {
    case TreeNode::State::Waiting: return QColor(120, 120, 120);
    case TreeNode::State::Current: return QColor(213, 94, 0);
    case TreeNode::State::Branched: return QColor(0, 114, 178);
    case TreeNode::State::Best: return QColor(0, 158, 115);
    case TreeNode::State::Pruned:
    case TreeNode::State::Infeasible: return QColor(150, 150, 150);
    }
    return Qt::black;
}

void SearchTreeView::setNodes(QVector<TreeNode> nodes)
{
    nodes_ = std::move(nodes);
    update();
}

void SearchTreeView::setTitle(const QString& title)
{
    title_ = title;
    update();
}

void SearchTreeView::setFooter(const QString& footer)
{
    footer_ = footer;
    update();
}

void SearchTreeView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), style::background());
    elided_.clear();
    nodeTexts_.clear();
    const int margin = 8;
    QRectF area = QRectF(rect()).adjusted(margin, margin, -margin, -margin);
    if (!title_.isEmpty()) {
        const FittedText fitted = fitText(title_, style::titleFont(), area.width());
        painter.setFont(fitted.font);
        painter.setPen(style::textColor());
        const QRectF titleArea(area.left(), area.top(), area.width(), fitted.height());
        painter.drawText(titleArea, Qt::AlignHCenter | Qt::AlignVCenter, fitted.lines.join(QLatin1Char('\n')));
        if (fitted.elided)
            elided_.add(title_, titleArea);
        area.setTop(titleArea.bottom() + 6);
    }
    // The legend of the node colours and the footer line take the bottom; in a narrow view the
    // legend's type shrinks, and below a legible size it breaks into two rows.
    QFont small = style::tickFont();
    const QList<QPair<TreeNode::State, QString>> legend = {{TreeNode::State::Current, tr("current")},
                                                            {TreeNode::State::Branched, tr("branched")},
                                                            {TreeNode::State::Best, tr("new incumbent")},
                                                            {TreeNode::State::Pruned, tr("pruned")},
                                                            {TreeNode::State::Waiting, tr("waiting")}};
    const auto widthOf = [&](int from, int to) {
        const QFontMetrics metrics(small);
        int width = 0;
        for (int k = from; k < to; ++k)
            width += metrics.height() + 4 + metrics.horizontalAdvance(legend[k].second) + 14;
        return width;
    };
    while (widthOf(0, int(legend.size())) > area.width() && small.pixelSize() > 10)
        small = style::scaledFont(small, 0.9);
    const bool twoRows = widthOf(0, int(legend.size())) > area.width();
    const int smallHeight = QFontMetrics(small).height();
    {
        const FittedText footer = fitText(footer_, small, area.width());
        painter.setFont(small);
        const int rows = twoRows ? 2 : 1;
        const double footerHeight = footer_.isEmpty() ? 0 : footer.height() + 4;
        const double top = area.bottom() - rows * smallHeight - footerHeight;
        const int split = twoRows ? 3 : int(legend.size());
        for (int row = 0; row < rows; ++row) {
            const int from = row == 0 ? 0 : split, to = row == 0 ? split : int(legend.size());
            double x = area.center().x() - widthOf(from, to) / 2.0;
            const double y = top + row * smallHeight;
            for (int k = from; k < to; ++k) {
                const auto& [state, label] = legend[k];
                painter.setPen(QPen(stateColor(state), 1.5, state == TreeNode::State::Waiting ? Qt::DashLine : Qt::SolidLine));
                painter.setBrush(fillOf(state));
                painter.drawRoundedRect(QRectF(x, y + 2, smallHeight - 4, smallHeight - 4), 2, 2);
                painter.setPen(style::textColor());
                x += smallHeight + 2;
                const int w = QFontMetrics(small).horizontalAdvance(label);
                const QRectF where(x, y, w + 2, smallHeight);
                painter.drawText(where, Qt::AlignLeft | Qt::AlignVCenter, label);
                if (where.left() < area.left() || where.right() > area.right() + 1)
                    elided_.add(label, where.intersected(area));
                x += w + 14;
            }
        }
        if (!footer_.isEmpty()) {
            painter.setFont(footer.font);
            const QRectF where(area.left(), area.bottom() - footer.height(), area.width(), footer.height());
            painter.drawText(where, Qt::AlignHCenter | Qt::AlignVCenter, footer.lines.join(QLatin1Char('\n')));
            if (footer.elided)
                elided_.add(footer_, where);
        }
        area.setBottom(top - 8);
    }
    if (nodes_.isEmpty())
        return;

    // Leaves in depth-first order take evenly spaced slots; a parent sits over its children's middle.
    const int count = int(nodes_.size());
    QVector<QVector<int>> children(count);
    for (int k = 1; k < count; ++k)
        if (nodes_[k].parent >= 0 && nodes_[k].parent < count)
            children[nodes_[k].parent].append(k);
    QVector<double> slot(count, 0);
    QVector<int> depth(count, 0);
    int leaves = 0, maxDepth = 0;
    std::function<void(int, int)> place = [&](int node, int level) {
        depth[node] = level;
        maxDepth = std::max(maxDepth, level);
        if (children[node].isEmpty()) {
            slot[node] = leaves++;
            return;
        }
        for (int child : children[node])
            place(child, level + 1);
        slot[node] = (slot[children[node].first()] + slot[children[node].last()]) / 2;
    };
    place(0, 0);

    // Boxes with two lines of text when they fit side by side, then with the first line only (in
    // smaller type), otherwise dots.
    QFont font = style::tickFont();
    QFont edgeFont = style::tickFont();
    double boxWidth = 0, lineHeight = 0;
    const double columnWidth = area.width() / std::max(leaves, 1);
    const double rowHeight = area.height() / (maxDepth + 1);
    int lines = 0;
    for (const int wanted : {2, 1}) {
        font = edgeFont = style::tickFont();
        for (int attempt = 0; attempt < 6 && lines == 0; ++attempt) {
            const QFontMetricsF metrics(font);
            boxWidth = 0;
            for (const TreeNode& node : nodes_) {
                const QStringList text = node.text.split(QLatin1Char('\n'));
                for (int k = 0; k < std::min<int>(wanted, int(text.size())); ++k)
                    boxWidth = std::max(boxWidth, metrics.horizontalAdvance(text[k]) + 12);
            }
            lineHeight = metrics.height();
            if (boxWidth <= columnWidth - 6 && wanted * lineHeight + 8 <= rowHeight * 0.62)
                lines = wanted;
            else if (font.pixelSize() <= 10)
                break;
            else
                font = style::scaledFont(font, 0.88), edgeFont = style::scaledFont(edgeFont, 0.88);
        }
        if (lines > 0)
            break;
    }
    const bool boxes = lines > 0;
    const double boxHeight = boxes ? lines * lineHeight + 8 : 0;
    const auto centre = [&](int node) {
        return QPointF(area.left() + (slot[node] + 0.5) * columnWidth, area.top() + (depth[node] + 0.5) * rowHeight);
    };
    const double dot = std::clamp(std::min(columnWidth, rowHeight) * 0.35, 3.0, 9.0);

    // Edges first, with the branching decision beside each.
    painter.setFont(edgeFont);
    for (int k = 1; k < count; ++k) {
        const int parent = nodes_[k].parent;
        if (parent < 0)
            continue;
        const QPointF from = centre(parent) + QPointF(0, boxHeight / 2), to = centre(k) - QPointF(0, boxHeight / 2);
        const bool waiting = nodes_[k].state == TreeNode::State::Waiting;
        painter.setPen(QPen(QColor(110, 110, 110), 1.6, waiting ? Qt::DashLine : Qt::SolidLine));
        painter.drawLine(from, to);
        if (boxes && !nodes_[k].edgeLabel.isEmpty()) {
            const QPointF middle = (from + to) / 2;
            const QFontMetricsF metrics(edgeFont);
            const double w = metrics.horizontalAdvance(nodes_[k].edgeLabel) + 6;
            const bool left = to.x() < from.x();
            const QRectF label(left ? middle.x() - w - 2 : middle.x() + 2, middle.y() - metrics.height() / 2, w, metrics.height());
            painter.fillRect(label, style::halo(220));
            painter.setPen(style::textColor());
            painter.drawText(label, Qt::AlignCenter, nodes_[k].edgeLabel);
        }
    }
    // Then the nodes.
    for (int k = 0; k < count; ++k) {
        const TreeNode& node = nodes_[k];
        const QColor edge = stateColor(node.state);
        const bool emphasized = node.state == TreeNode::State::Current;
        painter.setPen(QPen(edge, emphasized ? 3.0 : 1.6, node.state == TreeNode::State::Waiting ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(fillOf(node.state));
        const QPointF c = centre(k);
        if (!boxes) {
            painter.drawEllipse(c, dot, dot);
            nodeTexts_.add(QString(node.text).replace(QLatin1Char('\n'), QStringLiteral(" · ")), QRectF(c - QPointF(dot, dot), QSizeF(2 * dot, 2 * dot)));
            continue;
        }
        const QRectF box(c.x() - boxWidth / 2, c.y() - boxHeight / 2, boxWidth, boxHeight);
        painter.drawRoundedRect(box, 5, 5);
        painter.setFont(font);
        const bool faded = node.state == TreeNode::State::Pruned || node.state == TreeNode::State::Infeasible;
        painter.setPen(faded ? QColor(95, 95, 95) : QColor(20, 20, 20)); // on the light fills of every theme
        painter.drawText(box, Qt::AlignCenter, lines == 2 ? node.text : node.text.section(QLatin1Char('\n'), 0, 0));
        if (lines == 1 && node.text.contains(QLatin1Char('\n')))
            nodeTexts_.add(QString(node.text).replace(QLatin1Char('\n'), QStringLiteral(" · ")), box);
    }
}

bool SearchTreeView::event(QEvent* event)
{
    return showElidedToolTip(this, event, elided_) || showElidedToolTip(this, event, nodeTexts_) || QWidget::event(event);
}

} // namespace gradus
