#include "parameter.h"

#include "errors.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace gradus {

QString paramTypeName(ParamType type)
{
    switch (type) {
    case ParamType::Int: return QStringLiteral("int");
    case ParamType::Real: return QStringLiteral("real");
    case ParamType::Bool: return QStringLiteral("bool");
    case ParamType::Choice: return QStringLiteral("choice");
    case ParamType::ChoiceSet: return QStringLiteral("choice-set");
    case ParamType::Point2D: return QStringLiteral("point2d");
    case ParamType::Color: return QStringLiteral("color");
    case ParamType::FilePath: return QStringLiteral("file");
    case ParamType::Text: return QStringLiteral("text");
    }
    return QStringLiteral("unknown");
}

namespace {

ParamSpec makeSpec(QString name, QString label, ParamType type, QVariant value)
{
    ParamSpec spec;
    spec.name = std::move(name);
    spec.label = std::move(label);
    spec.type = type;
    spec.defaultValue = std::move(value);
    return spec;
}

// Real numbers and points share their range and precision fields.
ParamSpec makeRangedSpec(QString name, QString label, ParamType type, QVariant value, double min, double max, int decimals)
{
    ParamSpec spec = makeSpec(std::move(name), std::move(label), type, std::move(value));
    spec.minimum = min;
    spec.maximum = max;
    spec.decimals = decimals;
    return spec;
}

QString formatNumber(double value) { return QString::number(value, 'g', 12); }

} // namespace

ParamSpec ParamSpec::integer(QString name, QString label, int value, int min, int max)
{
    ParamSpec spec = makeRangedSpec(std::move(name), std::move(label), ParamType::Int, value, min, max, 0);
    spec.step = 1;
    return spec;
}

ParamSpec ParamSpec::real(QString name, QString label, double value, double min, double max, int decimals)
{
    return makeRangedSpec(std::move(name), std::move(label), ParamType::Real, value, min, max, decimals);
}

ParamSpec ParamSpec::boolean(QString name, QString label, bool value)
{
    return makeSpec(std::move(name), std::move(label), ParamType::Bool, value);
}

ParamSpec ParamSpec::choice(QString name, QString label, QString value, QList<ChoiceOption> options)
{
    ParamSpec spec = makeSpec(std::move(name), std::move(label), ParamType::Choice, std::move(value));
    spec.choices = std::move(options);
    return spec;
}

ParamSpec ParamSpec::choiceSet(QString name, QString label, QStringList value, QList<ChoiceOption> options)
{
    ParamSpec spec = makeSpec(std::move(name), std::move(label), ParamType::ChoiceSet, std::move(value));
    spec.choices = std::move(options);
    return spec;
}

bool ParamSpec::isRelevant(const ParamValues& values) const
{
    const auto conditionHolds = [&values](const QString& param, const QStringList& accepted) {
        if (!values.contains(param))
            return true;
        const QVariant other = values.value(param);
        if (other.typeId() == QMetaType::QStringList) {
            const QStringList items = other.toStringList();
            return std::any_of(items.begin(), items.end(), [&](const QString& item) { return accepted.contains(item); });
        }
        return accepted.contains(other.toString());
    };
    for (const auto& clause : relevance)
        if (std::none_of(clause.begin(), clause.end(), [&](const auto& condition) { return conditionHolds(condition.first, condition.second); }))
            return false;
    return true;
}

ParamSpec ParamSpec::point(QString name, QString label, QPointF value, double min, double max, int decimals)
{
    return makeRangedSpec(std::move(name), std::move(label), ParamType::Point2D, value, min, max, decimals);
}

ParamSpec ParamSpec::color(QString name, QString label, QColor value)
{
    return makeSpec(std::move(name), std::move(label), ParamType::Color, value);
}

ParamSpec ParamSpec::file(QString name, QString label, QString filter)
{
    ParamSpec spec = makeSpec(std::move(name), std::move(label), ParamType::FilePath, QString());
    spec.fileFilter = std::move(filter);
    return spec;
}

ParamSpec ParamSpec::text(QString name, QString label, QString value)
{
    return makeSpec(std::move(name), std::move(label), ParamType::Text, std::move(value));
}

