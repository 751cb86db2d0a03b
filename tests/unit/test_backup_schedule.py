"""The desk's scheduled backups (issue 13 item 3): daily, verified, rotated to 7
daily + 4 weekly, never touching other backups; a scheduled backup taken during
writes restores to an identical database; a PostgreSQL center's desk takes none."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hotline.models import AuditLog, Call
from hotline.services import backup, calls
from hotline.services import backup_schedule as schedule
from hotline.services.base import Actor
from hotline.storage import close_database, open_database
from helpers import make_user, run_hotline

SYSTEM = Actor.system("test")
WORKER_SCRIPT = Path(__file__).resolve().parent.parent / "workers.py"


@pytest.fixture
def desk(tmp_path):
    """A single desk: its SQLite file in tmp_path (backups in tmp_path/backups)."""
    close_database()
    path = tmp_path / "desk.db"
    open_database(f"sqlite:///{path}")
    yield {"path": path, "folder": tmp_path / "backups",
           "admin": make_user("root", "admin"),
           "duty": make_user("duty", "duty_officer")}
    close_database()


def _change(desk):
    calls.log_call(actor=desk["duty"], outcome="answered", subject="咨询")


def _files(folder: Path) -> dict[str, str]:
    """The backups in the folder: name -> kind (daily, weekly or other)."""
    out = {}
    for p in sorted(folder.iterdir()):
        if p.name.startswith("."):
            continue
        m = re.search(r"-(daily|weekly)(-\d+)?\.db$", p.name)
        out[p.name] = m.group(1) if m else "other"
    return out


def _days(folder: Path, kind: str) -> list[dt.date]:
    return sorted(dt.datetime.strptime(name[5:20], "%Y%m%d-%H%M%S").date()
                  for name, k in _files(folder).items() if k == kind)


def test_forty_days_leave_seven_daily_and_four_weekly(desk, frozen_clock):
    folder = desk["folder"]
    start = dt.datetime(2026, 4, 1, 9, 0)  # a Wednesday
    manual = upgrade = None
    for i in range(40):
        frozen_clock.at(start + dt.timedelta(days=i, minutes=i))
        _change(desk)
        run = schedule.run_scheduled(actor=SYSTEM)
        assert run.taken is not None and run.skipped == "", i
        assert run.taken.path.parent == folder
        if i == 1:  # a manual backup and the copy made before a schema upgrade
            manual = backup.backup(actor=desk["admin"], target=backup.default_backup_path(
                now=frozen_clock.now)).path
            upgrade = backup.backup(actor=desk["admin"], target=backup.default_backup_path(
                reason="before-upgrade-v14", now=frozen_clock.now)).path
        if frozen_clock.now.date() == dt.date(2026, 5, 6):  # a Wednesday
            assert _days(folder, "daily") == [dt.date(2026, 4, 30) + dt.timedelta(d)
                                              for d in range(7)]
            # weeks before the oldest daily's (27 Apr - 3 May; 27-29 Apr are gone):
            # the Sunday of each of the 4 weeks
            assert _days(folder, "weekly") == [dt.date(2026, 4, 5), dt.date(2026, 4, 12),
                                               dt.date(2026, 4, 19), dt.date(2026, 4, 26)]
    assert frozen_clock.now.date() == dt.date(2026, 5, 10)
    assert _days(folder, "daily") == [dt.date(2026, 5, 4) + dt.timedelta(d)
                                      for d in range(7)]
    assert _days(folder, "weekly") == [dt.date(2026, 4, 12), dt.date(2026, 4, 19),
                                       dt.date(2026, 4, 26), dt.date(2026, 5, 3)]
    files = _files(folder)
    assert list(files.values()).count("daily") == 7
    assert list(files.values()).count("weekly") == 4
    # the manual backup and the pre-upgrade copy are still there, untouched
    assert manual.exists() and upgrade.exists()
    assert {manual.name, upgrade.name} == {n for n, k in files.items() if k == "other"}
    assert len(files) == 13
    assert all(e.ok for e in backup.list_backups(folder))
    # the damaged-file path of the start offers the newest one
    latest = backup.latest_backup_of(desk["path"])
    assert latest.path.name.startswith("desk-20260510-") and "daily" in latest.path.name
    # each run is audited with counts, no file name
    row = AuditLog.select().where(AuditLog.action == "scheduled_backup") \
        .order_by(AuditLog.id.desc()).first()
    assert row.actor_name == "system:test" and row.entity == "database"
    new = json.loads(row.new)
    assert new["daily_count"] == 7 and new["weekly_count"] == 4
    assert new["deleted_count"] == 1 and new["size"] > 0
    assert "desk" not in row.new and str(folder) not in row.new
    assert AuditLog.select().where(AuditLog.action == "scheduled_backup").count() == 40


def test_a_day_is_backed_up_once_and_an_unchanged_database_not_again(desk,
                                                                      frozen_clock):
    folder = desk["folder"]
    frozen_clock.at(dt.datetime(2026, 5, 4, 9, 0))
    _change(desk)
    first = schedule.run_scheduled(actor=SYSTEM)
    assert first.taken is not None
    frozen_clock.at(dt.datetime(2026, 5, 4, 17, 0))
    _change(desk)
    later = schedule.run_scheduled(actor=SYSTEM)  # the same day
    assert later.skipped == "taken_today" and later.taken is None
    frozen_clock.at(dt.datetime(2026, 5, 5, 9, 0))
    assert schedule.run_scheduled(actor=SYSTEM).taken is not None
    # nobody used the desk for days: no copy of the same content
    for day in (6, 7, 8):
        frozen_clock.at(dt.datetime(2026, 5, day, 9, 0))
        run = schedule.run_scheduled(actor=SYSTEM)
        assert run.skipped == "unchanged" and not run.status.overdue
    assert len(_files(folder)) == 2
    # someone signs in / logs a call: due again
    _change(desk)
    assert schedule.status(actor=SYSTEM).due
    assert schedule.run_scheduled(actor=SYSTEM).taken is not None
    assert _days(folder, "daily") == [dt.date(2026, 5, 4), dt.date(2026, 5, 5),
                                      dt.date(2026, 5, 8)]


def test_overdue_after_26_hours_with_changes(desk, frozen_clock):
    frozen_clock.at(dt.datetime(2026, 5, 4, 8, 0))
    _change(desk)
    status = schedule.status(actor=SYSTEM)  # no scheduled backup yet
    assert status.runs_here and status.due and status.last is None
    assert not status.overdue  # the database's first record is 0 h old
    frozen_clock.at(dt.datetime(2026, 5, 5, 10, 30))  # 26.5 h after it
    status = schedule.status(actor=SYSTEM)
    assert status.overdue and status.last is None
    frozen_clock.at(dt.datetime(2026, 5, 5, 11, 0))
    run = schedule.run_scheduled(actor=SYSTEM)
    assert run.taken is not None and not run.status.overdue and not run.status.due
    assert run.status.last.path == run.taken.path
    _change(desk)
    frozen_clock.at(dt.datetime(2026, 5, 6, 12, 59))  # 25 h 59 min: due, not overdue
    status = schedule.status(actor=SYSTEM)
    assert status.due and not status.overdue
    frozen_clock.at(dt.datetime(2026, 5, 6, 13, 1))  # 26 h 1 min
    status = schedule.status(actor=SYSTEM)
    assert status.due and status.overdue
    assert status.last.taken_at == dt.datetime(2026, 5, 5, 11, 0)


def _state(folder):
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.iterdir() if not p.name.startswith(".")}


def test_a_failed_backup_keeps_every_older_one(desk, frozen_clock, monkeypatch):
    folder = desk["folder"]
    for day in range(1, 12):
        frozen_clock.at(dt.datetime(2026, 5, day, 9, 0))
        _change(desk)
        schedule.run_scheduled(actor=SYSTEM)
    before = _state(folder)
    # 5-11 May daily; 1-4 May: 4 May shares the oldest daily's week (gone), 3 May
    # is the newest of the week before (weekly)
    assert len(before) == 8 and _days(folder, "weekly") == [dt.date(2026, 5, 3)]
    audits = AuditLog.select().where(AuditLog.action == "scheduled_backup").count()
    frozen_clock.at(dt.datetime(2026, 5, 12, 9, 0))
    _change(desk)

    def fail_verify(path):
        raise backup.BackupError(f"{path} failed the integrity check: test")

    with monkeypatch.context() as m:
        m.setattr(backup, "verify_sqlite_file", fail_verify)
        with pytest.raises(backup.BackupError) as err:
            schedule.run_scheduled(actor=SYSTEM)
    assert err.value.code == "backup_unverified"
    assert _state(folder) == before  # nothing deleted, renamed or added
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(backup, "_sqlite_backup", disk_full)
        with pytest.raises(backup.BackupError) as err:
            schedule.run_scheduled(actor=SYSTEM)
    assert err.value.code == "backup_disk_full" and "full" in str(err.value)
    assert _state(folder) == before
    assert AuditLog.select().where(AuditLog.action == "scheduled_backup").count() \
        == audits
    status = schedule.status(actor=SYSTEM)
    assert status.due and status.last.taken_at == dt.datetime(2026, 5, 11, 9, 0)
    # once it works again: taken, and the rotation goes on
    run = schedule.run_scheduled(actor=SYSTEM)
    assert run.taken is not None and len(_state(folder)) == 8


def test_a_second_process_does_not_run_it_at_the_same_time(desk, frozen_clock):
    _change(desk)
    with schedule._folder_lock(desk["folder"]) as got:  # the cron job holds it
        assert got
        run = schedule.run_scheduled(actor=SYSTEM)
        assert run.skipped == "busy" and run.taken is None
        assert not list(desk["folder"].glob("*.db"))
    assert schedule.run_scheduled(actor=SYSTEM).taken is not None


def test_rotation_keeps_the_newest_of_a_day(tmp_path):
    def b(text, kind="daily"):
        t = dt.datetime.strptime(text, "%Y-%m-%d %H:%M")
        return schedule.ScheduledBackup(tmp_path / f"x-{t:%Y%m%d-%H%M%S}-{kind}.db", t,
                                        kind)

    same_day = [b("2026-05-04 09:00"), b("2026-05-04 18:00"), b("2026-05-03 09:00")]
    daily, weekly, delete = schedule.plan_rotation(same_day)
    assert daily == [same_day[1], same_day[2]] and weekly == []
    assert delete == [same_day[0]]
    # a desk used once a week: the 7 newest days go back 7 weeks, the weekly ones
    # are the 4 weeks before the oldest of them
    sparse = [b(f"{dt.date(2026, 5, 4) - dt.timedelta(weeks=w)} 09:00") for w in range(14)]
    daily, weekly, delete = schedule.plan_rotation(sparse)
    assert daily == sparse[:7] and weekly == sparse[7:11] and delete == sparse[11:]


def test_desk_of_a_postgresql_center_takes_no_scheduled_backup(database, db_url,
                                                               tmp_path):
    duty = make_user("duty", "duty_officer")
    calls.log_call(actor=duty, outcome="answered", subject="咨询")
    status = schedule.status(actor=SYSTEM)
    run = schedule.run_scheduled(actor=SYSTEM)
    scheduled = AuditLog.select().where(AuditLog.action == "scheduled_backup").count()
    if db_url.startswith("postgresql"):
        assert not status.runs_here and "server" in status.reason
        assert "administrator" in status.reason
        assert not status.due and not status.overdue and status.folder is None
        assert run.skipped == "server" and run.taken is None
        assert scheduled == 0
    else:
        assert status.runs_here and status.reason == "" and status.due
        assert run.taken is not None and run.taken.path.parent == tmp_path / "backups"
        assert scheduled == 1


def test_command_for_cron_takes_it_once_a_day(tmp_path):
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    assert run_hotline("init", db_url=url).returncode == 0
    first = run_hotline("backup", "--scheduled", db_url=url)
    assert first.returncode == 0, first.stderr
    assert "scheduled backup written to" in first.stdout and "-daily.db" in first.stdout
    again = run_hotline("backup", "--scheduled", db_url=url)
    assert again.returncode == 0 and "nothing to do: today's backup is" in again.stdout
    listed = run_hotline("backup", "--list", db_url=url)
    assert listed.stdout.count("-daily.db") == 1 and "\tok" in listed.stdout


# ------------------------------------------------------------------ identical restore

def _dump(conn: sqlite3.Connection) -> dict[str, list]:
    """Every row (all columns) of every table, the FTS tables included; the audit
    rows about the database itself (the restore's own record) left out."""
    out = {}
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for name in names:
        assert re.fullmatch(r"[a-z_0-9]+", name), name  # quoted identifier below
        cursor = conn.execute(f'SELECT * FROM "{name}"')
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        if name == "audit_log":
            rows = [r for r in rows if r[columns.index("entity")] != "database"]
        out[name] = sorted(rows, key=repr)
    return out


@pytest.mark.slow
def test_scheduled_backup_during_writes_restores_to_an_identical_database(
        tmp_path, monkeypatch):
    from hotline import demo

    close_database()
    source = tmp_path / "desk.db"
    url = f"sqlite:///{source}"
    open_database(url)
    demo.generate(actor=SYSTEM, calls=300, seed=7, months=1,
                  now=dt.datetime(2026, 5, 4, 9, 0))
    duty = make_user("duty", "duty_officer")
    initial = Call.select().count()
    writer = subprocess.Popen(
        [sys.executable, str(WORKER_SCRIPT), url,
         json.dumps([duty.id, duty.username, duty.display_name, duty.role]),
         "600", "0", "1", str(tmp_path / "writer.json")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 60
        while Call.select().count() < initial + 30 and time.time() < deadline:
            time.sleep(0.02)
        # the source as the backup sees it: read through the backup's own
        # connection, in the read transaction the copy is then made in
        at_backup = {}
        copy = backup._copy_verified

        def reading_first(src, tmp, **kwargs):
            if not at_backup:  # the scheduled backup's copy (not the restore's)
                src.execute("BEGIN")
                at_backup.update(_dump(src))
            return copy(src, tmp, **kwargs)

        monkeypatch.setattr(backup, "_copy_verified", reading_first)
        run = schedule.run_scheduled(actor=SYSTEM)
    finally:
        _, stderr = writer.communicate(timeout=300)
    assert writer.returncode == 0, stderr
    assert run.taken is not None and "-daily" in run.taken.path.name
    final = Call.select().count()
    assert final == initial + 600
    backed_up = len(at_backup["call"])
    assert initial + 30 <= backed_up < final  # a snapshot taken while writing
    # restore it with the existing restore into a new database file
    close_database()
    target = tmp_path / "restored.db"
    open_database(f"sqlite:///{target}")
    safety = backup.restore(actor=SYSTEM, source=run.taken.path)
    assert safety is not None and safety.exists()
    close_database()
    conn = sqlite3.connect(target)
    try:
        restored = _dump(conn)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert set(restored) == set(at_backup) and len(restored) > 20
    for table in at_backup:
        assert restored[table] == at_backup[table], table
    assert len(restored["call"]) == backed_up and len(restored["call_event"]) > 0
    os.remove(safety)
