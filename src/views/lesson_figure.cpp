#include "lesson_figure.h"

#include "plot_style.h"

#include <QGridLayout>

#include <cmath>

namespace gradus {

LessonFigure::LessonFigure(QWidget* parent) : QWidget(parent)
{
    // Figures are drawn on the background of Gradus's theme, on screen and in every export,
    // whatever the desktop's.
    auto paintBackground = [this] {
        QPalette themed = palette();
        themed.setColor(QPalette::Window, style::background());
        setPalette(themed);
    };
    paintBackground();
    setAutoFillBackground(true);
    connect(&style::notifier(), &style::StyleNotifier::changed, this, paintBackground);
}

void LessonFigure::emitPickedPoint(const QString& name, QPointF point)
{
    const auto tidy = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    emit parameterEdited(name, QPointF(tidy(point.x()), tidy(point.y())));
}

void LessonFigure::registerView(const QString& name, QWidget* widget) { views_.append({name, widget}); }

QGridLayout* LessonFigure::newPaneGrid(QWidget* owner)
{
    auto* grid = new QGridLayout(owner);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    return grid;
}

QGridLayout* LessonFigure::paneGrid()
{
    if (!grid_)
        grid_ = newPaneGrid(this);
    return grid_;
}

void LessonFigure::placeInGrid(QWidget* widget, PaneCell cell)
{
    paneGrid()->addWidget(widget, cell.row, cell.column, cell.rowSpan, cell.columnSpan);
}

void LessonFigure::addPane(const QString& name, QWidget* view, PaneCell cell)
{
    placeInGrid(view, cell);
    registerView(name, view);
}

void LessonFigure::setColumnWeights(std::initializer_list<int> weights)
{
    int column = 0;
    for (int weight : weights)
        paneGrid()->setColumnStretch(column++, weight);
}

void LessonFigure::setRowWeights(std::initializer_list<int> weights)
{
    int row = 0;
    for (int weight : weights)
        paneGrid()->setRowStretch(row++, weight);
}

QStringList LessonFigure::viewNames() const
{
    QStringList names;
    for (const auto& [name, widget] : views_)
        names << name;
    return names;
}

QWidget* LessonFigure::view(const QString& name) const
{
    for (const auto& [viewName, widget] : views_)
        if (viewName == name)
            return widget;
    return nullptr;
}

std::unique_ptr<QWidget> LessonFigure::takeView(const QString& name)
{
    for (qsizetype i = 0; i < views_.size(); ++i) {
        if (views_[i].first != name)
            continue;
        QWidget* widget = views_[i].second;
        views_.removeAt(i);
        if (layout())
            layout()->removeWidget(widget);
        widget->setParent(nullptr);
        return std::unique_ptr<QWidget>(widget);
    }
    return nullptr;
}

} // namespace gradus
