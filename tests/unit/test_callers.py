"""Caller lookup by phone with history, warnings and confidentiality."""

import datetime as dt

import pytest

from hotline.models import Caller
from hotline.services import callers, calls, clock
from hotline.services.errors import ValidationError


def log(actors, phone, subject, **kw):
    return calls.log_call(actor=actors["duty_officer"], phone=phone,
                          subject=subject, **{"outcome": "answered", **kw})


def test_history_finds_every_spelling_of_the_number(actors):
    log(actors, "+86 138-0013-8000", "第一次")
    log(actors, "0086 13800138000", "第二次")
    log(actors, "13900000000", "别人")
    h = callers.caller_history(actor=actors["duty_officer"], phone="138 0013 8000")
    assert h.phone == "13800138000" and h.total_calls == 2
    assert [c.subject for c in h.calls] == ["第二次", "第一次"]  # newest first
    assert Caller.select().where(Caller.phone == "13800138000").count() == 1


def test_open_tickets_and_frequent_caller_warning(actors, monkeypatch):
    t0 = dt.datetime(2026, 11, 2, 10)
    for day in range(5):
        monkeypatch.setattr(clock, "now", lambda d=day: t0 + dt.timedelta(days=d))
        log(actors, "13700000001", f"第{day + 1}次")
    monkeypatch.setattr(clock, "now", lambda: t0 + dt.timedelta(days=5))
    ticket = log(actors, "13700000001", "欠薪", outcome="transferred",
                 assignee_id=actors["specialist"].id)
    h = callers.caller_history(actor=actors["duty_officer"], phone="13700000001")
    assert h.frequent and h.recent_calls == 6
    assert [t.ticket_no for t in h.open_tickets] == [ticket.ticket_no]
    # 40 days later the calls no longer count as recent
    monkeypatch.setattr(clock, "now", lambda: t0 + dt.timedelta(days=45))
    later = callers.caller_history(actor=actors["duty_officer"], phone="13700000001")
    assert not later.frequent and later.total_calls == 6


def test_flagged_caller_and_notes(actors):
    callers.update_caller(actor=actors["duty_officer"], phone="13600000000",
                          name="王某", flagged=True, flag_reason="多次辱骂接线员")
    h = callers.caller_history(actor=actors["specialist"], phone="13600000000")
    assert h.flagged and any("多次辱骂接线员" in w for w in h.warnings)
    assert h.name == "王某" and h.total_calls == 0


def test_confidential_subjects_hidden_from_other_officers(actors):
    log(actors, "13500000000", "家暴求助", confidential=True)
    other = actors["specialist"]
    seen = callers.caller_history(actor=other, phone="13500000000").calls[0]
    assert seen.confidential and seen.subject == ""
    sup = callers.caller_history(actor=actors["supervisor"], phone="13500000000")
    assert sup.calls[0].subject == "家暴求助"


def test_typed_prefix_suggests_known_numbers(actors):
    log(actors, "13800138000", "a")
    log(actors, "13800139999", "b")
    log(actors, "13900000000", "c")
    assert callers.match_phones(actor=actors["duty_officer"], prefix="1380013") == [
        "13800138000", "13800139999"]
    assert callers.match_phones(actor=actors["duty_officer"], prefix="13") == []


def test_bad_numbers_name_the_field(actors):
    with pytest.raises(ValidationError) as err:
        callers.caller_history(actor=actors["duty_officer"], phone="")
    assert err.value.field == "phone"
    with pytest.raises(ValidationError) as err:
        callers.caller_history(actor=actors["duty_officer"], phone="abc")
    assert err.value.field == "phone"
