"""The desk's scheduled backups (issue 13): one verified copy a day, rotated.

A single desk (SQLite) backs itself up. The desktop app checks a minute after
sign-in and then every hour, whoever is signed in (it is the desk's maintenance,
done as `system:desk`); `hotline backup --scheduled` runs the same job for cron or
the Windows Task Scheduler. A center's PostgreSQL database is not backed up from
the workstations: its backups are the server administrator's, and `status()` says
so (`runs_here` False) while `run_scheduled()` does nothing.

Files: `<stem>-YYYYmmdd-HHMMSS-daily.db` in `backup.backup_dir()` - the folder the
damaged-file path of the start searches, so its offer of the latest good backup
finds them - written by `backup._sqlite_backup` (online backup API, integrity_check,
fsync, then renamed into place). A daily kept as its week's backup is renamed
`…-weekly.db` (same content, same time in the name).

Due: no scheduled backup dated today (the center's day, `clock.now()`) AND the
database changed since the last scheduled backup (the first one is always due).
"Changed" compares the newest audit row that is not a backup's own record (every
change writes one, DESIGN §10; a sign-in does too) in the live database and in
the last scheduled backup file: a desk that nobody used keeps its 7 dailies as 7
different states instead of filling them with identical copies.

Overdue: changed since the last scheduled backup and that backup (or, with none
yet, the database's first record) is older than OVERDUE_HOURS.

Rotation, only after the new backup has been written and verified:
  daily  - the newest scheduled backup of each of the KEEP_DAILY most recent days
           that have one;
  weekly - of the older ones, those of ISO weeks before the week of the oldest
           daily: the newest of each of the KEEP_WEEKLY most recent such weeks;
  every other scheduled backup is deleted. Files not named -daily/-weekly (manual
  backups, the copy made before a schema upgrade) are never touched.
"""

from __future__ import annotations

import datetime as dt
import errno
import glob
import os
import re
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from peewee import SqliteDatabase

from ..models import AuditLog, db
from . import backup, clock
from .base import Actor, audit, refuse_writes_if_damaged, service
from .backup import BackupError, BackupResult, ProgressFn

KEEP_DAILY = 7
KEEP_WEEKLY = 4
OVERDUE_HOURS = 26
DAILY, WEEKLY = "daily", "weekly"
LOCK_NAME = ".scheduled.lock"
# audit rows that record a backup, not a change of the data
_BACKUP_ACTIONS = ("backup", "scheduled_backup")
_LAST_CHANGE_SQL = ('SELECT "id", "at", "entity", "action" FROM "audit_log" '
                    'WHERE NOT ("entity" = ? AND "action" IN (?, ?)) '
                    'ORDER BY "id" DESC LIMIT 1')
_LAST_CHANGE_PARAMS = ("database", *_BACKUP_ACTIONS)

SERVER_REASON = ("this is a center's PostgreSQL database: its backups are taken on "
                 "the server by its administrator, not by each workstation")


@dataclass(frozen=True)
class ScheduledBackup:
    path: Path
    taken_at: dt.datetime
    kind: str  # daily | weekly


@dataclass(frozen=True)
class ScheduleStatus:
    runs_here: bool  # False on PostgreSQL: the server's backups are its DBA's
    reason: str  # why not here (English), "" on a desk
    folder: Path | None
    last: ScheduledBackup | None  # the newest scheduled backup
    count: int  # scheduled backups in the folder
    taken_today: bool
    changed: bool  # the database changed since `last` (True when there is none)
    due: bool
    overdue: bool
    since: dt.datetime | None  # what `overdue` measures from
    now: dt.datetime


@dataclass(frozen=True)
class ScheduledRun:
    taken: BackupResult | None
    skipped: str  # "" (taken) | server | taken_today | unchanged | busy
    kept_daily: int
    kept_weekly: int
    deleted: tuple[Path, ...]
    status: ScheduleStatus  # after the run


# ------------------------------------------------------------------ the files

def _pattern(stem: str) -> re.Pattern:
    return re.compile(re.escape(stem) + r"-(\d{8}-\d{6})-(daily|weekly)(-\d+)?\.db")


