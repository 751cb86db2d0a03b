"""签收 (sign for), 督办 (supervision) and the callback visit (回访 with the caller's
rating and a follow-up) on both backends: what is saved, what is refused, and that a
refused follow-up leaves nothing half-written."""

import pytest

from hotline.models import AuditLog, Call, CallEvent
from hotline.services import calls
from hotline.services.errors import InvalidTransition, PermissionDenied
from helpers import make_user


def _dispatched(actors, **kw):
    values = dict(outcome="transferred", phone="13800138000", subject="欠薪",
                  assignee_id=actors["specialist"].id)
    values.update(kw)
    return calls.log_call(actor=actors["duty_officer"], **values)


def test_the_assignee_signs_for_a_dispatched_case(actors):
    spec = actors["specialist"]
    case = _dispatched(actors)
    assert case.signed_at is None and case.first_response_at is None
    with pytest.raises(PermissionDenied) as err:  # not his case
        calls.sign_for(actor=actors["specialist2"], call_id=case.id)
    assert err.value.code == "not_your_case"
    signed = calls.sign_for(actor=spec, call_id=case.id, expected_version=case.version)
    row = Call.get_by_id(case.id)
    assert row.signed_at is not None and row.first_response_at == row.signed_at
    assert signed.signed_at == row.signed_at and signed.status == "assigned"
    assert signed.version == case.version + 1
    event = CallEvent.select().where(CallEvent.call == case.id).order_by(
        CallEvent.id.desc()).first()
    assert (event.kind, event.actor_id) == ("signed", spec.id)
    assert AuditLog.select().where(AuditLog.action == "sign_for").count() == 1
    with pytest.raises(InvalidTransition) as err:  # once is enough
        calls.sign_for(actor=spec, call_id=case.id)
    assert err.value.code == "already_signed"


def test_a_specialist_takes_a_case_from_the_pool_by_signing_for_it(actors):
    spec = actors["specialist2"]
    case = calls.log_call(actor=actors["duty_officer"], outcome="callback",
                          phone="13800138001", subject="回电")
    assert case.status == "new" and case.assignee_id is None
    with pytest.raises(PermissionDenied):  # a duty officer does not work cases
        calls.sign_for(actor=actors["duty_officer"], call_id=case.id)
    signed = calls.sign_for(actor=spec, call_id=case.id)
    assert (signed.status, signed.assignee_id) == ("assigned", spec.id)
    assert signed.signed_at is not None


def test_a_new_holder_signs_again_but_the_first_response_stays(actors):
    spec, sup = actors["specialist"], actors["supervisor"]
    case = _dispatched(actors)
    calls.sign_for(actor=spec, call_id=case.id)
    first = Call.get_by_id(case.id).first_response_at
    moved = calls.assign(actor=sup, call_id=case.id,
                         assignee_id=actors["specialist2"].id)
    assert moved.signed_at is None
    again = calls.sign_for(actor=actors["specialist2"], call_id=case.id)
    assert again.signed_at is not None
    assert Call.get_by_id(case.id).first_response_at == first
    calls.start(actor=actors["specialist2"], call_id=case.id)
    escalated = calls.escalate(actor=actors["specialist2"], call_id=case.id,
                               assignee_id=sup.id, note="疑难")
    assert escalated.signed_at is None
    transferred = calls.transfer(actor=sup, call_id=case.id, assignee_id=spec.id,
                                 note="交回")
    assert transferred.signed_at is None
    # reassigning to the same holder keeps his signature
    calls.sign_for(actor=spec, call_id=case.id)
    same = calls.assign(actor=sup, call_id=case.id, assignee_id=spec.id)
    assert same.signed_at is not None


def test_starting_an_unsigned_case_signs_for_it(actors):
    spec = actors["specialist"]
    case = _dispatched(actors)
    started = calls.start(actor=spec, call_id=case.id)
    assert started.status == "in_progress" and started.signed_at is not None
