"""Opening the database when the desktop app starts (DESIGN §6, §10).

- A damaged SQLite file is refused unchanged, and the user is offered the latest good
  backup (restored as a new file in its place, the damaged file kept aside), another
  file, or to quit. The restore runs on a worker (ui/tasks.py) behind a progress
  dialog.
- A directory, an unreadable path, a foreign file: a clear message, no traceback.
- Schema: a shared PostgreSQL database is never migrated here (an older or newer
  schema gets a message naming `hotline init`); a single desk's SQLite file upgrades
  itself after a verified backup, and says so.
- A quick_check that did not fit into its budget at open finishes in the background;
  damage found then, or by any driver error while working, is reported by
  `DamageWatcher`, which offers the restore in the same way.
"""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from ..models import db
from ..services import backup
from ..storage import (StorageError, add_damage_listener, close_database, damage_of,
                       integrity,
                       open_database, remove_damage_listener, sqlite_path_from_url)
from ..storage.migrations import LATEST, current_version
from . import labels
from .tasks import TaskManager
from .widgets import message_box

log = logging.getLogger(__name__)

RESTORE, CHOOSE, QUIT = "restore", "choose", "quit"


def tell(icon: QMessageBox.Icon, text: str, parent: QWidget | None = None) -> None:
    """A modal message (tests replace this function)."""
    message_box(parent, icon, QCoreApplication.translate("Startup", "Hotline Desk"), text).exec()