def scheduled_backups(folder: Path, stem: str) -> list[ScheduledBackup]:
    """The scheduled backups of the database `stem` in `folder`, newest first."""
    pattern = _pattern(stem)
    found = []
    try:
        names = [p for p in Path(folder).iterdir() if p.is_file()]
    except OSError:  # no folder yet
        return []
    for path in names:
        m = pattern.fullmatch(path.name)
        if m is None:
            continue
        try:
            taken = dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        found.append(ScheduledBackup(path, taken, m.group(2)))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def plan_rotation(backups: list[ScheduledBackup], *, keep_daily: int = KEEP_DAILY,
                  keep_weekly: int = KEEP_WEEKLY
                  ) -> tuple[list[ScheduledBackup], list[ScheduledBackup],
                             list[ScheduledBackup]]:
    """(daily, weekly, delete) by the rule of the module's docstring."""
    newest_first = sorted(backups, key=lambda b: (b.taken_at, b.path.name),
                          reverse=True)
    daily: list[ScheduledBackup] = []
    days: set[dt.date] = set()
    for b in newest_first:
        day = b.taken_at.date()
        if day not in days and len(days) < keep_daily:
            days.add(day)
            daily.append(b)
    weekly: list[ScheduledBackup] = []
    if daily:
        oldest_week = daily[-1].taken_at.isocalendar()[:2]
        weeks: set[tuple[int, int]] = set()
        for b in newest_first:
            week = b.taken_at.isocalendar()[:2]
            if b in daily or week >= oldest_week or week in weeks:
                continue
            if len(weeks) == keep_weekly:
                break
            weeks.add(week)
            weekly.append(b)
    kept = set(daily) | set(weekly)
    return daily, weekly, [b for b in newest_first if b not in kept]


def _as_weekly(b: ScheduledBackup, stem: str) -> ScheduledBackup:
    """Rename a daily kept as its week's backup to …-weekly.db (content unchanged)."""
    if b.kind == WEEKLY:
        return b
    m = _pattern(stem).fullmatch(b.path.name)
    new = b.path.with_name(b.path.name[:m.start(2)] + WEEKLY + b.path.name[m.end(2):])
    if new.exists():
        return b
    try:
        os.replace(b.path, new)
    except OSError:  # kept under its daily name: still kept, still found
        return b
    return ScheduledBackup(new, b.taken_at, WEEKLY)


def _rotate(folder: Path, stem: str) -> tuple[int, int, tuple[Path, ...]]:
    daily, weekly, delete = plan_rotation(scheduled_backups(folder, stem))
    renamed = [_as_weekly(b, stem) for b in weekly]
    deleted = []
    for b in delete:
        try:
            b.path.unlink()
        except FileNotFoundError:
            pass
        except OSError:  # left for the next run
            continue
        deleted.append(b.path)
    # temporary files of a scheduled backup that was killed half-way (we hold the
    # lock, so no scheduled backup is being written now)
    for tmp in folder.glob(f".{glob.escape(stem)}-*-{DAILY}*.db.*.tmp"):
        try:
            tmp.unlink()
        except OSError:
            pass
    if deleted or any(r.path != w.path for r, w in zip(renamed, weekly)):
        from ..storage.integrity import fsync_dir

        fsync_dir(folder)
    return len(daily), len(renamed), tuple(deleted)


@contextmanager
def _folder_lock(folder: Path) -> Iterator[bool]:
    """An exclusive lock on the backup folder (the app and a cron job on one desk
    never rotate at once); yields False when another process holds it."""
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    got = False
    try:
        try:
            if os.name == "nt":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            got = True
        except OSError:
            pass
        yield got
    finally:
        if got and os.name == "nt":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        os.close(fd)  # releases the flock


# ------------------------------------------------------------------ status

def _last_change_of(conn) -> tuple | None:
    row = conn.execute(_LAST_CHANGE_SQL, _LAST_CHANGE_PARAMS).fetchone()
    return tuple(row) if row else None


def _backup_last_change(path: Path) -> tuple | None | bool:
    """The backup file's newest change, or False when it cannot be read."""
    from ..storage.integrity import read_only_connection

    try:
        conn = read_only_connection(path)
    except (sqlite3.Error, OSError):
        return False
    try:
        return _last_change_of(conn)
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _not_here(now: dt.datetime) -> ScheduleStatus:
    return ScheduleStatus(False, SERVER_REASON, None, None, 0, False, False, False,
                          False, None, now)


