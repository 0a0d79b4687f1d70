#pragma once

#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace revalign {

// One record of a CSV file, decoded to UTF-8, quotes resolved. The fields live back to back in one
// buffer that is reused from record to record, so reading a file does not allocate per field.
struct CsvRecord {
    std::string data;
    std::vector<uint32_t> ends; // end offset of field i in data
    qint64 line = 0;            // physical line (1-based) where the record starts
    int lineCount = 1;          // physical lines the record spans (quoted line breaks add lines)
    bool unterminatedQuote = false;

    size_t size() const { return ends.size(); }
    std::string_view field(size_t i) const {
        const uint32_t begin = i == 0 ? 0 : ends[i - 1];
        return std::string_view(data).substr(begin, ends[i] - begin);
    }
    QString text(size_t i) const {
        const std::string_view f = field(i);
        return QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size()));
    }
    void clear() {
        data.clear();
        ends.clear();
        unterminatedQuote = false;
        lineCount = 1;
    }
};

} // namespace revalign
