"""The supervisor's dashboard page (issue 11, Done when): a supervisor opens the
dashboard on demo data, it is his start page, the tiles show the numbers of the
database; clicking "已超时" lists exactly the overdue cases; the stale mark
appears when the data is old; a threshold changes a tile's level."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import Qt

from hotline import demo
from hotline.domain.workflow import OPEN_STATUSES
from hotline.models import Call
from hotline.services import dashboard
from hotline.services.base import Actor

NOW = dt.datetime(2026, 3, 18, 15, 20, 0)  # a Wednesday afternoon


@pytest.fixture
def demo_center(actors, frozen_clock):
    frozen_clock.at(NOW)
    # 1,000 calls over a month: a few dozen open cases, some of them overdue now
    demo.generate(actor=Actor.system("test"), calls=1000, seed=5, months=1, now=NOW,
                  batch_size=1000)
    return actors


def _overdue_tickets() -> list[str]:
    """The open cases past their resolution due time and not paused, by a query
    of their own (ordered as the list is: by due time, then id)."""
    rows = [c for c in Call.select().where(Call.status.in_(OPEN_STATUSES),
                                           Call.resolution_due.is_null(False),
                                           Call.resolution_due <= NOW)
            if c.paused_at is None or c.paused_at >= c.resolution_due]
    return [c.ticket_no for c in sorted(rows, key=lambda c: (c.resolution_due, c.id))]


def _wait(qtbot, window):
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=15_000)


def test_supervisor_drills_from_overdue_into_exactly_the_overdue_cases(
        qtbot, demo_center, open_window, monkeypatch):
    from hotline.ui.main_window import MainWindow

    opened = []
    monkeypatch.setattr(MainWindow, "open_case",
                        lambda self, call_id: opened.append(call_id))
    window = open_window(demo_center["supervisor"])
    assert window.current_page_key() == "dashboard"  # his start page
    page = window.dashboard
    _wait(qtbot, window)
    qtbot.waitUntil(lambda: page.counts is not None and page.rates is not None,
                    timeout=15_000)
    expected = _overdue_tickets()
    assert expected, "the demo data has overdue cases"
    overdue = page.tiles["overdue"]
    assert overdue.value.text() == str(len(expected))
    assert overdue.updated.text().endswith("15:20:00")
    assert page.level_of("overdue") == "✖ Alarm"  # one overdue case is an alarm
    open_cases = Call.select().where(Call.status.in_(OPEN_STATUSES)).count()
    assert page.counts.open_total == open_cases
    assert page.tiles["calls_today"].value.text() == str(
        Call.select().where(Call.received_at >= dt.datetime(2026, 3, 18)).count())
    assert page.agents_model.rowCount() > 0

    qtbot.mouseClick(overdue, Qt.MouseButton.LeftButton)
    _wait(qtbot, window)
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=15_000)
    dialog = page.dialog
    assert dialog.tickets() == expected
    assert dialog.count.text().startswith(str(len(expected)))
    # Enter on a row (as a double-click) opens the case, as the other lists do
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(dialog.view.model().index(0, 0))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert opened and opened[-1] == Call.get(Call.ticket_no == expected[0]).id
    dialog.close()


def test_stale_mark_and_thresholds_change_the_level(qtbot, demo_center, open_window):
    window = open_window(demo_center["supervisor"])
    page = window.dashboard
    _wait(qtbot, window)
    qtbot.waitUntil(lambda: page.counts is not None and page.rates is not None,
                    timeout=15_000)
    tiles = page.tiles
    assert not any(t.is_stale() for t in tiles.values())
    now = time.monotonic()
    page.check_stale(now + 2 * dashboard.COUNTS_INTERVAL_S + 1)  # counts too old
    assert tiles["overdue"].is_stale() and tiles["calls_today"].is_stale()
    assert tiles["callbacks"].is_stale()  # its count comes with the counts
    assert not tiles["on_time"].is_stale() and not tiles["qa"].is_stale()
    assert tiles["overdue"].stale.isVisibleTo(page)
    page.check_stale(now + 2 * dashboard.RATES_INTERVAL_S + 1)  # both parts
    assert all(t.is_stale() for t in tiles.values())
    page.check_stale(now)
    assert not any(t.is_stale() for t in tiles.values())

    # the director raises the overdue alarm above the count: the level text follows
    overdue = page.counts.overdue
    assert page.level_of("overdue") == "✖ Alarm"
    dashboard.set_thresholds(actor=demo_center["director"], overdue_alarm=overdue + 1)
    page.refresh_counts()
    _wait(qtbot, window)
    qtbot.waitUntil(lambda: page.level_of("overdue") == "✓ Normal", timeout=15_000)
    assert page.tiles["overdue"].value.text() == str(overdue)
    # a case logged on this workstation is announced: the counts are read again
    from hotline.services import calls
    from hotline.ui.changes import changes

    before = page.counts.calls_today
    case = calls.log_call(actor=demo_center["duty_officer"], outcome="answered",
                          subject="咨询")
    changes().announce_case(case.id)
    qtbot.waitUntil(lambda: page.counts.calls_today == before + 1, timeout=15_000)
    assert page.tiles["calls_today"].value.text() == str(before + 1)
    _wait(qtbot, window)
    # a read that is already running is not started again
    page._running["counts"] = True
    page.refresh_counts()
    assert not window.tasks.busy
    page._running["counts"] = False


def test_thresholds_editor_saves_and_names_the_field(qtbot, demo_center):
    from hotline.ui.dashboard_settings import ThresholdsEditor

    editor = ThresholdsEditor(demo_center["director"], None)
    qtbot.addWidget(editor)
    assert editor.spin("overdue_alarm").value() == 1  # loaded (no tasks: at once)
    editor.spin("on_time_alarm_pct").setValue(99)  # above the attention level 95
    editor.save()
    assert editor.error.isVisibleTo(editor)
    assert "On-time rate: alarm below (%)" in editor.error.text()
    assert dashboard.get_thresholds(actor=demo_center["director"]) == \
        dashboard.Thresholds()
    editor.spin("on_time_alarm_pct").setValue(85)
    editor.spin("overdue_alarm").setValue(4)
    editor.save()
    assert not editor.error.isVisibleTo(editor)
    saved = dashboard.get_thresholds(actor=demo_center["director"])
    assert saved.on_time_alarm_pct == 85 and saved.overdue_alarm == 4
    assert editor.status.text()  # "Saved."
