"""The page registry (hotline/ui/pages.py): a page is one PageSpec; the main window
builds navigation, shortcuts, start page and permission filtering from it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget


class _Probe(QWidget):
    open_case = Signal(int)

    def __init__(self, window):
        super().__init__()
        self.actor = window.actor
        self.refreshed = 0

    def refresh(self):
        self.refreshed += 1


def test_one_entry_adds_a_page(qtbot, actors, open_window, monkeypatch):
    from hotline.ui import pages
    from hotline.ui.main_window import MainWindow

    probe = pages.PageSpec("probe", "call.log", lambda: "Probe page", _Probe,
                           shortcut="F9", attribute="probe")
    monkeypatch.setattr(pages, "PAGES", pages.PAGES + (probe,))
    opened = []
    monkeypatch.setattr(MainWindow, "open_case", lambda self, call_id: opened.append(call_id))
    window = open_window(actors["duty_officer"])
    assert window.page_keys[-1] == "probe"
    assert window.nav.item(len(window.page_keys) - 1).text() == "Probe page"
    page = window.probe
    assert isinstance(page, _Probe) and page.actor == actors["duty_officer"]
    qtbot.keyClick(window, Qt.Key.Key_F9)  # its shortcut shows it and refreshes it
    assert window.current_page_key() == "probe" and page.refreshed == 1
    page.open_case.emit(7)  # a page listing cases opens them in the case dialog
    assert opened == [7]
    admin = open_window(actors["admin"])  # the administrator may not log calls
    assert "probe" not in admin.page_keys and admin.probe is None


def test_start_page_and_permissions_per_role(actors):
    from hotline.ui import pages

    keys = {role: [s.key for s in pages.pages_for(role)]
            for role in ("duty_officer", "specialist", "supervisor", "director", "admin")}
    assert keys["duty_officer"][:3] == ["call", "shift", "duty"]
    assert "users" not in keys["duty_officer"] and "roster" not in keys["duty_officer"]
    assert "users" in keys["admin"] and "call" not in keys["admin"]
    assert pages.start_page("admin") == "users"
    assert pages.start_page("supervisor") == "dashboard"
    assert pages.start_page("director") == "dashboard"
    assert pages.start_page("duty_officer") == "call"
    assert len({s.key for s in pages.PAGES}) == len(pages.PAGES)  # keys are unique
    assert all(s.title() for s in pages.PAGES)
