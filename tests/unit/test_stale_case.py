"""Stale-view refusal (DESIGN §4, issue 7 point 5): a change decided on a view of the
case that someone else has changed since is refused with StaleCase, and nothing of
it is written (no case change, no event, no audit row)."""

import threading

import pytest

from hotline.models import AuditLog, Call, CallEvent
from hotline.services import calls
from hotline.services.errors import StaleCase
from helpers import make_user


def _case(actors):
    return calls.log_call(actor=actors["duty_officer"], outcome="transferred",
                          phone="13800138000", subject="欠薪",
                          assignee_id=actors["specialist"].id)


def _written(call_id):
    return (CallEvent.select().where(CallEvent.call == call_id).count(),
            AuditLog.select().count())


def test_second_of_two_stale_reassignments_is_refused(actors):
    first, second = actors["supervisor"], make_user("supervisor2", "supervisor")
    case = _case(actors)
    seen_by_first = calls.get_case(actor=first, call_id=case.id).summary.version
    seen_by_second = calls.get_case(actor=second, call_id=case.id).summary.version
    assert seen_by_first == seen_by_second == case.version

    done = calls.assign(actor=first, call_id=case.id,
                        assignee_id=actors["specialist2"].id,
                        expected_version=seen_by_first)
    assert done.version == seen_by_first + 1
    before = _written(case.id)
    with pytest.raises(StaleCase) as err:
        calls.assign(actor=second, call_id=case.id,
                     assignee_id=actors["director"].id, expected_version=seen_by_second)
    assert err.value.code == "stale_case"
    assert case.ticket_no in str(err.value)
    row = Call.get_by_id(case.id)
    assert row.assignee_id == actors["specialist2"].id  # the first change stands
    assert row.version == seen_by_first + 1
    assert _written(case.id) == before  # no event, no audit row of the refused one
    # with the fresh view the second supervisor may decide again
    fresh = calls.get_case(actor=second, call_id=case.id).summary.version
    assert calls.assign(actor=second, call_id=case.id,
                        assignee_id=actors["director"].id,
                        expected_version=fresh).assignee_id == actors["director"].id


def test_every_workflow_action_refuses_a_stale_view(actors):
    spec, sup = actors["specialist"], actors["supervisor"]
    case = _case(actors)
    stale = case.version
    calls.add_note(actor=spec, call_id=case.id, text="已联系")  # no case change
    assert Call.get_by_id(case.id).version == stale
    steps = [
        ("start", lambda v: calls.start(actor=spec, call_id=case.id,
                                        expected_version=v)),
        ("wait_customer", lambda v: calls.wait_customer(
            actor=spec, call_id=case.id, note="等材料", expected_version=v)),
        ("resume", lambda v: calls.resume(actor=spec, call_id=case.id,
                                          expected_version=v)),
        ("transfer", lambda v: calls.transfer(
            actor=spec, call_id=case.id, assignee_id=spec.id, note="自己继续",
            expected_version=v)),
        ("escalate", lambda v: calls.escalate(
            actor=sup, call_id=case.id, assignee_id=spec.id, note="疑难",
            expected_version=v)),
        ("start", lambda v: calls.start(actor=spec, call_id=case.id,
                                        expected_version=v)),
        ("resolve", lambda v: calls.resolve(actor=spec, call_id=case.id,
                                            solution="已答复", expected_version=v)),
        ("close", lambda v: calls.close(actor=spec, call_id=case.id,
                                        expected_version=v)),
        ("reopen", lambda v: calls.reopen(actor=sup, call_id=case.id,
                                          reason="不满意", expected_version=v)),
    ]
    for name, step in steps:
        current = Call.get_by_id(case.id)
        before = _written(case.id)
        with pytest.raises(StaleCase):
            step(current.version - 1 if current.version else current.version + 1)
        after = Call.get_by_id(case.id)
        assert (after.status, after.version) == (current.status, current.version), name
        assert _written(case.id) == before, name
        result = step(current.version)
        assert result.version == current.version + 1, name
    # without expected_version (command line, importer) the change is made
    assert calls.start(actor=spec, call_id=case.id).status == "in_progress"


def test_two_supervisors_reassign_at_the_same_moment(actors, database):
    """Two threads, each with its own connection, read the case and reassign it at
    once: exactly one change is made, the other is refused, nothing of it written."""
    first, second = actors["supervisor"], make_user("supervisor2", "supervisor")
    case = _case(actors)
    version = calls.get_case(actor=first, call_id=case.id).summary.version
    events_before, audit_before = _written(case.id)
    barrier = threading.Barrier(2)
    results: dict = {}

    def reassign(who, assignee_id):
        try:
            barrier.wait(timeout=10)
            results[who.username] = calls.assign(
                actor=who, call_id=case.id, assignee_id=assignee_id,
                expected_version=version)
        except Exception as exc:  # noqa: BLE001 - the test inspects it
            results[who.username] = exc
        finally:
            database.close()

    threads = [threading.Thread(target=reassign, args=(first, actors["specialist2"].id)),
               threading.Thread(target=reassign, args=(second, actors["director"].id))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    outcomes = list(results.values())
    refused = [r for r in outcomes if isinstance(r, StaleCase)]
    made = [r for r in outcomes if isinstance(r, calls.CaseSummary)]
    assert len(refused) == 1 and len(made) == 1, outcomes
    row = Call.get_by_id(case.id)
    assert row.assignee_id == made[0].assignee_id and row.version == version + 1
    assert _written(case.id) == (events_before + 1, audit_before + 1)
