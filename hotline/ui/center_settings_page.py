"""The director's settings (issue 11 item 6): one page of tabs, each audited by
the service it calls.

1. Categories: the two-level tree; add, rename, reorder, retire/restore and merge
   (config.merge_category); retired and merged categories are shown greyed with
   what happened to them.
2. SLA & hours: per-priority limits and clock, business hours.
3. Holidays: a year's days off and make-up workdays (调休), add/remove, Import
   CSV… (config.import_holidays; an error names the row and the field).
4. QA rubric: the current version's dimensions, items and veto items, saved as a
   new version (quality.save_rubric); the version history.
5. Archive numbers: the center's name and the parts of the 档号 (archives).
6. Time zone (config.set_time_zone).
7./8. Dashboard thresholds and appraisal weights: widgets of their own modules,
   added when those modules are there.

Every read and write runs through the window's TaskManager; a save says what was
saved, an error names the field (labels.error_text)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFileDialog,
                               QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLineEdit, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QTabWidget,
                               QTimeEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from ..models import CLOCKS, PRIORITIES
from ..services import archives, config, quality
from ..services.base import Actor
from . import labels
from .question_dialog import QuestionDialog
from .tasks import run_job
from .widgets import error_label, plain_label, set_plain, show_error


def _minutes_to_time(minutes: int) -> QTime:
    minutes = max(0, min(minutes, 24 * 60 - 1))
    return QTime(minutes // 60, minutes % 60)


def _time_to_minutes(time: QTime) -> int:
    return time.hour() * 60 + time.minute()


def _fmt_minutes(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


class SettingsTab(QWidget):
    """What every tab shares: the actor, the workers, a line saying what was
    saved and a line saying what went wrong."""

    changed = Signal(str)  # what was saved (the text shown)

    def __init__(self, actor: Actor, tasks, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.actor = actor
        self.tasks = tasks
        self.message = plain_label(name=f"{name}Message", wrap=True)
        self.error = error_label()  # objectName errorLabel: red by the style sheet

    def _run(self, job, done):
        """Run `job` on a worker; `done(result)` on the main thread. An error is
        shown in the tab's error line."""
        self.error.hide()

        def failed(exc):
            set_plain(self.message, "")
            show_error(self.error, exc)

        run_job(self.tasks, job, done, failed, owner=self)

    def _saved(self, text: str) -> None:
        set_plain(self.message, text)
        self.changed.emit(text)

    def _footer(self, layout) -> None:
        layout.addWidget(self.error)
        layout.addWidget(self.message)


# ---------------------------------------------------------------- 1. categories

