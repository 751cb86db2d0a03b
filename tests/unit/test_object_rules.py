"""Object rules (DESIGN §1, issue 7 point 2): per role × relation to the case ×
action, who may see and act on which case. A refused action raises
PermissionDenied and writes nothing: no event, no audit row, no callback or survey,
the case row unchanged. The expected table below is written from the rules in
words (domain/access.py docstring), independently of the code that applies them."""

from __future__ import annotations

import pytest
from peewee import IntegrityError

from helpers import make_user
from hotline.domain import access
from hotline.models import (ROLES, AuditLog, Call, CallEvent, Callback, Caller,
                            Survey, db)
from hotline.services import callers, calls, users
from hotline.services.errors import (Conflict, PermissionDenied, ValidationError)
from hotline.services.permissions import MATRIX
from hotline.storage import migrations

RELATIONS = ("own", "own_dispatched", "assigned", "other", "confidential_other")
ACTIONS = ("see", "note", "callback", "survey", "assign", "start", "escalate")
ALL = set(ACTIONS)

# role -> relation -> the actions allowed ("see" = sees the case whole)
EXPECTED = {
    "duty_officer": {
        "own": {"see", "note", "callback", "survey", "assign", "escalate"},
        "own_dispatched": {"see", "note", "callback", "survey", "escalate"},
        "assigned": {"see", "note", "callback", "survey"},
        "other": {"see"},
        "confidential_other": set(),
    },
    "specialist": {
        "own": {"see", "note", "callback", "survey", "start"},
        "own_dispatched": {"see", "note", "callback", "survey"},
        "assigned": {"see", "note", "callback", "survey", "start", "escalate"},
        "other": {"see"},
        "confidential_other": set(),
    },
    "supervisor": {r: ALL for r in RELATIONS},
    "director": {r: ALL for r in RELATIONS},
    "secretary": {"own": {"see"}, "own_dispatched": {"see"}, "assigned": {"see"},
                  "other": {"see"}, "confidential_other": set()},
    "admin": {r: set() for r in RELATIONS},
}


@pytest.fixture
def people(actors):
    extra = {
        "logger": make_user("duty_officer2", "duty_officer", "duty two"),
        "holder": actors["specialist2"],
        "target": make_user("specialist3", "specialist", "specialist three"),
        "boss": make_user("supervisor2", "supervisor", "supervisor two"),
    }
    return {**actors, **extra}


def make_case(people, me, relation: str) -> int:
    """A case in the given relation to `me`, made through the services by a
    colleague and then put in that relation (creator/assignee set directly)."""
    logger, holder = people["logger"], people["holder"]
    confidential = relation == "confidential_other"
    case = calls.log_call(actor=logger, outcome="transferred", phone="13700000001",
                          caller_name="赵六", subject="欠薪", assignee_id=holder.id,
                          confidential=confidential)
    if relation == "own":
        Call.update(creator=me.id, assignee=None, status="new").where(
            Call.id == case.id).execute()
    elif relation == "own_dispatched":
        Call.update(creator=me.id).where(Call.id == case.id).execute()
    elif relation == "assigned":
        Call.update(assignee=me.id).where(Call.id == case.id).execute()
    return case.id


def attempt(action: str, people, me, call_id: int):
    if action == "see":
        detail = calls.get_case(actor=me, call_id=call_id)
        return "allowed" if not detail.summary.redacted else "redacted"
    if action == "note":
        calls.add_note(actor=me, call_id=call_id, text="已联系")
    elif action == "callback":
        calls.record_callback(actor=me, call_id=call_id, reached=True, note="满意")
    elif action == "survey":
        calls.record_survey(actor=me, call_id=call_id, rating=4, comment="好")
    elif action == "assign":
        calls.assign(actor=me, call_id=call_id, assignee_id=people["target"].id)
    elif action == "start":
        calls.start(actor=me, call_id=call_id)
    elif action == "escalate":
        calls.escalate(actor=me, call_id=call_id, assignee_id=people["boss"].id,
                       note="疑难")
    return "allowed"


def snapshot(call_id: int):
    return (CallEvent.select().count(), AuditLog.select().count(),
            Callback.select().count(), Survey.select().count(),
            Call.select().where(Call.id == call_id).tuples().first())


