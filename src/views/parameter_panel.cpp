#include "parameter_panel.h"

#include "wrapping_check_box.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace gradus {

namespace {

constexpr int kSliderSteps = 1000;

// Maps a slider position to a value and back, on a linear or logarithmic scale.
struct SliderScale {
    double minimum, maximum;
    bool logarithmic;

    // A log scale cannot reach 0: a range that starts at 0 (a special "off"/"default" value) keeps
    // the slider's first position for it and spreads the rest over six decades below the maximum.
    double logFloor() const { return minimum > 0 ? minimum : maximum * 1e-6; }
    double valueAt(int position) const
    {
        if (logarithmic && minimum <= 0 && position == 0)
            return minimum;
        const double t = double(position) / kSliderSteps;
        if (logarithmic)
            return logFloor() * std::pow(maximum / logFloor(), t);
        return minimum + t * (maximum - minimum);
    }
    int positionOf(double value) const
    {
        double t = 0;
        if (logarithmic)
            t = value <= 0 ? 0.0 : std::log(value / logFloor()) / std::log(maximum / logFloor());
        else if (maximum > minimum)
            t = (value - minimum) / (maximum - minimum);
        int position = int(std::lround(std::clamp(t, 0.0, 1.0) * kSliderSteps));
        if (logarithmic && minimum <= 0 && value > minimum)
            position = std::max(position, 1); // position 0 belongs to the special value
        return position;
    }
};

// Shows numbers compactly ("0.25", "1e-05") while keeping full precision, so that a log-scaled
// range like 1e-4 … 10 neither rounds its small end to zero nor shows "0.2500000000".
class CompactDoubleSpinBox : public QDoubleSpinBox {
public:
    explicit CompactDoubleSpinBox(QWidget* parent) : QDoubleSpinBox(parent) { setDecimals(12); }
    // Shown at the maximum instead of the number (e.g. "∞").
    void setMaximumText(const QString& text) { maximumText_ = text; }

protected:
    QString textFromValue(double value) const override
    {
        if (!maximumText_.isEmpty() && value >= maximum())
            return maximumText_;
        return QString::number(value, 'g', 6);
    }
    double valueFromText(const QString& text) const override
    {
        if (!maximumText_.isEmpty() && (text.trimmed() == maximumText_ || text.trimmed().compare(u"inf", Qt::CaseInsensitive) == 0))
            return maximum();
        return text.trimmed().toDouble();
    }
    QValidator::State validate(QString& text, int&) const override
    {
        if (!maximumText_.isEmpty() && (text.trimmed() == maximumText_ || text.trimmed().compare(u"inf", Qt::CaseInsensitive) == 0))
            return QValidator::Acceptable;
        bool ok = false;
        const double value = text.trimmed().toDouble(&ok);
        if (!ok)
            return QValidator::Intermediate; // e.g. "1e" while typing "1e-3"
        return value >= minimum() && value <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
    }

private:
    QString maximumText_;
};

// A line edit that takes a file dropped from the file manager.
class FileDropLineEdit : public QLineEdit {
public:
    using QLineEdit::QLineEdit;
    std::function<void(const QString&)> onDropped;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override
    {
        if (event->mimeData()->hasUrls())
            event->acceptProposedAction();
        else
            QLineEdit::dragEnterEvent(event);
    }
    void dropEvent(QDropEvent* event) override
    {
        const QList<QUrl> urls = event->mimeData()->urls();
        if (!urls.isEmpty() && urls.first().isLocalFile()) {
            setText(urls.first().toLocalFile());
            if (onDropped)
                onDropped(text());
            event->acceptProposedAction();
            return;
        }
        QLineEdit::dropEvent(event);
    }
};

// Check boxes in as many columns (up to two) as the panel's width holds, else one: the panel reflows
// instead of needing a horizontal scroll bar. Its height follows its width (QFormLayout asks).
class ReflowColumnsLayout : public QLayout {
public:
    ReflowColumnsLayout(QWidget* parent, int maxColumns) : QLayout(parent), maxColumns_(maxColumns)
    {
        setContentsMargins(0, 0, 0, 0);
    }
    ~ReflowColumnsLayout() override
    {
        while (QLayoutItem* item = takeAt(0))
            delete item;
    }
    void addItem(QLayoutItem* item) override { items_.append(item); }
    int count() const override { return int(items_.size()); }
    QLayoutItem* itemAt(int index) const override { return items_.value(index); }
    QLayoutItem* takeAt(int index) override { return index >= 0 && index < items_.size() ? items_.takeAt(index) : nullptr; }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return heightFor(columnsFor(width), width); }
    QSize sizeHint() const override
    {
        const int columns = std::min(maxColumns_, std::max(1, count()));
        const int width = columns * columnWidth() + (columns - 1) * kColumnGap;
        return {width, heightFor(columns, width)};
    }
    QSize minimumSize() const override
    {
        int width = 0;
        for (const QLayoutItem* item : items_)
            width = std::max(width, item->minimumSize().width());
        return {width, heightFor(1, width)};
    }
    void setGeometry(const QRect& rect) override
    {
        QLayout::setGeometry(rect);
        const int columns = columnsFor(rect.width());
        const int cell = cellWidth(columns, rect.width());
        int top = rect.top();
        for (int row = 0; row * columns < count(); ++row) {
            const int height = rowHeight(row, columns, cell);
            for (int column = 0; column < columns && row * columns + column < count(); ++column)
                items_[row * columns + column]->setGeometry(QRect(rect.left() + column * (cell + kColumnGap), top, cell, height));
            top += height + kRowGap;
        }
    }

private:
    static constexpr int kColumnGap = 12, kRowGap = 2;
    // The widest label on one line: two columns only where every label fits on one line in its column.
    int columnWidth() const
    {
        int width = 0;
        for (const QLayoutItem* item : items_)
            width = std::max(width, item->sizeHint().width());
        return width;
    }
    static int cellWidth(int columns, int width) { return columns > 1 ? (width - (columns - 1) * kColumnGap) / columns : width; }
    // A row is as tall as its tallest item at this width (a label wraps in one narrow column).
    int rowHeight(int row, int columns, int cell) const
    {
        int height = 0;
        for (int i = row * columns; i < std::min(count(), (row + 1) * columns); ++i)
            height = std::max(height, items_[i]->hasHeightForWidth() ? items_[i]->heightForWidth(cell) : items_[i]->sizeHint().height());
        return height;
    }
    int columnsFor(int width) const
    {
        int columns = maxColumns_;
        while (columns > 1 && columns * columnWidth() + (columns - 1) * kColumnGap > width)
            --columns;
        return columns;
    }
    int heightFor(int columns, int width) const
    {
        const int cell = cellWidth(columns, width);
        int height = 0;
        for (int row = 0; row * columns < count(); ++row)
            height += (row > 0 ? kRowGap : 0) + rowHeight(row, columns, cell);
        return height;
    }

