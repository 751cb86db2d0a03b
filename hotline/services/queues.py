"""The specialist's workstation and the call backs due (issue 8 items 3 and 4).

- `my_queue`: the open cases assigned to the actor that he has taken (signed for,
  签收, or already being worked), by resolution due time, then id.
- `to_sign_for`: the dispatched cases assigned to him that he has not signed for
  yet, plus, for a specialist, the unassigned pool (status new: e.g. a callback
  nobody took) he may see; same order.
  Every open case assigned to someone is in exactly one of the two lists: signing
  for it moves it from the second to the first.
- `due_callbacks`: callback-outcome cases not yet reached (open, no reached call
  back) by their first-response due time, and resolved cases awaiting their 回访
  (no reached call back since the resolution and no rating) by resolution time.
  Scope: a specialist his assigned cases, a duty officer the cases he logged,
  supervisors and directors every case (so nobody gets a confidential case he may
  not see: assigned and own cases are always seen whole).
- `queue_counts`: the three counts for the navigation.
- every row carries the open 督办 of its case (`supervision_deadline`,
  `supervision_overdue`): one statement per page, by the ids of its rows.

Pages go by key: `after` is (key, id) of the last row shown; a row without a due
time comes after all the rows with one (in id order), on both backends. Each page
is one statement per part of the list on a partial index of open cases (migration
10), so it costs the same at 1,000,000 calls as at 1,000. The SQL is written once
per backend (keyed by the driver's parameter mark) and sent with execute_sql:
values are parameters; status and outcome codes are constants of the workflow
written into the text, because a partial index is only used when the query states
its condition literally (SQLite does not look at bound values for that).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass

from ..domain import workflow
from ..domain.access import ALL_CASES_ROLES, SYSTEM
from ..domain.sla_state import ClockState, clock_state
from ..models import db
from . import clock, validation
from .base import Actor, service
from .callers import mask_phone, read_datetime
from .errors import ValidationError
from .permissions import allowed

MAX_LIMIT = 500


def _codes(*codes: str) -> str:
    """Workflow codes as an SQL list of literals (constants, never user input)."""
    for code in codes:
        if code not in workflow.STATUSES + workflow.SERVICE_OUTCOMES:
            raise ValueError(code)
    return ", ".join(f"'{c}'" for c in codes)


OPEN_SQL = _codes(*workflow.OPEN_STATUSES)
# sign_for's source statuses (domain/workflow.py): a case in one of them without
# signed_at is still to be signed for; everything else open and assigned is taken
UNSIGNED_STATUSES = workflow.TRANSITIONS["sign_for"][0]
UNSIGNED_SQL = _codes(*UNSIGNED_STATUSES)
TAKEN_SQL = _codes(*(s for s in workflow.OPEN_STATUSES if s not in UNSIGNED_STATUSES))

# the partial indexes (migration 10) state these conditions; the queries repeat them
OPEN_CONDITION = f"c.status IN ({OPEN_SQL})"
CALLBACK_CONDITION = f"c.outcome = 'callback' AND c.status IN ({OPEN_SQL})"
RESOLVED_CONDITION = "c.status = 'resolved'"


@dataclass(slots=True)
class QueueRow:
    """One row of a list. Its SLA clocks are worked out (domain/sla_state.py) as of
    `read_at`, the services' time when the page was read, when first asked for: a
    page is read far more often than all its clocks are shown. (A plain dataclass:
    a frozen one of this size costs 5 µs a row to build, a sixth of a whole page's
    time on the bare driver.)"""

    id: int
    kind: str  # queue | sign_for | pool | callback | revisit
    ticket_no: str
    received_at: dt.datetime
    priority: str
    category: str
    subject: str
    caller_name: str
    phone: str  # masked for an anonymous caller
    status: str
    outcome: str
    assignee_id: int | None
    assignee: str
    creator_id: int | None
    signed_at: dt.datetime | None
    first_response_at: dt.datetime | None
    first_response_due: dt.datetime | None
    resolution_due: dt.datetime | None
    resolved_at: dt.datetime | None
    paused_at: dt.datetime | None
    reopen_count: int
    confidential: bool
    anonymous: bool
    version: int  # pass back as expected_version (quick actions)
    due_at: dt.datetime | None  # the list's order: the key of `after`
    read_at: dt.datetime
    attempts: int = 0  # call backs made (since the resolution for a revisit)
    # the open 督办 on the case (services/calls.supervise): its deadline, or None
    supervision_deadline: dt.datetime | None = None

    @property
    def supervision_overdue(self) -> bool:
        """An open 督办 whose deadline has passed (as of `read_at`)."""
        return self.supervision_deadline is not None and \
            self.supervision_deadline <= self.read_at

    @property
    def key(self) -> tuple[dt.datetime | None, int]:
        """Pass as `after` to read the next page."""
        return (self.due_at, self.id)

    @property
    def response_clock(self) -> ClockState:
        """The first-response clock."""
        return clock_state(self.first_response_due, now=self.read_at,
                           started_at=self.received_at,
                           paused_at=self.paused_at if self.first_response_at is None
                           else None, done_at=self.first_response_at)

    @property
    def resolution_clock(self) -> ClockState:
        """The resolution clock. A reopened case's clock started at the reopening,
        which the row does not carry: only the 24-hour rule judges it at risk."""
        return clock_state(self.resolution_due, now=self.read_at,
                           started_at=None if self.reopen_count else self.received_at,
                           paused_at=self.paused_at, done_at=self.resolved_at)

    @property
    def clock(self) -> ClockState:
        """The clock the list shows: first response for a call back not made yet,
        resolution otherwise."""
        return self.response_clock if self.kind == "callback" \
            else self.resolution_clock


@dataclass(frozen=True)
class QueueCounts:
    my_queue: int | None  # None: the role does not work cases
    to_sign_for: int | None
    callbacks: int | None  # None: the role does not call back


# ----------------------------------------------------------------- SQL

_SELECT = (
    "SELECT c.id, c.ticket_no, c.received_at, c.priority, c.subject, c.status, "
    "c.outcome, c.phone, c.anonymous, c.confidential, c.assignee_id, c.creator_id, "
    "c.signed_at, c.first_response_at, c.first_response_due, c.resolution_due, "
    "c.resolved_at, c.paused_at, c.reopen_count, c.version, cat.name, par.name, "
    "u.display_name, cl.name, {attempts} "
    'FROM "call" c '
    'LEFT JOIN "category" cat ON c.category_id = cat.id '
    'LEFT JOIN "category" par ON cat.parent_id = par.id '
    'LEFT JOIN "user" u ON c.assignee_id = u.id '
    'LEFT JOIN "caller" cl ON c.caller_id = cl.id ')
_NO_ATTEMPTS = "0"


def _attempts_since(column: str) -> str:
    return (f'(SELECT COUNT(*) FROM "callback" cb WHERE cb.call_id = c.id '
            f"AND cb.at >= {column})")


def _none(subquery: str) -> str:
    """NOT EXISTS, looked up row by row in the index of the subquery's table.

    The lists read few cases (a partial index), and for each one a lookup by
    call_id answers; PostgreSQL would rather turn NOT EXISTS into a hash anti-join
    over the whole callback or survey table when its statistics are stale (after
    a large import: 30 ms at 100,000 calls, growing with the table). OFFSET 0 keeps
    the subquery a per-row subplan there (the planner does not flatten a subquery
    with an OFFSET); SQLite runs it per row anyway."""
    return f"NOT EXISTS ({subquery} LIMIT 1 OFFSET 0)"


def _not_reached_since(column: str | None, p: str) -> str:
    since = f" AND cb.at >= {column}" if column else ""
    return _none(f'SELECT 1 FROM "callback" cb WHERE cb.call_id = c.id '
                 f"AND cb.reached = {p}{since}")


@dataclass(frozen=True)
class _Part:
    """One part of a list: its condition (with parameters), the column it is
    ordered by, the kind of its rows and the count of call backs it shows."""

    kind: str
    where: str
    params: tuple
    key: str
    attempts: str = _NO_ATTEMPTS


_SQL: dict[tuple, str] = {}


def _split(p: str) -> bool:
    """PostgreSQL plans every statement it is sent (psycopg2 fills the parameters
    in on the client), and planning the page's anti-joins together with the four
    joins of its rows costs more than running them: there a page reads the ids of
    its rows first and then the rows by id (two short plans). SQLite keeps its
    prepared statements, so one statement gives the page there."""
    return p != "?"


def _sql(part: _Part, p: str, variant: str) -> str:
    """The statement of one page of `part`: `variant` is 'first' (rows with a key),
    'after' (rows after (key, id)), 'nulls' (rows without a key after an id) or
    'count'. Whole rows on SQLite, (id, key) on PostgreSQL (see _split)."""
    cache = (part.kind, part.where, part.key, part.attempts, p, variant)
    sql = _SQL.get(cache)
    if sql is not None:
        return sql
    if variant == "count":
        sql = f'SELECT COUNT(*) FROM "call" c WHERE {part.where}'
    else:
        if _split(p):
            head = f'SELECT c.id, {part.key} FROM "call" c '
        else:
            head = _SELECT.format(attempts=part.attempts)
        head += f"WHERE {part.where} AND "
        if variant == "first":
            sql = head + (f"{part.key} IS NOT NULL "
                          f"ORDER BY {part.key}, c.id LIMIT {p}")
        elif variant == "after":
            sql = head + (f"({part.key}, c.id) > ({p}, {p}) "
                          f"ORDER BY {part.key}, c.id LIMIT {p}")
        else:
            sql = head + f"{part.key} IS NULL AND c.id > {p} ORDER BY c.id LIMIT {p}"
    _SQL[cache] = sql
    return sql


# the rows of a page by id (PostgreSQL): call backs made since the case was
# logged, or since its resolution for a resolved case (a satisfaction visit)
_ATTEMPTS_BY_STATUS = _attempts_since(
    "CASE WHEN c.status = 'resolved' THEN c.resolved_at ELSE c.received_at END")


def _rows_sql(p: str, n: int, attempts: bool) -> str:
    cache = ("rows", p, n, attempts)
    sql = _SQL.get(cache)
    if sql is None:
        sql = _SQL[cache] = (
            _SELECT.format(attempts=_ATTEMPTS_BY_STATUS if attempts else _NO_ATTEMPTS)
            + f"WHERE c.id IN ({', '.join([p] * n)})")
    return sql


def _fetch(part: _Part, after, limit: int) -> list[tuple]:
    """Up to `limit` rows of `part` after the cursor (whole rows, or (id, key) on
    PostgreSQL): first the rows with a key in (key, id) order, then those
    without, by id."""
    database = db.obj
    p = database.param
    rows = []
    after_key, after_id = after if after is not None else (None, None)
    if after is None or after_key is not None:
        if after is None:
            sql, extra = _sql(part, p, "first"), (limit,)
        else:
            sql = _sql(part, p, "after")
            extra = (_db_time(after_key), after_id, limit)
        rows = database.execute_sql(sql, part.params + extra).fetchall()
    if len(rows) < limit:
        start = after_id if (after is not None and after_key is None) else 0
        rows += database.execute_sql(_sql(part, p, "nulls"),
                                     part.params + (start, limit - len(rows))
                                     ).fetchall()
    return rows


def _db_time(value: dt.datetime):
    from ..models import Call
    return Call.resolution_due.db_value(value)


def _order(key, row_id):
    return (key is None, key or dt.datetime.min, row_id)


@contextlib.contextmanager
def _without_jit(needed: bool):
    """PostgreSQL: the statements of a page of call backs in one read-only
    snapshot, without JIT compilation. After a large import the statistics of
    callback lag behind; the planner then prices the count of call backs made on
    each row high enough to compile the rows query (30 ms of JIT for 1 ms of work
    at 1,000,000 calls), as it would the indicators' aggregates
    (services/indicators.py turns it off the same way). The queue pages have no
    such count: they skip the three round trips of the transaction."""
    if needed and _split(db.obj.param) and db.transaction_depth() == 0:
        with db.atomic(isolation_level="REPEATABLE READ"):
            db.execute_sql("SET TRANSACTION READ ONLY; SET LOCAL jit = off")
            yield
        return
    yield


def _merge(parts: list[_Part], after, limit: int) -> list[QueueRow]:
    """A page of a list made of several parts, in one order: (key, id), the rows
    without a key last."""
    with _without_jit(any(p.attempts != _NO_ATTEMPTS for p in parts)):
        return _merge_now(parts, after, limit)


def _merge_now(parts: list[_Part], after, limit: int) -> list[QueueRow]:
    now = clock.now()
    database = db.obj
    if not _split(database.param):
        rows = [_row(part.kind, r, now) for part in parts
                for r in _fetch(part, after, limit)]
        rows.sort(key=lambda r: _order(r.due_at, r.id))
        return _with_supervisions(rows[:limit])
    found = sorted(((key, row_id, part.kind) for part in parts
                    for row_id, key in _fetch(part, after, limit)),
                   key=lambda x: _order(x[0], x[1]))[:limit]
    if not found:
        return []
    kinds = {row_id: kind for _, row_id, kind in found}
    attempts = any(p.attempts != _NO_ATTEMPTS for p in parts)
    by_id = {r[0]: r for r in database.execute_sql(
        _rows_sql(database.param, len(found), attempts), list(kinds)).fetchall()}
    return _with_supervisions([_row(kind, by_id[row_id], now)
                               for _, row_id, kind in found if row_id in by_id])


def _supervisions_sql(p: str, n: int) -> str:
    cache = ("supervision", p, n)
    sql = _SQL.get(cache)
    if sql is None:
        sql = _SQL[cache] = (
            'SELECT s.call_id, MIN(s.deadline) FROM "supervision" s '
            f"WHERE s.call_id IN ({', '.join([p] * n)}) AND s.closed_at IS NULL "
            "GROUP BY s.call_id")
    return sql


def _with_supervisions(rows: list[QueueRow]) -> list[QueueRow]:
    """The open 督办 of the page's cases: one statement for the whole page on the
    index of supervision.call_id (a handful of rows per case at most), not a
    lookup per row nor a join in the page's statement (which would change the
    plans the partial indexes give)."""
    if not rows:
        return rows
    database = db.obj
    found = database.execute_sql(_supervisions_sql(database.param, len(rows)),
                                 [r.id for r in rows]).fetchall()
    if found:
        deadlines = {}
        for call_id, deadline in found:
            if isinstance(deadline, str):
                try:
                    deadline = _fromiso(deadline)
                except ValueError:
                    deadline = read_datetime(deadline)
            deadlines[call_id] = deadline
        for row in rows:
            row.supervision_deadline = deadlines.get(row.id)
    return rows


# ----------------------------------------------------------------- rows

_fromiso = dt.datetime.fromisoformat


def _row(kind: str, r: tuple, now: dt.datetime) -> QueueRow:
    (cid, ticket, received, priority, subject, status, outcome, phone, anonymous,
     confidential, assignee_id, creator_id, signed, first_at, first_due, res_due,
     resolved, paused, reopen_count, version, cat, parent, assignee, caller,
     attempts) = r
    if isinstance(received, str):  # SQLite hands back the ISO text peewee wrote
        try:
            received, signed, first_at, first_due, res_due, resolved, paused = [
                v if v is None else _fromiso(v) for v in
                (received, signed, first_at, first_due, res_due, resolved, paused)]
        except ValueError:  # written some other way: the slower, lenient parse
            received, signed, first_at, first_due, res_due, resolved, paused = [
                v if v is None else read_datetime(v) for v in
                (received, signed, first_at, first_due, res_due, resolved, paused)]
    due_at = first_due if kind == "callback" else \
        resolved if kind == "revisit" else res_due
    if anonymous:
        caller, phone = "", mask_phone(phone) if phone else ""
    return QueueRow(
        cid, kind, ticket, received, priority,
        f"{parent}/{cat}" if parent else (cat or ""), subject, caller or "",
        phone or "", status, outcome, assignee_id, assignee or "", creator_id, signed,
        first_at, first_due, res_due, resolved, paused, reopen_count or 0,
        bool(confidential), bool(anonymous), version or 0, due_at, now,
        attempts or 0)


# ----------------------------------------------------------------- the lists

def _me(actor: Actor) -> int:
    return actor.user_id or 0


def _queue_part(actor: Actor) -> _Part:
    return _Part("queue",
                 f"c.assignee_id = {{p}} AND {OPEN_CONDITION} AND "
                 f"(c.signed_at IS NOT NULL OR c.status IN ({TAKEN_SQL}))",
                 (_me(actor),), "c.resolution_due")


def _sign_parts(actor: Actor) -> list[_Part]:
    parts = [_Part("sign_for",
                   f"c.assignee_id = {{p}} AND {OPEN_CONDITION} AND "
                   f"c.status IN ({UNSIGNED_SQL}) AND c.signed_at IS NULL",
                   (_me(actor),), "c.resolution_due")]
    if actor.role == "specialist":  # the pool: unassigned cases he may see
        parts.append(_Part("pool",
                           f"c.assignee_id IS NULL AND {OPEN_CONDITION} AND "
                           "c.status = 'new' AND (c.confidential = {p} "
                           "OR c.creator_id = {p})",
                           (False, _me(actor)), "c.resolution_due"))
    return parts


def _callback_parts(actor: Actor) -> list[_Part]:
    role = SYSTEM if actor.is_system else actor.role
    if role in ALL_CASES_ROLES:
        scope, params = "", ()
    elif role == "duty_officer":
        scope, params = "c.creator_id = {p} AND ", (_me(actor),)
    else:
        scope, params = "c.assignee_id = {p} AND ", (_me(actor),)
    return [
        _Part("callback",
              scope + f"{CALLBACK_CONDITION} AND " + _not_reached_since(None, "{p}"),
              params + (True,), "c.first_response_due",
              _attempts_since("c.received_at")),
        _Part("revisit",
              scope + f"{RESOLVED_CONDITION} AND "
              + _not_reached_since("c.resolved_at", "{p}")
              + " AND " + _none('SELECT 1 FROM "survey" s WHERE s.call_id = c.id'),
              params + (True,), "c.resolved_at",
              _attempts_since("c.resolved_at")),
    ]


def _bind(parts: list[_Part]) -> list[_Part]:
    """The parts with the driver's parameter mark written in."""
    p = db.obj.param
    return [_Part(x.kind, x.where.replace("{p}", p), x.params, x.key,
                  x.attempts.replace("{p}", p)) for x in parts]


