"""The services' clock: the center's local time (tests replace `now`).

Every time the services stamp (received, due, resolved, lockouts, audit) comes from
`now()`: a naive datetime in the **center's time zone** (the `time_zone` setting, an
IANA name such as "Asia/Shanghai"; migration 6 sets it to the zone of the machine
that first ran the schema), whatever zone the workstation itself is set to. Ticket
days, due times and months are therefore the center's, not each PC's.

On PostgreSQL the **server's clock** stamps the records. Asking the server for the
time on every save would add a round trip to the hot path (DESIGN §9), and SQL
`now()` defaults would not reach the times computed in Python (due times, SLA
pauses). Instead the clock measures the server once per connection target:

    local monotonic m0, SELECT clock_timestamp() -> s, local monotonic m1
    server time at instant (m0 + m1) / 2 = s

and afterwards `now()` = s + (monotonic() - (m0 + m1) / 2), converted to the
center's zone. The error is at most half the round trip (well under a millisecond
on a LAN); the monotonic clock cannot jump when someone sets the PC's wall clock,
and its drift (tens of ppm) is removed by measuring again every REFRESH_SECONDS,
outside a transaction (never in the middle of a save). The wall clock of the PC is
only used for `skew_seconds()`: server time minus PC time, shown at sign-in.

On SQLite there is no server: the PC's wall clock is used, in the center's zone.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from zoneinfo import ZoneInfo

from ..domain.timezones import TIME_ZONE_KEY, machine_zone_name, valid_zone  # noqa: F401

REFRESH_SECONDS = 300.0  # measure the server clock again after this long
SKEW_WARNING_SECONDS = 60.0  # a workstation off by more is told at sign-in


def _wall() -> float:
    """The PC's wall clock, seconds since the epoch (tests replace it)."""
    return time.time()


def _monotonic() -> float:
    return time.monotonic()


class _State:
    def __init__(self):
        self.lock = threading.Lock()
        self.database = None  # the Database object the figures below belong to
        self.zone: dt.tzinfo | None = None
        self.zone_name = ""
        self.loaded_at = 0.0  # monotonic time of the zone read / server measure
        self.server_base: float | None = None  # server epoch at mono_base
        self.mono_base = 0.0
        self.skew: float | None = None  # server minus PC wall clock, seconds


_state = _State()


# ----------------------------------------------------------------- time zones

def _read_zone_setting() -> str | None:
    from ..models import Setting

    database = Setting._meta.database.obj
    try:
        if database.transaction_depth() > 0:
            with database.atomic():  # a savepoint: a failure must not spoil the
                row = Setting.get_or_none(Setting.key == TIME_ZONE_KEY)  # caller's
        else:
            row = Setting.get_or_none(Setting.key == TIME_ZONE_KEY)
    except Exception:  # no settings table yet (an old schema read without migrating)
        return None
    return row.value if row is not None and valid_zone(row.value) else None


# ----------------------------------------------------------------- server clock

def _measure_server(database) -> tuple[float, float, float]:
    """(server epoch, monotonic instant it belongs to, server minus PC wall)."""
    w0, m0 = _wall(), _monotonic()
    server = float(database.execute_sql(
        "SELECT EXTRACT(EPOCH FROM clock_timestamp())").fetchone()[0])
    m1, w1 = _monotonic(), _wall()
    return server, (m0 + m1) / 2, server - (w0 + w1) / 2


def _is_postgres(database) -> bool:
    from peewee import PostgresqlDatabase

    return isinstance(database, PostgresqlDatabase)


def _sync() -> _State:
    """Bring the zone and the server offset up to date for the bound database."""
    from ..models import db

    database = db.obj
    s = _state
    mono = _monotonic()
    stale = mono - s.loaded_at > REFRESH_SECONDS
    if database is s.database and not stale:
        return s
    if database is s.database and database is not None \
            and database.transaction_depth() > 0:
        return s  # refresh later, never inside someone's transaction
    if database is not None and database.is_closed():
        # not connected (in this thread): never reconnect a closed database just
        # to read the zone; use what is known and read it once connected
        if s.zone is None:
            s.zone_name = machine_zone_name()
            s.zone = ZoneInfo(s.zone_name)
        if database is not s.database:
            s.server_base = s.skew = None  # that offset belonged to another server
        return s
    with s.lock:
        zone_name = None
        server = None
        if database is not None:
            zone_name = _read_zone_setting()
            if _is_postgres(database):
                try:
                    server = _measure_server(database)
                except Exception:
                    server = None
        zone_name = zone_name or machine_zone_name()
        s.zone_name = zone_name
        s.zone = ZoneInfo(zone_name)
        if server is not None:
            s.server_base, s.mono_base, s.skew = server
        elif database is not s.database or database is None \
                or not _is_postgres(database):
            s.server_base, s.skew = None, None
        s.database = database
        s.loaded_at = mono
    return s


def reset() -> None:
    """Forget the zone and the server offset (a setting changed, a database was
    opened): the next `now()` reads them again."""
    with _state.lock:
        _state.database = None
        _state.loaded_at = 0.0
        _state.server_base = None
        _state.skew = None


def epoch() -> float:
    """Seconds since the epoch by the center's reference clock (the server's on
    PostgreSQL, the PC's on SQLite)."""
    s = _sync()
    if s.server_base is not None:
        return s.server_base + (_monotonic() - s.mono_base)
    return _wall()


def zone() -> dt.tzinfo:
    return _sync().zone


def zone_name() -> str:
    return _sync().zone_name


def now() -> dt.datetime:
    """The center's local time, naive, to the millisecond."""
    s = _sync()
    t = dt.datetime.fromtimestamp(epoch(), s.zone).replace(tzinfo=None)
    return t.replace(microsecond=(t.microsecond // 1000) * 1000)


def skew_seconds(*, measure: bool = True) -> float | None:
    """Server clock minus this PC's clock in seconds (None on SQLite, or when the
    server cannot be asked). Measured afresh unless `measure` is False."""
    from ..models import db

    database = db.obj
    if database is None or not _is_postgres(database) or database.is_closed():
        return None
    if measure:
        try:
            server = _measure_server(database)
        except Exception:
            return _state.skew
        with _state.lock:
            if _state.database is database:
                _state.server_base, _state.mono_base, _state.skew = server
        return server[2]
    _sync()
    return _state.skew


def _install_model_default() -> None:
    """Model field defaults (`default=now`) follow this clock too."""
    from ..models import base

    base.set_clock(lambda: now())


_install_model_default()
