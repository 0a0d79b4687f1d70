// libFuzzer target for the CSV reader: decoding (detection, UTF-8 validation, ICU conversion), tokenizing
// and header mapping over arbitrary bytes. The reader reads files, so each input goes through a temporary
// file; the first byte picks an encoding override and a delimiter so those paths are fuzzed too.
#include "import/csvreader.h"
#include "import/profilecatalog.h"
#include "import/recordmapper.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace revalign;

namespace {
const char* const kEncodings[] = {"", "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "TIS-620"};
const char kDelimiters[] = {0, ',', ';', '\t', '|'};

const QString& scratchFile() {
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("input.csv"));
    return path;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0)
        return 0;
    const uint8_t selector = data[0];
    {
        QFile f(scratchFile());
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char*>(data + 1), static_cast<qint64>(size - 1));
    }
    CsvReadOptions options;
    options.encoding = QString::fromLatin1(kEncodings[selector % 6]);
    options.delimiter = kDelimiters[(selector / 6) % 5];
    try {
        CsvReader reader(scratchFile(), options);
        CsvRecord header;
        if (!reader.next(header))
            return 0;
        static const ProfileCatalog catalog = ProfileCatalog::builtIn();
        const ImportProfile& profile = catalog.profiles().at(selector % catalog.profiles().size());
        RecordMapper mapper(profile, scratchFile(), header);
        CsvRecord record;
        std::vector<CsvRecord> rows;
        while (reader.next(record)) {
            if (record.size() > 0 && record.field(record.size() - 1).size() > record.data.size())
                __builtin_trap(); // fields must lie inside the record's buffer
            mapper.sniff(record);
            if (rows.size() < 64)
                rows.push_back(record);
        }
        mapper.decideFormats();
        ImportRecord mapped;
        std::vector<RowError> errors;
        for (const CsvRecord& r : rows)
            mapper.map(r, mapped, errors);
    } catch (const Error&) {
        // Undecodable input is reported as an Error: that is the expected outcome, not a crash.
    }
    return 0;
}

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    return 0;
}
