"""SLA clocks from the database: the business calendar and the policies are loaded
here; the arithmetic (24×7 or business hours with holidays and make-up workdays, the
pause while waiting on the customer) is `hotline.domain.sla`, shared with the demo."""

from __future__ import annotations

import datetime as dt

from ..domain import sla as clock_math
from ..domain.sla import (MAX_DAYS, Calendar, Policy, add_clock_time,  # noqa: F401
                          clock_time_between)
from ..models import BusinessHours, Holiday, SlaPolicy


def load_calendar(around: dt.date | None = None) -> Calendar:
    hours = BusinessHours.get_or_none(BusinessHours.id == 1)
    start, end = (hours.start_minute, hours.end_minute) if hours else (540, 1080)
    exceptions = {h.day: h.is_workday for h in Holiday.select()}
    return Calendar(start, end, exceptions)


def policy_for(priority: str) -> Policy | None:
    p = SlaPolicy.get_or_none(SlaPolicy.priority == priority)
    if p is None:
        return None
    return Policy(p.priority, p.first_response_minutes, p.resolution_minutes, p.clock)


def load_policies() -> dict[str, Policy]:
    """Every priority's policy (the demo loads them once)."""
    return {p.priority: Policy(p.priority, p.first_response_minutes,
                               p.resolution_minutes, p.clock)
            for p in SlaPolicy.select()}


def due_times(priority: str, received_at: dt.datetime,
              calendar: Calendar | None = None) -> tuple[dt.datetime | None,
                                                         dt.datetime | None]:
    """(first-response due, resolution due) for a ticket received at received_at."""
    policy = policy_for(priority)
    if policy is None:
        return None, None
    return clock_math.due_times(policy, received_at, calendar or load_calendar())


def shift_for_pause(due: dt.datetime | None, paused_at: dt.datetime,
                    resumed_at: dt.datetime, priority: str,
                    calendar: Calendar | None = None) -> dt.datetime | None:
    """Move a due time later by the clock time spent waiting on the customer."""
    if due is None:
        return None
    policy = policy_for(priority)
    return clock_math.shift_for_pause(due, paused_at, resumed_at,
                                      policy.clock if policy else "24x7",
                                      calendar or load_calendar())