    QList<QLayoutItem*> items_;
    int maxColumns_;
};

QString tooltipFor(const ParamSpec& spec)
{
    QString tip = spec.help;
    if (!tip.isEmpty())
        tip += QStringLiteral("\n\n");
    tip += ParameterPanel::tr("Accepts %1.").arg(spec.describeAccepted());
    tip += QStringLiteral("\n") + ParameterPanel::tr("Command line: -s %1=%2").arg(spec.name, spec.format(spec.defaultValue));
    return tip;
}

double stepFor(const ParamSpec& spec)
{
    if (spec.step > 0)
        return spec.step;
    if (spec.logarithmic)
        return std::pow(10.0, std::floor(std::log10(std::max(spec.minimum, 1e-12))));
    const double span = spec.maximum - spec.minimum;
    return span > 0 ? std::pow(10.0, std::floor(std::log10(span)) - 2) : 0.1;
}

} // namespace

ParameterPanel::ParameterPanel(const ParamSchema& schema, QWidget* parent) : QWidget(parent), schema_(schema)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    auto* form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A narrow panel puts a field under its label rather than cutting it off (no horizontal scrolling).
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    QString currentGroup;
    for (const ParamSpec& spec : schema.specs()) {
        if (spec.group != currentGroup && !spec.group.isEmpty() && !headings_.contains(spec.group)) {
            auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(spec.group.toHtmlEscaped()), content);
            heading->setContentsMargins(0, 8, 0, 0);
            form->addRow(heading);
            headings_.insert(spec.group, heading);
        }
        currentGroup = spec.group;
        QWidget* editor = createEditor(spec);
        editor->setToolTip(tooltipFor(spec));
        editor->setObjectName(QStringLiteral("param_") + spec.name);
        editors_.insert(spec.name, editor);
        if (spec.type == ParamType::Bool) { // the check box carries its own label
            form->addRow(editor);
            continue;
        }
        QString label = spec.label;
        if (!spec.unit.isEmpty())
            label += QStringLiteral(" (%1)").arg(spec.unit);
        auto* labelWidget = new QLabel(label, content);
        labelWidget->setToolTip(editor->toolTip());
        labelWidget->setBuddy(editor);
        form->addRow(labelWidget, editor);
    }
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    content_ = content;
    form_ = form;
    auto* reset = new QPushButton(tr("Restore defaults"), this);
    resetButton_ = reset;
    reset->setToolTip(tr("Set every parameter of this lesson back to its default value"));
    connect(reset, &QPushButton::clicked, this, &ParameterPanel::resetRequested);
    outer->addWidget(reset);
    setValues(schema.defaults());
}

