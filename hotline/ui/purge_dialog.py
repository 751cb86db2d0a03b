"""The retention purge of callers' personal data (DESIGN §10), for the director and
the administrator: a cut-off date, the case-text rule, a preview of the counts (a
dry run), then the purge after a confirmation that states the counts and that it
cannot be undone. Everything runs on the window's worker threads
(services/purge.py does the work)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QProgressBar, QPushButton, QVBoxLayout,
                               QWidget)

from ..services import purge
from ..services.base import Actor
from ..services.permissions import allowed
from .question_dialog import QuestionDialog
from .tasks import TaskManager, run_job
from .widgets import error_label, plain_label, set_plain, show_error


class PurgeDialog(QDialog):
    def __init__(self, parent: QWidget | None, actor: Actor,
                 tasks: TaskManager | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks
        self._previewed: tuple | None = None  # (date, case_text) of the preview shown
        self.setWindowTitle(self.tr("Purge callers' personal data"))
        self.resize(560, 360)
        intro = plain_label(self.tr(
            "Removes the phone number, name, organization and notes of every caller "
            "whose cases were all closed before the date (and of callers without a "
            "case recorded before it), then compacts the database so the old text is "
            "gone from its files. Statistics and reports keep their figures."),
            wrap=True)
        today = dt.date.today()
        self.before = QDateEdit(QDate(today.year, today.month, today.day))
        self.before.setObjectName("purgeBefore")
        self.before.setCalendarPopup(True)
        self.before.setDisplayFormat("yyyy-MM-dd")
        self.before.setMaximumDate(QDate(today.year, today.month, today.day))
        self.case_text = QCheckBox(self.tr(
            "Also replace the free text of their cases (description, solution, notes, "
            "callback and survey comments)"))
        self.case_text.setObjectName("purgeCaseText")
        self.case_text.setChecked(purge.DEFAULT_CASE_TEXT)
        self.rule = plain_label(name="purgeRule", wrap=True)
        self.save_rule = QPushButton(self.tr("Make this the center's rule"))
        self.save_rule.setObjectName("purgeSaveRule")
        self.save_rule.setVisible(allowed(actor.role, "config.manage"))  # director
        self.counts = plain_label(name="purgeCounts", wrap=True)
        self.warning = plain_label(name="purgeWarning", wrap=True)
        self.warning.hide()
        self.busy = QProgressBar()
        self.busy.setObjectName("purgeProgress")
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.message = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("purgePreview")
        self.purge_button = QPushButton(self.tr("Purge…"))
        self.purge_button.setObjectName("purgeRun")
        self.purge_button.setEnabled(False)
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ActionRole)
        form = QFormLayout()
        form.addRow(self.tr("Cases closed before"), self.before)
        form.addRow("", self.case_text)
        form.addRow("", self.save_rule)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.rule)
        layout.addWidget(self.counts)
        layout.addWidget(self.warning)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self._load_rule()

    def _connect_signals(self):
        self.buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.purge_button.clicked.connect(self.confirm_and_purge)
        self.before.dateChanged.connect(self._changed)
        self.case_text.toggled.connect(self._changed)
        self.save_rule.clicked.connect(self.save_case_text_rule)

    def _run(self, job, done) -> None:
        def failed(exc):
            self._set_busy(False)
            show_error(self.message, exc)

        self.message.hide()
        self._set_busy(True)
        run_job(self.tasks, job, done, failed, owner=self)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.preview_button.setEnabled(not busy)
        self.before.setEnabled(not busy)
        self.case_text.setEnabled(not busy)
        self.save_rule.setEnabled(not busy)
        if busy:
            self.purge_button.setEnabled(False)

    def _load_rule(self) -> None:
        actor = self.actor

        def done(rule):
            self._set_busy(False)
            self.case_text.setChecked(rule.case_text)
            day = purge.months_before(dt.date.today(), rule.months)
            self.before.setDate(QDate(day.year, day.month, day.day))
            self._show_rule(rule)

        self._run(lambda: purge.get_retention_rule(actor=actor), done)

    def _show_rule(self, rule) -> None:
        set_plain(self.rule, self.tr(
            "The center keeps callers' data for %1 months; the case text rule is "
            "\"%2\".").replace("%1", str(rule.months)).replace(
            "%2", self.tr("purge") if rule.case_text else self.tr("keep")))

    def save_case_text_rule(self) -> None:
        """The director makes the checkbox the center's rule (audited)."""
        actor, case_text = self.actor, self.case_text.isChecked()

        def done(rule):
            self._set_busy(False)
            self._show_rule(rule)

        self._run(lambda: purge.set_retention_rule(actor=actor, case_text=case_text),
                  done)

    def _choice(self) -> tuple[dt.date, bool]:
        return self.before.date().toPython(), self.case_text.isChecked()

    def _changed(self, *_args) -> None:
        self._previewed = None
        self.purge_button.setEnabled(False)
        self.counts.clear()
        self.warning.hide()

    def preview(self) -> None:
        actor, (before, case_text) = self.actor, self._choice()

        def done(result):
            self._set_busy(False)
            self._previewed = (before, case_text)
            set_plain(self.counts, self._counts_text(result))
            self._show_warning(result)
            self.purge_button.setEnabled(result.callers > 0
                                         or result.compaction_pending)

        self._run(lambda: purge.purge_callers(actor=actor, before=before,
                                              include_case_text=case_text,
                                              dry_run=True), done)

    def _counts_text(self, r) -> str:
        if r.callers == 0:
            return self.tr("Nothing to purge: no caller has all cases closed before "
                           "%1.").replace("%1", f"{r.before:%Y-%m-%d}")
        text = self.tr("%1 callers and their %2 cases closed before %3 will be "
                       "purged.").replace("%1", f"{r.callers:,}").replace(
            "%2", f"{r.cases:,}").replace("%3", f"{r.before:%Y-%m-%d}")
        return text + " " + (self.tr("The cases' free text will be replaced.")
                             if r.case_text else
                             self.tr("The cases' free text is kept."))

    def _show_warning(self, r) -> None:
        self.warning.setVisible(r.recent)
        if r.recent:
            set_plain(self.warning, self.tr(
                "The date lies within the retention period of %1 months.").replace(
                "%1", str(r.retention_months)))

    def confirm_and_purge(self) -> None:
        if self._previewed is None or self._previewed != self._choice():
            return
        before, case_text = self._previewed
        question = self.counts.text() + "\n\n" + self.tr(
            "This cannot be undone: the data is removed from the database for good. "
            "Other workstations may have to wait until the purge is done.")
        if not QuestionDialog.ask(self, self.tr("Purge callers' personal data"),
                                  question):
            return
        actor = self.actor

        def done(result):
            self._set_busy(False)
            self._previewed = None
            text = self.tr("Purged %1 callers and %2 cases (%3 with their text "
                           "replaced).").replace("%1", f"{result.callers:,}").replace(
                "%2", f"{result.cases:,}").replace("%3", f"{result.cases_redacted:,}")
            if result.compacted:
                text += " " + self.tr("The database was compacted.")
            else:
                text += " " + self.tr(
                    "The database could not be compacted (another program holds it): "
                    "the old text may still be in its files. Close the other programs "
                    "and purge again.")
            if result.wal_truncated is False:
                text += " " + self.tr(
                    "Another program still uses the database's journal file: close "
                    "every Hotline Desk and run the purge again to empty it.")
            set_plain(self.counts, text)
            self.warning.hide()

        self._run(lambda: purge.purge_callers(actor=actor, before=before,
                                              include_case_text=case_text), done)


def purge_action(window) -> QAction:
    """The File menu's action of the main window (roles with caller.purge)."""
    action = QAction(QCoreApplication.translate(
        "PurgeDialog", "Purge callers' personal data…"), window)
    action.setObjectName("purgeAction")
    action.triggered.connect(
        lambda: PurgeDialog(window, window.actor, window.tasks).exec())
    return action