QString ParamSpec::describeAccepted() const
{
    switch (type) {
    case ParamType::Int:
        return tr("an integer from %1 to %2").arg(formatNumber(minimum), formatNumber(maximum));
    case ParamType::Real:
        if (!maximumText.isEmpty())
            return tr("a number from %1 to %2, or inf").arg(formatNumber(minimum), formatNumber(maximum));
        return tr("a number from %1 to %2").arg(formatNumber(minimum), formatNumber(maximum));
    case ParamType::Bool:
        return tr("true or false (also 1/0, yes/no, on/off)");
    case ParamType::Choice:
    case ParamType::ChoiceSet: {
        QStringList values;
        for (const ChoiceOption& option : choices)
            values << option.value;
        if (type == ParamType::ChoiceSet && emptyAllowed)
            return tr("none, or one or more of (comma-separated): %1").arg(values.join(QStringLiteral(", ")));
        return (type == ParamType::Choice ? tr("one of: %1") : tr("one or more of (comma-separated): %1"))
            .arg(values.join(QStringLiteral(", ")));
    }
    case ParamType::Point2D:
        return (autoAllowed ? tr("a point X,Y with both coordinates from %1 to %2, or auto")
                            : tr("a point X,Y with both coordinates from %1 to %2"))
            .arg(formatNumber(minimum), formatNumber(maximum));
    case ParamType::Color:
        return tr("a colour such as #1f77b4 or red");
    case ParamType::FilePath:
        return tr("a file path (empty for none)");
    case ParamType::Text:
        return tr("any text");
    }
    return {};
}

ParamCheck ParamSpec::rejected(const QString& text) const
{
    return {QVariant(), tr("parameter '%1': '%2' is not valid; expected %3").arg(name, text, describeAccepted())};
}

ParamCheck ParamSpec::parse(const QString& rawText) const
{
    const QString text = rawText.trimmed();
    switch (type) {
    case ParamType::Int: {
        bool ok = false;
        const qlonglong value = text.toLongLong(&ok);
        if (!ok)
            return rejected(rawText);
        if (value < minimum || value > maximum)
            return rejected(rawText);
        return {int(value), {}};
    }
    case ParamType::Real: {
        if (!maximumText.isEmpty() && (text.compare(u"inf", Qt::CaseInsensitive) == 0 ||
                                       text.compare(u"infinity", Qt::CaseInsensitive) == 0 || text == maximumText))
            return {maximum, {}};
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < minimum || value > maximum)
            return rejected(rawText);
        return {value, {}};
    }
    case ParamType::Bool: {
        const QString lower = text.toLower();
        if (lower == u"true" || lower == u"1" || lower == u"yes" || lower == u"on")
            return {true, {}};
        if (lower == u"false" || lower == u"0" || lower == u"no" || lower == u"off")
            return {false, {}};
        return rejected(rawText);
    }
    case ParamType::Choice:
        for (const ChoiceOption& option : choices)
            if (option.value.compare(text, Qt::CaseInsensitive) == 0)
                return {option.value, {}};
        return rejected(rawText);
    case ParamType::ChoiceSet: {
        QStringList chosen;
        if (emptyAllowed && (text.isEmpty() || text.compare(u"none", Qt::CaseInsensitive) == 0))
            return {chosen, {}};
        for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const ParamCheck one = ParamSpec::choice(name, label, QString(), choices).parse(part);
            if (!one.ok() || chosen.contains(one.value.toString()))
                return rejected(rawText);
            chosen << one.value.toString();
        }
        if (chosen.isEmpty())
            return rejected(rawText);
        return {chosen, {}};
    }
    case ParamType::Point2D: {
        if (autoAllowed && text.compare(u"auto", Qt::CaseInsensitive) == 0)
            return {QStringLiteral("auto"), {}};
        const QStringList parts = text.split(QLatin1Char(','));
        if (parts.size() != 2)
            return rejected(rawText);
        bool okX = false, okY = false;
        const double x = parts[0].trimmed().toDouble(&okX);
        const double y = parts[1].trimmed().toDouble(&okY);
        if (!okX || !okY)
            return rejected(rawText);
        return check(QPointF(x, y));
    }
    case ParamType::Color: {
        const QColor color = QColor::fromString(text);
        if (!color.isValid())
            return rejected(rawText);
        return {color, {}};
    }
    case ParamType::FilePath:
    case ParamType::Text:
        return {rawText, {}};
    }
    return rejected(rawText);
}

