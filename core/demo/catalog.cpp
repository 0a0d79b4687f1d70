#include "demo/catalog.h"

#include <array>

namespace revalign::demo {

namespace {
using sv = std::string_view;

constexpr std::array<sv, kChannelCount> kChannels{"Organic Search", "Paid Search", "Paid Social",
                                                  "Email",          "Events",      "Partner Referral",
                                                  "Outbound (BDR)", "Direct"};

// Keywords that the persona rules look for are Data/Analytics/BI/Insights, CIO/CTO/IT/Technology/
// Infrastructure, CFO/Finance/FP&A/Controller and COO/Operations/RevOps; several titles hit two personas.
constexpr TitleEntry kTitles[] = {
    {"Head of Data", TitleFit::Target, 6},
    {"Director of Analytics", TitleFit::Target, 6},
    {"VP Data & Analytics", TitleFit::Target, 3},
    {"Chief Data Officer", TitleFit::Target, 2},
    {"BI Manager", TitleFit::Target, 6},
    {"Analytics Manager", TitleFit::Target, 7},
    {"Head of Insights", TitleFit::Target, 3},
    {"Senior Data Analyst", TitleFit::Target, 6},
    {"CIO", TitleFit::Target, 3},
    {"CTO", TitleFit::Target, 3},
    {"IT Director", TitleFit::Target, 6},
    {"VP Technology", TitleFit::Target, 3},
    {"Head of IT Infrastructure", TitleFit::Target, 3},
    {"Head of Data & Technology", TitleFit::Target, 3},
    {"IT Manager", TitleFit::Target, 5},
    {"CFO", TitleFit::Target, 4},
    {"Finance Director", TitleFit::Target, 6},
    {"FP&A Manager", TitleFit::Target, 5},
    {"Financial Controller", TitleFit::Target, 4},
    {"VP Finance", TitleFit::Target, 3},
    {"COO", TitleFit::Target, 2},
    {"Operations Director", TitleFit::Target, 5},
    {"Head of RevOps", TitleFit::Target, 3},
    {"Finance & Operations Director", TitleFit::Target, 3},
    {"VP Data Operations", TitleFit::Target, 2},
    {"Operations Manager", TitleFit::Target, 5},
    {"Marketing Manager", TitleFit::Adjacent, 5},
    {"Sales Director", TitleFit::Adjacent, 4},
    {"Product Manager", TitleFit::Adjacent, 4},
    {"Software Engineer", TitleFit::Adjacent, 5},
    {"Consultant", TitleFit::Adjacent, 4},
    {"HR Manager", TitleFit::Adjacent, 3},
    {"Project Manager", TitleFit::Adjacent, 4},
    {"Business Analyst", TitleFit::Adjacent, 4},
    {"CEO", TitleFit::Adjacent, 2},
    {"Founder", TitleFit::Adjacent, 2},
    {"Procurement Manager", TitleFit::Adjacent, 2},
    {"Student", TitleFit::Junk, 5},
    {"Intern", TitleFit::Junk, 3},
    {"Job Seeker", TitleFit::Junk, 2},
    {"Freelancer", TitleFit::Junk, 2},
    {"Lecturer", TitleFit::Junk, 1},
};

constexpr IndustryEntry kIndustries[] = {
    {"Software", 10, {"Software", "Systems", "Labs"}},
    {"Financial Services", 14, {"Bank", "Capital", "Insurance"}},
    {"Manufacturing", 13, {"Industries", "Manufacturing", "Motors"}},
    {"Retail", 12, {"Retail", "Stores", "Trading"}},
    {"Healthcare", 9, {"Health", "Hospital", "Pharma"}},
    {"Logistics", 9, {"Logistics", "Shipping", "Express"}},
    {"Telecommunications", 6, {"Telecom", "Networks", "Mobile"}},
    {"Education", 6, {"University", "Academy", "Learning"}},
    {"Government", 5, {"Authority", "Agency", "Services"}},
    {"Professional Services", 10, {"Consulting", "Partners", "Advisory"}},
};

constexpr CountryEntry kCountries[] = {
    {"TH", 22, true, "Co., Ltd."}, {"SG", 10, false, "Pte. Ltd."}, {"MY", 6, false, "Sdn. Bhd."},
    {"ID", 6, false, "Tbk"},       {"VN", 4, false, "JSC"},        {"PH", 3, false, "Inc."},
    {"AU", 8, false, "Pty Ltd"},   {"JP", 6, false, "K.K."},       {"US", 18, false, "Inc."},
    {"GB", 9, false, "Ltd"},       {"DE", 8, false, "GmbH"},
};

constexpr sv kPrefixes[] = {
    "Siam",      "Chao Phraya",    "Lotus",      "Golden Gate", "Blue River",  "Northstar", "Evergreen",
    "Summit",    "Harbour",        "Redwood",    "Silverline",  "Bright Path", "Orchid",    "Andaman",
    "Mekong",    "Pacific",        "Crescent",   "Ironbridge",  "Kestrel",     "Maple",     "Riverside",
    "Sukhumvit", "Rattana",        "Thai Union", "Meridian",    "Polaris",     "Sapphire",  "Cobalt",
    "Westfield", "Highland",       "Clearwater", "Tidewater",   "Jade",        "Banyan",    "Elephant",
    "Sakura",    "Rhine",          "Thames",     "Kinabalu",    "Borneo",      "Java",      "Saigon",
    "Luzon",     "Southern Cross", "Coral",      "Granite",     "Horizon",     "Vantage",
};

constexpr sv kEnglishFirst[] = {
    "James",  "Emily",  "Oliver", "Sophie", "Daniel", "Charlotte", "Michael",  "Hannah",
    "Thomas", "Grace",  "David",  "Olivia", "Lucas",  "Amelia",    "Ryan",     "Chloe",
    "Ethan",  "Isabel", "Noah",   "Laura",  "Wei",    "Mei Ling",  "Hiroshi",  "Yuki",
    "Arjun",  "Priya",  "Lukas",  "Anna",   "Felix",  "Jessica",   "Benjamin", "Zoe",
    "Samuel", "Ella",   "Nguyen", "Maria",  "Jose",   "Siti",      "Ahmad",    "Kenji",
};

constexpr sv kEnglishLast[] = {
    "Smith",    "Johnson",  "Brown",   "Taylor",  "Wilson",  "Clarke", "Walker",  "Wright",
    "Hughes",   "Edwards",  "Chen",    "Tan",     "Lim",     "Wong",   "Tanaka",  "Sato",
    "Müller",   "Schmidt",  "Fischer", "Weber",   "Nguyen",  "Tran",   "Santos",  "Reyes",
    "Rahman",   "Abdullah", "Kumar",   "Patel",   "O'Brien", "Murphy", "Bennett", "Carter",
    "Mitchell", "Turner",   "Parker",  "Collins", "Stewart", "Morris", "Cooper",  "Reed",
};

constexpr sv kThaiFirst[] = {
    "Somchai",    "Somsak",   "Suda",    "Nattapong", "Pimchanok", "Kittipong", "Siriporn", "Thanawat",
    "Warunee",    "Apinya",   "Chanon",  "Jirayu",    "Pornthip",  "Natthaya",  "Anucha",   "Kanokwan",
    "Wichai",     "Sunisa",   "Prasert", "Ratana",    "Teerapat",  "Nantana",   "Supachai", "Arunee",
    "Pongsakorn", "Duangjai", "Chaiwat", "Kulthida",  "Thitima",   "Panya",
};

constexpr sv kThaiLast[] = {
    "Wongsawat", "Srisuk",     "Rattanakul", "Chaiyaphum", "Boonmee",    "Kaewmanee",  "Phromma",
    "Thongdee",  "Suwannarat", "Saetang",    "Intharasuk", "Wattanakul", "Charoenpol", "Sukprasert",
    "Panyawong", "Jantarasri", "Meesuk",     "Thanomsak",  "Kongkaew",   "Sirisombat", "Pholsena",
    "Limthong",  "Chansiri",   "Kittisak",   "Noppakun",   "Srisawat",   "Yodsuwan",   "Bunnag",
};

constexpr sv kProducts[] = {"Analytics Platform", "Forecasting Module", "Data Pipeline Add-on",
                            "Enterprise Licence"};

constexpr std::array<sv, kRejectionCount> kRejections{"Not a fit",        "No budget", "Student / job seeker",
                                                      "Competitor",       "Duplicate", "Bad contact data",
                                                      "Already in a deal"};

// Every role of both teams has somebody in it; a Bangkok-headquartered team with global hires.
constexpr OwnerEntry kOwners[] = {
    {"Natthaya Srisuk", "natthaya.s@northwind-analytics.example", Role::DemandGen},
    {"Emily Carter", "emily.carter@northwind-analytics.example", Role::DemandGen},
    {"Pimchanok Rattanakul", "pimchanok.r@northwind-analytics.example", Role::Content},
    {"James Whitfield", "james.whitfield@northwind-analytics.example", Role::Content},
    {"Kittipong Chaiyaphum", "kittipong.c@northwind-analytics.example", Role::MarketingOps},
    {"Sarah Lindqvist", "sarah.lindqvist@northwind-analytics.example", Role::ProductMarketing},
    {"Thanawat Boonmee", "thanawat.b@northwind-analytics.example", Role::Bdr},
    {"Ryan O'Connor", "ryan.oconnor@northwind-analytics.example", Role::Bdr},
    {"Siriporn Kaewmanee", "siriporn.k@northwind-analytics.example", Role::Bdr},
    {"Chanon Phromma", "chanon.p@northwind-analytics.example", Role::Sdr},
    {"Olivia Bennett", "olivia.bennett@northwind-analytics.example", Role::Sdr},
    {"Warunee Thongdee", "warunee.t@northwind-analytics.example", Role::Sdr},
    {"Daniel Hughes", "daniel.hughes@northwind-analytics.example", Role::Sdr},
    {"Apinya Suwannarat", "apinya.s@northwind-analytics.example", Role::Ae},
    {"Michael Grant", "michael.grant@northwind-analytics.example", Role::Ae},
    {"Jirayu Saetang", "jirayu.s@northwind-analytics.example", Role::Ae},
    {"Laura Chen", "laura.chen@northwind-analytics.example", Role::Ae},
    {"Ben Adeyemi", "ben.adeyemi@northwind-analytics.example", Role::Ae},
    {"Nattapong Intharasuk", "nattapong.i@northwind-analytics.example", Role::Ae},
    {"Pornthip Wattanakul", "pornthip.w@northwind-analytics.example", Role::SalesOps},
    {"Mark Jensen", "mark.jensen@northwind-analytics.example", Role::SalesOps},
};

QStringList list(std::initializer_list<const char*> items) {
    QStringList out;
    for (const char* item : items)
        out << QString::fromUtf8(item);
    return out;
}
} // namespace

std::string_view channelName(Channel channel) {
    return kChannels[static_cast<size_t>(channel)];
}
std::span<const TitleEntry> titles() {
    return kTitles;
}
std::span<const IndustryEntry> industries() {
    return kIndustries;
}
std::span<const CountryEntry> countries() {
    return kCountries;
}
std::span<const std::string_view> companyPrefixes() {
    return kPrefixes;
}
std::span<const std::string_view> englishFirstNames() {
    return kEnglishFirst;
}
std::span<const std::string_view> englishLastNames() {
    return kEnglishLast;
}
std::span<const std::string_view> thaiFirstNames() {
    return kThaiFirst;
}
std::span<const std::string_view> thaiLastNames() {
    return kThaiLast;
}
std::span<const std::string_view> products() {
    return kProducts;
}
std::string_view rejectionName(Rejection reason) {
    return kRejections[static_cast<size_t>(reason)];
}
std::span<const OwnerEntry> owners() {
    return kOwners;
}

std::vector<Persona> personas() {
    Persona data;
    data.name = QStringLiteral("Analytics Leader");
    data.description = QStringLiteral("Heads a data or BI team in a company big enough to have one.");
    data.pains =
        QStringLiteral("Reports disagree; analysts spend their week on spreadsheets; slow dashboards.");
    data.goals = QStringLiteral("One trusted set of numbers, self-service for the business, fewer tools.");
    data.color = QStringLiteral("#4e79a7");
    data.titleKeywords = list({"Data", "Analytics", "BI", "Insights"});
    data.minEmployees = 50;

    Persona it;
    it.name = QStringLiteral("IT Decision Maker");
    it.description =
        QStringLiteral("Owns the platform decision in large, regulated or asset-heavy companies.");
    it.pains = QStringLiteral("Shadow IT, security reviews, integration cost, vendor sprawl.");
    it.goals = QStringLiteral("A governed platform that scales, on their cloud, with SSO and audit logs.");
    it.color = QStringLiteral("#f28e2b");
    it.titleKeywords = list({"CIO", "CTO", "IT", "Technology", "Infrastructure"});
    it.industries = list({"Software", "Financial Services", "Manufacturing", "Retail", "Healthcare",
                          "Logistics", "Telecommunications", "Government"});
    it.minEmployees = 300;

    Persona finance;
    finance.name = QStringLiteral("Finance Leader");
    finance.description = QStringLiteral("CFO or FP&A lead in a mid-sized company who owns planning.");
    finance.pains = QStringLiteral("Month-end close takes weeks; forecasts built by hand in Excel.");
    finance.goals = QStringLiteral("Faster close, rolling forecasts, one version of revenue.");
    finance.color = QStringLiteral("#59a14f");
    finance.titleKeywords = list({"CFO", "Finance", "FP&A", "Controller"});
    finance.minEmployees = 50;
    finance.maxEmployees = 10000;

    Persona ops;
    ops.name = QStringLiteral("APAC Operations Manager");
    ops.description = QStringLiteral("Runs operations or revenue operations in an Asia-Pacific company.");
    ops.pains = QStringLiteral("Regional teams report differently; no real-time view of orders and SLAs.");
    ops.goals = QStringLiteral("Operational dashboards per country, alerts when SLAs slip.");
    ops.color = QStringLiteral("#e15759");
    ops.titleKeywords = list({"COO", "Operations", "RevOps"});
    ops.countries = list({"TH", "SG", "MY", "ID", "VN", "PH", "AU", "JP"});

    return {data, it, finance, ops};
}

} // namespace revalign::demo
