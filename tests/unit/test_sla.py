"""SLA due times on a 24×7 and a business-calendar clock (DESIGN §3): weekends,
holidays, make-up workdays (调休), and the pause while waiting on the customer.

Default policies (hotline/migrations.py): normal = first response 240 business
minutes, resolution 1,620 business minutes (three 9-hour days); urgent = 30 / 240
minutes around the clock. Business hours 09:00–18:00.
"""

import datetime as dt

import pytest

from hotline.models import Call, Holiday
from hotline.services import calls, clock, config
from hotline.services.errors import ValidationError

T = dt.datetime


@pytest.fixture
def at(monkeypatch):
    """Set the services' clock: at(T(2026, 9, 25, 16))."""
    def set_time(moment):
        monkeypatch.setattr(clock, "now", lambda: moment)
    return set_time


def ticket(actors, at, received, priority="normal"):
    at(received)
    case = calls.log_call(actor=actors["duty_officer"], outcome="transferred",
                          subject="欠薪", priority=priority,
                          assignee_id=actors["specialist"].id)
    return Call.get_by_id(case.id)


def test_weekend_is_skipped(actors, at):
    # Friday 16:00: 2 h left on Friday, the rest from Monday 09:00.
    row = ticket(actors, at, T(2026, 9, 25, 16))
    assert row.first_response_due == T(2026, 9, 28, 11)
    assert row.resolution_due == T(2026, 9, 30, 16)


def test_holiday_is_skipped(actors, at):
    config.set_holiday(actor=actors["director"], day=dt.date(2026, 9, 28),
                       is_workday=False, name="调休放假")
    row = ticket(actors, at, T(2026, 9, 25, 16))
    assert row.first_response_due == T(2026, 9, 29, 11)


def test_make_up_workday_counts(actors, at):
    config.set_holiday(actor=actors["director"], day=dt.date(2026, 9, 26),
                       is_workday=True, name="调休上班")
    row = ticket(actors, at, T(2026, 9, 25, 16))
    assert row.first_response_due == T(2026, 9, 26, 11)


def test_national_day_week_with_make_up_saturday(actors, at):
    for day in range(1, 8):
        config.set_holiday(actor=actors["director"], day=dt.date(2026, 10, day),
                           is_workday=False, name="国庆节")
    config.set_holiday(actor=actors["director"], day=dt.date(2026, 10, 10),
                       is_workday=True, name="国庆调休")
    row = ticket(actors, at, T(2026, 9, 30, 17))
    # 60 min on Sep 30, then Oct 8 from 09:00
    assert row.first_response_due == T(2026, 10, 8, 12)
    # 60 + 540 (Oct 8) + 540 (Oct 9) + 480 on the make-up Saturday Oct 10
    assert row.resolution_due == T(2026, 10, 10, 17)


def test_received_out_of_hours_starts_next_opening(actors, at):
    row = ticket(actors, at, T(2026, 9, 26, 10))  # Saturday
    assert row.first_response_due == T(2026, 9, 28, 13)


def test_urgent_runs_around_the_clock(actors, at):
    row = ticket(actors, at, T(2026, 9, 26, 23, 50), priority="urgent")
    assert row.first_response_due == T(2026, 9, 27, 0, 20)
    assert row.resolution_due == T(2026, 9, 27, 3, 50)


def test_pause_moves_the_due_time_by_business_time_waited(actors, at):
    spec = actors["specialist"]
    row = ticket(actors, at, T(2026, 10, 12, 9))  # Monday
    assert row.resolution_due == T(2026, 10, 14, 18)
    at(T(2026, 10, 12, 9, 30))
    calls.start(actor=spec, call_id=row.id)
    at(T(2026, 10, 12, 10))
    calls.wait_customer(actor=spec, call_id=row.id, note="等当事人补充劳动合同")
    at(T(2026, 10, 13, 10))
    calls.resume(actor=spec, call_id=row.id, note="材料已收到")
    # paused Mon 10:00–18:00 and Tue 09:00–10:00: 9 business hours
    assert Call.get_by_id(row.id).resolution_due == T(2026, 10, 15, 18)
    assert Call.get_by_id(row.id).paused_at is None


