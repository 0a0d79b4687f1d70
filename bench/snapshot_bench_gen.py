#!/usr/bin/env python3
"""Writes WEEKS weekly Salesforce opportunity exports of DEALS deals (deterministic) for snapshot_bench.sh.

Usage: snapshot_bench_gen.py WEEKS DEALS OUTDIR [--changed FRACTION]   (default 0.05)
Week 1 is the pipeline as first exported; each later week changes FRACTION of the deals the way a sales
team does in a week (a stage forward, an amount revised, a close date pushed, a win or a loss) and adds a
few new ones in place of closed ones, so every file has DEALS rows. API names as Data Loader writes them:
ISO dates, true/false, quotes only where needed.
"""
import os
import random
import sys

HEADER = ["Id", "AccountId", "Name", "Description", "StageName", "Amount", "Probability", "ExpectedRevenue",
          "CloseDate", "Type", "NextStep", "LeadSource", "IsClosed", "IsWon", "ForecastCategoryName",
          "CreatedDate", "LastModifiedDate", "OwnerId"]
OPEN = [("Prospecting", 10, "Pipeline"), ("Qualification", 10, "Pipeline"), ("Needs Analysis", 20, "Pipeline"),
        ("Value Proposition", 50, "Pipeline"), ("Id. Decision Makers", 60, "Pipeline"),
        ("Perception Analysis", 70, "Best Case"), ("Proposal/Price Quote", 75, "Best Case"),
        ("Negotiation/Review", 90, "Commit")]
SOURCES = ["Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Trade Show", "Word of mouth", "Other"]
TYPES = ["New Customer", "Existing Customer - Upgrade", "Existing Customer - Replacement"]
OWNERS = ["005A%011d" % i for i in range(40)]
PRODUCTS = ["Analytics Suite", "Data Platform", "Dashboards", "Embedded BI", "Services"]


def day(d):  # days since 1970-01-01 -> YYYY-MM-DD
    z = d + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    dd = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return "%04d-%02d-%02d" % (y + (m <= 2), m, dd)


def main():
    weeks, deals, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    changed = float(sys.argv[sys.argv.index("--changed") + 1]) if "--changed" in sys.argv else 0.05
    rng = random.Random(7)
    start = 19723  # 2024-01-01
    rows = []
    for i in range(deals):
        stage = rng.randrange(len(OPEN))
        rows.append({"id": "006B%011d" % i, "account": "001B%011d" % (i // 3), "stage": stage, "closed": None,
                     "amount": rng.choice([5, 8, 12, 20, 35, 60, 110]) * 1000 + rng.randrange(0, 1000) * 10,
                     "close": start + rng.randrange(0, 200), "created": start - rng.randrange(1, 200),
                     "source": rng.choice(SOURCES), "type": rng.choice(TYPES), "owner": rng.choice(OWNERS),
                     "name": "%s %d" % (rng.choice(PRODUCTS), i)})
    next_id = deals
    for w in range(1, weeks + 1):
        today = start + 7 * w
        if w > 1:
            for r in rng.sample(range(len(rows)), int(len(rows) * changed)):
                deal = rows[r]
                if deal["closed"] is not None:  # a closed deal leaves the export; a new one arrives
                    rows[r] = {"id": "006B%011d" % next_id, "account": "001B%011d" % (next_id // 3), "stage": 0,
                               "closed": None, "amount": rng.choice([8, 12, 20, 35]) * 1000, "created": today - 1,
                               "close": today + rng.randrange(30, 120), "source": rng.choice(SOURCES),
                               "type": rng.choice(TYPES), "owner": rng.choice(OWNERS),
                               "name": "%s %d" % (rng.choice(PRODUCTS), next_id)}
                    next_id += 1
                    continue
                roll = rng.random()
                if roll < 0.3:
                    deal["stage"] = min(deal["stage"] + 1, len(OPEN) - 1)
                elif roll < 0.5:
                    deal["amount"] = max(1000, int(deal["amount"] * rng.choice([0.6, 0.8, 1.2, 1.5])))
                elif roll < 0.75:
                    deal["close"] += rng.randrange(7, 60)
                elif roll < 0.9:
                    deal["closed"] = "won"
                    deal["close"] = today - rng.randrange(0, 5)
                else:
                    deal["closed"] = "lost"
        path = os.path.join(out, "week%02d.csv" % w)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(",".join(HEADER) + "\n")
            for d in rows:
                if d["closed"] == "won":
                    stage, prob, fc, closed, won = "Closed Won", 100, "Closed", "true", "true"
                elif d["closed"] == "lost":
                    stage, prob, fc, closed, won = "Closed Lost", 0, "Omitted", "true", "false"
                else:
                    stage, prob, fc = OPEN[d["stage"]]
                    closed, won = "false", "false"
                amount = d["amount"]
                f.write(",".join([d["id"], d["account"], d["name"], "\"Renewal, phase 2\"" if d["type"] != TYPES[0] else "",
                                  stage, "%d.00" % amount, str(prob), "%.2f" % (amount * prob / 100.0), day(d["close"]),
                                  d["type"], "", d["source"], closed, won, fc, day(d["created"]) + "T09:00:00.000Z",
                                  day(today) + "T08:00:00.000Z", d["owner"]]) + "\n")


if __name__ == "__main__":
    main()
