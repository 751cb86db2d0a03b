"""Where an SLA clock stands now, without a database (issue 8 item 3).

`clock_state(due, now=…, started_at=…, paused_at=…, done_at=…)` tells a list or the
case window what to show next to a due time:

- ``met`` / ``missed``: the clock has stopped for good (responded, resolved) at or
  before / after the due time; ``remaining`` is due − done (negative when missed).
- ``paused``: the case waits on the caller; the remaining time is frozen at the
  moment the wait began (due − paused_at). A due time that had already passed when
  the wait began is not paused: resuming will not move it (domain/sla.py
  shift_for_pause), so the clock shows ``breached`` and keeps counting.
- ``breached``: the due time has passed (``remaining`` ≤ 0, how long overdue).
- ``at_risk``: less than 20 % of the allowed time (due − started_at) or less than
  24 hours is left.
- ``on_time``: otherwise.
- ``none``: no due time (no SLA policy for the priority).

The allowed time is wall time between the clock's start and its due time, so on a
business-hours clock a pause or a weekend counts in it as it does in `remaining`.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

STATES = ("on_time", "at_risk", "breached", "paused", "met", "missed", "none")
AT_RISK_FRACTION = 0.2
AT_RISK_WINDOW = dt.timedelta(hours=24)
_ZERO = dt.timedelta()


class ClockState(NamedTuple):
    """Immutable (a named tuple: the lists build two per row, so it is cheap)."""

    state: str
    remaining: dt.timedelta | None  # due − now (frozen while paused); < 0 overdue

    @property
    def overdue(self) -> bool:
        return self.state in ("breached", "missed")


def clock_state(due: dt.datetime | None, *, now: dt.datetime,
                started_at: dt.datetime | None = None,
                paused_at: dt.datetime | None = None,
                done_at: dt.datetime | None = None,
                at_risk_fraction: float = AT_RISK_FRACTION,
                at_risk_window: dt.timedelta = AT_RISK_WINDOW) -> ClockState:
    """The state of one clock (first response or resolution) at `now`."""
    if due is None:
        return ClockState("none", None)
    if done_at is not None:
        remaining = due - done_at
        return ClockState("met" if remaining >= _ZERO else "missed", remaining)
    if paused_at is not None and paused_at < due:
        return ClockState("paused", due - paused_at)
    remaining = due - now
    if remaining <= _ZERO:
        return ClockState("breached", remaining)
    if remaining < at_risk_window:
        return ClockState("at_risk", remaining)
    if started_at is not None and started_at < due:
        allowed = due - started_at
        if remaining < allowed * at_risk_fraction:
            return ClockState("at_risk", remaining)
    return ClockState("on_time", remaining)
