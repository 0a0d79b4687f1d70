#!/usr/bin/env python3
"""Writes a HubSpot contacts export of N rows (deterministic) for bench/import_bench.sh.

Usage: import_bench_gen.py ROWS OUT.csv [--changed K] [--moved-emails K] [--shape wide|narrow]
  --shape narrow    17 columns, every one mapped by the hubspot-contacts profile (~220 bytes a row, the five
                    'Became a … Date' stage dates): what a team exports from a saved view. The default, wide,
                    is HubSpot's 'all properties' export (28 columns, ~410 bytes, 11 of them not mapped).
  --changed K       the same file with K rows edited
  --moved-emails K  K records of the first 10,000 get a new address, and K new records, listed first (an
                    export sorted by last activity), take their old ones: a person's address moved to a new
                    record between two exports. The file still has ROWS records (the last K ids become the
                    new records). Issue 10.1: import 10,000 rows, then 1,000,000 with --moved-emails 25.
The shape follows a real HubSpot 'all properties' export: UTF-8, comma, quotes only where needed,
'YYYY-MM-DD HH:MM' dates, empty stage dates for stages not reached, a notes column with commas.
"""
import random
import sys

HEADER = ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Company Name", "Job Title",
          "Lifecycle Stage", "Lead Status", "Original Source", "Create Date", "Became a Lead Date",
          "Became a Marketing Qualified Lead Date", "Became a Sales Qualified Lead Date",
          "Became an Opportunity Date", "Became a Customer Date", "Contact owner", "Street Address", "City",
          "State/Region", "Postal Code", "Country/Region", "Website URL", "Industry", "Number of Employees",
          "Annual Revenue", "Last Activity Date", "Notes"]
FIRST = ["Ana", "Ben", "Cara", "Dev", "Eve", "Finn", "Gia", "Hal", "Ivy", "Jon", "Kai", "Lena", "Mei", "Nok", "Ola"]
LAST = ["Silva", "Ng", "Diaz", "Rao", "Kim", "Berg", "Moss", "Ito", "Lund", "Park", "Wu", "Stone", "Hale", "Sund"]
TITLES = ["VP Marketing", "Marketing Manager", "CTO", "Head of Ops", "Analyst", "Director of Sales", "CFO",
          "Growth Lead", "Software Engineer", "Procurement Officer", "CEO", "Demand Gen Specialist"]
STAGES = ["subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer"]
WEIGHTS = [10, 45, 20, 12, 8, 5]
STATUS = ["New", "Open", "In Progress", "Open Deal", "Unqualified", "Attempted to Contact", "Connected", "Bad Timing", ""]
SOURCES = ["Organic Search", "Paid Search", "Email Marketing", "Social Media", "Referrals", "Other Campaigns",
           "Direct Traffic", "Offline Sources", "Paid Social"]
OWNERS = ["Sam Seller", "Olu Owner", "Rita Rep", "Max Sales", "Pia Drive", "Lee Closer", "Tam Hunter", ""]
CITIES = ["Bangkok", "Berlin", "Austin", "Lyon", "Osaka", "Leeds", "Porto", "Denver"]
INDUSTRIES = ["Software", "Retail", "Finance", "Healthcare", "Manufacturing", "Education"]


# The narrow export: the mapped columns only, in the order a saved HubSpot view might put them.
NARROW = ["Record ID", "Email", "First Name", "Last Name", "Company Name", "Job Title", "Contact owner",
          "Lifecycle Stage", "Lead Status", "Original Source", "Country/Region", "Create Date",
          "Became a Lead Date", "Became a Marketing Qualified Lead Date", "Became a Sales Qualified Lead Date",
          "Became an Opportunity Date", "Became a Customer Date"]
NARROW_AT = [HEADER.index(c) for c in NARROW]
# A saved view of the working funnel (MQLs and later) rather than every subscriber: more stage dates a row.
NARROW_WEIGHTS = [5, 20, 25, 22, 16, 12]


