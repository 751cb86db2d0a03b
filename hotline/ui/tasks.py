"""Background work (DESIGN §2: no database call on the UI thread).

`TaskManager.run(fn, on_done, on_error)` runs `fn` on one of a few worker threads
and hands its result (or its error) back to the main thread. Never touch a widget
from `fn`; `on_done`/`on_error` run on the main thread, and only while the
manager (its window) and the optional `owner` (a dialog, a page) still exist.

A job that wants to report progress or stop early takes one argument, its `Job`:

    def job(job):
        for i, row in enumerate(rows):
            if job.is_cancelled():
                return None          # nothing is delivered after a cancel anyway
            ...
            job.on_progress(i + 1, len(rows))

    tasks.run(job, on_done, progress=self.tr("Importing…"), parent=self)

With `progress=` a cancellable progress dialog appears if the job lasts more than
PROGRESS_DELAY_MS; Cancel sets `is_cancelled()` and drops the result.

Connections: each worker thread keeps its own database connection (peewee's
connection is per thread) from one job to the next, so typing in the call form
does not open a connection per keystroke. A connection that failed is dropped
after the job (the next job reconnects, the services also replace a connection
the server dropped); the threads close theirs when the manager shuts down.
"""

from __future__ import annotations

import inspect
import logging
import queue
import threading
import time
import weakref
from typing import Callable

import shiboken6
from peewee import InterfaceError, OperationalError
from PySide6.QtCore import (QCoreApplication, QEvent, QObject, Qt, QTimer, Signal)
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..models import db
from ..services.errors import DatabaseUnavailable

log = logging.getLogger(__name__)

MANAGERS: "weakref.WeakSet[TaskManager]" = weakref.WeakSet()
PROGRESS_DELAY_MS = 500  # a job shorter than this never shows a dialog
IDLE_EXPIRY_S = 300.0  # an idle worker (and its connection) ends after this
_STOP = object()


class Cancelled(Exception):
    """Raised by `Job.check_cancelled()`; a cancelled job's outcome is dropped."""