QWidget* ParameterPanel::editor(const QString& name) const { return editors_.value(name); }

QSize ParameterPanel::sizeHint() const
{
    const QSize content = content_->sizeHint();
    return {content.width(), content.height() + resetButton_->sizeHint().height() + 8};
}

void ParameterPanel::setValues(const ParamValues& values)
{
    updating_ = true;
    for (auto it = setters_.begin(); it != setters_.end(); ++it)
        if (values.contains(it.key()))
            it.value()(values.value(it.key()));
    updating_ = false;
    updateRelevance(values);
}

void ParameterPanel::setValue(const QString& name, const QVariant& value)
{
    const auto setter = setters_.constFind(name);
    if (setter == setters_.constEnd())
        return;
    updating_ = true;
    setter.value()(value);
    updating_ = false;
}

void ParameterPanel::updateRelevance(const ParamValues& values)
{
    QHash<QString, bool> groupVisible;
    for (const ParamSpec& spec : schema_.specs()) {
        const bool relevant = spec.isRelevant(values);
        form_->setRowVisible(editors_.value(spec.name), relevant);
        groupVisible[spec.group] = groupVisible.value(spec.group) || relevant;
    }
    for (auto it = headings_.begin(); it != headings_.end(); ++it)
        form_->setRowVisible(it.value(), groupVisible.value(it.key()));
}

QWidget* ParameterPanel::createEditor(const ParamSpec& spec)
{
    const QString name = spec.name;
    switch (spec.type) {
    case ParamType::Int:
    case ParamType::Real:
        return createNumberEditor(spec);
    case ParamType::Point2D:
        return createPointEditor(spec);
    case ParamType::FilePath:
        return createFileEditor(spec);
    case ParamType::Color:
        return createColorEditor(spec);
    case ParamType::ChoiceSet:
        return createChoiceSetEditor(spec);
    case ParamType::Bool: {
        auto* box = new WrappingCheckBox(spec.label, this);
        connect(box, &QCheckBox::toggled, this, [this, name](bool on) {
            if (!updating_)
                emit valueEdited(name, on);
        });
        setters_[name] = [box](const QVariant& v) { box->setChecked(v.toBool()); };
        return box;
    }
    case ParamType::Choice: {
        auto* combo = new QComboBox(this);
        // Long choice texts must not widen the panel beyond the window: the popup shows them whole.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        for (const ChoiceOption& option : spec.choices) {
            combo->addItem(option.label, option.value);
            combo->setItemData(combo->count() - 1, option.label, Qt::ToolTipRole);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this, name, combo] {
            if (!updating_)
                emit valueEdited(name, combo->currentData().toString());
        });
        setters_[name] = [combo](const QVariant& v) { combo->setCurrentIndex(std::max(0, combo->findData(v.toString()))); };
        return combo;
    }
    case ParamType::Text: {
        auto* edit = new QLineEdit(this);
        connect(edit, &QLineEdit::editingFinished, this, [this, name, edit] {
            if (!updating_)
                emit valueEdited(name, edit->text());
        });
        setters_[name] = [edit](const QVariant& v) { edit->setText(v.toString()); };
        return edit;
    }
    }
    return new QWidget(this);
}

