"""The case workflow of DESIGN §4 without a database.

Status: new → assigned → in_progress ⇄ pending_customer → resolved → closed;
resolved/closed → reopened → in_progress; assigning, transferring and escalating
(re)assign an open case. Each action is a pure function of the case as it is (a
peewee row, a dataclass or a dict: anything with the fields below) returning the
field updates it makes, by column name; an action the status does not allow raises
InvalidTransition. `hotline.services.calls` writes the updates with the event, the
audit row and the resolution history; the demo generator applies the same updates
to its simulated cases.

Fields read: status, assignee_id, signed_at, first_response_at, resolved_at, paused_at,
first_response_due, resolution_due, reopen_count, priority (through the policy the
caller passes).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from .errors import InvalidTransition, ValidationError
from .sla import Calendar, Policy, resolution_due, shift_for_pause

STATUSES = ("new", "assigned", "in_progress", "pending_customer", "resolved",
            "closed", "reopened")
OPEN_STATUSES = ("new", "assigned", "in_progress", "pending_customer", "reopened")
SERVICE_OUTCOMES = ("answered", "transferred", "escalated", "callback")
NON_SERVICE_OUTCOMES = ("hang_up", "silent", "prank", "wrong_number", "test")

# action -> (statuses it may start from, status it leads to)
TRANSITIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "assign": (("new", "assigned", "in_progress", "reopened"), "assigned"),
    "sign_for": (("new", "assigned"), "assigned"),
    "transfer": (("new", "assigned", "in_progress", "reopened"), "assigned"),
    "escalate": (("new", "assigned", "in_progress", "pending_customer", "reopened"),
                 "assigned"),
    "start": (("new", "assigned", "reopened"), "in_progress"),
    "wait_customer": (("in_progress",), "pending_customer"),
    "resume": (("pending_customer",), "in_progress"),
    "resolve": (("in_progress", "pending_customer"), "resolved"),
    "close": (("resolved",), "closed"),
    "reopen": (("resolved", "closed"), "reopened"),
}


def _get(case, name: str):
    if isinstance(case, Mapping):
        return case[name]
    return getattr(case, name)


def target(action: str, status: str) -> str:
    """The status `action` leads to from `status`; InvalidTransition if not allowed."""
    sources, to = TRANSITIONS[action]
    if status not in sources:
        raise InvalidTransition(action, status)
    return to


def initial_status(outcome: str, assignee_id: int | None) -> str:
    """The status a call is saved in: a ticket (assigned, or new for a callback
    nobody has taken yet) or closed (answered on the call, or not a service call)."""
    if outcome in ("transferred", "escalated"):
        return "assigned"
    if outcome == "callback":
        return "assigned" if assignee_id is not None else "new"
    return "closed"


def _signed_at(case):
    """signed_at of the case (a case without the field, as in older callers' dicts,
    counts as signed)."""
    if isinstance(case, Mapping):
        return case.get("signed_at", True)
    return getattr(case, "signed_at", True)


def _updates(action: str, case, **fields) -> dict:
    return {"status": target(action, _get(case, "status")), **fields}


def assign(case, *, assignee_id: int, action: str = "assign") -> dict:
    """Dispatch, reassign (assign) or hand over (transfer) to `assignee_id`. A new
    holder signs for it again (签收): signed_at is cleared."""
    return _updates(action, case, assignee_id=assignee_id,
                    **_new_holder(case, assignee_id))


def _new_holder(case, assignee_id: int) -> dict:
    """signed_at cleared when the case changes hands."""
    if _get(case, "assignee_id") != assignee_id and _signed_at(case) is not None:
        return {"signed_at": None}
    return {}


def sign_for(case, *, at: dt.datetime, actor_id: int | None) -> dict:
    """签收: the assignee acknowledges a dispatched case, or someone who works cases
    takes an unassigned one from the pool by signing for it. Signing is the first
    response when there was none. A case already signed for is refused
    (InvalidTransition, code `already_signed`); a case held by someone else is the
    object rules' business (the service refuses it before)."""
    updates = _updates("sign_for", case, signed_at=at)
    if _signed_at(case) is not None:
        raise InvalidTransition("sign_for", _get(case, "status"), code="already_signed")
    if _get(case, "assignee_id") is None:
        if actor_id is None:
            raise ValidationError("assignee_id", "an unassigned case needs an assignee",
                                  code="required")
        updates["assignee_id"] = actor_id
    if _get(case, "first_response_at") is None:
        updates["first_response_at"] = at
    return updates


