"""`hotline` with no command: first-run wizard, sign-in, main window.

The sign-in window is on screen first: this module and the dialog import nothing of
peewee, the storage or the services, so a start paints the window after little more
than Qt's own start-up. The database is then opened and checked behind it (a damaged
file, an older or newer schema, a folder: the same questions and messages as
before, over the window); its "Sign in" waits until the database is open (a press
made before is carried out then).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from .. import resources
from . import i18n
from .login_dialog import LoginDialog
from .settings import APPLICATION, ORGANIZATION, Settings

FONT_FAMILIES = ["Microsoft YaHei UI", "PingFang SC", "Noto Sans CJK SC",
                 "Source Han Sans SC", "WenQuanYi Micro Hei", "Sans Serif"]
FIRST_PAINT_WAIT_MS = 500  # at most this long for the window system to paint it


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(QIcon(str(resources.path("icons", "hotline.png"))))
    # the shipped CJK font, so Chinese never shows as boxes on a machine without one
    # (a bare Linux desktop, the installer's bundle); a system face listed before it
    # in FONT_FAMILIES still wins where there is one. Loading it costs some 30 ms of
    # the start, so a Linux desktop that has a CJK font of its own goes without
    if not sys.platform.startswith("linux") or not linux_has_cjk_font():
        QFontDatabase.addApplicationFont(str(resources.font_path()))
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(11)
    app.setFont(font)
    app.setStyleSheet(resources.read_text("style.qss"))
    from . import gui_gc

    gui_gc.install()  # Python's cyclic collection only on this (the GUI) thread
    return app


# file names of the CJK fonts Linux distributions install (lower case, without
# "-", "_" and spaces)
_CJK_FONT_MARKS = ("wqy", "wenquanyi", "notosanscjk", "notoserifcjk", "sourcehansans",
                   "sourcehanserif", "droidsansfallback", "uming", "ukai", "msyh",
                   "simsun", "simhei", "sarasa", "lxgw")


def linux_has_cjk_font() -> bool:
    """Whether the font folders fontconfig reads by default hold a CJK font
    (XDG data folders' fonts/, ~/.fonts): a look at file names, well under a
    millisecond, where asking Qt would load the whole font database first."""
    home = os.path.expanduser("~")
    data_home = os.environ.get("XDG_DATA_HOME") or os.path.join(home, ".local", "share")
    data_dirs = (os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share")
    folders = [os.path.join(d, "fonts") for d in [data_home, *data_dirs.split(":")] if d]
    folders.append(os.path.join(home, ".fonts"))

    def found(folder: str, depth: int) -> bool:
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    name = entry.name.lower().replace("-", "").replace("_", "") \
                        .replace(" ", "")
                    if any(mark in name for mark in _CJK_FONT_MARKS):
                        return True
                    if depth < 4 and entry.is_dir() and found(entry.path, depth + 1):
                        return True
        except OSError:
            pass
        return False

    return any(found(folder, 0) for folder in folders)


def default_dir():
    """Where drafts are kept (tests replace this function)."""
    from .drafts import default_dir as drafts_dir

    return drafts_dir()


def _show_until_painted(dialog: LoginDialog) -> None:
    """Show the waiting sign-in window and let the event loop run until it has been
    painted (the work after this blocks the thread for a moment)."""
    dialog.show()
    loop = QEventLoop()
    # the loop ends on the next turn after the paint, so whatever the paint queued
    # (a screen reader's notice, a probe) runs first
    dialog.painted.connect(lambda: QTimer.singleShot(0, loop.quit))
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, loop.quit)
    if not dialog.was_painted:
        loop.exec()


def _probe_start(waiting: LoginDialog) -> None:
    """HOTLINE_STARTUP_PROBE=1 (installer/measure.py times an installed or bundled
    start with it, where bench_probe cannot be imported): print "shown LoginDialog"
    now that the sign-in window is painted, "ready" when its "Sign in" works, then
    end the process."""
    sys.stdout.write("shown LoginDialog\n")
    sys.stdout.flush()

    def ready() -> None:
        sys.stdout.write("ready\ndone\n")
        sys.stdout.flush()
        os._exit(0)

    if waiting.is_ready:
        ready()
    waiting.ready.connect(ready)


def run_gui(args) -> int:
    app = make_app()
    settings = Settings()
    i18n.install(settings.get("language"))
    waiting = LoginDialog.show_waiting(username=settings.get("last_username"))
    _show_until_painted(waiting)
    from ..cli import setup_logging

    setup_logging(getattr(args, "verbose", False))
    if os.environ.get("HOTLINE_STARTUP_PROBE"):
        _probe_start(waiting)
    try:
        return _run(app, args, settings)
    finally:
        LoginDialog.discard_waiting()


def _run(app: QApplication, args, settings: Settings) -> int:
    # behind the sign-in window: the database, its checks and the rest of the app
    from ..storage import close_database, describe, resolve_url
    from ..services import users
    from . import startup
    from .first_run_dialog import FirstRunDialog
    from .main_window import MainWindow

    # damaged file → restore offered; shared schema never migrated (ui/startup.py)
    url = startup.open_for_desk(resolve_url(getattr(args, "db", None)),
                                LoginDialog.waiting)
    if url is None:
        return 2
    info = describe(url)
    watcher = startup.DamageWatcher()
    try:
        # even this first read runs off the UI thread: a stalled server shows a
        # progress dialog that can be cancelled, not a program that never appears
        has_users = startup.run_blocking(
            lambda job: users.has_users(),
            QCoreApplication.translate("Startup", "Opening the database…"),
            LoginDialog.waiting)
        if has_users is None:  # cancelled
            return 0
        if not has_users:
            LoginDialog.hide_waiting()  # the first-run wizard comes first
            admin = FirstRunDialog.ask(db_text=info.describe())
            if admin is None:
                return 0
            settings.set("last_username", admin.username)
        while True:
            i18n.install(settings.get("language"))
            actor = LoginDialog.ask(db_text=info.describe(),
                                    username=settings.get("last_username"))
            LoginDialog.discard_waiting()  # when `ask` did not take it over
            warning = LoginDialog.last_warning
            if watcher.restore_requested:  # damage found during the sign-in
                url = startup.after_damage(url, watcher)
                if url is None:
                    return 2
                info = describe(url)
                continue
            if actor is None:
                return 0
            settings.set("last_username", actor.username)
            window = MainWindow(actor, settings, info, default_dir())
            signed_out = []
            window.signed_out.connect(lambda: signed_out.append(True))
            if window.first_layout:
                window.showMaximized()  # a workstation's main window fills the screen
            else:
                window.show()
            if warning:  # the PC's clock is off: said without stopping the work
                window.show_warning(warning)
            QTimer.singleShot(0, window.start_session)
            watcher.window = window
            app.exec()
            window.deleteLater()
            if watcher.restore_requested:  # damage found while working
                url = startup.after_damage(url, watcher)
                if url is None:
                    return 2
                info = describe(url)
                continue
            if not signed_out:
                return 0
    finally:
        watcher.stop()
        close_database()
