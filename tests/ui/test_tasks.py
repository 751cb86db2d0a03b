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
    from hotline.ui.case_dialog import CaseDialog

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
