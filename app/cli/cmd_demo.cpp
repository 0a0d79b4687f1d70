#include "commands.h"

#include "demo/demogenerator.h"
#include "util/error.h"

#include <QFile>
#include <QFileInfo>

namespace revalign::cli {

namespace {
constexpr int kMaxContacts = 5'000'000;
}

int cmdDemo(const QStringList& args, Io io) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("demo WORKSPACE"), QStringLiteral("the new workspace file"));
    parser.addOption({QStringLiteral("contacts"), QStringLiteral("Number of contacts (default 20000)."),
                      QStringLiteral("N"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("end"), QStringLiteral("Last day of the history (default today)."),
                      QStringLiteral("DATE")});
    if (!parseOrReport(parser, args, io, 1, 1))
        return BadUsage;
    const QString path = parser.positionalArguments().at(1);

    DemoOptions options;
    bool ok = false;
    options.contacts = parser.value(QStringLiteral("contacts")).toInt(&ok);
    if (!ok || options.contacts < 1 || options.contacts > kMaxContacts) {
        io.err << "revalign-cli demo: --contacts must be a whole number from 1 to " << kMaxContacts
               << " (got '" << parser.value(QStringLiteral("contacts")) << "')\n";
        return BadUsage;
    }
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        io.err << "revalign-cli demo: --seed must be a whole number from 0 to 18446744073709551615 (got '"
               << parser.value(QStringLiteral("seed")) << "')\n";
        return BadUsage;
    }
    // The default end date is today (UTC), so two runs on different days differ; pass --end to pin it.
    options.endDate = parser.isSet(QStringLiteral("end"))
                          ? QDate::fromString(parser.value(QStringLiteral("end")), Qt::ISODate)
                          : QDateTime::currentDateTimeUtc().date();
    if (!options.endDate.isValid() || options.endDate.year() < 1971 || options.endDate.year() > 9998) {
        io.err << "revalign-cli demo: --end must be a date YYYY-MM-DD (got '"
               << parser.value(QStringLiteral("end")) << "')\n";
        return BadUsage;
    }
    if (QFileInfo::exists(path)) {
        io.err << path << ": already exists; choose another name (demo never overwrites a file)\n";
        return Failed;
    }
    DemoSummary s;
    try {
        s = generateDemoWorkspace(path, options);
    } catch (const Error&) {
        // The generator removes its half-written file itself; make sure nothing is left in any case.
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        throw;
    }
    io.out << "Created " << path << ": " << s.contacts << " contacts, " << s.accounts << " accounts, "
           << s.campaigns << " campaigns, " << s.touchpoints << " touchpoints, " << s.opportunities
           << " opportunities (" << s.won << " won), " << s.firstDay.toString(Qt::ISODate) << " to "
           << s.lastDay.toString(Qt::ISODate) << ", seed " << options.seed << '\n';
    return Success;
}

} // namespace revalign::cli
