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
from .widgets import error_label, ok_cancel, plain_label, show_error


class ShiftDialog(QDialog):
    """Add one shift: person, start, end, name (早班/中班/夜班)."""

    def __init__(self, parent: QWidget | None, actor: Actor, day: dt.date):
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("Add a shift"))
        self.person = QComboBox()
        # everyone who can be on duty (duty officers too: list_assignees offers only
        # those who can work a case)
        for p in [u for u in users.list_users(actor=actor)
                  if u.role in shifts.ROSTER_ROLES]:
            self.person.addItem(f"{p.display_name} · {labels.role(p.role)}", p.id)
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
        buttons = ok_cancel(self)
        form.addRow(buttons)

    def accept(self):
        try:
            shifts.add_shift(actor=self.actor, user_id=self.person.currentData(),
                             starts_at=self.starts.dateTime().toPython(),
                             ends_at=self.ends.dateTime().toPython(),
                             label=self.label.currentText())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self.message, exc)
            return
        super().accept()


class RosterPage(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
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
        try:
            rows = shifts.roster(actor=self.actor, start=start,
                                 end=start + dt.timedelta(days=7))
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self.error, exc)
            return
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
        try:
            shifts.remove_shift(actor=self.actor,
                                shift_id=item.data(0, Qt.ItemDataRole.UserRole))
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self.error, exc)
            return
        self.refresh()


