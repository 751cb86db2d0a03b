"""The case window's buttons agree with the services (issue 8 item 2): for every
role × status × relation to the case (own, assigned to me, someone else's, in the
pool; confidential or not; signed for or not; rated already; under supervision),
each action `domain.case_actions.available_actions` lists is accepted by its
service on a real database, and each action it leaves out is refused
(PermissionDenied, InvalidTransition, or the one-survey Conflict). Every attempt
runs in a transaction that is rolled back, so each starts from the same case."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import make_user
from hotline.domain import case_actions
from hotline.domain.case_actions import ACTIONS, CaseState, available_actions
from hotline.models import ROLES, Call, Supervision, Survey, db
from hotline.services import calls, clock, permissions
from hotline.services.errors import (Conflict, InvalidTransition, PermissionDenied,
                                     ValidationError)

STATUSES = ("new", "assigned", "in_progress", "pending_customer", "resolved",
            "closed", "reopened")
REFUSALS = (PermissionDenied, InvalidTransition, Conflict)


def test_the_coarse_permissions_mirror_the_matrix():
    for action, permission in case_actions.ACTION_PERMISSION.items():
        assert permission in permissions.MATRIX, action
        assert case_actions.PERMISSION_ROLES[permission] == \
            permissions.MATRIX[permission], permission


SERVICE = {
    "assign": calls.assign, "transfer": calls.transfer, "escalate": calls.escalate,
    "sign_for": calls.sign_for, "start": calls.start,
    "wait_customer": calls.wait_customer, "resume": calls.resume,
    "resolve": calls.resolve, "close": calls.close, "reopen": calls.reopen,
    "note": calls.add_note, "callback": calls.record_callback,
    "survey": calls.record_survey, "supervise": calls.supervise,
}


def test_each_action_is_checked_against_the_permission_its_service_declares():
    for action, service in SERVICE.items():
        assert service.service_info.permission == \
            case_actions.ACTION_PERMISSION[action], action


@pytest.fixture
def people(actors):
    return {**actors,
            "logger": make_user("duty_officer2", "duty_officer", "duty two"),
            "holder": actors["specialist2"],
            "target": make_user("specialist3", "specialist", "specialist three"),
            "boss": make_user("supervisor2", "supervisor", "supervisor two")}


def _states(me_id: int, others: dict):
    """(label, fields) of every case state the walk tries for the actor `me_id`."""
    logger, holder = others["logger"].id, others["holder"].id
    for status in STATUSES:
        for creator in (me_id, logger):
            for assignee in (me_id, holder, None):
                if assignee is None and status not in ("new",):
                    continue  # only a pool case is unassigned
                for confidential in (False, True):
                    signs = (False, True) if assignee is not None and status in (
                        "new", "assigned") else (assignee is not None,)
                    for signed in signs:
                        yield dict(status=status, creator=creator, assignee=assignee,
                                   confidential=confidential, signed=signed,
                                   survey=False, supervision=False)
        # a rated case, and one under an open supervision
        for creator, assignee in ((me_id, me_id), (logger, holder), (logger, me_id)):
            yield dict(status=status, creator=creator, assignee=assignee,
                       confidential=False, signed=True, survey=True,
                       supervision=status in ("new", "assigned", "in_progress",
                                              "pending_customer", "reopened"))


def _make(people, state) -> int:
    case = calls.log_call(actor=people["logger"], outcome="transferred",
                          phone="13700000001", caller_name="赵六", subject="欠薪",
                          assignee_id=people["holder"].id)
    now = clock.now()
    status = state["status"]
    values = dict(creator=state["creator"], assignee=state["assignee"],
                  status=status, confidential=state["confidential"],
                  signed_at=now if state["signed"] else None)
    if status in ("resolved", "closed"):
        values.update(resolved_at=now, first_response_at=now, solution="已答复")
    if status == "closed":
        values["closed_at"] = now
    if status == "pending_customer":
        values["paused_at"] = now
    Call.update(**values).where(Call.id == case.id).execute()
    if state["survey"]:
        Survey.create(call=case.id, actor=people["logger"].id, rating=5)
    if state["supervision"]:
        Supervision.create(call=case.id, actor=people["boss"].id, note="尽快",
                           deadline=now + dt.timedelta(days=1))
    return case.id


def _attempt(action: str, people, me, call_id: int):
    """None when the service accepts the action, else the refusal (rolled back
    either way)."""
    kwargs = dict(actor=me, call_id=call_id)
    kwargs.update({
        "assign": dict(assignee_id=people["target"].id),
        "transfer": dict(assignee_id=people["target"].id, note="转给同事"),
        "escalate": dict(assignee_id=people["boss"].id, note="疑难"),
        "wait_customer": dict(note="等材料"),
        "resolve": dict(solution="已答复"),
        "reopen": dict(reason="来电人不满意"),
        "note": dict(text="已联系"),
        "callback": dict(reached=True, note="已回电"),
        "survey": dict(rating=4, comment="好"),
        "supervise": dict(note="请尽快办结",
                          deadline=clock.now() + dt.timedelta(days=2)),
    }.get(action, {}))
    with db.atomic() as txn:
        try:
            SERVICE[action](**kwargs)
            return None
        except REFUSALS as exc:
            return exc
        finally:
            txn.rollback()


@pytest.mark.parametrize("role", ROLES)
def test_available_actions_are_exactly_what_the_services_accept(people, role):
    me = people[role]
    disagreements = []
    walked = 0
    for state in _states(me.id, people):
        call_id = _make(people, state)
        facts = CaseState(creator_id=state["creator"], assignee_id=state["assignee"],
                          confidential=state["confidential"], status=state["status"],
                          signed=state["signed"], has_survey=state["survey"],
                          open_supervision=state["supervision"])
        listed = available_actions(role, me.id, facts)
        # the case window reads the same list from get_case
        if role != "admin":
            assert calls.get_case(actor=me, call_id=call_id).actions == listed, state
        for action in ACTIONS:
            refusal = _attempt(action, people, me, call_id)
            walked += 1
            if (refusal is None) != (action in listed):
                disagreements.append((state, action, listed,
                                      refusal and (type(refusal).__name__,
                                                   refusal.code)))
    assert walked > 1000
    assert not disagreements, disagreements[:10]


def test_the_walk_covers_what_each_role_may_do(people):
    """Not a walk that only ever refuses: per role, the actions listed somewhere."""
    seen = {}
    for role in ROLES:
        me = people[role]
        listed = set()
        for state in _states(me.id, people):
            facts = CaseState(creator_id=state["creator"],
                              assignee_id=state["assignee"],
                              confidential=state["confidential"],
                              status=state["status"], signed=state["signed"],
                              has_survey=state["survey"],
                              open_supervision=state["supervision"])
            listed.update(available_actions(role, me.id, facts))
        seen[role] = listed
    assert seen["supervisor"] == seen["director"] == set(ACTIONS)
    assert seen["specialist"] == set(ACTIONS) - {"assign", "reopen", "supervise"}
    assert seen["duty_officer"] == {"assign", "escalate", "note", "callback",
                                    "survey"}
    assert seen["secretary"] == seen["admin"] == set()


def test_a_hang_up_has_no_survey_action(people):
    duty = people["duty_officer"]
    case = calls.log_call(actor=duty, outcome="hang_up", phone="13700000002")
    detail = calls.get_case(actor=duty, call_id=case.id)
    assert "survey" not in detail.actions and "callback" in detail.actions
    with pytest.raises(ValidationError):
        calls.record_survey(actor=duty, call_id=case.id, rating=3)
