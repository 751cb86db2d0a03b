"""Purging callers' personal data after the retention period (DESIGN §10, issue 13).

`purge_callers(actor=…, before=date)` removes the personal data of every caller
whose cases were ALL closed before `before` (a caller with a case still open, or
closed on or after that day, keeps everything; a caller with no case at all is
purged when the record was created before that day). Already purged callers are
skipped, so a second run purges nothing.

What is removed, BATCH callers per transaction, each with its audit row (counts
and the cut-off date only; other workstations' saves go in between, and a purge
that stopped half way is completed by the next one):
- the caller row: phone (NULL, so the UNIQUE column never clashes), name (the
  marker PURGED), organization, notes, flag and its reason; `purged_at` is set;
- the copy of the phone on each of the caller's cases (`call.phone`, ''; the
  case's version goes up, so a view of it opened before is stale);
- with the case-text rule on (the center's setting `retention.purge_case_text`,
  default on; the `include_case_text` argument overrides it): the free text of
  those cases — description, solution, callback notes, survey comments,
  supervision notes and the typed part of the timeline events (a note, a reason,
  the text after an assignee's name or a callback's "reached"); the codes of an
  event (who it was assigned to, the rating, the deadline) stay.
  The subject stays: it is the title (题名) of the archive register, which is a
  permanent record.
- the search index: the triggers of migration 7 rebuild `case_text` from the rows
  above; on SQLite the FTS5 index is merged ('optimize') after the batches so no
  segment keeps the old trigrams.
Counted facts (times, statuses, resolutions, ratings, categories, assignees) are
not touched, so every indicator and monthly report of a purged month stays as it
was.

After the commits the old bytes are removed from the files: SQLite runs the
updates with `secure_delete`, then the FTS5 merge, VACUUM and a WAL checkpoint
(TRUNCATE); PostgreSQL runs VACUUM FULL on the tables touched (waiting at most
PG_LOCK_TIMEOUT for other workstations' locks on each). VACUUM holds the database
for its duration (SQLite: about 4 s per 100,000 calls): run a large purge when
few people work. A compaction that could not run is redone by the next purge
(`compaction_pending`). Copies outside the database — backups, PDF files already
written, exports, a workstation's offline outbox — are not reached: the operator
deletes those by their own rule.

A purge refuses to run while an import is unfinished (its staged rows are copies
of a file being imported) and refuses a cut-off date after today.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass
from typing import Callable

from peewee import (SQL, Case, DatabaseError, OperationalError, PostgresqlDatabase,
                    SqliteDatabase, fn)

from ..models import (Call, CallEvent, Callback, Caller, ImportRun, Setting,
                      Supervision, Survey, db)
from . import clock
from .base import Actor, audit, refuse_writes_if_damaged, service
from .errors import ValidationError

log = logging.getLogger(__name__)

PURGED = "已清除"  # what stands where the personal data was
CASE_TEXT_KEY = "retention.purge_case_text"
MONTHS_KEY = "retention.months"
# set in a purge's transaction, cleared once the files were compacted: a purge
# whose compaction failed (another program held the file) compacts on the next run
PENDING_KEY = "retention.compact_pending"
DEFAULT_CASE_TEXT = True
DEFAULT_MONTHS = 24  # a cut-off later than this many months ago is flagged `recent`
BATCH = 200  # callers per transaction (about 0.15 s of writing on SQLite)
PG_LOCK_TIMEOUT = "60s"  # VACUUM FULL waits this long for a table's lock
# timeline events whose detail holds only codes or staff names: kept as they are
_CODE_EVENTS = ("created", "printed", "archived", "signed", "start", "imported")
# events whose detail is "<code or staff name> — <typed text>": the head is kept
_HEAD_EVENTS = ("assigned", "transferred", "escalated", "supervised", "callback",
                "survey")
_SEPARATOR = " — "
# the tables whose rows a purge rewrites (PostgreSQL: VACUUM FULL; constants only)
_TABLES = ("caller", "call", "call_event", "callback", "survey", "supervision",
           "case_text")


@dataclass(frozen=True)
class RetentionRule:
    case_text: bool  # purge the cases' free text along with the caller
    months: int  # the retention period the cut-off date is compared with


@dataclass(frozen=True)
class PurgeResult:
    before: dt.date
    case_text: bool
    dry_run: bool
    callers: int  # callers purged (or that would be)
    cases: int  # their cases
    cases_redacted: int  # cases whose free text was replaced
    recent: bool  # the cut-off lies within the retention period
    retention_months: int
    compacted: bool = False  # VACUUM (FULL) ran
    # a dry run: an earlier purge's compaction failed and is still to be done
    compaction_pending: bool = False
    wal_truncated: bool | None = None  # SQLite: the -wal file was emptied
    seconds: float = 0.0
    transaction_seconds: float = 0.0  # of which writing (others' saves wait)


# ----------------------------------------------------------------- the rule

def _read_rule() -> RetentionRule:
    values = dict(Setting.select(Setting.key, Setting.value)
                  .where(Setting.key.in_((CASE_TEXT_KEY, MONTHS_KEY))).tuples())
    case_text = values.get(CASE_TEXT_KEY)
    try:
        months = int(values.get(MONTHS_KEY, DEFAULT_MONTHS))
    except ValueError:
        months = DEFAULT_MONTHS
    return RetentionRule(
        case_text=DEFAULT_CASE_TEXT if case_text is None else case_text == "1",
        months=months)


def _put(key: str, value: str) -> None:
    if Setting.get_or_none(Setting.key == key) is None:
        Setting.create(key=key, value=value)
    else:
        Setting.update(value=value).where(Setting.key == key).execute()


@service("config.view")
def get_retention_rule(*, actor: Actor) -> RetentionRule:
    """The center's retention rule (defaults where none was set)."""
    return _read_rule()


