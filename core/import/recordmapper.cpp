#include "import/recordmapper.h"

#include "domain/enums.h"
#include "util/suggest.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cstring>

namespace revalign {

namespace {
bool isTyped(FieldType t) {
    return t == FieldType::Date || t == FieldType::DateTime || t == FieldType::Money ||
           t == FieldType::Real || t == FieldType::Integer;
}
bool isDate(FieldType t) {
    return t == FieldType::Date || t == FieldType::DateTime;
}

QString fromUtf8(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

bool plausibleEmail(std::string_view s) {
    const size_t at = s.find('@');
    return at != std::string_view::npos && at > 0 && s.find('.', at) != std::string_view::npos &&
           s.find(' ') == std::string_view::npos && s.find('@', at + 1) == std::string_view::npos &&
           s.back() != '.';
}

// Lower-cases a value for a case-insensitive lookup; ASCII (nearly every CRM value) without QString.
void lowerKey(std::string_view raw, std::string& out) {
    out.assign(raw);
    for (char& c : out) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            out = fromUtf8(raw).toLower().toStdString();
            return;
        }
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
}

// The keys an enumerated field accepts, for the error that names them.
const char* knownKeys(Field field) {
    switch (field) {
    case Field::HandoffStatus:
        return "none, pending, accepted, rejected";
    case Field::ForecastCategory:
        return "omitted, pipeline, best_case, commit, closed";
    case Field::SourcedBy:
        return "unknown, marketing, sales, partner";
    case Field::Kind:
        return "web_visit, form, email_click, event, ad, content, call, sales_email, meeting, demo, other";
    case Field::Team:
        return "marketing, sales, shared";
    default:
        return "";
    }
}

// Why a number does not read, in the words of its field's type.
QString numberReason(NumberProblem problem, FieldType type) {
    switch (problem) {
    case NumberProblem::TooLarge:
        if (type == FieldType::Money)
            return QCoreApplication::translate(
                "Import", "too large: amounts are kept as exact cents up to 90,071,992,547,409.91");
        if (type == FieldType::Integer)
            return QCoreApplication::translate("Import",
                                               "too large: whole numbers go up to 9,007,199,254,740,991");
        return QCoreApplication::translate("Import", "too large");
    case NumberProblem::TooManyDecimals:
        if (type == FieldType::Integer)
            return QCoreApplication::translate("Import", "not a whole number");
        return QCoreApplication::translate(
            "Import", "more decimals than cents: amounts are kept exact and never rounded silently");
    case NumberProblem::NotANumber:
    case NumberProblem::None:
        break;
    }
    return QCoreApplication::translate("Import", "not a number");
}

// "Best Case" -> "best_case": the form our enum keys and stage keys take.
std::string enumKey(std::string_view text) {
    std::string out;
    lowerKey(trimmed(text), out);
    for (char& c : out)
        if (c == ' ' || c == '-')
            c = '_';
    return out;
}
} // namespace

QString RowError::toString() const {
    QString where = QStringLiteral("%1: line %2").arg(file).arg(line);
    if (column > 0)
        where += QStringLiteral(", column %1 (%2)").arg(column).arg(columnName);
    if (!cell.isEmpty())
        where += QStringLiteral(", cell %1").arg(cell);
    return value.isNull() ? QStringLiteral("%1: %2").arg(where, reason)
                          : QStringLiteral("%1: %2: '%3'").arg(where, reason, value);
}

RecordMapper::RecordMapper(const ImportProfile& profile, const QString& file, const CsvRecord& header,
                           DateOrder dateOverride, DecimalMark decimalOverride)
    : m_profile(profile)
    , m_file(file)
    , m_dateOverride(dateOverride)
    , m_decimalOverride(decimalOverride) {
    size_t n = header.size();
    if (n > 1 && trimmed(header.field(n - 1)).empty()) {
        m_trailingDelimiter = true;
        m_headerNotes << QCoreApplication::translate(
            "Import", "the header ends with a delimiter; the empty last column is ignored");
        --n;
    }
    QSet<QString> seen;
    for (size_t i = 0; i < n; ++i) {
        QString name = fromUtf8(trimmed(header.field(i)));
        if (name.isEmpty()) {
            name = QCoreApplication::translate("Import", "Column %1").arg(i + 1);
            m_headerNotes << QCoreApplication::translate("Import", "column %1 has no name; called it '%2'")
                                 .arg(i + 1)
                                 .arg(name);
        }
        if (seen.contains(name.toLower())) {
            QString unique;
            for (int k = 2; seen.contains((unique = QStringLiteral("%1 (%2)").arg(name).arg(k)).toLower());
                 ++k) {
            }
            m_headerNotes << QCoreApplication::translate("Import",
                                                         "column %1 repeats the name '%2'; called it '%3'")
                                 .arg(i + 1)
                                 .arg(name, unique);
            name = unique;
        }
        seen.insert(name.toLower());
        m_header << name;
    }
    for (const auto& [column, field] : profile.columns) {
        qsizetype index = -1;
        for (qsizetype i = 0; i < m_header.size() && index < 0; ++i)
            if (m_header.at(i).compare(column, Qt::CaseInsensitive) == 0)
                index = i;
        if (index < 0)
            continue;
        ValueTable* table = nullptr;
        if (const auto values = profile.values.find(field); values != profile.values.end()) {
            const bool prepared = m_valueTables.contains(field);
            ValueTable& t = m_valueTables[field];
            for (const auto& [from, mapping] : values->second) {
                if (prepared)
                    break; // a second column feeding the same field shares the table
                PreparedMapping entry{mapping.value.toStdString(), {}, mapping.note, {}};
                for (const auto& [f, v] : mapping.also)
                    entry.also.emplace_back(f, v.toStdString());
                if (from == u"*")
                    t.otherwise = entry;
                else
                    t.byKey.emplace(from.toLower().toStdString(), entry);
            }
            table = &t;
        }
        Binding binding;
        binding.column = static_cast<int>(index);
        binding.field = field;
        binding.values = table;
        QStringList nulls = profile.nullValues;
        if (const auto own = profile.columnNullValues.find(column); own != profile.columnNullValues.end())
            nulls += own->second;
        for (const QString& spelling : nulls)
            if (!spelling.trimmed().isEmpty())
                binding.nulls.push_back(spelling.trimmed().toLower().toStdString());
        for (const Binding& b : m_bindings)
            binding.firstOfColumn = binding.firstOfColumn && b.column != binding.column;
        m_bindings.push_back(std::move(binding));
    }
    m_nulls.resize(static_cast<size_t>(m_header.size()));
    bindStageEnteredColumns();
    for (const auto& [field, value] : profile.defaults)
        m_defaults.emplace_back(field, value.toStdString());
}

void RecordMapper::bindStageEnteredColumns() {
    if (m_profile.stageEnteredColumns.isEmpty())
        return;
    // `Date entered "{stage} ({pipeline})"` -> ^Date\ entered\ \"(?<stage>.+?)\ \((?<pipeline>[^()]+)\)\"$:
    // the stage may hold parentheses itself ("Closed Won (Internal) (Sales Pipeline)"), the pipeline not.
    // "Date exited", "Time in", "Latest time in" and "Cumulative time in" columns of the same stages do
    // not match and stay unmapped.
    std::vector<QRegularExpression> patterns;
    for (const QString& t : m_profile.stageEnteredColumns) {
        QString re = QRegularExpression::escape(t);
        re.replace(QStringLiteral("\\{stage\\}"), QStringLiteral("(?<stage>.+?)"));
        re.replace(QStringLiteral("\\{pipeline\\}"), QStringLiteral("(?<pipeline>[^()]+)"));
        patterns.emplace_back(u'^' + re + u'$', QRegularExpression::CaseInsensitiveOption);
    }
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        bool bound = false;
        for (const Binding& b : m_bindings)
            bound = bound || b.column == i;
        if (bound)
            continue;
        for (const QRegularExpression& p : patterns) {
            const QRegularExpressionMatch m = p.match(m_header.at(i));
            const QString stage = m.hasMatch() ? m.captured(QStringLiteral("stage")).trimmed() : QString();
            if (stage.isEmpty())
                continue;
            Binding b;
            b.column = static_cast<int>(i);
            b.field = Field::StageEntered;
            for (const QString& spelling : m_profile.nullValues)
                if (!spelling.trimmed().isEmpty())
                    b.nulls.push_back(spelling.trimmed().toLower().toStdString());
            b.stage = stage.toStdString();
            m_bindings.push_back(std::move(b));
            break;
        }
    }
}

