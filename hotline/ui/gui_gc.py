"""Python's cyclic garbage collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate when its threshold is
crossed. When that is a worker thread (tasks.py, the pdfium thread) and the garbage
holds a Qt widget kept alive by a reference cycle (a page's lambda connected to its
own signal, say), the widget is destroyed on the worker thread: Qt objects may only
be destroyed on the thread they live on, and the worker then waits for the GIL
inside Qt's destructor while the GUI thread waits for a Qt mutex that destructor
holds — the window freezes for good (seen: a QMenu from an earlier window collected
by a worker listing categories while the GUI thread built a page).

So, once a QApplication exists, automatic collection is switched off and a timer on
the GUI thread collects each generation when its count passes the threshold that
Python would have used — the same amount of collecting, always on the GUI thread.
Reference counting frees everything else as before, on any thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

INTERVAL_MS = 500

_guard: "_GuiCollector | None" = None


class _GuiCollector(QObject):
    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.timeout.connect(collect_if_due)
        self.timer.start(INTERVAL_MS)


def install() -> None:
    """Collect on the GUI thread from now on (idempotent; call on the GUI thread
    once the QApplication exists)."""
    global _guard
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return
    if _guard is None or _guard.parent() is not app:
        _guard = _GuiCollector(app)
    gc.disable()


def collect_if_due() -> None:
    """Collect the generations whose counts passed their thresholds, as Python's
    automatic collection would (on the calling thread: the GUI thread)."""
    threshold = _guard.threshold if _guard is not None else gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    if count0 <= threshold[0]:
        return
    if count1 > threshold[1]:
        gc.collect(2 if count2 > threshold[2] else 1)
    else:
        gc.collect(0)
