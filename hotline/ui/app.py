"""`hotline` with no command: first-run wizard, sign-in, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from ..storage import StorageError, close_database, describe, open_database, resolve_url
from .. import resources
from ..services import users
from . import i18n, labels
from .drafts import default_dir
from .first_run_dialog import FirstRunDialog
from .login_dialog import LoginDialog
from .main_window import MainWindow
from .settings import APPLICATION, ORGANIZATION, Settings
from .widgets import message_box

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
    url = resolve_url(getattr(args, "db", None))
    info = describe(url)
    try:
        open_database(url)
    except StorageError as exc:
        message_box(None, QMessageBox.Icon.Critical,
                    QCoreApplication.translate("App", "Hotline Desk"),
                    labels.error_text(exc)).exec()
        return 2
    try:
        if not users.has_users():
            admin = FirstRunDialog.ask(db_text=info.describe())
            if admin is None:
                return 0
            settings.set("last_username", admin.username)
        while True:
            i18n.install(settings.get("language"))
            actor = LoginDialog.ask(db_text=info.describe(),
                                    username=settings.get("last_username"))
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
            QTimer.singleShot(0, window.start_session)
            app.exec()
            window.deleteLater()
            if not signed_out:
                return 0
    finally:
        close_database()
