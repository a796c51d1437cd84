// MPS files, read and written (model_formats.h).
#include "format_text.h"
#include "model_formats.h"

#include <cstdio>
#include <unordered_map>
#include <unordered_set>

namespace gradus::core::mip {

namespace {

using text::kInfinity;

constexpr const char* kBroken = "the MPS file is broken";

enum class Section { None, Name, ObjSense, ObjName, Rows, Columns, Rhs, Ranges, Bounds, End };

// Section cards that take nothing on their own line.
const std::unordered_map<std::string, Section> kPlainSections = {
    {"rows", Section::Rows},     {"columns", Section::Columns}, {"rhs", Section::Rhs},
    {"ranges", Section::Ranges}, {"bounds", Section::Bounds},   {"endata", Section::End}};

struct RowInfo {
    char type = 'N';
    double rhs = 0;
    double range = NAN; // NaN: no range
};

class MpsReader {
public:
    explicit MpsReader(std::string name) { model_.name = std::move(name); }

    void line(int number, std::string_view line)
    {
        line_ = number;
        if (section_ == Section::End)
            return;
        if (line.empty() || line[0] == '*' || text::words(line).empty())
            return;
        const auto fields = text::words(line);
        if (!std::isspace(static_cast<unsigned char>(line[0]))) {
            header(fields);
            return;
        }
        switch (section_) {
        case Section::None:
        case Section::Name: fail("data before the first section (NAME, ROWS, COLUMNS, …)");
        case Section::ObjSense: objectiveSense(fields[0]); break;
        case Section::ObjName: wantedObjective_ = std::string(fields[0]); break;
        case Section::Rows: row(fields); break;
        case Section::Columns: column(fields); break;
        case Section::Rhs: rhsOrRange(fields, false); break;
        case Section::Ranges: rhsOrRange(fields, true); break;
        case Section::Bounds: bound(fields); break;
        case Section::End: break;
        }
    }

    LinearModel finish()
    {
        if (line_ == 0)
            throw std::invalid_argument("the MPS file is empty");
        if (section_ != Section::End)
            throw std::invalid_argument("the MPS file ends before its ENDATA line: it may be cut short");
        if (model_.variables() == 0)
            throw std::invalid_argument("no variables in the MPS file");
        for (std::size_t i = 0; i < rows_.size(); ++i) {
            const RowInfo& row = rows_[i];
            double lower = -kInfinity, upper = kInfinity;
            switch (row.type) {
            case 'L': upper = row.rhs; break;
            case 'G': lower = row.rhs; break;
            default: lower = upper = row.rhs; break;
            }
            if (!std::isnan(row.range)) {
                const double r = std::abs(row.range);
                if (row.type == 'L')
                    lower = row.rhs - r;
                else if (row.type == 'G')
                    upper = row.rhs + r;
                else if (row.range > 0)
                    upper = row.rhs + r;
                else
                    lower = row.rhs - r;
            }
            model_.rowLower.push_back(lower);
            model_.rowUpper.push_back(upper);
        }
        model_.rows = std::move(rowEntries_);
        model_.rows.resize(rows_.size());
        return std::move(model_);
    }

private:
    [[noreturn]] void fail(const std::string& what) const { text::failAt(kBroken, line_, what); }

    double numberOf(std::string_view token) const
    {
        const auto value = text::number(token);
        if (!value)
            fail(text::quoted(token) + " is not a number");
        return text::infiniteBeyond1e30(*value);
    }

    void header(const std::vector<std::string_view>& fields)
    {
        const std::string word = text::lower(fields[0]);
        if (word == "name") {
            // Free MPS may say FREE after the name; the reader takes either form.
            if (fields.size() >= 2 && text::lower(fields[1]) != "free")
                model_.name = std::string(fields[1]);
            section_ = Section::Name;
        } else if (word == "objsense") {
            section_ = Section::ObjSense;
            if (fields.size() >= 2)
                objectiveSense(fields[1]);
        } else if (word == "objname") {
            section_ = Section::ObjName;
            if (fields.size() >= 2)
                wantedObjective_ = std::string(fields[1]);
        } else if (const auto plain = kPlainSections.find(word); plain != kPlainSections.end()) {
            section_ = plain->second;
        } else if (word == "sos" || word == "quadobj" || word == "qmatrix" || word == "qsection" || word == "qcmatrix") {
            fail("the model has a " + std::string(fields[0]) + " section: Gradus solves linear integer programs only");
        } else {
            fail("unknown section " + text::quoted(fields[0]));
        }
    }

