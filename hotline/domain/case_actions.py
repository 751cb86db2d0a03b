"""Which actions a user may take on one case now (the case window's buttons).

`available_actions(role, actor_id, facts)` is the one answer to "what may I do with
this case": the coarse permission of the role (services/permissions.py MATRIX,
mirrored in ACTION_ROLES; a test keeps the two equal), the object rules of
domain/access.py, the workflow's transitions (domain/workflow.py) and the facts
the workflow alone does not see: signed for or not (签收), a survey already given,
a supervision (督办) still open. The services apply the same rules when the action
is attempted; tests/unit/test_case_actions.py walks every role × status ×
relation on a real database and checks that each action listed is accepted by its
service and each action not listed is refused.

The rules per action, on top of seeing the case whole (access.may_see):

- assign (派单/改派): access `assign` (supervisors and directors any open case; a
  duty officer his own case still in the pool).
- transfer (转办): the assignee (a specialist) or a supervisor/director.
- escalate (升级): access `escalate` (the assignee; a duty officer his own case
  not yet started; supervisors and directors any).
- sign_for (签收): a dispatched case not yet signed for, by its assignee; an
  unassigned case by anyone who works cases (he takes it).
- start, wait_customer, resume, resolve, close: the assignee (a specialist taking
  an unassigned case may start it) or a supervisor/director.
- reopen (退回重办): supervisors and directors, a resolved or closed case.
- note, callback: access `note` / `callback`, any status.
- survey (满意度): access `survey`, a service call (not a hang-up or a prank), and
  no survey yet (one per case).
- supervise (督办): supervisors and directors, an open case without an open
  supervision.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import access
from .workflow import OPEN_STATUSES, TRANSITIONS

ACTIONS = ("sign_for", "start", "wait_customer", "resume", "resolve", "close",
           "assign", "transfer", "escalate", "reopen", "supervise", "note",
           "callback", "survey")

DUTY, SPEC, SUP, SEC, DIR = (access.DUTY, access.SPEC, access.SUP, access.SEC,
                             access.DIR)
SYSTEM = access.SYSTEM

# action -> the permission its service declares (services/permissions.py)
ACTION_PERMISSION = {
    "assign": "call.assign", "transfer": "call.work", "escalate": "call.escalate",
    "sign_for": "call.work", "start": "call.work", "wait_customer": "call.work",
    "resume": "call.work", "resolve": "call.work", "close": "call.close",
    "reopen": "call.reopen", "note": "call.note", "callback": "call.callback",
    "survey": "call.callback", "supervise": "call.supervise",
}
# permission -> roles, as in services.permissions.MATRIX (the domain does not
# import the services; tests/unit/test_case_actions.py keeps the two equal)
PERMISSION_ROLES = {
    "call.assign": frozenset({DUTY, SUP, DIR}),
    "call.escalate": frozenset({DUTY, SPEC, SUP, DIR}),
    "call.work": frozenset({SPEC, SUP, DIR}),
    "call.close": frozenset({SPEC, SUP, DIR}),
    "call.reopen": frozenset({SUP, DIR}),
    "call.note": frozenset({DUTY, SPEC, SUP, DIR}),
    "call.callback": frozenset({DUTY, SPEC, SUP, DIR}),
    "call.supervise": frozenset({SUP, DIR}),
}
ANY_CASE_ROLES = (SUP, DIR, SYSTEM)  # act on any case they hold the permission for


@dataclass(frozen=True)
class CaseState:
    """The facts of one case the actions depend on."""

    creator_id: int | None
    assignee_id: int | None
    confidential: bool
    status: str
    signed: bool = False  # signed for (签收) by its assignee
    service_call: bool = True  # a service outcome (a hang-up has no survey)
    has_survey: bool = False
    open_supervision: bool = False

    @property
    def access_facts(self) -> access.CaseFacts:
        return access.CaseFacts(creator_id=self.creator_id,
                                assignee_id=self.assignee_id,
                                confidential=self.confidential, status=self.status)


def _holds(role: str, action: str) -> bool:
    return role == SYSTEM or role in PERMISSION_ROLES[ACTION_PERMISSION[action]]


def _from(action: str, status: str) -> bool:
    return status in TRANSITIONS[action][0]


def _holder(role: str, actor_id: int | None, case: CaseState) -> bool:
    """The assignee, or a supervisor/director (who act on any case)."""
    return role in ANY_CASE_ROLES or (actor_id is not None
                                      and case.assignee_id == actor_id)


def allows(role: str, actor_id: int | None, action: str, case: CaseState) -> bool:
    """Whether the actor may take `action` on the case now."""
    if action not in ACTION_PERMISSION:
        raise ValueError(f"unknown action {action!r}")
    if not _holds(role, action):
        return False
    facts = case.access_facts
    if not access.may_see(role, actor_id, facts):
        return False
    status = case.status
    if action in ("assign", "escalate"):
        return (access.may_act(role, actor_id, action, facts)
                and _from(action, status))
    if action == "transfer":
        return _holder(role, actor_id, case) and _from(action, status)
    if action == "sign_for":
        return (access.may_act(role, actor_id, "work", facts)
                and case.assignee_id in (None, actor_id)
                and _from(action, status) and not case.signed)
    if action == "start":
        return (access.may_act(role, actor_id, "work", facts)
                and (case.assignee_id is None or _holder(role, actor_id, case))
                and _from(action, status))
    if action in ("wait_customer", "resume", "resolve", "close"):
        return _holder(role, actor_id, case) and _from(action, status)
    if action == "reopen":
        return _from(action, status)
    if action in ("note", "callback"):
        return access.may_act(role, actor_id, action, facts)
    if action == "survey":
        return (access.may_act(role, actor_id, "survey", facts)
                and case.service_call and not case.has_survey)
    if action == "supervise":
        return status in OPEN_STATUSES and not case.open_supervision
    raise AssertionError(action)  # pragma: no cover - every action handled above


def available_actions(role: str, actor_id: int | None, facts: CaseState
                      ) -> tuple[str, ...]:
    """Exactly the actions this actor may take on this case now, in ACTIONS order."""
    return tuple(a for a in ACTIONS if allows(role, actor_id, a, facts))
