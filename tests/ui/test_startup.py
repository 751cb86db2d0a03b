"""The desktop app's start (hotline.ui.app.run_gui): a damaged file is refused
unchanged with the latest backup offered and restored beside it; a folder gets a
clear message; a shared PostgreSQL database is never migrated by a GUI start; a
SQLite desk upgrades itself after a verified backup; damage found while working
stops the session and offers the restore."""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer

from hotline.models import Call, SchemaVersion, db
from hotline.services import backup, calls
from hotline.storage import close_database, forget_damage, mark_damaged, open_database
from hotline.storage.migrations import LATEST
from helpers import make_user


@pytest.fixture
def gui(qapp, tmp_path, monkeypatch):
    """run_gui with the dialogs replaced: records what was told and asked."""
    from hotline.ui import app as app_module, startup
    from hotline.ui.login_dialog import LoginDialog

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config"))
    monkeypatch.setattr(app_module, "default_dir", lambda: tmp_path / "drafts")
    seen = {"told": [], "asked": [], "answers": [], "signed_in": 0}

    def tell(icon, text, parent=None):
        seen["told"].append(text)

    def ask(cls, parent=None, *, path, latest, detail=""):
        seen["asked"].append((Path(path), latest.path if latest else None))
        return seen["answers"].pop(0)

    def sign_in(cls, parent=None, *, db_text="", username=""):
        seen["signed_in"] += 1
        seen["db_version"] = SchemaVersion.select().get().version
        return None

    monkeypatch.setattr(startup, "tell", tell)
    monkeypatch.setattr(startup.DamagedDatabaseDialog, "ask", classmethod(ask))
    monkeypatch.setattr(LoginDialog, "ask", classmethod(sign_in))

    def run(url):
        return app_module.run_gui(argparse.Namespace(db=url))

    seen["run"] = run
    yield seen
    close_database()
    forget_damage()


def files(folder: Path) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def corrupt_page(path: Path, table: str = "call") -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                        (table,)).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(bytes((i * 31 + 5) % 256 for i in range(size)))


def desk(path: Path, n_calls: int) -> Path:
    """A desk database with calls and a backup in its backup folder; closed."""
    open_database(f"sqlite:///{path}")
    duty = make_user("duty", "duty_officer")
    admin = make_user("admin", "admin")
    for i in range(n_calls):
        calls.log_call(actor=duty, outcome="answered", subject=f"咨询 {i}")
    taken = backup.backup(actor=admin, target=backup.default_backup_path()).path
    calls.log_call(actor=duty, outcome="answered", subject="after the backup")
    close_database()
    return taken


