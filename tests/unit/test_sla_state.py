"""The SLA clock as a list shows it: on time, at risk (under 20 % of the allowed
time or under 24 h left), breached, paused while waiting on the caller (remaining
frozen), met / missed once stopped."""

import datetime as dt

import pytest

from hotline.domain.sla_state import clock_state

T = dt.datetime
H = dt.timedelta(hours=1)
START = T(2026, 10, 1, 9)


def test_plenty_of_time_left_is_on_time():
    due = START + 10 * 24 * H
    state = clock_state(due, now=START + 24 * H, started_at=START)
    assert state.state == "on_time"
    assert state.remaining == 9 * 24 * H


@pytest.mark.parametrize("left, expected", [
    (24 * H + dt.timedelta(seconds=1), "on_time"),
    (24 * H, "on_time"),
    (24 * H - dt.timedelta(seconds=1), "at_risk"),
    (dt.timedelta(seconds=1), "at_risk"),
    (dt.timedelta(0), "breached"),
    (-H, "breached"),
])
def test_under_24_hours_left_is_at_risk(left, expected):
    due = START + 3 * 24 * H
    state = clock_state(due, now=due - left, started_at=START)
    assert state.state == expected
    assert state.remaining == left


def test_under_a_fifth_of_the_allowed_time_is_at_risk_even_with_days_left():
    # 20 days allowed: 4 days (a fifth) is the line, far above the 24 h window.
    due = START + 20 * 24 * H
    assert clock_state(due, now=due - 4 * 24 * H, started_at=START).state == "on_time"
    assert clock_state(due, now=due - 4 * 24 * H + H,
                       started_at=START).state == "at_risk"
    # Without a start the fifth cannot be judged: only the 24 h window applies.
    assert clock_state(due, now=due - 3 * 24 * H).state == "on_time"


def test_short_clocks_are_at_risk_within_24_hours():
    # An urgent case with four hours allowed is at risk all along (the DESIGN wording).
    due = START + 4 * H
    assert clock_state(due, now=START, started_at=START).state == "at_risk"


def test_paused_clock_freezes_the_remaining_time():
    due = START + 48 * H
    paused = START + 10 * H
    for now in (paused, paused + 5 * H, paused + 100 * H):
        state = clock_state(due, now=now, started_at=START, paused_at=paused)
        assert state.state == "paused"
        assert state.remaining == 38 * H


def test_pause_after_the_deadline_does_not_stop_the_breach():
    due = START + 4 * H
    state = clock_state(due, now=START + 10 * H, started_at=START,
                        paused_at=START + 6 * H)
    assert state.state == "breached"
    assert state.remaining == -6 * H


def test_stopped_clock_is_met_or_missed():
    due = START + 4 * H
    met = clock_state(due, now=START + 50 * H, done_at=START + 3 * H)
    assert (met.state, met.remaining, met.overdue) == ("met", H, False)
    exact = clock_state(due, now=START + 50 * H, done_at=due)
    assert exact.state == "met"
    missed = clock_state(due, now=START + 50 * H, done_at=START + 6 * H,
                         paused_at=START + H)
    assert (missed.state, missed.remaining, missed.overdue) == ("missed", -2 * H, True)


def test_no_due_time_has_no_clock():
    state = clock_state(None, now=START, started_at=START)
    assert (state.state, state.remaining) == ("none", None)


def test_breached_is_overdue():
    state = clock_state(START, now=START + H)
    assert state.overdue and state.state == "breached"
