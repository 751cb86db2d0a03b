"""The supervisor's live dashboard (DESIGN §12, issue 11 item 1).

Two reads, refreshed on their own clocks by the page:

- `counts()` (every 30 s): today's calls (by hour, and against the same weekday of
  the four weeks before up to the same time of day), who is on shift, the open
  cases (waiting for dispatch, waiting to be signed for, due soon, overdue, the
  oldest, by status and by SLA state), the call backs due, the hot topics of the
  day and the per-agent table of today. A handful of aggregate statements over
  today's calls (the `received_at` index) and over the open cases (the partial
  index of open cases, migration 10), so it costs the same at 1,000,000 calls as
  at 1,000.
- `rates()` (every 5 min): month to date from the §5 indicators (`indicators
  .compute`: on-time resolution, satisfaction), the spot-check progress
  (reviews done against the month's drawn samples, mean, open and overdue
  rectifications: services/quality.py) and the same weekday's hourly average of
  the four weeks before (the chart's line).

Each tile carries its level, "ok", "warn" or "alarm", from the thresholds (Setting
rows `dashboard.*`, edited by the director with `set_thresholds`). `tile_cases`
gives exactly the cases behind a tile (the drill-down).

Definitions (documented, tested):
- open: status new, assigned, in_progress, pending_customer or reopened.
- SLA state of an open case, from its resolution due time (domain/sla_state.py):
  ``none`` without one; ``paused`` while it waits on the caller since before the
  due time; ``overdue`` when the due time has passed; ``warning`` when it falls
  within the warning window (a threshold, default 2 h); ``on_track`` otherwise.
  已超时 counts ``overdue``, 即将超时 ``warning``.
- 待派: open cases with nobody assigned; 待签收: open cases assigned but not
  signed for yet (status new or assigned, no signed_at).
- 今日来电: every call received since 00:00 (center time); the comparison is the
  mean count of the same weekday of the four weeks before, from 00:00 to the same
  time of day.
- 热点诉求: the five leaf categories with most valid calls today (non-service
  outcomes left out); a spike when today's count ≥ spike factor × the daily mean
  of the seven days before (a topic absent from those days is a spike).
- per agent, today: calls logged (creator), open cases held and overdue held
  (assignee), resolved today (resolutions made today while the case was theirs),
  on shift now.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, fields

from ..domain.workflow import NON_SERVICE_OUTCOMES, OPEN_STATUSES, STATUSES
from ..models import QaSample, Setting, db
from ..storage.dialect import is_sqlite
from . import clock, indicators, quality, queues, validation
from .base import Actor, audit, service
from .callers import read_datetime
from .case_access import visible_calls
from .errors import ValidationError

LEVELS = ("ok", "warn", "alarm")
TILES = ("calls_today", "on_shift", "waiting", "due_soon", "overdue", "oldest",
         "on_time", "callbacks", "qa", "hot")
SLA_STATES = ("on_track", "warning", "overdue", "paused", "none")
COUNTS_INTERVAL_S = 30
RATES_INTERVAL_S = 300
MAX_LIMIT = 500
WEEKS_BACK = 4
SPIKE_DAYS = 7
HOT_TOP = 5

_OPEN = "c.status IN (" + ", ".join(f"'{s}'" for s in OPEN_STATUSES) + ")"
_UNSIGNED = "c.status IN ('new', 'assigned') AND c.signed_at IS NULL"
_VALID = "c.outcome NOT IN (" + ", ".join(f"'{s}'" for s in NON_SERVICE_OUTCOMES) + ")"
_PAUSED = "(c.paused_at IS NOT NULL AND c.paused_at < c.resolution_due)"
_NOT_PAUSED = "(c.paused_at IS NULL OR c.paused_at >= c.resolution_due)"


# ----------------------------------------------------------------- thresholds

@dataclass(frozen=True)
class Thresholds:
    """Where a tile turns amber (warn) or red (alarm). Rates in whole percent."""

    warning_window_minutes: int = 120  # 即将超时: due within this
    due_soon_alarm: int = 6  # 即将超时: 1 … alarm-1 warn, ≥ alarm
    overdue_alarm: int = 1  # 已超时 ≥ this: alarm
    waiting_warn: int = 6  # 待派 + 待签收 ≥ this: warn
    waiting_alarm: int = 11  # … ≥ this: alarm
    oldest_warn_hours: int = 24  # 最久未处理 older than this: warn
    oldest_alarm_hours: int = 72  # … older than this: alarm
    on_time_warn_pct: int = 95  # 按时办结率 below this: warn
    on_time_alarm_pct: int = 90  # … below this: alarm
    satisfaction_warn_pct: int = 90  # 满意率 below this: warn
    satisfaction_alarm_pct: int = 85  # … below this: alarm
    spike_factor_pct: int = 200  # 热点: today ≥ this % of the 7-day daily mean
    surge_factor_pct: int = 150  # 今日来电 ≥ this % of the same weekday: warn


KEY_PREFIX = "dashboard."
# field -> (minimum, maximum)
RANGES = {
    "warning_window_minutes": (1, 7 * 24 * 60),
    "due_soon_alarm": (1, 100_000), "overdue_alarm": (1, 100_000),
    "waiting_warn": (1, 100_000), "waiting_alarm": (1, 100_000),
    "oldest_warn_hours": (1, 24 * 365), "oldest_alarm_hours": (1, 24 * 365),
    "on_time_warn_pct": (0, 100), "on_time_alarm_pct": (0, 100),
    "satisfaction_warn_pct": (0, 100), "satisfaction_alarm_pct": (0, 100),
    "spike_factor_pct": (100, 10_000), "surge_factor_pct": (100, 10_000),
}
# (warn field, alarm field, "alarm above warn" or "alarm below warn")
_PAIRS = (("waiting_warn", "waiting_alarm", "above"),
          ("oldest_warn_hours", "oldest_alarm_hours", "above"),
          ("on_time_warn_pct", "on_time_alarm_pct", "below"),
          ("satisfaction_warn_pct", "satisfaction_alarm_pct", "below"))
THRESHOLD_FIELDS = tuple(f.name for f in fields(Thresholds))


def _read_thresholds() -> Thresholds:
    values = {}
    rows = (Setting.select(Setting.key, Setting.value)
            .where(Setting.key.startswith(KEY_PREFIX)).tuples())
    for key, value in rows:
        name = key[len(KEY_PREFIX):]
        if name in RANGES:
            try:
                values[name] = int(value)
            except (TypeError, ValueError):
                pass  # a damaged value: the default stands
    return Thresholds(**values)


def _check_pairs(t: Thresholds) -> None:
    for warn, alarm, way in _PAIRS:
        w, a = getattr(t, warn), getattr(t, alarm)
        if way == "above" and a < w:
            raise ValidationError(alarm, f"must be at least {w}", code="too_small",
                                  minimum=w)
        if way == "below" and a > w:
            raise ValidationError(alarm, f"must be at most {w}", code="too_large",
                                  maximum=w)


@service("dashboard.view")
def get_thresholds(*, actor: Actor) -> Thresholds:
    """The dashboard's thresholds (defaults where none was set)."""
    return _read_thresholds()