QStringList RecordMapper::unmappedColumns() const {
    QStringList out;
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        bool used = false;
        for (const Binding& b : m_bindings)
            used = used || b.column == i;
        if (!used)
            out << m_header.at(i);
    }
    return out;
}

bool RecordMapper::isNull(const Binding& b, std::string_view raw) {
    if (isNullSpelling(raw))
        return true;
    if (b.nulls.empty())
        return false;
    lowerKey(raw, m_key);
    return std::find(b.nulls.begin(), b.nulls.end(), m_key) != b.nulls.end();
}

bool RecordMapper::resolve(const Binding& b, std::string_view raw, std::string_view& text,
                           PreparedMapping*& mapping) {
    mapping = nullptr;
    text = raw;
    if (b.values) {
        // A value map that names the very spelling ("n/a": "none") beats the built-in null spellings.
        lowerKey(raw, m_key);
        if (const auto it = b.values->byKey.find(m_key); it != b.values->byKey.end())
            mapping = &it->second;
    }
    if (!mapping) {
        if (isNull(b, raw))
            return false;
        if (b.values && b.values->otherwise)
            mapping = &*b.values->otherwise;
    }
    if (mapping && !mapping->value.empty())
        text = mapping->value;
    return true;
}

void RecordMapper::sniff(const CsvRecord& record) {
    for (Binding& b : m_bindings) {
        const FieldType type = fieldInfo(b.field).type;
        if (!isTyped(type) || static_cast<size_t>(b.column) >= record.size())
            continue;
        // Detection sees what the import reads: nulls left out, value maps applied.
        const std::string_view raw = trimmed(record.field(static_cast<size_t>(b.column)));
        std::string_view text;
        PreparedMapping* mapping = nullptr;
        if (raw.empty() || !resolve(b, raw, text, mapping))
            continue;
        if (isDate(type))
            b.dates.add(text);
        else
            b.numbers.add(text);
    }
}