def test_pause_over_a_weekend_counts_only_business_time(actors, at):
    spec = actors["specialist"]
    row = ticket(actors, at, T(2026, 10, 15, 9))  # Thursday
    assert row.resolution_due == T(2026, 10, 19, 18)
    at(T(2026, 10, 16, 17))  # Friday 17:00
    calls.start(actor=spec, call_id=row.id)
    calls.wait_customer(actor=spec, call_id=row.id, note="等材料")
    at(T(2026, 10, 19, 10))  # Monday 10:00: 1 h Friday + 1 h Monday
    calls.resume(actor=spec, call_id=row.id)
    # due Mon 10-19 18:00, moved by 2 business hours: Tue 10-20 11:00
    assert Call.get_by_id(row.id).resolution_due == T(2026, 10, 20, 11)


def test_waiting_after_the_due_time_passed_does_not_move_it(actors, at):
    """A deadline already missed when the wait began stays missed: a pause cannot
    move it out of the month it fell in (the month's on-time rate would change)."""
    spec = actors["specialist"]
    row = ticket(actors, at, T(2026, 10, 12, 9))
    assert row.resolution_due == T(2026, 10, 14, 18)
    at(T(2026, 10, 16, 17))  # two days late
    calls.start(actor=spec, call_id=row.id)
    calls.wait_customer(actor=spec, call_id=row.id, note="等材料")
    at(T(2026, 10, 19, 10))
    calls.resume(actor=spec, call_id=row.id)
    assert Call.get_by_id(row.id).resolution_due == T(2026, 10, 14, 18)


def test_resolving_while_paused_accounts_for_the_pause(actors, at):
    spec = actors["specialist"]
    row = ticket(actors, at, T(2026, 10, 12, 9))
    at(T(2026, 10, 12, 9, 30))
    calls.start(actor=spec, call_id=row.id)
    calls.wait_customer(actor=spec, call_id=row.id, note="等材料")
    at(T(2026, 10, 12, 12, 30))  # 3 h paused
    calls.resolve(actor=spec, call_id=row.id, solution="当事人撤回")
    # due Wed 10-14 18:00 + 3 business hours = Thu 10-15 12:00
    assert Call.get_by_id(row.id).resolution_due == T(2026, 10, 15, 12)


def test_pause_on_a_24x7_clock_counts_wall_time(actors, at):
    spec = actors["specialist"]
    row = ticket(actors, at, T(2026, 10, 17, 8), priority="urgent")  # Saturday
    assert row.resolution_due == T(2026, 10, 17, 12)
    at(T(2026, 10, 17, 8, 10))
    calls.start(actor=spec, call_id=row.id)
    calls.wait_customer(actor=spec, call_id=row.id, note="等回电")
    at(T(2026, 10, 17, 10, 10))
    calls.resume(actor=spec, call_id=row.id)
    assert Call.get_by_id(row.id).resolution_due == T(2026, 10, 17, 14)


def test_sla_policy_change_applies_to_new_tickets(actors, at):
    config.set_sla_policy(actor=actors["director"], priority="normal",
                          first_response_minutes=60, resolution_minutes=540,
                          clock="24x7")
    row = ticket(actors, at, T(2026, 9, 26, 10))
    assert row.first_response_due == T(2026, 9, 26, 11)
    assert row.resolution_due == T(2026, 9, 26, 19)
    with pytest.raises(ValidationError) as err:
        config.set_sla_policy(actor=actors["director"], priority="normal",
                              first_response_minutes=600, resolution_minutes=60,
                              clock="24x7")
    assert err.value.field == "resolution_minutes"


def test_holiday_rows_are_audited_and_listed(actors):
    config.set_holiday(actor=actors["director"], day="2026-10-01", is_workday=False,
                       name="国庆节")
    assert [h.name for h in config.list_holidays(actor=actors["duty_officer"],
                                                 year=2026)] == ["国庆节"]
    assert Holiday.select().count() == 1
    with pytest.raises(ValidationError) as err:
        config.set_holiday(actor=actors["director"], day="2026-02-30",
                           is_workday=False)
    assert err.value.field == "day"
