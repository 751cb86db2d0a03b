"""The call-logging form (F2): timer, caller history, knowledge base, outcomes.

Keyboard: Ctrl+Enter answered, Ctrl+T transferred, Ctrl+E escalated, Ctrl+B call
back; one key logs a complete non-service call: F5 hung up, F6 silent, F7 prank,
F8 wrong number. Ctrl+K searches the knowledge base.
"""

from __future__ import annotations

import html
import time
import uuid

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QCompleter, QFormLayout,
                               QGridLayout, QGroupBox, QHBoxLayout, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit,
                               QPushButton, QSizePolicy, QSplitter, QTextBrowser, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ..models import CHANNELS, PRIORITIES
from ..services import callers, calls, config, knowledge, users
from ..services import outbox as outbox_service
from ..services.base import Actor
from ..services.errors import ValidationError
from . import labels
from .assignee_dialog import AssigneeDialog
from .operations import cases as operations
from .drafts import DraftStore
from .question_dialog import QuestionDialog
from .settings import Settings
from .tasks import TaskManager
from .widgets import plain_label, plain_tooltip

SERVICE_KEYS = {"answered": "Ctrl+Return", "transferred": "Ctrl+T",
                "escalated": "Ctrl+E", "callback": "Ctrl+B"}
QUICK_KEYS = {"hang_up": "F5", "silent": "F6", "prank": "F7", "wrong_number": "F8"}
FULLWIDTH = {0xFF10 + i: 0x30 + i for i in range(10)} | {0xFF0B: 0x2B}
PHONE_KEEP = set("0123456789+")
HISTORY_DELAY_MS = 250
SUGGEST_DELAY_MS = 600


def clean_phone_text(text: str) -> str:
    """What the phone field shows while typing: digits (full-width converted) and a
    leading +; spaces, dashes and brackets dropped."""
    text = text.translate(FULLWIDTH)
    out = "".join(c for c in text if c in PHONE_KEEP)
    return out[:1] + out[1:].replace("+", "")


