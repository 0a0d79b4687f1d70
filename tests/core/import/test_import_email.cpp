#include "importtesthelpers.h"

#include <QFile>

// The email fallback of the contact upsert (issue 10.1: a successful import lost a person). A source id
// match always wins; a contact absorbs at most one record of a file; conflicts are reported.

using namespace revalign;
using namespace revalign::test;

namespace {
struct Fresh {
    TempDir dir;
    QString path = dir.path(QStringLiteral("w.revalign"));
    Workspace ws = Workspace::create(path);

    QString write(const char* name, const QByteArray& csv) {
        const QString file = dir.path(QString::fromLatin1(name));
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(csv);
        return file;
    }
    ImportResult import(const char* name, const QByteArray& csv) { return importOne(ws, write(name, csv)); }
    // "source id first last email" of every contact, by source id.
    QStringList contacts() {
        QStringList out;
        Statement st(ws.db(),
                     "SELECT source_id, first_name, last_name, email FROM contact ORDER BY source_id");
        while (st.step())
            out << QStringLiteral("%1 %2 %3 %4").arg(st.text(0), st.text(1), st.text(2), st.text(3));
        return out;
    }
};

const QByteArray kHeader = "Record ID,First Name,Last Name,Email\n";
} // namespace

TEST_CASE("import: a source id match wins over an earlier row's email fallback (issue 10.1)") {
    Fresh f;
    REQUIRE(f.import("before.csv", kHeader + "100,Steven,Old,steven@x.com\n").counts.added == 1);
    // The issue's file: row 200 has the email contact 100 had; row 100 is Richard now. On main: "0 new,
    // 2 updated" and one contact left (Richard): Steven Scott gone; the same file again said "1 new".
    const QByteArray file = kHeader + "200,Steven,Scott,steven@x.com\n100,Richard,Flores,richard@y.com\n";
    const ImportResult r = f.import("moved.csv", file);
    CHECK(r.counts == ImportCounts{1, 1, 0, 0});
    CHECK(f.contacts() == QStringList{QStringLiteral("100 Richard Flores richard@y.com"),
                                      QStringLiteral("200 Steven Scott steven@x.com")});
    // Nothing was kept apart either: when the file is done, steven@x.com belongs to no one else.
    CHECK(r.findings.notes.isEmpty());
    // Idempotent: the same file again changes nothing.
    CHECK(f.import("moved.csv", file).counts == ImportCounts{0, 0, 2, 0});
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact") == 2);
}

TEST_CASE("import: the same file in the other order keeps both people too") {
    Fresh f;
    f.import("before.csv", kHeader + "100,Steven,Old,steven@x.com\n");
    const QByteArray file = kHeader + "100,Richard,Flores,richard@y.com\n200,Steven,Scott,steven@x.com\n";
    CHECK(f.import("moved.csv", file).counts == ImportCounts{1, 1, 0, 0});
    CHECK(f.contacts().size() == 2);
    CHECK(f.import("moved.csv", file).counts == ImportCounts{0, 0, 2, 0});
}

TEST_CASE("import: two ids of one file sharing an email stay two contacts, and the conflict is reported") {
    Fresh f;
    f.import("before.csv", kHeader + "100,Steven,Old,steven@x.com\n");
    SECTION("the contact's own id is in the file too") {
        const ImportResult r =
            f.import("shared.csv", kHeader + "200,Steve,Scott,steven@x.com\n100,Steven,Old,steven@x.com\n");
        CHECK(r.counts == ImportCounts{1, 0, 1, 0});
        CHECK(f.contacts() == QStringList{QStringLiteral("100 Steven Old steven@x.com"),
                                          QStringLiteral("200 Steve Scott steven@x.com")});
        REQUIRE(r.findings.notes.size() == 1);
        CHECK(r.findings.notes[0] ==
              QStringLiteral("1 row(s) have the email of a contact whose own id is also in this "
                             "file: kept as contacts of their own, not merged (e.g. line 2: id "
                             "200 and contact 100 share steven@x.com)"));
    }
    SECTION("two new ids match the same contact") {
        const ImportResult r =
            f.import("two.csv", kHeader + "200,Steve,Scott,steven@x.com\n300,Stephen,Scot,steven@x.com\n");
        // 200 is merged into 100 (the person got a new record); 300 cannot be the same record as 200.
        CHECK(r.counts == ImportCounts{1, 1, 0, 0});
        CHECK(f.contacts() == QStringList{QStringLiteral("100 Steve Scott steven@x.com"),
                                          QStringLiteral("300 Stephen Scot steven@x.com")});
        REQUIRE(r.findings.notes.size() == 2);
        CHECK(r.findings.notes[0] ==
              QStringLiteral("1 row(s) matched an existing contact by email, not by id, and "
                             "were merged into it (e.g. line 2: id 200 → contact 100, "
                             "steven@x.com)"));
        CHECK(r.findings.notes[1].startsWith(
            QStringLiteral("1 row(s) have the email of a contact that another row of "
                           "this file already matched")));
    }
}

