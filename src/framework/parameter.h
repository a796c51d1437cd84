#pragma once
// Lesson parameters, declared once. From a ParamSchema the framework derives the parameter
// panel, the CLI's `-s name=value` parsing and validation, session files and the sweep tests.

#include <QColor>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace gradus {

// ChoiceSet: any non-empty subset of the choices, e.g. the methods to race ("adam,gd" on the CLI).
enum class ParamType { Int, Real, Bool, Choice, ChoiceSet, Point2D, Color, FilePath, Text };

QString paramTypeName(ParamType type);

struct ChoiceOption {
    QString value; // what the CLI and session files use
    QString label; // what the panel shows (translated)
};

// The outcome of parsing or checking one value: either a normalized value or a message that names
// the parameter and says what is accepted.
struct ParamCheck {
    QVariant value;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct ParamSpec {
    Q_DECLARE_TR_FUNCTIONS(gradus::ParamSpec)

public:
    QString name;  // lowercase identifier, shared across lessons where the meaning is shared
    ParamType type = ParamType::Real;
    QString label; // translated, shown in the panel
    QString help;  // translated, tooltip and `gradus params`
    QString unit;
    QString group; // optional heading in the panel
    QVariant defaultValue;
    double minimum = 0;
    double maximum = 0;
    double step = 0;            // spin box step; 0 picks one from the range
    int decimals = 3;           // for Real and Point2D
    bool logarithmic = false;   // slider moves on a log scale (Real, minimum > 0)
    QList<ChoiceOption> choices;
    QString fileFilter;         // e.g. "CSV files (*.csv *.txt)"
    // FilePath only: names the lesson accepts besides paths (built-in samples), offered in a menu.
    QStringList suggestions;
    // FilePath only: the path names a folder (the panel's Browse picks a directory).
    bool directory = false;
    // Shown by the spin box at the minimum instead of the number, e.g. "shared" for a per-method
    // learning rate whose minimum 0 means "use the common one".
    QString specialValueText;
    // Real only: shown instead of the maximum, which then stands for infinity (e.g. "∞" for p = ∞);
    // the CLI and sessions accept "inf" or this text for it.
    QString maximumText;
    // ChoiceSet only: nothing chosen is a valid value (written "none" on the command line).
    bool emptyAllowed = false;
    // Point2D only: the value may be the text "auto" (the lesson picks, e.g. the function's own start).
    bool autoAllowed = false;
    // The panel shows this parameter only while every clause holds; a clause holds when any of its
    // conditions does: the named parameter has one of the values (for a ChoiceSet: contains one of them).
    // The CLI and sessions accept it regardless.
    QList<QList<QPair<QString, QStringList>>> relevance;
    // Given on the command line without the named parameter, this one also sets it (e.g. a model
    // file implies the view that solves it). Empty name: nothing implied.
    QPair<QString, QString> implication;

    static ParamSpec integer(QString name, QString label, int value, int min, int max);
    static ParamSpec real(QString name, QString label, double value, double min, double max, int decimals = 3);
    static ParamSpec boolean(QString name, QString label, bool value);
    static ParamSpec choice(QString name, QString label, QString value, QList<ChoiceOption> options);
    static ParamSpec choiceSet(QString name, QString label, QStringList value, QList<ChoiceOption> options);
    static ParamSpec point(QString name, QString label, QPointF value, double min, double max, int decimals = 3);
    static ParamSpec color(QString name, QString label, QColor value);
    static ParamSpec file(QString name, QString label, QString filter);
    static ParamSpec text(QString name, QString label, QString value);

    ParamSpec& withHelp(QString text) { help = std::move(text); return *this; }
    ParamSpec& withDefault(QVariant value) { defaultValue = std::move(value); return *this; }
    ParamSpec& withSuggestions(QStringList names) { suggestions = std::move(names); return *this; }
    ParamSpec& asDirectory() { directory = true; return *this; }
    ParamSpec& withUnit(QString text) { unit = std::move(text); return *this; }
    ParamSpec& inGroup(QString text) { group = std::move(text); return *this; }
    ParamSpec& withStep(double value) { step = value; return *this; }
    ParamSpec& logScale() { logarithmic = true; return *this; }
    ParamSpec& withSpecialValue(QString text) { specialValueText = std::move(text); return *this; }
    ParamSpec& withMaximumText(QString text) { maximumText = std::move(text); return *this; }
    ParamSpec& withAuto() { autoAllowed = true; return *this; }
    ParamSpec& allowingNone() { emptyAllowed = true; return *this; }
    // Adds a condition; several conditions must all hold.
    ParamSpec& relevantWhen(QString param, QStringList values)
    {
        relevance.append(QList<QPair<QString, QStringList>>{{std::move(param), std::move(values)}});
        return *this;
    }
    // Widens the last condition: it also holds when this one does (e.g. a surface is shown for a slice
    // of it or for descent on it).
    ParamSpec& orWhen(QString param, QStringList values)
    {
        if (relevance.isEmpty())
            relevance.append(QList<QPair<QString, QStringList>>());
        relevance.last().append({std::move(param), std::move(values)});
        return *this;
    }
    ParamSpec& implies(QString param, QString value)
    {
        implication = {std::move(param), std::move(value)};
        return *this;
    }
    // Whether the panel should show this parameter for these values (see relevantWhen).
    bool isRelevant(const class ParamValues& values) const;

    // Parses the text form used on the command line (booleans: true/false/1/0/yes/no/on/off;
    // points: "x,y"; colours: "#rrggbb" or a colour name).
    ParamCheck parse(const QString& text) const;
    // Checks a value of any QVariant type (e.g. from a widget) and converts it to the canonical type.
    ParamCheck check(const QVariant& value) const;
    ParamCheck fromJson(const QJsonValue& json) const;
    QJsonValue toJson(const QVariant& value) const;
    // The text form parse() accepts, so that `gradus params` output can be pasted back after -s.
    QString format(const QVariant& value) const;
    // "an integer from 2 to 100000", "one of: a, b, c", … for error messages and help.
    QString describeAccepted() const;
    // Description of the type and range for machine-readable schema output.
    QJsonObject describeJson() const;

private:
    ParamCheck rejected(const QString& text) const;
};

// The resolved value of every parameter of a lesson.
class ParamValues {
public:
    bool contains(const QString& name) const { return values_.contains(name); }
    QVariant value(const QString& name) const;
    void set(const QString& name, const QVariant& value) { values_[name] = value; }

