"""The dashboard's thresholds (services/dashboard.py Thresholds), a form the
director's settings page embeds: one number per threshold, grouped by tile, and
Save. Read and saved on the window's worker threads; an error names the field
(ui/labels.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from ..services import dashboard
from ..services.base import Actor
from . import labels
from .tasks import run_job
from .widgets import error_label, plain_label, set_plain, show_error

# (group title, fields) — the tiles the thresholds belong to
GROUPS = (
    ("Open cases", ("warning_window_minutes", "due_soon_alarm", "overdue_alarm",
                    "waiting_warn", "waiting_alarm", "oldest_warn_hours",
                    "oldest_alarm_hours")),
    ("Month-to-date rates", ("on_time_warn_pct", "on_time_alarm_pct",
                             "satisfaction_warn_pct", "satisfaction_alarm_pct")),
    ("Calls and hot topics", ("surge_factor_pct", "spike_factor_pct")),
)


class ThresholdsEditor(QWidget):
    """The thresholds form with a Save button; `tasks` may be None (then the
    services are called at once, as in a test of the widget alone)."""

    def __init__(self, actor: Actor, tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("thresholdsEditor")
        self.actor = actor
        self.tasks = tasks
        self.spins: dict[str, QSpinBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Where a dashboard tile turns to “Attention” or “Alarm”. Rates are in "
            "whole percent."), name="hintLabel", wrap=True))
        titles = {"Open cases": self.tr("Open cases"),
                  "Month-to-date rates": self.tr("Month-to-date rates"),
                  "Calls and hot topics": self.tr("Calls and hot topics")}
        for title, names in GROUPS:
            box = QGroupBox(titles[title])
            form = QFormLayout(box)
            for name in names:
                spin = QSpinBox()
                spin.setObjectName(f"threshold_{name}")
                low, high = dashboard.RANGES[name]
                spin.setRange(low, high)
                form.addRow(plain_label(labels.field(name)), spin)
                self.spins[name] = spin
            layout.addWidget(box)
        self.error = error_label()
        self.status = plain_label("", name="thresholdsStatus")
        self.save_button = QPushButton(self.tr("&Save thresholds"))
        self.save_button.setObjectName("saveThresholds")
        self.reset_button = QPushButton(self.tr("Defaults"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self._defaults)
        self.load()

    def spin(self, name: str) -> QSpinBox:
        return self.spins[name]

    def values(self) -> dict:
        return {name: spin.value() for name, spin in self.spins.items()}

    def _show(self, t: dashboard.Thresholds) -> None:
        for name, spin in self.spins.items():
            spin.setValue(getattr(t, name))

    def _defaults(self) -> None:
        self._show(dashboard.Thresholds())
        set_plain(self.status, self.tr("Defaults filled in; Save to keep them."))

    def _failed(self, exc) -> None:
        set_plain(self.status, "")
        show_error(self.error, exc)

    def load(self) -> None:
        actor = self.actor
        self.error.hide()
        run_job(self.tasks, lambda: dashboard.get_thresholds(actor=actor), self._show,
                self._failed, owner=self)

    def save(self) -> None:
        actor, values = self.actor, self.values()
        self.error.hide()
        self.save_button.setEnabled(False)

        def done(saved):
            self.save_button.setEnabled(True)
            self._show(saved)
            set_plain(self.status, self.tr("Saved."))

        def failed(exc):
            self.save_button.setEnabled(True)
            self._failed(exc)

        run_job(self.tasks, lambda: dashboard.set_thresholds(actor=actor, **values),
                done, failed, owner=self)
