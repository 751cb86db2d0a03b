"""hotline.domain.workflow and hotline.domain.sla without a database: the updates
each action makes, refusals, and the SLA pause rule (the same functions the
services and the demo use)."""

import datetime as dt

import pytest

from hotline.domain import sla, workflow
from hotline.domain.errors import InvalidTransition, ValidationError

T = dt.datetime
CAL = sla.Calendar(540, 1080, {dt.date(2026, 10, 1): False})  # 09:00–18:00
NORMAL = sla.Policy("normal", 240, 1620, "business")
URGENT = sla.Policy("urgent", 30, 240, "24x7")


def case(**kw):
    base = dict(status="assigned", assignee_id=7, first_response_at=None,
                resolved_at=None, paused_at=None, first_response_due=None,
                resolution_due=None, reopen_count=0)
    base.update(kw)
    return base


def test_every_action_refuses_the_statuses_it_does_not_start_from():
    for action, (sources, _) in workflow.TRANSITIONS.items():
        for status in workflow.STATUSES:
            if status in sources:
                assert workflow.target(action, status)
            else:
                with pytest.raises(InvalidTransition) as err:
                    workflow.target(action, status)
                assert err.value.code == "invalid_transition"
                assert err.value.params == {"action": action, "status": status}


def test_start_takes_an_unassigned_case_and_stamps_the_first_response():
    assert workflow.start(case(status="new", assignee_id=None), at=T(2026, 9, 1, 9),
                          actor_id=3) == {"status": "in_progress", "assignee_id": 3,
                                          "first_response_at": T(2026, 9, 1, 9)}
    assert workflow.start(case(first_response_at=T(2026, 9, 1)), at=T(2026, 9, 2),
                          actor_id=3) == {"status": "in_progress"}
    with pytest.raises(ValidationError) as err:  # the command line takes nothing
        workflow.start(case(status="new", assignee_id=None), at=T(2026, 9, 1),
                       actor_id=None)
    assert err.value.field == "assignee_id"


def test_resume_moves_due_times_by_business_time_waited():
    waiting = case(status="pending_customer", paused_at=T(2026, 9, 30, 17),
                   first_response_due=T(2026, 10, 2, 12),
                   resolution_due=T(2026, 10, 6, 18))
    # waited Sep 30 17–18 and Oct 2 09–10 (Oct 1 is a holiday): 2 business hours
    updates = workflow.resume(waiting, at=T(2026, 10, 2, 10), policy=NORMAL,
                              calendar=CAL)
    assert updates == {"status": "in_progress", "paused_at": None,
                       "first_response_due": T(2026, 10, 2, 14),
                       "resolution_due": T(2026, 10, 7, 11)}


def test_a_wait_begun_after_the_due_time_does_not_move_it():
    late = T(2026, 9, 1, 14)
    assert sla.shift_for_pause(late, T(2026, 9, 1, 15), T(2026, 9, 1, 20), "24x7",
                               CAL) == late
    assert sla.shift_for_pause(late, T(2026, 9, 1, 13), T(2026, 9, 1, 20), "24x7",
                               CAL) == T(2026, 9, 1, 21)


def test_resolve_reopen_and_the_fact_the_history_keeps():
    working = case(status="pending_customer", paused_at=T(2026, 9, 1, 10),
                   resolution_due=T(2026, 9, 1, 14), first_response_at=T(2026, 9, 1, 9))
    updates = workflow.resolve(working, at=T(2026, 9, 1, 12), solution="已答复",
                               policy=URGENT, calendar=CAL)
    assert updates["status"] == "resolved"
    assert updates["resolution_due"] == T(2026, 9, 1, 16)  # 2 h waited
    assert workflow.resolution_fact(working, updates) == {
        "resolved_at": T(2026, 9, 1, 12), "due_at": T(2026, 9, 1, 16),
        "assignee_id": 7}
    reopened = workflow.reopen(case(status="closed", reopen_count=1),
                               at=T(2026, 9, 3, 9), policy=URGENT, calendar=CAL)
    assert reopened == {"status": "reopened", "resolved_at": None, "closed_at": None,
                        "fcr": False, "reopen_count": 2,
                        "resolution_due": T(2026, 9, 3, 13), "paused_at": None}


def test_initial_status_of_each_outcome():
    assert workflow.initial_status("answered", None) == "closed"
    assert workflow.initial_status("hang_up", None) == "closed"
    assert workflow.initial_status("transferred", 4) == "assigned"
    assert workflow.initial_status("callback", None) == "new"
    assert workflow.initial_status("callback", 4) == "assigned"