    int integer(const QString& name) const { return value(name).toInt(); }
    double real(const QString& name) const { return value(name).toDouble(); }
    bool boolean(const QString& name) const { return value(name).toBool(); }
    QString text(const QString& name) const { return value(name).toString(); }
    QPointF point(const QString& name) const { return value(name).toPointF(); }
    // True when a point parameter that allows it is set to "auto".
    bool isAuto(const QString& name) const { return value(name).typeId() == QMetaType::QString && value(name).toString() == u"auto"; }
    QColor color(const QString& name) const { return value(name).value<QColor>(); }
    QStringList list(const QString& name) const { return value(name).toStringList(); }

    const QMap<QString, QVariant>& all() const { return values_; }
    bool operator==(const ParamValues& other) const { return values_ == other.values_; }

private:
    QMap<QString, QVariant> values_;
};

class ParamSchema {
    Q_DECLARE_TR_FUNCTIONS(gradus::ParamSchema)

public:
    ParamSchema& add(ParamSpec spec);
    const QList<ParamSpec>& specs() const { return specs_; }
    const ParamSpec* find(const QString& name) const;
    ParamValues defaults() const;

    // Applies "name=value" (the CLI's -s). Throws UsageError naming the parameter on any problem.
    void applyAssignment(ParamValues& values, const QString& assignment) const;
    // Applies several, then what they imply (ParamSpec::implies) for parameters not among them.
    void applyAssignments(ParamValues& values, const QStringList& assignments) const;
    // Throws UsageError for an unknown name or a value out of range / of the wrong type.
    void setValue(ParamValues& values, const QString& name, const QVariant& value) const;

    QJsonObject toJson(const ParamValues& values) const;
    // Starts from the defaults; unknown keys and bad values are reported in `problems` (one line each)
    // and leave the default in place, so that an old session file still opens.
    ParamValues fromJson(const QJsonObject& json, QStringList* problems) const;

private:
    QList<ParamSpec> specs_;
};

} // namespace gradus
