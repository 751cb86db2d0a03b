"""Numbered schema migrations with the schema version recorded in the database.

Rules for adding a migration:
- append a function to MIGRATIONS; its number is its position (1-based);
- migration 1 creates the tables from the current models, so on a new database the
  later migrations must find their work already done: write them idempotently
  (check that a column or index is missing before adding it);
- never edit or reorder a migration that has shipped.
Every run of migrations happens in one transaction (DDL is transactional on SQLite
and PostgreSQL), under a lock so that two workstations starting at once do not race.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Callable

from peewee import Database, PostgresqlDatabase, SqliteDatabase

from ..models import ALL_MODELS, BusinessHours, SchemaVersion, SlaPolicy
from .dialect import APPLICATION_ID
from .errors import StorageError

log = logging.getLogger(__name__)

# Defaults a center can change (minutes): first response / resolution.
DEFAULT_SLA = {
    "urgent": (30, 4 * 60, "24x7"),
    "high": (2 * 60, 24 * 60, "business"),
    "normal": (4 * 60, 3 * 9 * 60, "business"),  # three business days
    "low": (8 * 60, 5 * 9 * 60, "business"),  # five business days
}
PG_LOCK_KEY = 0x484C4E44


def _m001_initial(database: Database) -> None:
    database.create_tables(ALL_MODELS, safe=True)
    if isinstance(database, SqliteDatabase):
        database.execute_sql(f"PRAGMA application_id = {int(APPLICATION_ID)}")
    for priority, (first, resolution, clock) in DEFAULT_SLA.items():
        if not SlaPolicy.select().where(SlaPolicy.priority == priority).exists():
            SlaPolicy.create(priority=priority, first_response_minutes=first,
                             resolution_minutes=resolution, clock=clock)
    if not BusinessHours.select().exists():
        BusinessHours.create(id=1)


# Characters that never start or end a searchable 1–2 character gram.
_GRAM_SEPARATORS = " \t\r\n，。、；：！？,.;:!?()（）【】《》“”\"'·…-—/"
GRAM_MAX_CHARS = 20_000  # grams are taken from the first 20,000 characters


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _m002_search(database: Database) -> None:
    """Search without scanning tables (DESIGN §7), and the indexes of the duty
    officer's screens.

    Knowledge articles: SQLite FTS5 trigram (terms of 3+ characters) or PostgreSQL
    pg_trgm GIN indexes, plus `knowledge_gram`, the 1- and 2-character grams of
    title+tags (field 0) and body (field 1), kept by triggers, for short terms and
    for ranking articles against what the duty officer is typing.
    Calls: (phone, received_at) for the caller history, (creator, status, id) for
    "my open tickets".
    """
    seps = _sql_literal(_GRAM_SEPARATORS)
    # same name as the index the Call model declares, so a database created by
    # migration 1 from a newer model does not get it twice
    database.execute_sql(
        'CREATE INDEX IF NOT EXISTS call_phone_received_at ON "call" (phone, received_at)')
    database.execute_sql(
        'CREATE INDEX IF NOT EXISTS call_creator_status_id '
        'ON "call" (creator_id, status, id)')
    if isinstance(database, SqliteDatabase):
        database.execute_sql(
            "CREATE TABLE IF NOT EXISTS gram_seq (n INTEGER PRIMARY KEY)")
        if not database.execute_sql("SELECT 1 FROM gram_seq LIMIT 1").fetchone():
            database.execute_sql(
                f"WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s "
                f"WHERE n < {GRAM_MAX_CHARS}) INSERT INTO gram_seq SELECT n FROM s")
        database.execute_sql(
            "CREATE TABLE IF NOT EXISTS knowledge_gram (gram TEXT NOT NULL, "
            "article_id INTEGER NOT NULL, field INTEGER NOT NULL, "
            "PRIMARY KEY (gram, article_id, field)) WITHOUT ROWID")
        database.execute_sql("CREATE INDEX IF NOT EXISTS knowledge_gram_article "
                             "ON knowledge_gram (article_id)")
        database.execute_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS knowledge_fts USING fts5("
            "title, body, tags, content='knowledge_article', content_rowid='id', "
            "tokenize='trigram')")

        def grams(source: str) -> str:
            """Insert the grams of `source`, rows of (id, t: text, f: field)."""
            return (
                "INSERT OR IGNORE INTO knowledge_gram (gram, article_id, field) "
                "SELECT lower(substr(src.t, s.n, w.k)), src.id, src.f "
                f"FROM ({source}) AS src "
                "CROSS JOIN (SELECT 1 AS k UNION ALL SELECT 2) AS w "
                "JOIN gram_seq AS s "
                f"ON s.n <= min(length(src.t), {GRAM_MAX_CHARS}) - w.k + 1 "
                f"WHERE length(trim(substr(src.t, s.n, w.k), {seps} || char(9, 10, 13)))"
                " = w.k")

        new_row = ("SELECT new.id AS id, new.title || ' ' || new.tags AS t, 0 AS f "
                   "UNION ALL SELECT new.id, new.body, 1")
        all_rows = ("SELECT id, title || ' ' || tags AS t, 0 AS f FROM knowledge_article "
                    "UNION ALL SELECT id, body, 1 FROM knowledge_article")
        database.execute_sql(
            "CREATE TRIGGER IF NOT EXISTS knowledge_article_ai AFTER INSERT ON "
            "knowledge_article BEGIN "
            "INSERT INTO knowledge_fts (rowid, title, body, tags) "
            "VALUES (new.id, new.title, new.body, new.tags); "
            f"{grams(new_row)}; END")
        database.execute_sql(
            "CREATE TRIGGER IF NOT EXISTS knowledge_article_ad AFTER DELETE ON "
            "knowledge_article BEGIN "
            "INSERT INTO knowledge_fts (knowledge_fts, rowid, title, body, tags) "
            "VALUES ('delete', old.id, old.title, old.body, old.tags); "
            "DELETE FROM knowledge_gram WHERE article_id = old.id; END")
        database.execute_sql(
            "CREATE TRIGGER IF NOT EXISTS knowledge_article_au AFTER UPDATE OF "
            "title, body, tags ON knowledge_article BEGIN "
            "INSERT INTO knowledge_fts (knowledge_fts, rowid, title, body, tags) "
            "VALUES ('delete', old.id, old.title, old.body, old.tags); "
            "INSERT INTO knowledge_fts (rowid, title, body, tags) "
            "VALUES (new.id, new.title, new.body, new.tags); "
            "DELETE FROM knowledge_gram WHERE article_id = old.id; "
            f"{grams(new_row)}; END")
        # articles written before this migration
        database.execute_sql("INSERT INTO knowledge_fts (knowledge_fts) VALUES ('rebuild')")
        database.execute_sql("DELETE FROM knowledge_gram")
        database.execute_sql(grams(all_rows))
        return
    # PostgreSQL
    database.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for column in ("title", "body", "tags"):
        database.execute_sql(
            f"CREATE INDEX IF NOT EXISTS knowledge_article_{column}_trgm "
            f"ON knowledge_article USING gin ({column} gin_trgm_ops)")
    database.execute_sql(
        "CREATE TABLE IF NOT EXISTS knowledge_gram (gram VARCHAR(2) NOT NULL, "
        "article_id INTEGER NOT NULL REFERENCES knowledge_article (id) "
        "ON DELETE CASCADE, field SMALLINT NOT NULL, "
        "PRIMARY KEY (gram, article_id, field))")
    database.execute_sql("CREATE INDEX IF NOT EXISTS knowledge_gram_article "
                         "ON knowledge_gram (article_id)")
    database.execute_sql(
        "CREATE OR REPLACE FUNCTION knowledge_gram_refresh() RETURNS trigger AS $f$ "
        "BEGIN "
        "DELETE FROM knowledge_gram WHERE article_id = NEW.id; "
        "INSERT INTO knowledge_gram (gram, article_id, field) "
        "SELECT DISTINCT lower(substr(src.t, s.n, w.k)), NEW.id, src.f "
        "FROM (VALUES (NEW.title || ' ' || NEW.tags, 0), (NEW.body, 1)) AS src(t, f) "
        "CROSS JOIN (VALUES (1), (2)) AS w(k) "
        f"CROSS JOIN LATERAL generate_series(1, least(length(src.t), {GRAM_MAX_CHARS})"
        " - w.k + 1) AS s(n) "
        f"WHERE length(btrim(substr(src.t, s.n, w.k), {seps} || E'\\t\\r\\n')) = w.k "
        "ON CONFLICT DO NOTHING; "
        "RETURN NEW; END $f$ LANGUAGE plpgsql")
    database.execute_sql(
        "DROP TRIGGER IF EXISTS knowledge_gram_sync ON knowledge_article")
    database.execute_sql(
        "CREATE TRIGGER knowledge_gram_sync AFTER INSERT OR UPDATE OF title, body, tags "
        "ON knowledge_article FOR EACH ROW EXECUTE FUNCTION knowledge_gram_refresh()")
    database.execute_sql("UPDATE knowledge_article SET title = title")


# Issue 7 (hardening) reserves 3-6; each is written idempotently like the others.

AUDIT_SCRUB_BATCH = 500


def _m003_audit_privacy(database: Database) -> None:
    """Audit rows without personal data or free text (issue 7, DESIGN §10).

    Also: the unique index that keeps one survey per case (issue 7 point 2).

    Rows written before kept phones, names, notes, solutions, survey comments,
    handover text, file paths and, for failed sign-ins, whatever was typed as the
    user name. Each row's old/new values are rewritten the way `audit()` now writes
    them (domain.audit_rules: ids, codes, booleans, dates, counts; other fields by
    name only) and its entity id kept only when it is an id. Rows are read by id
    in batches (memory stays flat for millions of rows) and only changed rows are
    updated, so a second run changes nothing.
    """
    import json

    from ..domain.audit_rules import scrub_entity_id, scrub_values

    mark = database.param
    select = ('SELECT "id", "actor_id", "actor_name", "entity", "entity_id", "old", '
              f'"new" FROM "audit_log" WHERE "id" > {mark} ORDER BY "id" LIMIT {mark}')
    update = (f'UPDATE "audit_log" SET "entity_id" = {mark}, "old" = {mark}, '
              f'"new" = {mark} WHERE "id" = {mark}')

    def scrub_json(text):
        if not text:
            return ""
        try:
            values = json.loads(text)
        except ValueError:
            values = "unreadable"  # not a dict: nothing of it is kept
        return json.dumps(scrub_values(values), ensure_ascii=False, sort_keys=True)

    last = 0
    while True:
        rows = database.execute_sql(select, (last, AUDIT_SCRUB_BATCH)).fetchall()
        if not rows:
            break
        changes = []
        for row_id, actor_id, actor_name, entity, entity_id, old, new in rows:
            known = actor_id is not None or bool(actor_name)
            scrubbed = (scrub_entity_id(entity, entity_id, actor_known=known),
                        scrub_json(old), scrub_json(new))
            if scrubbed != (entity_id, old, new):
                changes.append((*scrubbed, row_id))
        for params in changes:
            database.execute_sql(update, params)
        last = rows[-1][0]
    # one survey per case (domain/access.py): a unique index where the data allows
    # it; a database that already holds two ratings of one case keeps them, and the
    # service refuses a further one either way
    duplicate = database.execute_sql(
        'SELECT "call_id" FROM "survey" GROUP BY "call_id" HAVING COUNT(*) > 1 '
        'LIMIT 1').fetchone()
    if duplicate is None:
        database.execute_sql('CREATE UNIQUE INDEX IF NOT EXISTS survey_one_per_case '
                             'ON "survey" ("call_id")')
    else:
        log.warning("survey: a case has several ratings; the one-survey-per-case "
                    "index is not created (the service still refuses new ones)")


RESOLUTION_BACKFILL_BATCH = 20_000  # calls per step of the backfill


def _m004_resolution_history(database: Database) -> None:
    """Resolution history and the case version (issue 7, DESIGN §3 and §5).

    - `call.version` (stale-view refusal): added when missing, 0 for every case.
    - `call_event.assignee_after` (who had the case after a status change): added
      when missing, null (not known) on the events already written.
    - `case_resolution`: created when missing, then filled from the cases and their
      timelines, for every case that has no history yet (so a second run adds
      nothing). A case never reopened gets one row from its current resolution
      (one INSERT … SELECT per id range). A reopened case gets one row per
      resolution the timeline shows ('resolve' events, or the call itself when it
      was answered on the call), each closed by the 'reopened' event that followed
      it; the current resolution keeps its due time, earlier ones had theirs
      overwritten by the old reopen and get none (they are left out of the
      on-time rate rather than guessed).
    """
    from ..models import CaseResolution

    columns = {c.name for c in database.get_columns("call")}
    if "version" not in columns:
        database.execute_sql(
            'ALTER TABLE "call" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0')
    if "assignee_after" not in {c.name for c in database.get_columns("call_event")}:
        database.execute_sql('ALTER TABLE "call_event" ADD COLUMN "assignee_after" '
                             "INTEGER")
    database.create_tables([CaseResolution], safe=True)
    mark = database.param
    (top,) = database.execute_sql('SELECT COALESCE(MAX("id"), 0) FROM "call"'
                                  ).fetchone()
    no_history = ('NOT EXISTS (SELECT 1 FROM "case_resolution" r '
                  'WHERE r."call_id" = c."id")')
    for low in range(0, top, RESOLUTION_BACKFILL_BATCH):
        high = low + RESOLUTION_BACKFILL_BATCH
        database.execute_sql(
            'INSERT INTO "case_resolution" ("call_id", "resolved_at", "due_at", '
            '"assignee_id", "first_contact", "closed_at") '
            'SELECT c."id", c."resolved_at", c."resolution_due", c."assignee_id", '
            'c."fcr", c."closed_at" FROM "call" c '
            f'WHERE c."id" > {mark} AND c."id" <= {mark} '
            'AND c."resolved_at" IS NOT NULL AND c."reopen_count" = 0 '
            'AND NOT EXISTS (SELECT 1 FROM "call_event" e WHERE e."call_id" = c."id" '
            "AND e.\"kind\" = 'reopened') "
            f"AND {no_history}", (low, high))
        reopened = database.execute_sql(
            'SELECT c."id", c."outcome", c."ended_at", c."received_at", '
            'c."resolved_at", c."resolution_due", c."assignee_id", c."closed_at", '
            'c."fcr" FROM "call" c '
            f'WHERE c."id" > {mark} AND c."id" <= {mark} '
            'AND (c."reopen_count" > 0 OR EXISTS (SELECT 1 FROM "call_event" e '
            "WHERE e.\"call_id\" = c.\"id\" AND e.\"kind\" = 'reopened')) "
            f"AND {no_history}", (low, high)).fetchall()
        if reopened:
            _backfill_reopened(database, reopened)


def _backfill_reopened(database: Database, cases: list[tuple]) -> None:
    """History rows of reopened cases, read from their timelines."""
    from .dialect import insert_rows
    from ..models import CaseResolution

    ids = [row[0] for row in cases]
    marks = ", ".join([database.param] * len(ids))
    timeline: dict[int, list[tuple]] = {}
    for call_id, at, actor, kind in database.execute_sql(
            'SELECT "call_id", "at", "actor_id", "kind" FROM "call_event" '
            f'WHERE "call_id" IN ({marks}) '
            "AND \"kind\" IN ('resolve', 'close', 'reopened') "
            'ORDER BY "call_id", "at", "id"', ids).fetchall():
        timeline.setdefault(call_id, []).append((_as_time(at), actor, kind))
    rows = []
    for (call_id, outcome, ended_at, received_at, resolved_at, due, assignee,
         closed_at, fcr) in cases:
        current = None
        if outcome == "answered":  # resolved and closed on the call when saved
            saved = _as_time(ended_at or received_at)
            current = {"resolved_at": saved, "first_contact": True,
                       "closed_at": saved, "reopened_at": None, "reopened_by": None}
        for at, actor, kind in timeline.get(call_id, []):
            if kind == "resolve":
                current = {"resolved_at": at, "first_contact": False,
                           "closed_at": None, "reopened_at": None,
                           "reopened_by": None}
            elif kind == "close" and current is not None:
                current["closed_at"] = at
            elif kind == "reopened" and current is not None:
                current.update(reopened_at=at, reopened_by=actor)
                rows.append({"call": call_id, "due_at": None, "assignee": None,
                             **current})
                current = None
        if resolved_at is not None:  # the resolution standing now
            rows.append({"call": call_id, "resolved_at": _as_time(resolved_at),
                         "due_at": _as_time(due), "assignee": assignee,
                         "first_contact": bool(fcr), "closed_at": _as_time(closed_at),
                         "reopened_at": None, "reopened_by": None})
    fields = ("call", "resolved_at", "due_at", "assignee", "first_contact",
              "closed_at", "reopened_at", "reopened_by")
    rows = [{f: row[f] for f in fields} for row in rows]  # one column order
    for start in range(0, len(rows), 500):
        insert_rows(CaseResolution, rows[start:start + 500])


def _as_time(value):
    """A timestamp as read back by the driver (SQLite gives text)."""
    import datetime as dt

    if value is None or isinstance(value, dt.datetime):
        return value
    text = str(value)
    for fmt in ("%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise ValueError(f"not a timestamp: {text!r}")


def _m005_storage(database: Database) -> None:
    """Storage hardening (slot reserved; see issue 7)."""


def _m006_time(database: Database) -> None:
    """The center's time zone, callers known only by name, unfinished imports.

    - Setting `time_zone`: the IANA zone of the machine that runs this migration
      (the center changes it in the settings); kept when present.
    - `caller.phone` becomes nullable: a walk-in, web or e-mail caller gives a name
      and no number. PostgreSQL drops the NOT NULL; SQLite cannot alter a column,
      and rebuilding `caller` would break the foreign keys that point at it, so the
      NOT NULL is removed from the stored table definition — the change the SQLite
      documentation allows for removing NOT NULL constraints (ALTER TABLE §7: it
      does not change the stored records), with the schema cookie bumped so every
      open connection reloads the schema. The unique index stays (NULLs are
      distinct in it on both backends).
    - `import_run` / `import_row`: imports commit in batches (services/importer.py).
    """
    from ..models import ImportRow, ImportRun, Setting
    from ..domain.timezones import TIME_ZONE_KEY, machine_zone_name

    database.create_tables([ImportRun, ImportRow], safe=True)
    if not Setting.select().where(Setting.key == TIME_ZONE_KEY).exists():
        Setting.create(key=TIME_ZONE_KEY, value=machine_zone_name())
    if isinstance(database, PostgresqlDatabase):
        database.execute_sql('ALTER TABLE "caller" ALTER COLUMN "phone" DROP NOT NULL')
        return
    sql = database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'caller'"
    ).fetchone()[0]
    old = '"phone" VARCHAR(32) NOT NULL'
    if old not in sql:
        return  # created nullable by migration 1 from the current model
    version = database.execute_sql("PRAGMA schema_version").fetchone()[0]
    database.execute_sql("PRAGMA writable_schema = ON")
    try:
        database.execute_sql(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'caller'",
            (sql.replace(old, '"phone" VARCHAR(32)'),))
        database.execute_sql(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        database.execute_sql("PRAGMA writable_schema = OFF")


def _m007_case_search(database: Database) -> None:
    """Center-wide case search (issue 8, DESIGN §7).

    The searchable text of a case: ticket number, phone and caller name (left out of
    an anonymous case), subject, description, solution and its note events, one
    piece a line, ASCII letters lower-cased (both backends fold the same way).
    `case_text` holds it per case; database triggers on `call`, `caller` (name) and
    `call_event` (notes) keep it current in the saving transaction, so every writer
    (services, imports, the demo generator) keeps the index current.

    SQLite: the text is stored "spaced", every character followed by a space and
    the whole led by one (' a b c '), and indexed by an FTS5 trigram table
    (`case_fts`, external content, case-sensitive since the text is folded). A
    term of 3+ characters is the phrase 'a b c' (5 characters, its trigrams in
    order), of 2 characters 'a b' (one trigram), of 1 character ' a ' (one
    trigram): one index serves every length, and since the characters sit at every
    other position a match is always aligned, so it is exactly a substring match
    of the original text (no check against the rows afterwards).
    PostgreSQL: `case_text.body` (the text itself) has a pg_trgm GIN index for
    terms of 3+ characters (LIKE, rechecked by the server), and
    a GIN expression index on `case_search_grams(body)`, the 1- and 2-character
    pieces of the text, for terms of 1 and 2 characters (array containment,
    exact; the pieces are computed when a row is indexed, not stored).

    Cases saved before this migration are indexed in batches of ids, reporting
    (done, total) to the migration's progress listener.
    """
    on_progress = _progress_listener
    if isinstance(database, SqliteDatabase):
        _case_search_sqlite(database)
    else:
        _case_search_postgresql(database)
    mark = database.param
    (top,) = database.execute_sql('SELECT COALESCE(MAX("id"), 0) FROM "call"').fetchone()
    (total,) = database.execute_sql(
        'SELECT COUNT(*) FROM "call" c WHERE NOT EXISTS '
        '(SELECT 1 FROM "case_text" t WHERE t."call_id" = c."id")').fetchone()
    done = 0
    if on_progress is not None and total:
        on_progress(0, total)
    if isinstance(database, SqliteDatabase):
        fill = ('INSERT INTO "case_text" ("call_id", "body") '
                'SELECT s."call_id", s."body" FROM "case_search_source" s '
                f'WHERE s."call_id" > {mark} AND s."call_id" <= {mark} '
                'AND NOT EXISTS (SELECT 1 FROM "case_text" t '
                'WHERE t."call_id" = s."call_id")')
    else:
        fill = ('INSERT INTO "case_text" ("call_id", "body") '
                'SELECT c."id", case_search_body(c."id") FROM "call" c '
                f'WHERE c."id" > {mark} AND c."id" <= {mark} '
                'AND NOT EXISTS (SELECT 1 FROM "case_text" t '
                'WHERE t."call_id" = c."id")')
    low = 0
    while total and low < top:
        high = low + CASE_SEARCH_BATCH
        cursor = database.execute_sql(fill, (low, high))
        done = min(total, done + max(cursor.rowcount or 0, 0))
        if on_progress is not None:
            on_progress(done, total)
        low = high
    if total and isinstance(database, PostgresqlDatabase):
        database.execute_sql('ANALYZE "case_text"')  # the planner's statistics


CASE_SEARCH_BATCH = 20_000  # calls per step of building the index
_ASCII_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _case_search_sqlite(database: Database) -> None:
    def spaced(column: str) -> str:
        # the characters of `column` joined by spaces ('' for an empty value);
        # gram_seq (migration 2) numbers 1..GRAM_MAX_CHARS, which covers every
        # field (descriptions and solutions ≤ 20,000 characters, notes ≤ 10,000)
        return (f"COALESCE((SELECT group_concat(substr({column}, s.n, 1), ' ') "
                f"FROM gram_seq AS s WHERE s.n <= length({column})), '')")

    newline = "' ' || char(10) || ' '"
    database.execute_sql(
        'CREATE TABLE IF NOT EXISTS "case_text" ("call_id" INTEGER PRIMARY KEY, '
        '"body" TEXT NOT NULL)')
    database.execute_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS case_fts USING fts5(body, "
        "content='case_text', content_rowid='call_id', "
        "tokenize='trigram case_sensitive 1', columnsize=0)")
    database.execute_sql(
        'CREATE VIEW IF NOT EXISTS "case_search_source" ("call_id", "body") AS '
        "SELECT c.id, lower(' ' || "
        f"{spaced('c.ticket_no')} || {newline} || "
        f"CASE WHEN c.anonymous THEN '' ELSE {spaced('c.phone')} || {newline} || "
        f"{spaced('p.name')} END || {newline} || "
        f"{spaced('c.subject')} || {newline} || "
        f"{spaced('c.description')} || {newline} || "
        f"{spaced('c.solution')} || {newline} || "
        f"COALESCE((SELECT group_concat({spaced('e.detail')}, {newline}) "
        "FROM call_event AS e WHERE e.call_id = c.id AND e.kind = 'note'), '') "
        "|| ' ') "
        'FROM "call" AS c LEFT JOIN "caller" AS p ON p.id = c.caller_id')
    fresh = ("COALESCE((SELECT s.body FROM case_search_source AS s "
             "WHERE s.call_id = {id}), '')")
    triggers = {
        "case_text_ai": "AFTER INSERT ON case_text BEGIN "
                        "INSERT INTO case_fts (rowid, body) "
                        "VALUES (new.call_id, new.body); END",
        "case_text_ad": "AFTER DELETE ON case_text BEGIN "
                        "INSERT INTO case_fts (case_fts, rowid, body) "
                        "VALUES ('delete', old.call_id, old.body); END",
        "case_text_au": "AFTER UPDATE ON case_text BEGIN "
                        "INSERT INTO case_fts (case_fts, rowid, body) "
                        "VALUES ('delete', old.call_id, old.body); "
                        "INSERT INTO case_fts (rowid, body) "
                        "VALUES (new.call_id, new.body); END",
        "call_search_ai": 'AFTER INSERT ON "call" BEGIN '
                          'INSERT INTO case_text (call_id, body) '
                          f'VALUES (new.id, {fresh.format(id="new.id")}); END',
        "call_search_au": (
            'AFTER UPDATE OF ticket_no, phone, anonymous, caller_id, subject, '
            'description, solution ON "call" WHEN '
            "old.ticket_no IS NOT new.ticket_no OR old.phone IS NOT new.phone OR "
            "old.anonymous IS NOT new.anonymous OR old.caller_id IS NOT new.caller_id "
            "OR old.subject IS NOT new.subject OR old.description IS NOT "
            "new.description OR old.solution IS NOT new.solution BEGIN "
            f"UPDATE case_text SET body = {fresh.format(id='new.id')} "
            "WHERE call_id = new.id; END"),
        "call_search_ad": 'AFTER DELETE ON "call" BEGIN '
                          "DELETE FROM case_text WHERE call_id = old.id; END",
        "caller_search_au": (
            'AFTER UPDATE OF name ON "caller" WHEN old.name IS NOT new.name BEGIN '
            f"UPDATE case_text SET body = {fresh.format(id='case_text.call_id')} "
            'WHERE call_id IN (SELECT id FROM "call" WHERE caller_id = new.id); END'),
        "note_search_ai": (
            "AFTER INSERT ON call_event WHEN new.kind = 'note' BEGIN "
            f"UPDATE case_text SET body = {fresh.format(id='new.call_id')} "
            "WHERE call_id = new.call_id; END"),
        "note_search_au": (
            "AFTER UPDATE OF kind, detail, call_id ON call_event "
            "WHEN old.kind = 'note' OR new.kind = 'note' BEGIN "
            f"UPDATE case_text SET body = {fresh.format(id='case_text.call_id')} "
            "WHERE call_id IN (old.call_id, new.call_id); END"),
        "note_search_ad": (
            "AFTER DELETE ON call_event WHEN old.kind = 'note' BEGIN "
            f"UPDATE case_text SET body = {fresh.format(id='old.call_id')} "
            "WHERE call_id = old.call_id; END"),
    }
    for name, body in triggers.items():
        database.execute_sql(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")


def _case_search_postgresql(database: Database) -> None:
    lower = _sql_literal(_ASCII_UPPER) + ", " + _sql_literal(_ASCII_UPPER.lower())
    database.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    database.execute_sql(
        'CREATE TABLE IF NOT EXISTS "case_text" ("call_id" INTEGER PRIMARY KEY '
        'REFERENCES "call" ("id") ON DELETE CASCADE, "body" TEXT NOT NULL)')
    # a development build stored the pieces in a column; they are an index now
    database.execute_sql('ALTER TABLE "case_text" DROP COLUMN IF EXISTS "grams"')
    database.execute_sql('CREATE INDEX IF NOT EXISTS case_text_body_trgm '
                         'ON "case_text" USING gin ("body" gin_trgm_ops)')
    database.execute_sql(
        "CREATE OR REPLACE FUNCTION case_search_body(cid integer) RETURNS text "
        "LANGUAGE plpgsql STABLE AS $f$ BEGIN RETURN ("
        "SELECT translate(concat_ws(E'\\n', c.ticket_no, "
        "CASE WHEN c.anonymous THEN '' ELSE c.phone END, "
        "CASE WHEN c.anonymous THEN '' ELSE COALESCE(p.name, '') END, "
        "c.subject, c.description, c.solution, "
        "(SELECT string_agg(e.detail, E'\\n' ORDER BY e.id) FROM call_event e "
        f"WHERE e.call_id = c.id AND e.kind = 'note')), {lower}) "
        'FROM "call" c LEFT JOIN "caller" p ON p.id = c.caller_id '
        "WHERE c.id = cid); END $f$")
    # every character and every pair of neighbours (duplicates and pieces with a
    # blank included: the GIN index keeps each key once, and no term holds a
    # blank), the pairs zipped from two shifted arrays rather than substr per
    # position. PL/pgSQL functions keep their plans for the session (an SQL
    # function with a FROM is planned again on every call: 2 ms per saved call).
    # Declared costly and parallel-unsafe: where a plan reads the newest rows and
    # filters them, the cheap exact strpos test runs first and the pieces are
    # computed only for the rows it keeps, in one process that stops at the limit
    # (parallel workers ran ahead computing them for rows never returned).
    database.execute_sql(
        "CREATE OR REPLACE FUNCTION case_search_grams(t text) RETURNS text[] "
        "LANGUAGE plpgsql IMMUTABLE PARALLEL UNSAFE COST 1000 AS $f$ "
        "DECLARE a text[] := string_to_array(t, NULL); n integer := cardinality(a); "
        "BEGIN RETURN a || ARRAY(SELECT p.x || p.y FROM unnest(a[1:n - 1], a[2:n]) "
        "AS p(x, y)); END $f$")
    database.execute_sql('CREATE INDEX IF NOT EXISTS case_text_grams '
                         'ON "case_text" USING gin (case_search_grams("body"))')
    database.execute_sql(
        "CREATE OR REPLACE FUNCTION case_search_refresh(cid integer) RETURNS void "
        "LANGUAGE plpgsql AS $f$ DECLARE b text := case_search_body(cid); BEGIN "
        "IF b IS NOT NULL THEN "
        'INSERT INTO "case_text" ("call_id", "body") VALUES (cid, b) '
        'ON CONFLICT ("call_id") DO UPDATE SET "body" = EXCLUDED."body"; '
        "END IF; END $f$")
    functions = {
        "case_search_call": "PERFORM case_search_refresh(NEW.id); RETURN NULL;",
        "case_search_caller": ('PERFORM case_search_refresh(c.id) FROM "call" c '
                               "WHERE c.caller_id = NEW.id; RETURN NULL;"),
        "case_search_note": (
            "IF TG_OP <> 'INSERT' THEN PERFORM case_search_refresh(OLD.call_id); "
            "END IF; IF TG_OP <> 'DELETE' THEN "
            "PERFORM case_search_refresh(NEW.call_id); END IF; RETURN NULL;"),
    }
    for name, body in functions.items():
        database.execute_sql(
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger "
            f"LANGUAGE plpgsql AS $f$ BEGIN {body} END $f$")
    triggers = {
        ("call_search_ai", "call"): "AFTER INSERT ON \"call\" FOR EACH ROW "
                                    "EXECUTE FUNCTION case_search_call()",
        ("call_search_au", "call"): (
            'AFTER UPDATE OF ticket_no, phone, anonymous, caller_id, subject, '
            'description, solution ON "call" FOR EACH ROW WHEN ('
            "OLD.ticket_no IS DISTINCT FROM NEW.ticket_no OR "
            "OLD.phone IS DISTINCT FROM NEW.phone OR "
            "OLD.anonymous IS DISTINCT FROM NEW.anonymous OR "
            "OLD.caller_id IS DISTINCT FROM NEW.caller_id OR "
            "OLD.subject IS DISTINCT FROM NEW.subject OR "
            "OLD.description IS DISTINCT FROM NEW.description OR "
            "OLD.solution IS DISTINCT FROM NEW.solution) "
            "EXECUTE FUNCTION case_search_call()"),
        ("caller_search_au", "caller"): (
            'AFTER UPDATE OF name ON "caller" FOR EACH ROW '
            "WHEN (OLD.name IS DISTINCT FROM NEW.name) "
            "EXECUTE FUNCTION case_search_caller()"),
        ("note_search_ai", "call_event"): (
            "AFTER INSERT ON call_event FOR EACH ROW WHEN (NEW.kind = 'note') "
            "EXECUTE FUNCTION case_search_note()"),
        ("note_search_au", "call_event"): (
            "AFTER UPDATE OF kind, detail, call_id ON call_event FOR EACH ROW "
            "WHEN (OLD.kind = 'note' OR NEW.kind = 'note') "
            "EXECUTE FUNCTION case_search_note()"),
        ("note_search_ad", "call_event"): (
            "AFTER DELETE ON call_event FOR EACH ROW WHEN (OLD.kind = 'note') "
            "EXECUTE FUNCTION case_search_note()"),
    }
    for (name, table), body in triggers.items():
        database.execute_sql(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
        database.execute_sql(f"CREATE TRIGGER {name} {body}")


def _m008_knowledge(database: Database) -> None:
    """Knowledge articles written in the app (issue 8, services/knowledge.py).

    - `knowledge_article`: `status` (draft / published / retired; articles already
      there are 'published', or 'draft' when their `published` flag is off),
      `updated_by_id`, `published_at`, `retired_at`; indexes of the editors' list.
    - `knowledge_article_version`: `category_id`, `tags` and `note` (what changed)
      of each saved version; one row per (article, version); an article without a
      row for its current version gets one (its text as it is now).
    - `knowledge_tag` (one row per tag, filled from the articles' tags) and
      `case_article` (the articles used on a case), created when missing.
    """
    from ..models import (CaseArticle, KnowledgeArticle, KnowledgeArticleVersion,
                          KnowledgeTag)
    from ..models.knowledge import split_tags

    pg = isinstance(database, PostgresqlDatabase)
    stamp = "TIMESTAMP" if pg else "DATETIME"
    columns = {c.name for c in database.get_columns("knowledge_article")}
    if "status" not in columns:
        database.execute_sql('ALTER TABLE "knowledge_article" ADD COLUMN "status" '
                             "VARCHAR(12) NOT NULL DEFAULT 'published'")
        database.execute_sql('UPDATE "knowledge_article" SET "status" = \'draft\' '
                             'WHERE NOT "published"')
    if "updated_by_id" not in columns:
        database.execute_sql('ALTER TABLE "knowledge_article" ADD COLUMN '
                             '"updated_by_id" INTEGER REFERENCES "user" ("id") '
                             "ON DELETE RESTRICT")
    for name in ("published_at", "retired_at"):
        if name not in columns:
            database.execute_sql(
                f'ALTER TABLE "knowledge_article" ADD COLUMN "{name}" {stamp}')
    database.execute_sql('UPDATE "knowledge_article" SET "published_at" = "created_at" '
                         'WHERE "published" AND "published_at" IS NULL')
    columns = {c.name for c in database.get_columns("knowledge_article_version")}
    if "category_id" not in columns:
        database.execute_sql('ALTER TABLE "knowledge_article_version" ADD COLUMN '
                             '"category_id" INTEGER REFERENCES "category" ("id") '
                             "ON DELETE SET NULL")
    for name in ("tags", "note"):
        if name not in columns:
            size = 255 if name == "tags" else 200
            database.execute_sql(
                f'ALTER TABLE "knowledge_article_version" ADD COLUMN "{name}" '
                f"VARCHAR({size}) NOT NULL DEFAULT ''")
    # the version row of each article's current text (articles written before this
    # migration, by the demo or by hand, may have none)
    database.execute_sql(
        'INSERT INTO "knowledge_article_version" ("article_id", "version", "title", '
        '"body", "category_id", "tags", "note", "author_id", "created_at") '
        'SELECT a."id", a."version", a."title", a."body", a."category_id", a."tags", '
        "'', a.\"author_id\", a.\"updated_at\" FROM \"knowledge_article\" a "
        'WHERE NOT EXISTS (SELECT 1 FROM "knowledge_article_version" v '
        'WHERE v."article_id" = a."id" AND v."version" = a."version")')
    # new tables and the models' indexes (IF NOT EXISTS)
    database.create_tables([KnowledgeArticle, KnowledgeArticleVersion, KnowledgeTag,
                            CaseArticle], safe=True)
    if not database.execute_sql('SELECT 1 FROM "knowledge_tag" LIMIT 1').fetchone():
        mark = database.param
        rows = [(article_id, tag) for article_id, tags in database.execute_sql(
                    'SELECT "id", "tags" FROM "knowledge_article"').fetchall()
                for tag in split_tags(tags or "")[:20] if len(tag) <= 40]
        for start in range(0, len(rows), 500):
            chunk = rows[start:start + 500]
            database.execute_sql(
                'INSERT INTO "knowledge_tag" ("article_id", "tag") VALUES '
                + ", ".join([f"({mark}, {mark})"] * len(chunk)),
                [value for row in chunk for value in row])


def _m009_case_work(database: Database) -> None:
    """Working a case after the call (issue 8, DESIGN §4).

    - `call.signed_at` (签收): when the assignee acknowledged the dispatched case;
      added when missing, null on the cases already there.
    - `supervision` (督办): a supervisor's note on a case with a deadline.
    """
    from ..models import Supervision

    if "signed_at" not in {c.name for c in database.get_columns("call")}:
        kind = "TIMESTAMP" if isinstance(database, PostgresqlDatabase) else "DATETIME"
        database.execute_sql(f'ALTER TABLE "call" ADD COLUMN "signed_at" {kind}')
    database.create_tables([Supervision], safe=True)


def _m010_queues(database: Database) -> None:
    """The specialist's queues and the due call backs (issue 8, services/queues.py).

    Partial indexes over the few rows the lists read (open cases, open callback
    cases, resolved cases), so a page is a short index range at 1,000,000 calls
    and saving a closed call does not touch them. The conditions are written as
    the queries state them (a partial index is used only then).
    - open cases by assignee and resolution due: my queue, to sign for, the pool
      (assignee_id IS NULL);
    - open cases by outcome and first-response due: call backs not reached yet;
    - resolved cases by resolution time: cases awaiting their 回访.
    """
    from ..domain.workflow import OPEN_STATUSES

    # the same text as services/queues.py OPEN_CONDITION and RESOLVED_CONDITION
    # (status codes are constants of the workflow); tests/unit/test_queues.py
    # checks that the pages' plans read these indexes. The equality a query starts
    # with (assignee, outcome, status) leads each index, so SQLite, which has no
    # statistics here, prefers it to the single-column ones and needs no sort.
    open_condition = "status IN (" + ", ".join(f"'{s}'" for s in OPEN_STATUSES) + ")"
    for name, columns, condition in (
            ("call_open_assignee_due", "assignee_id, resolution_due, id",
             open_condition),
            ("call_open_outcome_due", "outcome, first_response_due, id",
             open_condition),
            ("call_resolved_at_id", "status, resolved_at, id", "status = 'resolved'")):
        database.execute_sql(f'CREATE INDEX IF NOT EXISTS {name} ON "call" '
                             f"({columns}) WHERE {condition}")


def _m011_archives(database: Database) -> None:
    """The archive register and the print log (issue 9, DESIGN §8).

    Until now `archive` and `archive_case` were created empty by migration 1 and
    never written (no service used them). They are replaced by `archive` (one
    closed case = one 件 with its 档号), `archive_version` (every generated copy with
    its SHA-256), `archive_counter` (件号 per year) and `print_log`. Old tables that
    hold rows are refused rather than dropped."""
    from ..models import Archive, ArchiveCounter, ArchiveVersion, PrintLog

    tables = set(database.get_tables())
    old_archive = "archive" in tables and "call_id" not in {
        c.name for c in database.get_columns("archive")}
    for name in ("archive_case", "archive") if old_archive else ("archive_case",):
        if name not in tables:
            continue
        (rows,) = database.execute_sql(f'SELECT COUNT(*) FROM "{name}"').fetchone()
        if rows:
            raise StorageError(f"table {name} holds {rows} rows written by another "
                               "program; move them away before upgrading")
        database.execute_sql(f'DROP TABLE "{name}"')
    database.create_tables([ArchiveCounter, Archive, ArchiveVersion, PrintLog],
                           safe=True)


def _m012_quality(database: Database) -> None:
    """Spot checks with rectification (issue 11, DESIGN §11, services/quality.py).

    - `quality_review`: `rubric_version`, `vetoes` (JSON list) and `grade`, added
      when missing; reviews written before (the demo's) keep a null version and
      vetoes, and get their grade from their total.
    - `qa_rubric` (rubric versions), `qa_sample` (an agent's month drawn, with its
      seed) and `rectification` (整改 of a review), created when missing; a review
      that required a rectification and has none gets one: closed when its re-check
      passed, stated when the fix was done and not re-checked, open otherwise, due
      on its own due date (or the review's day).
    """
    from ..models import QaRubric, QaSample, Rectification

    pg = isinstance(database, PostgresqlDatabase)
    columns = {c.name for c in database.get_columns("quality_review")}
    for name, kind in (("rubric_version", "INTEGER"), ("vetoes", "TEXT"),
                       ("grade", "VARCHAR(12)")):
        if name not in columns:
            database.execute_sql(
                f'ALTER TABLE "quality_review" ADD COLUMN "{name}" {kind}')
    database.execute_sql(
        'UPDATE "quality_review" SET "grade" = CASE WHEN "total" >= 90 THEN '
        "'excellent' WHEN \"total\" >= 80 THEN 'pass' WHEN \"total\" >= 60 THEN "
        "'improve' ELSE 'fail' END WHERE \"grade\" IS NULL")
    database.create_tables([QaRubric, QaSample, Rectification], safe=True)
    day = 'CAST(q."at" AS DATE)' if pg else 'date(q."at")'
    database.execute_sql(
        'INSERT INTO "rectification" ("review_id", "state", "items", "rule", '
        '"action", "due", "opened_at", "opened_by_id", "appeal_by", "appeal_reason", '
        '"statement", "stated_at", "rechecked_at", "rechecks", "closed_at") '
        'SELECT q."id", CASE WHEN q."recheck_passed" THEN \'closed\' '
        'WHEN q."rectification_done_at" IS NOT NULL AND q."recheck_passed" IS NULL '
        "THEN 'stated' ELSE 'open' END, '[]', '', '', "
        f'COALESCE(q."rectification_due", {day}), q."at", q."reviewer_id", '
        f'COALESCE(q."rectification_due", {day}), \'\', '
        'COALESCE(q."rectification_note", \'\'), q."rectification_done_at", '
        'CASE WHEN q."recheck_passed" IS NOT NULL THEN q."rectification_done_at" END, '
        'CASE WHEN q."recheck_passed" IS NOT NULL THEN 1 ELSE 0 END, '
        'CASE WHEN q."recheck_passed" THEN q."rectification_done_at" END '
        'FROM "quality_review" q WHERE q."rectification_required" '
        'AND NOT EXISTS (SELECT 1 FROM "rectification" r WHERE r."review_id" = q."id")')


def _m013_appraisal(database: Database) -> None:
    """Appraisal (issue 11, DESIGN §11, services/appraisal.py): `evaluation` gets
    the input scores, grade, caps and inputs (JSON), vetoes, status (draft/final),
    finalized and signed times, the agent's comment and updated_at, added when
    missing (no evaluation was written before: nothing to backfill)."""
    columns = {c.name for c in database.get_columns("evaluation")}
    for name, kind in (("qa_score", "REAL"), ("review_score", "REAL"),
                       ("grade", "VARCHAR(12)"),
                       ("caps", "TEXT NOT NULL DEFAULT '[]'"),
                       ("inputs", "TEXT NOT NULL DEFAULT '{}'"),
                       ("vetoes", "INTEGER NOT NULL DEFAULT 0"),
                       ("status", "VARCHAR(8) NOT NULL DEFAULT 'draft'"),
                       ("finalized_at", "TIMESTAMP"), ("signed_at", "TIMESTAMP"),
                       ("agent_comment", "TEXT NOT NULL DEFAULT ''"),
                       ("updated_at", "TIMESTAMP")):
        if name not in columns:
            if kind == "REAL" and isinstance(database, PostgresqlDatabase):
                kind = "DOUBLE PRECISION"
            if kind == "TIMESTAMP" and not isinstance(database, PostgresqlDatabase):
                kind = "DATETIME"
            database.execute_sql(
                f'ALTER TABLE "evaluation" ADD COLUMN "{name}" {kind}')


def _m014_categories(database: Database) -> None:
    """Merging categories (issue 11, services/config.merge_category):
    `category.merged_into_id`, the category a retired one was merged into, added
    when missing (null on the categories already there)."""
    if "merged_into_id" not in {c.name for c in database.get_columns("category")}:
        database.execute_sql(
            'ALTER TABLE "category" ADD COLUMN "merged_into_id" INTEGER '
            'REFERENCES "category" ("id") ON DELETE RESTRICT')

def _m015_outbox(database: Database) -> None:
    """The offline outbox (issue 13, services/outbox.py): `call.client_key`, the
    workstation's key of a call logged while the server was unreachable, unique so
    that a replay interrupted anywhere saves each call exactly once."""
    if "client_key" not in {c.name for c in database.get_columns("call")}:
        database.execute_sql('ALTER TABLE "call" ADD COLUMN "client_key" VARCHAR(40)')
    database.execute_sql('CREATE UNIQUE INDEX IF NOT EXISTS "call_client_key" '
                         'ON "call" ("client_key")')


MIGRATIONS: list[Callable[[Database], None]] = [
    _m001_initial,
    _m002_search,
    _m003_audit_privacy,
    _m004_resolution_history,
    _m005_storage,
    _m006_time,
    _m007_case_search,
    _m008_knowledge,
    _m009_case_work,
    _m010_queues,
    _m011_archives,
    _m012_quality,
    _m013_appraisal,
    _m014_categories,  # after 13 (another helper's); the lead orders them
    _m015_outbox,
]
LATEST = len(MIGRATIONS)


def current_version(database: Database) -> int:
    if not database.table_exists("schema_version"):
        return 0
    row = SchemaVersion.select().order_by(SchemaVersion.version.desc()).first()
    return row.version if row else 0


def check_version(database: Database) -> int:
    version = current_version(database)
    if version > LATEST:
        raise StorageError(
            f"This database has schema version {version}, made by a newer Hotline "
            f"Desk (this one knows up to {LATEST}): an administrator has upgraded it "
            "with 'hotline init' of a newer version. Install that version on this "
            "workstation.", code="schema_newer", version=version, latest=LATEST)
    if version < LATEST:
        raise StorageError(
            f"This database has schema version {version}, older than this program's "
            f"{LATEST}. An administrator brings it up to date by running 'hotline "
            "init' (with this version of the program) while no workstation uses it.",
            code="schema_older", version=version, latest=LATEST)
    return version


# (done, total) of a long step of the running migrations (building the case search
# index of an existing database); set by migrate(on_progress=…) or, around code
# that migrates deeper down (hotline init on a SQLite file), reporting_progress().
_progress_listener: Callable[[int, int], None] | None = None


@contextlib.contextmanager
def reporting_progress(on_progress: Callable[[int, int], None] | None):
    """Within the block, migrate() reports the progress of long steps to
    `on_progress(done, total)`."""
    global _progress_listener
    previous, _progress_listener = _progress_listener, on_progress
    try:
        yield
    finally:
        _progress_listener = previous


def migrate(database: Database,
            on_progress: Callable[[int, int], None] | None = None) -> int:
    """Apply the pending migrations; return the number applied. A long step
    (building the case search index of an existing database) reports
    `on_progress(done, total)`."""
    if on_progress is not None:
        with reporting_progress(on_progress):
            return migrate(database)
    with database.atomic():
        if isinstance(database, PostgresqlDatabase):
            database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (PG_LOCK_KEY,))
        version = current_version(database)
        if version > LATEST:
            raise StorageError(
                f"This database has schema version {version}, made by a newer "
                f"Hotline Desk (this one knows up to {LATEST}). Update the program.",
                code="schema_newer", version=version, latest=LATEST)
        applied = 0
        for number in range(version + 1, LATEST + 1):
            log.info("applying migration %d", number)
            MIGRATIONS[number - 1](database)
            applied += 1
        if applied:
            SchemaVersion.delete().execute()
            SchemaVersion.create(version=LATEST)
    return applied