def stamp(t):
    days, rest = divmod(t, 86400)
    y, m, d = civil(days)
    return "%04d-%02d-%02d %02d:%02d" % (y, m, d, rest // 3600, rest % 3600 // 60)


def civil(z):  # days since 1970-01-01 -> (y, m, d), Howard Hinnant's algorithm
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + (m <= 2), m, d)


def make_row(rnd, i, changed, weights=WEIGHTS):
    base = 1704067200  # 2024-01-01
    stage = rnd.choices(range(6), weights)[0]
    created = base + rnd.randrange(0, 365 * 86400)
    dates = []
    t = created
    for s in range(2, 6):  # MQL, SQL, opportunity, customer
        if s <= stage:
            t += rnd.randrange(3600, 20 * 86400)
            dates.append(stamp(t))
        else:
            dates.append("")
    fn, ln = rnd.choice(FIRST), rnd.choice(LAST)
    title = rnd.choice(TITLES)
    if i < changed:
        title = title + " (updated)"
    city = rnd.choice(CITIES)
    return [str(1000000 + i), fn, ln, "%s.%s.%d@example.com" % (fn.lower(), ln.lower(), i),
            "+1 555 %07d" % rnd.randrange(10 ** 7), "Company %d" % rnd.randrange(50000), title,
            STAGES[stage], rnd.choice(STATUS), rnd.choice(SOURCES), stamp(created), stamp(created)] + dates + [
            rnd.choice(OWNERS), "%d Main Street" % rnd.randrange(1, 9999), city, "Region %d" % rnd.randrange(50),
            "%05d" % rnd.randrange(100000), "Thailand" if city == "Bangkok" else "United States",
            "https://www.company%d.example" % rnd.randrange(50000), rnd.choice(INDUSTRIES),
            str(rnd.choice([10, 50, 200, 1000, 5000])), str(rnd.randrange(100000, 100000000)),
            stamp(created + rnd.randrange(0, 90 * 86400)),
            '"Met at %s, follow up on pricing, budget and timeline; interested in the %s plan"' % (
                city, rnd.choice(["Starter", "Growth", "Enterprise"]))]


def narrow(row):
    """The narrow columns of a wide row; business addresses and legal company names, as a B2B view has."""
    out = [row[k] for k in NARROW_AT]
    company = row[HEADER.index("Company Name")].replace("Company ", "")
    out[NARROW.index("Company Name")] = "Company %s Holdings Ltd" % company
    out[NARROW.index("Email")] = out[NARROW.index("Email")].replace("@example.com", "@company%s.example" % company)
    return out


def main():
    rows = int(sys.argv[1])
    out = sys.argv[2]
    opts = dict(zip(sys.argv[3::2], sys.argv[4::2]))
    changed = int(opts.get("--changed", 0))
    shape = opts.get("--shape", "wide")
    assert shape in ("wide", "narrow"), "--shape is wide or narrow"
    header = NARROW if shape == "narrow" else HEADER
    weights = NARROW_WEIGHTS if shape == "narrow" else WEIGHTS
    project = narrow if shape == "narrow" else (lambda r: r)
    moved = int(opts.get("--moved-emails", 0))
    movers = [j * 397 for j in range(moved)]
    assert not movers or (movers[-1] < 10000 and rows >= 10000 + moved), "--moved-emails needs ROWS >= 10,000 + K"
    rnd = random.Random(42)
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(header) + "\n")
        if moved:
            ahead = random.Random(42)  # the same rows again, to know the movers' old addresses up front
            old = {}
            for i in range(movers[-1] + 1):
                row = make_row(ahead, i, changed, weights)
                if i in movers:
                    old[i] = row
            for j, m in enumerate(movers):
                taker = list(old[m])
                taker[0] = str(1000000 + rows - moved + j)
                f.write(",".join(project(taker)) + "\n")
        for i in range(rows - moved):
            row = make_row(rnd, i, changed, weights)
            if i in movers:
                row[3] = "moved." + row[3]
            f.write(",".join(project(row)) + "\n")


if __name__ == "__main__":
    main()