class CategoriesTab(SettingsTab):
    """The two-level tree with add, rename, reorder, retire/restore and merge."""

    def __init__(self, actor: Actor, tasks, parent: QWidget | None = None):
        super().__init__(actor, tasks, "categoriesTab", parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("categoryTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Category"), self.tr("Code"),
                                   self.tr("State")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(1, 120)
        self.tree.setColumnWidth(2, 220)
        self.code = QLineEdit()
        self.code.setObjectName("categoryCode")
        self.code.setMaxLength(32)
        self.name = QLineEdit()
        self.name.setObjectName("categoryName")
        self.name.setMaxLength(64)
        self.add_top_button = QPushButton(self.tr("Add top-level"))
        self.add_child_button = QPushButton(self.tr("Add subcategory"))
        self.rename_button = QPushButton(self.tr("Save code and name"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.retire_button = QPushButton(self.tr("Retire"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.merge_target = QComboBox()
        self.merge_target.setObjectName("mergeTarget")
        self.merge_button = QPushButton(self.tr("Merge into"))
        self._categories: list[config.CategoryInfo] = []
        self._select_after_load: int | None = None

        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        edit = QHBoxLayout()
        for button in (self.add_top_button, self.add_child_button, self.rename_button):
            edit.addWidget(button)
        edit.addStretch(1)
        order = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.retire_button,
                       self.restore_button):
            order.addWidget(button)
        order.addStretch(1)
        merge = QHBoxLayout()
        merge.addWidget(self.merge_button)
        merge.addWidget(self.merge_target, 1)
        note = plain_label(self.tr(
            "A retired or merged category disappears from the call form; its cases "
            "keep it, and the figures of past months do not change."), wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(form)
        layout.addLayout(edit)
        layout.addLayout(order)
        layout.addLayout(merge)
        layout.addWidget(note)
        self._footer(layout)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self):
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.add_top_button.clicked.connect(lambda: self.add(child=False))
        self.add_child_button.clicked.connect(lambda: self.add(child=True))
        self.rename_button.clicked.connect(self.rename)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.retire_button.clicked.connect(self.retire)
        self.restore_button.clicked.connect(self.restore)
        self.merge_button.clicked.connect(self.merge)

    # -- reading
    def load(self):
        actor = self.actor
        self._run(lambda: config.list_categories(actor=actor, include_inactive=True),
                  self._show)

    def _show(self, categories):
        held = self._select_after_load
        if held is None and self.current() is not None:
            held = self.current().id
        self._select_after_load = None
        self._categories = list(categories)
        self.tree.blockSignals(True)
        self.tree.clear()
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled,
                                           QPalette.ColorRole.Text))
        tops: dict[int, QTreeWidgetItem] = {}
        select = None
        for c in self._categories:
            item = QTreeWidgetItem([c.name, c.code, self._state(c)])
            item.setData(0, Qt.ItemDataRole.UserRole, c)
            if not c.active:
                for col in range(3):
                    item.setForeground(col, grey)
            if c.parent_id is None:
                self.tree.addTopLevelItem(item)
                tops[c.id] = item
            elif c.parent_id in tops:
                tops[c.parent_id].addChild(item)
            if c.id == held:
                select = item
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if select is not None:
            self.tree.setCurrentItem(select)
        self._selection_changed()

    def _state(self, c: config.CategoryInfo) -> str:
        if c.merged_into_id is not None:
            return self.tr("Merged into %1").replace("%1", c.merged_into_label)
        if not c.active:
            return self.tr("Retired")
        return self.tr("Active")

    def current(self) -> config.CategoryInfo | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, category_id: int) -> bool:
        for n in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(n)
            for item in [top] + [top.child(i) for i in range(top.childCount())]:
                if item.data(0, Qt.ItemDataRole.UserRole).id == category_id:
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def item_of(self, category_id: int) -> QTreeWidgetItem | None:
        for n in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(n)
            for item in [top] + [top.child(i) for i in range(top.childCount())]:
                if item.data(0, Qt.ItemDataRole.UserRole).id == category_id:
                    return item
        return None

    def _selection_changed(self):
        c = self.current()
        if c is not None:
            self.code.setText(c.code)
            self.name.setText(c.name)
        self.merge_target.clear()
        for other in self._categories:
            if c is not None and other.id != c.id and other.active \
                    and other.parent_id != c.id:
                self.merge_target.addItem(other.label, other.id)
        self._update_buttons()

    def _update_buttons(self):
        c = self.current()
        self.add_child_button.setEnabled(c is not None and c.parent_id is None)
        for button in (self.rename_button, self.up_button, self.down_button):
            button.setEnabled(c is not None)
        self.retire_button.setEnabled(c is not None and c.active)
        self.restore_button.setEnabled(c is not None and not c.active)
        self.merge_button.setEnabled(c is not None and c.merged_into_id is None
                                     and self.merge_target.count() > 0)

    # -- changes
    def _after(self, info, text: str):
        self._select_after_load = info.id if info is not None else None
        self._saved(text)
        self.load()

    def add(self, *, child: bool):
        parent = self.current() if child else None
        if child and (parent is None or parent.parent_id is not None):
            return
        actor, code, name = self.actor, self.code.text(), self.name.text()
        siblings = [c for c in self._categories
                    if c.parent_id == (parent.id if parent else None)]
        order = (max((c.sort_order for c in siblings), default=0) // 10 + 1) * 10
        parent_id = parent.id if parent else None
        self._run(lambda: config.save_category(actor=actor, code=code, name=name,
                                               parent_id=parent_id,
                                               sort_order=order),
                  lambda info: self._after(info, self.tr("Added: %1 (%2)")
                                           .replace("%1", info.label)
                                           .replace("%2", info.code)))

    def rename(self):
        c = self.current()
        if c is None:
            return
        actor, code, name = self.actor, self.code.text(), self.name.text()
        self._run(lambda: config.save_category(
            actor=actor, code=code, name=name, parent_id=c.parent_id,
            category_id=c.id, active=c.active, sort_order=c.sort_order),
            lambda info: self._after(info, self.tr("Saved: %1 (%2)")
                                     .replace("%1", info.label)
                                     .replace("%2", info.code)))

    def move(self, step: int):
        c = self.current()
        if c is None:
            return
        actor = self.actor
        self._run(lambda: config.move_category(actor=actor, category_id=c.id,
                                               step=step),
                  lambda _ids: self._after(c, self.tr("Order saved: %1 moved")
                                           .replace("%1", c.label)))

    def retire(self):
        c = self.current()
        if c is None:
            return
        actor = self.actor
        self._run(lambda: config.retire_category(actor=actor, category_id=c.id),
                  lambda info: self._after(info, self.tr(
                      "Retired: %1 (no longer offered on the call form)")
                      .replace("%1", info.label)))

    def restore(self):
        c = self.current()
        if c is None:
            return
        actor = self.actor
        self._run(lambda: config.restore_category(actor=actor, category_id=c.id),
                  lambda info: self._after(info, self.tr("Restored: %1")
                                           .replace("%1", info.label)))

    def merge(self):
        c = self.current()
        target_id = self.merge_target.currentData()
        if c is None or target_id is None:
            return
        target = self.merge_target.currentText()
        if not QuestionDialog.ask(self, self.tr("Merge categories"), self.tr(
                "Merge %1 into %2? %1 is retired; its cases keep it, new calls use "
                "%2.").replace("%1", c.label).replace("%2", target)):
            return
        actor = self.actor
        self._run(lambda: config.merge_category(actor=actor, source_id=c.id,
                                                target_id=target_id),
                  lambda info: self._after(info, self.tr("Merged: %1 into %2")
                                           .replace("%1", info.label)
                                           .replace("%2", info.merged_into_label)))


# ---------------------------------------------------------------- 2. SLA & hours

class SlaTab(SettingsTab):
    """First-response and resolution limits and clock per priority; the business
    hours the business clock runs in."""

    def __init__(self, actor: Actor, tasks, parent: QWidget | None = None):
        super().__init__(actor, tasks, "slaTab", parent)
        self.first: dict[str, QSpinBox] = {}
        self.resolution: dict[str, QSpinBox] = {}
        self.clock: dict[str, QComboBox] = {}
        self._loaded: dict[str, config.SlaInfo] = {}
        self._hours: config.BusinessHoursInfo | None = None
        grid = QGridLayout()
        for col, text in enumerate((self.tr("Priority"),
                                    self.tr("First response (minutes)"),
                                    self.tr("Resolution (minutes)"), self.tr("Clock"))):
            grid.addWidget(plain_label(text), 0, col)
        for row, priority in enumerate(PRIORITIES, start=1):
            first, resolution = QSpinBox(), QSpinBox()
            first.setRange(1, 60 * 24 * 90)
            resolution.setRange(1, 60 * 24 * 365)
            first.setObjectName(f"slaFirst_{priority}")
            resolution.setObjectName(f"slaResolution_{priority}")
            clock = QComboBox()
            clock.setObjectName(f"slaClock_{priority}")
            for code in CLOCKS:
                clock.addItem(self._clock_name(code), code)
            self.first[priority], self.resolution[priority] = first, resolution
            self.clock[priority] = clock
            grid.addWidget(plain_label(labels.priority(priority)), row, 0)
            grid.addWidget(first, row, 1)
            grid.addWidget(resolution, row, 2)
            grid.addWidget(clock, row, 3)
        policies = QGroupBox(self.tr("SLA per priority"))
        policies.setLayout(grid)
        self.opens = QTimeEdit()
        self.opens.setObjectName("hoursStart")
        self.opens.setDisplayFormat("HH:mm")
        self.closes = QTimeEdit()
        self.closes.setObjectName("hoursEnd")
        self.closes.setDisplayFormat("HH:mm")
        hours_form = QFormLayout()
        hours_form.addRow(self.tr("Opens"), self.opens)
        hours_form.addRow(self.tr("Closes"), self.closes)
        hours = QGroupBox(self.tr("Business hours (Monday to Friday, and make-up "
                                  "workdays)"))
        hours.setLayout(hours_form)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("slaSave")
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(policies)
        layout.addWidget(hours)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self._footer(layout)
        layout.addStretch(1)

    def _clock_name(self, code: str) -> str:
        return {"24x7": self.tr("Around the clock (24×7)"),
                "business": self.tr("Business hours")}.get(code, code)

    def load(self):
        actor = self.actor
        self._run(lambda: (config.list_sla_policies(actor=actor),
                           config.get_business_hours(actor=actor)), self._show)

    def _show(self, result):
        policies, hours = result
        self._loaded = {p.priority: p for p in policies}
        for p in policies:
            if p.priority in self.first:
                self.first[p.priority].setValue(p.first_response_minutes)
                self.resolution[p.priority].setValue(p.resolution_minutes)
                self.clock[p.priority].setCurrentIndex(
                    self.clock[p.priority].findData(p.clock))
        self._hours = hours
        self.opens.setTime(_minutes_to_time(hours.start_minute))
        self.closes.setTime(_minutes_to_time(hours.end_minute))

    def save(self):
        """Save the priorities that changed, then the hours if they changed."""
        actor = self.actor
        changes = []
        for priority in PRIORITIES:
            new = config.SlaInfo(priority, self.first[priority].value(),
                                 self.resolution[priority].value(),
                                 self.clock[priority].currentData())
            if self._loaded.get(priority) != new:
                changes.append(new)
        start, end = _time_to_minutes(self.opens.time()), \
            _time_to_minutes(self.closes.time())
        if end == 24 * 60 - 1 and self._hours is not None \
                and self._hours.end_minute == 24 * 60:
            end = 24 * 60  # open until midnight, shown as 23:59
        hours_changed = self._hours is None or \
            (start, end) != (self._hours.start_minute, self._hours.end_minute)

        def job():
            saved = []
            for p in changes:
                saved.append(config.set_sla_policy(
                    actor=actor, priority=p.priority,
                    first_response_minutes=p.first_response_minutes,
                    resolution_minutes=p.resolution_minutes, clock=p.clock))
            if hours_changed:
                config.set_business_hours(actor=actor, start_minute=start,
                                          end_minute=end)
            return saved

        def done(saved):
            parts = [self.tr("%1: %2 / %3 min, %4").replace(
                "%1", labels.priority(p.priority)).replace(
                "%2", str(p.first_response_minutes)).replace(
                "%3", str(p.resolution_minutes)).replace("%4", self._clock_name(p.clock))
                for p in saved]
            if hours_changed:
                parts.append(self.tr("business hours %1–%2").replace(
                    "%1", _fmt_minutes(start)).replace("%2", _fmt_minutes(end)))
            self._saved(self.tr("Saved: %1").replace("%1", "; ".join(parts))
                        if parts else self.tr("Nothing changed."))
            self.load()

        def failed(exc):
            set_plain(self.message, "")
            show_error(self.error, exc)
            # what was saved before the error, as it is now (the error stays shown)
            run_job(self.tasks, lambda: (config.list_sla_policies(actor=actor),
                                         config.get_business_hours(actor=actor)),
                    self._show, lambda exc: None, owner=self)

        self.error.hide()
        run_job(self.tasks, job, done, failed, owner=self)


# ---------------------------------------------------------------- 3. holidays

class HolidaysTab(SettingsTab):
    """A year's days off and make-up workdays (调休), add, remove, import."""

    def __init__(self, actor: Actor, tasks, parent: QWidget | None = None):
        super().__init__(actor, tasks, "holidaysTab", parent)
        self.year = QSpinBox()
        self.year.setObjectName("holidayYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(QDate.currentDate().year())
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("holidayTable")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Type"),
                                              self.tr("Name")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.day = QDateEdit()
        self.day.setObjectName("holidayDay")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.day.setDate(QDate.currentDate())
        self.kind = QComboBox()
        self.kind.setObjectName("holidayKind")
        self.kind.addItem(self.tr("Day off (休)"), False)
        self.kind.addItem(self.tr("Make-up workday (班)"), True)
        self.name = QLineEdit()
        self.name.setObjectName("holidayName")
        self.name.setMaxLength(64)
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setObjectName("holidayImport")
        self._days: list[config.HolidayInfo] = []

        top = QHBoxLayout()
        top.addWidget(plain_label(self.tr("Year")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.import_button)
        add = QHBoxLayout()
        add.addWidget(self.day)
        add.addWidget(self.kind)
        add.addWidget(self.name, 1)
        add.addWidget(self.add_button)
        add.addWidget(self.remove_button)
        hint = plain_label(self.tr(
            "CSV columns: date, type (休 or 班; off or workday), name. Importing "
            "replaces the year's list; a file with an error changes nothing."),
            wrap=True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(add)
        layout.addWidget(hint)
        self._footer(layout)
        self.year.valueChanged.connect(lambda *_: self.load())
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.import_button.clicked.connect(self.import_csv)

    def _kind_name(self, is_workday: bool) -> str:
        return self.tr("Make-up workday (班)") if is_workday else self.tr("Day off (休)")

    def load(self):
        actor, year = self.actor, self.year.value()
        self._run(lambda: (year, config.list_holidays(actor=actor, year=year)),
                  self._show)

    def _show(self, result):
        year, days = result
        if year != self.year.value():
            return  # an answer for a year stepped past meanwhile
        self._days = list(days)
        self.table.setRowCount(len(self._days))
        for row, h in enumerate(self._days):
            for col, text in enumerate((h.day.isoformat(), self._kind_name(h.is_workday),
                                        h.name)):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def current(self) -> config.HolidayInfo | None:
        row = self.table.currentRow()
        return self._days[row] if 0 <= row < len(self._days) else None

    def add(self):
        actor = self.actor
        q = self.day.date()
        day = dt.date(q.year(), q.month(), q.day())
        is_workday, name = bool(self.kind.currentData()), self.name.text()

        def done(info):
            self._saved(self.tr("Saved: %1 %2 %3").replace("%1", info.day.isoformat())
                        .replace("%2", self._kind_name(info.is_workday))
                        .replace("%3", info.name))
            if self.year.value() != info.day.year:
                self.year.setValue(info.day.year)  # loads that year
            else:
                self.load()

        self._run(lambda: config.set_holiday(actor=actor, day=day,
                                             is_workday=is_workday, name=name), done)

    def remove(self):
        h = self.current()
        if h is None:
            return
        actor = self.actor

        def done(_):
            self._saved(self.tr("Removed: %1").replace("%1", h.day.isoformat()))
            self.load()

        self._run(lambda: config.remove_holiday(actor=actor, day=h.day), done)

    def choose_csv(self) -> str:
        """The file to import ('' when cancelled); tests replace this."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import the year's holidays"), "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"))
        return path

    def import_csv(self):
        path = self.choose_csv()
        if not path:
            return
        actor, year = self.actor, self.year.value()

        def done(count):
            self._saved(self.tr("Imported %1 entries for %2; the year's earlier list "
                                "was replaced.").replace("%1", str(count))
                        .replace("%2", str(year)))
            self.load()

        from pathlib import Path  # a Path: a file name with a comma is no CSV text

        self._run(lambda: config.import_holidays(actor=actor, path_or_text=Path(path),
                                                 year=year), done)


# ---------------------------------------------------------------- 4. QA rubric

class RubricTab(SettingsTab):
    """The current rubric as a table (dimension code and name, item code and name,
    points) and its veto items; Save makes a new version."""

    ITEM_COLUMNS = 5

    def __init__(self, actor: Actor, tasks, parent: QWidget | None = None):
        super().__init__(actor, tasks, "rubricTab", parent)
        self.version = plain_label(name="rubricVersion")
        self.items = QTableWidget(0, self.ITEM_COLUMNS)
        self.items.setObjectName("rubricItems")
        self.items.setHorizontalHeaderLabels([
            self.tr("Dimension code"), self.tr("Dimension"), self.tr("Item code"),
            self.tr("Item"), self.tr("Points")])
        self.items.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.items.verticalHeader().hide()
        self.vetoes = QTableWidget(0, 2)
        self.vetoes.setObjectName("rubricVetoes")
        self.vetoes.setHorizontalHeaderLabels([self.tr("Veto code"),
                                               self.tr("Veto item (score 0)")])
        self.vetoes.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.vetoes.verticalHeader().hide()
        self.total = plain_label(name="rubricTotal")
        self.add_item_button = QPushButton(self.tr("Add item"))
        self.remove_item_button = QPushButton(self.tr("Remove item"))
        self.add_veto_button = QPushButton(self.tr("Add veto item"))
        self.remove_veto_button = QPushButton(self.tr("Remove veto item"))
        self.save_button = QPushButton(self.tr("Save as a new version"))
        self.save_button.setObjectName("rubricSave")
        self.history = QTableWidget(0, 4)
        self.history.setObjectName("rubricHistory")
        self.history.setHorizontalHeaderLabels([
            self.tr("Version"), self.tr("Saved"), self.tr("By"),
            self.tr("Items / veto items")])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.history.setMaximumHeight(120)
        row_height = self.fontMetrics().height() + 8
        for table in (self.items, self.vetoes, self.history):
            table.verticalHeader().setDefaultSectionSize(row_height)
        self.items.setColumnWidth(0, 110)
        self.items.setColumnWidth(2, 110)
        self.items.setColumnWidth(4, 60)

        item_buttons = QHBoxLayout()
        item_buttons.addWidget(self.add_item_button)
        item_buttons.addWidget(self.remove_item_button)
        item_buttons.addStretch(1)
        item_buttons.addWidget(self.total)
        veto_buttons = QHBoxLayout()
        veto_buttons.addWidget(self.add_veto_button)
        veto_buttons.addWidget(self.remove_veto_button)
        veto_buttons.addStretch(1)
        veto_buttons.addWidget(self.save_button)
        note = plain_label(self.tr(
            "The items must total 100 points. Saving makes a new version; reviews "
            "already made keep the version they were scored with."), wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.version)
        layout.addWidget(self.items, 5)
        layout.addLayout(item_buttons)
        layout.addWidget(self.vetoes, 2)
        layout.addLayout(veto_buttons)
        layout.addWidget(note)
        self._footer(layout)
        layout.addWidget(plain_label(self.tr("Version history")))
        layout.addWidget(self.history)
        self.items.itemChanged.connect(lambda *_: self._update_total())
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button.clicked.connect(
            lambda: self._remove_row(self.items))
        self.add_veto_button.clicked.connect(self.add_veto)
        self.remove_veto_button.clicked.connect(lambda: self._remove_row(self.vetoes))
        self.save_button.clicked.connect(self.save)

    def load(self):
        actor = self.actor
        self._run(lambda: (quality.get_rubric(actor=actor),
                           config.rubric_versions(actor=actor)), self._show)

    def _show(self, result):
        current, history = result
        set_plain(self.version, self.tr("Current version: %1").replace(
            "%1", str(current.version)))
        rubric = current.rubric
        self.items.blockSignals(True)
        self.items.setRowCount(0)
        for d in rubric.dimensions:
            for i in d.items:
                self._append(self.items, (d.code, d.name, i.code, i.name,
                                          str(i.points)))
        self.items.blockSignals(False)
        self.vetoes.setRowCount(0)
        for v in rubric.vetoes:
            self._append(self.vetoes, (v.code, v.name))
        self.history.setRowCount(len(history))
        for row, v in enumerate(history):
            when = v.created_at.strftime("%Y-%m-%d %H:%M") if v.created_at else \
                self.tr("built-in default")
            for col, text in enumerate((str(v.version), when, v.created_by,
                                        f"{v.items} / {v.vetoes}")):
                self.history.setItem(row, col, QTableWidgetItem(text))
        self._update_total()

    @staticmethod
    def _append(table: QTableWidget, cells) -> int:
        row = table.rowCount()
        table.insertRow(row)
        for col, text in enumerate(cells):
            table.setItem(row, col, QTableWidgetItem(text))
        return row

    @staticmethod
    def _cell(table: QTableWidget, row: int, col: int) -> str:
        item = table.item(row, col)
        return item.text().strip() if item is not None else ""

    def _points(self) -> int:
        total = 0
        for row in range(self.items.rowCount()):
            text = self._cell(self.items, row, 4)
            total += int(text) if text.isdigit() else 0
        return total

    def _update_total(self):
        set_plain(self.total, self.tr("Total: %1 points").replace(
            "%1", str(self._points())))

    def _new_code(self, prefix: str) -> str:
        used = {self._cell(t, r, c) for t, c in ((self.items, 2), (self.vetoes, 0))
                for r in range(t.rowCount())}
        n = 1
        while f"{prefix}{n}" in used:
            n += 1
        return f"{prefix}{n}"

    def add_item(self):
        """A new item in the dimension of the selected row (0 points to fill in)."""
        row = self.items.currentRow()
        if row < 0:
            row = self.items.rowCount() - 1
        dim = (self._cell(self.items, row, 0), self._cell(self.items, row, 1)) \
            if row >= 0 else ("dimension1", "")
        self.items.blockSignals(True)
        new = row + 1
        self.items.insertRow(new)
        for col, text in enumerate((*dim, self._new_code("item"), "", "0")):
            self.items.setItem(new, col, QTableWidgetItem(text))
        self.items.blockSignals(False)
        self.items.setCurrentCell(new, 3)
        self._update_total()

    def add_veto(self):
        row = self._append(self.vetoes, (self._new_code("veto"), ""))
        self.vetoes.setCurrentCell(row, 1)

    def _remove_row(self, table: QTableWidget):
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self._update_total()

    def rubric_data(self) -> dict:
        """The table as the rubric's JSON form (domain.quality.rubric_to_json):
        rows with the same dimension code form one dimension, in table order."""
        dims: list[dict] = []
        by_code: dict[str, dict] = {}
        for row in range(self.items.rowCount()):
            code = self._cell(self.items, row, 0)
            dim = by_code.get(code)
            if dim is None:
                dim = {"code": code, "name": self._cell(self.items, row, 1),
                       "items": []}
                by_code[code] = dim
                dims.append(dim)
            points = self._cell(self.items, row, 4)
            try:
                points_value: object = int(points)
            except ValueError:
                points_value = points
            dim["items"].append([self._cell(self.items, row, 2),
                                 self._cell(self.items, row, 3), points_value])
        vetoes = [[self._cell(self.vetoes, r, 0), self._cell(self.vetoes, r, 1)]
                  for r in range(self.vetoes.rowCount())]
        return {"dimensions": dims, "vetoes": vetoes}

    def save(self):
        actor, data = self.actor, self.rubric_data()
        before = self.version.text()

        def done(version):
            current = self.tr("Current version: %1").replace("%1", str(version))
            if current == before:
                self._saved(self.tr("Nothing changed: version %1 stays current.")
                            .replace("%1", str(version)))
            else:
                self._saved(self.tr("Saved as version %1 (%2 items, %3 veto items); "
                                    "earlier reviews keep their version.")
                            .replace("%1", str(version))
                            .replace("%2", str(sum(len(d["items"])
                                                   for d in data["dimensions"])))
                            .replace("%3", str(len(data["vetoes"]))))
            self.load()

        self._run(lambda: quality.save_rubric(actor=actor, rubric=data), done)


# ---------------------------------------------------------------- 5. archive numbers

class ArchiveTab(SettingsTab):
    """The center's name and the parts of the 档号 (DESIGN §8)."""

    def __init__(self, actor: Actor, tasks, parent: QWidget | None = None):
        super().__init__(actor, tasks, "archiveTab", parent)
        self.center_name = QLineEdit()
        self.center_name.setObjectName("centerName")
        self.center_name.setMaxLength(60)
        self.fonds = QLineEdit()
        self.fonds.setObjectName("archiveFonds")
        self.class_code = QLineEdit()
        self.class_code.setObjectName("archiveClass")
        self.org_code = QLineEdit()
        self.org_code.setObjectName("archiveOrg")
        self.retention = QComboBox()
        self.retention.setObjectName("archiveRetention")
        self.retention.setEditable(True)
        self.retention.addItem(self.tr("Y (permanent)"), "Y")
        self.retention.addItem(self.tr("D30 (30 years)"), "D30")
        self.retention.addItem(self.tr("D10 (10 years)"), "D10")
        self.directory = QLineEdit()
        self.directory.setObjectName("archiveDirectory")
        self.example = plain_label(name="archiveExample")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("archiveSave")
        form = QFormLayout()
        form.addRow(self.tr("Center name (编制单位)"), self.center_name)
        form.addRow(self.tr("Fonds number (全宗号)"), self.fonds)
        form.addRow(self.tr("Class code (门类)"), self.class_code)
        form.addRow(self.tr("Unit code (机构/问题)"), self.org_code)
        form.addRow(self.tr("Retention period (保管期限)"), self.retention)
        form.addRow(self.tr("Folder of archival copies (empty: beside the database)"),
                    self.directory)
        form.addRow(self.tr("Example archive number"), self.example)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self._footer(layout)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)

    def _retention_code(self) -> str:
        index = self.retention.currentIndex()
        if index >= 0 and self.retention.itemText(index) == self.retention.currentText():
            return self.retention.itemData(index)
        return self.retention.currentText().strip()

    def load(self):
        actor = self.actor
        self._run(lambda: archives.get_settings(actor=actor), self._show)

    def _show(self, s: archives.ArchiveSettings):
        self.center_name.setText(s.center_name)
        self.fonds.setText(s.fonds)
        self.class_code.setText(s.class_code)
        self.org_code.setText(s.org_code)
        index = self.retention.findData(s.retention)
        if index >= 0:
            self.retention.setCurrentIndex(index)
        else:
            self.retention.setEditText(s.retention)
        self.directory.setText(s.directory)
        from ..domain import archive_numbers

        set_plain(self.example, str(archive_numbers.make(
            fonds=s.fonds, category=s.class_code, year=QDate.currentDate().year(),
            retention=s.retention, org=s.org_code, item=1)))

    def save(self):
        actor = self.actor
        values = dict(center_name=self.center_name.text(), fonds=self.fonds.text(),
                      class_code=self.class_code.text(), org_code=self.org_code.text(),
                      retention=self._retention_code(),
                      directory=self.directory.text())

        def done(s):
            self._show(s)
            self._saved(self.tr("Saved: %1, archive numbers like %2").replace(
                "%1", s.center_name).replace("%2", self.example.text()))

        self._run(lambda: archives.set_settings(actor=actor, **values), done)


# ---------------------------------------------------------------- 6. time zone

class TimeZoneTab(SettingsTab):
    """The center's time zone (IANA name): ticket days, due times and months
    follow it on every workstation."""

    def __init__(self, actor: Actor, tasks, parent: QWidget | None = None):
        super().__init__(actor, tasks, "timeZoneTab", parent)
        self.zone = QComboBox()
        self.zone.setObjectName("timeZone")
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.current = plain_label(name="timeZoneCurrent")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("timeZoneSave")
        form = QFormLayout()
        form.addRow(self.tr("Time zone"), self.zone)
        form.addRow(self.tr("Now in use"), self.current)
        note = plain_label(self.tr(
            "Ticket numbers, due times, months and reports follow the center's time "
            "zone, whatever zone a workstation is set to."), wrap=True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self._footer(layout)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)

    def _describe(self, info: config.TimeZoneInfo) -> str:
        sign = "+" if info.utc_offset_minutes >= 0 else "-"
        h, m = divmod(abs(info.utc_offset_minutes), 60)
        return f"{info.name} (UTC{sign}{h:02d}:{m:02d})"

    def load(self):
        actor = self.actor

        def job():
            import zoneinfo

            return config.get_time_zone(actor=actor), sorted(
                zoneinfo.available_timezones())

        self._run(job, self._show)

    def _show(self, result):
        info, zones = result
        if self.zone.count() == 0:
            self.zone.addItems(zones)
        self.zone.setCurrentText(info.name)
        set_plain(self.current, self._describe(info))

    def save(self):
        actor, name = self.actor, self.zone.currentText().strip()

        def done(info):
            set_plain(self.current, self._describe(info))
            self._saved(self.tr("Saved: the center's time zone is %1").replace(
                "%1", self._describe(info)))

        self._run(lambda: config.set_time_zone(actor=actor, name=name), done)


# ---------------------------------------------------------------- the page

def _optional(module: str, name: str):
    """hotline.ui.<module>.<name>, or None while that module is not written yet
    (an error inside an existing module is raised, not hidden)."""
    import importlib

    full = f"{__package__}.{module}"
    try:
        return getattr(importlib.import_module(full), name)
    except ModuleNotFoundError as exc:
        if exc.name == full:
            return None
        raise


class CenterSettingsPage(QWidget):
    """The director's settings: a tab per subject."""

    def __init__(self, actor: Actor, tasks=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks
        title = plain_label(self.tr("Center settings"))
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("centerSettingsTabs")
        self._build_tabs()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda *_: self._load_current())
        self._loaded: set[int] = set()

    def _build_tabs(self):
        actor, tasks = self.actor, self.tasks
        self.categories = CategoriesTab(actor, tasks)
        self.sla = SlaTab(actor, tasks)
        self.holidays = HolidaysTab(actor, tasks)
        self.rubric = RubricTab(actor, tasks)
        self.archive = ArchiveTab(actor, tasks)
        self.time_zone = TimeZoneTab(actor, tasks)
        self.tabs.addTab(self.categories, self.tr("Categories"))
        self.tabs.addTab(self.sla, self.tr("SLA and hours"))
        self.tabs.addTab(self.holidays, self.tr("Holidays"))
        self.tabs.addTab(self.rubric, self.tr("QA rubric"))
        self.tabs.addTab(self.archive, self.tr("Archive numbers"))
        self.tabs.addTab(self.time_zone, self.tr("Time zone"))
        # built by the dashboard and appraisal work, each a widget of its own
        self.thresholds = self.appraisal = None
        ThresholdsEditor = _optional("dashboard_settings", "ThresholdsEditor")
        if ThresholdsEditor is not None:
            self.thresholds = ThresholdsEditor(actor, tasks)
            self.tabs.addTab(self.thresholds, self.tr("Dashboard thresholds"))
        AppraisalSettingsEditor = _optional("appraisal_settings",
                                            "AppraisalSettingsEditor")
        if AppraisalSettingsEditor is not None:
            self.appraisal = AppraisalSettingsEditor(actor, tasks)
            self.tabs.addTab(self.appraisal, self.tr("Appraisal weights and KPI targets"))

    def refresh(self):
        """Shown again: read the current tab afresh (the others when opened)."""
        self._loaded = set()
        self._load_current()

    def _load_current(self):
        index = self.tabs.currentIndex()
        if index in self._loaded:
            return
        self._loaded.add(index)
        tab = self.tabs.widget(index)
        load = getattr(tab, "load", None) or getattr(tab, "refresh", None)
        if load is not None:
            load()