class _Relay(QObject):
    """Lives on the main thread: signals emitted by a worker are queued to it."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Job:
    """What a job function is given, and the handle `run()` returns."""

    def __init__(self, relay: _Relay):
        self._relay = relay
        self._cancelled = threading.Event()
        self._finished = threading.Event()
        self._last_progress = 0.0

    # -- called by the job (worker thread)
    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check_cancelled(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled()

    def on_progress(self, done: int, total: int) -> None:
        """Report `done` of `total` steps (cheap: at most ~20 updates a second)."""
        now = time.monotonic()
        if done < total and now - self._last_progress < 0.05:
            return
        self._last_progress = now
        try:
            self._relay.progress.emit(int(done), int(total))
        except RuntimeError:  # the relay is gone: nobody is watching
            pass

    # -- called by the UI (main thread)
    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def finished(self) -> bool:
        return self._finished.is_set()


def _takes_job(fn: Callable) -> bool:
    """True if `fn` expects the Job as its one positional argument."""
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return False
    required = [p for p in params
                if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
                and p.default is p.empty]
    return len(required) == 1


def _connection_failed(exc: BaseException) -> bool:
    return isinstance(exc, (OperationalError, InterfaceError, DatabaseUnavailable))


def _close_connection(database) -> None:
    """Close this thread's connection to `database` (a worker's, at its end or
    after a failure)."""
    if database is None:
        return
    try:
        if not database.is_closed():
            database.close()
    except Exception:  # noqa: BLE001 - a broken connection is dropped either way
        try:
            database._state.reset()
        except Exception:  # noqa: BLE001
            pass


class _Worker(threading.Thread):
    def __init__(self, manager: "TaskManager", n: int):
        super().__init__(name=f"hotline-worker-{n}", daemon=True)
        self.manager = manager
        self.database = None  # the Database this thread's connection belongs to
        self.generation = manager._generation

    def run(self):
        manager = self.manager
        try:
            while True:
                try:
                    item = manager._queue.get(timeout=IDLE_EXPIRY_S)
                except queue.Empty:
                    with manager._lock:
                        if manager._queue.empty():
                            manager._workers.discard(self)
                            return
                    continue
                if item is _STOP:
                    return
                fn, job, takes_job = item
                with manager._lock:
                    manager._running += 1
                try:
                    self._run_one(fn, job, takes_job)
                finally:
                    job._finished.set()
                    with manager._lock:
                        manager._running -= 1
                        manager._pending -= 1
                        manager._idle.notify_all()
        finally:
            _close_connection(self.database)
            self.database = None
            with manager._lock:
                manager._workers.discard(self)
                manager._idle.notify_all()

    def _run_one(self, fn, job: Job, takes_job: bool):
        current = db.obj
        if self.database is not None and current is not self.database:
            _close_connection(self.database)  # the database was reopened meanwhile
        elif self.generation != self.manager._generation:
            # another worker's connection failed: this one, opened before, is
            # probably dead too (server restarted, network cut) but not known
            # to be closed until used; start afresh rather than fail once more
            _close_connection(self.database)
        self.generation = self.manager._generation
        self.database = current
        # the relay is always answered, a cancelled job's too: the manager drops it
        # then (its handlers are not called), so `busy` ends with the job
        if job.is_cancelled():
            job._relay.done.emit(None)
            return
        try:
            result = fn(job) if takes_job else fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread
            if _connection_failed(exc):
                _close_connection(self.database)  # the next job reconnects
                with self.manager._lock:
                    self.manager._generation += 1  # and so do the other workers
            job._relay.failed.emit(exc)
        else:
            job._relay.done.emit(result)


class TaskManager(QObject):
    """One per window (or per sign-in dialog): a small set of worker threads,
    waited for when the window closes."""

    def __init__(self, parent: QObject | None = None, threads: int = 2):
        super().__init__(parent)
        from . import gui_gc

        gui_gc.install()  # no widget may be collected on one of our threads
        self.max_threads = max(1, threads)
        self._queue: "queue.Queue" = queue.Queue()
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._workers: set[_Worker] = set()
        self._count = 0
        self._running = 0
        self._pending = 0  # queued or running
        self._generation = 0  # bumped when a connection fails: all reconnect
        self._relays: set[_Relay] = set()
        self._closed = False
        MANAGERS.add(self)

    def run(self, fn: Callable, on_done: Callable[[object], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, *,
            progress: str | None = None, parent: QWidget | None = None,
            owner: QObject | None = None,
            on_cancelled: Callable[[], None] | None = None) -> Job:
        """Run `fn()` (or `fn(job)`) on a worker thread.

        on_done(result) / on_error(exc): on the main thread, unless the manager,
        or `owner` if given, was destroyed meanwhile, or the job was cancelled.
        progress: the text of a cancellable progress dialog (over `parent`) shown
        if the job is still running after PROGRESS_DELAY_MS.
        on_cancelled(): on the main thread, when the user cancels.
        """
        relay = _Relay()
        job = Job(relay)
        if self._closed:
            job.cancel()  # the window has closed (a timer fired late): nothing to show
            job._finished.set()
            relay.deleteLater()
            return job
        self._relays.add(relay)
        owner_ref = owner
        dialog_box: list[QProgressDialog] = []

        def close_dialog():
            for dialog in dialog_box:
                if shiboken6.isValid(dialog):
                    dialog.canceled.disconnect()
                    dialog.close()
                    dialog.deleteLater()
            dialog_box.clear()

        def finish(handler, value):
            self._relays.discard(relay)
            relay.deleteLater()
            close_dialog()
            if job.is_cancelled() or self._closed or not shiboken6.isValid(self):
                return  # cancelled, or the window is gone: its widgets must not be touched
            if owner_ref is not None and not shiboken6.isValid(owner_ref):
                return  # the dialog or page that asked is gone
            if handler is not None:
                handler(value)
            elif isinstance(value, BaseException):
                log.error("background task failed", exc_info=value)

        relay.done.connect(lambda r: finish(on_done, r))
        relay.failed.connect(lambda e: finish(on_error, e))

        if progress is not None:
            def cancelled():
                job.cancel()
                close_dialog()
                if on_cancelled is not None and not self._closed:
                    on_cancelled()

            def show_dialog():
                if job.finished or job.is_cancelled() or self._closed \
                        or relay not in self._relays:
                    return
                host = parent if parent is not None and shiboken6.isValid(parent) \
                    else None
                dialog = QProgressDialog(progress, self.tr("Cancel"), 0, 0, host)
                dialog.setObjectName("taskProgress")
                dialog.setWindowTitle(progress)
                dialog.setAutoClose(False)
                dialog.setAutoReset(False)
                dialog.setMinimumDuration(0)
                dialog.setWindowModality(Qt.WindowModality.WindowModal)
                dialog.canceled.connect(cancelled)
                dialog_box.append(dialog)
                dialog.show()

            def show_progress(done, total):
                for dialog in dialog_box:
                    if shiboken6.isValid(dialog):
                        dialog.setMaximum(max(total, 0))
                        dialog.setValue(min(done, total) if total > 0 else 0)

            relay.progress.connect(show_progress)
            timer = QTimer(relay)
            timer.setSingleShot(True)
            timer.timeout.connect(show_dialog)
            timer.start(PROGRESS_DELAY_MS)

        with self._lock:
            self._pending += 1
            self._queue.put((fn, job, _takes_job(fn)))
            if self._pending > len(self._workers) and len(self._workers) < self.max_threads:
                self._count += 1
                worker = _Worker(self, self._count)
                self._workers.add(worker)
                worker.start()
        return job

    @property
    def busy(self) -> bool:
        """A job is queued, running, or its result is not delivered yet."""
        return bool(self._relays)

    def thread_count(self) -> int:
        """Worker threads alive (each holds at most one database connection)."""
        with self._lock:
            return len(self._workers)

    def active_threads(self) -> int:
        """Jobs queued or running (0 once everything is done or shut down)."""
        with self._lock:
            return self._pending

    def _wait_idle(self, msecs: int) -> bool:
        deadline = time.monotonic() + msecs / 1000
        with self._lock:
            while self._pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._idle.wait(left)
        return True

    def drain(self, msecs: int = 10_000) -> bool:
        """Wait for running jobs and deliver their results now (a call being saved
        when the window closes must clear its form and draft, not be offered back)."""
        ok = self._wait_idle(msecs)
        for relay in list(self._relays):
            QCoreApplication.sendPostedEvents(relay, QEvent.Type.MetaCall)
        return ok

    def shutdown(self, msecs: int = 10_000) -> bool:
        """Drop queued jobs, wait for running ones (their results are dropped), stop
        the threads and close their connections."""
        self._closed = True
        with self._lock:
            try:
                while True:
                    item = self._queue.get_nowait()
                    if item is not _STOP:
                        item[1].cancel()
                        item[1]._finished.set()
                        self._pending -= 1
            except queue.Empty:
                pass
            workers = list(self._workers)
            for _ in workers:
                self._queue.put(_STOP)
            self._idle.notify_all()
        deadline = time.monotonic() + msecs / 1000
        for worker in workers:
            worker.join(max(0.0, deadline - time.monotonic()))
        return not any(w.is_alive() for w in workers)


class LatestOnly:
    """A page that re-reads its data (refresh, search, week change) shows the answer
    to its latest request only: `done, failed = self._latest(show, show_error)`
    wraps the handlers of a new request so that answers to older ones are dropped."""

    def __init__(self):
        self._seq = 0

    def __call__(self, done: Callable[[object], None],
                 failed: Callable[[BaseException], None]
                 ) -> tuple[Callable[[object], None], Callable[[BaseException], None]]:
        self._seq += 1
        seq = self._seq

        def latest_done(result):
            if seq == self._seq:
                done(result)

        def latest_failed(exc):
            if seq == self._seq:
                failed(exc)

        return latest_done, latest_failed


def run_job(tasks: "TaskManager | None", job: Callable, done: Callable[[object], None],
            failed: Callable[[BaseException], None], *,
            owner: QObject | None = None) -> None:
    """Run `job` through `tasks` (the window's TaskManager) when there is one, else
    at once: a page or dialog built on its own, without a window (a script, a test
    of the widget alone)."""
    if tasks is not None:
        tasks.run(job, done, failed, owner=owner)
        return
    try:
        result = job()
    except Exception as exc:  # noqa: BLE001 - handed to `failed`
        failed(exc)
    else:
        done(result)
