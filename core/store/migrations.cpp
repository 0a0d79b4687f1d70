#include "store/migrations.h"

#include "store/database.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgtransaction.h"
#include "store/schemameta.h"
#include "store/sqldialect.h"

#include <string>

namespace revalign {

namespace {
// Written once for both engines: SQL both accept, plus the tokens SqlDialect::expand() replaces ({id},
// {int}, {real}, {without_rowid}, {json_int:...}, {sync_id:...}; see sqldialect.h). On SQLite the expansion
// is the exact text these migrations had before the tokens, so every file carries the same schema text.
// Times are {int} Unix seconds (UTC); dates are TEXT 'YYYY-MM-DD'; money is {int} cents.
constexpr std::string_view kSchema1 = R"sql(
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE holiday (
    day  TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT ''
);
CREATE TABLE funnel_stage (
    id         {id},
    key        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    position   {int} NOT NULL UNIQUE,
    team       TEXT NOT NULL CHECK (team IN ('marketing', 'sales', 'shared')),
    definition TEXT NOT NULL DEFAULT '',
    sla_hours  {real}
);
CREATE TABLE deal_stage (
    name              TEXT PRIMARY KEY,
    position          {int} NOT NULL,
    probability       {real} NOT NULL CHECK (probability BETWEEN 0 AND 1),
    forecast_category TEXT NOT NULL,
    is_closed         {int} NOT NULL DEFAULT 0,
    is_won            {int} NOT NULL DEFAULT 0
);
CREATE TABLE persona (
    id             {id},
    name           TEXT NOT NULL UNIQUE,
    position       {int} NOT NULL DEFAULT 0,
    description    TEXT NOT NULL DEFAULT '',
    pains          TEXT NOT NULL DEFAULT '',
    goals          TEXT NOT NULL DEFAULT '',
    color          TEXT NOT NULL DEFAULT '#4e79a7',
    title_keywords TEXT NOT NULL DEFAULT '[]',
    industries     TEXT NOT NULL DEFAULT '[]',
    min_employees  {int},
    max_employees  {int},
    countries      TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE owner (
    id        {id},
    source_id TEXT,
    name      TEXT NOT NULL,
    email     TEXT,
    role      TEXT NOT NULL,
    team      TEXT NOT NULL CHECK (team IN ('marketing', 'sales'))
);
CREATE UNIQUE INDEX owner_name ON owner(name);
CREATE INDEX owner_source ON owner(source_id);
CREATE TABLE import_batch (
    id          {id},
    file_name   TEXT NOT NULL,
    file_hash   TEXT NOT NULL,
    profile     TEXT NOT NULL,
    imported_at {int} NOT NULL,
    rows_new       {int} NOT NULL DEFAULT 0,
    rows_updated   {int} NOT NULL DEFAULT 0,
    rows_unchanged {int} NOT NULL DEFAULT 0,
    rows_invalid   {int} NOT NULL DEFAULT 0
);
CREATE TABLE account (
    id        {id},
    source    TEXT NOT NULL,
    source_id TEXT NOT NULL,
    name      TEXT NOT NULL DEFAULT '',
    domain    TEXT,
    industry  TEXT,
    employees {int},
    country   TEXT,
    segment   TEXT,
    batch_id  {int} REFERENCES import_batch(id),
    UNIQUE (source, source_id)
);
CREATE TABLE campaign (
    id         {id},
    source     TEXT NOT NULL,
    source_id  TEXT NOT NULL,
    name       TEXT NOT NULL,
    channel    TEXT,
    cost_cents {int} NOT NULL DEFAULT 0,
    currency   TEXT,
    start_date TEXT,
    end_date   TEXT,
    batch_id   {int} REFERENCES import_batch(id),
    UNIQUE (source, source_id)
);
CREATE TABLE contact (
    id                   {id},
    source               TEXT NOT NULL,
    source_id            TEXT NOT NULL,
    email                TEXT,
    first_name           TEXT,
    last_name            TEXT,
    title                TEXT,
    account_id           {int} REFERENCES account(id),
    persona_id           {int} REFERENCES persona(id) ON DELETE SET NULL,
    channel              TEXT,
    campaign_id          {int} REFERENCES campaign(id),
    owner_id             {int} REFERENCES owner(id),
    score                {int},
    created_at           {int},
    handoff_status       TEXT NOT NULL DEFAULT 'none'
                         CHECK (handoff_status IN ('none', 'pending', 'accepted', 'rejected')),
    handoff_decided_at   {int},
    rejection_reason     TEXT,
    first_sales_touch_at {int},
    batch_id             {int} REFERENCES import_batch(id),
    UNIQUE (source, source_id)
);
CREATE INDEX contact_email ON contact(email);
CREATE TABLE contact_stage (
    contact_id {int} NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    stage_id   {int} NOT NULL REFERENCES funnel_stage(id) ON DELETE CASCADE,
    entered_at {int} NOT NULL,
    PRIMARY KEY (contact_id, stage_id)
);
CREATE TABLE opportunity (
    id                {id},
    source            TEXT NOT NULL,
    source_id         TEXT NOT NULL,
    account_id        {int} REFERENCES account(id),
    contact_id        {int} REFERENCES contact(id),
    owner_id          {int} REFERENCES owner(id),
    campaign_id       {int} REFERENCES campaign(id),
    name              TEXT NOT NULL DEFAULT '',
    amount_cents      {int},
    currency          TEXT,
    stage             TEXT,
    probability       {real},
    forecast_category TEXT,
    created_at        {int},
    close_date        TEXT,
    is_closed         {int} NOT NULL DEFAULT 0,
    is_won            {int} NOT NULL DEFAULT 0,
    sourced_by        TEXT NOT NULL DEFAULT 'unknown'
                      CHECK (sourced_by IN ('unknown', 'marketing', 'sales', 'partner')),
    channel           TEXT,
    batch_id          {int} REFERENCES import_batch(id),
    UNIQUE (source, source_id)
);
CREATE INDEX opportunity_contact ON opportunity(contact_id);
CREATE TABLE touchpoint (
    id          {id},
    source      TEXT NOT NULL,
    source_id   TEXT NOT NULL,
    contact_id  {int} NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    occurred_at {int} NOT NULL,
    channel     TEXT,
    campaign_id {int} REFERENCES campaign(id),
    kind        TEXT NOT NULL,
    team        TEXT NOT NULL CHECK (team IN ('marketing', 'sales')),
    batch_id    {int} REFERENCES import_batch(id),
    UNIQUE (source, source_id)
);
CREATE INDEX touchpoint_contact ON touchpoint(contact_id, occurred_at);
CREATE TABLE kpi_definition (
    key        TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    team       TEXT NOT NULL CHECK (team IN ('marketing', 'sales', 'shared')),
    formula    TEXT NOT NULL,
    unit       TEXT NOT NULL,
    direction  TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
    agreed_on  TEXT,
    agreed_by  TEXT,
    is_builtin {int} NOT NULL DEFAULT 0
);
CREATE TABLE kpi_target (
    kpi_key TEXT NOT NULL REFERENCES kpi_definition(key) ON DELETE CASCADE,
    period  TEXT NOT NULL CHECK (period IN ('week', 'month', 'quarter')),
    value   {real} NOT NULL,
    PRIMARY KEY (kpi_key, period)
);
CREATE TABLE definition_change (
    id         {id},
    at         {int} NOT NULL,
    who        TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    field      TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT,
    note       TEXT NOT NULL DEFAULT ''
);
)sql";

// Imports: a content hash per imported row (so re-importing an unchanged export writes nothing), the
// batch of every row an import can create (stage entries and owners too, so undo can find them), the
// before-image of every row an import changed (undo restores them), and the user's saved profiles.
constexpr std::string_view kSchema2 = R"sql(
ALTER TABLE account ADD COLUMN row_hash {int};
ALTER TABLE campaign ADD COLUMN row_hash {int};
ALTER TABLE contact ADD COLUMN row_hash {int};
ALTER TABLE opportunity ADD COLUMN row_hash {int};
ALTER TABLE touchpoint ADD COLUMN row_hash {int};
ALTER TABLE contact_stage ADD COLUMN batch_id {int} REFERENCES import_batch(id);
ALTER TABLE owner ADD COLUMN batch_id {int} REFERENCES import_batch(id);
ALTER TABLE import_batch ADD COLUMN entity TEXT NOT NULL DEFAULT '';
ALTER TABLE import_batch ADD COLUMN source TEXT NOT NULL DEFAULT '';
CREATE TABLE import_undo (
    batch_id   {int} NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    seq        {int} NOT NULL,
    table_name TEXT NOT NULL,
    row_id     {int} NOT NULL,
    before     TEXT NOT NULL,
    PRIMARY KEY (batch_id, seq)
);
CREATE TABLE import_profile (
    name     TEXT PRIMARY KEY,
    json     TEXT NOT NULL,
    saved_at {int} NOT NULL
);
)sql";

// Weekly sync: meetings, their notes and action items (carried over until done).
constexpr std::string_view kSchemaMeetings = R"sql(
CREATE TABLE meeting (
    id      {id},
    held_on TEXT NOT NULL UNIQUE,
    title   TEXT NOT NULL DEFAULT ''
);
CREATE TABLE meeting_note (
    id         {id},
    meeting_id {int} NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    team       TEXT NOT NULL CHECK (team IN ('marketing', 'sales', 'shared')),
    author     TEXT NOT NULL DEFAULT '',
    text       TEXT NOT NULL,
    created_at {int} NOT NULL
);
CREATE INDEX meeting_note_meeting ON meeting_note(meeting_id);
CREATE TABLE action_item (
    id         {id},
    meeting_id {int} NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    team       TEXT NOT NULL CHECK (team IN ('marketing', 'sales', 'shared')),
    owner      TEXT NOT NULL DEFAULT '',
    text       TEXT NOT NULL,
    due_on     TEXT,
    done_on    TEXT
);
CREATE INDEX action_item_open ON action_item(done_on);
)sql";

