"""The case workflow of DESIGN §4: every legal and every illegal transition."""

import pytest

from hotline.models import AuditLog, Call, CallEvent, CaseResolution
from hotline.services import calls
from hotline.services.errors import (InvalidTransition, PermissionDenied,
                                     ValidationError)

# The arrows of DESIGN §4, written out independently of the code:
# new → assigned → in_progress ⇄ pending_customer → resolved → closed;
# resolved/closed → reopened → in_progress. Assigning, transferring and escalating
# (re)assign an open case; starting takes an unassigned or reopened case.
LEGAL = {
    "assign": {"new", "assigned", "in_progress", "reopened"},
    "transfer": {"new", "assigned", "in_progress", "reopened"},
    "escalate": {"new", "assigned", "in_progress", "pending_customer", "reopened"},
    "start": {"new", "assigned", "reopened"},
    "wait_customer": {"in_progress"},
    "resume": {"pending_customer"},
    "resolve": {"in_progress", "pending_customer"},
    "close": {"resolved"},
    "reopen": {"resolved", "closed"},
}
TARGET = {"assign": "assigned", "transfer": "assigned", "escalate": "assigned",
          "start": "in_progress", "wait_customer": "pending_customer",
          "resume": "in_progress", "resolve": "resolved", "close": "closed",
          "reopen": "reopened"}
STATUSES = ["new", "assigned", "in_progress", "pending_customer", "resolved",
            "closed", "reopened"]


def make_case(actors, status: str) -> int:
    """A case in `status`, driven there through the services."""
    duty, sup = actors["duty_officer"], actors["supervisor"]
    spec = actors["specialist"]
    if status == "new":
        return calls.log_call(actor=duty, outcome="callback", phone="13800138000",
                              subject="请回电").id
    case = calls.log_call(actor=duty, outcome="transferred", phone="13800138000",
                          subject="欠薪", assignee_id=spec.id)
    steps = {
        "assigned": [],
        "in_progress": ["start"],
        "pending_customer": ["start", "wait"],
        "resolved": ["start", "resolve"],
        "closed": ["start", "resolve", "close"],
        "reopened": ["start", "resolve", "reopen"],
    }[status]
    for step in steps:
        if step == "start":
            calls.start(actor=spec, call_id=case.id)
        elif step == "wait":
            calls.wait_customer(actor=spec, call_id=case.id, note="等材料")
        elif step == "resolve":
            calls.resolve(actor=spec, call_id=case.id, solution="已答复")
        elif step == "close":
            calls.close(actor=spec, call_id=case.id)
        elif step == "reopen":
            calls.reopen(actor=sup, call_id=case.id, reason="当事人不满意")
    assert Call.get_by_id(case.id).status == status
    return case.id


def run(action: str, actors, call_id: int):
    sup = actors["supervisor"]
    other = actors["specialist2"]
    if action == "assign":
        return calls.assign(actor=sup, call_id=call_id, assignee_id=other.id)
    if action == "transfer":
        return calls.transfer(actor=sup, call_id=call_id, assignee_id=other.id,
                              note="转交同事")
    if action == "escalate":
        return calls.escalate(actor=sup, call_id=call_id,
                              assignee_id=actors["director"].id, note="疑难")
    if action == "start":
        return calls.start(actor=sup, call_id=call_id)
    if action == "wait_customer":
        return calls.wait_customer(actor=sup, call_id=call_id, note="等材料")
    if action == "resume":
        return calls.resume(actor=sup, call_id=call_id)
    if action == "resolve":
        return calls.resolve(actor=sup, call_id=call_id, solution="办结")
    if action == "close":
        return calls.close(actor=sup, call_id=call_id)
    if action == "reopen":
        return calls.reopen(actor=sup, call_id=call_id, reason="退回重办")
    raise AssertionError(action)


@pytest.mark.parametrize("status", STATUSES)
def test_every_action_from_every_status(actors, status):
    for action in LEGAL:
        call_id = make_case(actors, status)
        events_before = CallEvent.select().where(CallEvent.call == call_id).count()
        audit_before = AuditLog.select().count()
        if status in LEGAL[action]:
            result = run(action, actors, call_id)
            assert result.status == TARGET[action], (action, status)
            assert Call.get_by_id(call_id).status == TARGET[action]
            last = (CallEvent.select().where(CallEvent.call == call_id)
                    .order_by(CallEvent.id.desc()).first())
            assert (last.from_status, last.to_status) == (status, TARGET[action])
            assert AuditLog.select().count() == audit_before + 1
        else:
            with pytest.raises(InvalidTransition):
                run(action, actors, call_id)
            assert Call.get_by_id(call_id).status == status, (action, status)
            assert CallEvent.select().where(
                CallEvent.call == call_id).count() == events_before
            assert AuditLog.select().count() == audit_before