@service("config.manage", writes=True)
def set_thresholds(*, actor: Actor, warning_window_minutes: int | None = None,
                   due_soon_alarm: int | None = None, overdue_alarm: int | None = None,
                   waiting_warn: int | None = None, waiting_alarm: int | None = None,
                   oldest_warn_hours: int | None = None,
                   oldest_alarm_hours: int | None = None,
                   on_time_warn_pct: int | None = None,
                   on_time_alarm_pct: int | None = None,
                   satisfaction_warn_pct: int | None = None,
                   satisfaction_alarm_pct: int | None = None,
                   spike_factor_pct: int | None = None,
                   surge_factor_pct: int | None = None) -> Thresholds:
    """Change the thresholds given (whole numbers; None leaves one as it is);
    each is checked with an error naming the field, the pairs stay in order
    (alarm beyond warn), and the change is audited (field names; the numbers
    where the audit rules keep them)."""
    values = {k: v for k, v in locals().items()
              if k in RANGES and v is not None}
    old = _read_thresholds()
    new = {}
    for name, value in values.items():
        low, high = RANGES[name]
        new[name] = validation.integer(name, value, minimum=low, maximum=high)
    merged = Thresholds(**{**old.__dict__, **new})
    _check_pairs(merged)
    changed = {k: v for k, v in new.items() if getattr(old, k) != v}
    for name, value in changed.items():
        key = KEY_PREFIX + name
        if Setting.get_or_none(Setting.key == key) is None:
            Setting.create(key=key, value=str(value))
        else:
            Setting.update(value=str(value)).where(Setting.key == key).execute()
    if changed:
        audit(actor, "setting", "dashboard", "update",
              {k: getattr(old, k) for k in changed}, changed)
    return merged


# ----------------------------------------------------------------- results

