#include "dialogs/scoringmodeldialog.h"

#include "domain/enums.h"
#include "services/definitionservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <array>

namespace revalign::ui {

namespace {
constexpr std::array kFitFields{FitField::Persona, FitField::TitleKeyword, FitField::CompanySize,
                                FitField::Industry, FitField::Country};
constexpr std::array kKinds{TouchpointKind::WebVisit, TouchpointKind::Form,  TouchpointKind::EmailClick,
                            TouchpointKind::Event,    TouchpointKind::Ad,    TouchpointKind::Content,
                            TouchpointKind::Call,     TouchpointKind::Email, TouchpointKind::Meeting,
                            TouchpointKind::Demo,     TouchpointKind::Other};

QString fitFieldName(FitField f) {
    switch (f) {
    case FitField::Persona:
        return ScoringModelDialog::tr("Persona");
    case FitField::TitleKeyword:
        return ScoringModelDialog::tr("Title keyword");
    case FitField::CompanySize:
        return ScoringModelDialog::tr("Company size");
    case FitField::Industry:
        return ScoringModelDialog::tr("Industry");
    case FitField::Country:
        return ScoringModelDialog::tr("Country");
    }
    return {};
}

QString kindName(TouchpointKind k) {
    switch (k) {
    case TouchpointKind::WebVisit:
        return ScoringModelDialog::tr("Web visit");
    case TouchpointKind::Form:
        return ScoringModelDialog::tr("Form");
    case TouchpointKind::EmailClick:
        return ScoringModelDialog::tr("Email click");
    case TouchpointKind::Event:
        return ScoringModelDialog::tr("Event");
    case TouchpointKind::Ad:
        return ScoringModelDialog::tr("Ad");
    case TouchpointKind::Content:
        return ScoringModelDialog::tr("Content");
    case TouchpointKind::Call:
        return ScoringModelDialog::tr("Call");
    case TouchpointKind::Email:
        return ScoringModelDialog::tr("Sales email");
    case TouchpointKind::Meeting:
        return ScoringModelDialog::tr("Meeting");
    case TouchpointKind::Demo:
        return ScoringModelDialog::tr("Demo");
    case TouchpointKind::Other:
        return ScoringModelDialog::tr("Other");
    }
    return {};
}

QTableWidget* makeTable(const QStringList& headers, int stretchColumn, QWidget* parent) {
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return t;
}

QTableWidgetItem* textItem(const QString& text) {
    return new QTableWidgetItem(text);
}

// A number the default delegate edits with a spin box.
QTableWidgetItem* numberItem(double value) {
    auto* item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// An optional whole number: empty means none.
QTableWidgetItem* optionalItem(std::optional<qint64> value) {
    auto* item = new QTableWidgetItem(value ? QString::number(*value) : QString());
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString cellText(const QTableWidget* t, int row, int column) {
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

double cellNumber(const QTableWidget* t, int row, int column) {
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->data(Qt::EditRole).toDouble() : 0.0;
}

// Empty: none. Text that is not a whole number stays visible as a problem: -1 fails the model's checks.
std::optional<qint64> cellOptional(const QTableWidget* t, int row, int column) {
    const QString text = cellText(t, row, column);
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 v = QLocale().toLongLong(text, &ok);
    if (ok)
        return v;
    const qint64 c = text.toLongLong(&ok);
    return ok ? c : -1;
}

QStringList splitValues(const QString& text) {
    QStringList out;
    for (const QString& v : text.split(u','))
        if (!v.trimmed().isEmpty())
            out << v.trimmed();
    return out;
}

QVariant comboData(const QTableWidget* t, int row, int column) {
    const auto* box = qobject_cast<const QComboBox*>(t->cellWidget(row, column));
    return box ? box->currentData() : QVariant();
}

void moveRow(QTableWidget* t, int from, int to) {
    if (from < 0 || to < 0 || from >= t->rowCount() || to >= t->rowCount())
        return;
    // Swap cell by cell: items are taken and re-set, cell widgets (combo boxes) swap their selection.
    for (int c = 0; c < t->columnCount(); ++c) {
        auto* a = qobject_cast<QComboBox*>(t->cellWidget(from, c));
        auto* b = qobject_cast<QComboBox*>(t->cellWidget(to, c));
        if (a && b) {
            const int ia = a->currentIndex();
            a->setCurrentIndex(b->currentIndex());
            b->setCurrentIndex(ia);
            continue;
        }
        QTableWidgetItem* x = t->takeItem(from, c);
        QTableWidgetItem* y = t->takeItem(to, c);
        t->setItem(from, c, y);
        t->setItem(to, c, x);
    }
    t->selectRow(to);
}

QHBoxLayout* rowButtons(QTableWidget* table, QWidget* parent, const std::function<void()>& add,
                        bool movable) {
    auto* buttons = new QHBoxLayout;
    auto* addButton = new QPushButton(ScoringModelDialog::tr("Add rule"), parent);
    auto* removeButton = new QPushButton(ScoringModelDialog::tr("Remove"), parent);
    QObject::connect(addButton, &QPushButton::clicked, parent, [table, add] {
        add();
        table->selectRow(table->rowCount() - 1);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    QObject::connect(removeButton, &QPushButton::clicked, parent, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    if (movable) {
        auto* up = new QPushButton(ScoringModelDialog::tr("Move up"), parent);
        auto* down = new QPushButton(ScoringModelDialog::tr("Move down"), parent);
        QObject::connect(up, &QPushButton::clicked, parent,
                         [table] { moveRow(table, table->currentRow(), table->currentRow() - 1); });
        QObject::connect(down, &QPushButton::clicked, parent,
                         [table] { moveRow(table, table->currentRow(), table->currentRow() + 1); });
        buttons->addWidget(up);
        buttons->addWidget(down);
    }
    buttons->addStretch(1);
    return buttons;
}
} // namespace

ScoringModelDialog::ScoringModelDialog(const ScoringModel& model, const QStringList& personas,
                                       QWidget* parent)
    : QDialog(parent)
    , m_personas(personas)
    , m_threshold(new QSpinBox(this))
    , m_halfLife(new QDoubleSpinBox(this))
    , m_fit(makeTable({tr("Label"), tr("Field"), tr("Matches (comma-separated)"), tr("Min employees"),
                       tr("Max employees"), tr("Points")},
                      FitValues, this))
    , m_engagement(makeTable(
          {tr("Label"), tr("Activity"), tr("Channel (empty: any)"), tr("Cap group"), tr("Points per touch")},
          EngLabel, this))
    , m_caps(makeTable({tr("Cap group"), tr("Most points from the group")}, CapGroup, this))
    , m_note(new QLineEdit(this))
    , m_problems(new QLabel(this)) {
    setWindowTitle(tr("Scoring model"));
    m_threshold->setRange(-1000, 1000);
    m_threshold->setAccessibleName(tr("MQL threshold"));
    m_halfLife->setRange(0.5, 3650);
    m_halfLife->setDecimals(1);
    m_halfLife->setSuffix(tr(" days"));
    m_halfLife->setAccessibleName(tr("Engagement half-life"));
    m_fit->setAccessibleName(tr("Fit rules"));
    m_engagement->setAccessibleName(tr("Engagement rules"));
    m_caps->setAccessibleName(tr("Caps per group"));
    m_fit->setToolTip(personas.isEmpty() ? tr("Persona rules with no value match any persona.")
                                         : tr("Persona rules with no value match any persona. Personas: %1")
                                               .arg(personas.join(QStringLiteral(", "))));
    m_note->setPlaceholderText(tr("Why (e.g. agreed in the weekly sync)"));
    m_note->setAccessibleName(tr("Note for the change log"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problems->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("MQL threshold"), m_threshold);
    form->addRow(tr("Engagement half-life"), m_halfLife);

    const auto page = [this](QTableWidget* table, const QString& intro, QHBoxLayout* buttons) {
        auto* w = new QWidget(this);
        auto* l = new QVBoxLayout(w);
        auto* label = new QLabel(intro, w);
        label->setWordWrap(true);
        l->addWidget(label);
        l->addWidget(table, 1);
        l->addLayout(buttons);
        return w;
    };
    auto* tabs = new QTabWidget(this);
    tabs->addTab(
        page(m_fit,
             tr("Who the contact is. Every matching rule adds its points. Title keywords match whole "
                "words in any letter case; company size counts employees, both ends included."),
             rowButtons(
                 m_fit, this, [this] { addFitRow({}); }, false)),
        tr("Fit"));
    tabs->addTab(page(m_engagement,
                      tr("What the contact did. A touch earns the points of the first rule that matches it, "
                         "so put specific rules above general ones. Points halve every half-life."),
                      rowButtons(
                          m_engagement, this, [this] { addEngagementRow({}); }, true)),
                 tr("Engagement"));
    tabs->addTab(page(m_caps, tr("The most points the rules of one group can give a contact together."),
                      rowButtons(
                          m_caps, this, [this] { addCapRow({}); }, false)),
                 tr("Caps"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* restore = buttons->addButton(tr("Restore the built-in model"), QDialogButtonBox::ResetRole);
    connect(restore, &QPushButton::clicked, this, [this] { setModel(defaultScoringModel()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ScoringModelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScoringModelDialog::reject);

    auto* who = new QLabel(changedByText(), this);
    who->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(tabs, 1);
    layout->addWidget(new QLabel(tr("Note for the change log"), this));
    layout->addWidget(m_note);
    layout->addWidget(who);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(900, 620);
    setModel(model);
}

void ScoringModelDialog::addFitRow(const FitRule& rule) {
    const int row = m_fit->rowCount();
    m_fit->insertRow(row);
    m_fit->setItem(row, FitLabel, textItem(rule.label));
    auto* field = new QComboBox(m_fit);
    for (const FitField f : kFitFields)
        field->addItem(fitFieldName(f), toKey(f));
    field->setCurrentIndex(field->findData(toKey(rule.field)));
    field->setAccessibleName(tr("Field"));
    m_fit->setCellWidget(row, FitFieldColumn, field);
    m_fit->setItem(row, FitValues, textItem(rule.values.join(QStringLiteral(", "))));
    m_fit->setItem(row, FitMin, optionalItem(rule.minEmployees));
    m_fit->setItem(row, FitMax, optionalItem(rule.maxEmployees));
    m_fit->setItem(row, FitPoints, numberItem(rule.points));
}

void ScoringModelDialog::addEngagementRow(const EngagementRule& rule) {
    const int row = m_engagement->rowCount();
    m_engagement->insertRow(row);
    m_engagement->setItem(row, EngLabel, textItem(rule.label));
    auto* kind = new QComboBox(m_engagement);
    kind->addItem(tr("Any activity"), QString());
    for (const TouchpointKind k : kKinds)
        kind->addItem(kindName(k), toKey(k));
    const int index = kind->findData(rule.kind);
    if (index >= 0) {
        kind->setCurrentIndex(index);
    } else { // a kind this version does not know: kept as is, and named as a problem on save
        kind->addItem(rule.kind, rule.kind);
        kind->setCurrentIndex(kind->count() - 1);
    }
    kind->setAccessibleName(tr("Activity"));
    m_engagement->setCellWidget(row, EngKind, kind);
    m_engagement->setItem(row, EngChannel, textItem(rule.channel));
    m_engagement->setItem(row, EngGroup, textItem(rule.group));
    m_engagement->setItem(row, EngPoints, numberItem(rule.points));
}

void ScoringModelDialog::addCapRow(const EngagementCap& cap) {
    const int row = m_caps->rowCount();
    m_caps->insertRow(row);
    m_caps->setItem(row, CapGroup, textItem(cap.group));
    m_caps->setItem(row, CapPoints, numberItem(cap.cap));
}

void ScoringModelDialog::setModel(const ScoringModel& model) {
    m_threshold->setValue(model.threshold);
    m_halfLife->setValue(model.halfLifeDays);
    m_fit->setRowCount(0);
    m_engagement->setRowCount(0);
    m_caps->setRowCount(0);
    for (const FitRule& r : model.fit)
        addFitRow(r);
    for (const EngagementRule& r : model.engagement)
        addEngagementRow(r);
    for (const EngagementCap& c : model.caps)
        addCapRow(c);
    m_problems->hide();
}

ScoringModel ScoringModelDialog::model() const {
    ScoringModel m;
    m.threshold = m_threshold->value();
    m.halfLifeDays = m_halfLife->value();
    for (int r = 0; r < m_fit->rowCount(); ++r) {
        FitRule rule;
        rule.label = cellText(m_fit, r, FitLabel);
        rule.field =
            fitFieldFromKey(comboData(m_fit, r, FitFieldColumn).toString()).value_or(FitField::Persona);
        rule.values = splitValues(cellText(m_fit, r, FitValues));
        rule.minEmployees = cellOptional(m_fit, r, FitMin);
        rule.maxEmployees = cellOptional(m_fit, r, FitMax);
        rule.points = cellNumber(m_fit, r, FitPoints);
        m.fit.push_back(rule);
    }
    for (int r = 0; r < m_engagement->rowCount(); ++r)
        m.engagement.push_back({cellText(m_engagement, r, EngLabel),
                                comboData(m_engagement, r, EngKind).toString(),
                                cellText(m_engagement, r, EngChannel), cellText(m_engagement, r, EngGroup),
                                cellNumber(m_engagement, r, EngPoints)});
    for (int r = 0; r < m_caps->rowCount(); ++r)
        m.caps.push_back({cellText(m_caps, r, CapGroup), cellNumber(m_caps, r, CapPoints)});
    return m;
}

QString ScoringModelDialog::note() const {
    return m_note->text().trimmed();
}

QString ScoringModelDialog::problemsText() const {
    return m_problems->isHidden() ? QString() : m_problems->text();
}

void ScoringModelDialog::accept() {
    const QStringList problems = scoringModelProblems(model());
    if (problems.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_problems->setText(tr("Not saved yet:") + u'\n' + QStringLiteral("• ") +
                        problems.join(QStringLiteral("\n• ")));
    m_problems->show();
}

} // namespace revalign::ui
