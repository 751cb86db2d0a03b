"""Lists the duty officer's screens page through by key (never OFFSET).

"My shift": the calls I logged during my current shift plus the tickets I created
that are still open, newest first. Each page is a few index range reads
((creator, received_at) and (creator, status, id), migration 2) and one join for
the rows of the page, so it costs the same at 1,000,000 calls as at 1,000.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from ..models import Call, Category, User
from . import validation
from .base import Actor, service
from .callers import mask_phone
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
    extra = [_matches(search)] if search else []
    # this shift's calls: a short range of (creator, received_at), read whole and
    # cut in Python (with `id < before` in SQL, SQLite would rather walk all of my
    # calls by rowid)
    found = {i for (i,) in Call.select(Call.id)
             .where(Call.creator == me, Call.received_at >= since, *extra).tuples()
             if before_id is None or i < before_id}
    # my open tickets: one range per open status, each walks (creator, status, id)
    for s in OPEN_STATUSES:
        found.update(_ids(Call.select(Call.id).where(Call.creator == me,
                                                     Call.status == s, *extra),
                          before_id, limit))
    ids = sorted(found, reverse=True)[:limit]
    return _rows(ids)


@service("call.log")
def my_shift_counts(*, actor: Actor, since: dt.datetime | None = None) -> ShiftCounts:
    if since is None:
        since = shift_window.__wrapped__(actor=actor).start
    me = actor.user_id or 0
    in_shift = Call.select().where(Call.creator == me, Call.received_at >= since).count()
    open_count = sum(Call.select().where(Call.creator == me, Call.status == s).count()
                     for s in OPEN_STATUSES)
    return ShiftCounts(in_shift, open_count)


def _rows(ids: list[int]) -> list[WorkRow]:
    if not ids:
        return []
    parent = Category.alias()
    query = (Call.select(Call.id, Call.ticket_no, Call.received_at, Call.phone,
                         Category.name, parent.name, Call.priority, Call.subject,
                         Call.outcome, Call.status, User.display_name,
                         Call.duration_seconds, Call.confidential, Call.anonymous)
             .join_from(Call, Category, JOIN.LEFT_OUTER,
                        on=(Call.category == Category.id))
             .join_from(Category, parent, JOIN.LEFT_OUTER,
                        on=(Category.parent == parent.id))
             .join_from(Call, User, JOIN.LEFT_OUTER, on=(Call.assignee == User.id))
             .where(Call.id.in_(ids))
             .tuples())
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
