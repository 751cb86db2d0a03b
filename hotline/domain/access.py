"""Object rules (DESIGN §1): which case a user may see and act on, on top of the
coarse permission of each service (services/permissions.py). Pure functions of
the role, the user's id and the facts of one case; the services load the facts
and raise PermissionDenied with the code these functions give.

Relations of a user to a case: `own` (he logged it), `assigned` (it is assigned to
him), `other` (someone else's); each either confidential or not.

Seeing (`may_see`): every role that may view cases sees every case that is not
confidential; a confidential case is seen whole only by supervisors and directors
(call.view_all_confidential), the officer who logged it and its assignee — others
get it redacted (no subject, text or caller) and cannot act on it.

Acting (`may_act`), per action:
- `note`, `callback`, `survey` (回访、满意度): duty officers and specialists on their
  own or assigned cases; supervisors and directors on any case. A case gets one
  survey (the service refuses a second one with code `survey_exists`).
- `assign` (派单/改派): supervisors and directors any open case. A duty officer
  only a case he logged that is not yet in a specialist's hands: unassigned (a
  callback left in the queue) or assigned to himself, and not yet started. Once a
  specialist, supervisor or director holds it, changing hands goes through them
  (transfer) or a supervisor (reassign).
- `work` (start, wait, resume, resolve, transfer, close): specialists on cases
  assigned to them (or taking an unassigned case they may see); supervisors and
  directors on any case. Duty officers do not work cases.
- `escalate`: specialists on cases assigned to them; duty officers on cases they
  logged that nobody has started yet (new or assigned); supervisors and directors
  on any case.

Assignees: a case is only ever assigned to someone whose role can work it
(WORK_ROLES = the roles with call.work). A "callback" call is therefore assigned to
a specialist, supervisor or director, or left unassigned in the queue; the duty
officer who logged it still records his call backs and the caller's rating on it
(callback/survey on an own case), but does not become its assignee, because he
could then neither resolve nor close it.
"""

from __future__ import annotations

from dataclasses import dataclass

DUTY, SPEC, SUP, SEC, DIR, ADM = (
    "duty_officer", "specialist", "supervisor", "secretary", "director", "admin")
SYSTEM = "system"  # the command line

# roles that can work a case (services.permissions MATRIX["call.work"]; a test
# keeps the two equal) — the only roles a case is assigned to
WORK_ROLES = (SPEC, SUP, DIR)
# roles that see and act on every case, confidential ones included
ALL_CASES_ROLES = (SUP, DIR, SYSTEM)
# roles that may view cases at all (MATRIX["call.view"])
VIEW_ROLES = (DUTY, SPEC, SUP, SEC, DIR)

ACTIONS = ("see", "note", "callback", "survey", "assign", "work", "escalate")
NOT_STARTED = ("new", "assigned")


@dataclass(frozen=True)
class CaseFacts:
    """What the rules need to know about a case."""

    creator_id: int | None
    assignee_id: int | None
    confidential: bool
    status: str = "new"


def relation(actor_id: int | None, case: CaseFacts) -> str:
    """'own', 'assigned' or 'other' (own wins when both hold)."""
    if actor_id is not None and case.creator_id == actor_id:
        return "own"
    if actor_id is not None and case.assignee_id == actor_id:
        return "assigned"
    return "other"


def may_see(role: str, actor_id: int | None, case: CaseFacts) -> bool:
    """Whether the user sees the case whole (else redacted, or not at all for a
    role without call.view)."""
    if role in ALL_CASES_ROLES:
        return True
    if role not in VIEW_ROLES:
        return False
    return not case.confidential or relation(actor_id, case) != "other"


def denial(role: str, actor_id: int | None, action: str,
           case: CaseFacts) -> str | None:
    """None when the action is allowed, else the code of the refusal:
    'confidential_case', 'not_your_case', 'in_specialist_hands' or
    'role_cannot_act'."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    if role in ALL_CASES_ROLES:
        return None
    if role not in VIEW_ROLES:
        return "role_cannot_act"
    if not may_see(role, actor_id, case):
        return "confidential_case"
    if action == "see":
        return None
    rel = relation(actor_id, case)
    if role == SEC:
        return "role_cannot_act"
    if action in ("note", "callback", "survey"):
        return None if rel in ("own", "assigned") else "not_your_case"
    if action == "assign":
        if role != DUTY:
            return "role_cannot_act"
        if rel != "own":
            return "not_your_case"
        if case.assignee_id not in (None, actor_id) or case.status not in NOT_STARTED:
            return "in_specialist_hands"
        return None
    if action == "work":
        if role != SPEC:
            return "role_cannot_act"
        if case.assignee_id is None or rel == "assigned" or \
                case.assignee_id == actor_id:
            return None
        return "not_your_case"
    if action == "escalate":
        if role == SPEC:
            return None if case.assignee_id == actor_id else "not_your_case"
        if rel != "own":  # duty officer: a case he logged, not yet being worked
            return "not_your_case"
        return None if case.status in NOT_STARTED else "in_specialist_hands"
    return "role_cannot_act"


def may_act(role: str, actor_id: int | None, action: str, case: CaseFacts) -> bool:
    return denial(role, actor_id, action, case) is None


def may_be_assigned(role: str) -> bool:
    """Whether a user of `role` may be a case's assignee (he can work it)."""
    return role in WORK_ROLES
