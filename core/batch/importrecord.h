#pragma once

#include "batch/importfields.h"

#include <QString>

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace revalign {

// One normalized field value: UTF-8 text (as mapped), plus the parsed number for typed fields
// (Unix seconds for date-times, days-since-epoch * 86400 for dates, cents for money, 0/1 for booleans).
struct FieldValue {
    std::string text;
    qint64 number = 0;
    double real = 0;
    bool set = false;
    // The 0-based header column the value was read from (for a value a value map implies, the column
    // whose value implied it); -1 for a profile default. Lets an error found later name the column.
    int column = -1;
};

// One row of a file after the profile mapped it and every value was normalized and validated: the
// neutral record the store consumes and the wizard previews. Reused from row to row (no allocation).
struct ImportRecord {
    ImportEntity entity = ImportEntity::Contacts;
    qint64 line = 0;
    std::array<FieldValue, kFieldCount> values;
    // (stage name, entered at) from the profile's stage-entered columns, in column order.
    std::vector<std::pair<std::string, qint64>> stageEntries;
    // hashFields() of the values as they are now; cleared by clear() and when a writer edits a copy.
    quint64 fieldsHash = 0;
    bool fieldsHashed = false;

    // A fast 64-bit hash of the set values and the source system, for change detection (not for
    // adversarial input). The import computes it on the reading thread; the writer folds in the ids it
    // resolved (ImportWriter::rowHash). Stable across builds: stored hashes must keep matching.
    quint64 hashFields(std::string_view source) const;

    void clear() {
        fieldsHashed = false;
        stageEntries.clear();
        for (FieldValue& v : values) {
            v.text.clear();
            v.set = false;
            v.number = 0;
            v.real = 0;
        }
    }
    bool has(Field f) const { return values[static_cast<size_t>(f)].set; }
    const FieldValue& at(Field f) const { return values[static_cast<size_t>(f)]; }
    FieldValue& at(Field f) { return values[static_cast<size_t>(f)]; }
    const std::string& text(Field f) const { return at(f).text; }
    QString qtext(Field f) const {
        const std::string& t = text(f);
        return has(f) ? QString::fromUtf8(t.data(), static_cast<qsizetype>(t.size())) : QString();
    }
};

// Mixes `n` bytes into `h` (whole words at a time): the hash behind ImportRecord::hashFields().
quint64 mixHash(quint64 h, const void* data, size_t n);

// Why a row cannot be imported. Every error names the file, the physical line the record starts on,
// the column (1-based, with its header) and the value.
struct RowError {
    QString file;
    qint64 line = 0;
    int column = 0; // 0 = the row as a whole
    QString columnName;
    QString value;
    QString reason;
    friend bool operator==(const RowError&, const RowError&) = default;
    // "FILE: line L, column C (Header): reason: 'value'"
    QString toString() const;
};

} // namespace revalign