def choose_file(parent: QWidget | None = None) -> str:
    """Ask for another database file ('' if none; tests replace this function)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Startup", "Choose a Hotline Desk database"), "",
        QCoreApplication.translate("Startup", "Hotline Desk database (*.db);;All files (*)"))
    return name


class DamagedDatabaseDialog:
    """The question asked when the database file is damaged."""

    @classmethod
    def ask(cls, parent: QWidget | None = None, *, path: Path,
            latest: backup.BackupEntry | None, detail: str = "") -> str:
        """RESTORE, CHOOSE or QUIT."""
        text = QCoreApplication.translate("Startup", "The database file %1 is damaged. Hotline Desk did not change it "
                  "and will not write to it.").replace("%1", str(path))
        if latest is not None:
            text += "\n\n" + QCoreApplication.translate("Startup", 
                "The latest good backup is %1, taken %2. Restoring puts a copy of it "
                "in place of the damaged file; the damaged file is kept beside it, "
                "unchanged. Work saved after that backup is not in it.").replace(
                "%1", str(latest.path)).replace(
                "%2", f"{latest.taken_at:%Y-%m-%d %H:%M}")
        else:
            text += "\n\n" + QCoreApplication.translate("Startup", "No good backup was found in %1.").replace(
                "%1", str(backup.backup_dir(path)))
        if detail:
            lines = detail.strip().splitlines()
            if len(lines) > 4:  # integrity_check lists every bad page
                lines = lines[:4] + ["…"]
            text += "\n\n" + QCoreApplication.translate("Startup", "Details: %1").replace(
                "%1", "\n".join(lines))
        box = message_box(parent, QMessageBox.Icon.Critical, QCoreApplication.translate("Startup", "Hotline Desk"), text,
                          QMessageBox.StandardButton.NoButton)
        box.setObjectName("damagedDatabase")
        restore = None
        if latest is not None:
            restore = box.addButton(QCoreApplication.translate("Startup", "Restore the latest backup"),
                                    QMessageBox.ButtonRole.AcceptRole)
        choose = box.addButton(QCoreApplication.translate("Startup", "Choose another file…"),
                               QMessageBox.ButtonRole.ActionRole)
        quit_ = box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore or quit_)
        box.exec()
        clicked = box.clickedButton()
        if restore is not None and clicked is restore:
            return RESTORE
        if clicked is choose:
            return CHOOSE
        return QUIT


def run_blocking(fn, text: str, parent: QWidget | None = None):
    """Run `fn(job)` on a worker of ui/tasks.py while the event loop keeps running
    (a progress dialog appears if it takes long); return its result or raise its
    error. None if the user cancelled (the job is waited for either way)."""
    manager = TaskManager(parent)
    loop = QEventLoop()
    outcome: dict = {}

    def done(result):
        outcome["result"] = result
        loop.quit()

    def failed(exc):
        outcome["error"] = exc
        loop.quit()

    def cancelled():
        outcome["cancelled"] = True
        loop.quit()

    manager.run(fn, done, failed, progress=text, parent=parent, on_cancelled=cancelled)
    if not outcome:
        loop.exec()
    manager.shutdown(600_000)  # a cancelled restore still finishes its file
    manager.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def storage_text(exc: BaseException) -> str:
    """What to say about a database that cannot be used at start."""
    code = getattr(exc, "code", "")
    params = getattr(exc, "params", {}) or {}
    if code == "schema_older":
        return QCoreApplication.translate("Startup", "The database has schema version %1; this program needs %2. It was "
                  "not changed: a shared database is only upgraded by an "
                  "administrator, who runs 'hotline init' with this version of the "
                  "program while no workstation uses it.").replace(
            "%1", str(params.get("version", "?"))).replace("%2", str(LATEST))
    if code == "schema_newer":
        return QCoreApplication.translate("Startup", "The database has schema version %1, newer than this program "
                  "(%2): an administrator has upgraded it with 'hotline init' of a "
                  "newer Hotline Desk. Install that version on this workstation.").replace(
            "%1", str(params.get("version", "?"))).replace("%2", str(LATEST))
    return labels.error_text(exc)  # folder, unreadable, foreign … (by code)


def _restore(path: Path, latest: backup.BackupEntry, parent=None) -> bool:
    def job(job):
        return backup.restore_damaged_file(path, latest.path,
                                           on_progress=job.on_progress)

    try:
        restored = run_blocking(job, QCoreApplication.translate("Startup", "Restoring the latest backup…"), parent)
    except Exception as exc:  # noqa: BLE001 - said to the user, nothing was replaced
        log.exception("restore failed")
        tell(QMessageBox.Icon.Critical, QCoreApplication.translate("Startup", "The backup could not be restored: %1. "
                                           "Nothing was replaced.").replace("%1", str(exc)),
             parent)
        return False
    if restored is None:
        return False
    tell(QMessageBox.Icon.Information, QCoreApplication.translate("Startup", 
        "The backup of %1 was restored. The damaged file was kept as %2.").replace(
        "%1", f"{latest.taken_at:%Y-%m-%d %H:%M}").replace("%2", str(restored.aside)),
        parent)
    return True


def find_latest_backup(path: Path, parent=None):
    """The newest good backup of `path` (each candidate is checked with
    integrity_check, which takes seconds on a large file: off the UI thread)."""
    return run_blocking(lambda job: backup.latest_backup_of(path),
                        QCoreApplication.translate(
                            "Startup", "Looking for the latest good backup…"), parent)


def offer_restore(path: Path, detail: str = "", parent=None) -> str:
    """Ask what to do with the damaged file at `path`; restore if asked.
    Returns RESTORE (restored: open it again), CHOOSE or QUIT."""
    while True:
        latest = find_latest_backup(path, parent)
        answer = DamagedDatabaseDialog.ask(parent, path=path, latest=latest,
                                           detail=detail)
        if answer != RESTORE or latest is None:
            return answer
        if _restore(path, latest, parent):
            return RESTORE


def open_for_desk(url: str, parent: QWidget | None = None) -> str | None:
    """Open the database at `url` as a desktop start does; the URL that is open
    (another file may have been chosen), or None to quit."""
    while True:
        path = sqlite_path_from_url(url)
        try:
            database = open_database(url, migrate=False, check_schema=False)
        except StorageError as exc:
            if exc.code == "corrupt" and path is not None:
                answer = offer_restore(path.expanduser(), exc.params.get("detail", ""),
                                       parent)
                if answer == RESTORE:
                    continue
                if answer == CHOOSE:
                    chosen = choose_file(parent)
                    if chosen:
                        url = f"sqlite:///{Path(chosen).resolve()}"
                    continue
                return None
            tell(QMessageBox.Icon.Critical, storage_text(exc), parent)
            return None
        try:
            upgrade = None if current_version(database) == LATEST else run_blocking(
                lambda job: backup.prepare_desk_schema(database,
                                                       on_progress=job.on_progress),
                QCoreApplication.translate("Startup", "Upgrading the database…"), parent)
        except StorageError as exc:
            close_database()
            tell(QMessageBox.Icon.Critical, storage_text(exc), parent)
            return None
        except Exception as exc:  # noqa: BLE001 - damage found while upgrading
            close_database()
            if path is None or not integrity.is_corruption_error(exc):
                tell(QMessageBox.Icon.Critical, labels.error_text(exc), parent)
                return None
            answer = offer_restore(path.expanduser(), str(exc), parent)
            if answer == QUIT:
                return None
            if answer == CHOOSE:
                chosen = choose_file(parent)
                if chosen:
                    url = f"sqlite:///{Path(chosen).resolve()}"
            continue
        if upgrade is not None and upgrade.backup is not None:
            tell(QMessageBox.Icon.Information, QCoreApplication.translate("Startup", 
                "The database was upgraded from schema version %1 to %2. A verified "
                "backup was taken first: %3").replace("%1", str(upgrade.from_version))
                .replace("%2", str(upgrade.to_version))
                .replace("%3", str(upgrade.backup.path)), parent)
        check = getattr(database, "open_check", None)
        if path is not None and check is not None and check.ok is None:
            integrity.check_in_background(database, path.expanduser())
        return url


class DamageWatcher(QObject):
    """Told (from any thread) when the open database is found damaged while the app
    runs; on the main thread it says so once and offers the restore. When the user
    accepts, `restore_requested` is set and the main window is closed so that the
    start sequence can restore and sign in again."""

    damaged = Signal(str, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.restore_requested = False
        self.window: QWidget | None = None
        self._told = False
        self.damaged.connect(self._on_damaged)
        self._listener = lambda key, reason: self.damaged.emit(key, reason)
        add_damage_listener(self._listener)
        QTimer.singleShot(0, self._found_before)

    def _found_before(self) -> None:
        """Damage found (by the background check) before this watcher listened."""
        if shiboken6.isValid(self) and db.obj is not None:
            reason = damage_of(db.obj)
            if reason is not None:
                self._on_damaged(integrity.database_key(db.obj), reason)

    def stop(self) -> None:
        remove_damage_listener(self._listener)

    def _on_damaged(self, key: str, reason: str) -> None:
        if self._told:
            return
        self._told = True
        window = self.window if self.window is not None and \
            shiboken6.isValid(self.window) else None
        if key.startswith("pg:"):
            tell(QMessageBox.Icon.Critical, QCoreApplication.translate("Startup", 
                "The database server reports damaged data (%1). Nothing more is saved "
                "from this workstation; tell the administrator, who restores the "
                "server's latest backup.").replace("%1", reason), window)
            return
        latest = find_latest_backup(Path(key), window)
        answer = DamagedDatabaseDialog.ask(window, path=Path(key), latest=latest,
                                           detail=reason)
        if answer in (RESTORE, CHOOSE):
            self.restore_requested = True
            self.choice = answer
        if window is not None:
            window.close()  # the draft is kept; the start sequence restores or quits
            return
        dialog = QApplication.activeModalWidget()  # the sign-in dialog
        if dialog is not None and hasattr(dialog, "reject"):
            dialog.reject()


def after_damage(url: str, watcher: DamageWatcher, parent: QWidget | None = None
                 ) -> str | None:
    """The main window was closed because the database was found damaged and the
    user asked for the latest backup (or another file): do that, then open again.
    The URL now open, or None to quit."""
    close_database()
    watcher.restore_requested = False
    watcher._told = False
    watcher.window = None
    path = sqlite_path_from_url(url)
    if getattr(watcher, "choice", RESTORE) == CHOOSE or path is None:
        chosen = choose_file(parent)
        if not chosen:
            return None
        url = f"sqlite:///{Path(chosen).resolve()}"
    else:
        path = path.expanduser()
        latest = find_latest_backup(path, parent)
        if latest is None or not _restore(path, latest, parent):
            if offer_restore(path, "", parent) == QUIT:
                return None
    return open_for_desk(url, parent)
