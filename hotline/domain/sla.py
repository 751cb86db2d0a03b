"""SLA clock arithmetic without a database (DESIGN §3): 24×7 or business hours on a
calendar with holidays and make-up workdays (调休), and the pause while a ticket
waits on the customer.

A business clock runs only during the opening hours of workdays. A workday is Monday
to Friday unless the calendar marks it off, or a Saturday/Sunday the calendar marks as
a make-up workday. `hotline.services.sla` loads the calendar and policies from the
database; the demo generator uses the same functions on the same rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MAX_DAYS = 3 * 366  # a due time never lies further than this in the future
CLOCKS = ("24x7", "business")


@dataclass(frozen=True)
class Calendar:
    start_minute: int  # opening time, minutes after midnight
    end_minute: int
    exceptions: dict  # date -> is_workday

    def is_workday(self, day: dt.date) -> bool:
        if day in self.exceptions:
            return self.exceptions[day]
        return day.weekday() < 5

    def _open_close(self, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
        base = dt.datetime.combine(day, dt.time())
        return (base + dt.timedelta(minutes=self.start_minute),
                base + dt.timedelta(minutes=self.end_minute))

    def add(self, start: dt.datetime, minutes: float) -> dt.datetime:
        """The moment `minutes` of business time after `start`."""
        remaining = dt.timedelta(minutes=minutes)
        day = start.date()
        cursor = start
        for _ in range(MAX_DAYS):
            if self.is_workday(day):
                opens, closes = self._open_close(day)
                begin = max(cursor, opens)
                if begin < closes:
                    available = closes - begin
                    if remaining <= available:
                        return begin + remaining
                    remaining -= available
            day += dt.timedelta(days=1)
            cursor = dt.datetime.combine(day, dt.time())
        raise ValueError("SLA due time beyond the calendar horizon")

    def between(self, a: dt.datetime, b: dt.datetime) -> dt.timedelta:
        """Business time between a and b (zero if b <= a)."""
        total = dt.timedelta()
        if b <= a:
            return total
        day = a.date()
        while day <= b.date():
            if self.is_workday(day):
                opens, closes = self._open_close(day)
                lo, hi = max(a, opens), min(b, closes)
                if hi > lo:
                    total += hi - lo
            day += dt.timedelta(days=1)
        return total


DEFAULT_CALENDAR = Calendar(540, 1080, {})


@dataclass(frozen=True)
class Policy:
    """The SLA of one priority: limits in minutes of its clock."""

    priority: str
    first_response_minutes: int
    resolution_minutes: int
    clock: str


def add_clock_time(start: dt.datetime, minutes: float, clock: str,
                   calendar: Calendar) -> dt.datetime:
    if clock == "24x7":
        return start + dt.timedelta(minutes=minutes)
    return calendar.add(start, minutes)


def clock_time_between(a: dt.datetime, b: dt.datetime, clock: str,
                       calendar: Calendar) -> dt.timedelta:
    if clock == "24x7":
        return max(b - a, dt.timedelta())
    return calendar.between(a, b)


def due_times(policy: Policy | None, start: dt.datetime, calendar: Calendar
              ) -> tuple[dt.datetime | None, dt.datetime | None]:
    """(first-response due, resolution due) of a clock started at `start`
    (received, or reopened: only the resolution due is used then)."""
    if policy is None:
        return None, None
    return (add_clock_time(start, policy.first_response_minutes, policy.clock,
                           calendar),
            add_clock_time(start, policy.resolution_minutes, policy.clock, calendar))


def resolution_due(policy: Policy | None, start: dt.datetime, calendar: Calendar
                   ) -> dt.datetime | None:
    if policy is None:
        return None
    return add_clock_time(start, policy.resolution_minutes, policy.clock, calendar)


def shift_for_pause(due: dt.datetime | None, paused_at: dt.datetime,
                    resumed_at: dt.datetime, clock: str, calendar: Calendar
                    ) -> dt.datetime | None:
    """A due time moved later by the clock time spent waiting on the customer.

    A due time that had already passed when the wait began stays where it is: the
    deadline was missed before the clock stopped, and a later pause cannot move a
    missed deadline out of the month it fell in."""
    if due is None or paused_at is None or paused_at >= due:
        return due
    paused = clock_time_between(paused_at, resumed_at, clock, calendar)
    if paused <= dt.timedelta():
        return due
    return add_clock_time(due, paused.total_seconds() / 60, clock, calendar)
