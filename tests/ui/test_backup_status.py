"""The desk's scheduled backup in the main window (issue 13 item 3): the status bar
says when it is overdue or why it failed, the background job takes it whoever is
signed in, and the warning goes away; a PostgreSQL center's workstation does
nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel

from hotline.services import backup, calls, clock
from hotline.services import backup_schedule as schedule
from hotline.services.base import Actor


@pytest.fixture
def scheduler_by_hand(monkeypatch):
    """The status read at once; the backup run when the test says (the timer would
    do it a minute after sign-in)."""
    from hotline.ui.backup_schedule import BackupScheduler

    monkeypatch.setattr(BackupScheduler, "STATUS_DELAY_MS", 0)
    monkeypatch.setattr(BackupScheduler, "FIRST_RUN_MS", 3_600_000)


def _daily_files(folder):
    return sorted(p.name for p in folder.glob("*-daily.db"))


def test_overdue_backup_is_shown_then_taken_in_the_background(
        qtbot, actors, database, db_url, tmp_path, open_window, scheduler_by_hand):
    duty = actors["duty_officer"]  # not an administrator: the desk backs itself up
    three_days_ago = clock.now().replace(microsecond=0) - dt.timedelta(days=3)
    if db_url.startswith("sqlite"):
        old = schedule.run_scheduled(actor=Actor.system("test"), now=three_days_ago)
        assert old.taken is not None
    calls.log_call(actor=duty, outcome="answered", subject="咨询")  # a change since
    window = open_window(duty)
    scheduler = window.backup_scheduler
    label = window.findChild(QLabel, "backupStatus")
    assert label is not None
    if db_url.startswith("postgresql"):
        # the server's backups are its administrator's: no check, no warning
        assert not scheduler.enabled
        assert not scheduler.status_timer.isActive()
        assert not scheduler.run_timer.isActive()
        scheduler.run()
        assert not window.tasks.busy and label.isHidden()
        return
    folder = tmp_path / "backups"
    qtbot.waitUntil(label.isVisible, timeout=10_000)
    assert label.text() == ("⚠ Backup overdue: last backup "
                            f"{three_days_ago:%Y-%m-%d %H:%M}")
    assert str(folder) in label.toolTip()
    assert _daily_files(folder) == [old.taken.path.name]
    scheduler.run()  # what the timer does
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=20_000)
    assert label.text() == ""
    files = _daily_files(folder)
    assert len(files) == 2 and files[0] == old.taken.path.name
    new = folder / files[1]
    assert f"-{clock.now():%Y%m%d}-" in new.name
    assert backup.verify_sqlite_file(new) > 0
    assert scheduler.run_timer.isActive()  # the next check in an hour


# a single desk's file only: a PostgreSQL center's desk takes no scheduled backup
# (the test above checks that)
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_failed_backup_says_why_until_one_succeeds(
        qtbot, actors, database, db_url, tmp_path, open_window, scheduler_by_hand,
        monkeypatch):
    duty = actors["duty_officer"]
    calls.log_call(actor=duty, outcome="answered", subject="咨询")
    window = open_window(duty)
    scheduler = window.backup_scheduler
    label = window.findChild(QLabel, "backupStatus")
    qtbot.waitUntil(lambda: scheduler.status is not None, timeout=10_000)
    assert label.isHidden()  # the first backup is due, not overdue yet

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(backup, "_sqlite_backup", disk_full)
        scheduler.run()
        qtbot.waitUntil(label.isVisible, timeout=10_000)
    assert label.text() == "⚠ Backup failed: the disk holding the backups is full"
    assert not list((tmp_path / "backups").glob("*.db"))
    scheduler.run()  # the next hour: space was freed
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=20_000)
    assert len(_daily_files(tmp_path / "backups")) == 1
