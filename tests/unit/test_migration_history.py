"""Migration 4 (issue 7): an existing database gets the case version, the
assignee column of the timeline and the resolution history, filled from its cases
and their timelines; run again it adds nothing."""

import datetime as dt

import pytest

from hotline.models import Call, CaseResolution, db
from hotline.services import calls, clock, indicators
from hotline.storage.migrations import _m004_resolution_history

T = dt.datetime


@pytest.fixture
def frozen(frozen_clock):
    """The services' clock, frozen at (2026, 5, 4, 9, 0) (frozen.at(T(...)) moves it)."""
    frozen_clock.at(T(2026, 5, 4, 9, 0))
    return frozen_clock


def _rows():
    return sorted((r.call_id, r.resolved_at, r.due_at, r.first_contact, r.closed_at,
                   r.reopened_at) for r in CaseResolution.select())


def _columns(table):
    return {c.name for c in db.obj.get_columns(table)}


def test_history_is_backfilled_from_cases_and_timelines(database, actors, frozen):
    duty, spec, sup = actors["duty_officer"], actors["specialist"], actors["supervisor"]
    answered = calls.log_call(actor=duty, outcome="answered", subject="咨询")
    closed = calls.log_call(actor=duty, outcome="transferred", subject="欠薪",
                            assignee_id=spec.id)
    twice = calls.log_call(actor=duty, outcome="transferred", subject="工伤",
                           assignee_id=spec.id)
    open_ticket = calls.log_call(actor=duty, outcome="transferred", subject="社保",
                                 assignee_id=spec.id)
    reopened_answer = calls.log_call(actor=duty, outcome="answered", subject="咨询2")
    for case in (closed, twice):
        frozen.now += dt.timedelta(hours=1)
        calls.start(actor=spec, call_id=case.id)
        frozen.now += dt.timedelta(hours=2)
        calls.resolve(actor=spec, call_id=case.id, solution="已答复")
        frozen.now += dt.timedelta(hours=1)
        calls.close(actor=spec, call_id=case.id)
    frozen.now += dt.timedelta(days=1)
    for case in (twice, reopened_answer):
        calls.reopen(actor=sup, call_id=case.id, reason="不满意")
        frozen.now += dt.timedelta(hours=1)
        calls.start(actor=sup, call_id=case.id)
        frozen.now += dt.timedelta(hours=3)
        calls.resolve(actor=sup, call_id=case.id, solution="补充答复")
    written = _rows()
    month = indicators.indicators(actor=sup, start="2026-05-01", end="2026-06-01")

    # the database as the previous version left it: no history, no version, no
    # assignee on the timeline
    db.obj.execute_sql('DROP TABLE "case_resolution"')
    db.obj.execute_sql('ALTER TABLE "call" DROP COLUMN "version"')
    db.obj.execute_sql('ALTER TABLE "call_event" DROP COLUMN "assignee_after"')
    db.obj.close()
    db.obj.connect()
    with db.obj.atomic():
        _m004_resolution_history(db.obj)
    assert "version" in _columns("call") and "assignee_after" in _columns("call_event")
    assert {c.version for c in Call.select()} == {0}

    backfilled = _rows()
    # the same facts, except the due times the old reopen overwrote (left unknown)
    earlier = {(twice.id, written[i][1]) for i in range(len(written))
               if written[i][5] is not None}
    expected = [r if (r[0], r[1]) not in earlier else (*r[:2], None, *r[3:])
                for r in written]
    assert backfilled == expected
    assert open_ticket.id not in {r[0] for r in backfilled}
    after = indicators.indicators(actor=sup, start="2026-05-01", end="2026-06-01")
    for key in ("resolved", "resolution_hours", "reopen_rate", "fcr_rate",
                "callback_rate", "by_status", "calls_total"):
        assert after[key] == month[key], key

    with db.obj.atomic():  # a second run finds its work done
        _m004_resolution_history(db.obj)
    assert _rows() == backfilled