def _status(database, now: dt.datetime) -> ScheduleStatus:
    if not isinstance(database, SqliteDatabase):
        return _not_here(now)
    path = Path(database.database)
    folder = backup.backup_dir(path)
    found = scheduled_backups(folder, path.stem)
    last = found[0] if found else None
    taken_today = any(b.taken_at.date() == now.date() for b in found)
    live = _last_change_of(_Live(database))
    if last is None:  # the first one is always due (data without audit rows too)
        changed = True
        first = AuditLog.select(AuditLog.at).order_by(AuditLog.id).first()
        since = first.at if first is not None else None
    else:
        changed = live is not None and live != _backup_last_change(last.path)
        since = last.taken_at
    overdue = bool(changed and since is not None
                   and now - since > dt.timedelta(hours=OVERDUE_HOURS))
    return ScheduleStatus(True, "", folder, last, len(found), taken_today, changed,
                          changed and not taken_today, overdue, since, now)


class _Live:
    """The live database through peewee (this thread's connection), with the
    `execute(sql, params)` of a sqlite3 connection."""

    def __init__(self, database):
        self.database = database

    def execute(self, sql, params):
        return self.database.execute_sql(sql, params)


@service("system.backup")
def status(*, actor: Actor, now: dt.datetime | None = None) -> ScheduleStatus:
    """Where the desk's scheduled backups stand (read only)."""
    return _status(db.obj, now or clock.now())


# ------------------------------------------------------------------ the job

def _failure(exc: BaseException) -> BackupError:
    """A copy that could not be written, said plainly (code for the UI)."""
    text = str(exc)
    low = text.lower()
    number = getattr(exc, "errno", None)
    if number == errno.ENOSPC or "disk is full" in low or "no space" in low:
        return BackupError(f"the disk holding the backups is full ({text})",
                           code="backup_disk_full")
    if number in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in low \
            or "read-only" in low or "unable to open" in low:
        return BackupError(f"the backup folder cannot be written ({text})",
                           code="backup_folder_unwritable")
    return BackupError(f"the backup could not be written: {text}",
                       code="backup_failed")


@service("system.backup")
def run_scheduled(*, actor: Actor, now: dt.datetime | None = None,
                  on_progress: ProgressFn | None = None) -> ScheduledRun:
    """Take today's backup if it is due, then rotate (see the module's docstring).
    Raises BackupError (code backup_disk_full, backup_folder_unwritable,
    backup_unverified, backup_failed) when the new copy could not be made; the
    older backups are then left exactly as they were."""
    database = db.obj
    now = now or clock.now()
    before = _status(database, now)
    if not before.runs_here:
        return ScheduledRun(None, "server", 0, 0, (), before)
    if not before.due:
        return ScheduledRun(None, "taken_today" if before.taken_today else "unchanged",
                            0, 0, (), before)
    refuse_writes_if_damaged()
    path = Path(database.database)
    try:
        with _folder_lock(before.folder) as got:
            if not got:
                return ScheduledRun(None, "busy", 0, 0, (), before)
            again = _status(database, now)  # another process may have taken it
            if not again.due:
                return ScheduledRun(None, "taken_today" if again.taken_today
                                    else "unchanged", 0, 0, (), again)
            target = backup.default_backup_path(path, reason=DAILY, now=now)
            try:
                taken = backup._sqlite_backup(database.database, target, on_progress)
            except BackupError as exc:
                raise BackupError(f"the new backup failed its check ({exc}); the "
                                  "older backups were kept",
                                  code="backup_unverified") from exc
            daily, weekly, deleted = _rotate(before.folder, path.stem)
    except (OSError, sqlite3.Error) as exc:  # the folder, the copy
        raise _failure(exc) from exc
    with db.atomic():
        audit(actor, "database", "", "scheduled_backup", None,
              {"size": taken.size, "daily_count": daily, "weekly_count": weekly,
               "deleted_count": len(deleted), "at": now})
    return ScheduledRun(taken, "", daily, weekly, deleted, _status(database, now))
