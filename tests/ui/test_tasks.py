"""Background work (DESIGN §2): a long job's cancellable progress dialog, results
only for windows that still exist, and change notices that refresh every open
view of a changed case (the case dialog, the My shift row)."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QTreeWidget, QWidget

from hotline.services import calls


def _progress_dialogs(parent):
    return [d for d in parent.findChildren(QProgressDialog, "taskProgress")
            if d.isVisible()]


def test_long_job_shows_a_cancellable_progress_dialog(qtbot):
    from hotline.ui.tasks import PROGRESS_DELAY_MS, TaskManager

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    tasks = TaskManager(parent)
    steps, delivered, cancelled = [], [], []

    def import_rows(job):
        for i in range(500):
            if job.is_cancelled():
                steps.append(("stopped at", i))
                return "half done"
            time.sleep(0.01)
            job.on_progress(i + 1, 500)
        return "all done"

    started = time.monotonic()
    handle = tasks.run(import_rows, delivered.append, delivered.append,
                       progress="Importing calls…", parent=parent,
                       on_cancelled=lambda: cancelled.append(True))
    assert not _progress_dialogs(parent)  # not for a job that may be short
    qtbot.waitUntil(lambda: bool(_progress_dialogs(parent)), timeout=5_000)
    assert time.monotonic() - started >= PROGRESS_DELAY_MS / 1000 * 0.9
    dialog = _progress_dialogs(parent)[0]
    assert dialog.labelText() == "Importing calls…"
    qtbot.waitUntil(lambda: dialog.maximum() == 500 and dialog.value() > 0,
                    timeout=5_000)  # the job's progress is shown
    cancel = dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: handle.finished, timeout=5_000)
    assert steps and steps[0][1] < 500  # the job saw is_cancelled() and stopped
    assert cancelled == [True]
    qtbot.wait(200)
    assert delivered == []  # neither its result nor an error is delivered
    assert not _progress_dialogs(parent)
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5_000)  # the manager is free again
    tasks.shutdown()


def test_short_job_shows_no_dialog_and_delivers_on_the_main_thread(qtbot):
    from hotline.ui.tasks import TaskManager

    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = TaskManager(parent)
    seen = []

    def quick(job):
        seen.append(("worker", threading.current_thread() is threading.main_thread()))
        return 42

    tasks.run(quick, lambda r: seen.append(
        ("done", r, threading.current_thread() is threading.main_thread())),
        progress="Quick", parent=parent)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5_000)
    assert seen == [("worker", False), ("done", 42, True)]
    qtbot.wait(700)  # past the progress delay: the finished job shows nothing
    assert not parent.findChildren(QProgressDialog)
    tasks.shutdown()


def test_nothing_is_delivered_to_a_destroyed_owner(qtbot):
    from hotline.ui.tasks import TaskManager

    window = QWidget()
    qtbot.addWidget(window)
    tasks = TaskManager(window)
    dialog = QWidget(window)
    release = threading.Event()
    delivered = []
    handle = tasks.run(lambda: release.wait(5) and "late", delivered.append,
                       delivered.append, owner=dialog)
    dialog.deleteLater()
    qtbot.waitUntil(lambda: _deleted(dialog), timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: handle.finished, timeout=5_000)
    qtbot.wait(100)
    assert delivered == []
    tasks.shutdown()


def _deleted(widget) -> bool:
    import shiboken6

    return not shiboken6.isValid(widget)


def test_an_operation_refreshes_the_open_case_and_my_shift(qtbot, actors, open_window):
    from hotline.ui.operations import cases as operations

    supervisor, spec, spec2 = (actors["supervisor"], actors["specialist"],
                               actors["specialist2"])
    case = calls.log_call(actor=supervisor, outcome="transferred", subject="欠薪投诉",
                          phone="13833334444", assignee_id=spec.id)
    window = open_window(supervisor)
    window.go("shift")
    page = window.my_shift
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.index(0, 7).data() == "specialist one"
    window.open_case(case.id)  # the case opened from My shift, which stays shown
    from hotline.ui.case_window import CaseWindow as CaseDialog

    qtbot.waitUntil(lambda: bool(window.findChildren(CaseDialog)), timeout=10_000)
    dialog = window.findChildren(CaseDialog)[0]
    timeline = dialog.findChild(QTreeWidget, "timeline")
    assert timeline.topLevelItemCount() == 2
    done = []
    operations.assign_case(parent=window, tasks=window.tasks, actor=supervisor,
                           call_id=case.id, assignee_id=spec2.id,
                           expected_version=dialog.version, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    # the open dialog re-reads the case: the new assignee and the new timeline row
    qtbot.waitUntil(lambda: timeline.topLevelItemCount() == 3, timeout=10_000)
    assert timeline.topLevelItem(2).text(4).startswith("specialist two")
    assert any("assigned to specialist two" in label.text()
               for label in dialog.findChildren(type(dialog.notice)))
    # and the My shift row under the dialog shows the case as it is now
    assert window.current_page_key() == "shift" and page.isVisible()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1
                    and page.model.index(0, 7).data() == "specialist two", timeout=10_000)
    dialog.close()


def test_a_stale_case_is_refused_and_the_dialog_shows_it_as_it_is(qtbot, actors,
                                                                 open_window):
    import inspect

    import pytest

    from hotline.ui.case_window import CaseWindow as CaseDialog
    from hotline.ui.operations import cases as operations

    if "expected_version" not in inspect.signature(calls.assign).parameters:
        pytest.skip("services.calls.assign has no expected_version yet")
    supervisor, director = actors["supervisor"], actors["director"]
    spec, spec2 = actors["specialist"], actors["specialist2"]
    case = calls.log_call(actor=supervisor, outcome="transferred", subject="欠薪投诉",
                          assignee_id=spec.id)
    window = open_window(supervisor)
    window.open_case(case.id)
    qtbot.waitUntil(lambda: bool(window.findChildren(CaseDialog)), timeout=10_000)
    dialog = window.findChildren(CaseDialog)[0]
    seen_version = dialog.version
    # meanwhile, on another workstation, the director gives it to specialist two
    calls.assign(actor=director, call_id=case.id, assignee_id=spec2.id)
    errors = []
    operations.assign_case(parent=window, tasks=window.tasks, actor=supervisor,
                           call_id=case.id, assignee_id=spec.id,
                           expected_version=seen_version, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert getattr(errors[0], "code", None) == "stale_case"
    assert calls.get_case(actor=director, call_id=case.id).summary.assignee == \
        "specialist two"  # nothing overwritten
    # the open dialog now shows the case as the director left it
    qtbot.waitUntil(lambda: dialog.version != seen_version, timeout=10_000)
    assert any("assigned to specialist two" in label.text()
               for label in dialog.findChildren(type(dialog.notice)))
    dialog.close()


def test_a_skewed_clock_is_told_at_sign_in(qtbot, actors, monkeypatch, open_window):
    import dataclasses

    from hotline.services import users
    from hotline.ui.login_dialog import LoginDialog, clock_warning

    assert clock_warning(None) == "" and clock_warning(59.0) == ""
    assert "3 minutes behind" in clock_warning(180.0)
    assert "2 minutes ahead" in clock_warning(-125.0)
    real = users.authenticate

    def skewed(**kwargs):
        actor = real(**kwargs)
        return dataclasses.replace(actor, clock_skew_seconds=-600.0) \
            if dataclasses.is_dataclass(actor) and any(
                f.name == "clock_skew_seconds" for f in dataclasses.fields(actor)) \
            else _WithSkew(actor, -600.0)

    monkeypatch.setattr(users, "authenticate", skewed)
    from helpers import PASSWORD

    dialog = LoginDialog(db_text="test", username="duty_officer1")
    qtbot.addWidget(dialog)
    dialog.password.setText(PASSWORD)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.actor is not None, timeout=10_000)
    assert dialog.warning.startswith("This computer's clock is 10 minutes ahead")
    window = open_window(dialog.actor)
    window.show_warning(dialog.warning)  # as run_gui does after sign-in
    assert "10 minutes ahead" in window.status_warning.text()
    assert window.status_warning.isVisible()


class _WithSkew:
    """A sign-in result carrying the actor and the clock skew."""

    def __init__(self, actor, skew):
        self.actor = actor
        self.clock_skew_seconds = skew


def test_only_the_latest_request_is_shown():
    """A page refreshed twice shows the second answer, whichever arrives last."""
    from hotline.ui.tasks import LatestOnly

    shown, errors = [], []
    latest = LatestOnly()
    first_done, first_failed = latest(shown.append, errors.append)
    second_done, second_failed = latest(shown.append, errors.append)
    second_done("new rows")
    first_done("old rows")  # the older request answers late: dropped
    first_failed(RuntimeError("old failure"))
    assert shown == ["new rows"] and errors == []
    second_failed(RuntimeError("current failure"))
    assert [str(e) for e in errors] == ["current failure"]


def test_garbage_is_collected_on_the_gui_thread_never_on_a_worker(qapp, qtbot):
    """A widget kept alive by a reference cycle is destroyed when the cyclic
    collector finds it: on the GUI thread (hotline.ui.gui_gc), never on a worker
    thread that happened to allocate (that froze the window: a Qt destructor
    waiting for the GIL on the worker, the GUI thread waiting for Qt's mutex)."""
    import gc
    import threading

    from PySide6.QtWidgets import QWidget

    from hotline.ui import gui_gc

    gui_gc.install()
    assert not gc.isenabled()
    collected_on = []

    class Marker:  # freed with the widget, by the collector, on its thread
        def __del__(self):
            collected_on.append(threading.current_thread().name)

    kept = []
    worker = threading.Thread(target=lambda: kept.extend([] for _ in range(50_000)),
                              name="allocating-worker")
    gc.collect()
    widget = QWidget()
    widget.itself = widget  # a reference cycle: only the cyclic collector frees it
    widget.marker = Marker()
    del widget
    worker.start()
    worker.join()
    # Python's automatic collection would have run on the worker here (tried:
    # without gui_gc this list is ["allocating-worker"])
    assert collected_on == []
    qtbot.waitUntil(lambda: collected_on == [threading.main_thread().name],
                    timeout=5000)
