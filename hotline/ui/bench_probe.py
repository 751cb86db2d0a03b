"""The child processes of `hotline bench`'s startup area (hotline/bench/startup.py):
they start Qt, so they live in the ui package, the only one that imports PySide6.

    python -m hotline.ui.bench_probe bare              a bare PySide6 window (baseline)
    python -m hotline.ui.bench_probe start URL 0       the real `hotline --db URL` start
    python -m hotline.ui.bench_probe browse URL USER   signed in as USER, every page twice

Each prints "shown <window class>" when its first window is painted, then "done".
The start also prints "ready" when the sign-in window's "Sign in" works (the
database opened and checked behind it) before "done".
"""

from __future__ import annotations

import os
import sys

PAGE_WAIT_MS = 1500  # time given to a page to load its data while browsing


def bare_window() -> None:
    """The baseline: import PySide6, create a QApplication, show a QWidget."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    def done():
        sys.stdout.write("shown QWidget\ndone\n")
        sys.stdout.flush()
        os._exit(0)

    class Probe(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and obj is window:
                QTimer.singleShot(0, done)
            return False

    app = QApplication(sys.argv[:1])
    probe = Probe()
    app.installEventFilter(probe)
    window = QWidget()
    window.resize(400, 300)
    window.show()
    app.exec()


def _peak_rss_mb() -> float:
    """This process's peak RSS. On Linux from VmHWM (getrusage's ru_maxrss keeps the
    high-water mark of the process that forked us across exec: the bench's own)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)  # kB
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB, bytes on macOS
    return round(peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024, 1)


def child_main(argv: list[str]) -> None:
    """Runs in the child: the real `hotline --db URL` start, with a probe that says
    when the first window is painted ("start": then exit) or, signed in as the given
    user, opens every page of the main window twice and prints the peak RSS
    ("browse")."""
    mode, url, user_id = argv[0], argv[1], int(argv[2])
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow, QWidget

    from ..cli import main
    from . import app as app_module

    state = {"shown": False, "browsing": False}

    def finish_start(window: QWidget) -> None:
        sys.stdout.write(f"shown {type(window).__name__}\n")
        sys.stdout.flush()
        if mode == "start":
            if getattr(window, "is_ready", True):
                start_ready()
            else:  # the sign-in window, painted before the database was open
                window.ready.connect(start_ready)

    def start_ready() -> None:
        sys.stdout.write("ready\ndone\n")
        sys.stdout.flush()
        os._exit(0)

    def browse(window) -> None:
        keys = list(window.page_keys) * 2
        n_pages = len(window.page_keys)

        def step() -> None:
            if keys:
                window.go(keys.pop(0))
                QTimer.singleShot(PAGE_WAIT_MS, step)
            else:
                sys.stdout.write(f"rss {_peak_rss_mb()} {n_pages}\ndone\n")
                sys.stdout.flush()
                os._exit(0)

        QTimer.singleShot(PAGE_WAIT_MS, step)

    class Probe(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and obj.isWidgetType() \
                    and obj.isWindow() and obj.isVisible():
                if not state["shown"]:
                    state["shown"] = True
                    QTimer.singleShot(0, lambda w=obj: finish_start(w))
                    if mode == "browse" and type(obj).__name__ == "LoginDialog":
                        QTimer.singleShot(0, obj.accept)
                if mode == "browse" and isinstance(obj, QMainWindow) \
                        and not state["browsing"]:
                    state["browsing"] = True
                    browse(obj)
            return False

    probe = Probe()
    make_app = app_module.make_app

    def make_app_with_probe(*args, **kwargs):
        sys.stdout.write("qapp\n")  # every module imported, the CLI parsed
        sys.stdout.flush()
        application = make_app(*args, **kwargs)
        application.installEventFilter(probe)
        return application

    app_module.make_app = make_app_with_probe
    if mode == "browse":
        # the real sign-in dialog, answered: its OK signs in as the given user
        from ..models import User
        from ..services import users
        from ..services.base import Actor

        users.authenticate = lambda **kw: Actor.from_user(User.get_by_id(user_id))
    sys.exit(main(["--db", url]))


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare_window()
    else:
        child_main(sys.argv[1:])