@pytest.mark.parametrize("role", ROLES)
def test_object_rules_per_role_relation_and_action(people, role):
    me = people[role]
    outcomes = {}
    for relation in RELATIONS:
        for action in ACTIONS:
            call_id = make_case(people, me, relation)
            before = snapshot(call_id)
            try:
                outcome = attempt(action, people, me, call_id)
            except PermissionDenied as exc:
                outcome = "denied"
                assert exc.code in ("permission_denied", "confidential_case",
                                    "not_your_case", "in_specialist_hands",
                                    "role_cannot_act"), exc.code
                # nothing written
                assert snapshot(call_id) == before, (role, relation, action)
            else:
                if outcome == "allowed" and action != "see":
                    assert snapshot(call_id)[:2] != before[:2], (role, relation, action)
            outcomes[(relation, action)] = outcome
    expected = {}
    for relation in RELATIONS:
        for action in ACTIONS:
            if action in EXPECTED[role][relation]:
                expected[(relation, action)] = "allowed"
            elif action == "see" and role != "admin":
                expected[(relation, action)] = "redacted"
            else:
                expected[(relation, action)] = "denied"
    wrong = {k: (outcomes[k], expected[k]) for k in expected if outcomes[k] != expected[k]}
    assert wrong == {}


@pytest.mark.parametrize("role, relation, action, code", [
    ("duty_officer", "own_dispatched", "assign", "in_specialist_hands"),
    ("duty_officer", "other", "assign", "not_your_case"),
    ("duty_officer", "other", "callback", "not_your_case"),
    ("duty_officer", "confidential_other", "callback", "confidential_case"),
    ("specialist", "other", "survey", "not_your_case"),
    ("specialist", "confidential_other", "note", "confidential_case"),
    ("specialist", "confidential_other", "start", "confidential_case"),
    ("secretary", "other", "note", "permission_denied"),
])
def test_refusals_carry_a_code(people, role, relation, action, code):
    me = people[role]
    call_id = make_case(people, me, relation)
    with pytest.raises(PermissionDenied) as err:
        attempt(action, people, me, call_id)
    assert err.value.code == code


def test_one_survey_per_case(people):
    duty = people["duty_officer"]
    call_id = make_case(people, duty, "own_dispatched")
    calls.record_survey(actor=duty, call_id=call_id, rating=5, comment="很满意")
    before = snapshot(call_id)
    with pytest.raises(Conflict) as err:
        calls.record_survey(actor=people["supervisor"], call_id=call_id, rating=1,
                            comment="不满意")
    assert err.value.code == "survey_exists"
    assert snapshot(call_id) == before
    assert [s.rating for s in Survey.select().where(Survey.call == call_id)] == [5]
    # the database backs the rule up (migration 3's unique index)
    with pytest.raises(IntegrityError):
        with db.atomic():
            Survey.insert(call=call_id, rating=3, comment="").execute()


def test_migration_keeps_existing_double_surveys_and_adds_the_index_when_clean(
        people):
    duty = people["duty_officer"]
    call_id = make_case(people, duty, "own_dispatched")
    db.execute_sql("DROP INDEX survey_one_per_case")
    Survey.insert_many([{"call": call_id, "rating": 4, "comment": ""},
                        {"call": call_id, "rating": 2, "comment": ""}]).execute()
    with db.atomic():
        migrations._m003_audit_privacy(db.obj)  # no index: the data has doubles
    Survey.insert(call=call_id, rating=3, comment="").execute()  # still possible raw
    with pytest.raises(Conflict):
        calls.record_survey(actor=duty, call_id=call_id, rating=5)
    Survey.delete().where(Survey.call == call_id).execute()
    with db.atomic():
        migrations._m003_audit_privacy(db.obj)  # clean now: the index is made
    calls.record_survey(actor=duty, call_id=call_id, rating=5)
    with pytest.raises(IntegrityError):
        with db.atomic():
            Survey.insert(call=call_id, rating=3, comment="").execute()


def test_cases_are_assigned_only_to_roles_that_can_work_them(people):
    duty, logger = people["duty_officer"], people["logger"]
    with pytest.raises(ValidationError) as err:
        calls.log_call(actor=duty, outcome="callback", phone="13700000002",
                       subject="回电", assignee_id=logger.id)
    assert err.value.field == "assignee_id"
    case = calls.log_call(actor=duty, outcome="callback", phone="13700000002",
                          subject="回电")
    assert case.status == "new" and case.assignee_id is None
    # the duty officer who logged it calls back and records the rating
    calls.record_callback(actor=duty, call_id=case.id, reached=True, note="已回电")
    calls.record_survey(actor=duty, call_id=case.id, rating=4)
    with pytest.raises(ValidationError):
        calls.assign(actor=people["supervisor"], call_id=case.id,
                     assignee_id=logger.id)
    assigned = calls.assign(actor=duty, call_id=case.id,
                            assignee_id=people["specialist"].id)
    assert assigned.assignee_id == people["specialist"].id
    # now in a specialist's hands: the duty officer cannot move it again
    with pytest.raises(PermissionDenied) as err:
        calls.assign(actor=duty, call_id=case.id, assignee_id=people["target"].id)
    assert err.value.code == "in_specialist_hands"


