#pragma once

#include "import/csvreader.h"
#include "import/recordsource.h"

namespace revalign {

// A CSV file as a RecordSource: forwards each record to CsvReader, which does the per-field work
// without virtual calls (the 1M-row hot path).
class CsvSource final : public RecordSource {
public:
    CsvSource(const QString& path, CsvReadOptions options)
        : RecordSource(path)
        , m_reader(path, std::move(options)) {}

    bool next(CsvRecord& record) override { return m_reader.next(record); }
    void rewind() override { m_reader.rewind(); }
    qint64 bytesRead() const override { return m_reader.bytesRead(); }
    qint64 fileSize() const override { return m_reader.fileSize(); }
    const CsvFormat& format() const override { return m_reader.format(); }
    void setRawObserver(std::function<void(const char*, qint64)> observer) override {
        m_reader.setRawObserver(std::move(observer));
    }

private:
    CsvReader m_reader;
};

} // namespace revalign