// Version 4: the lead-scoring model, one JSON document (rules change shape more often than columns
// should). No row means the built-in default model.
constexpr std::string_view kSchema4 = R"sql(
CREATE TABLE scoring_model (
    id         {int} PRIMARY KEY CHECK (id = 1),
    definition TEXT NOT NULL,
    updated_at {int} NOT NULL,
    updated_by TEXT NOT NULL
);
)sql";

// Version 5: what a million-row import costs. Stage entries live in their primary key's b-tree (WITHOUT
// ROWID: one insert per entry instead of a row plus its key index; the undo log finds a changed entry by
// (contact_id, stage_id), which its before-image carries). The email index goes: only an import's email
// fallback looked contacts up by email, and it now keeps that lookup in memory for the import's duration,
// instead of every import maintaining (and every workspace storing) a 30 MB-per-million-contacts index.
constexpr std::string_view kSchema5 = R"sql(
DROP INDEX contact_email;
CREATE TABLE contact_stage_v5 (
    contact_id {int} NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    stage_id   {int} NOT NULL REFERENCES funnel_stage(id) ON DELETE CASCADE,
    entered_at {int} NOT NULL,
    batch_id   {int} REFERENCES import_batch(id),
    PRIMARY KEY (contact_id, stage_id)
) {without_rowid};
INSERT INTO contact_stage_v5(contact_id, stage_id, entered_at, batch_id)
    SELECT contact_id, stage_id, entered_at, batch_id FROM contact_stage;
