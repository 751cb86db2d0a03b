"""The supervisor's roster page and the administrator's users page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime

from hotline.models import AuditLog, Shift, User
from hotline.services import shifts, users


def _settled(qtbot, window):
    """The page's reads and writes run on the window's worker threads: wait for them."""
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)


def test_supervisor_rosters_a_shift_the_officer_then_sees(qtbot, actors, open_window):
    from hotline.ui.roster_page import ShiftDialog

    supervisor, duty = actors["supervisor"], actors["duty_officer"]
    window = open_window(supervisor)
    window.nav.setCurrentRow(window.page_keys.index("roster"))
    page = window.roster
    now = dt.datetime.now().replace(second=0, microsecond=0)
    dialog = ShiftDialog(page, supervisor, now.date())
    qtbot.addWidget(dialog)
    _settled(qtbot, window)
    dialog.person.setCurrentIndex(dialog.person.findData(duty.id))
    dialog.label.setEditText("夜班")
    dialog.starts.setDateTime(QDateTime(now - dt.timedelta(hours=1)))
    dialog.ends.setDateTime(QDateTime(now - dt.timedelta(hours=2)))
    dialog.accept()
    _settled(qtbot, window)
    assert "must be after the start" in dialog.message.text() and not Shift.select().exists()
    dialog.ends.setDateTime(QDateTime(now + dt.timedelta(hours=7)))
    dialog.accept()
    _settled(qtbot, window)
    assert dialog.result() == dialog.DialogCode.Accepted
    page.refresh()
    _settled(qtbot, window)
    assert page.table.topLevelItem(0).text(3) == "duty_officer one"
    window.close()
    officer = open_window(duty)
    shift_text = (
        f"Shift: 夜班 {now - dt.timedelta(hours=1):%H:%M}–{now + dt.timedelta(hours=7):%H:%M}")
    # the status bar is read off the UI thread
    qtbot.waitUntil(lambda: officer.status_shift.text() == shift_text, timeout=10_000)
    officer.go("duty")
    qtbot.waitUntil(lambda: officer.duty.duty.topLevelItemCount() > 0
                    and officer.duty.duty.topLevelItem(0).text(0) == "duty_officer one",
                    timeout=10_000)  # read off the UI thread
    assert shifts.current_shift(actor=duty).label == "夜班"


def test_admin_adds_and_unlocks_a_user(qtbot, actors, open_window, monkeypatch):
    from hotline.ui.users_page import UserDialog

    admin = actors["admin"]
    window = open_window(admin)
    page = window.users
    dialog = UserDialog(page, admin)
    qtbot.addWidget(dialog)
    dialog.username.setText("xiaoli")
    dialog.display_name.setText("李晓")
    dialog.role.setCurrentIndex(dialog.role.findData("duty_officer"))
    dialog.password.setText("password123")
    dialog.accept()
    _settled(qtbot, window)
    assert dialog.message.text() == "Password: is a commonly used password"
    dialog.password.setText("Duty-passw0rd7")
    dialog.accept()
    _settled(qtbot, window)
    assert User.get(User.username == "xiaoli").role == "duty_officer"
    User.update(locked_until=dt.datetime.now() + dt.timedelta(minutes=10),
                failed_logins=5).where(User.username == "xiaoli").execute()
    page.refresh()
    _settled(qtbot, window)
    row = next(i for i in range(page.table.topLevelItemCount())
               if page.table.topLevelItem(i).text(0) == "xiaoli")
    assert "locked until" in page.table.topLevelItem(row).text(3)
    page.table.setCurrentItem(page.table.topLevelItem(row))
    page.unlock_button.click()
    _settled(qtbot, window)
    assert page.message.text() == "Account unlocked."
    assert users.authenticate(username="xiaoli", password="Duty-passw0rd7").role == \
        "duty_officer"
    assert AuditLog.select().where(AuditLog.action == "unlock").count() == 1
