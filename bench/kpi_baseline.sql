-- The baseline kpi_bench.sh times against `revalign-cli kpi WORKSPACE --json`: the same KPIs for the
-- whole data range, computed by the sqlite3 command-line tool with plain SQL on the same file, with
-- the same rules (docs/kpis.md): skipped stages count as passed at the next recorded stage's time,
-- Lead falls back to creation; SLA and time to first touch in business hours of the workspace calendar.
-- SQLite has no time zones: the offset of the demo's zone (Asia/Bangkok, UTC+7, no DST) is a parameter.
-- (The CLI additionally computes the previous period and the same period last year; for the whole
-- data range those are empty, so this is, if anything, less work than the CLI does.)
PRAGMA temp_store = MEMORY;

CREATE TEMP TABLE params AS SELECT 25200 AS tz, 0 AS dummy;

-- One row per contact with its recorded stage times, pivoted from contact_stage.
CREATE TEMP TABLE rec AS
SELECT c.id, c.created_at, c.channel, c.handoff_status, c.handoff_decided_at, c.rejection_reason,
       c.first_sales_touch_at,
       s.lead, s.mql, s.sal, s.sql_, s.opp, s.cust
FROM contact c
LEFT JOIN (SELECT cs.contact_id,
                  MAX(CASE f.key WHEN 'lead' THEN cs.entered_at END) AS lead,
                  MAX(CASE f.key WHEN 'mql' THEN cs.entered_at END) AS mql,
                  MAX(CASE f.key WHEN 'sal' THEN cs.entered_at END) AS sal,
                  MAX(CASE f.key WHEN 'sql' THEN cs.entered_at END) AS sql_,
                  MAX(CASE f.key WHEN 'opportunity' THEN cs.entered_at END) AS opp,
                  MAX(CASE f.key WHEN 'customer' THEN cs.entered_at END) AS cust
           FROM contact_stage cs JOIN funnel_stage f ON f.id = cs.stage_id
           GROUP BY cs.contact_id) s ON s.contact_id = c.id;

-- Effective stage times: a stage without its own time takes the earliest later recorded time.
CREATE TEMP TABLE eff AS
SELECT id, channel, handoff_status, handoff_decided_at, rejection_reason, first_sales_touch_at,
       cust,
       COALESCE(opp, cust) AS opp,
       NULLIF(MIN(COALESCE(sql_, 9e18), COALESCE(opp, 9e18), COALESCE(cust, 9e18)), 9e18) AS sql_,
       NULLIF(MIN(COALESCE(sal, 9e18), COALESCE(sql_, 9e18), COALESCE(opp, 9e18), COALESCE(cust, 9e18)), 9e18) AS sal,
       NULLIF(MIN(COALESCE(mql, 9e18), COALESCE(sal, 9e18), COALESCE(sql_, 9e18), COALESCE(opp, 9e18),
                  COALESCE(cust, 9e18)), 9e18) AS mql,
       COALESCE(lead, created_at, NULLIF(MIN(COALESCE(mql, 9e18), COALESCE(sal, 9e18), COALESCE(sql_, 9e18),
                                             COALESCE(opp, 9e18), COALESCE(cust, 9e18)), 9e18)) AS lead
FROM rec;

-- The data range, as the CLI takes it without --from/--to, and the as-of instant.
CREATE TEMP TABLE span AS
SELECT MIN(t) AS min_t, MAX(t) AS as_of FROM (
    SELECT created_at AS t FROM contact UNION ALL SELECT handoff_decided_at FROM contact
    UNION ALL SELECT first_sales_touch_at FROM contact UNION ALL SELECT entered_at FROM contact_stage
    UNION ALL SELECT created_at FROM opportunity);
CREATE TEMP TABLE rng AS
SELECT MIN(date(min_t + tz, 'unixepoch'), COALESCE((SELECT MIN(close_date) FROM opportunity WHERE is_closed), '9999'))
           AS from_d,
       MAX(date(as_of + tz, 'unixepoch'), COALESCE((SELECT MAX(close_date) FROM opportunity WHERE is_closed), ''))
           AS to_d,
       as_of, tz
FROM span, params;
CREATE TEMP TABLE win AS
SELECT from_d, to_d, as_of, tz,
       CAST(strftime('%s', from_d) AS INTEGER) - tz AS from_t,
       CAST(strftime('%s', to_d, '+1 day') AS INTEGER) - tz AS to_t
FROM rng;

-- Business calendar: per local day, opening and closing instants and the business seconds before it.
CREATE TEMP TABLE days (n INTEGER PRIMARY KEY, open_t INTEGER, close_t INTEGER, before INTEGER);
WITH RECURSIVE d(day) AS (
    SELECT date(from_d, '-7 days') FROM win
    UNION ALL SELECT date(day, '+1 day') FROM d WHERE day < (SELECT date(to_d, '+7 days') FROM win)),