QStringList RecordMapper::decideFormats() {
    QStringList problems;
    // A file is written by one locale: a column that proves MM/DD or DD/MM settles the others.
    bool mdy = false;
    bool dmy = false;
    for (const Binding& b : m_bindings) {
        mdy = mdy || b.dates.decided() == DateOrder::Mdy;
        dmy = dmy || b.dates.decided() == DateOrder::Dmy;
    }
    m_fileDateOrder = mdy && !dmy ? DateOrder::Mdy : (dmy && !mdy ? DateOrder::Dmy : DateOrder::Auto);
    m_formats.clear();
    for (Binding& b : m_bindings) {
        const FieldType type = fieldInfo(b.field).type;
        const QString header = m_header.at(b.column);
        if (isDate(type)) {
            DateOrder order = m_dateOverride != DateOrder::Auto ? m_dateOverride : m_profile.dateOrder;
            if (order == DateOrder::Auto)
                order = b.dates.decided();
            if (order == DateOrder::Auto && b.dates.ambiguous())
                order = m_fileDateOrder;
            if (order == DateOrder::Auto && b.dates.ambiguous()) {
                problems
                    << QCoreApplication::translate(
                           "Import",
                           "%1: column '%2': dates such as '%3' read both as month/day and as day/month; "
                           "choose with --date-order mdy or dmy")
                           .arg(m_file, header, QString::fromStdString(b.dates.ambiguousExample()));
            }
            if (order == DateOrder::Auto)
                order = b.dates.empty() ? DateOrder::Iso : b.dates.bestFit();
            if (order == DateOrder::Auto)
                order = DateOrder::Iso;
            b.dateOrder = order;
        } else if (isTyped(type)) {
            DecimalMark mark = m_decimalOverride != DecimalMark::Auto ? m_decimalOverride : m_profile.decimal;
            if (mark == DecimalMark::Auto)
                mark = type == FieldType::Integer ? b.numbers.decidedForWholeNumbers() : b.numbers.decided();
            if (mark == DecimalMark::Auto) {
                problems << QCoreApplication::translate("Import",
                                                        "%1: column '%2': numbers such as '%3' read "
                                                        "differently with a decimal point and a "
                                                        "decimal comma; choose with --decimal dot or comma")
                                .arg(m_file, header, QString::fromStdString(b.numbers.ambiguousExample()));
                mark = DecimalMark::Dot;
            }
            b.decimal = mark;
        }
        m_formats.push_back({b.column, header, b.field, b.dateOrder, b.decimal});
    }
    return problems;
}