ParamCheck ParamSpec::check(const QVariant& value) const
{
    switch (type) {
    case ParamType::Int: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || number != std::floor(number))
            return rejected(value.toString());
        if (number < minimum || number > maximum)
            return rejected(value.toString());
        return {int(number), {}};
    }
    case ParamType::Real: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number) || number < minimum || number > maximum)
            return rejected(value.toString());
        return {number, {}};
    }
    case ParamType::Bool:
        if (value.typeId() == QMetaType::Bool)
            return {value.toBool(), {}};
        return parse(value.toString());
    case ParamType::Point2D: {
        if (value.typeId() != QMetaType::QPointF && value.typeId() != QMetaType::QPoint)
            return parse(value.toString());
        const QPointF p = value.toPointF();
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || p.x() < minimum || p.x() > maximum ||
            p.y() < minimum || p.y() > maximum)
            return rejected(format(p));
        return {p, {}};
    }
    case ParamType::Color:
        if (value.typeId() == QMetaType::QColor && value.value<QColor>().isValid())
            return {value, {}};
        return parse(value.toString());
    case ParamType::ChoiceSet:
        if (value.typeId() != QMetaType::QStringList)
            return rejected(value.toString());
        return parse(value.toStringList().join(QLatin1Char(',')));
    case ParamType::Choice:
    case ParamType::FilePath:
    case ParamType::Text:
        if (value.typeId() != QMetaType::QString)
            return rejected(value.toString());
        return parse(value.toString());
    }
    return rejected(value.toString());
}

ParamCheck ParamSpec::fromJson(const QJsonValue& json) const
{
    switch (type) {
    case ParamType::Int:
    case ParamType::Real:
        if (!json.isDouble())
            return rejected(json.toVariant().toString());
        return check(json.toDouble());
    case ParamType::Bool:
        if (!json.isBool())
            return rejected(json.toVariant().toString());
        return {json.toBool(), {}};
    case ParamType::Point2D: {
        if (json.isString())
            return parse(json.toString());
        const QJsonArray array = json.toArray();
        if (!json.isArray() || array.size() != 2 || !array[0].isDouble() || !array[1].isDouble())
            return rejected(json.toVariant().toString());
        return check(QPointF(array[0].toDouble(), array[1].toDouble()));
    }
    case ParamType::ChoiceSet: {
        if (!json.isArray())
            return rejected(json.toVariant().toString());
        QStringList items;
        for (const QJsonValue& item : json.toArray()) {
            if (!item.isString())
                return rejected(json.toVariant().toString());
            items << item.toString();
        }
        return check(items);
    }
    default:
        if (!json.isString())
            return rejected(json.toVariant().toString());
        return parse(json.toString());
    }
}

QJsonValue ParamSpec::toJson(const QVariant& value) const
{
    switch (type) {
    case ParamType::Int: return value.toInt();
    case ParamType::Real: return value.toDouble();
    case ParamType::Bool: return value.toBool();
    case ParamType::Point2D: {
        if (value.typeId() == QMetaType::QString)
            return value.toString(); // "auto"
        const QPointF p = value.toPointF();
        return QJsonArray{p.x(), p.y()};
    }
    case ParamType::Color: return value.value<QColor>().name();
    case ParamType::ChoiceSet: return QJsonArray::fromStringList(value.toStringList());
    default: return value.toString();
    }
}

QString ParamSpec::format(const QVariant& value) const
{
    switch (type) {
    case ParamType::Int: return QString::number(value.toInt());
    case ParamType::Real: return formatNumber(value.toDouble());
    case ParamType::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case ParamType::Point2D: {
        if (value.typeId() == QMetaType::QString)
            return value.toString(); // "auto"
        const QPointF p = value.toPointF();
        return formatNumber(p.x()) + QLatin1Char(',') + formatNumber(p.y());
    }
    case ParamType::Color: return value.value<QColor>().name();
    case ParamType::ChoiceSet:
        return value.toStringList().isEmpty() && emptyAllowed ? QStringLiteral("none") : value.toStringList().join(QLatin1Char(','));
    default: return value.toString();
    }
}

