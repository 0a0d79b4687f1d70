#include "pages/scoringpage.h"

#include "kpiformat.h"

#include "dialogs/scoringmodeldialog.h"
#include "models/scorebandmodel.h"
#include "models/scorelinemodel.h"
#include "services/definitionservice.h"
#include "store/journeystore.h"
#include "store/scoringstore.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace revalign::ui {

namespace {
QTableView* makeTable(QAbstractItemModel* model, const QString& name, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return view;
}

QString percent(const std::optional<double>& v) {
    return v ? QLocale().toString(*v * 100.0, 'f', 1) + u'%' : QObject::tr("n/a");
}
} // namespace

ScoringPage::ScoringPage(QWidget* parent)
    : QWidget(parent)
    , m_service(new DefinitionService(this))
    , m_summary(new QLabel(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_thresholdBox(new QSpinBox(this))
    , m_whatIf(new QLabel(this))
    , m_bands(new ScoreBandModel(this))
    , m_bandView(makeTable(m_bands, tr("Score bands"), this))
    , m_contact(new QLineEdit(this))
    , m_contactSummary(new QLabel(this))
    , m_lines(new ScoreLineModel(this))
    , m_lineView(makeTable(m_lines, tr("Points per rule"), this)) {
    m_lineView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lineView->horizontalHeader()->setSectionResizeMode(ScoreLineModel::Rule, QHeaderView::Stretch);
    auto* title = new QLabel(tr("Lead scoring"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    title->setFont(f);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_whatIf->setWordWrap(true);
    m_slider->setAccessibleName(tr("MQL threshold"));
    m_thresholdBox->setAccessibleName(tr("MQL threshold"));
    m_slider->setRange(0, 100);
    m_thresholdBox->setRange(-1000, 1000);
    m_contact->setPlaceholderText(tr("Contact id"));
    m_contact->setAccessibleName(tr("Contact id"));
    m_contactSummary->setWordWrap(true);
    auto* explain = new QPushButton(tr("Explain score"), this);
    auto* edit = new QPushButton(tr("Edit scoring model…"), this);
    edit->setToolTip(tr("Rules, caps, half-life and the threshold; saved in the workspace with a change-log "
                        "entry"));

    auto* threshold = new QHBoxLayout;
    threshold->addWidget(new QLabel(tr("MQL threshold"), this));
    threshold->addWidget(m_slider, 1);
    threshold->addWidget(m_thresholdBox);
    threshold->addSpacing(16);
    threshold->addWidget(edit);

    auto* lookup = new QHBoxLayout;
    lookup->addWidget(m_contact);
    lookup->addWidget(explain);

    auto* grid = new QGridLayout;
    grid->addWidget(
        new QLabel(tr("<b>Score bands vs outcomes</b> (as scored when each contact qualified)"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Why a contact scores what it does</b>"), this), 0, 1);
    grid->addWidget(m_bandView, 1, 0, 3, 1);
    grid->addLayout(lookup, 1, 1);
    grid->addWidget(m_contactSummary, 2, 1);
    grid->addWidget(m_lineView, 3, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(3, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addLayout(threshold);
    layout->addWidget(m_whatIf);
    layout->addSpacing(8);
    layout->addLayout(grid, 1);

    connect(m_slider, &QSlider::valueChanged, m_thresholdBox, &QSpinBox::setValue);
    connect(m_thresholdBox, &QSpinBox::valueChanged, this, [this](int v) {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(v);
        updateWhatIf();
    });
    const auto lookupContact = [this] {
        bool ok = false;
        const qint64 id = m_contact->text().trimmed().toLongLong(&ok);
        if (!ok || !explainContact(id)) {
            m_lines->setLines({});
            m_contactSummary->setText(tr("No contact with id '%1'.").arg(m_contact->text().trimmed()));
        }
    };
    connect(explain, &QPushButton::clicked, this, lookupContact);
    connect(edit, &QPushButton::clicked, this, &ScoringPage::editModel);
    connect(m_service, &DefinitionService::writeFinished, this, [this](bool ok, const QString& message) {
        if (ok)
            start(); // every score changes with the model
        else
            m_summary->setText(message.toHtmlEscaped());
    });
    connect(m_contact, &QLineEdit::returnPressed, this, lookupContact);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ScoringPage::onFinished);
    m_summary->setText(tr("No workspace open."));
}

ScoringPage::~ScoringPage() {
    m_watcher.waitForFinished();
}

void ScoringPage::setWorkspace(const QString& path) {
    m_watcher.waitForFinished(); // a new workspace replaces whatever was loading
    m_service->setWorkspace(path);
    m_applied = true;
    m_path = path;
    m_journeys.reset();
    m_scores.clear();
    m_bands->setBands({});
    m_lines->setLines({});
    m_whatIf->clear();
    m_contactSummary->clear();
    m_stale = false;
    if (path.isEmpty()) {
        m_summary->setText(tr("No workspace open."));
        return;
    }
    m_stale = true;
    if (isVisible())
        start();
}

void ScoringPage::start() {
    m_stale = false;
    m_summary->setText(tr("Scoring every contact…"));
    m_applied = false;
    m_watcher.setFuture(QtConcurrent::run([path = m_path] {
        Outcome o;
        try {
            Workspace ws = Workspace::open(path);
            o.model = ScoringStore(ws.db()).load();
            o.journeys = JourneyStore(ws).load();
            o.scores = scoreContacts(*o.journeys, o.model);
            o.evaluation = evaluateScoring(*o.journeys, o.scores, o.model.threshold);
        } catch (const Error& e) {
            o.error = e.message();
        }
        return o;
    }));
}

void ScoringPage::onFinished() {
    if (m_applied)
        return;
    m_applied = true;
    Outcome o = m_watcher.result();
    if (!o.error.isEmpty()) {
        m_summary->setText(o.error.toHtmlEscaped());
        return;
    }
    m_journeys = o.journeys;
    m_model = std::move(o.model);
    m_scores = std::move(o.scores);
    const ScoringEvaluation& e = o.evaluation;
    m_bands->setBands(e.bands);
    const int lo = e.bands.empty() ? 0 : std::min(e.bands.front().from, m_model.threshold);
    const int hi = e.bands.empty() ? 100 : std::max(e.bands.back().to, m_model.threshold);
    m_slider->setRange(lo, hi);
    m_thresholdBox->setRange(lo, hi);
    m_summary->setText(
        tr("<b>AUC %1</b> — the chance a won contact outscores a lost one (%2 won, %3 lost; 0.5 = no better "
           "than chance).<br>Stored threshold <b>%4</b>; suggested threshold <b>%5</b>: the best match to "
           "sales' accept/reject decisions (Youden's J %6).")
            .arg(e.auc ? QLocale().toString(*e.auc, 'f', 3) : tr("n/a"), QLocale().toString(e.wonContacts),
                 QLocale().toString(e.lostContacts), QString::number(m_model.threshold),
                 e.suggestedThreshold ? QString::number(*e.suggestedThreshold) : tr("n/a"),
                 e.suggestedYoudenJ ? QLocale().toString(*e.suggestedYoudenJ, 'f', 2) : tr("n/a")));
    // Start the lookup with an example: the highest-scoring contact.
    const auto top = std::max_element(m_scores.begin(), m_scores.end());
    if (top != m_scores.end()) {
        const qint64 id = m_journeys->contactId[size_t(top - m_scores.begin())];
        m_contact->setText(QString::number(id));
        explainContact(id);
    }
    setThreshold(m_model.threshold);
    updateWhatIf();
    Q_EMIT resultsReady();
}

void ScoringPage::waitForResults() {
    if (m_stale)
        start();
    m_watcher.waitForFinished();
    onFinished();
    // Wrapped labels changed height: lay out now, not on the next event loop turn (a grab may come first).
    layout()->activate();
}

void ScoringPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        start();
    // Offscreen renders grab right after showing the page: wait for the numbers (see AttributionPage).
    if (QGuiApplication::platformName() == u"offscreen")
        waitForResults();
}

void ScoringPage::setThreshold(int threshold) {
    m_thresholdBox->setValue(threshold);
    updateWhatIf();
}

int ScoringPage::threshold() const {
    return m_thresholdBox->value();
}

void ScoringPage::updateWhatIf() {
    if (!m_journeys) {
        m_whatIf->clear();
        return;
    }
    const ScoringWhatIf w = whatIf(*m_journeys, m_scores, threshold());
    m_bands->setThreshold(w.threshold);
    m_whatIf->setText(tr("With threshold %1 we would have had %2 MQLs, sales would have accepted about %3 "
                         "(of %4 decided) and we would have missed %5 of %6 eventual customers.")
                          .arg(w.threshold)
                          .arg(QLocale().toString(w.mqls), percent(w.acceptedRate),
                               QLocale().toString(w.decided), QLocale().toString(w.missedCustomers),
                               QLocale().toString(w.customers)));
}

bool ScoringPage::explainContact(qint64 contactId) {
    if (!m_journeys)
        return false;
    const qint32 row = m_journeys->contactRow(contactId);
    if (row < 0)
        return false;
    const qint64 at = judgedAt(*m_journeys, row);
    const ScoreBreakdown b = ContactScorer(m_model, *m_journeys).explain(row, at);
    m_lines->setLines(b.lines);
    m_contactSummary->setText(tr("Contact %1 scores %2 (fit %3 + engagement %4) as of %5.")
                                  .arg(contactId)
                                  .arg(b.score)
                                  .arg(QLocale().toString(b.fitPoints, 'f', 2),
                                       QLocale().toString(b.engagementPoints, 'f', 2),
                                       formatDateTime(QDateTime::fromSecsSinceEpoch(at))));
    return true;
}

QString ScoringPage::whatIfText() const {
    return m_whatIf->text();
}

QString ScoringPage::summaryText() const {
    return m_summary->text();
}

int ScoringPage::editModel() {
    if (m_path.isEmpty() || !m_journeys)
        return QDialog::Rejected;
    ScoringModel current = m_model;
    current.threshold = threshold(); // the threshold being looked at is the one to agree on
    QStringList personas = m_journeys->personas.names().mid(1);
    personas.sort(Qt::CaseInsensitive);
    ScoringModelDialog dialog(current, personas, this);
    const int result = dialog.exec();
    if (result == QDialog::Accepted)
        saveModel(dialog.model(), dialog.note());
    return result;
}

void ScoringPage::saveModel(const ScoringModel& model, const QString& note) {
    if (!m_service->saveScoringModel(model, note))
        m_summary->setText(tr("Another change is still being saved; try again in a moment."));
}

} // namespace revalign::ui
