"""Sessions: draft after a crash, roles and pages, idle lock, sign-in, handover,
the lazily loaded "my shift" table."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hotline.models import Call, HandoverNote
from hotline.services import (PermissionDenied, calls, shifts, users, worklists)

from helpers import PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def test_draft_restored_after_the_process_is_killed(qtbot, actors, database, db_url,
                                                     tmp_path, open_window,
                                                     monkeypatch):
    from hotline.ui.question_dialog import QuestionDialog

    duty = actors["duty_officer"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("draft_child.py")), db_url,
         duty.username, str(tmp_path / "drafts"), str(tmp_path / "child.ini")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = child.stdout.readline()
        assert line.strip() == "READY", child.stderr.read()
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    asked = []
    monkeypatch.setattr(QuestionDialog, "ask", classmethod(
        lambda cls, parent, title, text: asked.append(text) or True))
    window = open_window(duty)  # a new session of the same user
    form = window.call_form
    assert asked and "断电前正在记录的来电" in asked[0]
    assert form.phone.text() == "13800138000"
    assert form.subject.text() == "断电前正在记录的来电"
    assert form.description.toPlainText() == "来电人反映物业拒绝退还押金。\n第二行"
    assert form.confidential.isChecked()
    assert form.elapsed_seconds() >= 120  # the timer carries on
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        qtbot.keyClick(form.subject, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    row = Call.get(Call.ticket_no == saved.args[0].ticket_no)
    assert row.confidential and row.duration_seconds >= 120
    assert form.drafts.load() is None  # saved: no draft offered again


def test_declined_draft_is_discarded(qtbot, actors, open_window, monkeypatch):
    from hotline.ui.question_dialog import QuestionDialog

    window = open_window(actors["duty_officer"])
    window.call_form.subject.setText("half typed")
    window.call_form.write_draft()
    window.close()
    monkeypatch.setattr(QuestionDialog, "ask",
                        classmethod(lambda cls, parent, title, text: False))
    again = open_window(actors["duty_officer"])
    assert again.call_form.is_empty() and again.call_form.drafts.load() is None


def test_duty_officer_cannot_reach_admin_or_supervisor_pages(qtbot, actors, open_window):
    from hotline.ui.roster_page import RosterPage
    from hotline.ui.users_page import UsersPage

    duty = actors["duty_officer"]
    window = open_window(duty)
    assert window.page_keys[:3] == ["call", "shift", "duty"]
    assert "callbacks" in window.page_keys  # the call backs of cases he logged
    assert not {"users", "roster", "audit", "queue"} & set(window.page_keys)
    texts = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert texts[:3] == ["Log a call  F2", "My shift  F3", "Duty & handover  F4"]
    assert not window.findChildren(UsersPage) and not window.findChildren(RosterPage)
    window.go("users")
    window.go("roster")
    assert window.current_page_key() == "call"
    # and the services refuse too
    with pytest.raises(PermissionDenied):
        users.create_user(actor=duty, username="intruder", role="admin",
                          password="Another-passw0rd")
    with pytest.raises(PermissionDenied):
        users.list_users(actor=duty)
    with pytest.raises(PermissionDenied):
        shifts.add_shift(actor=duty, user_id=duty.id, starts_at="2026-01-01 08:00",
                         ends_at="2026-01-01 16:00")
    case = calls.log_call(actor=duty, outcome="answered", subject="x")
    with pytest.raises(PermissionDenied):
        calls.reopen(actor=duty, call_id=case.id, reason="try")
    # the pages exist for the roles they belong to
    admin = open_window(actors["admin"])
    assert admin.page_keys == ["duty", "users", "audit"] and admin.call_form is None
    admin.nav.setCurrentRow(1)
    assert admin.users.table.topLevelItemCount() == len(actors)
    supervisor = open_window(actors["supervisor"])
    assert "roster" in supervisor.page_keys and "users" not in supervisor.page_keys


def test_idle_lock_keeps_the_typed_text(qtbot, actors, open_window, ime_type):
    window = open_window(actors["duty_officer"])
    form = window.call_form
    qtbot.keyClicks(form.phone, "13800138000")
    ime_type(form.description, "来电人情绪激动，正在说明情况")
    window.idle_timer.setInterval(50)  # instead of waiting the configured minutes
    window.idle_timer.start()
    qtbot.waitUntil(lambda: window.locked, timeout=10_000)
    assert window.outer.currentWidget() is window.lock_page
    assert not form.isVisible()
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_F2)  # no way around the lock
    assert window.outer.currentWidget() is window.lock_page
    qtbot.keyClicks(window.lock_page.password, "wrong-password1")
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong user name or password" in
                    window.lock_page.message.text(), timeout=10_000)  # checked off the UI thread
    assert window.locked
    qtbot.keyClicks(window.lock_page.password, PASSWORD)
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    assert form.isVisible()
    assert form.phone.text() == "13800138000"
    assert form.description.toPlainText() == "来电人情绪激动，正在说明情况"


def test_idle_lock_covers_a_dialog_left_open(qtbot, actors, open_window):
    from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout

    window = open_window(actors["duty_officer"])
    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(QLineEdit("来电人身份证号 110101199001011234"))
    dialog.resize(400, 200)
    dialog.open()  # window-modal, as the case and transfer dialogs are
    qtbot.waitUntil(dialog.isVisible)
    window.lock()
    covers = dialog.findChildren(QLabel, "lockCover")
    assert len(covers) == 1 and covers[0].isVisible()
    assert covers[0].geometry() == dialog.rect()
    dialog.resize(600, 300)
    assert covers[0].geometry() == dialog.rect()  # still all of it
    qtbot.keyClick(covers[0], Qt.Key.Key_Escape)  # the way out of the dialog
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.outer.currentWidget() is window.lock_page
    qtbot.keyClicks(window.lock_page.password, PASSWORD)
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.findChildren(QLabel, "lockCover"))


def test_my_shift_model_loads_lazily_by_key(qtbot, qtmodeltester, actors, database):
    from hotline.ui.case_model import CaseModel

    duty = actors["duty_officer"]
    made = [calls.log_call(actor=duty, outcome="answered", subject=f"call {i}",
                           phone=f"1380000{i:04d}") for i in range(230)]
    fetched = []

    def fetch(before_id, limit):
        fetched.append(before_id)
        return worklists.my_shift(actor=duty, before_id=before_id, limit=limit)

    model = CaseModel(fetch, batch=100)
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 230
    assert [model.row_at(i).ticket_no for i in (0, 229)] == [made[-1].ticket_no,
                                                             made[0].ticket_no]
    assert fetched[0] is None and all(b is not None for b in fetched[1:])
    assert model.index(0, 4).data() == "call 229"
    qtmodeltester.check(model, force_py=True)


def test_my_shift_page_search_and_case_timeline(qtbot, actors, open_window,
                                                monkeypatch):
    from hotline.ui.case_window import CaseWindow as CaseDialog

    duty = actors["duty_officer"]
    calls.log_call(actor=duty, outcome="answered", subject="离婚咨询", phone="13811112222")
    wanted = calls.log_call(actor=duty, outcome="transferred", subject="欠薪投诉",
                            assignee_id=actors["specialist"].id, phone="13833334444")
    window = open_window(duty)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    page = window.my_shift
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and bool(page.summary.text()),
                    timeout=10_000)  # read off the UI thread
    assert "2 calls logged" in page.summary.text() and "1 open" in page.summary.text()
    qtbot.keyClicks(page.search, "3333")
    shown = []
    monkeypatch.setattr(CaseDialog, "show_case",
                        classmethod(lambda cls, parent, case: shown.append(case)))
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # search now, go to the first row
    qtbot.waitUntil(lambda: page.view.hasFocus(), timeout=10_000)
    assert page.model.rowCount() == 1 and page.model.row_at(0).ticket_no == wanted.ticket_no
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # open the case
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0].summary.ticket_no == wanted.ticket_no
    kinds = [e.kind for e in shown[0].events]
    assert kinds == ["created", "assigned"]
    from PySide6.QtWidgets import QTreeWidget

    dialog = CaseDialog(window, shown[0])
    qtbot.addWidget(dialog)
    timeline = dialog.findChild(QTreeWidget, "timeline")
    assert timeline.topLevelItemCount() == 2
    assert timeline.topLevelItem(1).text(4) == "specialist one"


def test_handover_written_then_acknowledged_by_the_next_officer(qtbot, actors,
                                                                 open_window,
                                                                 monkeypatch):
    from helpers import make_user
    from hotline.ui.handover_dialog import HandoverDialog

    first = actors["duty_officer"]
    window = open_window(first)
    qtbot.keyClick(window, Qt.Key.Key_F4)
    page = window.duty
    page.note.setPlainText("20261122-0003 需在今晚回电；系统打印机卡纸。")
    qtbot.mouseClick(page.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Handed over" in page.note_status.text(),  # off the UI thread
                    timeout=10_000)
    assert page.note.toPlainText() == ""
    qtbot.waitUntil(lambda: "系统打印机卡纸" in page.recent.toPlainText(), timeout=10_000)
    window.close()

    nxt = make_user("duty2", "duty_officer", "duty two")
    seen = []

    def acknowledge(cls, parent, actor, notes):
        dialog = cls(parent, actor, notes)
        qtbot.addWidget(dialog)
        seen.append(dialog.view.toPlainText())
        qtbot.mouseClick(dialog.ack, Qt.MouseButton.LeftButton)
        return True

    monkeypatch.setattr(HandoverDialog, "ask", classmethod(acknowledge))
    open_window(nxt)  # sign-in shows the note (read off the UI thread)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen and "系统打印机卡纸" in seen[0] and "duty_officer one" in seen[0]
    note = HandoverNote.get()
    assert note.acknowledged_by_id == nxt.id and note.acknowledged_at is not None


def test_first_run_creates_the_administrator(qtbot, database):
    from hotline.ui.first_run_dialog import FirstRunDialog

    assert not users.has_users()
    dialog = FirstRunDialog(db_text="test")
    qtbot.addWidget(dialog)
    dialog.display_name.setText("系统管理员")
    dialog.password.setText("short1")
    dialog.password2.setText("short1")

    def accept():  # the account is created off the UI thread
        dialog.accept()
        qtbot.waitUntil(lambda: not dialog.tasks.busy, timeout=10_000)

    accept()
    assert "at least 10 characters" in dialog.message.text() and not users.has_users()
    dialog.password.setText("Strong-passw0rd")
    dialog.password2.setText("Strong-passw0rd!")
    accept()
    assert "differ" in dialog.message.text()
    dialog.password2.setText("Strong-passw0rd")
    accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert users.authenticate(username="admin", password="Strong-passw0rd").role == "admin"


def test_login_messages_and_lockout(qtbot, actors):
    from hotline.ui.login_dialog import LoginDialog

    def sign_in(dialog):  # checked off the UI thread
        dialog.accept()
        qtbot.waitUntil(lambda: not dialog.tasks.busy, timeout=10_000)

    dialog = LoginDialog(db_text="test", username="duty_officer1")
    qtbot.addWidget(dialog)
    for _ in range(4):
        dialog.password.setText("not-the-password1")
        sign_in(dialog)
        assert dialog.message.text() == "Wrong user name or password."
    dialog.password.setText("not-the-password1")
    sign_in(dialog)
    assert "locked until" in dialog.message.text()
    dialog.password.setText(PASSWORD)
    sign_in(dialog)
    assert dialog.actor is None and "locked until" in dialog.message.text()
    other = LoginDialog(db_text="test", username="specialist1")
    qtbot.addWidget(other)
    other.password.setText(PASSWORD)
    sign_in(other)
    assert other.actor is not None and other.actor.role == "specialist"


def test_settings_and_window_state_persist(qtbot, actors, open_window, ui_settings):
    from hotline.ui.settings_dialog import SettingsDialog

    window = open_window(actors["duty_officer"])
    dialog = SettingsDialog(window, ui_settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.idle.setValue(3)
    dialog.accept()
    assert ui_settings.get("language") == "zh_CN"
    assert ui_settings.get("idle_lock_minutes") == 3
    window.resize(1100, 700)
    window.call_form.splitter.setSizes([500, 200])
    sizes = window.call_form.splitter.sizes()
    window.close()
    again = open_window(actors["duty_officer"])
    assert (again.size().width(), again.size().height()) == (1100, 700)
    assert again.call_form.splitter.sizes() == sizes
    assert again.idle_timer.interval() == 3 * 60_000


def test_closing_while_a_call_is_saved_leaves_no_draft(qtbot, actors, open_window,
                                                       monkeypatch):
    import threading

    from hotline.ui.question_dialog import QuestionDialog

    window = open_window(actors["duty_officer"])
    form = window.call_form
    form.subject.setText("saved as the window closes")
    release = threading.Event()
    real = calls.log_call

    def slow(**kwargs):
        release.wait(10)
        return real(**kwargs)

    monkeypatch.setattr(calls, "log_call", slow)
    form.save("answered")
    assert window.tasks.busy
    release.set()
    window.close()  # waits for the save and lets it clear the form
    assert Call.select().where(Call.subject == "saved as the window closes").count() == 1
    asked = []
    monkeypatch.setattr(QuestionDialog, "ask", classmethod(
        lambda cls, parent, title, text: asked.append(text) or True))
    again = open_window(actors["duty_officer"])
    assert asked == [] and again.call_form.is_empty()