cal AS (
    SELECT CAST(julianday(day) AS INTEGER) AS n,
           CASE WHEN strftime('%w', day) IN ('1', '2', '3', '4', '5')
                     AND day NOT IN (SELECT day FROM holiday) THEN 1 ELSE 0 END AS open,
           CAST(strftime('%s', day) AS INTEGER) - (SELECT tz FROM win) AS start_t
    FROM d)
INSERT INTO days
SELECT n, start_t + 9 * 3600, start_t + CASE open WHEN 1 THEN 17 ELSE 9 END * 3600,
       COALESCE(SUM(open * 8 * 3600) OVER (ORDER BY n ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
FROM cal;

-- MQLs of the range with outcome, response, SLA and hours to first touch.
CREATE TEMP TABLE mq AS
SELECT e.*,
       CASE WHEN handoff_status = 'rejected' THEN 'rejected'
            WHEN handoff_status = 'accepted' OR sal IS NOT NULL THEN 'accepted' ELSE 'pending' END AS outcome,
       NULLIF(MIN(COALESCE(CASE WHEN handoff_status IN ('accepted', 'rejected') THEN handoff_decided_at END, 9e18),
                  COALESCE(first_sales_touch_at, 9e18), COALESCE(sal, 9e18)), 9e18) AS response
FROM eff e, win WHERE e.mql >= win.from_t AND e.mql < win.to_t;

CREATE TEMP TABLE mqb AS
SELECT mq.id, mq.outcome, mq.rejection_reason, mq.sql_,
       (SELECT before + MAX(0, MIN(mq.response, close_t) - open_t) FROM days WHERE n = CAST(julianday(date(mq.response + (SELECT tz FROM win), 'unixepoch')) AS INTEGER))
         - (SELECT before + MAX(0, MIN(mq.mql, close_t) - open_t) FROM days WHERE n = CAST(julianday(date(mq.mql + (SELECT tz FROM win), 'unixepoch')) AS INTEGER))
         AS response_bs,
       (SELECT before + MAX(0, MIN(mq.first_sales_touch_at, close_t) - open_t) FROM days WHERE n = CAST(julianday(date(mq.first_sales_touch_at + (SELECT tz FROM win), 'unixepoch')) AS INTEGER))
         - (SELECT before + MAX(0, MIN(mq.mql, close_t) - open_t) FROM days WHERE n = CAST(julianday(date(mq.mql + (SELECT tz FROM win), 'unixepoch')) AS INTEGER))
         AS touch_bs,
       (SELECT before + MAX(0, MIN(win.as_of, close_t) - open_t) FROM days, win WHERE n = CAST(julianday(date(win.as_of + win.tz, 'unixepoch')) AS INTEGER))
         - (SELECT before + MAX(0, MIN(mq.mql, close_t) - open_t) FROM days WHERE n = CAST(julianday(date(mq.mql + (SELECT tz FROM win), 'unixepoch')) AS INTEGER))
         AS waited_bs
FROM mq;

CREATE TEMP TABLE sla AS
SELECT CASE WHEN response_bs IS NOT NULL THEN CASE WHEN MAX(response_bs, 0) <= 24 * 3600 THEN 'met' ELSE 'missed' END
            WHEN waited_bs > 24 * 3600 THEN 'missed' ELSE 'not_due' END AS state
FROM mqb;

CREATE TEMP TABLE touched AS SELECT MAX(touch_bs, 0) / 3600.0 AS h FROM mqb WHERE touch_bs IS NOT NULL;

-- Opportunities of the range.
CREATE TEMP TABLE opp AS
SELECT o.*, COALESCE(o.probability, ds.probability, 0) AS p,
       date(o.created_at + (SELECT tz FROM win), 'unixepoch') AS created_d
FROM opportunity o LEFT JOIN deal_stage ds ON ds.name = o.stage;
CREATE TEMP TABLE won AS
SELECT amount_cents, julianday(close_date) - julianday(created_d) AS cycle, sourced_by
FROM opp, win WHERE is_closed AND is_won AND close_date BETWEEN win.from_d AND win.to_d;

.mode line
SELECT
  (SELECT COUNT(*) FROM eff, win WHERE lead >= from_t AND lead < to_t) AS leads_created,
  (SELECT COUNT(*) FROM mq) AS mqls,
  (SELECT 1.0 * SUM(mql IS NOT NULL) / NULLIF(COUNT(*), 0) FROM eff, win WHERE lead >= from_t AND lead < to_t)
      AS lead_to_mql_rate,
  (SELECT SUM(c.cost_cents * (MIN(julianday(COALESCE(c.end_date, c.start_date)), julianday(win.to_d))
                             - MAX(julianday(COALESCE(c.start_date, c.end_date)), julianday(win.from_d)) + 1)
              / (julianday(COALESCE(c.end_date, c.start_date)) - julianday(COALESCE(c.start_date, c.end_date)) + 1))
   FROM campaign c, win
   WHERE COALESCE(c.start_date, c.end_date) <= win.to_d AND COALESCE(c.end_date, c.start_date) >= win.from_d)
      / 100.0 / NULLIF((SELECT COUNT(*) FROM mq), 0) AS cost_per_mql,
  (SELECT SUM(amount_cents) / 100.0 FROM opp, win WHERE sourced_by = 'marketing' AND created_at >= from_t AND created_at < to_t)
      AS marketing_sourced_pipeline,
  (SELECT COALESCE(SUM(amount_cents), 0) / 100.0 FROM won WHERE sourced_by = 'marketing') AS marketing_sourced_revenue,
  (SELECT 1.0 * SUM(outcome = 'accepted') / NULLIF(SUM(outcome <> 'pending'), 0) FROM mq) AS mql_acceptance_rate,
  (SELECT SUM(outcome = 'pending') FROM mq) AS mqls_pending,
  (SELECT COUNT(*) FROM mq WHERE outcome = 'rejected') AS mql_rejection_reasons,
  (SELECT group_concat(r || '=' || n, '; ') FROM (SELECT COALESCE(rejection_reason, '(none)') AS r, COUNT(*) AS n
      FROM mq WHERE outcome = 'rejected' GROUP BY 1)) AS rejections_by_reason,
  (SELECT 1.0 * SUM(state = 'met') / NULLIF(SUM(state <> 'not_due'), 0) FROM sla) AS sla_compliance,
  (SELECT AVG(h) FROM (SELECT h FROM touched ORDER BY h
      LIMIT 2 - (SELECT COUNT(*) FROM touched) % 2 OFFSET ((SELECT COUNT(*) FROM touched) - 1) / 2))
      AS median_hours_to_first_touch,
  (SELECT 1.0 * SUM(sql_ IS NOT NULL) / NULLIF(COUNT(*), 0) FROM mq) AS mql_to_sql_rate,
  (SELECT 1.0 * SUM(cust IS NOT NULL) / NULLIF(COUNT(*), 0) FROM eff, win WHERE lead >= from_t AND lead < to_t)
      AS lead_to_customer_rate,
  (SELECT COUNT(*) FROM eff, win WHERE sql_ >= from_t AND sql_ < to_t) AS sqls,
  (SELECT COUNT(*) FROM opp, win WHERE created_at >= from_t AND created_at < to_t) AS opportunities_created,
  (SELECT SUM(amount_cents) / 100.0 FROM opp, win WHERE created_at >= from_t AND created_at < to_t) AS pipeline_created,
  (SELECT 1.0 * SUM(is_won) / NULLIF(COUNT(*), 0) FROM opp, win
      WHERE is_closed AND close_date BETWEEN from_d AND to_d) AS win_rate,
  (SELECT SUM(amount_cents) / 100.0 / NULLIF(COUNT(*), 0) FROM won) AS average_deal_size,
  (SELECT AVG(cycle) FROM (SELECT cycle FROM won ORDER BY cycle
      LIMIT 2 - (SELECT COUNT(*) FROM won) % 2 OFFSET ((SELECT COUNT(*) FROM won) - 1) / 2)) AS sales_cycle_days,
  (SELECT COUNT(*) FROM opp, win WHERE created_at < to_t AND (NOT is_closed OR close_date > to_d))
      AS open_at_end,
  (SELECT SUM(amount_cents * p) / 100.0 FROM opp, win WHERE created_at < to_t AND (NOT is_closed OR close_date > to_d))
      AS weighted_pipeline,
  (SELECT SUM(amount_cents) / 100.0 FROM opp, win WHERE created_at < to_t AND (NOT is_closed OR close_date > to_d))
      AS open_pipeline,
  (SELECT COALESCE(SUM(amount_cents), 0) / 100.0 FROM won) AS bookings,
  (SELECT group_concat(k || '=' || v, '; ') FROM (
      SELECT CASE WHEN is_won THEN 'closed' ELSE forecast_category END AS k, SUM(amount_cents) / 100.0 AS v
      FROM opp, win WHERE close_date BETWEEN from_d AND to_d AND (is_won OR NOT is_closed) GROUP BY 1)) AS forecast;
