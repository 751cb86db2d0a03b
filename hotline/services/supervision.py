"""Supervision of the team (issue 11 item 2, DESIGN §1 supervisor): who holds how
many open cases, how many are overdue or under 督办, who is on shift now; the
open (and recently resolved) cases of one agent; and the bulk reassignment of an
agent's open cases to a colleague (when he is off shift, ill, or has left).

`reassign_open_cases` moves each case by the rules of `calls.assign` (the case's
object rule, an active target whose role works cases, the workflow's transition,
a "transferred" timeline event and an "assign" audit row per case), all in one
transaction: if one case is refused, none is moved. A case waiting on the caller
(pending_customer, which `assign` does not take) changes hands keeping its status
and its stopped clock: the new holder goes on waiting for the caller.

The overview reads counts with one grouped statement over the partial index of
open cases (migration 10, the condition written as services/queues.py writes it),
one over the open supervisions and one over the shifts covering now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain import workflow
from ..models import Call, Caller, Category, Shift, User, db
from . import calls, clock, validation
from .base import Actor, service
from .calls import DISPATCH_ROLES, CaseSummary
from .callers import read_datetime
from .case_access import check_case
from .errors import PermissionDenied, ValidationError
from .permissions import allowed
from .queues import OPEN_CONDITION
from ..storage.dialect import is_sqlite

MAX_CASES = 1000  # one agent's cases listed at most ("all" moves every one)
RECENT_DAYS = 30  # resolved or closed cases offered for reopening (退回重办)
RECENT_LIMIT = 50  # … the latest of them


@dataclass(frozen=True)
class AgentLoad:
    """One person of the team as the supervision page shows him."""

    user_id: int
    display_name: str
    role: str
    active: bool
    open_cases: int
    overdue: int  # open cases past their resolution due time (clock not paused)
    supervised: int  # open cases under an open 督办
    supervision_overdue: int  # … whose 督办 deadline has passed
    on_shift: bool
    shift_label: str = ""  # the shift covering now (早班 …), '' if none
    shift_ends_at: dt.datetime | None = None


def _supervisor(actor: Actor) -> None:
    """Team-wide views and moves are the supervisors' and directors' (call.supervise),
    on top of the service's own permission."""
    if not actor.is_system and not allowed(actor.role, "call.supervise"):
        raise PermissionDenied("call.supervise", actor.role)


def _time(value):
    if isinstance(value, str):  # SQLite hands back the text peewee wrote
        return read_datetime(value)
    return value


_COUNTS_SQL = (
    "SELECT c.assignee_id, COUNT(*), "
    "SUM(CASE WHEN c.resolution_due <= {p} AND (c.paused_at IS NULL "
    "OR c.paused_at >= c.resolution_due) THEN 1 ELSE 0 END) "
    'FROM "call" c WHERE c.assignee_id IS NOT NULL AND ' + OPEN_CONDITION + " "
    "GROUP BY c.assignee_id")
_SUPERVISED_SQL = (
    "SELECT c.assignee_id, COUNT(DISTINCT s.call_id), "
    "COUNT(DISTINCT CASE WHEN s.deadline <= {p} THEN s.call_id END) "
    'FROM "supervision" s JOIN "call" c ON c.id = s.call_id '
    "WHERE s.closed_at IS NULL AND c.assignee_id IS NOT NULL AND "
    + OPEN_CONDITION + " GROUP BY c.assignee_id")


