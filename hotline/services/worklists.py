"""Lists the duty officer's screens page through by key (never OFFSET).

"My shift": the calls I logged during my current shift plus the tickets I created
that are still open, newest first. Each page is a few index range reads
((creator, received_at) and (creator, status, id), migration 2) and one join for
the rows of the page, so it costs the same at 1,000,000 calls as at 1,000.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..models import Call, db
from . import validation
from .base import Actor, service
from .callers import mask_phone, read_datetime
from .calls import OPEN_STATUSES
from .shifts import shift_window

MAX_SEARCH = 100


@dataclass(frozen=True)
class WorkRow:
    id: int
    ticket_no: str
    received_at: dt.datetime
    phone: str
    category: str
    priority: str
    subject: str
    outcome: str
    status: str
    assignee: str
    duration_seconds: int | None
    confidential: bool
    anonymous: bool

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


@dataclass(frozen=True)
class ShiftCounts:
    calls_this_shift: int
    open_tickets: int


def _matches(term: str):
    """Case-insensitive substring on ticket number, phone, subject, description
    (wildcards in `term` are escaped by peewee)."""
    return (Call.ticket_no.contains(term) | Call.phone.contains(term)
            | Call.subject.contains(term) | Call.description.contains(term))


def _ids(query, before_id: int | None, limit: int) -> list[int]:
    if before_id is not None:
        query = query.where(Call.id < before_id)
    return [r[0] for r in query.order_by(Call.id.desc()).limit(limit).tuples()]


# the pages are read on every scroll: their SQL is written once per backend (keyed
# by the driver's parameter mark and the variant) and sent with execute_sql, values
# as parameters only, rows read as tuples
_SQL: dict[tuple, str] = {}


def _page_ids_sql(p: str, below: bool) -> str:
    """One statement for the ids of a page: this shift's calls (a short range of
    (creator, received_at), read whole and cut in Python: with `id < before` in SQL,
    SQLite would rather walk all of my calls by rowid), then my open tickets, one
    range of (creator, status, id) per open status."""
    key = ("ids", p, below)
    sql = _SQL.get(key)
    if sql is None:
        cut = f" AND id < {p}" if below else ""
        parts = [f'SELECT id FROM "call" WHERE creator_id = {p} AND received_at >= {p}']
        parts += [f'SELECT id FROM (SELECT id FROM "call" WHERE creator_id = {p} '
                  f'AND status = {p}{cut} ORDER BY id DESC LIMIT {p}) s{i}'
                  for i in range(len(OPEN_STATUSES))]
        sql = _SQL[key] = " UNION ALL ".join(parts)
    return sql


def _counts_sql(p: str) -> str:
    key = ("counts", p)
    sql = _SQL.get(key)
    if sql is None:
        marks = ", ".join([p] * len(OPEN_STATUSES))
        sql = _SQL[key] = (
            f'SELECT (SELECT COUNT(*) FROM "call" WHERE creator_id = {p} '
            f'AND received_at >= {p}), (SELECT COUNT(*) FROM "call" '
            f'WHERE creator_id = {p} AND status IN ({marks}))')
    return sql


def _rows_sql(p: str, n: int) -> str:
    key = ("rows", p, n)
    sql = _SQL.get(key)
    if sql is None:
        sql = _SQL[key] = (
            'SELECT c.id, c.ticket_no, c.received_at, c.phone, cat.name, par.name, '
            'c.priority, c.subject, c.outcome, c.status, u.display_name, '
            'c.duration_seconds, c.confidential, c.anonymous FROM "call" c '
            'LEFT JOIN "category" cat ON c.category_id = cat.id '
            'LEFT JOIN "category" par ON cat.parent_id = par.id '
            'LEFT JOIN "user" u ON c.assignee_id = u.id '
            f'WHERE c.id IN ({", ".join([p] * n)})')
    return sql


@service("call.log")
def my_shift(*, actor: Actor, before_id: int | None = None, limit: int = 50,
             search: str = "", since: dt.datetime | None = None) -> list[WorkRow]:
    """One page of "my shift", newest first, continuing below `before_id`.

    `since` overrides the start of the shift window (the rostered shift, else the
    last 12 hours). `search` matches ticket number, phone, subject or description.
    """
    limit = validation.integer("limit", limit, minimum=1, maximum=500)
    before_id = validation.integer("before_id", before_id, required=False)
    search = validation.text("search", search, max_len=MAX_SEARCH)
    if since is None:
        since = shift_window.__wrapped__(actor=actor).start
    me = actor.user_id or 0
    if search:
        found = _search_ids(me, since, search, before_id, limit)
    else:
        database = db.obj
        params = [me, Call.received_at.db_value(since)]
        for s in OPEN_STATUSES:
            params += [me, s] + ([before_id] if before_id is not None else []) + [limit]
        sql = _page_ids_sql(database.param, before_id is not None)
        found = {i for (i,) in database.execute_sql(sql, params).fetchall()
                 if before_id is None or i < before_id}
    ids = sorted(found, reverse=True)[:limit]
    return _rows(ids)


def _search_ids(me: int, since: dt.datetime, search: str, before_id: int | None,
                limit: int) -> set[int]:
    """The ids of a searched page (the same ranges as the plain page, each with the
    search condition)."""
    extra = [_matches(search)]
    found = {i for (i,) in Call.select(Call.id)
             .where(Call.creator == me, Call.received_at >= since, *extra).tuples()
             if before_id is None or i < before_id}
    for s in OPEN_STATUSES:
        found.update(_ids(Call.select(Call.id).where(Call.creator == me,
                                                     Call.status == s, *extra),
                          before_id, limit))
    return found


@service("call.log")
def my_shift_counts(*, actor: Actor, since: dt.datetime | None = None) -> ShiftCounts:
    if since is None:
        since = shift_window.__wrapped__(actor=actor).start
    me = actor.user_id or 0
    database = db.obj
    in_shift, open_count = database.execute_sql(
        _counts_sql(database.param),
        (me, Call.received_at.db_value(since), me, *OPEN_STATUSES)).fetchone()
    return ShiftCounts(in_shift, open_count)


def _rows(ids: list[int]) -> list[WorkRow]:
    if not ids:
        return []
    database = db.obj
    query = ((r[0], r[1], read_datetime(r[2])) + tuple(r[3:]) for r in
             database.execute_sql(_rows_sql(database.param, len(ids)), ids).fetchall())
    by_id = {}
    for (cid, ticket, received, cat, parent_name, priority, subject, outcome, status,
         assignee, duration, confidential, anonymous, phone_) in (
            (r[0], r[1], r[2], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11],
             r[12], r[13], r[3]) for r in query):
        category = f"{parent_name}/{cat}" if parent_name else (cat or "")
        phone = mask_phone(phone_) if (anonymous and phone_) else phone_
        by_id[cid] = WorkRow(cid, ticket, received, phone, category, priority, subject,
                             outcome, status, assignee or "", duration,
                             bool(confidential), bool(anonymous))
    return [by_id[i] for i in ids if i in by_id]