DROP TABLE contact_stage;
ALTER TABLE contact_stage_v5 RENAME TO contact_stage;
UPDATE import_undo SET row_id = {json_int:before,contact_id} WHERE table_name = 'contact_stage';
)sql";

// Version 6: what an import must not lose.
//  - pending_reference: a reference a row names (an account, contact or campaign id of its source system)
//    that is not in the workspace yet. The row keeps the id here and is linked when the record arrives,
//    later in the same import or in a later one (resolved_batch_id: the import that linked it). New
//    entries carry the batch that made them and changed ones leave a before-image, like every row an
//    import touches, so undo puts both the row and its pending reference back exactly.
//  - owners get a manager (another owner), a region (office, territory) and the CRM's title.
//  - deal stages an import met for the first time are kept, marked not yet defined (is_defined = 0), with
//    the batch that added them so undo removes them; defining one on the Definitions page adopts it. The
//    stages earlier imports stored on deals without a definition are listed now, not yet defined.
//  - a stage entry may be undated: "reached, date unknown" (entered_at NULL; a lead list's Converted flag).
//  - a touchpoint may wait for its contact (contact_id NULL plus a pending reference).
// Both rebuilt tables keep every row, column and key; SQLite cannot drop a NOT NULL in place.
constexpr std::string_view kSchema6 = R"sql(
CREATE TABLE pending_reference (
    id                {id},
    table_name        TEXT NOT NULL,
    row_id            {int} NOT NULL,
    field             TEXT NOT NULL,
    source            TEXT NOT NULL,
    source_id         TEXT NOT NULL,
    fields_hash       {int},
    batch_id          {int} REFERENCES import_batch(id),
    resolved_batch_id {int} REFERENCES import_batch(id),
    UNIQUE (table_name, row_id, field)
);
CREATE INDEX pending_reference_target ON pending_reference(field, source, source_id);
ALTER TABLE owner ADD COLUMN manager_id {int} REFERENCES owner(id);
ALTER TABLE owner ADD COLUMN region TEXT;
ALTER TABLE owner ADD COLUMN title TEXT;
ALTER TABLE deal_stage ADD COLUMN is_defined {int} NOT NULL DEFAULT 1;
ALTER TABLE deal_stage ADD COLUMN batch_id {int} REFERENCES import_batch(id);
INSERT INTO deal_stage(name, position, probability, forecast_category, is_closed, is_won, is_defined)
    SELECT s.stage, (SELECT coalesce(max(position), 0) FROM deal_stage) + row_number() OVER (ORDER BY s.stage),
           0, 'pipeline', 0, 0, 0
    FROM (SELECT DISTINCT stage FROM opportunity
          WHERE stage IS NOT NULL AND stage NOT IN (SELECT name FROM deal_stage)) AS s;
