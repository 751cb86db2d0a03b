"""RefreshOnChange: a list page follows case changes — once for a burst of notices
while shown, and only when shown again if the notices came while it was hidden."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")


def test_a_page_refreshes_once_per_burst_and_later_when_hidden(qtbot):
    from PySide6.QtWidgets import QWidget

    from hotline.ui.changes import RefreshOnChange, changes

    page = QWidget()
    qtbot.addWidget(page)
    reads = []
    helper = RefreshOnChange(page, lambda: reads.append(1))

    page.show()
    qtbot.waitExposed(page)
    for call_id in (1, 2, 3):  # three changes in a row: one read
        changes().announce_case(call_id)
    qtbot.waitUntil(lambda: len(reads) == 1, timeout=2_000)
    qtbot.wait(150)
    assert len(reads) == 1

    page.hide()
    changes().announce_case(4)  # hidden: nothing is read now
    qtbot.wait(150)
    assert len(reads) == 1 and helper.stale
    page.show()  # shown again: read once
    qtbot.waitUntil(lambda: len(reads) == 2, timeout=2_000)
    assert not helper.stale

    page.hide()
    changes().announce_case(5)
    helper.fresh()  # the page read itself meanwhile (e.g. the window's refresh)
    page.show()
    qtbot.wait(150)
    assert len(reads) == 2
