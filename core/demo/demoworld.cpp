#include "demo/demoworld.h"

#include "domain/account.h"

#include <algorithm>
#include <cmath>

namespace revalign::demo {

namespace {
// Relative lead volume per calendar month: budgets flush in Q4, summer holidays in August.
constexpr double kMonthFactor[12] = {0.92, 1.0, 1.08, 0.9, 1.0, 1.0, 0.92, 0.62, 1.08, 1.2, 1.28, 0.86};

double dayWeight(qint64 day, double progress) {
    double w = 0.78 + 0.44 * progress; // growth: about +55% from the first to the last month
    w *= kMonthFactor[monthOfDay(day) - 1];
    const int weekday = weekdayOfDay(day);
    if (weekday == 6)
        w *= 0.28;
    else if (weekday == 7)
        w *= 0.22;
    const int month = monthOfDay(day);
    const int dom = dayOfMonthOfDay(day);
    if ((month == 12 && dom >= 22) || (month == 1 && dom <= 2))
        w *= 0.4; // the year-end lull
    if (month == 4 && dom >= 13 && dom <= 15)
        w *= 0.5; // Songkran
    return w;
}

std::string slug(std::string_view text) {
    std::string out;
    for (char ch : text) {
        if (ch >= 'A' && ch <= 'Z')
            out += static_cast<char>(ch - 'A' + 'a');
        else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
            out += ch;
    }
    return out;
}

std::vector<AccountPlan> planAccounts(quint64 seed, int count) {
    std::vector<AccountPlan> out(static_cast<size_t>(count));
    const auto inds = industries();
    const auto ctry = countries();
    const auto prefixes = companyPrefixes();
    std::vector<double> indWeights;
    for (const IndustryEntry& i : inds)
        indWeights.push_back(i.weight);
    std::vector<double> ctryWeights;
    for (const CountryEntry& c : ctry)
        ctryWeights.push_back(c.weight);
    // How often each (prefix, industry, noun) name was used, so domains stay unique.
    std::vector<int> used(prefixes.size() * inds.size() * 3, 0);
    for (int i = 0; i < count; ++i) {
        Random rng(seed, 0xACC0000000ULL + static_cast<quint64>(i));
        AccountPlan& a = out[static_cast<size_t>(i)];
        a.industry = rng.pick(indWeights);
        a.country = rng.pick(ctryWeights);
        const double size = rng.uniform();
        const auto logUniform = [&](double lo, double hi) {
            return static_cast<int>(std::exp(std::log(lo) + rng.uniform() * (std::log(hi) - std::log(lo))));
        };
        a.employees = size < 0.36   ? logUniform(12, 199)
                      : size < 0.78 ? logUniform(200, 1999)
                                    : logUniform(2000, 60000);
        a.segment = segmentForEmployees(a.employees).toStdString();
        a.size = a.employees < 200    ? Segment::Smb
                 : a.employees < 2000 ? Segment::MidMarket
                                      : Segment::Enterprise;
        const int prefix = rng.below(static_cast<int>(prefixes.size()));
        const int noun = rng.below(3);
        const std::string_view nounText = inds[static_cast<size_t>(a.industry)].nouns[noun];
        const std::string_view prefixText = prefixes[static_cast<size_t>(prefix)];
        std::string base = std::string(prefixText) + ' ' + std::string(nounText);
        a.name = base + ' ' + std::string(ctry[static_cast<size_t>(a.country)].companySuffix);
        int& n = used[(static_cast<size_t>(prefix) * inds.size() + static_cast<size_t>(a.industry)) * 3 +
                      static_cast<size_t>(noun)];
        a.domain = slug(base) + (n > 0 ? std::to_string(n + 1) : std::string()) + ".example";
        ++n;
    }
    return out;
}
} // namespace

PersonaClassifier::PersonaClassifier(std::vector<Persona> personas)
    : m_personas(std::move(personas)) {
    for (const Persona& p : m_personas) {
        if (p.minEmployees)
            m_limits.push_back(*p.minEmployees);
        if (p.maxEmployees)
            m_limits.push_back(*p.maxEmployees + 1);
    }
    std::sort(m_limits.begin(), m_limits.end());
    m_memo.assign(titles().size() * industries().size() * countries().size() * (m_limits.size() + 1), -2);
}

int PersonaClassifier::classify(int title, const AccountPlan& account) {
    const size_t bucket = static_cast<size_t>(
        std::upper_bound(m_limits.begin(), m_limits.end(), account.employees) - m_limits.begin());
    const size_t key =
        ((static_cast<size_t>(title) * industries().size() + static_cast<size_t>(account.industry)) *
             countries().size() +
         static_cast<size_t>(account.country)) *
            (m_limits.size() + 1) +
        bucket;
    signed char& memo = m_memo[key];
    if (memo == -2) {
        const PersonaSubject subject{
            QString::fromUtf8(titles()[static_cast<size_t>(title)].title),
            QString::fromUtf8(industries()[static_cast<size_t>(account.industry)].name), account.employees,
            QString::fromUtf8(countries()[static_cast<size_t>(account.country)].code)};
        const auto found = revalign::classify(m_personas, subject);
        memo = found ? static_cast<signed char>(*found) : static_cast<signed char>(-1);
    }
    return memo;
}

DemoWorld::DemoWorld(quint64 seed_, int contacts, qint64 firstDay_, qint64 lastDay_,
                     const std::set<QDate>& holidays)
    : seed(seed_)
    , firstDay(firstDay_)
    , lastDay(lastDay_)
    , startUtc(BusinessClock::utcAt(firstDay_, 0))
    , endUtc(BusinessClock::utcAt(lastDay_, 86399))
    , clock(firstDay_, lastDay_ + 400, holidays)
    , campaigns(planCampaigns(firstDay_, lastDay_, contacts / 20000.0))
    , accounts(planAccounts(seed_, std::max(1, contacts / 5))) {
    double total = 0;
    for (qint64 day = firstDay; day <= lastDay; ++day) {
        total += dayWeight(day, progress(day));
        m_dayCdf.push_back(total);
    }
}

double DemoWorld::progress(qint64 day) const {
    return lastDay > firstDay ? static_cast<double>(day - firstDay) / static_cast<double>(lastDay - firstDay)
                              : 1.0;
}

qint64 DemoWorld::pickLeadDay(Random& rng) const {
    const double x = rng.uniform() * m_dayCdf.back();
    const auto it = std::upper_bound(m_dayCdf.begin(), m_dayCdf.end(), x);
    const qint64 index = std::min<qint64>(it - m_dayCdf.begin(), static_cast<qint64>(m_dayCdf.size()) - 1);
    return firstDay + index;
}

std::set<QDate> demoHolidays(const QDate& first, const QDate& last) {
    std::set<QDate> out;
    for (int year = first.year(); year <= last.year() + 1; ++year) {
        for (const QDate& d :
             {QDate(year, 1, 1), QDate(year, 4, 13), QDate(year, 4, 14), QDate(year, 4, 15),
              QDate(year, 5, 1), QDate(year, 12, 5), QDate(year, 12, 25), QDate(year, 12, 31)})
            out.insert(d);
    }
    return out;
}

} // namespace revalign::demo
