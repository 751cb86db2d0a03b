"""Background work: run a function on a worker thread with its own database
connection and hand the result (or the error) back to the main thread.

Never touch a widget from `fn`; `on_done`/`on_error` run on the main thread."""

from __future__ import annotations

import logging
import weakref
from typing import Callable

from PySide6.QtCore import (QCoreApplication, QEvent, QObject, QRunnable, QThreadPool,
                            Signal)

import shiboken6

from ..models import db

log = logging.getLogger(__name__)

MANAGERS: "weakref.WeakSet[TaskManager]" = weakref.WeakSet()


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], object], relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self.fn = fn
        self.relay = relay

    def run(self):
        try:
            with db.connection_context():  # this thread's own connection, closed after
                result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class TaskManager(QObject):
    """One per window: a small pool, waited for when the window closes."""

    def __init__(self, parent: QObject | None = None, threads: int = 2):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self.pool.setExpiryTimeout(2000)
        self._relays: set[_Relay] = set()
        self._closed = False
        MANAGERS.add(self)

    def run(self, fn: Callable[[], object], on_done: Callable[[object], None],
            on_error: Callable[[BaseException], None] | None = None) -> None:
        if self._closed:
            return  # the window has closed (a timer fired late): nothing to show it on
        relay = _Relay()
        self._relays.add(relay)

        def finish(handler, value):
            self._relays.discard(relay)
            relay.deleteLater()
            if self._closed or not shiboken6.isValid(self):
                return  # the window is gone: its widgets must not be touched
            if handler is not None:
                handler(value)
            elif isinstance(value, BaseException):
                log.error("background task failed", exc_info=value)

        relay.done.connect(lambda r: finish(on_done, r))
        relay.failed.connect(lambda e: finish(on_error, e))
        self.pool.start(_Job(fn, relay))

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def active_threads(self) -> int:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.pool):
            return 0  # a destroyed pool has waited for its threads
        return self.pool.activeThreadCount()

    def drain(self, msecs: int = 10_000) -> bool:
        """Wait for running jobs and deliver their results now (a call being saved
        when the window closes must clear its form and draft, not be offered back)."""
        ok = self.pool.waitForDone(msecs)
        for relay in list(self._relays):
            QCoreApplication.sendPostedEvents(relay, QEvent.Type.MetaCall)
        return ok

    def shutdown(self, msecs: int = 10_000) -> bool:
        """Wait for running jobs (their results are dropped) and stop the threads."""
        self._closed = True
        ok = self.pool.waitForDone(msecs)
        self.pool.clear()
        return ok