CREATE TABLE contact_stage_v6 (
    contact_id {int} NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    stage_id   {int} NOT NULL REFERENCES funnel_stage(id) ON DELETE CASCADE,
    entered_at {int},
    batch_id   {int} REFERENCES import_batch(id),
    PRIMARY KEY (contact_id, stage_id)
) {without_rowid};
INSERT INTO contact_stage_v6(contact_id, stage_id, entered_at, batch_id)
    SELECT contact_id, stage_id, entered_at, batch_id FROM contact_stage;
DROP TABLE contact_stage;
ALTER TABLE contact_stage_v6 RENAME TO contact_stage;
CREATE TABLE touchpoint_v6 (
    id          {id},
    source      TEXT NOT NULL,
    source_id   TEXT NOT NULL,
    contact_id  {int} REFERENCES contact(id) ON DELETE CASCADE,
    occurred_at {int} NOT NULL,
    channel     TEXT,
    campaign_id {int} REFERENCES campaign(id),
    kind        TEXT NOT NULL,
    team        TEXT NOT NULL CHECK (team IN ('marketing', 'sales')),
    batch_id    {int} REFERENCES import_batch(id),
    row_hash    {int},
    UNIQUE (source, source_id)
);
INSERT INTO touchpoint_v6(id, source, source_id, contact_id, occurred_at, channel, campaign_id, kind, team,
                          batch_id, row_hash)
    SELECT id, source, source_id, contact_id, occurred_at, channel, campaign_id, kind, team, batch_id, row_hash
    FROM touchpoint;
DROP TABLE touchpoint;
ALTER TABLE touchpoint_v6 RENAME TO touchpoint;
{sync_id:touchpoint}
CREATE INDEX touchpoint_contact ON touchpoint(contact_id, occurred_at);
)sql";

