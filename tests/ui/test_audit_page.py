"""The administrator's audit page: who changed what, when, newest first, a page
at a time, filtered by entity; read off the UI thread; no case content."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from hotline.models import db
from hotline.services import audit_log, calls
from hotline.services.base import audit


def _rows(page):
    table = page.table
    return [[table.topLevelItem(i).text(c) for c in range(table.columnCount())]
            for i in range(table.topLevelItemCount())]


def test_admin_reads_who_changed_what_when(qtbot, actors, open_window, monkeypatch):
    duty, spec, admin = actors["duty_officer"], actors["specialist"], actors["admin"]
    case = calls.log_call(actor=duty, outcome="transferred", phone="13912345678",
                          caller_name="<b>王五</b>", subject="<h1>欠薪</h1>",
                          assignee_id=spec.id, confidential=True)
    calls.add_note(actor=duty, call_id=case.id, text="<img src='/etc/passwd'>请回电")
    calls.start(actor=spec, call_id=case.id)
    calls.resolve(actor=spec, call_id=case.id, solution="已调解")
    with db.atomic():  # enough rows for a second page
        for i in range(130):
            audit(admin, "holiday", f"2026-10-{i % 28 + 1:02d}", "update",
                  {"is_workday": False}, {"is_workday": True, "name": f"节{i}"})
    threads = []
    real = audit_log.list_audit

    def spy(**kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(**kwargs)

    monkeypatch.setattr(audit_log, "list_audit", spy)
    window = open_window(admin)
    assert "audit" in window.page_keys
    window.go("audit")
    page = window.audit
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() == 100)
    assert threads and not any(threads)  # never read on the UI thread
    first = _rows(page)[0]
    assert first[1] == "admin1" and first[3] == "changed"
    assert first[2].startswith("Calendar day 2026-10-")
    # the changed fields by their names on the screen, never their values
    assert "Make-up workday (班)" in first[4] and "Name" in first[4]
    assert "节" not in " ".join(first)
    # older entries, keyset-paged: the case's rows come last
    assert page.more_button.isEnabled()
    qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() > 100)
    rows = _rows(page)
    ids = [page.table.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
           for i in range(page.table.topLevelItemCount())]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)
    case_rows = [r for r in rows if r[2] == f"Case {case.ticket_no}"]
    assert [(r[1], r[3]) for r in case_rows] == [
        ("specialist1", "resolved"), ("specialist1", "started"),
        ("duty_officer1", "note added"), ("duty_officer1", "created")]
    resolved, _, note, created = case_rows
    assert "Reply given" in resolved[4] and "in_progress → resolved" in resolved[5]
    assert note[4] == "Note" and note[5] == ""  # the field, never the note itself
    assert "Phone" in created[4] and "assigned" in created[5]
    everything = " ".join(" ".join(r) for r in rows)
    for secret in ("13912345678", "王五", "欠薪", "passwd", "请回电", "已调解"):
        assert secret not in everything
    assert not page.more_button.isEnabled()  # the last page was short
    # the entity filter
    page.entity.setCurrentIndex(page.entity.findData("call"))
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() == 4)
    assert {r[2] for r in _rows(page)} == {f"Case {case.ticket_no}"}


def test_only_roles_with_audit_view_get_the_page(actors, open_window):
    assert "audit" not in open_window(actors["supervisor"]).page_keys