    void objectiveSense(std::string_view word)
    {
        const std::string sense = text::lower(word);
        if (sense == "max" || sense == "maximize" || sense == "maximise")
            model_.maximize = true;
        else if (sense == "min" || sense == "minimize" || sense == "minimise")
            model_.maximize = false;
        else
            fail("OBJSENSE is MAX or MIN, not " + text::quoted(word));
    }

    void row(const std::vector<std::string_view>& fields)
    {
        if (fields.size() < 2)
            fail("a row needs a type (N, L, G or E) and a name");
        const std::string type = text::lower(fields[0]);
        if (type.size() != 1 || std::string("nlge").find(type[0]) == std::string::npos)
            fail("row type " + text::quoted(fields[0]) + " is not N, L, G or E");
        const std::string name(fields[1]);
        if (rowIndex_.count(name) || name == objectiveRow_ || freeRows_.count(name))
            fail("row " + text::quoted(name) + " is named twice");
        if (type[0] == 'n') {
            // The objective is the N row OBJNAME names, or the first; other N rows are free rows, which
            // constrain nothing.
            if (objectiveRow_.empty() && (wantedObjective_.empty() || wantedObjective_ == name))
                objectiveRow_ = name;
            else
                freeRows_.insert(name);
            return;
        }
        rowIndex_.emplace(name, int(rows_.size()));
        rows_.push_back(RowInfo{char(std::toupper(type[0])), 0, NAN});
    }

    int columnFor(std::string_view name)
    {
        const std::string key(name);
        if (const auto found = columnIndex_.find(key); found != columnIndex_.end())
            return found->second;
        // COIN-OR's convention, which cbc follows: an integer column without bounds is binary.
        const int index = model_.addColumn(key, 0, 0, integerMarker_ ? 1 : kInfinity, integerMarker_);
        columnIndex_.emplace(key, index);
        columnRows_.emplace_back();
        return index;
    }

    void column(const std::vector<std::string_view>& fields)
    {
        if (fields.size() >= 3 && fields[1] == "'MARKER'") {
            const std::string marker(fields[2]);
            if (marker == "'INTORG'")
                integerMarker_ = true;
            else if (marker == "'INTEND'")
                integerMarker_ = false;
            else
                fail("unknown marker " + text::quoted(marker) + " (expected 'INTORG' or 'INTEND')");
            return;
        }
        if (fields.size() != 3 && fields.size() != 5)
            fail("a COLUMNS line is a column name and one or two pairs of row and value");
        const int column = columnFor(fields[0]);
        for (std::size_t k = 1; k + 1 < fields.size(); k += 2) {
            const std::string rowName(fields[k]);
            const double value = numberOf(fields[k + 1]);
            if (rowName == objectiveRow_) {
                model_.objective[std::size_t(column)] = value;
                continue;
            }
            if (freeRows_.count(rowName))
                continue;
            const auto found = rowIndex_.find(rowName);
            if (found == rowIndex_.end())
                fail("column " + text::quoted(fields[0]) + " names an unknown row " + text::quoted(rowName));
            if (value == 0)
                continue;
            auto& seen = columnRows_[std::size_t(column)];
            if (!seen.insert(found->second).second)
                fail("column " + text::quoted(fields[0]) + " has two entries in row " + text::quoted(rowName));
            if (rowEntries_.size() < rows_.size())
                rowEntries_.resize(rows_.size());
            rowEntries_[std::size_t(found->second)].push_back({column, value});
        }
    }

