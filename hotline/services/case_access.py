"""The object rules of domain/access.py applied to rows: the services call these
one-liners right after loading a case, before writing anything."""

from __future__ import annotations

from peewee import Expression

from ..domain.access import ALL_CASES_ROLES, SYSTEM, CaseFacts, denial, may_see
from ..models import Call, Survey
from .base import Actor
from .errors import Conflict, PermissionDenied

_WHAT = {
    "see": "see this case",
    "note": "add a note to this case",
    "callback": "record a call back on this case",
    "survey": "record the caller's rating of this case",
    "assign": "reassign this case",
    "work": "work on this case",
    "escalate": "escalate this case",
}
_WHY = {
    "confidential_case": "it is confidential",
    "not_your_case": "it is someone else's case",
    "in_specialist_hands": "it is already in a specialist's hands; ask a supervisor",
    "role_cannot_act": "this role does not act on cases",
}


def _role(actor: Actor) -> str:
    return SYSTEM if actor.is_system else actor.role


def facts(call: Call) -> CaseFacts:
    return CaseFacts(creator_id=call.creator_id, assignee_id=call.assignee_id,
                     confidential=bool(call.confidential), status=call.status)


def sees(actor: Actor, call: Call) -> bool:
    return may_see(_role(actor), actor.user_id, facts(call))


def check_case(actor: Actor, call: Call, action: str) -> None:
    """Raise PermissionDenied (code 'confidential_case', 'not_your_case',
    'in_specialist_hands' or 'role_cannot_act') unless the actor may `action`
    this case."""
    code = denial(_role(actor), actor.user_id, action, facts(call))
    if code is not None:
        raise PermissionDenied(f"{_WHAT[action]} ({_WHY[code]})", actor.role,
                               code=code, action=action, ticket_no=call.ticket_no)


def check_no_survey(call: Call) -> None:
    """One survey per case (a unique index backs this up where the data allows)."""
    if Survey.select().where(Survey.call == call.id).exists():
        raise Conflict(f"case {call.ticket_no} has a survey already",
                       code="survey_exists", ticket_no=call.ticket_no)


def visible_calls(actor: Actor, call_model=Call) -> Expression | None:
    """A condition for queries over calls: the ones the actor sees whole (None:
    all of them)."""
    if _role(actor) in ALL_CASES_ROLES:
        return None
    me = actor.user_id or 0
    return ((call_model.confidential == False)  # noqa: E712
            | (call_model.creator == me) | (call_model.assignee == me))