@dataclass(frozen=True)
class OnShift:
    user_id: int
    name: str
    label: str
    ends_at: dt.datetime


@dataclass(frozen=True)
class OldestCase:
    call_id: int
    ticket_no: str
    received_at: dt.datetime
    age_hours: float


@dataclass(frozen=True)
class HotTopic:
    category_id: int
    name: str  # "parent/leaf"
    today: int
    daily_mean_7d: float
    spike: bool


@dataclass(frozen=True)
class AgentToday:
    user_id: int
    name: str
    role: str
    calls_logged: int
    open_held: int
    overdue_held: int
    resolved_today: int
    on_shift: bool


@dataclass(frozen=True)
class Counts:
    read_at: dt.datetime
    calls_today: int
    valid_today: int
    calls_by_hour: tuple[int, ...]  # 24 counts, today
    same_weekday_so_far: float  # mean of the 4 weeks before, 00:00 to this time
    on_shift: tuple[OnShift, ...]
    waiting_dispatch: int
    waiting_sign: int
    due_soon: int
    overdue: int
    oldest: OldestCase | None
    open_total: int
    open_by_status: dict  # status -> count (every open status)
    open_by_sla: dict  # SLA_STATES -> count
    callbacks_due: int
    hot: tuple[HotTopic, ...]
    agents: tuple[AgentToday, ...]
    thresholds: Thresholds
    levels: dict  # tile -> ok | warn | alarm (the tiles this part fills)


@dataclass(frozen=True)
class QaProgress:
    month: str
    done: int  # reviews made this month
    target: int | None  # the cases drawn for the month (None: nothing drawn yet)
    expected_by_now: float | None  # target pro rata of the month gone
    mean: float | None
    open_rectifications: int
    overdue_rectifications: int


@dataclass(frozen=True)
class Rates:
    read_at: dt.datetime
    month: str
    on_time_rate: float | None  # 0–1, month to date
    satisfaction_rate: float | None
    satisfaction_mean: float | None
    callback_rate: float | None
    resolved: int
    qa: QaProgress
    weekday_hourly_mean: tuple[float, ...]  # 24 means, same weekday, 4 weeks before
    thresholds: Thresholds
    levels: dict


@dataclass(frozen=True)
class TileCase:
    """A row of a tile's list: no caller data (name, phone) is carried."""

    id: int
    ticket_no: str
    received_at: dt.datetime
    status: str
    priority: str
    category: str
    subject: str
    assignee_id: int | None
    assignee: str
    resolution_due: dt.datetime | None
    sla_state: str
    confidential: bool


# ----------------------------------------------------------------- SQL helpers

class _Q:
    """SQL written with '?' placeholders on either backend; datetimes compared as
    the text SQLite stores."""

    def __init__(self):
        self.sqlite = is_sqlite()
        self.p = db.obj.param

    def val(self, v):
        if self.sqlite and isinstance(v, dt.datetime):
            return str(v)
        return v

    def rows(self, sql: str, params=()) -> list[tuple]:
        if self.p != "?":
            sql = sql.replace("?", self.p)
        return db.execute_sql(sql, [self.val(v) for v in params]).fetchall()

    def one(self, sql: str, params=()) -> tuple:
        return self.rows(sql, params)[0]

    def hour(self, column: str) -> str:
        if self.sqlite:
            return f"CAST(substr({column}, 12, 2) AS INTEGER)"
        return f"CAST(EXTRACT(HOUR FROM {column}) AS INTEGER)"


