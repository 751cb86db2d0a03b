"""Months that never change (DESIGN §3, §5; issue 7 point 4): every resolution and
reopening is kept with its time and the due time that applied, and a month's
figures are read from those facts, so reopening and re-resolving its cases later
leaves the month's report byte for byte as it was."""

import datetime as dt
import json

import pytest

from hotline.cli import main as cli_main
from hotline.models import CaseResolution
from hotline.services import calls, clock, indicators

T = dt.datetime


@pytest.fixture
def frozen(frozen_clock):
    """The services' clock, frozen at (2026, 3, 2, 9, 0) (frozen.at(T(...)) moves it)."""
    frozen_clock.at(T(2026, 3, 2, 9, 0))
    return frozen_clock


def _march(actors, frozen) -> dict:
    """A March worked through the services: answered calls, tickets resolved on
    time and late, closed or not, one waiting on the caller, one reopened within
    March; returns the ids of the cases resolved in March."""
    duty, spec, sup = actors["duty_officer"], actors["specialist"], actors["supervisor"]
    resolved = {}
    for day in range(2, 28, 2):
        frozen.at(T(2026, 3, day, 10, 0))
        answered = calls.log_call(actor=duty, outcome="answered", phone=f"1380013{day:04d}",
                                  subject="咨询", duration_seconds=120)
        resolved[f"answered{day}"] = answered.id
        frozen.at(T(2026, 3, day, 10, 30))
        ticket = calls.log_call(actor=duty, outcome="transferred",
                                phone=f"1390013{day:04d}", subject="欠薪",
                                priority="urgent" if day % 4 == 0 else "normal",
                                assignee_id=spec.id)
        frozen.at(T(2026, 3, day, 11, 0))
        calls.start(actor=spec, call_id=ticket.id)
        if day % 6 == 0:  # waits on the caller for a day
            calls.wait_customer(actor=spec, call_id=ticket.id, note="等材料")
            frozen.at(T(2026, 3, day + 1, 11, 0))
            calls.resume(actor=spec, call_id=ticket.id)
        if day == 26:
            continue  # still in progress at the end of March
        # urgent tickets (4 h) resolved after 2 h or 6 h: some late
        frozen.at(frozen.now + dt.timedelta(hours=2 if day % 8 == 0 else 6))
        calls.resolve(actor=spec, call_id=ticket.id, solution="已答复")
        resolved[f"ticket{day}"] = ticket.id
        if day % 3:
            frozen.at(frozen.now + dt.timedelta(hours=20))
            calls.close(actor=spec, call_id=ticket.id)
        if day == 10:  # reopened and re-resolved within March
            frozen.at(T(2026, 3, 14, 9, 0))
            calls.reopen(actor=sup, call_id=ticket.id, reason="不满意")
            frozen.at(T(2026, 3, 14, 10, 0))
            calls.start(actor=spec, call_id=ticket.id)
            frozen.at(T(2026, 3, 14, 15, 0))
            calls.resolve(actor=spec, call_id=ticket.id, solution="补充答复")
    return resolved


def _report(capsys, db_url) -> str:
    assert cli_main(["--db", db_url, "report", "monthly", "2026-03", "--json"]) == 0
    return capsys.readouterr().out


