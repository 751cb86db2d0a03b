"""签收 (sign for), 督办 (supervision) and the callback visit (回访 with the caller's
rating and a follow-up) on both backends: what is saved, what is refused, and that a
refused follow-up leaves nothing half-written."""

import datetime as dt

import pytest

from hotline.models import (AuditLog, Call, CallEvent, Callback, CaseArticle,
                            CaseResolution, KnowledgeArticle, Supervision, Survey)
from hotline.services import calls, clock, knowledge
from hotline.services.errors import (Conflict, InvalidTransition, PermissionDenied,
                                     StaleCase, ValidationError)
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


# ------------------------------------------------------------------ 督办

def _working(actors):
    case = _dispatched(actors)
    return calls.start(actor=actors["specialist"], call_id=case.id)


def test_a_supervisor_presses_an_open_case_until_it_is_resolved(actors):
    sup, spec = actors["supervisor"], actors["specialist"]
    case = _working(actors)
    deadline = clock.now() + dt.timedelta(days=1)
    with pytest.raises(PermissionDenied):  # supervisors and directors only
        calls.supervise(actor=spec, call_id=case.id, note="快", deadline=deadline)
    with pytest.raises(ValidationError) as err:
        calls.supervise(actor=sup, call_id=case.id, note="", deadline=deadline)
    assert err.value.field == "note"
    with pytest.raises(ValidationError) as err:
        calls.supervise(actor=sup, call_id=case.id, note="快",
                        deadline=clock.now() - dt.timedelta(hours=1))
    assert (err.value.field, err.value.code) == ("deadline", "in_past")
    calls.supervise(actor=sup, call_id=case.id, note="请今日办结", deadline=deadline,
                    expected_version=case.version)
    row = Supervision.get(Supervision.call == case.id)
    assert (row.note, row.actor_id, row.closed_at) == ("请今日办结", sup.id, None)
    assert row.deadline == deadline.replace(microsecond=row.deadline.microsecond)
    detail = calls.get_case(actor=spec, call_id=case.id)
    assert [(v.note, v.open) for v in detail.supervisions] == [("请今日办结", True)]
    assert detail.events[-1].kind == "supervised"
    assert "supervise" not in calls.get_case(actor=sup, call_id=case.id).actions
    with pytest.raises(InvalidTransition) as err:  # one open supervision at a time
        calls.supervise(actor=actors["director"], call_id=case.id, note="再催",
                        deadline=deadline)
    assert err.value.code == "supervision_open"
    audit_row = AuditLog.select().where(AuditLog.action == "supervise").get()
    assert "请今日办结" not in audit_row.new  # no free text in the audit log
    calls.resolve(actor=spec, call_id=case.id, solution="已答复")
    assert Supervision.get_by_id(row.id).closed_at is not None
    with pytest.raises(InvalidTransition):  # a resolved case is not pressed
        calls.supervise(actor=sup, call_id=case.id, note="快", deadline=deadline)


def test_a_stale_supervision_is_refused(actors):
    sup = actors["supervisor"]
    case = _working(actors)
    calls.add_note(actor=actors["specialist"], call_id=case.id, text="x")
    calls.wait_customer(actor=actors["specialist"], call_id=case.id, note="等材料")
    with pytest.raises(StaleCase):
        calls.supervise(actor=sup, call_id=case.id, note="快",
                        deadline=clock.now() + dt.timedelta(days=1),
                        expected_version=case.version)
    assert Supervision.select().count() == 0


# ------------------------------------------------------------------ resolve + article

def _article(actors, publish=True):
    article = knowledge.create_article(actor=actors["specialist"], title="欠薪投诉流程",
                                       body="先核实劳动关系")
    if publish:
        knowledge.publish(actor=actors["specialist"], article_id=article.id)
    return article.id


def test_resolving_with_an_article_links_and_counts_it_in_the_same_transaction(actors):
    spec = actors["specialist"]
    case = _working(actors)
    draft = _article(actors, publish=False)
    with pytest.raises(ValidationError) as err:
        calls.resolve(actor=spec, call_id=case.id, solution="已答复", article_id=draft)
    assert err.value.field == "article_id"
    assert Call.get_by_id(case.id).status == "in_progress"  # nothing written
    assert CaseResolution.select().where(CaseResolution.call == case.id).count() == 0
    published = _article(actors)
    done = calls.resolve(actor=spec, call_id=case.id, solution="已答复",
                         article_id=published)
    assert done.status == "resolved"
    assert CaseArticle.get(CaseArticle.call == case.id).article_id == published
    assert KnowledgeArticle.get_by_id(published).use_count == 1
    assert calls.get_case(actor=spec, call_id=case.id).articles == [
        (published, "欠薪投诉流程")]


# ------------------------------------------------------------------ 回访

def _resolved(actors):
    case = _working(actors)
    return calls.resolve(actor=actors["specialist"], call_id=case.id,
                         solution="已答复")