def _time(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return read_datetime(value)


def _day_start(now: dt.datetime) -> dt.datetime:
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


def _sla_case() -> str:
    """An SQL CASE giving the SLA state of an open case (the module's definition);
    its two parameters are now and the end of the warning window."""
    return ("CASE WHEN c.resolution_due IS NULL THEN 'none' "
            f"WHEN {_PAUSED} THEN 'paused' "
            "WHEN c.resolution_due <= ? THEN 'overdue' "
            "WHEN c.resolution_due <= ? THEN 'warning' "
            "ELSE 'on_track' END")


# ----------------------------------------------------------------- levels

def _above(value, warn, alarm) -> str:
    if value is None:
        return "ok"
    return "alarm" if value >= alarm else "warn" if value >= warn else "ok"


def _below_pct(rate, warn_pct, alarm_pct) -> str:
    if rate is None:
        return "ok"
    pct = rate * 100
    return "alarm" if pct < alarm_pct else "warn" if pct < warn_pct else "ok"


def counts_levels(c: "Counts | dict", t: Thresholds) -> dict:
    """The levels of the tiles the counts fill (a Counts or its values): 今日来电
    warn at ≥ surge factor × the same weekday so far; 值班人员 alarm when nobody is
    on shift; 待派/待签收 by their sum; 即将超时 warn from 1, alarm at its
    threshold; 已超时 alarm at its threshold; 最久未处理 by its age in hours;
    热点诉求 warn when a topic spikes."""
    get = (c.get if isinstance(c, dict) else lambda k: getattr(c, k))
    surge = get("same_weekday_so_far")
    calls = get("calls_today")
    oldest = get("oldest")
    return {
        "calls_today": "warn" if surge and calls * 100 >= surge * t.surge_factor_pct
        else "ok",
        "on_shift": "ok" if get("on_shift") else "alarm",
        "waiting": _above(get("waiting_dispatch") + get("waiting_sign"),
                          t.waiting_warn, t.waiting_alarm),
        "due_soon": _above(get("due_soon"), 1, t.due_soon_alarm),
        "overdue": "alarm" if get("overdue") >= t.overdue_alarm else "ok",
        "oldest": "ok" if oldest is None else
        "alarm" if oldest.age_hours > t.oldest_alarm_hours else
        "warn" if oldest.age_hours > t.oldest_warn_hours else "ok",
        "hot": "warn" if any(h.spike for h in get("hot")) else "ok",
    }


def rates_levels(r: "Rates | dict", t: Thresholds) -> dict:
    """按时办结率 and 满意率 (the call-back tile) warn / alarm below their levels
    (no figure yet: ok); 质检进度 alarm with an overdue rectification, warn when
    fewer reviews are done than the month's target pro rata."""
    get = (r.get if isinstance(r, dict) else lambda k: getattr(r, k))
    qa = get("qa")
    if qa.overdue_rectifications:
        qa_level = "alarm"
    elif qa.expected_by_now is not None and qa.done < int(qa.expected_by_now):
        qa_level = "warn"
    else:
        qa_level = "ok"
    return {
        "on_time": _below_pct(get("on_time_rate"), t.on_time_warn_pct,
                              t.on_time_alarm_pct),
        "callbacks": _below_pct(get("satisfaction_rate"), t.satisfaction_warn_pct,
                                t.satisfaction_alarm_pct),
        "qa": qa_level,
    }


# ----------------------------------------------------------------- counts

@service("dashboard.view")
def counts(*, actor: Actor) -> Counts:
    """The 30-second part of the dashboard, read in one snapshot."""
    with indicators.snapshot():
        return _counts(actor)


def _counts(actor: Actor) -> Counts:
    q = _Q()
    now = clock.now()
    t = _read_thresholds()
    day = _day_start(now)
    tomorrow = day + dt.timedelta(days=1)
    soon = now + dt.timedelta(minutes=t.warning_window_minutes)

    # today's calls by hour and by who logged them (received_at index)
    by_hour = [0] * 24
    logged: dict[int, int] = {}
    calls_today = valid_today = 0
    for hour, creator, n, valid in q.rows(
            f"SELECT {q.hour('c.received_at')}, c.creator_id, COUNT(*), "
            f"SUM(CASE WHEN {_VALID} THEN 1 ELSE 0 END) FROM \"call\" c "
            "WHERE c.received_at >= ? AND c.received_at < ? GROUP BY 1, 2",
            (day, tomorrow)):
        by_hour[int(hour)] += n
        calls_today += n
        valid_today += int(valid or 0)
        if creator is not None:
            logged[creator] = logged.get(creator, 0) + n
    # the same weekday of the 4 weeks before, 00:00 to this time of day
    ranges = []
    for k in range(1, WEEKS_BACK + 1):
        ranges += [day - dt.timedelta(weeks=k), now - dt.timedelta(weeks=k)]
    same = q.one("SELECT " + " + ".join(
        ['(SELECT COUNT(*) FROM "call" c WHERE c.received_at >= ? '
         'AND c.received_at < ?)'] * WEEKS_BACK), ranges)[0]
    same_weekday = round((same or 0) / WEEKS_BACK, 2)

    # on shift now
    shifts = q.rows(
        'SELECT s.user_id, u.display_name, s.label, s.ends_at FROM "shift" s '
        'JOIN "user" u ON u.id = s.user_id '
        "WHERE s.starts_at <= ? AND s.ends_at > ? ORDER BY s.ends_at, u.display_name",
        (now, now))
    on_shift = tuple(OnShift(uid, name, label or "", _time(ends))
                     for uid, name, label, ends in shifts)

    # the open cases (partial index of open cases), by status, SLA state, assignee
    open_by_status = dict.fromkeys(OPEN_STATUSES, 0)
    open_by_sla = dict.fromkeys(SLA_STATES, 0)
    held: dict[int, list[int]] = {}
    waiting_dispatch = waiting_sign = 0
    first_received = first_raw = None
    for status, assignee, state, n, unsigned, received in q.rows(
            f"SELECT c.status, c.assignee_id, {_sla_case()}, COUNT(*), "
            f"SUM(CASE WHEN {_UNSIGNED} THEN 1 ELSE 0 END), MIN(c.received_at) "
            f'FROM "call" c WHERE {_OPEN} GROUP BY 1, 2, 3', (now, soon)):
        when = _time(received)
        if first_received is None or when < first_received:
            first_received, first_raw = when, received  # raw: as stored
        open_by_status[status] = open_by_status.get(status, 0) + n
        open_by_sla[state] += n
        if assignee is None:
            waiting_dispatch += n
        else:
            waiting_sign += int(unsigned or 0)
            mine = held.setdefault(assignee, [0, 0])
            mine[0] += n
            if state == "overdue":
                mine[1] += n
    # the oldest: the open case received first (looked up by its time: ordering
    # all calls by received_at would walk the closed ones first)
    oldest = None
    row = [] if first_received is None else q.rows(
        f'SELECT c.id, c.ticket_no FROM "call" c WHERE c.received_at = ? '
        f"AND {_OPEN} ORDER BY c.id LIMIT 1", (first_raw,))
    if row:
        oldest = OldestCase(row[0][0], row[0][1], first_received, round(
            (now - first_received).total_seconds() / 3600, 2))

    # resolved today, by the assignee at the resolution
    resolved = dict(q.rows(
        "SELECT r.assignee_id, COUNT(DISTINCT r.call_id) FROM case_resolution r "
        "WHERE r.resolved_at >= ? AND r.resolved_at < ? "
        "AND r.assignee_id IS NOT NULL GROUP BY 1", (day, tomorrow)))

    callbacks_due = queues.queue_counts(actor=actor).callbacks or 0
    hot = _hot_topics(q, day, tomorrow, t)

    # the per-agent table: the people who log or work cases, and anyone with a
    # figure today or on shift
    on_shift_ids = {s.user_id for s in on_shift}
    ids = set(logged) | set(held) | set(resolved) | on_shift_ids
    users = q.rows(
        'SELECT u.id, u.display_name, u.role, u.active FROM "user" u '
        "WHERE u.role IN ('duty_officer', 'specialist') OR u.id IN ("
        + (", ".join(str(int(i)) for i in ids) or "0") + ")")
    agents = []
    for uid, name, role, active in users:
        if not active and uid not in ids:
            continue
        h = held.get(uid, [0, 0])
        agents.append(AgentToday(uid, name, role, logged.get(uid, 0), h[0], h[1],
                                 resolved.get(uid, 0), uid in on_shift_ids))
    agents.sort(key=lambda a: (not a.on_shift, -a.open_held, a.name, a.user_id))

    values = dict(
        read_at=now, calls_today=calls_today, valid_today=valid_today,
        calls_by_hour=tuple(by_hour), same_weekday_so_far=same_weekday,
        on_shift=on_shift, waiting_dispatch=waiting_dispatch,
        waiting_sign=waiting_sign, due_soon=open_by_sla["warning"],
        overdue=open_by_sla["overdue"], oldest=oldest,
        open_total=sum(open_by_status.values()), open_by_status=open_by_status,
        open_by_sla=open_by_sla, callbacks_due=callbacks_due, hot=hot,
        agents=tuple(agents), thresholds=t)
    return Counts(**values, levels=counts_levels(values, t))


def _hot_topics(q: _Q, day: dt.datetime, tomorrow: dt.datetime, t: Thresholds
                ) -> tuple[HotTopic, ...]:
    # the day's top categories with their names (one round trip)
    top = q.rows(
        "SELECT t.category_id, t.n, cat.name, par.name FROM ("
        f'SELECT c.category_id, COUNT(*) AS n FROM "call" c '
        f"WHERE c.received_at >= ? AND c.received_at < ? AND {_VALID} "
        "AND c.category_id IS NOT NULL GROUP BY c.category_id "
        f"ORDER BY COUNT(*) DESC, c.category_id LIMIT {HOT_TOP}) t "
        'JOIN "category" cat ON cat.id = t.category_id '
        'LEFT JOIN "category" par ON par.id = cat.parent_id '
        "ORDER BY t.n DESC, t.category_id", (day, tomorrow))
    if not top:
        return ()
    ids = [int(r[0]) for r in top]
    marks = ", ".join("?" * len(ids))
    week = day - dt.timedelta(days=SPIKE_DAYS)
    # The seven days' calls of these categories. Read through the category index
    # from the first id received in the week (every call of the week has an id at
    # or above it, whatever order calls were saved in): the received_at range
    # would fetch every call of the week from the table, the category index alone
    # every call of those categories ever (SQLite, without statistics, takes it;
    # "+" keeps it off the received_at index there).
    # PostgreSQL, with its statistics, plans the plain query well (and would walk
    # the primary key for MIN(id) under a range on another column).
    if q.sqlite:
        first = q.one('SELECT MIN(c.id) FROM "call" c '
                      "WHERE c.received_at >= ? AND c.received_at < ?", (week, day))[0]
        before = {} if first is None else dict(q.rows(
            f'SELECT c.category_id, COUNT(*) FROM "call" c '
            f"WHERE c.category_id IN ({marks}) AND c.id >= ? "
            f"AND +c.received_at >= ? AND +c.received_at < ? AND {_VALID} "
            "GROUP BY 1", [*ids, first, week, day]))
    else:
        before = dict(q.rows(
            f'SELECT c.category_id, COUNT(*) FROM "call" c '
            f"WHERE c.received_at >= ? AND c.received_at < ? "
            f"AND c.category_id IN ({marks}) AND {_VALID} GROUP BY 1",
            [week, day, *ids]))
    out = []
    for cid, n, name, parent in top:
        mean = (before.get(cid, 0)) / SPIKE_DAYS
        spike = n > 0 and n * 100 >= mean * t.spike_factor_pct  # new: a spike
        out.append(HotTopic(cid, f"{parent}/{name}" if parent else (name or ""), n,
                            round(mean, 2), spike))
    return tuple(out)


# ----------------------------------------------------------------- rates

def _month_of(now: dt.datetime) -> tuple[str, dt.datetime, dt.datetime]:
    start = _day_start(now).replace(day=1)
    nxt = (start + dt.timedelta(days=32)).replace(day=1)
    return f"{start:%Y-%m}", start, nxt


@service("dashboard.view")
def rates(*, actor: Actor) -> Rates:
    """The 5-minute part: month-to-date rates (the §5 indicators), spot-check
    progress and the same weekday's hourly mean."""
    now = clock.now()
    t = _read_thresholds()
    month, start, nxt = _month_of(now)
    with indicators.snapshot():
        # month to date, now included (the clock has milliseconds)
        figures = indicators.compute(start, min(now + dt.timedelta(milliseconds=1),
                                                nxt))
        qa = _qa_progress(actor, month, start, nxt, now)
        hourly = _weekday_hourly(_Q(), now)
    values = dict(
        read_at=now, month=month,
        on_time_rate=figures.get("on_time_resolution_rate"),
        satisfaction_rate=figures.get("satisfaction_rate"),
        satisfaction_mean=figures.get("satisfaction_mean"),
        callback_rate=figures.get("callback_rate"),
        resolved=figures.get("resolved") or 0, qa=qa,
        weekday_hourly_mean=hourly, thresholds=t)
    return Rates(**values, levels=rates_levels(values, t))


def _qa_progress(actor: Actor, month: str, start: dt.datetime, nxt: dt.datetime,
                 now: dt.datetime) -> QaProgress:
    figures = quality.qa_figures(actor=actor, month=month)
    overdue = quality.overdue_rectifications(actor=actor)
    # the latest draw of each agent's month stands (services/quality.py)
    latest: dict[int, QaSample] = {}
    for row in (QaSample.select().where(QaSample.month == month)
                .order_by(QaSample.drawn_at, QaSample.id)):
        latest[row.agent_id] = row
    target = None
    expected = None
    if latest:
        target = sum(len(set(json.loads(r.drawn_ids)) | set(json.loads(
            r.mandatory_ids))) for r in latest.values())
        gone = (now - start) / (nxt - start)
        expected = round(target * min(max(gone, 0.0), 1.0), 2)
    return QaProgress(month, figures.reviews, target, expected, figures.mean,
                      figures.rectifications_open, len(overdue))


def _weekday_hourly(q: _Q, now: dt.datetime) -> tuple[float, ...]:
    day = _day_start(now)
    by_hour = [0] * 24
    where = " OR ".join(["(c.received_at >= ? AND c.received_at < ?)"] * WEEKS_BACK)
    params = []
    for k in range(1, WEEKS_BACK + 1):
        start = day - dt.timedelta(weeks=k)
        params += [start, start + dt.timedelta(days=1)]
    for hour, n in q.rows(f"SELECT {q.hour('c.received_at')}, COUNT(*) "
                          f'FROM "call" c WHERE {where} GROUP BY 1', params):
        by_hour[int(hour)] += n
    return tuple(round(n / WEEKS_BACK, 2) for n in by_hour)


# ----------------------------------------------------------------- drill-down

_ROW_SQL = (
    "SELECT c.id, c.ticket_no, c.received_at, c.status, c.priority, c.subject, "
    "c.assignee_id, u.display_name, c.resolution_due, cat.name, par.name, "
    "c.confidential, c.paused_at "
    'FROM "call" c '
    'LEFT JOIN "category" cat ON c.category_id = cat.id '
    'LEFT JOIN "category" par ON cat.parent_id = par.id '
    'LEFT JOIN "user" u ON c.assignee_id = u.id ')


def _tile_condition(tile: str, now: dt.datetime, t: Thresholds
                    ) -> tuple[str, list, str]:
    """(condition, parameters, order) of a tile's cases."""
    soon = now + dt.timedelta(minutes=t.warning_window_minutes)
    day = _day_start(now)
    tomorrow = day + dt.timedelta(days=1)
    due_order = "c.resolution_due, c.id"
    if tile == "overdue":
        return (f"{_OPEN} AND c.resolution_due IS NOT NULL AND {_NOT_PAUSED} "
                "AND c.resolution_due <= ?", [now], due_order)
    if tile == "due_soon":
        return (f"{_OPEN} AND c.resolution_due IS NOT NULL AND {_NOT_PAUSED} "
                "AND c.resolution_due > ? AND c.resolution_due <= ?", [now, soon],
                due_order)
    if tile == "waiting_dispatch":
        return f"{_OPEN} AND c.assignee_id IS NULL", [], "c.received_at, c.id"
    if tile == "waiting_sign":
        return (f"{_OPEN} AND c.assignee_id IS NOT NULL AND {_UNSIGNED}", [],
                "c.received_at, c.id")
    if tile == "waiting":
        return (f"{_OPEN} AND (c.assignee_id IS NULL OR ({_UNSIGNED}))", [],
                "c.received_at, c.id")
    if tile in ("oldest", "open"):
        return _OPEN, [], "c.received_at, c.id"
    if tile == "calls_today":
        return ("c.received_at >= ? AND c.received_at < ?", [day, tomorrow],
                "c.received_at DESC, c.id DESC")
    if tile == "hot":  # today's valid calls of the day's top categories
        top = [h.category_id for h in _hot_topics(_Q(), day, tomorrow, t)] or [0]
        return (f"c.received_at >= ? AND c.received_at < ? AND {_VALID} "
                f"AND c.category_id IN ({', '.join('?' * len(top))})",
                [day, tomorrow, *top], "c.received_at DESC, c.id DESC")
    kind, _, arg = tile.partition(":")
    if kind in ("hot", "agent", "agent_overdue", "status", "sla", "logged",
                "resolved_by") and arg:
        if kind == "status":
            validation.choice("tile", arg, STATUSES)
            return f"{_OPEN} AND c.status = ?", [arg], "c.received_at, c.id"
        if kind == "sla":
            validation.choice("tile", arg, SLA_STATES)
            return (f"{_OPEN} AND {_sla_case()} = ?", [now, soon, arg],
                    "c.received_at, c.id")
        ident = validation.integer("tile", arg, minimum=1)
        if kind == "hot":
            return (f"c.received_at >= ? AND c.received_at < ? AND {_VALID} "
                    "AND c.category_id = ?", [day, tomorrow, ident],
                    "c.received_at DESC, c.id DESC")
        if kind == "agent":
            return f"{_OPEN} AND c.assignee_id = ?", [ident], due_order
        if kind == "agent_overdue":
            return (f"{_OPEN} AND c.assignee_id = ? AND c.resolution_due IS NOT NULL "
                    f"AND {_NOT_PAUSED} AND c.resolution_due <= ?", [ident, now],
                    due_order)
        if kind == "logged":
            return ("c.received_at >= ? AND c.received_at < ? AND c.creator_id = ?",
                    [day, tomorrow, ident], "c.received_at DESC, c.id DESC")
        if kind == "resolved_by":
            return ("c.id IN (SELECT r.call_id FROM case_resolution r "
                    "WHERE r.resolved_at >= ? AND r.resolved_at < ? "
                    "AND r.assignee_id = ?)", [day, tomorrow, ident],
                    "c.received_at DESC, c.id DESC")
    raise ValidationError("tile", f"is not a dashboard tile ({tile[:40]!r})",
                          code="not_a_choice")


@service("dashboard.view")
def tile_cases(*, actor: Actor, tile: str, limit: int = MAX_LIMIT) -> list[TileCase]:
    """Exactly the cases behind a tile (at most `limit`): "overdue", "due_soon",
    "waiting" (both below), "waiting_dispatch", "waiting_sign", "oldest" (every
    open case, oldest first), "callbacks_due", "calls_today", "hot" (today's
    valid calls of the top five categories), "hot:<category id>", "agent:<user id>" (open cases held), "agent_overdue:<user id>",
    "logged:<user id>" / "resolved_by:<user id>" (today), "status:<status>" and
    "sla:<state>" (open cases), "qa_overdue" (cases of overdue rectifications)."""
    tile = validation.text("tile", tile, max_len=64, required=True)
    limit = validation.integer("limit", limit, minimum=1, maximum=MAX_LIMIT)
    now = clock.now()
    t = _read_thresholds()
    q = _Q()
    if tile == "callbacks_due":
        ids = [r.id for r in _all_callbacks(actor, limit)]
        return _rows_by_id(q, actor, ids, now, t)
    if tile == "qa_overdue":
        ids = list(dict.fromkeys(
            o.call_id for o in quality.overdue_rectifications(actor=actor)))[:limit]
        return _rows_by_id(q, actor, ids, now, t)
    where, params, order = _tile_condition(tile, now, t)
    seen = visible_calls(actor)
    if seen is not None:  # only supervisors and directors come here today
        me = actor.user_id or 0
        where += " AND (c.confidential = ? OR c.creator_id = ? OR c.assignee_id = ?)"
        params = params + [False, me, me]
    rows = q.rows(_ROW_SQL + f"WHERE {where} ORDER BY {order} LIMIT {int(limit)}",
                  params)
    return [_tile_row(r, now, t) for r in rows]


def _all_callbacks(actor: Actor, limit: int):
    """The call backs due, every page up to `limit` (services/queues.py)."""
    out, after = [], None
    while len(out) < limit:
        want = min(queues.MAX_LIMIT, limit - len(out))
        page = queues.due_callbacks(actor=actor, after=after, limit=want)
        out += page
        if len(page) < want:
            break
        after = page[-1].key
    return out


def _rows_by_id(q: _Q, actor: Actor, ids: list[int], now: dt.datetime,
                t: Thresholds) -> list[TileCase]:
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    where = f"c.id IN ({marks})"
    params: list = list(ids)
    if visible_calls(actor) is not None:
        me = actor.user_id or 0
        where += " AND (c.confidential = ? OR c.creator_id = ? OR c.assignee_id = ?)"
        params += [False, me, me]
    by_id = {r[0]: r for r in q.rows(_ROW_SQL + f"WHERE {where}", params)}
    return [_tile_row(by_id[i], now, t) for i in ids if i in by_id]


def _tile_row(r: tuple, now: dt.datetime, t: Thresholds) -> TileCase:
    (cid, ticket, received, status, priority, subject, assignee_id, assignee, due,
     cat, parent, confidential, paused) = r
    due, paused = _time(due), _time(paused)
    if status not in OPEN_STATUSES:
        state = "none"
    elif due is None:
        state = "none"
    elif paused is not None and paused < due:
        state = "paused"
    elif due <= now:
        state = "overdue"
    elif due <= now + dt.timedelta(minutes=t.warning_window_minutes):
        state = "warning"
    else:
        state = "on_track"
    return TileCase(cid, ticket, _time(received), status, priority,
                    f"{parent}/{cat}" if parent else (cat or ""), subject or "",
                    assignee_id, assignee or "", due, state, bool(confidential))


__all__ = [
    "AgentToday", "Counts", "HotTopic", "OldestCase", "OnShift", "QaProgress",
    "RANGES", "Rates", "THRESHOLD_FIELDS", "TILES", "Thresholds", "TileCase", "counts",
    "counts_levels", "get_thresholds", "rates", "rates_levels", "set_thresholds",
    "tile_cases",
]
