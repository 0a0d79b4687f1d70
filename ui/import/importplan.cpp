#include "import/importplan.h"

#include "store/dealhistorywriter.h"
#include "store/workspace.h"
#include "workflow/importservice.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>

namespace revalign::ui {

namespace {} // namespace

std::unique_ptr<ImportSession> makeSession(const ImportFileChoice& file, const ProfileCatalog& catalog,
                                           bool skipInvalid, ProgressCallback progress, QDateTime asOf) {
    ImportOptions options;
    options.asOf = std::move(asOf);
    // An edited profile starts from the profile it was edited from, so the reader gets the same
    // encoding and delimiter hints; the edit then replaces the mapping.
    options.profile = file.editedProfile && catalog.find(file.editedProfile->name) ? file.editedProfile->name
                                                                                   : file.profileName;
    options.read.encoding = file.encoding;
    options.read.delimiter = file.delimiter;
    options.read.progress = std::move(progress);
    options.sheet = file.sheet;
    options.dateOrder = file.dateOrder;
    options.decimal = file.decimal;
    options.skipInvalid = skipInvalid;
    options.requireSignature = false; // the user chose the profile seeing its mapping (and can edit it)
    if (file.editedProfile && !catalog.find(file.editedProfile->name)) {
        // A profile imported from a JSON file: not in the catalog, so let the catalog resolve nothing.
        ProfileCatalog withEdited = catalog;
        withEdited.add(*file.editedProfile);
        options.profile = file.editedProfile->name;
        auto session = std::make_unique<ImportSession>(file.path, withEdited, options);
        return session;
    }
    auto session = std::make_unique<ImportSession>(file.path, catalog, options);
    if (file.editedProfile)
        session->setProfile(*file.editedProfile);
    return session;
}

PreviewOutcome readPreview(const ImportFileChoice& file, const ProfileCatalog& catalog, int rows) {
    PreviewOutcome out;
    try {
        auto session = makeSession(file, catalog, false, nullptr);
        out.preview = session->preview(rows);
        out.profile = session->profile();
    } catch (const Error& e) {
        out.error = e.message();
        // Still show how the file reads, so the user can see which override fixes it.
        try {
            const auto reader = openRecordSource(
                file.path, CsvReadOptions{file.encoding, file.delimiter, nullptr}, file.sheet);
            out.preview.format = reader->format();
            if (const WorkbookFormat* book = reader->workbook())
                out.preview.workbook = *book;
            CsvRecord record;
            for (int i = 0; i <= rows && reader->next(record); ++i) {
                QStringList fields;
                for (size_t f = 0; f < record.size(); ++f)
                    fields << record.text(f);
                if (i == 0)
                    out.preview.header = fields;
                else
                    out.preview.rows.push_back(fields);
            }
        } catch (const Error&) {
        }
    }
    out.loaded = true;
    return out;
}

RunOutcome runImport(const QString& workspacePath, const std::vector<ImportFileChoice>& files, bool dryRun,
                     bool skipInvalid, std::stop_token stop,
                     const std::function<void(int perMille)>& progress,
                     const std::function<void(const QString& message)>& waiting) {
    RunOutcome out;
    try {
        Workspace ws = Workspace::open(workspacePath);
        const ProfileCatalog catalog = profileCatalog(ws);
        qint64 total = 0;
        for (const ImportFileChoice& f : files)
            total += std::max<qint64>(1, f.size);
        std::vector<std::unique_ptr<ImportSession>> owned;
        std::vector<ImportSession*> sessions;
        qint64 before = 0;
        for (const ImportFileChoice& f : files) {
            const qint64 weight = std::max<qint64>(1, f.size);
            // Each session reports 0..total over its two passes; scale into its share of the job.
            const QDateTime asOf = f.asOf.isValid() ? snapshotMoment(ws.settings().calendar.timeZone, f.asOf,
                                                                     QDateTime::currentDateTimeUtc())
                                                    : QDateTime();
            owned.push_back(makeSession(
                f, catalog, skipInvalid,
                [&, before, weight](qint64 done, qint64 all) {
                    if (progress && all > 0)
                        progress(static_cast<int>(
                            1000.0 *
                            (static_cast<double>(before) + static_cast<double>(weight) * done / all) /
                            static_cast<double>(total)));
                    return !stop.stop_requested();
                },
                asOf));
            sessions.push_back(owned.back().get());
            before += weight;
        }
        // A team workspace's import waits while someone else's runs; Cancel ends the wait too.
        out.results = importSessions(ws, sessions, dryRun, ImportWait{waiting, stop});
    } catch (const ImportWaitCancelled&) {
        out.cancelled = true;
        out.results.clear();
    } catch (const ImportCancelled&) {
        out.cancelled = true;
        out.results.clear();
    } catch (const Error& e) {
        out.error = e.message();
    }
    return out;
}

QStringList readRecordAt(const ImportFileChoice& file, qint64 line) {
    try {
        CsvReadOptions options;
        options.encoding = file.encoding;
        options.delimiter = file.delimiter;
        if (file.editedProfile) {
            if (options.encoding.isEmpty())
                options.encoding = file.editedProfile->encoding;
            if (!options.delimiter)
                options.delimiter = file.editedProfile->delimiter;
        }
        const auto reader = openRecordSource(file.path, options, file.sheet);
        CsvRecord record;
        while (reader->next(record)) {
            if (record.line == line) {
                QStringList fields;
                for (size_t i = 0; i < record.size(); ++i)
                    fields << record.text(i);
                return fields;
            }
            if (record.line > line)
                break;
        }
    } catch (const Error&) {
    }
    return {};
}

ProfileCatalog loadCatalog(const QString& workspacePath) {
    try {
        Workspace ws = Workspace::open(workspacePath);
        return profileCatalog(ws);
    } catch (const Error&) {
        return ProfileCatalog::builtIn();
    }
}

QString profileLabel(const ImportProfile& profile) {
    const QString title = profile.title.isEmpty() ? profile.name : profile.title;
    return QCoreApplication::translate("ImportWizard", "%1 (%2 · %3)")
        .arg(title, profile.source, toKey(profile.entity));
}

QString formatSize(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

Field fieldForColumn(const ImportProfile& profile, const QString& column) {
    for (const auto& [name, field] : profile.columns)
        if (name.compare(column, Qt::CaseInsensitive) == 0)
            return field;
    return Field::Ignore;
}

void setColumnField(ImportProfile& profile, const QString& column, Field field) {
    auto& columns = profile.columns;
    const auto same = [&](const std::pair<QString, Field>& c) {
        return c.first.compare(column, Qt::CaseInsensitive) == 0;
    };
    const auto at = std::find_if(columns.begin(), columns.end(), same);
    if (at != columns.end() && field != Field::Ignore) {
        at->second = field; // keep its priority among columns feeding the same field
        columns.erase(std::remove_if(std::next(at), columns.end(), same), columns.end());
        return;
    }
    columns.erase(std::remove_if(columns.begin(), columns.end(), same), columns.end());
    if (field != Field::Ignore)
        columns.emplace_back(column, field);
}

std::vector<Field> fieldsFor(const ImportProfile& profile) {
    std::vector<Field> fields = entityFields(profile.entity);
    for (const auto& [column, field] : profile.columns)
        if (field != Field::Ignore && std::find(fields.begin(), fields.end(), field) == fields.end())
            fields.push_back(field);
    std::sort(fields.begin(), fields.end());
    return fields;
}

QStringList missingRequired(const ImportProfile& profile, const QStringList& header) {
    QStringList missing;
    for (const std::vector<Field>& group : requiredFieldGroups(profile.entity)) {
        bool found = false;
        QStringList names;
        for (const Field f : group) {
            names << fieldKey(f);
            found = found || profile.defaults.contains(f);
            for (const QString& column : header)
                found = found || fieldForColumn(profile, column) == f;
        }
        if (!found)
            missing << names.join(QCoreApplication::translate("ImportWizard", " or "));
    }
    return missing;
}

} // namespace revalign::ui