def test_month_is_unchanged_by_reopening_its_cases_next_month(db_url, database, actors,
                                                              frozen, capsys):
    resolved = _march(actors, frozen)
    frozen.at(T(2026, 4, 2, 9, 0))
    march = indicators.monthly(actor=actors["supervisor"], month="2026-03")
    assert march["resolved"] == len(resolved) and march["resolved"] >= 20
    assert 0 < march["on_time_resolution_rate"] < 1  # some late, some on time
    assert march["reopen_rate"] == pytest.approx(1 / len(resolved))
    assert march["by_status"]["closed"] > 0 and march["fcr_rate"] > 0
    before_json = json.dumps(march, ensure_ascii=False, sort_keys=True)
    before_cli = _report(capsys, db_url)

    # April: several of March's cases (answered on the call, closed tickets, a
    # resolved one, the one already reopened once) are reopened, two given to
    # another specialist, the answered ones taken by the supervisor, re-resolved,
    # some closed again, one left reopened
    spec, sup = actors["specialist"], actors["supervisor"]
    again = [resolved[k] for k in ("answered4", "answered12", "ticket2", "ticket8",
                                   "ticket6", "ticket10", "ticket14")]
    for n, call_id in enumerate(again):
        frozen.at(T(2026, 4, 3 + n, 9, 0))
        calls.reopen(actor=sup, call_id=call_id, reason="回访发现问题未解决")
        if n == len(again) - 1:
            continue
        frozen.at(T(2026, 4, 3 + n, 9, 30))
        if n in (2, 3):  # sent back to another specialist (退回重办 to someone else)
            calls.assign(actor=sup, call_id=call_id,
                         assignee_id=actors["specialist2"].id)
        frozen.at(T(2026, 4, 3 + n, 10, 0))
        case = calls.start(actor=sup, call_id=call_id)
        frozen.at(T(2026, 4, 3 + n, 16, 0))
        calls.resolve(actor=sup, call_id=call_id, solution="重新答复")
        if n % 2:
            frozen.at(T(2026, 4, 4 + n, 9, 0))
            calls.close(actor=sup, call_id=call_id)
        assert case.status == "in_progress"

    # a call back in April on a case closed in March is April's fact too
    frozen.at(T(2026, 4, 15, 9, 0))
    calls.record_callback(actor=sup, call_id=resolved["ticket16"], reached=True,
                          note="回访")
    frozen.at(T(2026, 4, 20, 9, 0))
    after = indicators.monthly(actor=actors["supervisor"], month="2026-03")
    changed = {k: (march[k], after[k]) for k in march if march[k] != after[k]}
    assert changed == {}, json.dumps(changed, ensure_ascii=False, default=str)
    assert json.dumps(after, ensure_ascii=False, sort_keys=True) == before_json
    assert _report(capsys, db_url) == before_cli
    # the reopenings are April's facts
    april = indicators.indicators(actor=actors["supervisor"], start="2026-04-01",
                                  end="2026-05-01")
    assert april["resolved"] == len(again) - 1
    assert april["reopen_rate"] == pytest.approx(len(again) / (len(again) - 1))


def test_history_keeps_every_resolution_with_its_due_time(database, actors, frozen):
    duty, spec, sup = actors["duty_officer"], actors["specialist"], actors["supervisor"]
    frozen.at(T(2026, 8, 10, 10, 0))
    case = calls.log_call(actor=duty, outcome="transferred", subject="欠薪",
                          priority="urgent", assignee_id=spec.id)
    assert case.resolution_due == T(2026, 8, 10, 14, 0)
    frozen.at(T(2026, 8, 10, 12, 0))
    calls.start(actor=spec, call_id=case.id)
    calls.resolve(actor=spec, call_id=case.id, solution="已答复")
    frozen.at(T(2026, 8, 10, 13, 0))
    calls.close(actor=spec, call_id=case.id)
    frozen.at(T(2026, 8, 11, 9, 0))
    reopened = calls.reopen(actor=sup, call_id=case.id, reason="不满意")
    assert reopened.resolution_due == T(2026, 8, 11, 13, 0)  # a new 4 h clock
    frozen.at(T(2026, 8, 11, 15, 0))
    calls.start(actor=spec, call_id=case.id)
    calls.resolve(actor=spec, call_id=case.id, solution="补充答复")
    rows = [(r.resolved_at, r.due_at, r.assignee_id, r.resolved_by_id, r.first_contact,
             r.closed_at, r.reopened_at, r.reopened_by_id)
            for r in CaseResolution.select().where(CaseResolution.call == case.id)
            .order_by(CaseResolution.resolved_at)]
    assert rows == [
        (T(2026, 8, 10, 12, 0), T(2026, 8, 10, 14, 0), spec.id, spec.id, False,
         T(2026, 8, 10, 13, 0), T(2026, 8, 11, 9, 0), sup.id),
        (T(2026, 8, 11, 15, 0), T(2026, 8, 11, 13, 0), spec.id, spec.id, False,
         None, None, None),
    ]
    answered = calls.log_call(actor=duty, outcome="answered", subject="咨询")
    (first,) = CaseResolution.select().where(CaseResolution.call == answered.id)
    assert first.first_contact and first.due_at is None
    assert first.resolved_at == first.closed_at == T(2026, 8, 11, 15, 0)
    # one on time (12:00 ≤ 14:00), one late (15:00 > 13:00)
    month = indicators.indicators(actor=sup, start="2026-08-01", end="2026-09-01")
    assert month["on_time_resolution_rate"] == 0.5
    assert month["resolved"] == 2 and month["reopen_rate"] == 0.5
