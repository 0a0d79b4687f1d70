#include "guioptions.h"

#include <QCoreApplication>
#include <QSize>

#include <cstring>

namespace revalign::ui {

QString guiUsage() {
    return QStringLiteral(
        "Usage: revalign [WORKSPACE]\n"
        "       revalign --screenshot FILE.png [--page NAME] [--lang th|en] [--size WxH] "
        "[--from DATE --to DATE] [WORKSPACE]\n"
        "       revalign --meeting-pack FILE [--format pdf|png|html] [--page-size a4|letter] [--lang th|en] "
        "[--from DATE --to DATE] WORKSPACE\n");
}

std::optional<GuiOptions> parseGuiOptions(const QStringList& args, QString* error) {
    GuiOptions o;
    const auto fail = [&](const QString& message) {
        *error = message;
        return std::nullopt;
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size())
                return std::nullopt;
            return args[++i];
        };
        if (a == u"--help" || a == u"-h") {
            o.showHelp = true;
        } else if (a == u"--version") {
            o.showVersion = true;
        } else if (a == u"--screenshot" || a == u"--page" || a == u"--lang" || a == u"--size" ||
                   a == u"--meeting-pack" || a == u"--from" || a == u"--to" || a == u"--format" ||
                   a == u"--page-size") {
            const auto v = value();
            if (!v)
                return fail(QStringLiteral("%1 needs a value").arg(a));
            if (a == u"--screenshot")
                o.screenshot = *v;
            else if (a == u"--meeting-pack")
                o.meetingPack = *v;
            else if (a == u"--format") {
                if (*v != u"pdf" && *v != u"png" && *v != u"html")
                    return fail(QStringLiteral("--format takes pdf, png or html, not '%1'").arg(*v));
                o.packFormat = *v;
            } else if (a == u"--page-size") {
                if (v->compare(u"a4", Qt::CaseInsensitive) != 0 &&
                    v->compare(u"letter", Qt::CaseInsensitive) != 0)
                    return fail(QStringLiteral("--page-size takes a4 or letter, not '%1'").arg(*v));
                o.pageSize = v->toLower();
            } else if (a == u"--from" || a == u"--to") {
                const QDate d = QDate::fromString(*v, Qt::ISODate);
                if (!d.isValid())
                    return fail(QStringLiteral("%1 takes a date YYYY-MM-DD, not '%2'").arg(a, *v));
                (a == u"--from" ? o.from : o.to) = d;
            } else if (a == u"--page")
                o.page = *v;
            else if (a == u"--lang") {
                if (*v != u"th" && *v != u"en")
                    return fail(QStringLiteral("--lang takes th or en, not '%1'").arg(*v));
                o.language = *v;
            } else {
                const QStringList wh = v->split(u'x');
                if (wh.size() != 2 || wh[0].toInt() < 320 || wh[1].toInt() < 240)
                    return fail(QStringLiteral("--size takes WIDTHxHEIGHT, e.g. 1280x800, not '%1'").arg(*v));
                o.size = QSize(wh[0].toInt(), wh[1].toInt());
            }
        } else if (a.startsWith(u'-') && a.size() > 1) {
            // Qt's own options (-platform, -style...) are consumed by QApplication before we see args.
            return fail(QStringLiteral("unknown option '%1'").arg(a));
        } else if (o.workspace.isEmpty()) {
            o.workspace = a;
        } else {
            return fail(QStringLiteral("more than one workspace given ('%1', '%2')").arg(o.workspace, a));
        }
    }
    if (o.from.isValid() != o.to.isValid())
        return fail(QStringLiteral("--from and --to go together"));
    if (o.from.isValid() && o.from > o.to)
        return fail(QStringLiteral("--from is after --to"));
    if (!o.meetingPack.isEmpty() && o.workspace.isEmpty())
        return fail(QStringLiteral("--meeting-pack needs a WORKSPACE"));
    if (o.meetingPack.isEmpty() && (!o.packFormat.isEmpty() || !o.pageSize.isEmpty()))
        return fail(QStringLiteral("--format and --page-size go with --meeting-pack"));
    if (!o.meetingPack.isEmpty() && !o.screenshot.isEmpty())
        return fail(QStringLiteral("--meeting-pack and --screenshot are separate runs"));
    return o;
}

bool wantsOffscreen(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strcmp(argv[i], "--meeting-pack") == 0)
            return true;
    return false;
}

} // namespace revalign::ui