TEST_CASE("import: a converted lead is still merged by email, and the merge is reported") {
    Fresh f;
    importOne(f.ws, importFixture("salesforce-leads-report.csv"));
    const ImportResult r = importOne(f.ws, importFixture("salesforce-contacts.csv"));
    // Ivy Lund (003C2) has the email of lead 00Q1: one person (4 leads + Gus Hale = 5 contacts).
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact") == 5);
    REQUIRE(r.findings.notes.size() == 1);
    CHECK(
        r.findings.notes[0].contains(QStringLiteral("line 3: id 003C2 → contact 00Q1, ann.lee@example.com")));
    const ImportResult again = importOne(f.ws, importFixture("salesforce-contacts.csv"));
    CHECK(again.counts == ImportCounts{0, 0, 2, 0});
}

namespace {
// A HubSpot-shaped export of `rows` records (ids 1000000 + i, addresses first.last.i@example.com) in the
// shape bench/import_bench_gen.py writes, with its --moved-emails: `moved` records of the first block get
// a new address, and as many new records, listed first (an export sorted by last activity), take their
// old ones. The file still has `rows` records: the last `moved` ids are the new ones.
QByteArray hubspotExport(int rows, int moved) {
    static const char* first[] = {"Ana", "Ben", "Cara", "Dev", "Eve", "Finn", "Gia"};
    static const char* last[] = {"Silva", "Ng", "Diaz", "Rao", "Kim"};
    const auto row = [&](int id, int i, const QString& prefix) {
        return QStringLiteral("%1,%2,%3,%4%5.%6.%7@example.com,lead,2024-01-%8 10:00\n")
            .arg(1000000 + id)
            .arg(QString::fromLatin1(first[i % 7]), QString::fromLatin1(last[i % 5]), prefix,
                 QString::fromLatin1(first[i % 7]).toLower(), QString::fromLatin1(last[i % 5]).toLower())
            .arg(i)
            .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
            .toUtf8();
    };
    QByteArray out = "Record ID,First Name,Last Name,Email,Lifecycle Stage,Create Date\n";
    for (int j = 0; j < moved; ++j)
        out += row(rows - moved + j, j * 37, QString()); // the mover's old address on a new record
    for (int i = 0; i < rows - moved; ++i)
        out += row(i, i, i % 37 == 0 && i / 37 < moved ? QStringLiteral("moved.") : QString());
    return out;
}
} // namespace

TEST_CASE("import: a 1,000 then a 5,000-row generated HubSpot export, 25 addresses moved: every row is a "
          "contact") {
    // The 10k-then-1M case, smaller (bench/import_bench_gen.py --moved-emails reproduces the 10k and
    // 1M files): on main the 25 new records that came with an old address were merged into the contact
    // that had it, which its own row then overwrote: 25 rows in no contact, and "25 new" on re-import.
    Fresh f;
    REQUIRE(f.import("small.csv", hubspotExport(1000, 0)).counts.added == 1000);
    const QByteArray big = hubspotExport(5000, 25);
    const ImportResult r = f.import("big.csv", big);
    // 25 of the first 1,000 changed address; 4,000 are new (25 of them with an address that moved).
    CHECK(r.counts == ImportCounts{4000, 25, 975, 0});
    CHECK(scalar(f.ws, "SELECT count(*) FROM contact") == 5000);
    // Every record of the file is a contact with the file's address.
    const QStringList lines = QString::fromUtf8(big).split(u'\n', Qt::SkipEmptyParts).mid(1);
    Statement st(f.ws.db(), "SELECT email FROM contact WHERE source = 'hubspot' AND source_id = ?");
    int matching = 0;
    for (const QString& line : lines) {
        const QStringList cells = line.split(u',');
        st.bind(1, cells[0]);
        if (st.step() && st.text(0) == cells[3])
            ++matching;
        st.reset();
    }
    CHECK(matching == 5000);
    CHECK(f.import("big.csv", big).counts == ImportCounts{0, 0, 5000, 0});
}
