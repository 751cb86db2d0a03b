"""SLA clocks: 24×7 or business hours with holidays and make-up workdays (调休).

A business clock runs only during the opening hours of workdays. A workday is Monday
to Friday unless a Holiday row marks it off, or a Saturday/Sunday that a Holiday row
marks as a make-up workday.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..models import BusinessHours, Holiday, SlaPolicy

MAX_DAYS = 3 * 366  # a due time never lies further than this in the future


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


def load_calendar(around: dt.date | None = None) -> Calendar:
    hours = BusinessHours.get_or_none(BusinessHours.id == 1)
    start, end = (hours.start_minute, hours.end_minute) if hours else (540, 1080)
    exceptions = {h.day: h.is_workday for h in Holiday.select()}
    return Calendar(start, end, exceptions)


@dataclass(frozen=True)
class Policy:
    priority: str
    first_response_minutes: int
    resolution_minutes: int
    clock: str


def policy_for(priority: str) -> Policy | None:
    p = SlaPolicy.get_or_none(SlaPolicy.priority == priority)
    if p is None:
        return None
    return Policy(p.priority, p.first_response_minutes, p.resolution_minutes, p.clock)


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


def due_times(priority: str, received_at: dt.datetime,
              calendar: Calendar | None = None) -> tuple[dt.datetime | None,
                                                         dt.datetime | None]:
    """(first-response due, resolution due) for a ticket received at received_at."""
    policy = policy_for(priority)
    if policy is None:
        return None, None
    calendar = calendar or load_calendar()
    return (add_clock_time(received_at, policy.first_response_minutes, policy.clock,
                           calendar),
            add_clock_time(received_at, policy.resolution_minutes, policy.clock,
                           calendar))


def shift_for_pause(due: dt.datetime | None, paused_at: dt.datetime,
                    resumed_at: dt.datetime, priority: str,
                    calendar: Calendar | None = None) -> dt.datetime | None:
    """Move a due time later by the clock time spent waiting on the customer."""
    if due is None:
        return None
    policy = policy_for(priority)
    clock = policy.clock if policy else "24x7"
    calendar = calendar or load_calendar()
    paused = clock_time_between(paused_at, resumed_at, clock, calendar)
    if paused <= dt.timedelta():
        return due
    return add_clock_time(due, paused.total_seconds() / 60, clock, calendar)
