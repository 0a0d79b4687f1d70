#include "widgets/undefinedstagesbanner.h"

#include "metrics/facttable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace revalign::ui {

UndefinedStagesBanner::UndefinedStagesBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_define(new QPushButton(tr("Define deal stages…"), this)) {
    setObjectName(QStringLiteral("undefinedStagesBanner"));
    setAccessibleName(tr("Deal stages not yet defined"));
    // A warning strip: amber, readable in both light and dark palettes.
    setStyleSheet(
        QStringLiteral("#undefinedStagesBanner { background: #fff4ce; border-bottom: 1px solid #e0c060; }"
                       "#undefinedStagesBanner QLabel { color: #5a4500; }"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_define);
    connect(m_define, &QPushButton::clicked, this, &UndefinedStagesBanner::defineRequested);
    hide();
}

std::vector<std::pair<QString, qint64>> UndefinedStagesBanner::undefinedStages(const FactTable& f) {
    std::vector<qint64> deals(size_t(f.dealStages.size()), 0);
    for (const qint32 code : f.opportunities.dealStage)
        if (code > 0 && size_t(code) < deals.size())
            ++deals[size_t(code)];
    std::vector<std::pair<QString, qint64>> out;
    for (qint32 code = 1; code < f.dealStages.size(); ++code)
        if (size_t(code) >= f.dealStageDefined.size() || f.dealStageDefined[size_t(code)] == 0)
            out.emplace_back(f.dealStages.name(code), deals[size_t(code)]);
    return out;
}

void UndefinedStagesBanner::setStages(std::vector<std::pair<QString, qint64>> stages) {
    if (stages.empty()) {
        m_text->clear();
        hide();
        return;
    }
    const QLocale locale;
    QStringList parts;
    for (const auto& [name, deals] : stages)
        parts << tr("“%1” (%n deal(s))", nullptr, int(deals)).arg(name);
    m_text->setText(
        tr("%n deal stage(s) not yet defined: %1. Until someone defines them, their deals count as "
           "open at 0 % in the Pipeline forecast category.",
           nullptr, int(stages.size()))
            .arg(locale.createSeparatedList(parts)));
    show();
}

QString UndefinedStagesBanner::text() const {
    return isVisible() || !m_text->text().isEmpty() ? m_text->text() : QString();
}

} // namespace revalign::ui