    void rhsOrRange(const std::vector<std::string_view>& fields, bool range)
    {
        // With a set name: SET ROW VALUE [ROW VALUE]; free MPS may leave the set name out.
        const std::size_t first = fields.size() % 2 == 1 ? 1 : 0;
        if (fields.size() < 2 || fields.size() > 5)
            fail(std::string(range ? "a RANGES" : "an RHS") + " line is an optional set name and one or two pairs of row and value");
        for (std::size_t k = first; k + 1 < fields.size(); k += 2) {
            const std::string rowName(fields[k]);
            const double value = numberOf(fields[k + 1]);
            if (rowName == objectiveRow_) {
                if (range)
                    fail("the objective row has no range");
                continue; // the objective's constant, which does not change the solution
            }
            if (freeRows_.count(rowName))
                continue;
            const auto found = rowIndex_.find(rowName);
            if (found == rowIndex_.end())
                fail("unknown row " + text::quoted(rowName));
            RowInfo& row = rows_[std::size_t(found->second)];
            (range ? row.range : row.rhs) = value;
        }
    }

    void bound(const std::vector<std::string_view>& fields)
    {
        if (fields.size() < 2)
            fail("a bound is a type, an optional set name, a column and (for most types) a value");
        const std::string type = text::lower(fields[0]);
        const bool takesValue = type == "up" || type == "lo" || type == "fx" || type == "li" || type == "ui";
        const bool noValue = type == "fr" || type == "mi" || type == "pl" || type == "bv";
        if (type == "sc")
            fail("semi-continuous bounds (SC) are not supported");
        if (!takesValue && !noValue)
            fail("bound type " + text::quoted(fields[0]) + " is not UP, LO, FX, FR, MI, PL, BV, LI or UI");
        // Which field is the column: with a value, the one before the last; without, the last (a BV
        // line may still carry a value, which is ignored).
        std::string_view columnName;
        std::optional<double> value;
        if (takesValue) {
            if (fields.size() != 3 && fields.size() != 4)
                fail("bound " + std::string(fields[0]) + " needs a column and a value");
            columnName = fields[fields.size() - 2];
            value = numberOf(fields.back());
        } else if (fields.size() == 2) {
            columnName = fields[1];
        } else if (fields.size() == 3 && text::number(fields[2]) && columnIndex_.count(std::string(fields[1]))) {
            columnName = fields[1];
        } else {
            columnName = fields.size() >= 3 ? fields[2] : fields[1];
        }
        const auto found = columnIndex_.find(std::string(columnName));
        if (found == columnIndex_.end())
            fail("bound on an unknown column " + text::quoted(columnName));
        const std::size_t j = std::size_t(found->second);
        double& lower = model_.lower[j];
        double& upper = model_.upper[j];
        // Any bound on an integer column ends its binary default (cbc: LO 0 alone leaves it unbounded above).
        if (bounded_.insert(j).second && model_.integer[j])
            upper = kInfinity;
        if (type == "up" || type == "ui") {
            upper = *value;
            // The MPS convention: a negative upper bound on a column still at its default lower bound
            // makes that lower bound −∞.
            if (*value < 0 && lower == 0)
                lower = -kInfinity;
        } else if (type == "lo" || type == "li") {
            lower = *value;
        } else if (type == "fx") {
            lower = upper = *value;
        } else if (type == "fr") {
            lower = -kInfinity;
            upper = kInfinity;
        } else if (type == "mi") {
            lower = -kInfinity;
        } else if (type == "pl") {
            upper = kInfinity;
        } else if (type == "bv") {
            lower = 0;
            upper = 1;
            model_.integer[j] = true;
        }
        if (type == "li" || type == "ui")
            model_.integer[j] = true;
    }