@service("call.supervise")
def team_overview(*, actor: Actor) -> list[AgentLoad]:
    """Everyone who works cases (active specialists, supervisors, directors) and
    anyone else still holding open cases (a deactivated account included), with
    their open, overdue and supervised counts and whether a shift covers now;
    by name."""
    now = clock.now()
    database = db.obj
    p = database.param
    stamp = Call.resolution_due.db_value(now)
    counts = {row[0]: (row[1], row[2] or 0) for row in database.execute_sql(
        _COUNTS_SQL.replace("{p}", p), (stamp,)).fetchall()}
    supervised = {row[0]: (row[1], row[2] or 0) for row in database.execute_sql(
        _SUPERVISED_SQL.replace("{p}", p), (stamp,)).fetchall()}
    shifts: dict[int, tuple[str, dt.datetime]] = {}
    for user_id, label, ends_at in (Shift.select(Shift.user, Shift.label,
                                                 Shift.ends_at)
                                    .where(Shift.starts_at <= now, Shift.ends_at > now)
                                    .order_by(Shift.ends_at)
                                    .tuples()):
        shifts.setdefault(user_id, (label, _time(ends_at)))
    people = (User.select(User.id, User.display_name, User.role, User.active)
              .where(((User.active == True)  # noqa: E712
                      & User.role.in_(list(DISPATCH_ROLES)))
                     | User.id.in_(list(counts) or [0]))
              .order_by(User.display_name, User.id)
              .tuples())
    result = []
    for user_id, name, role, active in people:
        open_count, overdue = counts.get(user_id, (0, 0))
        sup, sup_overdue = supervised.get(user_id, (0, 0))
        label, ends = shifts.get(user_id, ("", None))
        result.append(AgentLoad(user_id, name, role, bool(active), open_count,
                                overdue, sup, sup_overdue, user_id in shifts,
                                label or "", ends))
    return result


def _summaries(actor: Actor, rows: list[Call]) -> list[CaseSummary]:
    """The cases as CaseSummary with their callers, categories and assignees read
    in one statement each (not one per case)."""
    caller_ids = {c.caller_id for c in rows if c.caller_id}
    callers = {c.id: c for c in Caller.select().where(
        Caller.id.in_(list(caller_ids)))} if caller_ids else {}
    category_ids = {c.category_id for c in rows if c.category_id}
    categories = {c.id: c for c in Category.select().where(
        Category.id.in_(list(category_ids)))} if category_ids else {}
    parent_ids = {c.parent_id for c in categories.values()
                  if c.parent_id} - set(categories)
    if parent_ids:
        categories.update({c.id: c for c in Category.select().where(
            Category.id.in_(list(parent_ids)))})
    user_ids = {c.assignee_id for c in rows if c.assignee_id}
    users = {u.id: u for u in User.select().where(User.id.in_(list(user_ids)))} \
        if user_ids else {}

    def label(category_id):
        category = categories.get(category_id)
        if category is None:
            return ""
        parent = categories.get(category.parent_id) if category.parent_id else None
        return f"{parent.name}/{category.name}" if parent else category.name

    return [calls._summary(c, actor, caller=callers.get(c.caller_id),
                           category_label=label(c.category_id),
                           assignee=users.get(c.assignee_id)) for c in rows]


def _user_id(field_name: str, value) -> int:
    return validation.integer(field_name, value, minimum=1)


def _open_query(user_id: int):
    return (Call.select()
            .where(Call.assignee == user_id,
                   Call.status.in_(list(workflow.OPEN_STATUSES)))
            .order_by(Call.resolution_due.is_null(), Call.resolution_due, Call.id))


@service("call.assign")
def open_cases_of(*, actor: Actor, user_id: int) -> list[CaseSummary]:
    """The open cases assigned to `user_id`, by resolution due time (cases without
    one last), at most MAX_CASES."""
    _supervisor(actor)
    user_id = _user_id("user_id", user_id)
    return _summaries(actor, list(_open_query(user_id).limit(MAX_CASES)))


# The newest resolutions first, read along the index of call.resolved_at and
# filtered by holder: a busy specialist has tens of thousands of closed cases, so
# reading his (assignee, status) index and sorting them is slower by far than
# walking back the center's latest resolutions until the page is full. SQLite is
# told so by the unary "+" (no index on those columns); PostgreSQL plans it itself.
_RESOLVED_SQL = (
    'SELECT c.id FROM "call" c WHERE {plus}c.assignee_id = {p} '
    "AND {plus}c.status IN ('resolved', 'closed') AND c.resolved_at >= {p} "
    "ORDER BY c.resolved_at DESC, c.id DESC LIMIT {p}")


