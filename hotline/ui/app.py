"""`hotline` with no command: first-run wizard, sign-in, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ..storage import close_database, describe, resolve_url
from .. import resources
from ..services import users
from . import i18n, startup
from .drafts import default_dir
from .first_run_dialog import FirstRunDialog
from .login_dialog import LoginDialog
from .main_window import MainWindow
from .settings import APPLICATION, ORGANIZATION, Settings

FONT_FAMILIES = ["Microsoft YaHei UI", "PingFang SC", "Noto Sans CJK SC",
                 "Source Han Sans SC", "WenQuanYi Micro Hei", "Sans Serif"]


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(11)
    app.setFont(font)
    app.setStyleSheet(resources.read_text("style.qss"))
    return app


def run_gui(args) -> int:
    app = make_app()
    settings = Settings()
    i18n.install(settings.get("language"))
    # damaged file → restore offered; shared schema never migrated (ui/startup.py)
    url = startup.open_for_desk(resolve_url(getattr(args, "db", None)))
    if url is None:
        return 2
    info = describe(url)
    watcher = startup.DamageWatcher()
    try:
        # even this first read runs off the UI thread: a stalled server shows a
        # progress dialog that can be cancelled, not a program that never appears
        has_users = startup.run_blocking(
            lambda job: users.has_users(),
            QCoreApplication.translate("Startup", "Opening the database…"))
        if has_users is None:  # cancelled
            return 0
        if not has_users:
            admin = FirstRunDialog.ask(db_text=info.describe())
            if admin is None:
                return 0
            settings.set("last_username", admin.username)
        while True:
            i18n.install(settings.get("language"))
            actor = LoginDialog.ask(db_text=info.describe(),
                                    username=settings.get("last_username"))
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
