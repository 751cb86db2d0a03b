"""Change notices (DESIGN §2): what a user action changed, announced once so that
every open view of it refreshes (the My shift table, an open case dialog).

The operations in `hotline/ui/operations/` announce; views connect:

    changes().case_changed.connect(self._case_changed)   # one case (its id)
    changes().cases_changed.connect(self.refresh)        # lists of cases
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal


class Changes(QObject):
    case_changed = Signal(int)  # a case was changed (status, assignee, notes…)
    cases_changed = Signal()  # cases were added or changed: lists refresh

    def announce_case(self, call_id: int | None) -> None:
        """A case changed (or was created): its views and the lists refresh."""
        if call_id is not None:
            self.case_changed.emit(int(call_id))
        self.cases_changed.emit()


_bus: Changes | None = None


def changes() -> Changes:
    """The application's one change bus (created on first use, on the main thread)."""
    global _bus
    if _bus is None or not shiboken6.isValid(_bus):
        _bus = Changes(QCoreApplication.instance())
    return _bus


class RefreshOnChange(QObject):
    """A list page kept current: when cases change, `refresh` runs once (several
    notices in a row give one refresh, 50 ms after the last) while the page is
    shown, or the next time it is shown. The page's own refresh calls `fresh()`."""

    def __init__(self, page, refresh):
        super().__init__(page)
        self.page = page
        self.stale = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(50)
        self._refresh = refresh
        self.timer.timeout.connect(self._fire)
        changes().cases_changed.connect(self._changed)
        page.installEventFilter(self)

    def fresh(self) -> None:
        """The page has just been read: nothing is waiting to be shown."""
        self.stale = False

    def _fire(self) -> None:
        self.stale = False
        self._refresh()

    def _changed(self) -> None:
        if self.page.isVisible():
            self.timer.start()
        else:
            self.stale = True  # read again when the page is shown

    def eventFilter(self, obj, event):
        if obj is self.page and event.type() == QEvent.Type.Show and self.stale:
            self.timer.start()
        return False