QJsonObject ParamSpec::describeJson() const
{
    QJsonObject json{{"name", name},       {"type", paramTypeName(type)}, {"label", label},
                     {"help", help},       {"default", toJson(defaultValue)}, {"accepts", describeAccepted()}};
    if (!unit.isEmpty())
        json["unit"] = unit;
    if (type == ParamType::Int || type == ParamType::Real || type == ParamType::Point2D) {
        json["min"] = minimum;
        json["max"] = maximum;
    }
    if (type == ParamType::Choice || type == ParamType::ChoiceSet) {
        QJsonArray values;
        for (const ChoiceOption& option : choices)
            values.append(option.value);
        json["choices"] = values;
    }
    return json;
}

QVariant ParamValues::value(const QString& name) const
{
    const auto it = values_.constFind(name);
    Q_ASSERT_X(it != values_.constEnd(), "ParamValues::value", qPrintable(name));
    return it == values_.constEnd() ? QVariant() : *it;
}

ParamSchema& ParamSchema::add(ParamSpec spec)
{
    Q_ASSERT_X(!find(spec.name), "ParamSchema::add", "parameter declared twice");
    Q_ASSERT_X(spec.check(spec.defaultValue).ok(), "ParamSchema::add", qPrintable(spec.name));
    specs_.append(std::move(spec));
    return *this;
}

const ParamSpec* ParamSchema::find(const QString& name) const
{
    for (const ParamSpec& spec : specs_)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

ParamValues ParamSchema::defaults() const
{
    ParamValues values;
    for (const ParamSpec& spec : specs_)
        values.set(spec.name, spec.defaultValue);
    return values;
}

void ParamSchema::applyAssignment(ParamValues& values, const QString& assignment) const
{
    const qsizetype equals = assignment.indexOf(QLatin1Char('='));
    if (equals <= 0)
        throw UsageError(tr("'%1' is not of the form NAME=VALUE").arg(assignment));
    const QString name = assignment.left(equals).trimmed();
    const ParamSpec* spec = find(name);
    if (!spec) {
        QStringList names;
        for (const ParamSpec& s : specs_)
            names << s.name;
        throw UsageError(tr("unknown parameter '%1'; this lesson has: %2").arg(name, names.join(QStringLiteral(", "))));
    }
    const ParamCheck parsed = spec->parse(assignment.mid(equals + 1));
    if (!parsed.ok())
        throw UsageError(parsed.error);
    values.set(name, parsed.value);
}

void ParamSchema::applyAssignments(ParamValues& values, const QStringList& assignments) const
{
    QStringList named;
    for (const QString& assignment : assignments) {
        applyAssignment(values, assignment);
        named << assignment.left(assignment.indexOf(QLatin1Char('='))).trimmed();
    }
    for (const QString& name : named) {
        const ParamSpec* spec = find(name);
        if (spec && !spec->implication.first.isEmpty() && !named.contains(spec->implication.first))
            applyAssignment(values, spec->implication.first + QLatin1Char('=') + spec->implication.second);
    }
}

void ParamSchema::setValue(ParamValues& values, const QString& name, const QVariant& value) const
{
    const ParamSpec* spec = find(name);
    if (!spec)
        throw UsageError(tr("unknown parameter '%1'").arg(name));
    const ParamCheck checked = spec->check(value);
    if (!checked.ok())
        throw UsageError(checked.error);
    values.set(name, checked.value);
}

QJsonObject ParamSchema::toJson(const ParamValues& values) const
{
    QJsonObject json;
    for (const ParamSpec& spec : specs_)
        json[spec.name] = spec.toJson(values.value(spec.name));
    return json;
}

ParamValues ParamSchema::fromJson(const QJsonObject& json, QStringList* problems) const
{
    ParamValues values = defaults();
    for (auto it = json.begin(); it != json.end(); ++it) {
        const ParamSpec* spec = find(it.key());
        if (!spec) {
            if (problems)
                problems->append(tr("unknown parameter '%1' ignored").arg(it.key()));
            continue;
        }
        const ParamCheck checked = spec->fromJson(it.value());
        if (!checked.ok()) {
            if (problems)
                problems->append(checked.error + tr("; the default is used"));
            continue;
        }
        values.set(spec->name, checked.value);
    }
    return values;
}

} // namespace gradus