// Version 7: deal history. Every deals import is a snapshot: each deal's state (stage, amount, close
// date, probability, forecast category, owner, open/won/lost) as of each import that changed it, with
// valid_from/valid_to (a type-2 slowly changing dimension; valid_to NULL = the current state). Imported
// history (Salesforce OpportunityHistory rows, HubSpot "Date entered" columns) fills the same timeline:
// origin 'history' rows state only what their file carries (NULL = not stated) and are keyed by (source,
// source id) so a re-import changes nothing (a partial unique index: snapshot rows have no source id and
// skip it). Each batch records the as-of time of its export; deal stages
// get the days a deal is expected to spend in them (stalled deals). Existing deals start their history
// with one snapshot as of the import that last wrote them.
constexpr std::string_view kSchema7 = R"sql(
CREATE TABLE deal_state (
    id                {id},
    opportunity_id    {int} NOT NULL REFERENCES opportunity(id) ON DELETE CASCADE,
    valid_from        {int} NOT NULL,
    valid_to          {int},
    origin            TEXT NOT NULL CHECK (origin IN ('snapshot', 'history')),
    stage             TEXT,
    amount_cents      {int},
    close_date        TEXT,
    probability       {real},
    forecast_category TEXT,
    owner_id          {int} REFERENCES owner(id),
    status            TEXT CHECK (status IN ('open', 'won', 'lost')),
    source            TEXT,
    source_id         TEXT,
    row_hash          {int},
    batch_id          {int} REFERENCES import_batch(id)
);
CREATE UNIQUE INDEX deal_state_source ON deal_state(source, source_id) WHERE source_id IS NOT NULL;
CREATE INDEX deal_state_timeline ON deal_state(opportunity_id, valid_from);
CREATE INDEX deal_state_current ON deal_state(opportunity_id) WHERE valid_to IS NULL;
CREATE INDEX deal_state_current_history ON deal_state(opportunity_id) WHERE valid_to IS NULL AND origin = 'history';
CREATE INDEX deal_state_from ON deal_state(valid_from);
CREATE INDEX deal_state_batch ON deal_state(batch_id);
ALTER TABLE import_batch ADD COLUMN as_of {int};
ALTER TABLE deal_stage ADD COLUMN expected_days {int} CHECK (expected_days IS NULL OR expected_days > 0);
INSERT INTO deal_state(opportunity_id, valid_from, origin, stage, amount_cents, close_date, probability,
                       forecast_category, owner_id, status, batch_id)
    SELECT o.id, coalesce(b.imported_at, o.created_at, 0), 'snapshot', o.stage, o.amount_cents, o.close_date,
           o.probability, o.forecast_category, o.owner_id,
           CASE WHEN o.is_won = 1 THEN 'won' WHEN o.is_closed = 1 THEN 'lost' ELSE 'open' END, o.batch_id
    FROM opportunity o LEFT JOIN import_batch b ON b.id = o.batch_id;
)sql";

// Days a deal is expected to spend in each default stage (Salesforce's standard sales process): past
// them an open deal counts as stalled. Also run when a new workspace is seeded (seedDefaults), since the
// migration itself finds no stages in a brand-new file.
constexpr std::string_view kDefaultExpectedDays = R"sql(
UPDATE deal_stage SET expected_days = 14 WHERE name IN ('Prospecting', 'Qualification') AND expected_days IS NULL;
UPDATE deal_stage SET expected_days = 21 WHERE name IN ('Needs Analysis', 'Value Proposition', 'Id. Decision Makers',
    'Perception Analysis') AND expected_days IS NULL;
UPDATE deal_stage SET expected_days = 14 WHERE name IN ('Proposal/Price Quote', 'Negotiation/Review')
    AND expected_days IS NULL;
)sql";
const std::string kSchema7AndDefaults = std::string(kSchema7) + std::string(kDefaultExpectedDays);

// Version 8: cheaper CHECK constraints. SQLite tests `x IN ('a', 'b', 'c')` (a list of three or more values)
// by probing a temporary index for every row it writes: inserting 1,000,000 contacts took 3.1 s of CPU
// with the contact table's handoff_status check and 1.3-1.6 s with it spelled as comparisons or left out
// (sqlite3 3.40.1, the rows of a narrow bench/import_bench.sh export), about a quarter of the import's
// writer thread. The constraints are
// rewritten as equivalent comparisons (a NULL still passes, as in the IN form). CHECK texts do not change
// what is stored, so SQLite lets the schema text be edited in place (its documented writable_schema
// procedure) instead of copying every table; the temporary table makes SQLite bump the schema cookie so
// other open connections re-read the schema. SQLite only: PostgreSQL evaluates IN lists directly.
constexpr std::string_view kSchema8 = R"sql(
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(replace(replace(replace(replace(sql,
    'CHECK (handoff_status IN (''none'', ''pending'', ''accepted'', ''rejected''))',
    'CHECK (handoff_status = ''none'' OR handoff_status = ''pending'' OR handoff_status = ''accepted'' OR handoff_status = ''rejected'')'),
    'CHECK (sourced_by IN (''unknown'', ''marketing'', ''sales'', ''partner''))',
    'CHECK (sourced_by = ''unknown'' OR sourced_by = ''marketing'' OR sourced_by = ''sales'' OR sourced_by = ''partner'')'),
    'CHECK (status IN (''open'', ''won'', ''lost''))',
    'CHECK (status = ''open'' OR status = ''won'' OR status = ''lost'')'),
    'CHECK (period IN (''week'', ''month'', ''quarter''))',
    'CHECK (period = ''week'' OR period = ''month'' OR period = ''quarter'')'),
    'CHECK (team IN (''marketing'', ''sales'', ''shared''))',
    'CHECK (team = ''marketing'' OR team = ''sales'' OR team = ''shared'')')