bool RecordMapper::formatsDecided() const {
    for (const Binding& b : m_bindings) {
        const FieldType type = fieldInfo(b.field).type;
        if (!isTyped(type))
            continue;
        if (isDate(type) && m_dateOverride == DateOrder::Auto && m_profile.dateOrder == DateOrder::Auto &&
            b.dates.decided() == DateOrder::Auto && m_fileDateOrder == DateOrder::Auto)
            return false;
        if (!isDate(type) && m_decimalOverride == DecimalMark::Auto &&
            m_profile.decimal == DecimalMark::Auto && b.numbers.decided() == DecimalMark::Auto)
            return false;
    }
    return true;
}

void RecordMapper::resetSniffers() {
    for (Binding& b : m_bindings) {
        b.dates = DateSniffer();
        b.numbers = DecimalSniffer();
    }
}

void RecordMapper::error(std::vector<RowError>& errors, const CsvRecord& record, int column,
                         std::string_view value, const QString& reason) const {
    // One column feeding two fields (CreatedDate -> created_at and stage.lead) is one problem.
    if (!errors.empty() && errors.back().line == record.line && errors.back().column == column + 1 &&
        errors.back().reason == reason)
        return;
    RowError e;
    e.file = m_file;
    e.line = record.line;
    e.column = column + 1;
    e.columnName = column >= 0 && column < m_header.size() ? m_header.at(column) : QString();
    if (column < 0)
        e.column = 0;
    e.value = column >= 0 || !value.empty() ? fromUtf8(value) : QString();
    e.reason = reason;
    errors.push_back(std::move(e));
}

bool RecordMapper::setField(ImportRecord& out, Field field, std::string_view text, const Binding* binding,
                            int column, std::string_view raw, const CsvRecord& record,
                            std::vector<RowError>& errors) {
    FieldValue& v = out.at(field);
    const DateOrder order = binding ? binding->dateOrder
                                    : (m_fileDateOrder == DateOrder::Auto ? DateOrder::Iso : m_fileDateOrder);
    const DecimalMark mark = binding ? binding->decimal : DecimalMark::Dot;
    const FieldType type = fieldInfo(field).type;
    // The error shows the value as the file has it, not what a value map turned it into.
    const auto bad = [&](const QString& reason) {
        error(errors, record, column, raw, reason);
        return false;
    };
    switch (type) {
    case FieldType::Text:
        v.text.assign(text);
        break;
    case FieldType::Email:
        if (!plausibleEmail(text))
            return bad(QCoreApplication::translate("Import", "not an email address"));
        v.text.assign(text);
        for (char& c : v.text)
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        break;
    case FieldType::Integer:
    case FieldType::Money: {
        const ScaledNumber n = parseNumber(text, mark, type == FieldType::Money ? 2 : 0);
        if (!n)
            return bad(numberReason(n.problem, type));
        v.number = n.value;
        break;
    }
    case FieldType::Real: {
        const auto r = parseReal(text, mark);
        if (!r)
            return bad(numberReason(realProblem(text, mark), type));
        v.real = *r;
        if (field == Field::Probability) {
            if (v.real > 1.0) // Salesforce writes percent (10 = 10 %); fractions stay as they are
                v.real /= 100.0;
            if (v.real < 0 || v.real > 1.0)
                return bad(
                    QCoreApplication::translate("Import", "a probability must be between 0 and 100 %"));
        }
        break;
    }
    case FieldType::Date:
    case FieldType::DateTime: {
        const auto t = parseDateTime(text, order);
        if (!t)
            return bad(QCoreApplication::translate("Import", "not a date in the column's format (%1)")
                           .arg(toKey(order)));
        v.number = *t;
        if (type == FieldType::Date)
            v.text = isoDateOfSeconds(*t);
        break;
    }
    case FieldType::Bool: {
        const auto b = parseBool(text);
        if (!b)
            return bad(QCoreApplication::translate("Import", "not a yes/no value"));
        v.number = *b ? 1 : 0;
        break;
    }
    case FieldType::StageKey:
        v.text = enumKey(text);
        break;
    }
    v.set = true;
    v.column = column;
    return true;
}

