#include "report/packwriter.h"

#include "report/packhtml.h"
#include "report/packsections.h"
#include "report/packstyle.h"
#include "report/packtext.h"
#include "report/packtr.h"
#include "store/factstore.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace revalign::ui::report {

namespace {
QString cannotWrite(const QString& path, const QString& why) {
    return Pack::tr("%1: cannot write: %2").arg(path, why);
}

QString writePdf(const PackLayout& layout, const PackDocument& doc, const QString& path,
                 const std::function<void(int)>& pageDone) {
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return cannotWrite(path, out.errorString());
    {
        QPdfWriter pdf(&out);
        pdf.setTitle(doc.title + QStringLiteral(" — ") + doc.period);
        pdf.setCreator(QStringLiteral("RevAlign " REVALIGN_VERSION));
        pdf.setResolution(kUnitsPerInch);
        const QSizeF points(layout.geometry().page.width() / kUnitsPerPoint,
                            layout.geometry().page.height() / kUnitsPerPoint);
        pdf.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                      QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            out.cancelWriting();
            return Pack::tr("%1: the PDF could not be started").arg(path);
        }
        for (int i = 0; i < layout.pageCount(); ++i) {
            if (i > 0)
                pdf.newPage();
            layout.paintPage(painter, i);
            pageDone(i);
        }
        if (!painter.end()) {
            out.cancelWriting();
            return Pack::tr("%1: the PDF could not be drawn").arg(path);
        }
    }
    if (!out.commit())
        return Pack::tr("%1: cannot write (is the disk full?): %2").arg(path, out.errorString());
    return {};
}

QString writePng(const PackLayout& layout, const QString& path, int dpi, QStringList& files,
                 const std::function<void(int)>& pageDone) {
    const double scale = double(dpi) / kUnitsPerInch;
    const QSize pixels(qRound(layout.geometry().page.width() * scale),
                       qRound(layout.geometry().page.height() * scale));
    for (int i = 0; i < layout.pageCount(); ++i) {
        QImage image(pixels, QImage::Format_RGB32);
        // Painted at the layout's resolution (fonts measure the same as in the PDF), scaled to the pixels.
        const int layoutDpm = qRound(kUnitsPerInch / 0.0254);
        image.setDotsPerMeterX(layoutDpm);
        image.setDotsPerMeterY(layoutDpm);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.scale(scale, scale);
            layout.paintPage(painter, i);
        }
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        const QString file = pngPagePath(path, i + 1, layout.pageCount());
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit())
            return cannotWrite(file, out.errorString());
        files << file;
        pageDone(i);
    }
    return {};
}

QString writeHtml(const PackDocument& doc, double width, const QString& path) {
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return cannotWrite(path, out.errorString());
    const QByteArray html = packHtml(doc, width);
    if (out.write(html) != html.size() || !out.commit())
        return Pack::tr("%1: cannot write (is the disk full?): %2").arg(path, out.errorString());
    return {};
}
} // namespace

PaperSize paperForLocale(const QLocale& locale) {
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Guatemala:
    case QLocale::CostaRica:
    case QLocale::PuertoRico:
    case QLocale::Panama:
        return PaperSize::Letter;
    default:
        return PaperSize::A4;
    }
}

std::optional<PaperSize> paperFromName(const QString& name) {
    if (name.compare(u"a4", Qt::CaseInsensitive) == 0)
        return PaperSize::A4;
    if (name.compare(u"letter", Qt::CaseInsensitive) == 0)
        return PaperSize::Letter;
    return std::nullopt;
}

std::optional<PackFormat> packFormatFromName(const QString& name) {
    if (name == u"pdf")
        return PackFormat::Pdf;
    if (name == u"png")
        return PackFormat::Png;
    if (name == u"html")
        return PackFormat::Html;
    return std::nullopt;
}

PackFormat packFormatForFile(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return PackFormat::Png;
    if (suffix == u"html" || suffix == u"htm")
        return PackFormat::Html;
    return PackFormat::Pdf;
}

QString pngPagePath(const QString& output, int page, int pages) {
    const QFileInfo info(output);
    const QString base = info.suffix().compare(u"png", Qt::CaseInsensitive) == 0
                             ? info.path() + u'/' + info.completeBaseName()
                             : output;
    return QStringLiteral("%1-%2.png").arg(base).arg(page, pages >= 10 ? 2 : 1, 10, QLatin1Char('0'));
}

PackResult writeMeetingPack(const PackRequest& request, FactSnapshot facts,
                            const std::function<void(int)>& progress) {
    const auto report = [&progress](int percent) {
        if (progress)
            progress(percent);
    };
    PackResult result;
    try {
        report(0);
        Workspace workspace = Workspace::open(request.workspacePath);
        if (!facts)
            facts = FactStore(workspace).load();
        report(35);
        const PackInputs inputs =
            buildPackInputs(*facts, workspace, request.query, [&](int p) { report(35 + p * 35 / 100); });
        result.period = periodTitle(inputs.cover.period);
        const PackDocument doc = composePack(inputs);
        const PageGeometry geometry =
            PageGeometry::of(request.paper.value_or(paperForLocale(QLocale::system())));
        if (request.format == PackFormat::Html) {
            result.error = writeHtml(doc, geometry.body().width(), request.output);
            if (result.error.isEmpty()) {
                result.files << request.output;
                result.pages = 1;
            }
            report(100);
            return result;
        }
        const PackLayout layout(doc, geometry);
        report(80);
        const auto pageDone = [&](int page) { report(80 + (page + 1) * 20 / layout.pageCount()); };
        if (request.format == PackFormat::Pdf) {
            result.error = writePdf(layout, doc, request.output, pageDone);
            if (result.error.isEmpty())
                result.files << request.output;
        } else {
            result.error = writePng(layout, request.output, request.pngDpi, result.files, pageDone);
            if (!result.error.isEmpty()) {
                for (const QString& f : result.files) // all pages or none
                    QFile::remove(f);
                result.files.clear();
            }
        }
        if (result.error.isEmpty())
            result.pages = layout.pageCount();
    } catch (const Error& e) {
        result.error = e.message();
    } catch (const std::exception& e) {
        result.error = Pack::tr("%1: the meeting pack failed: %2")
                           .arg(request.workspacePath, QString::fromLocal8Bit(e.what()));
    }
    return result;
}

} // namespace revalign::ui::report