WHERE type = 'table';
PRAGMA writable_schema = RESET;
CREATE TABLE revalign_schema_cookie(x);
DROP TABLE revalign_schema_cookie;
)sql";

// Version 9: many people at once (issue 15). Notes and action items carry a row version: every change is
// `... SET ..., version = version + 1 WHERE id = ? AND version = ?`, so an edit made from a copy another
// window or person changed meanwhile changes nothing and is reported as a conflict (MeetingStore), never
// written over theirs. updated_by/updated_at say whose the stored text is (a note's author is who said it,
// not who last typed it). Existing rows start at version 1, updated by nobody known (''), at their
// creation time where there is one. Each import batch records who made it (user@host), so undo takes back
// only the undoer's own import; batches from before this version have '' (nobody known: anyone's).
constexpr std::string_view kSchema9 = R"sql(
ALTER TABLE meeting_note ADD COLUMN version {int} NOT NULL DEFAULT 1;
ALTER TABLE meeting_note ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE meeting_note ADD COLUMN updated_at {int};
UPDATE meeting_note SET updated_at = created_at;
ALTER TABLE action_item ADD COLUMN version {int} NOT NULL DEFAULT 1;
ALTER TABLE action_item ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE action_item ADD COLUMN updated_at {int};
ALTER TABLE import_batch ADD COLUMN imported_by TEXT NOT NULL DEFAULT '';
)sql";

const std::vector<Migration> kMigrations{
    {1, "Domain model: definitions, records, import batches, KPI registry, change log", kSchema1},
    {2, "Imports: row content hashes, batch of stage entries and owners, undo log, saved import profiles",
     kSchema2},
    {3, "Weekly sync meetings, notes and action items", kSchemaMeetings},
    {4, "Lead-scoring model", kSchema4},
    {5, "Faster imports: stage entries keyed by contact and stage, no email index", kSchema5},
    {6, "References kept until resolved, owner hierarchy, undefined deal stages, undated stage entries",
     kSchema6},
    {7, "Deal history: a state per deal per snapshot, imported stage history, as-of times, expected days",
     kSchema7AndDefaults},
    {8, "Cheaper CHECK constraints: value lists spelled as comparisons", kSchema8, /*sqliteOnly=*/true},
    {9, "Row versions of notes and action items, who changed them, who made each import", kSchema9},
};
} // namespace

const std::vector<Migration>& migrations() {
    return kMigrations;
}

void seedDefaultExpectedDays(Database& db) {
    db.exec(kDefaultExpectedDays);
}

int latestSchemaVersion() {
    return kMigrations.back().version;
}

std::string migrationSql(const Migration& m, const SqlDialect& dialect) {
    if (m.sqliteOnly && dialect.isPostgres())
        return {};
    return dialect.expand(m.sql);
}

void migrate(Database& db, int target) {
    if (db.isPostgres()) {
        migrate(db.pg(), target);
        return;
    }
    if (target < 0)
        target = latestSchemaVersion();
    const SqlDialect dialect = SqlDialect::sqlite();
    SchemaMeta meta(db);
    for (const Migration& m : kMigrations) {
        if (m.version > target)
            break;
        if (m.version <= meta.version())
            continue;
        Transaction tx(db);
        db.exec(migrationSql(m, dialect));
        meta.recordMigration(m.version);
        tx.commit();
    }
}

int migrate(PgConnection& conn, int target, const QString& who) {
    if (target < 0)
        target = latestSchemaVersion();
    const SqlDialect dialect = SqlDialect::postgres();
    SchemaMeta meta(conn);
    int applied = 0;
    for (const Migration& m : kMigrations) {
        if (m.version > target)
            break;
        if (m.version <= meta.version())
            continue;
        PgTransaction tx(conn);
        if (const std::string sql = migrationSql(m, dialect); !sql.empty())
            conn.exec(sql);
        meta.recordMigration(m.version, who);
        tx.commit();
        ++applied;
    }
    return applied;
}

} // namespace revalign