def _counts(call_id):
    return (Callback.select().where(Callback.call == call_id).count(),
            Survey.select().where(Survey.call == call_id).count(),
            CallEvent.select().where(CallEvent.call == call_id).count(),
            AuditLog.select().count(),
            Call.select().where(Call.id == call_id).tuples().first())


def test_call_back_attempts_are_numbered_and_the_rating_needs_the_caller(actors):
    duty = actors["duty_officer"]
    case = _resolved(actors)
    first = calls.record_callback_visit(actor=duty, call_id=case.id, reached=False,
                                        note="无人接听")
    assert (first.attempt, first.rating) == (1, None)
    with pytest.raises(ValidationError) as err:
        calls.record_callback_visit(actor=duty, call_id=case.id, reached=False,
                                    rating=5)
    assert err.value.field == "rating"
    second = calls.record_callback_visit(actor=duty, call_id=case.id, reached=True,
                                         note="已回访", rating=5, comment="很好")
    assert (second.attempt, second.rating, second.case.status) == (2, 5, "resolved")
    assert [(c.reached, c.note) for c in Callback.select().where(
        Callback.call == case.id).order_by(Callback.id)] == [
        (False, "无人接听"), (True, "已回访")]
    assert [(s.rating, s.comment) for s in Survey.select()] == [(5, "很好")]
    with pytest.raises(Conflict) as err:  # one survey per case
        calls.record_callback_visit(actor=duty, call_id=case.id, reached=True,
                                    rating=4)
    assert err.value.code == "survey_exists"
    assert Callback.select().where(Callback.call == case.id).count() == 2


def test_a_dissatisfied_rating_reopens_the_case_in_the_same_step(actors):
    sup = actors["supervisor"]
    case = _resolved(actors)
    with pytest.raises(ValidationError) as err:  # a follow-up needs its reason
        calls.record_callback_visit(actor=sup, call_id=case.id, reached=True,
                                    rating=1, follow_up="reopen")
    assert err.value.field == "reason"
    with pytest.raises(ValidationError) as err:  # only after a dissatisfied rating
        calls.record_callback_visit(actor=sup, call_id=case.id, reached=True,
                                    rating=4, follow_up="reopen", reason="x")
    assert err.value.field == "follow_up"
    visit = calls.record_callback_visit(
        actor=sup, call_id=case.id, reached=True, note="回访", rating=1,
        comment="没解决", follow_up="reopen", reason="来电人反映未解决",
        expected_version=case.version)
    assert visit.case.status == "reopened" and visit.follow_up == "reopen"
    row = Call.get_by_id(case.id)
    assert row.reopen_count == 1 and row.assignee_id == actors["specialist"].id
    kinds = [e.kind for e in calls.get_case(actor=sup, call_id=case.id).events]
    assert kinds[-3:] == ["callback", "survey", "reopened"]


def test_a_refused_follow_up_leaves_nothing_half_written(actors):
    duty = actors["duty_officer"]  # may rate his own case, may not reopen it
    case = _resolved(actors)
    before = _counts(case.id)
    with pytest.raises(PermissionDenied):
        calls.record_callback_visit(actor=duty, call_id=case.id, reached=True,
                                    rating=2, follow_up="reopen", reason="不满意")
    assert _counts(case.id) == before  # no call back, no rating, no event, no audit


def test_a_dissatisfied_caller_goes_to_a_supervisor(actors):
    duty, boss = actors["duty_officer"], actors["supervisor"]
    case = _resolved(actors)
    with pytest.raises(ValidationError) as err:  # to a supervisor or director only
        calls.record_callback_visit(actor=duty, call_id=case.id, reached=True,
                                    rating=2, follow_up="escalate", reason="不满意",
                                    escalate_to=actors["specialist2"].id)
    assert err.value.field == "escalate_to"
    visit = calls.record_callback_visit(actor=duty, call_id=case.id, reached=True,
                                        rating=2, follow_up="escalate",
                                        reason="不满意", escalate_to=boss.id)
    assert (visit.case.status, visit.case.assignee_id) == ("reopened", boss.id)
    assert visit.case.signed_at is None  # a new holder: signed when he starts it
    # an open case is escalated as such
    open_case = calls.log_call(actor=duty, outcome="callback", phone="13800138009",
                               subject="回电")
    visit = calls.record_callback_visit(actor=duty, call_id=open_case.id,
                                        reached=True, rating=1, follow_up="escalate",
                                        reason="情绪激动", escalate_to=boss.id)
    assert (visit.case.status, visit.case.assignee_id) == ("assigned", boss.id)


def test_rating_only_when_the_caller_rang_in(actors):
    spec = actors["specialist"]
    case = _resolved(actors)
    visit = calls.record_callback_visit(actor=spec, call_id=case.id, reached=True,
                                        rating=3, attempt_call_back=False)
    assert (visit.attempt, visit.rating) == (0, 3)
    assert Callback.select().count() == 0 and Survey.select().count() == 1
