#include "meetingpack.h"

#include "kpiformat.h"

#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "widgets/filterbar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLayout>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QSaveFile>
#include <QStackedWidget>

namespace revalign::ui {

namespace {
struct PackPage {
    QString key;
    QString title;
    QPixmap picture;
};

} // namespace

void settleForCapture() {
    // Each pass delivers what was posted before it began; laying out posts the next round (a resized
    // chart view re-lays out its scene). Three rounds cover page -> panel -> chart.
    for (int round = 0; round < 3; ++round)
        QCoreApplication::sendPostedEvents();
}

MeetingPack writeMeetingPack(MainWindow& window, const QString& pdfPath) {
    MeetingPack result;
    if (window.workspacePath().isEmpty()) {
        result.error = QCoreApplication::translate("MeetingPack", "%1: no workspace is open").arg(pdfPath);
        return result;
    }
    DashboardPage* dashboard = window.dashboard();
    std::vector<PackPage> pages;
    const auto capture = [&](const QString& key, const QString& title, QWidget* widget) {
        settleForCapture();
        pages.push_back({key, title, widget->grab()});
    };
    // The dashboard scrolls on screen; on paper each half gets a page of its own, laid out at a
    // landscape-friendly size (A4 is 1.41:1) rather than the window's.
    window.showPage(QStringLiteral("dashboard"));
    QWidget* content = dashboard->contentWidget();
    const QSize onScreen = content->size();
    const auto captureSection = [&](DashboardPage::Section section, const QString& key,
                                    const QString& title) {
        dashboard->setSection(section);
        content->layout()->activate();
        const int width = 1800;
        const int height = std::max(content->minimumSizeHint().height(), int(width / 1.55));
        content->resize(width, height);
        content->layout()->activate();
        capture(key, title, content);
    };
    captureSection(DashboardPage::Section::Overview, QStringLiteral("overview"),
                   QCoreApplication::translate("MeetingPack", "Overview: KPIs, funnel and handoff"));
    captureSection(DashboardPage::Section::Charts, QStringLiteral("charts"),
                   QCoreApplication::translate("MeetingPack", "Marketing and sales side by side"));
    dashboard->setSection(DashboardPage::Section::All);
    content->resize(onScreen);
    for (const auto& [key, title] :
         {std::pair{QStringLiteral("funnel"),
                    QCoreApplication::translate("MeetingPack", "Funnel: conversion, time in stage, ageing")},
          std::pair{QStringLiteral("sync"),
                    QCoreApplication::translate("MeetingPack",
                                                "Weekly sync: this week vs last week, notes, actions")}}) {
        window.showPage(key);
        capture(key, title, window.currentPageWidget());
    }
    window.showPage(QStringLiteral("dashboard"));

    const QLocale l;
    const QString header =
        QStringLiteral("%1 — %2").arg(window.workspaceName(), window.filterBar()->describe());
    const QString generated = QCoreApplication::translate("MeetingPack", "Generated %1 by RevAlign")
                                  .arg(formatDateTime(QDateTime::currentDateTime()));

    QSaveFile out(pdfPath);
    if (!out.open(QIODevice::WriteOnly)) {
        result.error = QCoreApplication::translate("MeetingPack", "%1: cannot write: %2")
                           .arg(pdfPath, out.errorString());
        return result;
    }
    {
        QPdfWriter pdf(&out);
        pdf.setTitle(QCoreApplication::translate("MeetingPack", "Meeting pack: %1").arg(header));
        pdf.setCreator(QStringLiteral("RevAlign " REVALIGN_VERSION));
        pdf.setResolution(150);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                      QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        QPainter painter(&pdf);
        QFont headerFont = QCoreApplication::instance() ? painter.font() : QFont();
        for (size_t i = 0; i < pages.size(); ++i) {
            if (i > 0)
                pdf.newPage();
            const QRect area = painter.viewport();
            QFont f = headerFont;
            f.setPointSizeF(11);
            f.setBold(true);
            painter.setFont(f);
            const int line = QFontMetrics(f, &pdf).height();
            painter.drawText(QRect(0, 0, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                             pages[i].title);
            f.setBold(false);
            f.setPointSizeF(9);
            painter.setFont(f);
            const int small = QFontMetrics(f, &pdf).height();
            painter.drawText(QRect(0, line, area.width(), small), Qt::AlignLeft | Qt::AlignVCenter, header);
            const QString footer = QCoreApplication::translate("MeetingPack", "%1 · page %2 of %3")
                                       .arg(generated)
                                       .arg(i + 1)
                                       .arg(pages.size());
            painter.drawText(QRect(0, area.height() - small, area.width(), small),
                             Qt::AlignRight | Qt::AlignVCenter, footer);
            const QRect box(0, line + small + small / 2, area.width(), area.height() - line - 3 * small);
            const QSize fitted = pages[i].picture.size().scaled(box.size(), Qt::KeepAspectRatio);
            painter.drawPixmap(QRect(box.topLeft(), fitted), pages[i].picture);
        }
        if (!painter.end()) {
            out.cancelWriting();
            result.error =
                QCoreApplication::translate("MeetingPack", "%1: the PDF could not be drawn").arg(pdfPath);
            return result;
        }
    }
    if (!out.commit()) {
        result.error = QCoreApplication::translate("MeetingPack", "%1: cannot write (is the disk full?): %2")
                           .arg(pdfPath, out.errorString());
        return result;
    }
    const QFileInfo info(pdfPath);
    const QString base = info.absolutePath() + u'/' + info.completeBaseName();
    for (size_t i = 0; i < pages.size(); ++i) {
        const QString png = QStringLiteral("%1-%2-%3.png").arg(base).arg(i + 1).arg(pages[i].key);
        if (!pages[i].picture.save(png)) {
            result.error = QCoreApplication::translate("MeetingPack", "%1: cannot write the PNG").arg(png);
            return result;
        }
        result.pngs << png;
    }
    result.pages = int(pages.size());
    return result;
}

} // namespace revalign::ui
