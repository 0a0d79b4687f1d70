#include "metrics/scoring.h"

#include "domain/enums.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace revalign {

namespace {
constexpr double kDaySeconds = 86400.0;

// " vp of sales " for "VP-of Sales": padding and folding punctuation to spaces make a keyword match
// only whole words ("vp" does not match "mvp").
QString normalisedWords(const QString& text) {
    QString out(text.size() + 2, u' ');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        out[i + 1] = c.isLetterOrNumber() ? c.toLower() : u' ';
    }
    return out.simplified().prepend(u' ').append(u' ');
}

QJsonArray toArray(const QStringList& list) {
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue& v) {
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out.append(item.toString());
    return out;
}
} // namespace

QString toKey(FitField f) {
    switch (f) {
    case FitField::Persona:
        return QStringLiteral("persona");
    case FitField::TitleKeyword:
        return QStringLiteral("title");
    case FitField::CompanySize:
        return QStringLiteral("company_size");
    case FitField::Industry:
        return QStringLiteral("industry");
    case FitField::Country:
        return QStringLiteral("country");
    }
    return {};
}

std::optional<FitField> fitFieldFromKey(const QString& key) {
    for (const FitField f : {FitField::Persona, FitField::TitleKeyword, FitField::CompanySize,
                             FitField::Industry, FitField::Country})
        if (toKey(f) == key)
            return f;
    return std::nullopt;
}

ScoringModel defaultScoringModel() {
    ScoringModel m;
    m.fit = {
        {QCoreApplication::translate("Scoring", "Matches a persona"), FitField::Persona, {}, {}, {}, 20},
        {QCoreApplication::translate("Scoring", "Senior title (VP, Head, Director, Chief…)"),
         FitField::TitleKeyword,
         {QStringLiteral("vp"), QStringLiteral("vice president"), QStringLiteral("head"),
          QStringLiteral("director"), QStringLiteral("chief"), QStringLiteral("cmo"), QStringLiteral("cro"),
          QStringLiteral("ceo"), QStringLiteral("cfo"), QStringLiteral("coo"), QStringLiteral("founder")},
         {},
         {},
         15},
        {QCoreApplication::translate("Scoring", "Company of 200–5,000 employees"),
         FitField::CompanySize,
         {},
         200,
         5000,
         10},
        {QCoreApplication::translate("Scoring", "Company of 50–199 employees"),
         FitField::CompanySize,
         {},
         50,
         199,
         5},
        {QCoreApplication::translate("Scoring", "Target industry"),
         FitField::Industry,
         {QStringLiteral("Software"), QStringLiteral("SaaS"), QStringLiteral("Technology"),
          QStringLiteral("Information Technology"), QStringLiteral("Financial Services"),
          QStringLiteral("Manufacturing")},
         {},
         {},
         10},
        {QCoreApplication::translate("Scoring", "Target country"),
         FitField::Country,
         {QStringLiteral("US"), QStringLiteral("United States"), QStringLiteral("GB"),
          QStringLiteral("United Kingdom"), QStringLiteral("DE"), QStringLiteral("Germany"),
          QStringLiteral("TH"), QStringLiteral("Thailand"), QStringLiteral("SG"),
          QStringLiteral("Singapore")},
         {},
         {},
         5},
    };
    m.engagement = {
        {QCoreApplication::translate("Scoring", "Demo request"),
         QStringLiteral("demo"),
         {},
         QStringLiteral("intent"),
         30},
        {QCoreApplication::translate("Scoring", "Meeting"),
         QStringLiteral("meeting"),
         {},
         QStringLiteral("intent"),
         20},
        {QCoreApplication::translate("Scoring", "Form fill"),
         QStringLiteral("form"),
         {},
         QStringLiteral("intent"),
         15},
        {QCoreApplication::translate("Scoring", "Event attended"),
         QStringLiteral("event"),
         {},
         QStringLiteral("events"),
         10},
        {QCoreApplication::translate("Scoring", "Content download"),
         QStringLiteral("content"),
         {},
         QStringLiteral("content"),
         5},
        {QCoreApplication::translate("Scoring", "Email click"),
         QStringLiteral("email_click"),
         {},
         QStringLiteral("email"),
         3},
        {QCoreApplication::translate("Scoring", "Web visit"),
         QStringLiteral("web_visit"),
         {},
         QStringLiteral("web"),
         1},
    };
    m.caps = {{QStringLiteral("intent"), 40},
              {QStringLiteral("events"), 20},
              {QStringLiteral("content"), 15},
              {QStringLiteral("email"), 15},
              {QStringLiteral("web"), 10}};
    m.halfLifeDays = 30;
    m.threshold = 50;
    return m;
}