    LinearModel model_;
    Section section_ = Section::None;
    int line_ = 0;
    bool integerMarker_ = false;
    std::string objectiveRow_, wantedObjective_;
    std::unordered_set<std::string> freeRows_;
    std::unordered_map<std::string, int> rowIndex_, columnIndex_;
    std::vector<RowInfo> rows_;
    std::vector<std::vector<std::pair<int, double>>> rowEntries_;
    std::vector<std::unordered_set<int>> columnRows_; // the rows each column has an entry in
    std::unordered_set<std::size_t> bounded_; // columns that have had a bound line
};

std::string numberText(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

} // namespace

LinearModel readMpsText(const std::string& text, const std::string& name)
{
    MpsReader reader(name);
    text::forEachLine(text, [&](int number, std::string_view line) { reader.line(number, line); });
    return reader.finish();
}

std::string writeMps(const LinearModel& model)
{
    const double sense = model.maximize ? -1.0 : 1.0;
    const auto columnName = [](int j) { return "C" + std::to_string(j + 1); };
    const auto rowName = [](std::size_t i) { return "R" + std::to_string(i + 1); };
    std::string out = "NAME gradus FREE\nROWS\n N OBJ\n";
    for (std::size_t i = 0; i < model.rows.size(); ++i) {
        const double lower = model.rowLower[i], upper = model.rowUpper[i];
        const char* type = lower == upper ? " E " : std::isinf(lower) && std::isinf(upper) ? " N " : std::isinf(lower) ? " L " : " G ";
        out += type + rowName(i) + "\n";
    }
    // Entries by column, as the format lists them.
    std::vector<std::vector<std::pair<std::size_t, double>>> byColumn(std::size_t(model.variables()));
    for (std::size_t i = 0; i < model.rows.size(); ++i)
        for (const auto& [column, value] : model.rows[i])
            if (value != 0)
                byColumn[std::size_t(column)].push_back({i, value});
    out += "COLUMNS\n";
    bool inIntegers = false;
    int markers = 0;
    for (int j = 0; j < model.variables(); ++j) {
        const bool integer = model.integer[std::size_t(j)];
        if (integer != inIntegers) {
            out += " M" + std::to_string(++markers) + " 'MARKER' " + (integer ? "'INTORG'\n" : "'INTEND'\n");
            inIntegers = integer;
        }
        const double cost = sense * model.objective[std::size_t(j)];
        // A column with no entry at all still has to be listed.
        if (cost != 0 || byColumn[std::size_t(j)].empty())
            out += " " + columnName(j) + " OBJ " + numberText(cost) + "\n";
        for (const auto& [row, value] : byColumn[std::size_t(j)])
            out += " " + columnName(j) + " " + rowName(row) + " " + numberText(value) + "\n";
    }
    if (inIntegers)
        out += " M" + std::to_string(++markers) + " 'MARKER' 'INTEND'\n";
    std::string rhs, ranges;
    for (std::size_t i = 0; i < model.rows.size(); ++i) {
        const double lower = model.rowLower[i], upper = model.rowUpper[i];
        if (std::isinf(lower) && std::isinf(upper))
            continue;
        const double value = std::isinf(lower) ? upper : lower; // E and G rows take the lower side
        if (value != 0)
            rhs += " RHS " + rowName(i) + " " + numberText(value) + "\n";
        if (!std::isinf(lower) && !std::isinf(upper) && lower != upper)
            ranges += " RNG " + rowName(i) + " " + numberText(upper - lower) + "\n";
    }
    out += "RHS\n" + rhs + "RANGES\n" + ranges;
    out += "BOUNDS\n";
    for (int j = 0; j < model.variables(); ++j) {
        const double lower = model.lower[std::size_t(j)], upper = model.upper[std::size_t(j)];
        const std::string column = columnName(j);
        if (std::isinf(lower) && std::isinf(upper)) {
            out += " FR BND " + column + "\n";
            continue;
        }
        if (lower == upper) {
            out += " FX BND " + column + " " + numberText(lower) + "\n";
            continue;
        }
        // Every bound explicit (an integer column would otherwise be binary), the upper one first: a negative
        // upper bound moves a lower bound of 0 to −∞, and the LO line that follows puts it back.
        out += std::isinf(upper) ? " PL BND " + column + "\n" : " UP BND " + column + " " + numberText(upper) + "\n";
        out += std::isinf(lower) ? " MI BND " + column + "\n" : " LO BND " + column + " " + numberText(lower) + "\n";
    }
    out += "ENDATA\n";
    return out;
}

} // namespace gradus::core::mip
