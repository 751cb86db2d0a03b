"""Duty roster for supervisors and directors: a week of shifts, add and remove."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDateTimeEdit, QDialog,
                               QFormLayout, QHBoxLayout, QPushButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ..services import shifts, users
from ..services.base import Actor
from . import labels
from .question_dialog import QuestionDialog
from .tasks import LatestOnly, run_job
from .widgets import error_label, ok_cancel, plain_label, show_error


class ShiftDialog(QDialog):
    """Add one shift: person, start, end, name (早班/中班/夜班)."""

    def __init__(self, parent: QWidget | None, actor: Actor, day: dt.date):
        super().__init__(parent)
        self.actor = actor
        self.tasks = getattr(parent, "tasks", None)  # the page's (window's) workers
        self.setWindowTitle(self.tr("Add a shift"))
        self.person = QComboBox()
        self.label = QComboBox()
        self.label.setEditable(True)
        self.label.addItems([self.tr("Day shift"), self.tr("Evening shift"),
                             self.tr("Night shift")])
        start = QDateTime(QDate(day.year, day.month, day.day), QTime(8, 0))
        self.starts = QDateTimeEdit(start)
        self.starts.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.ends = QDateTimeEdit(start.addSecs(8 * 3600))
        self.ends.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.message = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("Shift name"), self.label)
        form.addRow(self.tr("Start"), self.starts)
        form.addRow(self.tr("End"), self.ends)
        form.addRow(self.message)
        self.buttons = ok_cancel(self)
        form.addRow(self.buttons)
        self._saving = False
        # everyone who can be on duty (duty officers too: list_assignees offers only
        # those who can work a case), read off the UI thread
        run_job(self.tasks, lambda: users.list_users(actor=actor), self._people,
                lambda exc: show_error(self.message, exc), owner=self)

    def _people(self, people):
        for p in [u for u in people if u.role in shifts.ROSTER_ROLES]:
            self.person.addItem(f"{p.display_name} · {labels.role(p.role)}", p.id)

    def accept(self):
        if self._saving:
            return
        values = dict(actor=self.actor, user_id=self.person.currentData(),
                      starts_at=self.starts.dateTime().toPython(),
                      ends_at=self.ends.dateTime().toPython(),
                      label=self.label.currentText())
        self._saving = True

        def done(_shift):
            self._saving = False
            QDialog.accept(self)

        def failed(exc):
            self._saving = False
            show_error(self.message, exc)

        run_job(self.tasks, lambda: shifts.add_shift(**values), done, failed, owner=self)


class RosterPage(QWidget):
    def __init__(self, actor: Actor, tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks  # the window's TaskManager: reads and writes off the UI thread
        self._latest = LatestOnly()
        title = plain_label(self.tr("Duty roster"))
        title.setObjectName("pageTitle")
        self.week = QDateEdit(QDate.currentDate())
        self.week.setCalendarPopup(True)
        self.week.setDisplayFormat("yyyy-MM-dd")
        self.add_button = QPushButton(self.tr("Add shift…"))
        self.remove_button = QPushButton(self.tr("Remove shift"))
        self.table = QTreeWidget()
        self.table.setObjectName("rosterTable")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("From"), self.tr("To"), self.tr("Shift"),
                                    self.tr("Name"), self.tr("Role")])
        self.table.setColumnWidth(0, 140)
        self.table.setColumnWidth(1, 140)
        self.error = error_label(wrap=False)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(plain_label(self.tr("Week of")))
        top.addWidget(self.week)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self._connect_signals()

    def _connect_signals(self):
        self.week.dateChanged.connect(lambda _d: self.refresh())
        self.add_button.clicked.connect(self.add_shift)
        self.remove_button.clicked.connect(self.remove_shift)

    def _monday(self) -> dt.date:
        day = self.week.date().toPython()
        return day - dt.timedelta(days=day.weekday())

    def refresh(self):
        self.error.hide()
        start = dt.datetime.combine(self._monday(), dt.time())
        actor = self.actor
        done, failed = self._latest(self._show,
                                    lambda exc: show_error(self.error, exc))

        run_job(self.tasks, lambda: shifts.roster(actor=actor, start=start,
                                                  end=start + dt.timedelta(days=7)),
                done, failed, owner=self)

    def _show(self, rows):
        self.table.clear()
        for s in rows:
            item = QTreeWidgetItem([f"{s.starts_at:%a %m-%d %H:%M}",
                                    f"{s.ends_at:%a %m-%d %H:%M}", s.label, s.user_name,
                                    labels.role(s.role)])
            item.setData(0, Qt.ItemDataRole.UserRole, s.id)
            self.table.addTopLevelItem(item)

    def add_shift(self):
        if ShiftDialog(self, self.actor, self.week.date().toPython()).exec():
            self.refresh()

    def remove_shift(self):
        item = self.table.currentItem()
        if item is None:
            return
        if not QuestionDialog.ask(self, self.tr("Remove shift"),
                                  self.tr("Remove this shift from the roster?")):
            return
        actor, shift_id = self.actor, item.data(0, Qt.ItemDataRole.UserRole)
        run_job(self.tasks, lambda: shifts.remove_shift(actor=actor, shift_id=shift_id),
                lambda _r: self.refresh(), lambda exc: show_error(self.error, exc),
                owner=self)


