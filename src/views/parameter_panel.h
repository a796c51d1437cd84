#pragma once
// The parameter editor, built entirely from a lesson's ParamSchema: sliders with spin boxes that
// stay in sync, check boxes, combo boxes, point and colour editors, file pickers with drag & drop.

#include "framework/parameter.h"

#include <QHash>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QFormLayout;
QT_END_NAMESPACE

namespace gradus {

class ParameterPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParameterPanel(const ParamSchema& schema, QWidget* parent = nullptr);

    // Shows the values without emitting valueEdited.
    void setValues(const ParamValues& values);
    // Shows one parameter's value (e.g. the frame parameter while playing) without touching the rest.
    void setValue(const QString& name, const QVariant& value);
    QWidget* editor(const QString& name) const;
    // Tall enough for every editor without scrolling (the scroll area alone would ask for little).
    QSize sizeHint() const override;

signals:
    void valueEdited(const QString& name, const QVariant& value);
    void resetRequested();

private:
    QWidget* createEditor(const ParamSpec& spec);
    QWidget* createNumberEditor(const ParamSpec& spec);
    QWidget* createPointEditor(const ParamSpec& spec);
    QWidget* createFileEditor(const ParamSpec& spec);
    QWidget* createColorEditor(const ParamSpec& spec);
    QWidget* createChoiceSetEditor(const ParamSpec& spec);
    void updateRelevance(const ParamValues& values);

    const ParamSchema& schema_;
    QWidget* content_ = nullptr;
    QFormLayout* form_ = nullptr;
    QHash<QString, QWidget*> headings_; // group name → heading label
    QWidget* resetButton_ = nullptr;
    QHash<QString, QWidget*> editors_;
    QHash<QString, std::function<void(const QVariant&)>> setters_;
    bool updating_ = false;
};

} // namespace gradus
