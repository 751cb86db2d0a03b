"""The director's appraisal weights and KPI targets (DESIGN §11), a widget the
settings page embeds: `AppraisalSettingsEditor(actor, tasks)`.

The composite weights (KPI, QA, satisfaction, review), the review's split
(supervisor, self), the KPI parts' weights, the KPI targets (calls handled in a
quarter, on-time rate, mean handle time in seconds, attendance rate), the annual
split and the largest share of 优秀. Save sends them to appraisal.set_settings,
which checks them (each group of weights adds up to 1) and audits the change; its
refusal is shown naming the field. Reads and writes run on the TaskManager.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDoubleSpinBox, QFormLayout, QGroupBox, QGridLayout,
                               QHBoxLayout, QPushButton, QVBoxLayout, QWidget)

from ..services import appraisal
from ..services.base import Actor
from .tasks import run_job
from .widgets import error_label, plain_label, set_plain, show_error


class AppraisalSettingsEditor(QWidget):
    """Weights and KPI targets with Save."""

    loaded = Signal()
    saved = Signal()

    def __init__(self, actor: Actor, tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks
        self.spins: dict[str, QDoubleSpinBox] = {}
        groups = [
            ("weights", self.tr("Quarterly score weights"),
             [("kpi", self.tr("KPI")), ("qa", self.tr("QA mean")),
              ("satisfaction", self.tr("Satisfaction")), ("review", self.tr("Review"))]),
            ("review", self.tr("Review"),
             [("supervisor", self.tr("Supervisor's score")), ("self", self.tr("Self score"))]),
            ("kpi_weights", self.tr("KPI parts"),
             [("handled", self.tr("Calls handled")), ("on_time", self.tr("On-time rate")),
              ("handle_time", self.tr("Handle time")), ("attendance", self.tr("Attendance"))]),
            ("targets", self.tr("KPI targets (a quarter)"),
             [("handled", self.tr("Calls handled")),
              ("on_time", self.tr("On-time rate (0–1)")),
              ("handle_time", self.tr("Mean handle time (seconds, lower is better)")),
              ("attendance", self.tr("Attendance rate (0–1)"))]),
            ("annual", self.tr("Annual score"),
             [("quarters", self.tr("Mean of the quarters")),
              ("review", self.tr("Annual review"))]),
        ]
        grid = QGridLayout()
        for n, (group, title, fields) in enumerate(groups):
            box = QGroupBox(title)
            form = QFormLayout(box)
            for key, label in fields:
                spin = QDoubleSpinBox()
                spin.setObjectName(f"appraisal_{group}_{key}")
                if group == "targets" and key in ("handled", "handle_time"):
                    spin.setRange(1, 1_000_000 if key == "handled" else 86_400)
                    spin.setDecimals(0)
                else:
                    spin.setRange(0, 1)
                    spin.setDecimals(2)
                    spin.setSingleStep(0.05)
                self.spins[f"{group}.{key}"] = spin
                form.addRow(label, spin)
            grid.addWidget(box, n // 2, n % 2)
        share = QDoubleSpinBox()
        share.setObjectName("appraisal_excellent_share")
        share.setRange(0, 1)
        share.setDecimals(2)
        share.setSingleStep(0.05)
        self.spins["excellent_share"] = share
        share_row = QHBoxLayout()
        share_row.addWidget(plain_label(self.tr("Share of 优秀 at most (0–1)")))
        share_row.addWidget(share)
        share_row.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("appraisalSettingsSave")
        self.status = plain_label(name="appraisalSettingsStatus", wrap=True)
        self.error = error_label()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Each group of weights adds up to 1. Each evaluation keeps the weights it "
            "was computed with; a change applies to the next computation."), wrap=True))
        layout.addLayout(grid)
        layout.addLayout(share_row)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if not getattr(self, "_loaded_once", False):
            self._loaded_once = True
            self.load()

    def _show(self, settings: dict):
        for name, spin in self.spins.items():
            group, _, key = name.partition(".")
            value = settings[group][key] if key else settings[group]
            spin.setValue(float(value))

    def values(self) -> dict:
        out: dict = {}
        for name, spin in self.spins.items():
            group, _, key = name.partition(".")
            if key:
                out.setdefault(group, {})[key] = round(spin.value(), 6)
            else:
                out[group] = round(spin.value(), 6)
        return out

    def load(self):
        self._loaded_once = True
        actor = self.actor
        self.error.hide()

        def done(settings):
            self._show(settings)
            self.loaded.emit()

        run_job(self.tasks, lambda: appraisal.get_settings(actor=actor), done,
                lambda exc: show_error(self.error, exc), owner=self)

    def save(self):
        actor, values = self.actor, self.values()
        self.error.hide()

        def done(settings):
            self._show(settings)
            set_plain(self.status, self.tr(
                "Saved: weights KPI %1, QA %2, satisfaction %3, review %4; "
                "target %5 calls a quarter").replace(
                "%1", f"{settings['weights']['kpi']:.2f}").replace(
                "%2", f"{settings['weights']['qa']:.2f}").replace(
                "%3", f"{settings['weights']['satisfaction']:.2f}").replace(
                "%4", f"{settings['weights']['review']:.2f}").replace(
                "%5", f"{settings['targets']['handled']:.0f}"))
            self.saved.emit()

        def failed(exc):
            self.status.clear()
            show_error(self.error, exc)

        run_job(self.tasks, lambda: appraisal.set_settings(actor=actor, **values),
                done, failed, owner=self)
