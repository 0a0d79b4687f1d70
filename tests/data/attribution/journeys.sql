-- Two contacts, three deals, five touches (2024-03-01 = 1709251200; one day = 86400 s).
-- Mirrors the in-memory fixture of tests/core/attribution/test_attribution.cpp; the expected figures are
-- worked out there and in tests/cli/test_cli_attribution.cpp.
INSERT INTO persona(id, name) VALUES (1, 'CMO');
INSERT INTO owner(id, name, role, team) VALUES (1, 'Alice AE', 'ae', 'sales'), (2, 'Bert AE', 'ae', 'sales');
INSERT INTO account(id, source, source_id, name, industry, employees, country) VALUES
    (1, 'test', 'a1', 'Acme', 'Software', 500, 'TH'),
    (2, 'test', 'a2', 'Shop', 'Retail', 100, 'US');
INSERT INTO campaign(id, source, source_id, name, channel) VALUES
    (1, 'test', 'c1', 'Spring ads', 'paid'), (2, 'test', 'c2', 'Webinar', 'webinar');
INSERT INTO contact(id, source, source_id, title, account_id, persona_id, channel, created_at, handoff_status) VALUES
    (1, 'test', 'ann', 'VP Marketing', 1, 1, 'paid', 1709337600, 'accepted'),
    (2, 'test', 'bob', 'MVP Engineer', 2, NULL, 'outbound', 1709251200, 'rejected');
INSERT INTO contact_stage(contact_id, stage_id, entered_at)
    SELECT 1, id, 1709337600 FROM funnel_stage WHERE key = 'lead' UNION ALL
    SELECT 1, id, 1709341200 FROM funnel_stage WHERE key = 'mql' UNION ALL
    SELECT 1, id, 1709510400 FROM funnel_stage WHERE key = 'sql' UNION ALL
    SELECT 2, id, 1709251200 FROM funnel_stage WHERE key = 'lead' UNION ALL
    SELECT 2, id, 1709258400 FROM funnel_stage WHERE key = 'mql';
INSERT INTO touchpoint(source, source_id, contact_id, occurred_at, channel, campaign_id, kind, team) VALUES
    ('test', 't1', 1, 1709251200, 'paid', 1, 'web_visit', 'marketing'),
    ('test', 't2', 1, 1709337600, 'organic', NULL, 'form', 'marketing'),
    ('test', 't3', 1, 1709510400, 'outbound', NULL, 'call', 'sales'),
    ('test', 't4', 1, 1710288000, 'webinar', 2, 'event', 'marketing'),
    ('test', 't5', 2, 1709683200, 'outbound', NULL, 'call', 'sales');
INSERT INTO opportunity(id, source, source_id, contact_id, owner_id, amount_cents, created_at, close_date,
                        is_won, is_closed, sourced_by, channel) VALUES
    (1, 'test', 'o1', 1, 1, 90000, 1709553600, '2024-03-11', 1, 1, 'marketing', 'paid'),
    (2, 'test', 'o2', 2, 2, 30000, 1709424000, NULL, 0, 0, 'sales', 'outbound'),
    (3, 'test', 'o3', NULL, 2, 10000, 1709596800, NULL, 0, 0, 'sales', NULL);