bool RecordMapper::reportNul(const CsvRecord& record, std::vector<RowError>& errors) const {
    // One memchr over the whole record on the normal path; field by field only when there is a NUL.
    if (record.data.empty() || !std::memchr(record.data.data(), 0, record.data.size()))
        return false;
    for (size_t i = 0; i < record.size() && i < static_cast<size_t>(m_header.size()); ++i) {
        const std::string_view field = record.field(i);
        if (field.find('\0') == std::string_view::npos)
            continue;
        std::string visible; // the NUL shown as U+2400 SYMBOL FOR NULL, so messages stay printable
        for (char c : field)
            visible += c == '\0' ? std::string_view("\xE2\x90\x80") : std::string_view(&c, 1);
        error(errors, record, static_cast<int>(i), visible,
              QCoreApplication::translate("Import",
                                          "a NUL byte in the field (a damaged file, or UTF-16 text read as "
                                          "something else: name the encoding with --encoding)"));
    }
    return true;
}

bool RecordMapper::map(const CsvRecord& record, ImportRecord& out, std::vector<RowError>& errors) {
    out.clear();
    out.entity = m_profile.entity;
    out.line = record.line;
    const size_t expected = static_cast<size_t>(m_header.size());
    const size_t errorsBefore = errors.size();
    if (record.unterminatedQuote)
        error(
            errors, record, -1, {},
            QCoreApplication::translate("Import", "a quoted field is not closed before the end of the file"));
    const bool trailingOk =
        m_trailingDelimiter && record.size() == expected + 1 && record.field(expected).empty();
    if (record.size() != expected && !trailingOk) {
        error(errors, record, -1, {},
              QCoreApplication::translate("Import", "expected %1 fields as in the header, found %2")
                  .arg(expected)
                  .arg(record.size()));
        return false;
    }
    if (reportNul(record, errors))
        return false;
    m_implied.clear();
    for (Binding& b : m_bindings) {
        const std::string_view raw = trimmed(record.field(static_cast<size_t>(b.column)));
        if (b.field == Field::StageEntered) {
            // Many columns, one per stage: each parsed as a date-time, collected in column order.
            FieldValue& v = out.at(Field::StageEntered);
            if (!raw.empty() && !isNull(b, raw) &&
                setField(out, Field::StageEntered, raw, &b, b.column, raw, record, errors))
                out.stageEntries.emplace_back(b.stage, v.number);
            v.set = false;
            continue;
        }
        if (raw.empty() || out.has(b.field))
            continue;
        std::string_view text;
        PreparedMapping* mapping = nullptr;
        if (!resolve(b, raw, text, mapping)) {
            if (b.firstOfColumn) {
                NullTally& tally = m_nulls[static_cast<size_t>(b.column)];
                ++tally.count;
                if (tally.spellings.size() < 3 &&
                    std::find(tally.spellings.begin(), tally.spellings.end(), raw) == tally.spellings.end())
                    tally.spellings.emplace_back(raw);
            }
            continue;
        }
        if (mapping) {
            if (!mapping->note.isEmpty() && mapping->uses++ == 0)
                mapping->firstSeen.assign(raw);
            for (const auto& [f, value] : mapping->also)
                m_implied.push_back({f, &value, b.column});
        }
        setField(out, b.field, text, &b, b.column, raw, record, errors);
    }
    for (const Implied& i : m_implied)
        if (!out.has(i.field) && !i.value->empty())
            setField(out, i.field, *i.value, nullptr, i.column, *i.value, record, errors);
    for (const auto& [field, value] : m_defaults)
        if (!out.has(field))
            setField(out, field, value, nullptr, -1, value, record, errors);
    // The vocabulary checks run even when a field failed: every problem of the row is reported at once.
    return validateEntity(out, record, errors, errors.size() == errorsBefore);
}

QStringList RecordMapper::readNotes() const {
    QStringList notes;
    for (size_t column = 0; column < m_nulls.size(); ++column) {
        const NullTally& tally = m_nulls[column];
        if (tally.count == 0)
            continue;
        QStringList spellings;
        for (const std::string& sp : tally.spellings)
            spellings << u'\'' + fromUtf8(sp) + u'\'';
        notes << QCoreApplication::translate("Import", "column %1 (%2): %3 values read as empty (%4)")
                     .arg(column + 1)
                     .arg(m_header.at(static_cast<qsizetype>(column)), groupedCount(tally.count),
                          spellings.join(QStringLiteral(", ")));
    }
    for (const auto& [field, table] : m_valueTables) {
        const QString key = fieldKey(field); // a lambda may not capture a structured binding (C++20 aside)
        const auto noteOf = [&](const PreparedMapping& m) {
            if (m.uses > 0)
                notes << QCoreApplication::translate("Import", "%1: '%2' read as '%3' in %4 rows: %5")
                             .arg(key, fromUtf8(m.firstSeen), fromUtf8(m.value), groupedCount(m.uses),
                                  m.note);
        };
        for (const auto& entry : table.byKey)
            noteOf(entry.second);
        if (table.otherwise)
            noteOf(*table.otherwise);
    }
    return notes;
}

