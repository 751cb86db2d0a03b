"""The desk's scheduled backup, run by the main window in the background (issue 13).

On a SQLite desk the window reads where the backups stand a few seconds after it
opens, takes the daily backup a minute after sign-in when it is due, then checks
every hour (services/backup_schedule.py decides what is due; everything runs on
the window's TaskManager, never on the UI thread). Whoever is signed in: the backup
is the desk's own maintenance, done as `system:desk`.

The status bar says "Backup overdue: last backup …" while the backup is overdue,
or why the last attempt failed (disk full, folder not writable, the copy failed
its check), and the text goes away when a backup succeeds. A workstation of a
PostgreSQL center does nothing here: the server's backups are its administrator's.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ..services import backup_schedule
from ..services.base import Actor
from . import labels
from .tasks import LatestOnly
from .widgets import plain_label, plain_tooltip

DESK = Actor.system("desk")


class BackupScheduler(QObject):
    STATUS_DELAY_MS = 5_000  # the status is read this long after the window opens
    FIRST_RUN_MS = 60_000  # the first attempt a minute after sign-in
    INTERVAL_MS = 3_600_000  # then every hour

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.enabled = window.db_info.kind == "sqlite"
        self.failure: BaseException | None = None
        self.status: backup_schedule.ScheduleStatus | None = None
        self._status_job = None
        self._run_job = None
        self._latest = LatestOnly()  # an older answer never hides a newer one
        self.label = plain_label(name="backupStatus")
        self.label.hide()
        window.statusBar().insertPermanentWidget(0, self.label)
        self.status_timer = QTimer(self)
        self.status_timer.setSingleShot(True)
        self.run_timer = QTimer(self)
        self.run_timer.setSingleShot(True)
        self.status_timer.timeout.connect(self.read_status)
        self.run_timer.timeout.connect(self.run)
        if self.enabled:
            self.status_timer.start(self.STATUS_DELAY_MS)
            self.run_timer.start(self.FIRST_RUN_MS)

    @staticmethod
    def _running(job) -> bool:
        return job is not None and not job.finished

    def read_status(self) -> None:
        if not self.enabled or self._running(self._status_job) \
                or self._running(self._run_job):
            return
        self._status_job = self.window.tasks.run(
            lambda: backup_schedule.status(actor=DESK),
            *self._latest(self._show_status, self._status_failed))

    def run(self) -> None:
        """Take the backup if it is due (the next check an hour later)."""
        if not self.enabled:
            return
        self.run_timer.start(self.INTERVAL_MS)
        if self._running(self._run_job):
            return
        self._run_job = self.window.tasks.run(
            lambda: backup_schedule.run_scheduled(actor=DESK),
            *self._latest(self._done, self._failed))

    # ------------------------------------------------------------------ results
    def _show_status(self, status) -> None:
        self.status = status
        self._show()

    def _status_failed(self, exc) -> None:  # the database is out of reach: the
        labels.recover_connection(exc)  # window says so elsewhere

    def _done(self, run) -> None:
        if run.taken is not None or run.skipped in ("taken_today", "unchanged"):
            self.failure = None
        self.status = run.status
        self._show()

    def _failed(self, exc) -> None:
        labels.recover_connection(exc)
        self.failure = exc
        self._show()

    def _show(self) -> None:
        status = self.status
        last = status.last if status is not None else None
        when = last.taken_at.strftime("%Y-%m-%d %H:%M") if last is not None else ""
        if self.failure is not None:
            text = self.tr("Backup failed: %1").replace("%1", self.reason(self.failure))
            if last is not None:
                text += " " + self.tr("(last backup %1)").replace("%1", when)
        elif status is not None and status.overdue:
            text = (self.tr("Backup overdue: last backup %1").replace("%1", when)
                    if last is not None else
                    self.tr("Backup overdue: no backup has been taken yet"))
        else:
            self.label.hide()
            self.label.setText("")
            return
        self.label.setText("⚠ " + text)
        folder = status.folder if status is not None else None
        tip = self.tr("Backups are kept in %1").replace("%1", str(folder)) \
            if folder is not None else ""
        self.label.setToolTip(plain_tooltip(tip))
        self.label.show()

    def reason(self, exc: BaseException) -> str:
        code = getattr(exc, "code", None)
        if code == "backup_disk_full":
            return self.tr("the disk holding the backups is full")
        if code == "backup_folder_unwritable":
            return self.tr("the backup folder cannot be written")
        if code == "backup_unverified":
            return self.tr("the copy failed its check; the older backups were kept")
        return labels.error_text(exc)