def test_assignee_list_offers_only_roles_that_can_work_a_case(people):
    duty = people["duty_officer"]
    offered = users.list_assignees(actor=duty, roles=("duty_officer", "specialist",
                                                      "secretary", "supervisor"))
    assert offered and {u.role for u in offered} == {"specialist", "supervisor"}
    everyone = users.list_assignees(actor=duty)
    assert {u.role for u in everyone} == {"specialist", "supervisor", "director"}
    call_id = make_case(people, duty, "other")
    for_case = users.list_assignees(actor=duty, call_id=call_id)
    assert people["holder"].id not in {u.id for u in for_case}  # already has it
    hidden = make_case(people, duty, "confidential_other")
    with pytest.raises(PermissionDenied):
        users.list_assignees(actor=duty, call_id=hidden)


def test_rule_constants_agree_with_the_permission_matrix():
    assert set(access.WORK_ROLES) == set(MATRIX["call.work"])
    assert set(access.VIEW_ROLES) == set(MATRIX["call.view"])
    assert set(access.ALL_CASES_ROLES) - {"system"} == \
        set(MATRIX["call.view_all_confidential"])
    assert set(calls.DISPATCH_ROLES) == set(access.WORK_ROLES)


# ----------------------------------------------------------------- caller look-ups

def _log(actor, phone, *, name="", confidential=False, anonymous=False, subject="事"):
    return calls.log_call(actor=actor, outcome="answered", phone=phone,
                          caller_name=name, subject=subject,
                          confidential=confidential, anonymous=anonymous)


def test_typed_prefix_never_reveals_hidden_numbers(people):
    logger, duty, spec = people["logger"], people["duty_officer"], people["specialist"]
    _log(logger, "13811110001", name="公开", subject="咨询")
    _log(logger, "13811110002", name="秘密甲", confidential=True, subject="家暴")
    _log(logger, "13811110003", name="两者", confidential=True)
    _log(logger, "13811110003", name="两者")
    _log(logger, "13811110004", anonymous=True)
    callers.update_caller(actor=people["supervisor"], phone="13811110005",
                          name="无来电")
    _log(duty, "13811110006", name="我的秘密", confidential=True)
    prefix = "138111"
    assert callers.match_phones(actor=spec, prefix=prefix) == [
        "13811110001", "13811110003", "13811110005"]
    assert callers.match_phones(actor=duty, prefix=prefix) == [
        "13811110001", "13811110003", "13811110005", "13811110006"]
    assert callers.match_phones(actor=logger, prefix=prefix) == [
        "13811110001", "13811110002", "13811110003", "13811110005"]
    assert callers.match_phones(actor=people["supervisor"], prefix=prefix) == [
        "13811110001", "13811110002", "13811110003", "13811110005", "13811110006"]


def test_caller_history_hides_callers_known_only_from_hidden_cases(people):
    logger, spec = people["logger"], people["specialist"]
    _log(logger, "13922220001", name="秘密乙", confidential=True, subject="家暴求助")
    callers.update_caller(actor=logger, phone="13922220001", notes="住幸福路",
                          organization="某单位")
    hidden = callers.caller_history(actor=spec, phone="13922220001")
    assert (hidden.name, hidden.notes, hidden.organization) == ("", "", "")
    assert hidden.total_calls == 1 and hidden.calls[0].subject == ""
    own = callers.caller_history(actor=logger, phone="13922220001")
    assert (own.name, own.notes) == ("秘密乙", "住幸福路")
    assert own.calls[0].subject == "家暴求助"  # the officer who logged it
    boss = callers.caller_history(actor=people["supervisor"], phone="13922220001")
    assert boss.name == "秘密乙"
    # and nobody else overwrites what he may not read
    before = (Caller.get(Caller.phone == "13922220001").notes,
              AuditLog.select().count())
    with pytest.raises(PermissionDenied):
        callers.update_caller(actor=spec, phone="13922220001", notes="改掉")
    assert (Caller.get(Caller.phone == "13922220001").notes,
            AuditLog.select().count()) == before
    # once a case the specialist may see exists, the caller is his to read
    _log(logger, "13922220001", subject="咨询")
    assert callers.caller_history(actor=spec, phone="13922220001").name == "秘密乙"