@service("call.reopen")
def resolved_cases_of(*, actor: Actor, user_id: int, days: int = RECENT_DAYS,
                      limit: int = RECENT_LIMIT) -> list[CaseSummary]:
    """The latest cases `user_id` resolved (still his, resolved or closed) in the
    last `days` days, newest first, at most `limit`: the ones a supervisor may
    send back (退回重办)."""
    _supervisor(actor)
    user_id = _user_id("user_id", user_id)
    days = validation.integer("days", days, minimum=1, maximum=366)
    limit = validation.integer("limit", limit, minimum=1, maximum=500)
    since = clock.now() - dt.timedelta(days=days)
    database = db.obj
    sql = _RESOLVED_SQL.format(p=database.param, plus="+" if is_sqlite() else "")
    ids = [r[0] for r in database.execute_sql(
        sql, (user_id, Call.resolved_at.db_value(since), limit)).fetchall()]
    if not ids:
        return []
    by_id = {c.id: c for c in Call.select().where(Call.id.in_(ids))}
    return _summaries(actor, [by_id[i] for i in ids if i in by_id])


def _target(to_user_id) -> User:
    """The colleague the cases go to: an active user whose role works cases,
    refused by the field's name otherwise."""
    if to_user_id is None:
        raise ValidationError("to_user_id", "is required", code="required")
    to_user_id = _user_id("to_user_id", to_user_id)
    user = User.get_or_none(User.id == to_user_id)
    if user is None or not user.active:
        raise ValidationError("to_user_id", "is not an active user",
                              code="not_active_user")
    if user.role not in DISPATCH_ROLES:
        raise ValidationError("to_user_id", "cannot work cases (role "
                              f"{user.role})", code="cannot_work_cases",
                              role=user.role)
    return user


def _hand_over_waiting(actor: Actor, call: Call, target: User, note: str
                       ) -> CaseSummary:
    """A case waiting on the caller changes hands as it is (status and stopped
    clock kept; the new holder has not signed for it)."""
    check_case(actor, call, "assign")
    updates = {"status": call.status, "assignee_id": target.id}
    if call.assignee_id != target.id and call.signed_at is not None:
        updates["signed_at"] = None
    return calls._apply(actor, call, "assign", updates, event_kind="transferred",
                        detail=calls._join(target.display_name, note))


def _move(actor: Actor, call: Call, target: User, note: str) -> CaseSummary:
    """One case to `target`, by the rules of calls.assign."""
    if call.status == "pending_customer":
        return _hand_over_waiting(actor, call, target, note)
    return calls.assign(actor=actor, call_id=call.id, assignee_id=target.id,
                        note=note, expected_version=call.version)


@service("call.assign", writes=True)
def reassign_open_cases(*, actor: Actor, from_user_id: int, to_user_id: int,
                        note: str = "", call_ids: list[int] | None = None) -> int:
    """Move `from_user_id`'s open cases (all of them, or those in `call_ids`, each
    of which must still be an open case of his) to `to_user_id`; returns how many
    moved. Each case gets its event and audit row; one refusal moves nothing."""
    _supervisor(actor)
    from_user_id = _user_id("from_user_id", from_user_id)
    note = validation.text("note", note, max_len=calls.MAX_NOTE, multiline=True)
    target = _target(to_user_id)
    if target.id == from_user_id:
        raise ValidationError("to_user_id", "is the person the cases are taken from",
                              code="same_person")
    query = _open_query(from_user_id)
    if call_ids is not None:
        if not isinstance(call_ids, (list, tuple, set, frozenset)) or not call_ids:
            raise ValidationError("call_ids", "choose at least one case",
                                  code="required")
        wanted = {validation.integer("call_ids", i, minimum=1) for i in call_ids}
        query = query.where(Call.id.in_(sorted(wanted)))
    if not is_sqlite():
        query = query.for_update()  # SQLite holds the write lock already
    cases = list(query)
    if call_ids is not None:
        missing = wanted - {c.id for c in cases}
        if missing:  # moved, resolved or never his since the list was shown
            tickets = [t for (t,) in Call.select(Call.ticket_no)
                       .where(Call.id.in_(sorted(missing))).tuples()]
            raise ValidationError(
                "call_ids", "no longer open cases of this person: "
                + ", ".join(tickets or map(str, sorted(missing))),
                code="not_open_cases_of", tickets=", ".join(tickets))
    for call in cases:
        _move(actor, call, target, note)
    return len(cases)