bool RecordMapper::validateEntity(ImportRecord& out, const CsvRecord& record, std::vector<RowError>& errors,
                                  bool fieldsOk) {
    const auto missing = [&](const QString& what) {
        error(errors, record, -1, {}, QCoreApplication::translate("Import", "no value for %1").arg(what));
        return false;
    };
    const auto checkEnum = [&](Field field, auto&& parse) {
        if (!out.has(field))
            return true;
        std::string key = enumKey(out.text(field));
        std::unordered_set<std::string>& valid = m_validKeys[static_cast<size_t>(field)];
        if (!valid.contains(key)) {
            if (!parse(QString::fromStdString(key))) {
                // The column that fed the value (or implied it) is named; a profile default has none.
                error(errors, record, out.at(field).column, out.text(field),
                      QCoreApplication::translate(
                          "Import",
                          "not a known %1 (known: %2; map other values under values.%1 in the profile)")
                          .arg(fieldKey(field), QString::fromLatin1(knownKeys(field))));
                return false;
            }
            valid.insert(key);
        }
        out.at(field).text = std::move(key);
        return true;
    };
    if (out.has(Field::FullName) && !out.has(Field::FirstName) && !out.has(Field::LastName)) {
        const std::string& full = out.text(Field::FullName);
        const size_t space = full.rfind(' ');
        FieldValue& last = out.at(Field::LastName);
        last.set = true;
        if (space == std::string::npos) {
            last.text = full;
        } else {
            last.text = full.substr(space + 1);
            out.at(Field::FirstName).text = full.substr(0, space);
            out.at(Field::FirstName).set = true;
        }
    }
    bool ok = checkEnum(Field::HandoffStatus, handoffStatusFromKey);
    ok = checkEnum(Field::ForecastCategory, forecastCategoryFromKey) && ok;
    ok = checkEnum(Field::SourcedBy, sourcedByFromKey) && ok;
    ok = checkEnum(Field::Kind, touchpointKindFromKey) && ok;
    ok = checkEnum(Field::Team, teamFromKey) && ok;
    if (!ok || !fieldsOk)
        return false;
    switch (out.entity) {
    case ImportEntity::Contacts:
        if (!out.has(Field::SourceId)) {
            if (!out.has(Field::Email))
                return missing(QCoreApplication::translate("Import", "the record id or the email"));
            out.at(Field::SourceId) = out.at(Field::Email); // email is the contact's identity then
        }
        break;
    case ImportEntity::Accounts:
    case ImportEntity::Opportunities:
    case ImportEntity::Campaigns:
        if (!out.has(Field::SourceId))
            return missing(QCoreApplication::translate("Import", "the record id"));
        break;
    case ImportEntity::CampaignMembers:
        if (!out.has(Field::CampaignSourceId))
            return missing(QCoreApplication::translate("Import", "the campaign id"));
        [[fallthrough]];
    case ImportEntity::Touchpoints:
        if (!out.has(Field::ContactSourceId) && !out.has(Field::Email))
            return missing(QCoreApplication::translate("Import", "the lead or contact id"));
        if (!out.has(Field::OccurredAt))
            return missing(QCoreApplication::translate("Import", "the date of the touch"));
        break;
    case ImportEntity::StageUpdates:
        if (!out.has(Field::ContactSourceId) && !out.has(Field::Email))
            return missing(QCoreApplication::translate("Import", "the lead or contact id"));
        break;
    case ImportEntity::DealHistory:
        if (!out.has(Field::DealSourceId))
            return missing(QCoreApplication::translate("Import", "the deal id"));
        // A row of stage-entered columns may carry no date yet (nothing to record); a change row must.
        if (!out.has(Field::ChangedAt) && m_profile.stageEnteredColumns.isEmpty())
            return missing(QCoreApplication::translate("Import", "the time of the change"));
        break;
    case ImportEntity::Owners:
        if (!out.has(Field::Name) && !out.has(Field::SourceId) && !out.has(Field::LastName) &&
            !out.has(Field::FirstName))
            return missing(QCoreApplication::translate("Import", "the owner's name or user id"));
        break;
    }
    return true;
}

} // namespace revalign
