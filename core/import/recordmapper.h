#pragma once

#include "batch/importrecord.h"
#include "import/csvrecord.h"
#include "import/importprofile.h"
#include "import/valueparsers.h"

#include <QStringList>

#include <array>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include <vector>

namespace revalign {

// How one column is read, as decided from the whole column.
struct ColumnFormat {
    int column = 0; // 0-based index in the header
    QString header;
    Field field = Field::Ignore;
    DateOrder dateOrder = DateOrder::Auto;
    DecimalMark decimal = DecimalMark::Auto;
    friend bool operator==(const ColumnFormat&, const ColumnFormat&) = default;
};

// Step 3 and 4 of the pipeline: maps the columns of a header through a profile and turns each record
// into a normalized ImportRecord, collecting row errors (file, line, column, value, reason).
// Each value is read in this order: empty and null spellings (built-in and the profile's) are no value;
// then the profile's value map; then the field's type. Typed columns (dates, numbers) are read in the
// format decided from the whole column, value maps applied: call sniff() for every record first
// (pass 1), then decideFormats(), then map() (pass 2).
class RecordMapper final {
public:
    RecordMapper(const ImportProfile& profile, const QString& file, const CsvRecord& header,
                 DateOrder dateOverride = DateOrder::Auto, DecimalMark decimalOverride = DecimalMark::Auto);

    const QStringList& header() const { return m_header; }
    // Notes about the header: duplicate or empty names (renamed), a trailing delimiter.
    const QStringList& headerNotes() const { return m_headerNotes; }
    // Header columns no profile column names (shown by the wizard, ignored on import).
    QStringList unmappedColumns() const;

    void sniff(const CsvRecord& record);
    // Decides each typed column's format; returns the problems that stop the import (ambiguity).
    QStringList decideFormats();
    const std::vector<ColumnFormat>& formats() const { return m_formats; }
    // Whether every typed column with a detected format had values that settled it (after decideFormats()).
    bool formatsDecided() const;
    // Forgets what sniff() saw (the decided formats stay in use).
    void resetSniffers();

    // Fills `out`; returns false (and appends to `errors`) when the row is invalid.
    bool map(const CsvRecord& record, ImportRecord& out, std::vector<RowError>& errors);
    // What map() read in a way the user should hear about, over every row it mapped: values a null
    // spelling made empty, per column; values a profile maps with a note (Salesforce's "Most Likely").
    QStringList readNotes() const;

private:
    // A value map prepared for the row loop: UTF-8 keys and values, no QString per row.
    struct PreparedMapping {
        std::string value;
        std::vector<std::pair<Field, std::string>> also;
        QString note;
        std::string firstSeen; // the value as the file first wrote it, for the note
        qint64 uses = 0;       // rows it was used in (counted only when it has a note)
    };
    struct ValueTable {
        std::unordered_map<std::string, PreparedMapping> byKey; // lower-cased source value
        std::optional<PreparedMapping> otherwise;               // "*"
    };
    struct Binding {
        int column = 0;
        Field field = Field::Ignore;
        ValueTable* values = nullptr;   // null when the field has no value map
        std::vector<std::string> nulls; // the profile's null spellings for this column, lower-cased
        bool firstOfColumn = true;      // counts the column's null spellings (a column may feed 2 fields)
        DateSniffer dates;
        DecimalSniffer numbers;
        DateOrder dateOrder = DateOrder::Auto;
        DecimalMark decimal = DecimalMark::Dot;
        std::string stage; // Field::StageEntered: the stage the column's header names
    };
    void bindStageEnteredColumns();
    struct Implied {
        Field field;
        const std::string* value;
        int column; // the column whose value implied it
    };
    struct NullTally {
        qint64 count = 0;
        std::vector<std::string> spellings; // the first few distinct ones, as written
    };
    // The text a non-empty, trimmed value stands for: false when it is a null spelling; `mapping` is the
    // value-map entry used, if any.
    bool resolve(const Binding& b, std::string_view raw, std::string_view& text, PreparedMapping*& mapping);
    bool isNull(const Binding& b, std::string_view raw);
    bool setField(ImportRecord& out, Field field, std::string_view text, const Binding* binding, int column,
                  std::string_view raw, const CsvRecord& record, std::vector<RowError>& errors);
    void error(std::vector<RowError>& errors, const CsvRecord& record, int column, std::string_view value,
               const QString& reason) const;
    bool reportNul(const CsvRecord& record, std::vector<RowError>& errors) const;
    // Vocabulary checks, then (when `fieldsOk`) what the entity cannot do without.
    bool validateEntity(ImportRecord& out, const CsvRecord& record, std::vector<RowError>& errors,
                        bool fieldsOk);

    const ImportProfile& m_profile;
    QString m_file;
    QStringList m_header;
    QStringList m_headerNotes;
    bool m_trailingDelimiter = false;
    std::vector<Binding> m_bindings;
    std::vector<ColumnFormat> m_formats;
    DateOrder m_dateOverride;
    DecimalMark m_decimalOverride;
    DateOrder m_fileDateOrder = DateOrder::Auto;
    std::map<Field, ValueTable> m_valueTables;
    std::vector<std::pair<Field, std::string>> m_defaults;
    std::vector<Implied> m_implied;                                       // reused per row
    std::string m_key;                                                    // reused per row
    std::array<std::unordered_set<std::string>, kFieldCount> m_validKeys; // enum values seen valid
    std::vector<NullTally> m_nulls;                                       // by header column
};

} // namespace revalign