def _paging(after, limit):
    limit = validation.integer("limit", limit, minimum=1, maximum=MAX_LIMIT)
    if after is None:
        return None, limit
    try:
        key, last_id = after
    except (TypeError, ValueError):
        raise ValidationError("after", "must be (due time, id) of the last row",
                              code="invalid") from None
    last_id = validation.integer("after", last_id, minimum=0)
    if key is not None and not isinstance(key, dt.datetime):
        raise ValidationError("after", "must be (due time, id) of the last row",
                              code="invalid")
    return (key, last_id), limit


@service("call.work")
def my_queue(*, actor: Actor, after: tuple | None = None, limit: int = 50
             ) -> list[QueueRow]:
    """The open cases assigned to the actor that he has taken, by resolution due."""
    after, limit = _paging(after, limit)
    return _merge(_bind([_queue_part(actor)]), after, limit)


@service("call.work")
def to_sign_for(*, actor: Actor, after: tuple | None = None, limit: int = 50
                ) -> list[QueueRow]:
    """Dispatched cases waiting for the actor to sign for them (签收), and for a
    specialist the unassigned pool; by resolution due."""
    after, limit = _paging(after, limit)
    return _merge(_bind(_sign_parts(actor)), after, limit)


@service("call.callback")
def due_callbacks(*, actor: Actor, after: tuple | None = None, limit: int = 50
                  ) -> list[QueueRow]:
    """Call backs due: callback cases not reached yet (by first-response due) and
    resolved cases awaiting their 回访 (by resolution time)."""
    after, limit = _paging(after, limit)
    return _merge(_bind(_callback_parts(actor)), after, limit)


@service(None)
def queue_counts(*, actor: Actor) -> QueueCounts:
    """The navigation's counts, in one statement; None for a list the role does
    not have."""
    role = SYSTEM if actor.is_system else actor.role
    lists = []
    if role == SYSTEM or allowed(role, "call.work"):
        lists += [("my_queue", [_queue_part(actor)]),
                  ("to_sign_for", _sign_parts(actor))]
    if role == SYSTEM or allowed(role, "call.callback"):
        lists.append(("callbacks", _callback_parts(actor)))
    counts = dict.fromkeys(("my_queue", "to_sign_for", "callbacks"))
    if not lists:
        return QueueCounts(**counts)
    parts = [(name, part) for name, ps in lists for part in _bind(ps)]
    database = db.obj
    sql = "SELECT " + ", ".join(
        f"({_sql(part, database.param, 'count')})" for _, part in parts)
    values = database.execute_sql(
        sql, [v for _, part in parts for v in part.params]).fetchone()
    for (name, _), value in zip(parts, values):
        counts[name] = (counts[name] or 0) + value
    return QueueCounts(**counts)