class CallForm(QWidget):
    saved = Signal(object)  # CaseSummary of the call just saved
    open_case = Signal(int)  # a case id to show

    def __init__(self, actor: Actor, tasks: TaskManager, settings: Settings,
                 drafts: DraftStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("callForm")
        self.actor = actor
        self.tasks = tasks
        self.settings = settings
        self.drafts = drafts
        self._clock = QElapsedTimer()
        self._offset = 0  # seconds carried over from a restored draft
        self._saving = False
        self._history_seq = 0
        self._kb_seq = 0
        self._last_draft = None
        self.history_phone = ""  # number whose history is shown
        # the workstation's offline outbox (ui/offline.py), set by the main window
        # of a center's workstation; None on a single desk
        self.offline = None
        self._pending: dict | None = None  # the call being saved
        self._build()
        self._connect_signals()
        self._load_reference()
        self._update_timer()

    # ------------------------------------------------------------------ building
    def _build(self):
        self.timer_label = plain_label()
        self.timer_label.setObjectName("callTimer")
        self.banner = plain_label()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()

        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.phone.setPlaceholderText(self.tr("Caller's number — history appears on the right"))
        self.caller_name = QLineEdit()
        self.caller_name.setObjectName("caller_name")
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for code in CHANNELS:
            self.channel.addItem(labels.channel(code), code)
        self.category = QComboBox()
        self.category.setObjectName("category")
        self.category.setEditable(True)
        self.category.setSizePolicy(QSizePolicy.Policy.Expanding,
                                    QSizePolicy.Policy.Fixed)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category.lineEdit().setPlaceholderText(self.tr("Type to filter, e.g. 欠薪"))
        self.priority = QComboBox()
        self.priority.setObjectName("priority")
        for code in PRIORITIES:
            self.priority.addItem(labels.priority(code), code)
        self.priority.setCurrentIndex(PRIORITIES.index("normal"))
        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.subject.setMaxLength(calls.MAX_SUBJECT)
        self.subject.setPlaceholderText(self.tr("What the call is about, in one line"))
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What the caller says, what they ask for"))
        self.solution = QPlainTextEdit()
        self.solution.setObjectName("solution")
        self.solution.setTabChangesFocus(True)
        self.solution.setPlaceholderText(self.tr("The answer or advice given on the call"))
        self.solution.setMaximumHeight(80)
        self.confidential = QCheckBox(self.tr("Confidential"))
        self.confidential.setObjectName("confidential")
        self.anonymous = QCheckBox(self.tr("Caller stays anonymous"))
        self.anonymous.setObjectName("anonymous")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Caller"), self.caller_name)
        row = QHBoxLayout()
        row.addWidget(self.channel, 1)
        row.addWidget(plain_label(self.tr("Priority")))
        row.addWidget(self.priority, 1)
        form.addRow(self.tr("Channel"), row)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Reply given"), self.solution)
        checks = QHBoxLayout()
        checks.addWidget(self.confidential)
        checks.addWidget(self.anonymous)
        checks.addStretch(1)
        form.addRow("", checks)

        self.outcome_buttons: dict[str, QPushButton] = {}
        service_box = QGroupBox(self.tr("Save with outcome"))
        grid = QGridLayout(service_box)
        texts = {"answered": self.tr("Answered"), "transferred": self.tr("Transfer…"),
                 "escalated": self.tr("Escalate…"), "callback": self.tr("Call back later")}
        for i, (code, key) in enumerate(SERVICE_KEYS.items()):
            b = QPushButton(f"{texts[code]}\n{self._key_text(key)}")
            b.setObjectName(f"outcome_{code}")
            b.setProperty("kind", "service")
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.outcome_buttons[code] = b
            grid.addWidget(b, 0, i)
        quick_texts = {"hang_up": self.tr("Hung up"), "silent": self.tr("Silent"),
                       "prank": self.tr("Prank"), "wrong_number": self.tr("Wrong number")}
        for i, (code, key) in enumerate(QUICK_KEYS.items()):
            b = QPushButton(f"{quick_texts[code]}  {key}")
            b.setObjectName(f"outcome_{code}")
            b.setProperty("kind", "quick")
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            b.setToolTip(self.tr("Logs the call at once with this outcome (one key)"))
            self.outcome_buttons[code] = b
            grid.addWidget(b, 1, i)
        self.clear_button = QPushButton(self.tr("Clear form"))
        self.clear_button.setObjectName("clearForm")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        heading = plain_label(self.tr("Log a call"))
        heading.setObjectName("pageTitle")
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(plain_label(self.tr("Call time")))
        top.addWidget(self.timer_label)
        left_layout.addLayout(top)
        left_layout.addWidget(self.banner)
        left_layout.addLayout(form, 1)
        left_layout.addWidget(service_box)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.clear_button)
        left_layout.addLayout(bottom)

        # caller history
        history_box = QGroupBox(self.tr("Caller history"))
        self.history_header = plain_label(self.tr("Type the caller's number to see earlier calls."))
        self.history_header.setObjectName("historyHeader")
        self.history_header.setWordWrap(True)
        self.history_warning = plain_label()
        self.history_warning.setObjectName("warningLabel")
        self.history_warning.setWordWrap(True)
        self.history_warning.hide()
        self.history = QTreeWidget()
        self.history.setObjectName("history")
        self.history.setRootIsDecorated(False)
        self.history.setAlternatingRowColors(True)
        self.history.setHeaderLabels([self.tr("Date"), self.tr("Category"),
                                      self.tr("Outcome"), self.tr("Subject")])
        self.history.setColumnWidth(0, 130)
        self.history.setColumnWidth(1, 120)
        self.history.setColumnWidth(2, 100)
        hl = QVBoxLayout(history_box)
        hl.addWidget(self.history_header)
        hl.addWidget(self.history_warning)
        hl.addWidget(self.history, 1)

        # knowledge base
        kb_box = QGroupBox(self.tr("Knowledge base"))
        self.kb_search = QLineEdit()
        self.kb_search.setObjectName("kbSearch")
        self.kb_search.setPlaceholderText(
            self.tr("Search (Ctrl+K) — or just type the subject"))
        self.kb_search.setClearButtonEnabled(True)
        self.kb_list = QListWidget()
        self.kb_list.setObjectName("kbList")
        self.kb_list.setWordWrap(True)
        self.kb_view = QTextBrowser()
        self.kb_view.setObjectName("kbView")
        self.kb_view.setOpenLinks(False)
        kb_split = QSplitter(Qt.Orientation.Vertical)
        kb_split.addWidget(self.kb_list)
        kb_split.addWidget(self.kb_view)
        kb_split.setSizes([110, 190])
        kl = QVBoxLayout(kb_box)
        kl.addWidget(self.kb_search)
        kl.addWidget(kb_split, 1)

        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.setObjectName("callFormSide")
        self.side.addWidget(history_box)
        self.side.addWidget(kb_box)
        self.side.setSizes([330, 330])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("callFormSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.history_timer = QTimer(self)
        self.history_timer.setSingleShot(True)
        self.history_timer.setInterval(HISTORY_DELAY_MS)
        self.kb_timer = QTimer(self)
        self.kb_timer.setSingleShot(True)
        self.kb_timer.setInterval(SUGGEST_DELAY_MS)
        self.draft_timer = QTimer(self)
        self.draft_timer.setInterval(self.settings.get("draft_interval_seconds") * 1000)
        self.draft_timer.start()

    @staticmethod
    def _key_text(key: str) -> str:
        return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)

    def _connect_signals(self):
        self.phone.textEdited.connect(self._phone_edited)
        self.history_timer.timeout.connect(self._lookup_history)
        self.history.itemActivated.connect(self._history_activated)
        self.subject.textEdited.connect(self._text_edited)
        self.description.textChanged.connect(self._text_edited)
        self.kb_search.textEdited.connect(lambda _t: self.kb_timer.start(200))
        self.kb_timer.timeout.connect(self._kb_refresh)
        self.kb_list.currentItemChanged.connect(self._kb_show)
        self.kb_list.itemActivated.connect(self._kb_show)
        self.anonymous.toggled.connect(lambda on: self.caller_name.setDisabled(on))
        # leaving the picker completes what was typed ("欠薪" → "劳动争议/欠薪")
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.tick.timeout.connect(self._update_timer)
        self.draft_timer.timeout.connect(self.write_draft)
        self.clear_button.clicked.connect(self.ask_clear)
        for edit in (self.caller_name, self.category.lineEdit()):
            edit.textEdited.connect(lambda _t: self.start_call())
        for code, button in self.outcome_buttons.items():
            button.clicked.connect(lambda _c=False, o=code: self.save(o))
        for code, key in {**SERVICE_KEYS, **QUICK_KEYS}.items():
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda o=code: self.save(o))
        enter = QShortcut(QKeySequence("Ctrl+Enter"), self)  # keypad Enter
        enter.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        enter.activated.connect(lambda: self.save("answered"))
        kb = QShortcut(QKeySequence("Ctrl+K"), self)
        kb.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        kb.activated.connect(self.kb_search.setFocus)

    def _load_reference(self):
        """Read the categories on a worker thread; what is typed meanwhile is kept
        and matched when they arrive (a save waits for them)."""
        self.category.addItem("", None)
        self._categories_loaded = False
        self._save_after_load = None
        actor = self.actor

        def failed(exc):  # the form still works without them
            labels.recover_connection(exc)
            self.show_banner(labels.error_text(exc), error=True)
            self._show_categories([])

        self.tasks.run(lambda: config.list_categories(actor=actor),
                       self._show_categories, failed, owner=self)

    def _show_categories(self, cats):
        typed = self.category.currentText()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem("", None)
        for c in cats:
            self.category.addItem(c.label, c.id)
        self.category.blockSignals(False)
        completer = QCompleter([c.label for c in cats], self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.category.setCompleter(completer)
        if typed:
            index = self.category.findText(typed)
            if index > 0:
                self.category.setCurrentIndex(index)
            else:
                self.category.setEditText(typed)
                if not self.category.lineEdit().hasFocus():
                    self._category_finished()
        self._categories_loaded = True
        pending, self._save_after_load = self._save_after_load, None
        if pending is not None:
            self.save(pending)

    # ------------------------------------------------------------------ timer
    def start_call(self):
        """The call starts: F2, or the first thing typed into an idle form."""
        if not self._clock.isValid():
            self._clock.start()
            self.tick.start()
            self._update_timer()

    def elapsed_seconds(self) -> int:
        running = self._clock.elapsed() // 1000 if self._clock.isValid() else 0
        return int(self._offset + running)

    def _update_timer(self):
        self.timer_label.setText(labels.duration(self.elapsed_seconds()))
        self.timer_label.setProperty("running", self._clock.isValid())

    def focus_form(self):
        """F2: ready to type at once."""
        self.start_call()
        self.phone.setFocus()
        self.phone.selectAll()

    # ------------------------------------------------------------------ phone & history
    def _phone_edited(self, text: str):
        self.start_call()
        cleaned = clean_phone_text(text)
        if cleaned != text:
            self.phone.setText(cleaned)
            self.phone.setCursorPosition(len(cleaned))
        self.history_timer.start()

    def _lookup_history(self):
        try:
            phone = callers.normalize_phone(self.phone.text())
        except ValidationError:
            self._show_history(None, [], self.phone.text())
            return
        if len(phone.lstrip("+")) < 3:
            self._show_history(None, [], "")
            return
        self._history_seq += 1
        seq, actor = self._history_seq, self.actor

        offline = self.offline

        def job():
            history = callers.caller_history(actor=actor, phone=phone)
            near = [] if history.total_calls else callers.match_phones(actor=actor,
                                                                       prefix=phone)
            if offline is not None and history.total_calls:
                try:  # shown when the server cannot be reached
                    outbox_service.remember_history(offline.outbox(), phone, history)
                except Exception:  # noqa: BLE001 - the outbox's disk: history shown
                    pass
            return history, near

        def done(result):
            if seq == self._history_seq:
                self._show_history(result[0], result[1], phone)

        def failed(exc):
            if seq != self._history_seq:
                return
            if offline is not None and outbox_service.is_unreachable(exc):
                labels.recover_connection(exc)
                offline.went_offline()
                self._history_offline(seq, phone)
                return
            self.history_header.setText(labels.error_text(exc))

        self.tasks.run(job, done, failed)

    def _history_offline(self, seq: int, phone: str) -> None:
        """The server cannot be reached: the caller's history as this workstation
        last saw it, marked as such."""
        offline = self.offline

        def done(found):
            if seq != self._history_seq:
                return
            if found is None:
                self._show_history(None, [], phone)
                self.history_header.setText(self.tr(
                    "Offline: the server cannot be reached, and this workstation has "
                    "not seen this number before."))
                return
            history, seen_at = found
            self._show_history(history, [], phone)
            self.history_header.setText(
                self.tr("Offline — as this workstation last saw it at %1:")
                .replace("%1", f"{seen_at:%Y-%m-%d %H:%M}") + "\n"
                + self.history_header.text())

        self.tasks.run(lambda: outbox_service.recall_history(offline.outbox(), phone),
                       done, lambda exc: None)

    def _history_activated(self, item, _column=None) -> None:
        case_id = item.data(0, Qt.ItemDataRole.UserRole)
        if case_id:  # 0: a call kept offline, not on the server yet
            self.open_case.emit(case_id)

    def _show_history(self, history, near: list[str], phone: str):
        self.history.clear()
        self.history_warning.hide()
        self.history_phone = phone if history is not None else ""
        if history is None:
            self.history_header.setText(
                self.tr("Type the caller's number to see earlier calls."))
            return
        if not history.total_calls:
            text = self.tr("%1: no earlier calls (new caller).").replace("%1", phone)
            if near:
                text += " " + self.tr("Known numbers starting like this: %1").replace(
                    "%1", ", ".join(near[:5]))
            self.history_header.setText(text)
            return
        who = history.name or self.tr("name unknown")
        if history.organization:
            who += f" ({history.organization})"
        self.history_header.setText(
            self.tr("%1 — %2 · %3 calls in total, %4 in the last 30 days")
            .replace("%1", phone).replace("%2", who)
            .replace("%3", str(history.total_calls))
            .replace("%4", str(history.recent_calls)))
        if history.name and not self.caller_name.text() and not self.anonymous.isChecked():
            self.caller_name.setText(history.name)
        warnings = []
        if history.flagged:
            warnings.append(self.tr("Flagged caller: %1").replace(
                "%1", history.flag_reason or self.tr("see notes")))
        if history.frequent:
            warnings.append(self.tr("Frequent caller: %1 calls in 30 days")
                            .replace("%1", str(history.recent_calls)))
        if history.open_tickets:
            warnings.append(self.tr("%1 open ticket(s): %2").replace(
                "%1", str(len(history.open_tickets))).replace(
                "%2", ", ".join(t.ticket_no for t in history.open_tickets[:3])))
        if history.notes:
            warnings.append(self.tr("Notes: %1").replace("%1", history.notes[:200]))
        if warnings:
            self.history_warning.setText("\n".join("⚠ " + w for w in warnings))
            self.history_warning.show()
        open_ids = {t.id for t in history.open_tickets}
        rows = list(history.calls)
        rows += [t for t in history.open_tickets if t.id not in {c.id for c in rows}]
        for c in rows:
            state = labels.outcome(c.outcome)
            if c.id in open_ids:
                state += " · " + labels.status(c.status)
            elif not c.id:  # kept in this workstation's outbox, not sent yet
                state += " · " + self.tr("kept offline")
            subject = c.subject if not (c.confidential and not c.subject) else \
                self.tr("(confidential)")
            item = QTreeWidgetItem([c.received_at.strftime("%Y-%m-%d %H:%M"),
                                    c.category, state, subject])
            item.setData(0, Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(3, plain_tooltip(f"{c.ticket_no}  {subject}"))
            if c.id in open_ids:
                for col in range(4):
                    item.setForeground(col, QColor("#9a3412"))
            self.history.addTopLevelItem(item)

    # ------------------------------------------------------------------ knowledge base
    def _text_edited(self, *_):
        self.start_call()
        if not self.kb_search.text().strip():
            self.kb_timer.start(SUGGEST_DELAY_MS)

    def _kb_refresh(self):
        query = self.kb_search.text().strip()
        text = f"{self.subject.text()} {self.description.toPlainText()}".strip()
        if not query and not text:
            self.kb_list.clear()
            return
        self._kb_seq += 1
        seq, actor = self._kb_seq, self.actor
        if query:
            def job():
                return knowledge.search_articles(actor=actor, query=query, limit=20)
        else:
            def job():
                return knowledge.suggest_articles(actor=actor, text=text, limit=6)

        def done(hits):
            if seq != self._kb_seq:
                return
            self.kb_list.clear()
            for h in hits:
                item = QListWidgetItem(h.title)
                item.setData(Qt.ItemDataRole.UserRole, h.id)
                item.setToolTip(plain_tooltip(f"{h.category}\n{h.snippet}" if h.category
                                              else h.snippet))
                self.kb_list.addItem(item)
            if not hits:
                item = QListWidgetItem(self.tr("No matching articles."))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.kb_list.addItem(item)

        def failed(exc):
            if seq == self._kb_seq:
                self.kb_list.clear()
                self.kb_list.addItem(labels.error_text(exc))

        self.tasks.run(job, done, failed)

    def _kb_show(self, item, *_):
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return
        article_id, actor = item.data(Qt.ItemDataRole.UserRole), self.actor
        self._kb_seq_article = seq = getattr(self, "_kb_seq_article", 0) + 1

        def done(a):
            if seq != self._kb_seq_article:
                return  # the officer has moved on to another article
            body = html.escape(a.body).replace("\n", "<br>")
            meta = html.escape(" · ".join(x for x in (a.category, a.tags) if x))
            self.kb_view.setHtml(f"<h3>{html.escape(a.title)}</h3>"
                                 f"<p style='color:#555'>{meta}</p><p>{body}</p>")

        self.tasks.run(lambda: knowledge.get_article(actor=actor, article_id=article_id),
                       done, lambda exc: self.kb_view.setPlainText(labels.error_text(exc)))

    # ------------------------------------------------------------------ values
    def values(self) -> dict:
        return {
            "phone": self.phone.text(),
            "caller_name": self.caller_name.text(),
            "channel": self.channel.currentData(),
            "category": self.category.currentText(),
            "priority": self.priority.currentData(),
            "subject": self.subject.text(),
            "description": self.description.toPlainText(),
            "solution": self.solution.toPlainText(),
            "confidential": self.confidential.isChecked(),
            "anonymous": self.anonymous.isChecked(),
        }

    def set_values(self, v: dict):
        self.phone.setText(str(v.get("phone", "")))
        self.caller_name.setText(str(v.get("caller_name", "")))
        self._set_combo(self.channel, v.get("channel", "phone"))
        self.category.setCurrentIndex(max(0, self.category.findText(
            str(v.get("category", "")))))
        if v.get("category") and self.category.findText(str(v["category"])) < 0:
            self.category.setEditText(str(v["category"]))
        self._set_combo(self.priority, v.get("priority", "normal"))
        self.subject.setText(str(v.get("subject", "")))
        self.description.setPlainText(str(v.get("description", "")))
        self.solution.setPlainText(str(v.get("solution", "")))
        self.confidential.setChecked(bool(v.get("confidential")))
        self.anonymous.setChecked(bool(v.get("anonymous")))

    @staticmethod
    def _set_combo(combo: QComboBox, code):
        index = combo.findData(code)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def is_empty(self) -> bool:
        v = self.values()
        return not any(str(v[k]).strip() for k in
                       ("phone", "caller_name", "category", "subject", "description",
                        "solution")) and not v["confidential"] and not v["anonymous"]

    def _category_match(self, text: str) -> int:
        """Index of the category `text` names: the exact label, or the only label
        containing it ("欠薪" → "劳动争议/欠薪"); -1 if none or several."""
        text = text.strip()
        if not text:
            return 0
        exact = self.category.findText(text)
        if exact > 0:
            return exact
        folded = text.casefold()
        found = [i for i in range(1, self.category.count())
                 if folded in self.category.itemText(i).casefold()]
        if len(found) > 1:  # "欠薪" may also be a parent: prefer the leaf labels
            leaves = [i for i in found
                      if self.category.itemText(i).casefold().endswith(folded)]
            found = leaves if len(leaves) == 1 else found
        return found[0] if len(found) == 1 else -1

    def _focus_changed(self, old, new):
        picker = (self.category, self.category.lineEdit())
        popup = self.category.completer().popup() if self.category.completer() else None
        if old in picker and new not in picker and new is not popup and new is not None:
            self._category_finished()

    def _category_finished(self):
        index = self._category_match(self.category.currentText())
        if index > 0 and self.category.currentText() != self.category.itemText(index):
            self.category.setCurrentIndex(index)

    def _category_id(self):
        index = self._category_match(self.category.currentText())
        if index < 0:
            raise ValidationError("category_id", "is not an active category")
        return self.category.itemData(index) if index > 0 else None

    # ------------------------------------------------------------------ saving
    def save(self, outcome: str):
        if self._saving or not self.isEnabled():
            return
        v = self.values()
        if not self._categories_loaded and v["category"].strip():
            self._save_after_load = outcome  # saved as soon as the categories arrive
            return
        try:
            category_id = self._category_id()
        except ValidationError as exc:
            self.show_banner(labels.error_text(exc), error=True)
            self.category.setFocus()
            return
        if outcome not in QUICK_KEYS and not v["subject"].strip():
            self.show_banner(self.tr("Subject: is required — one line about the call."),
                             error=True)
            self.subject.setFocus()
            return
        if outcome in ("transferred", "escalated"):
            self._ask_assignee(outcome, v, category_id)
        else:
            self._log(outcome, v, category_id, None)

    def _ask_assignee(self, outcome: str, v: dict, category_id):
        """Read who can take the call (worker thread), then ask the officer."""
        roles = (("specialist", "supervisor", "director") if outcome == "transferred"
                 else ("supervisor", "director", "specialist"))
        actor = self.actor
        self._set_saving(True)

        def chosen(people):
            self._set_saving(False)
            if not people:
                self.show_banner(self.tr("Nobody can take this call: there is no active "
                                         "specialist or supervisor account."), error=True)
                return
            title = (self.tr("Transfer to a specialist") if outcome == "transferred"
                     else self.tr("Escalate to"))
            assignee_id = AssigneeDialog.ask(self, people, title)
            if assignee_id is not None:
                self._log(outcome, v, category_id, assignee_id)

        offline = self.offline

        def job():
            try:
                people = users.list_assignees(actor=actor, roles=roles)
            except Exception as exc:
                seen = outbox_service.recall_assignees(offline.outbox(), roles) \
                    if offline is not None and outbox_service.is_unreachable(exc) \
                    else None
                if seen is None:
                    raise
                return seen[0]  # offline: the people this workstation last saw
            if offline is not None:
                try:
                    outbox_service.remember_assignees(offline.outbox(), roles, people)
                except Exception:  # noqa: BLE001 - the outbox's disk: still offered
                    pass
            return people

        def failed(exc):
            self._set_saving(False)
            labels.recover_connection(exc)
            self.show_banner(labels.error_text(exc), error=True)

        self.tasks.run(job, chosen, failed, owner=self)

    def _log(self, outcome: str, v: dict, category_id, assignee_id):
        kwargs = dict(outcome=outcome, phone=v["phone"], caller_name=v["caller_name"],
                      channel=v["channel"], category_id=category_id,
                      priority=v["priority"], subject=v["subject"],
                      description=v["description"], solution=v["solution"],
                      assignee_id=assignee_id, confidential=v["confidential"],
                      anonymous=v["anonymous"],
                      duration_seconds=min(self.elapsed_seconds(), calls.MAX_DURATION),
                      # one key per call: saved once even when the connection
                      # breaks after the server's commit and the call then goes
                      # to the offline outbox (services/outbox.py)
                      client_key=uuid.uuid4().hex)
        self._set_saving(True)
        self._pending = kwargs
        if self.offline is not None and self.offline.offline:
            self._keep_offline(kwargs)  # known offline: the caller does not wait
            return
        operations.log_call(parent=self, tasks=self.tasks, actor=self.actor,
                            values=kwargs, on_done=self._saved,
                            on_error=self._save_failed)

    def _set_saving(self, on: bool):
        self._saving = on
        for b in self.outcome_buttons.values():
            b.setDisabled(on)

    def _saved(self, summary):
        self._set_saving(False)
        self._pending = None
        self.clear()
        self.show_banner(self.tr("Saved: ticket %1 (%2). Ready for the next call.")
                         .replace("%1", summary.ticket_no)
                         .replace("%2", labels.outcome(summary.outcome)), error=False)
        self.last_ticket = summary.ticket_no
        self.saved.emit(summary)
        self.phone.setFocus()

    def _keep_offline(self, kwargs: dict) -> None:
        self._set_saving(True)
        self.offline.keep(kwargs, self._kept, self._keep_failed)

    def _kept(self, entry) -> None:
        """The call is in the workstation's outbox: the form is free for the next
        caller; the ticket number comes when the server is back."""
        self._set_saving(False)
        self._pending = None
        self.clear()
        self.show_banner(self.tr("The server cannot be reached: the call is kept on this "
                                 "workstation as %1 (provisional number) and sent when "
                                 "the server is back. Ready for the next call.")
                         .replace("%1", entry.provisional), error=False)
        self.last_ticket = entry.provisional
        self.phone.setFocus()

    def take_back(self, entry) -> None:
        """A call kept offline that the server refused, in the form to correct and
        save again (its provisional number is left behind)."""
        p = entry.payload
        index = self.category.findData(p.get("category_id")) \
            if p.get("category_id") is not None else 0
        self.set_values({k: p.get(k, "") for k in (
            "phone", "caller_name", "channel", "priority", "subject", "description",
            "solution", "confidential", "anonymous")})
        self.category.setCurrentIndex(max(0, index))
        self.show_banner(self.tr("Call %1 kept offline was refused by the server: %2 — "
                                 "correct it and save it again.")
                         .replace("%1", entry.provisional)
                         .replace("%2", labels.error_text(
                             outbox_service.refusal_error(entry.error))), error=True)
        self.phone.setFocus()

    def _keep_failed(self, exc) -> None:
        self._set_saving(False)
        self.write_draft(force=True)
        self._show_save_error(exc)

    def _save_failed(self, exc):
        self._set_saving(False)
        labels.recover_connection(exc)
        if self.offline is not None and self._pending is not None and \
                outbox_service.is_unreachable(exc):
            self._keep_offline(self._pending)
            return
        self.write_draft(force=True)
        self._show_save_error(exc)

    def _show_save_error(self, exc) -> None:
        self.show_banner(labels.error_text(exc), error=True)
        if isinstance(exc, ValidationError):
            widget = {"phone": self.phone, "subject": self.subject,
                      "description": self.description, "caller_name": self.caller_name,
                      "solution": self.solution}.get(exc.field)
            if widget is not None:
                widget.setFocus()

    def show_banner(self, text: str, *, error: bool):
        self.banner.setText(text)
        self.banner.setProperty("error", error)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.show()

    def ask_clear(self):
        if self.is_empty() or QuestionDialog.ask(
                self, self.tr("Clear the form"),
                self.tr("Discard what is typed for this call? It is not saved.")):
            self.clear()
            self.banner.hide()

    def clear(self):
        self.set_values({})
        self._clock.invalidate()
        self._offset = 0
        self.tick.stop()
        self._update_timer()
        self.history_phone = ""
        self._history_seq += 1
        self._show_history(None, [], "")
        self.kb_search.clear()
        self.kb_list.clear()
        self.kb_view.clear()
        self.drafts.discard()
        self._last_draft = None

    # ------------------------------------------------------------------ drafts
    def write_draft(self, force: bool = False):
        if self.is_empty():
            return
        snapshot = self.values()
        if snapshot == self._last_draft and not force:
            return
        try:
            self.drafts.save({"fields": snapshot, "elapsed": self.elapsed_seconds(),
                              "saved_at": time.time()})
            self._last_draft = snapshot
        except OSError as exc:
            self.show_banner(self.tr("The draft cannot be written (%1); the form is "
                                     "still here.").replace("%1", str(exc)), error=True)

    def offer_draft(self) -> bool:
        """After a crash: offer back the call that was being typed."""
        data = self.drafts.load()
        if not data or not isinstance(data.get("fields"), dict):
            return False
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(data.get("saved_at", 0)))
        fields = data["fields"]
        preview = " · ".join(str(fields.get(k, "")) for k in ("phone", "subject")
                             if fields.get(k))
        if not QuestionDialog.ask(
                self, self.tr("Unsaved call found"),
                self.tr("A call was being typed when the program stopped (%1): %2\n\n"
                        "Restore it into the form?").replace("%1", when)
                .replace("%2", preview or self.tr("(no phone or subject)"))):
            self.drafts.discard()
            return False
        self.set_values(fields)
        self._offset = int(data.get("elapsed") or 0)
        self._clock.start()
        self.tick.start()
        self._update_timer()
        self._last_draft = self.values()
        self.show_banner(self.tr("The unsaved call was restored. Check it and save."),
                         error=False)
        if fields.get("phone"):
            self._lookup_history()
        return True