@service("config.manage", writes=True)
def set_retention_rule(*, actor: Actor, case_text: bool | None = None,
                       months: int | None = None) -> RetentionRule:
    """The director sets whether a purge also replaces the cases' free text, and
    the retention period in months (1–600). Audited."""
    from . import validation

    old = _read_rule()
    new = RetentionRule(
        case_text=old.case_text if case_text is None else bool(case_text),
        months=old.months if months is None else validation.integer(
            "months", months, minimum=1, maximum=600))
    if new.case_text != old.case_text:
        _put(CASE_TEXT_KEY, "1" if new.case_text else "0")
    if new.months != old.months:
        _put(MONTHS_KEY, str(new.months))
    if new != old:
        audit(actor, "setting", None, "update",
              {"months": old.months, "purge_case_text": old.case_text},
              {"months": new.months, "purge_case_text": new.case_text})
    return new


# ----------------------------------------------------------------- purging

def months_before(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def _eligible_callers(cutoff: dt.datetime, among: list[int] | None = None
                      ) -> list[int]:
    """Ids of the callers not purged yet whose every case was closed before
    `cutoff`, and of those without a case created before it (`among` these ids
    only, when given)."""
    any_case = Call.select(SQL("1")).where(Call.caller == Caller.id)
    blocking = Call.select(SQL("1")).where(
        Call.caller == Caller.id,
        (Call.status != "closed") | Call.closed_at.is_null()
        | (Call.closed_at >= cutoff))
    query = (Caller
             .select(Caller.id)
             .where(Caller.purged_at.is_null(),
                    (fn.EXISTS(any_case) & ~fn.EXISTS(blocking))
                    | (~fn.EXISTS(any_case) & (Caller.created_at < cutoff)))
             .order_by(Caller.id)
             .tuples())
    if among is not None:
        query = query.where(Caller.id.in_(among))
    return [row[0] for row in query]


def _case_ids(caller_ids: list[int]) -> list[int]:
    return [row[0] for row in (Call.select(Call.id)
                               .where(Call.caller.in_(caller_ids))
                               .order_by(Call.id).tuples())]


def _redacted_detail(kind: str, detail: str) -> str:
    if kind in _HEAD_EVENTS:
        head, sep, rest = detail.partition(_SEPARATOR)
        if not sep:
            return detail  # a code or a name only (an assignment without a note)
        return head + _SEPARATOR + PURGED if rest and rest != PURGED else detail
    return PURGED


def _redact_cases(case_ids: list[int]) -> int:
    """Replace the free text of these cases and the phone copied on them, each
    table in one statement where it can (every change of a case re-indexes it for
    search: the fewer statements, the fewer times); returns how many cases had
    text."""
    touched: set[int] = set()

    def typed(field):
        return (field != "") & (field != PURGED)

    for model, field in ((Callback, Callback.note), (Survey, Survey.comment),
                         (Supervision, Supervision.note)):
        hits = [r[0] for r in (model.select(model.call)
                               .where(model.call.in_(case_ids), typed(field))
                               .tuples())]
        touched.update(hits)
        if hits:
            model.update({field: PURGED}).where(model.call.in_(case_ids),
                                                typed(field)).execute()
    events = (CallEvent
              .select(CallEvent.id, CallEvent.call, CallEvent.kind, CallEvent.detail)
              .where(CallEvent.call.in_(case_ids), typed(CallEvent.detail),
                     CallEvent.kind.not_in(_CODE_EVENTS))
              .tuples())
    whole = []
    for event_id, call_id, kind, detail in list(events):
        new = _redacted_detail(kind, detail)
        if new == detail:
            continue
        touched.add(call_id)
        if new == PURGED:
            whole.append(event_id)
        else:
            CallEvent.update(detail=new).where(CallEvent.id == event_id).execute()
    if whole:
        CallEvent.update(detail=PURGED).where(CallEvent.id.in_(whole)).execute()
    touched.update(r[0] for r in (Call.select(Call.id)
                                  .where(Call.id.in_(case_ids),
                                         typed(Call.description) | typed(Call.solution))
                                  .tuples()))
    return len(touched)


def _clear_cases(case_ids: list[int], case_text: bool) -> None:
    """One UPDATE of the cases: the phone, and with case_text their text; a view
    of the case opened before is stale (version + 1)."""
    values = {Call.phone: "", Call.version: Call.version + 1}
    if case_text:
        for field in (Call.description, Call.solution):
            values[field] = Case(None, ((field == "", ""),), PURGED)
    Call.update(values).where(Call.id.in_(case_ids)).execute()


def _purge_batch(caller_ids: list[int], case_text: bool, now: dt.datetime
                 ) -> tuple[int, int]:
    case_ids = _case_ids(caller_ids)
    redacted = 0
    for start in range(0, len(case_ids), BATCH):
        part = case_ids[start:start + BATCH]
        if case_text:
            redacted += _redact_cases(part)
        _clear_cases(part, case_text)
    (Caller.update(phone=None, name=PURGED, organization="", notes="", flagged=False,
                   flag_reason="", purged_at=now)
     .where(Caller.id.in_(caller_ids), Caller.purged_at.is_null())
     .execute())
    return len(case_ids), redacted


def _count(caller_ids: list[int]) -> int:
    total = 0
    for start in range(0, len(caller_ids), BATCH):
        total += (Call.select().where(Call.caller.in_(caller_ids[start:start + BATCH]))
                  .count())
    return total


@service("caller.purge")
def purge_callers(*, actor: Actor, before: dt.date, include_case_text: bool | None = None,
                  dry_run: bool = False,
                  progress: Callable[[int, int], None] | None = None) -> PurgeResult:
    """Purge the personal data of the callers whose cases were all closed before
    `before` (see the module's docstring). `dry_run` counts without changing
    anything. `progress(done, total)` is told the callers done so far."""
    started = time.monotonic()
    if isinstance(before, dt.datetime):
        before = before.date()
    if not isinstance(before, dt.date):
        raise ValidationError("before", "must be a date", code="invalid")
    today = clock.now().date()
    if before > today:
        raise ValidationError("before", "must not lie after today", code="in_future")
    rule = _read_rule()
    case_text = rule.case_text if include_case_text is None else bool(include_case_text)
    recent = before > months_before(today, rule.months)
    cutoff = dt.datetime.combine(before, dt.time())
    if dry_run:
        ids = _eligible_callers(cutoff)
        cases = _count(ids)
        pending = Setting.select().where(Setting.key == PENDING_KEY).exists()
        return PurgeResult(before, case_text, True, len(ids), cases,
                           cases if case_text else 0, recent, rule.months,
                           compaction_pending=pending,
                           seconds=time.monotonic() - started)
    refuse_writes_if_damaged()
    database = db.obj
    sqlite = isinstance(database, SqliteDatabase)
    if ImportRun.select().exists():
        raise ValidationError("before", "an import is unfinished; purge when it has "
                              "ended", code="import_unfinished")
    if sqlite:
        database.execute_sql("PRAGMA secure_delete = ON")
    ids = _eligible_callers(cutoff)
    purged = cases = redacted = 0
    if progress is not None:
        progress(0, len(ids))
    try:
        for start in range(0, len(ids), BATCH):
            with db.atomic():  # a batch: other workstations' saves go in between
                # checked again under the write lock (a new case may have come)
                batch = _eligible_callers(cutoff, ids[start:start + BATCH])
                n_cases = n_redacted = 0
                if batch:
                    n_cases, n_redacted = _purge_batch(batch, case_text, clock.now())
                    _put(PENDING_KEY, "1")
                    audit(actor, "caller", None, "purge", None,
                          {"callers_count": len(batch), "cases_count": n_cases,
                           "redacted": n_redacted, "to": before})
            purged += len(batch)
            cases += n_cases
            redacted += n_redacted
            if progress is not None:
                progress(min(start + BATCH, len(ids)), len(ids))
    finally:
        if sqlite:
            database.execute_sql("PRAGMA secure_delete = OFF")
    pending = Setting.select().where(Setting.key == PENDING_KEY).exists()
    written = time.monotonic() - started
    compacted, truncated = (_compact(database) if pending else (False, None))
    return PurgeResult(before, case_text, False, purged, cases, redacted, recent,
                       rule.months, compacted=compacted, wal_truncated=truncated,
                       seconds=time.monotonic() - started,
                       transaction_seconds=written)


def _compact(database) -> tuple[bool, bool | None]:
    """Rewrite the files so the replaced bytes are gone: SQLite VACUUM and a WAL
    checkpoint (TRUNCATE), PostgreSQL VACUUM FULL of the tables touched (outside a
    transaction: peewee's PostgreSQL connections are in autocommit). The purge is
    committed already: a failure here (another program holding the file or a
    table) is reported in the result, not raised, and the next purge retries."""
    Setting.delete().where(Setting.key == PENDING_KEY).execute()
    try:
        if isinstance(database, SqliteDatabase):
            with db.atomic():  # merge the FTS5 segments: no old trigram is kept
                database.execute_sql(
                    "INSERT INTO case_fts (case_fts) VALUES ('optimize')")
            database.execute_sql("VACUUM")
            busy, _, _ = database.execute_sql(
                "PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy:  # a reader kept the -wal file: the next purge empties it
                _put(PENDING_KEY, "1")
            return True, busy == 0
        database.execute_sql(f"SET lock_timeout = '{PG_LOCK_TIMEOUT}'")
        try:
            for table in _TABLES:  # constants, never input
                database.execute_sql(f'VACUUM (FULL, ANALYZE) "{table}"')
        finally:
            database.execute_sql("RESET lock_timeout")
        return True, None
    except (OperationalError, DatabaseError) as exc:
        log.warning("the purge is committed but the database was not compacted: %s",
                    exc)
        if isinstance(database, PostgresqlDatabase) and \
                database.connection().get_transaction_status() != 0:
            database.connection().rollback()
        _put(PENDING_KEY, "1")
        return False, False if isinstance(database, SqliteDatabase) else None