QByteArray toJson(const ScoringModel& m) {
    QJsonArray fit;
    for (const FitRule& r : m.fit) {
        QJsonObject o{{QStringLiteral("label"), r.label},
                      {QStringLiteral("field"), toKey(r.field)},
                      {QStringLiteral("points"), r.points}};
        if (r.field == FitField::CompanySize) {
            if (r.minEmployees)
                o.insert(QStringLiteral("min_employees"), double(*r.minEmployees));
            if (r.maxEmployees)
                o.insert(QStringLiteral("max_employees"), double(*r.maxEmployees));
        } else {
            o.insert(QStringLiteral("values"), toArray(r.values));
        }
        fit.append(o);
    }
    QJsonArray engagement;
    for (const EngagementRule& r : m.engagement)
        engagement.append(QJsonObject{{QStringLiteral("label"), r.label},
                                      {QStringLiteral("kind"), r.kind},
                                      {QStringLiteral("channel"), r.channel},
                                      {QStringLiteral("group"), r.group},
                                      {QStringLiteral("points"), r.points}});
    // An array, not an object: JSON objects lose their order and the user's order is how caps are shown.
    QJsonArray caps;
    for (const EngagementCap& c : m.caps)
        caps.append(QJsonObject{{QStringLiteral("group"), c.group}, {QStringLiteral("cap"), c.cap}});
    const QJsonObject root{{QStringLiteral("threshold"), m.threshold},
                           {QStringLiteral("half_life_days"), m.halfLifeDays},
                           {QStringLiteral("fit"), fit},
                           {QStringLiteral("engagement"), engagement},
                           {QStringLiteral("caps"), caps}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList scoringModelProblems(const ScoringModel& m) {
    QStringList out;
    if (!(m.halfLifeDays > 0) || !std::isfinite(m.halfLifeDays))
        out << QCoreApplication::translate("Scoring",
                                           "the engagement half-life must be a positive number of days");
    for (size_t i = 0; i < m.fit.size(); ++i) {
        const FitRule& r = m.fit[i];
        const QString name =
            QCoreApplication::translate("Scoring", "fit rule %1 (%2)").arg(i + 1).arg(r.label.trimmed());
        if (r.label.trimmed().isEmpty())
            out << QCoreApplication::translate("Scoring", "fit rule %1: give it a label").arg(i + 1);
        if (!std::isfinite(r.points))
            out << QCoreApplication::translate("Scoring", "%1: points must be a number").arg(name);
        switch (r.field) {
        case FitField::TitleKeyword:
        case FitField::Industry:
        case FitField::Country:
            if (std::none_of(r.values.begin(), r.values.end(),
                             [](const QString& v) { return !v.trimmed().isEmpty(); }))
                out << QCoreApplication::translate("Scoring", "%1: list the values it matches").arg(name);
            break;
        case FitField::CompanySize:
            if (!r.minEmployees && !r.maxEmployees)
                out << QCoreApplication::translate("Scoring",
                                                   "%1: give a minimum or a maximum number of employees")
                           .arg(name);
            else if ((r.minEmployees && *r.minEmployees < 0) || (r.maxEmployees && *r.maxEmployees < 0))
                out << QCoreApplication::translate("Scoring", "%1: employee counts cannot be negative")
                           .arg(name);
            else if (r.minEmployees && r.maxEmployees && *r.minEmployees > *r.maxEmployees)
                out << QCoreApplication::translate("Scoring", "%1: the minimum is above the maximum")
                           .arg(name);
            break;
        case FitField::Persona:
            break;
        }
    }
    QStringList groups;
    for (size_t i = 0; i < m.engagement.size(); ++i) {
        const EngagementRule& r = m.engagement[i];
        const QString name = QCoreApplication::translate("Scoring", "engagement rule %1 (%2)")
                                 .arg(i + 1)
                                 .arg(r.label.trimmed());
        if (r.label.trimmed().isEmpty())
            out << QCoreApplication::translate("Scoring", "engagement rule %1: give it a label").arg(i + 1);
        if (!r.kind.isEmpty() && !touchpointKindFromKey(r.kind))
            out << QCoreApplication::translate("Scoring", "%1: '%2' is not an activity kind")
                       .arg(name, r.kind);
        if (!std::isfinite(r.points))
            out << QCoreApplication::translate("Scoring", "%1: points must be a number").arg(name);
        groups << r.group;
    }
    QStringList capped;
    for (const EngagementCap& c : m.caps) {
        if (!groups.contains(c.group))
            out << QCoreApplication::translate("Scoring", "cap for '%1': no engagement rule is in that group")
                       .arg(c.group);
        else if (capped.contains(c.group))
            out << QCoreApplication::translate("Scoring", "cap for '%1': the group is capped twice")
                       .arg(c.group);
        if (!(c.cap >= 0) || !std::isfinite(c.cap))
            out << QCoreApplication::translate("Scoring", "cap for '%1': the cap must be zero or more points")
                       .arg(c.group);
        capped << c.group;
    }
    return out;
}

ScoringModel scoringModelFromJson(const QByteArray& json, const QString& origin) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const auto fail = [&](const QString& why) { return Error(QStringLiteral("%1: %2").arg(origin, why)); };
    if (error.error != QJsonParseError::NoError)
        throw fail(QCoreApplication::translate("Scoring", "not valid JSON at offset %1 (%2)")
                       .arg(error.offset)
                       .arg(error.errorString()));
    const QJsonObject root = doc.object();
    ScoringModel m;
    m.threshold = root.value(QStringLiteral("threshold")).toInt(m.threshold);
    m.halfLifeDays = root.value(QStringLiteral("half_life_days")).toDouble(m.halfLifeDays);
    if (!(m.halfLifeDays > 0) || !std::isfinite(m.halfLifeDays))
        throw fail(QCoreApplication::translate("Scoring",
                                               "the engagement half-life must be a positive number of days"));
    const QJsonArray fit = root.value(QStringLiteral("fit")).toArray();
    for (qsizetype i = 0; i < fit.size(); ++i) {
        const QJsonObject o = fit.at(i).toObject();
        const std::optional<FitField> field = fitFieldFromKey(o.value(QStringLiteral("field")).toString());
        if (!field)
            throw fail(QCoreApplication::translate(
                           "Scoring",
                           "fit rule %1: unknown field '%2' (known: persona, title, company_size, industry, "
                           "country)")
                           .arg(i + 1)
                           .arg(o.value(QStringLiteral("field")).toString()));
        FitRule r{o.value(QStringLiteral("label")).toString(),
                  *field,
                  toList(o.value(QStringLiteral("values"))),
                  std::nullopt,
                  std::nullopt,
                  o.value(QStringLiteral("points")).toDouble()};
        if (o.contains(QStringLiteral("min_employees")))
            r.minEmployees = qint64(o.value(QStringLiteral("min_employees")).toDouble());
        if (o.contains(QStringLiteral("max_employees")))
            r.maxEmployees = qint64(o.value(QStringLiteral("max_employees")).toDouble());
        m.fit.push_back(r);
    }
    for (const QJsonValue& v : root.value(QStringLiteral("engagement")).toArray()) {
        const QJsonObject o = v.toObject();
        m.engagement.push_back(
            {o.value(QStringLiteral("label")).toString(), o.value(QStringLiteral("kind")).toString(),
             o.value(QStringLiteral("channel")).toString(), o.value(QStringLiteral("group")).toString(),
             o.value(QStringLiteral("points")).toDouble()});
    }
    for (const QJsonValue& v : root.value(QStringLiteral("caps")).toArray())
        m.caps.push_back({v.toObject().value(QStringLiteral("group")).toString(),
                          v.toObject().value(QStringLiteral("cap")).toDouble()});
    return m;
}

ContactScorer::ContactScorer(const ScoringModel& model, const JourneyTable& t)
    : m_model(model)
    , m_t(t) {
    const auto codesMatching = [](const NameCodes& names, const QStringList& values, bool emptyMeansAny) {
        std::vector<char> allowed(size_t(names.size()), 0);
        for (qint32 code = 1; code < names.size(); ++code)
            allowed[size_t(code)] =
                (emptyMeansAny && values.isEmpty()) || values.contains(names.name(code), Qt::CaseInsensitive);
        return allowed;
    };
    for (const FitRule& r : model.fit) {
        std::vector<char> codes;
        QStringList words;
        switch (r.field) {
        case FitField::Persona:
            codes = codesMatching(t.personas, r.values, true);
            break;
        case FitField::Industry:
            codes = codesMatching(t.industries, r.values, false);
            break;
        case FitField::Country:
            codes = codesMatching(t.countries, r.values, false);
            break;
        case FitField::TitleKeyword:
            for (const QString& keyword : r.values)
                if (!keyword.trimmed().isEmpty())
                    words.append(normalisedWords(keyword));
            break;
        case FitField::CompanySize:
            break;
        }
        m_fitCodes.push_back(std::move(codes));
        m_titleWords.push_back(std::move(words));
    }
    for (const EngagementRule& r : model.engagement) {
        qint32 group = -1;
        for (size_t g = 0; g < m_groups.size(); ++g)
            if (m_groups[g] == r.group)
                group = qint32(g);
        if (group < 0) {
            group = qint32(m_groups.size());
            m_groups.push_back(r.group);
            m_groupCap.push_back(-1);
            for (const EngagementCap& c : model.caps)
                if (c.group == r.group)
                    m_groupCap.back() = c.cap;
        }
        m_groupOf.push_back(group);
    }
    const auto kinds = size_t(t.kinds.size());
    const auto channels = size_t(t.channels.size());
    m_ruleFor.assign(kinds * channels, -1);
    for (size_t k = 0; k < kinds; ++k)
        for (size_t c = 0; c < channels; ++c)
            for (size_t r = 0; r < model.engagement.size(); ++r) {
                const EngagementRule& rule = model.engagement[r];
                if ((rule.kind.isEmpty() || rule.kind == t.kinds.name(qint32(k))) &&
                    (rule.channel.isEmpty() ||
                     rule.channel.compare(t.channels.name(qint32(c)), Qt::CaseInsensitive) == 0)) {
                    m_ruleFor[k * channels + c] = qint32(r);
                    break;
                }
            }
}

bool ContactScorer::fits(size_t rule, qint32 row) const {
    const FitRule& r = m_model.fit[rule];
    const auto at = size_t(row);
    switch (r.field) {
    case FitField::Persona:
        return m_fitCodes[rule][size_t(m_t.persona[at])] != 0;
    case FitField::Industry:
        return m_fitCodes[rule][size_t(m_t.industry[at])] != 0;
    case FitField::Country:
        return m_fitCodes[rule][size_t(m_t.country[at])] != 0;
    case FitField::CompanySize: {
        const qint64 employees = m_t.employees[at];
        return employees >= 0 && (!r.minEmployees || employees >= *r.minEmployees) &&
               (!r.maxEmployees || employees <= *r.maxEmployees);
    }
    case FitField::TitleKeyword: {
        if (m_t.title[at].isEmpty())
            return false;
        const QString title = normalisedWords(m_t.title[at]);
        for (const QString& word : m_titleWords[rule])
            if (title.contains(word))
                return true;
        return false;
    }
    }
    return false;
}

ScoreBreakdown ContactScorer::explain(qint32 row, qint64 asOf) const {
    std::vector<ScoreLine> lines;
    ScoreBreakdown out = compute(row, asOf, &lines);
    out.lines = std::move(lines);
    return out;
}

ScoreBreakdown ContactScorer::compute(qint32 row, qint64 asOf, std::vector<ScoreLine>* lines) const {
    ScoreBreakdown out;
    for (size_t r = 0; r < m_model.fit.size(); ++r) {
        if (!fits(r, row))
            continue;
        out.fitPoints += m_model.fit[r].points;
        if (lines)
            lines->push_back({ScoreLine::Kind::Fit, m_model.fit[r].label, {}, 0, m_model.fit[r].points});
    }
    thread_local std::vector<double> rulePoints, groupPoints;
    thread_local std::vector<int> ruleTouches;
    rulePoints.assign(m_model.engagement.size(), 0.0);
    ruleTouches.assign(m_model.engagement.size(), 0);
    groupPoints.assign(m_groups.size(), 0.0);
    const auto channels = size_t(m_t.channels.size());
    const double halfLifeSeconds = m_model.halfLifeDays * kDaySeconds;
    for (qint64 i = m_t.touchBegin[size_t(row)]; i < m_t.touchBegin[size_t(row) + 1]; ++i) {
        const auto touch = size_t(i);
        if (m_t.touchAt[touch] > asOf)
            break; // touches are in time order
        const qint32 rule =
            m_ruleFor[size_t(m_t.touchKind[touch]) * channels + size_t(m_t.touchChannel[touch])];
        if (rule < 0)
            continue;
        const double points = m_model.engagement[size_t(rule)].points *
                              std::exp2(-double(asOf - m_t.touchAt[touch]) / halfLifeSeconds);
        rulePoints[size_t(rule)] += points;
        ++ruleTouches[size_t(rule)];
        groupPoints[size_t(m_groupOf[size_t(rule)])] += points;
    }
    if (lines)
        for (size_t r = 0; r < rulePoints.size(); ++r)
            if (ruleTouches[r] > 0)
                lines->push_back({ScoreLine::Kind::Engagement, m_model.engagement[r].label,
                                  m_model.engagement[r].group, ruleTouches[r], rulePoints[r]});
    for (size_t g = 0; g < groupPoints.size(); ++g) {
        double points = groupPoints[g];
        if (m_groupCap[g] >= 0 && points > m_groupCap[g]) {
            if (lines)
                lines->push_back({ScoreLine::Kind::Cap,
                                  QCoreApplication::translate("Scoring", "Cap on %1 (%2 points)")
                                      .arg(m_groups[g])
                                      .arg(m_groupCap[g]),
                                  m_groups[g], 0, m_groupCap[g] - points});
            points = m_groupCap[g];
        }
        out.engagementPoints += points;
    }
    out.score = int(std::lround(out.fitPoints + out.engagementPoints));
    return out;
}

} // namespace revalign
