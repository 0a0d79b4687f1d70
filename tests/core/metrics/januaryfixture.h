#pragma once

#include "metricsfixture.h"

namespace revalign::test {

// The hand-checked workspace most metric tests use. UTC, business hours 09–17 Mon–Fri, holiday Mon
// 15 Jan 2024 (1 Jan 2024 is a Monday). MQL stage SLA: 24 business hours (the default).
//
// Contacts (stage times UTC; * = inferred by the skipped-stage rule):
//   A  Paid Search, CFO   lead 01-02 09:00, MQL 01-03 10:00, SAL 01-03 14:00, SQL 01-05 10:00,
//                         opportunity* 01-20 12:00, customer 01-20 12:00; accepted (decided 01-03 14:00),
//                         first touch 01-03 11:00
//   B  Paid Search, CFO   lead 01-04 09:00, MQL 01-05 (Fri) 16:00; rejected "No budget" Mon 01-08 10:00
//   C  Organic Search     lead 01-10 09:00, MQL 01-12 (Fri) 12:00; pending, never touched
//   D  Organic Search, CTO lead 01-11 09:00, MQL* SAL* 01-12 15:00, SQL 01-12 (Fri) 15:00 (skipped MQL,
//                         SAL); status none; first touch Tue 01-16 10:00 (after the weekend and holiday)
//   E  Paid Search, CFO   lead 01-25 09:00, MQL 01-26 (Fri) 09:00; rejected "Not a fit" Wed 01-31 09:00
//   H  Events             lead 01-20 09:00, nothing else
//   F  Paid Search        lead 2023-12-20 09:00, MQL 2023-12-21 10:00, SAL* SQL 2024-01-09 10:00;
//                         accepted 2023-12-21 11:00
//   G  Paid Search        lead 02-05 09:00, MQL Mon 02-19 09:00; pending, untouched
// Opportunities:
//   O1 A, 10,000.00, created 01-08 10:00, won 01-20, marketing
//   O2 D,  5,000.00, created 01-16 10:00, lost 01-30, sales
//   O3 -, 20,000.00, created 01-22 10:00, open, "Negotiation/Review" (probability from the stage: 0.9),
//      commit, closes 02-15, marketing
//   O4 -,  8,000.00, created 2023-12-10 10:00, won 2024-01-05, sales
//   O5 -,  3,000.00, created 02-20 10:00 (the latest instant: as-of), open, probability 0.2, pipeline,
//      closes 03-31, marketing
// Campaigns: "Search Q1" Paid Search 3,100.00 over 01-01..01-31 (100.00/day);
//            "Webinar" Events 1,000.00 over 01-25..02-03 (100.00/day).
// Targets: leads_created month 100; bookings month 50,000.00 (stored in cents, as all money);
// mql_acceptance_rate month 0.6.
struct January {
    qint64 a, b, c, d, e, f, g, h;
    qint64 o1, o2, o3, o4, o5;
};
January buildJanuary(MetricsFixture& fx);

} // namespace revalign::test
