"""Change notices (DESIGN §2): what a user action changed, announced once so that
every open view of it refreshes (the My shift table, an open case dialog).

The operations in `hotline/ui/operations/` announce; views connect:

    changes().case_changed.connect(self._case_changed)   # one case (its id)
    changes().cases_changed.connect(self.refresh)        # lists of cases
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal


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
