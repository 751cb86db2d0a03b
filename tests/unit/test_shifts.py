"""Duty roster, handover notes and the "my shift" work list (issue 4)."""

from __future__ import annotations

import datetime as dt

import pytest

from hotline.services import Conflict, PermissionDenied, ValidationError, calls, shifts
from hotline.services import worklists


def _now():
    return dt.datetime.now().replace(microsecond=0)


def test_roster_shows_who_is_on_duty(actors):
    now = _now()
    sup, duty, spec = actors["supervisor"], actors["duty_officer"], actors["specialist"]
    shifts.add_shift(actor=sup, user_id=duty.id, starts_at=now - dt.timedelta(hours=2),
                     ends_at=now + dt.timedelta(hours=6), label="早班")
    shifts.add_shift(actor=sup, user_id=spec.id, starts_at=now + dt.timedelta(hours=6),
                     ends_at=now + dt.timedelta(hours=14), label="中班")
    on = shifts.on_duty(actor=duty)
    assert [(s.user_name, s.label) for s in on] == [("duty_officer one", "早班")]
    assert shifts.current_shift(actor=duty).label == "早班"
    assert shifts.current_shift(actor=spec) is None
    window = shifts.shift_window(actor=duty)
    assert window.rostered and window.start == now - dt.timedelta(hours=2)
    assert not shifts.shift_window(actor=spec).rostered
    week = shifts.roster(actor=duty, start=now - dt.timedelta(days=1),
                         end=now + dt.timedelta(days=1))
    assert [s.label for s in week] == ["早班", "中班"]


def test_roster_rules(actors):
    now = _now()
    sup, duty = actors["supervisor"], actors["duty_officer"]
    with pytest.raises(PermissionDenied):
        shifts.add_shift(actor=duty, user_id=duty.id, starts_at=now,
                         ends_at=now + dt.timedelta(hours=8))
    with pytest.raises(ValidationError):
        shifts.add_shift(actor=sup, user_id=duty.id, starts_at=now,
                         ends_at=now - dt.timedelta(hours=1))
    with pytest.raises(ValidationError):
        shifts.add_shift(actor=sup, user_id=actors["secretary"].id, starts_at=now,
                         ends_at=now + dt.timedelta(hours=8))
    first = shifts.add_shift(actor=sup, user_id=duty.id, starts_at=now,
                             ends_at=now + dt.timedelta(hours=8))
    with pytest.raises(Conflict):
        shifts.add_shift(actor=sup, user_id=duty.id, starts_at=now + dt.timedelta(hours=7),
                         ends_at=now + dt.timedelta(hours=9))
    shifts.remove_shift(actor=sup, shift_id=first.id)
    assert shifts.on_duty(actor=duty, at=now + dt.timedelta(hours=1)) == []


def test_handover_written_seen_and_acknowledged(actors):
    duty = actors["duty_officer"]
    from helpers import make_user
    nxt = make_user("duty2", "duty_officer", "duty two")
    note = shifts.write_handover(actor=duty, body="  20261122-0003 来电人情绪激动，需回电。\n")
    assert note.body == "20261122-0003 来电人情绪激动，需回电。"
    assert shifts.pending_handovers(actor=duty) == []  # not my own
    pending = shifts.pending_handovers(actor=nxt)
    assert [p.id for p in pending] == [note.id]
    assert pending[0].author == "duty_officer one"
    with pytest.raises(Conflict):
        shifts.acknowledge_handover(actor=duty, note_id=note.id)
    done = shifts.acknowledge_handover(actor=nxt, note_id=note.id)
    assert done.acknowledged_by == "duty two" and done.acknowledged_at is not None
    assert shifts.pending_handovers(actor=nxt) == []
    with pytest.raises(Conflict):
        shifts.acknowledge_handover(actor=actors["specialist"], note_id=note.id)
    with pytest.raises(ValidationError):
        shifts.write_handover(actor=nxt, body="   ")
    with pytest.raises(PermissionDenied):
        shifts.write_handover(actor=actors["secretary"], body="x")
    with pytest.raises(PermissionDenied):
        shifts.pending_handovers(actor=actors["admin"])
    assert [n.id for n in shifts.recent_handovers(actor=nxt)] == [note.id]


def test_my_shift_lists_this_shift_and_my_open_tickets(actors):
    duty, spec = actors["duty_officer"], actors["specialist"]
    old = calls.log_call(actor=duty, outcome="transferred", assignee_id=spec.id,
                         phone="13800138000", subject="旧的欠薪投诉",
                         received_at=_now() - dt.timedelta(days=3))
    calls.log_call(actor=duty, outcome="answered", phone="13900139000",
                   subject="咨询离婚", received_at=_now() - dt.timedelta(days=2))
    new = [calls.log_call(actor=duty, outcome="answered", phone=f"1380000{i:04d}",
                          subject=f"今天的咨询 {i}") for i in range(5)]
    other = calls.log_call(actor=actors["supervisor"], outcome="answered",
                           subject="别人的来电")
    page = worklists.my_shift(actor=duty, limit=3)
    assert [r.ticket_no for r in page] == [c.ticket_no for c in reversed(new)][:3]
    rest = worklists.my_shift(actor=duty, limit=10, before_id=page[-1].id)
    assert [r.ticket_no for r in rest] == ([c.ticket_no for c in reversed(new)][3:]
                                           + [old.ticket_no])
    assert other.ticket_no not in [r.ticket_no for r in page + rest]
    assert rest[-1].is_open and rest[-1].assignee == "specialist one"
    found = worklists.my_shift(actor=duty, search="欠薪")
    assert [r.ticket_no for r in found] == [old.ticket_no]
    assert [r.subject for r in worklists.my_shift(actor=duty, search="100%")] == []
    counts = worklists.my_shift_counts(actor=duty)
    assert (counts.calls_this_shift, counts.open_tickets) == (5, 1)
    with pytest.raises(PermissionDenied):
        worklists.my_shift(actor=actors["secretary"])
