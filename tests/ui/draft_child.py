"""Run by test_draft_restored_after_kill: the app's main window in a process of its
own, a call typed into the form, then wait to be killed with SIGKILL."""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(url, username, drafts, settings_path):
    from PySide6.QtCore import QSettings

    from hotline.storage import describe, open_database
    from hotline.models import User
    from hotline.services.base import Actor
    from hotline.ui.app import make_app
    from hotline.ui.main_window import MainWindow
    from hotline.ui.settings import Settings

    app = make_app()
    open_database(url, migrate=False)
    actor = Actor.from_user(User.get(User.username == username))
    settings = Settings(QSettings(settings_path, QSettings.Format.IniFormat))
    settings.set("draft_interval_seconds", 1)
    window = MainWindow(actor, settings, describe(url), drafts)
    window.show()
    form = window.call_form
    form.focus_form()
    form.phone.setText("13800138000")
    form.subject.setText("断电前正在记录的来电")
    form.description.setPlainText("来电人反映物业拒绝退还押金。\n第二行")
    form.confidential.setChecked(True)
    form._offset = 120  # two minutes into the call
    store = form.drafts.path
    while not store.exists():  # the periodic draft, not a forced one
        app.processEvents()
        time.sleep(0.05)
    print("READY", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    main(*sys.argv[1:5])