def test_outcomes_set_the_starting_status(actors):
    duty, spec = actors["duty_officer"], actors["specialist"]
    answered = calls.log_call(actor=duty, outcome="answered", phone="13800138000",
                              subject="咨询劳动仲裁时效")
    assert answered.status == "closed"
    row = Call.get_by_id(answered.id)
    assert row.fcr and row.resolved_at and row.first_response_at == row.received_at
    assert row.resolution_due is None  # solved on the call: no SLA clock
    for outcome in ("hang_up", "silent", "prank", "wrong_number", "test"):
        quick = calls.log_call(actor=duty, outcome=outcome)
        assert quick.status == "closed" and quick.subject == ""
        assert Call.get_by_id(quick.id).closed_at is not None
    moved = calls.log_call(actor=duty, outcome="escalated", subject="群体性欠薪",
                           assignee_id=actors["supervisor"].id)
    assert (moved.status, moved.assignee_id) == ("assigned", actors["supervisor"].id)
    kinds = [e.kind for e in calls.get_case(actor=duty, call_id=moved.id).events]
    assert kinds == ["created", "escalated"]
    callback = calls.log_call(actor=duty, outcome="callback", subject="请回电",
                              assignee_id=spec.id)
    assert callback.status == "assigned" and callback.resolution_due is not None


def test_transfer_needs_an_assignee_of_the_right_role(actors):
    duty = actors["duty_officer"]
    with pytest.raises(ValidationError) as err:
        calls.log_call(actor=duty, outcome="transferred", subject="x")
    assert err.value.field == "assignee_id"
    with pytest.raises(ValidationError) as err:
        calls.log_call(actor=duty, outcome="transferred", subject="x",
                       assignee_id=actors["secretary"].id)
    assert err.value.field == "assignee_id"
    assert Call.select().count() == 0


def test_specialist_works_only_own_tickets(actors):
    case_id = make_case(actors, "assigned")  # assigned to specialist1
    with pytest.raises(PermissionDenied):
        calls.start(actor=actors["specialist2"], call_id=case_id)
    assert calls.start(actor=actors["specialist"], call_id=case_id).status == \
        "in_progress"
    with pytest.raises(PermissionDenied):
        calls.resolve(actor=actors["specialist2"], call_id=case_id, solution="x")


def test_starting_an_unassigned_ticket_takes_it(actors):
    case_id = make_case(actors, "new")
    spec2 = actors["specialist2"]
    result = calls.start(actor=spec2, call_id=case_id)
    assert (result.status, result.assignee_id) == ("in_progress", spec2.id)
    assert Call.get_by_id(case_id).first_response_at is not None


def test_reopen_ends_the_current_resolution_and_the_history_keeps_it(actors):
    case_id = make_case(actors, "closed")
    before = Call.get_by_id(case_id)
    calls.reopen(actor=actors["supervisor"], call_id=case_id, reason="未解决")
    row = Call.get_by_id(case_id)
    # the case's current state: no resolution standing, a new deadline
    assert row.resolved_at is None and row.closed_at is None
    assert row.reopen_count == 1 and not row.fcr
    assert row.resolution_due >= before.resolution_due
    # the history: the resolution it had, with its due time and closing, reopened
    (kept,) = CaseResolution.select().where(CaseResolution.call == case_id)
    assert (kept.resolved_at, kept.due_at, kept.closed_at) == \
        (before.resolved_at, before.resolution_due, before.closed_at)
    assert kept.reopened_at is not None
    assert kept.reopened_by_id == actors["supervisor"].id
    with pytest.raises(ValidationError) as err:
        calls.reopen(actor=actors["supervisor"], call_id=case_id, reason="  ")
    assert err.value.field == "reason"


def test_timeline_lists_every_change_in_order(actors):
    case_id = make_case(actors, "closed")
    calls.add_note(actor=actors["specialist"], call_id=case_id, text="已电话联系")
    calls.record_callback(actor=actors["duty_officer"], call_id=case_id,
                          reached=True, note="满意")
    calls.record_survey(actor=actors["duty_officer"], call_id=case_id, rating=5)
    detail = calls.get_case(actor=actors["supervisor"], call_id=case_id)
    assert [e.kind for e in detail.events] == [
        "created", "assigned", "start", "resolve", "close", "note", "callback",
        "survey"]
    assert detail.callbacks[0][2] is True and detail.surveys[0][2] == 5


def test_confidential_case_is_redacted_for_others_and_whole_for_its_people(actors):
    duty, spec = actors["duty_officer"], actors["specialist"]
    case = calls.log_call(actor=duty, outcome="transferred", phone="13800138000",
                          caller_name="李某", subject="家暴求助",
                          description="丈夫多次动手", confidential=True,
                          assignee_id=spec.id)
    calls.start(actor=spec, call_id=case.id)
    calls.wait_customer(actor=spec, call_id=case.id, note="等伤情鉴定")
    calls.record_callback(actor=spec, call_id=case.id, reached=True, note="已转妇联")
    other = calls.get_case(actor=actors["specialist2"], call_id=case.id)
    assert other.summary.redacted
    assert other.summary.subject == "" and other.description == ""
    assert other.summary.phone == "138****8000" and other.summary.caller_name == ""
    assert [e.kind for e in other.events] == ["created", "assigned", "start",
                                              "wait_customer", "callback"]
    assert [e.detail for e in other.events] == ["transferred", "", "", "", ""]
    assert other.callbacks[0][3] == ""
    own = calls.get_case(actor=spec, call_id=case.id)
    assert not own.summary.redacted and own.description == "丈夫多次动手"
    assert "等伤情鉴定" in [e.detail for e in own.events]
    boss = calls.get_case(actor=actors["supervisor"], call_id=case.id)
    assert boss.summary.subject == "家暴求助"