QWidget* ParameterPanel::createNumberEditor(const ParamSpec& spec)
{
    const QString name = spec.name;
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* slider = new QSlider(Qt::Horizontal, row);
    slider->setRange(0, kSliderSteps);
    slider->setMinimumWidth(60);
    const bool isInt = spec.type == ParamType::Int;
    const SliderScale scale{spec.minimum, spec.maximum,
                            (spec.logarithmic && spec.maximum > 0) ||
                                (isInt && spec.minimum > 0 && spec.maximum / spec.minimum > 1000)};
    layout->addWidget(slider, 1);

    // The spin box holds the value; the slider mirrors it on a linear or log scale.
    auto bind = [this, name, slider, scale, layout](auto* spin, auto toValue) {
        spin->setRange(toValue(scale.minimum), toValue(scale.maximum));
        spin->setKeyboardTracking(false);
        layout->addWidget(spin);
        connect(spin, &std::remove_pointer_t<decltype(spin)>::valueChanged, this, [this, name, slider, scale](auto value) {
            const QSignalBlocker blocker(slider);
            slider->setValue(scale.positionOf(value));
            if (!updating_)
                emit valueEdited(name, value);
        });
        connect(slider, &QSlider::valueChanged, spin, [spin, scale, toValue](int position) {
            spin->setValue(toValue(scale.valueAt(position)));
        });
    };
    std::function<void(double)> showValue;
    if (isInt) {
        auto* spin = new QSpinBox(row);
        spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(QString::number(int(spec.maximum))) + 40);
        bind(spin, [](double v) { return int(std::lround(v)); });
        showValue = [spin](double v) { spin->setValue(int(v)); };
    } else {
        auto* spin = new CompactDoubleSpinBox(row);
        spin->setSingleStep(stepFor(spec));
        spin->setSpecialValueText(spec.specialValueText);
        spin->setMaximumText(spec.maximumText);
        spin->setMinimumWidth(std::max(72, spin->fontMetrics().horizontalAdvance(spec.specialValueText) + 36));
        if (scale.logarithmic)
            spin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
        bind(spin, [](double v) { return v; });
        showValue = [spin](double v) { spin->setValue(v); };
    }
    setters_[name] = [showValue](const QVariant& v) { showValue(v.toDouble()); };
    return row;
}

QWidget* ParameterPanel::createPointEditor(const ParamSpec& spec)
{
    const QString name = spec.name;
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    QDoubleSpinBox* x = new CompactDoubleSpinBox(row);
    QDoubleSpinBox* y = new CompactDoubleSpinBox(row);
    for (QDoubleSpinBox* box : {x, y}) {
        box->setMinimumWidth(72); // a range of ±10⁴ would otherwise claim more than the panel has
        box->setRange(spec.minimum, spec.maximum);
        box->setSingleStep(stepFor(spec) * 10);
        box->setKeyboardTracking(false);
        layout->addWidget(box, 1);
    }
    x->setPrefix(QStringLiteral("x: "));
    y->setPrefix(QStringLiteral("y: "));
    QToolButton* automatic = nullptr;
    if (spec.autoAllowed) {
        automatic = new QToolButton(row);
        automatic->setText(tr("auto"));
        automatic->setCheckable(true);
        automatic->setToolTip(tr("Let the lesson choose (e.g. the function's usual start point)"));
        layout->addWidget(automatic);
    }
    auto commit = [this, name, x, y, automatic] {
        if (updating_)
            return;
        if (automatic && automatic->isChecked())
            emit valueEdited(name, QStringLiteral("auto"));
        else
            emit valueEdited(name, QPointF(x->value(), y->value()));
    };
    for (QDoubleSpinBox* box : {x, y})
        connect(box, &QDoubleSpinBox::valueChanged, this, commit);
    if (automatic)
        connect(automatic, &QToolButton::toggled, this, [x, y, commit](bool on) {
            x->setEnabled(!on);
            y->setEnabled(!on);
            commit();
        });
    setters_[name] = [x, y, automatic](const QVariant& v) {
        const bool isAuto = v.typeId() == QMetaType::QString;
        if (automatic)
            automatic->setChecked(isAuto);
        x->setEnabled(!isAuto);
        y->setEnabled(!isAuto);
        if (!isAuto) {
            x->setValue(v.toPointF().x());
            y->setValue(v.toPointF().y());
        }
    };
    return row;
}