def test_damaged_file_is_refused_unchanged_and_the_latest_backup_restored(gui, tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    path = folder / "hotline.db"
    taken = desk(path, 12)
    corrupt_page(path)
    before = files(folder)

    gui["answers"] = ["quit"]
    assert gui["run"](f"sqlite:///{path}") == 2
    assert gui["asked"] == [(path, taken)]  # the latest backup was offered
    assert files(folder) == before  # not one byte changed, no -wal/-shm beside it

    gui["answers"] = ["restore"]
    assert gui["run"](f"sqlite:///{path}") == 0
    assert gui["signed_in"] == 1  # then the sign-in, on the restored file
    assert any("was restored" in t for t in gui["told"])
    aside = [p for p in folder.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1
    assert hashlib.sha256(aside[0].read_bytes()).hexdigest() == before["hotline.db"]
    open_database(f"sqlite:///{path}")
    assert Call.select().count() == 12  # what the backup held


def test_damaged_file_without_backup_offers_another_file(gui, tmp_path, monkeypatch):
    from hotline.ui import startup

    path = tmp_path / "hotline.db"
    desk(path, 3)
    for old in backup.backup_dir(path).iterdir():
        old.unlink()
    corrupt_page(path)
    good = tmp_path / "other.db"
    open_database(f"sqlite:///{good}")
    make_user("someone", "admin")
    close_database()
    monkeypatch.setattr(startup, "choose_file", lambda parent=None: str(good))
    gui["answers"] = ["choose"]
    assert gui["run"](f"sqlite:///{path}") == 0
    assert gui["asked"] == [(path, None)]
    assert gui["signed_in"] == 1
    assert Path(db.obj.database) == good.resolve()


def test_a_folder_as_database_is_a_clear_message(gui, tmp_path):
    folder = tmp_path / "a folder"
    folder.mkdir()
    assert gui["run"](str(folder)) == 2
    assert len(gui["told"]) == 1 and "is a folder" in gui["told"][0]
    assert list(folder.iterdir()) == []


def _set_version(url: str, version: int) -> None:
    open_database(url)
    make_user("admin", "admin")
    SchemaVersion.update(version=version).execute()
    close_database()


def _version(url: str) -> int:
    open_database(url, migrate=False, check_schema=False)
    version = SchemaVersion.select().get().version
    close_database()
    return version


def test_gui_start_never_migrates_an_older_postgresql_database(gui, pg_url):
    _set_version(pg_url, LATEST - 1)
    assert gui["run"](pg_url) == 2
    assert gui["signed_in"] == 0
    assert "hotline init" in gui["told"][0] and "administrator" in gui["told"][0]
    assert _version(pg_url) == LATEST - 1  # untouched


def test_gui_start_refuses_a_newer_schema(gui, db_url):
    _set_version(db_url, LATEST + 1)
    assert gui["run"](db_url) == 2
    assert "newer" in gui["told"][0] and "hotline init" in gui["told"][0]
    assert _version(db_url) == LATEST + 1


def test_sqlite_desk_upgrades_itself_after_a_verified_backup(gui, tmp_path):
    url = f"sqlite:///{tmp_path / 'hotline.db'}"
    _set_version(url, LATEST - 2)
    assert gui["run"](url) == 0
    assert gui["db_version"] == LATEST  # upgraded before the sign-in
    kept = list((tmp_path / "backups").iterdir())
    assert len(kept) == 1 and "before-upgrade" in kept[0].name
    assert backup.verify_sqlite_file(kept[0]) == LATEST - 2  # intact, the old schema
    assert "upgraded" in gui["told"][0] and str(kept[0]) in gui["told"][0]


def test_current_schema_starts_without_a_word(gui, db_url):
    _set_version(db_url, LATEST)
    assert gui["run"](db_url) == 0
    assert gui["told"] == [] and gui["signed_in"] == 1


def test_damage_found_while_working_offers_the_restore(gui, tmp_path, monkeypatch):
    from hotline.ui.login_dialog import LoginDialog
    from hotline.ui.main_window import MainWindow
    from hotline.services import users

    path = tmp_path / "hotline.db"
    taken = desk(path, 5)
    actors = iter(["duty", None])

    def sign_in(cls, parent=None, *, db_text="", username=""):
        gui["signed_in"] += 1
        name = next(actors)
        if name is None:
            return None
        from hotline.models import User
        from hotline.services.base import Actor

        return Actor.from_user(User.get(User.username == name))

    def start(self):
        # what a driver error ("database disk image is malformed") does
        QTimer.singleShot(0, lambda: mark_damaged(db.obj, "database disk image is "
                                                  "malformed"))

    monkeypatch.setattr(LoginDialog, "ask", classmethod(sign_in))
    monkeypatch.setattr(MainWindow, "start_session", start)
    gui["answers"] = ["restore"]
    assert gui["run"](f"sqlite:///{path}") == 0
    assert gui["asked"] == [(path, taken)]
    assert gui["signed_in"] == 2  # signed in again on the restored file
    assert [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    open_database(f"sqlite:///{path}")
    assert Call.select().count() == 5
    assert users.has_users()


def test_damage_found_by_the_background_check_during_sign_in(gui, qtbot, tmp_path,
                                                             monkeypatch):
    from hotline.storage import integrity
    from hotline.ui.login_dialog import LoginDialog

    path = tmp_path / "hotline.db"
    taken = desk(path, 6)
    corrupt_page(path)
    # as for a file too large to check before the sign-in window
    monkeypatch.setattr(integrity, "OPEN_CHECK_MAX_BYTES", 0)
    logins = []

    def sign_in(cls, parent=None, *, db_text="", username=""):
        logins.append(db_text)
        if len(logins) == 1:  # the check finishes while the user types
            qtbot.waitUntil(lambda: bool(gui["asked"]), timeout=10_000)
        return None

    monkeypatch.setattr(LoginDialog, "ask", classmethod(sign_in))
    gui["answers"] = ["restore"]
    assert gui["run"](f"sqlite:///{path}") == 0
    assert gui["asked"] == [(path, taken)]
    assert len(logins) == 2  # asked again, on the restored file
    open_database(f"sqlite:///{path}")
    assert Call.select().count() == 6
