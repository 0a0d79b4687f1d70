#pragma once

#include <QStringList>

#include <functional>
#include <vector>

namespace revalign {

class Database;

// A plain table of text for showing and exporting the records behind a figure.
struct RecordTable {
    QStringList headers;
    std::vector<QStringList> rows;
    qint64 total = 0; // how many ids were asked for (rows may be capped)
};

// Reads contacts or opportunities by id for drill-down lists and CSV export. Ids come from the metrics
// engine (ascending); rows come back in the same order.
class RecordStore final {
public:
    explicit RecordStore(Database& db)
        : m_db(db) {}

    static QStringList contactHeaders();
    static QStringList opportunityHeaders();
    // At most `limit` rows (the dialog caps what it shows; export streams everything via forEach*).
    RecordTable contacts(const std::vector<qint64>& ids, qsizetype limit);
    RecordTable opportunities(const std::vector<qint64>& ids, qsizetype limit);
    void forEachContact(const std::vector<qint64>& ids, const std::function<void(const QStringList&)>& row);
    void forEachOpportunity(const std::vector<qint64>& ids,
                            const std::function<void(const QStringList&)>& row);

private:
    Database& m_db;
};

} // namespace revalign