QWidget* ParameterPanel::createFileEditor(const ParamSpec& spec)
{
    const QString name = spec.name;
    const QString filter = spec.fileFilter;
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* edit = new FileDropLineEdit(row);
    edit->setPlaceholderText(tr("none: drop a file here or browse"));
    edit->setClearButtonEnabled(true);
    auto* browse = new QToolButton(row);
    browse->setText(tr("Browse…"));
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    QMenu* samples = nullptr;
    if (!spec.suggestions.isEmpty()) {
        auto* samplesButton = new QToolButton(row);
        samplesButton->setText(tr("Samples"));
        samplesButton->setToolTip(tr("Built-in examples"));
        samplesButton->setPopupMode(QToolButton::InstantPopup);
        samples = new QMenu(samplesButton);
        for (const QString& suggestion : spec.suggestions)
            samples->addAction(suggestion);
        samplesButton->setMenu(samples);
        layout->addWidget(samplesButton);
    }

    // editingFinished also fires when the focus merely leaves: report only real changes.
    auto commit = [this, name, edit] {
        const QString text = edit->text().trimmed();
        if (updating_ || text == edit->property("committed").toString())
            return;
        edit->setProperty("committed", text);
        emit valueEdited(name, text);
    };
    edit->onDropped = [commit](const QString&) { commit(); };
    if (samples)
        connect(samples, &QMenu::triggered, this, [edit, commit](QAction* action) {
            edit->setText(action->text());
            commit();
        });
    connect(edit, &QLineEdit::editingFinished, this, commit);
    const bool directory = spec.directory;
    connect(browse, &QToolButton::clicked, this, [this, edit, filter, commit, directory] {
        QSettings settings;
        const QString start = edit->text().isEmpty() ? settings.value("paths/lastDataDir").toString() : edit->text();
        const QString path = directory ? QFileDialog::getExistingDirectory(this, tr("Choose a folder"), start)
                                       : QFileDialog::getOpenFileName(this, tr("Choose a file"), start,
                                                                      filter + QStringLiteral(";;") + tr("All files (*)"));
        if (path.isEmpty())
            return;
        settings.setValue("paths/lastDataDir", directory ? path : QFileInfo(path).absolutePath());
        edit->setText(path);
        commit();
    });
    setters_[name] = [edit](const QVariant& v) {
        edit->setText(v.toString());
        edit->setProperty("committed", v.toString().trimmed());
    };
    return row;
}

QWidget* ParameterPanel::createChoiceSetEditor(const ParamSpec& spec)
{
    const QString name = spec.name;
    auto* box = new QWidget(this);
    auto* columns = new ReflowColumnsLayout(box, 2);
    QList<QPair<QString, QCheckBox*>> boxes;
    for (const ChoiceOption& option : spec.choices) {
        auto* check = new WrappingCheckBox(option.label, box);
        check->setObjectName(QStringLiteral("choice_") + option.value);
        columns->addWidget(check);
        boxes.append({option.value, check});
    }
    for (const auto& [value, check] : boxes)
        connect(check, &QCheckBox::toggled, this, [this, name, boxes] {
            if (updating_)
                return;
            QStringList chosen;
            for (const auto& [item, other] : boxes)
                if (other->isChecked())
                    chosen << item;
            emit valueEdited(name, chosen);
        });
    setters_[name] = [boxes](const QVariant& v) {
        const QStringList chosen = v.toStringList();
        for (const auto& [value, check] : boxes)
            check->setChecked(chosen.contains(value));
    };
    return box;
}

QWidget* ParameterPanel::createColorEditor(const ParamSpec& spec)
{
    const QString name = spec.name;
    auto* button = new QToolButton(this);
    auto show = [button](const QColor& color) {
        QPixmap swatch(32, 16);
        swatch.fill(color);
        button->setIcon(QIcon(swatch));
        button->setText(color.name());
        button->setProperty("color", color);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    };
    connect(button, &QToolButton::clicked, this, [this, button, name, show] {
        const QColor chosen = QColorDialog::getColor(button->property("color").value<QColor>(), this);
        if (!chosen.isValid())
            return;
        show(chosen);
        emit valueEdited(name, chosen);
    });
    setters_[name] = [show](const QVariant& v) { show(v.value<QColor>()); };
    return button;
}

} // namespace gradus