def transfer(case, *, assignee_id: int) -> dict:
    return assign(case, assignee_id=assignee_id, action="transfer")


def _resume_fields(case, at: dt.datetime, policy: Policy | None,
                   calendar: Calendar) -> dict:
    """The clock restarts: due times move by the time waited (see shift_for_pause)."""
    fields = {"paused_at": None}
    paused_at = _get(case, "paused_at")
    if paused_at is None:
        return fields
    clock = policy.clock if policy else "24x7"
    if _get(case, "first_response_at") is None:
        fields["first_response_due"] = shift_for_pause(
            _get(case, "first_response_due"), paused_at, at, clock, calendar)
    fields["resolution_due"] = shift_for_pause(
        _get(case, "resolution_due"), paused_at, at, clock, calendar)
    return fields


def escalate(case, *, assignee_id: int, at: dt.datetime, policy: Policy | None,
             calendar: Calendar) -> dict:
    """To an expert or supervisor; a case waiting on the caller is resumed."""
    updates = _updates("escalate", case, assignee_id=assignee_id,
                       **_new_holder(case, assignee_id))
    if _get(case, "status") == "pending_customer":
        updates.update(_resume_fields(case, at, policy, calendar))
    return updates


def start(case, *, at: dt.datetime, actor_id: int | None) -> dict:
    """Begin work (受理); an unassigned case is taken by whoever starts it. Its
    assignee starting a case not yet signed for signs for it too."""
    updates = _updates("start", case)
    holder = _get(case, "assignee_id")
    if holder is None:
        if actor_id is None:
            raise ValidationError("assignee_id", "an unassigned case needs an assignee",
                                  code="required")
        updates["assignee_id"] = holder = actor_id
    if _signed_at(case) is None and holder == actor_id:
        updates["signed_at"] = at
    if _get(case, "first_response_at") is None:
        updates["first_response_at"] = at
    return updates


def wait_customer(case, *, at: dt.datetime) -> dict:
    """Wait on the caller: the SLA clock stops until resumed."""
    return _updates("wait_customer", case, paused_at=at)


def resume(case, *, at: dt.datetime, policy: Policy | None, calendar: Calendar
           ) -> dict:
    return {**_updates("resume", case), **_resume_fields(case, at, policy, calendar)}


def resolve(case, *, at: dt.datetime, solution: str, policy: Policy | None,
            calendar: Calendar) -> dict:
    """Record the solution (办结); resolving while waiting ends the wait."""
    updates = _updates("resolve", case, solution=solution, resolved_at=at)
    if _get(case, "status") == "pending_customer":
        updates.update(_resume_fields(case, at, policy, calendar))
    if _get(case, "first_response_at") is None:
        updates["first_response_at"] = at
    return updates


def close(case, *, at: dt.datetime) -> dict:
    return _updates("close", case, closed_at=at)


def reopen(case, *, at: dt.datetime, policy: Policy | None, calendar: Calendar
           ) -> dict:
    """Back for rework (退回重办): the current resolution ends (the history keeps it)
    and a new resolution clock starts now."""
    return _updates("reopen", case, resolved_at=None, closed_at=None, fcr=False,
                    reopen_count=_get(case, "reopen_count") + 1,
                    resolution_due=resolution_due(policy, at, calendar),
                    paused_at=None)


def resolution_fact(case, updates: dict) -> dict:
    """What the resolution history keeps of a resolution `updates` makes: when, the
    due time that applied to it, and whose case it was."""
    return {"resolved_at": updates["resolved_at"],
            "due_at": updates.get("resolution_due", _get(case, "resolution_due")),
            "assignee_id": updates.get("assignee_id", _get(case, "assignee_id"))}
