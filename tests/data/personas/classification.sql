-- Persona classification fixture (shared by tests/core/store/test_personastore.cpp and
-- tests/ui/test_personaspage.cpp). Load into a fresh workspace.
--
-- Four personas in priority order (ties go to the one listed first):
--   1 IT leader   title CIO|CTO, >= 200 employees             (strength 2)
--   2 Ops         title Operations, country TH                 (strength 2)
--   3 Any CTO     title CTO                                    (strength 1)
--   4 Big retail  industry Retail, >= 1000 employees           (strength 2)
-- Accounts: 1 Software/500/TH, 2 Retail/5000/US, 3 retail/50/th (lower case on purpose), 4 Retail/2000/TH.
-- Contacts and where they must land:
--   1 "CTO" @1                 IT leader (2) beats Any CTO (1)                        -> IT leader
--   2 "CTO" @3                 IT leader out (50 < 200), Big retail out               -> Any CTO
--   3 "Head of Operations" @1  Ops (2)                                                -> Ops
--   4 "Operations CTO" @2      IT leader 2 = Big retail 2 (Ops out: US); tie, first    -> IT leader
--   5 "Buyer" @2               Big retail (2)                                         -> Big retail
--   6 "Director", no account   nothing (stored as IT leader: must be cleared)         -> none
--   7 no title @3              Big retail out (50 < 1000)                             -> none
--   8 "Head of Operations" @4  Ops 2 = Big retail 2; tie, Ops listed first            -> Ops
-- Totals: IT leader 2, Ops 2, Any CTO 1, Big retail 1, none 2 (= 8 contacts).
INSERT INTO persona(id, name, position, title_keywords, industries, min_employees, countries) VALUES
    (1, 'IT leader', 1, '["CIO","CTO"]', '[]', 200, '[]'),
    (2, 'Ops', 2, '["Operations"]', '[]', NULL, '["TH"]'),
    (3, 'Any CTO', 3, '["CTO"]', '[]', NULL, '[]'),
    (4, 'Big retail', 4, '[]', '["Retail"]', 1000, '[]');
INSERT INTO account(id, source, source_id, industry, employees, country) VALUES
    (1, 't', 'a1', 'Software', 500, 'TH'),
    (2, 't', 'a2', 'Retail', 5000, 'US'),
    (3, 't', 'a3', 'retail', 50, 'th'),
    (4, 't', 'a4', 'Retail', 2000, 'TH');
INSERT INTO contact(id, source, source_id, title, account_id, persona_id) VALUES
    (1, 't', 'c1', 'CTO', 1, NULL),
    (2, 't', 'c2', 'CTO', 3, NULL),
    (3, 't', 'c3', 'Head of Operations', 1, NULL),
    (4, 't', 'c4', 'Operations CTO', 2, NULL),
    (5, 't', 'c5', 'Buyer', 2, NULL),
    (6, 't', 'c6', 'Director', NULL, 1),
    (7, 't', 'c7', NULL, 3, NULL),
    (8, 't', 'c8', 'Head of Operations', 4, NULL);
