"""The main window: navigation by role, status bar, idle lock, sign-out."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMainWindow,
                               QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from ..storage import DbInfo
from ..services import calls, queues, shifts, users
from ..services.base import Actor
from ..services.permissions import allowed
from . import labels
from .pages import all_pages, pages_for, start_page
from .case_window import CaseWindow
from .changes import changes
from .drafts import DraftStore
from .handover_dialog import HandoverDialog
from .question_dialog import QuestionDialog
from .settings import Settings
from .settings_dialog import SettingsDialog
from .tasks import TaskManager
from .widgets import plain_label, plain_tooltip

# the pages, their permissions, titles, shortcuts and start roles: ui/pages.py
ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
            QEvent.Type.Wheel}


class LockPage(QWidget):
    unlocked = Signal()
    sign_out = Signal()

    def __init__(self, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.setObjectName("lockPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        title = plain_label(self.tr("Screen locked"))
        title.setObjectName("loginTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        who = plain_label(self.tr("%1 is signed in. What was typed is kept. Enter the "
                             "password to continue.").replace("%1", actor.display_name))
        who.setWordWrap(True)
        who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaximumWidth(320)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.message = plain_label()
        self.message.setObjectName("errorLabel")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QVBoxLayout()
        box.addStretch(1)
        box.addWidget(title)
        box.addWidget(who)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.password)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.message)
        row2 = QHBoxLayout()
        row2.addStretch(1)
        row2.addWidget(self.sign_out_button)
        row2.addStretch(1)
        box.addLayout(row2)
        box.addStretch(2)
        self.setLayout(box)
        self._checking = False
        self.password.returnPressed.connect(self.try_unlock)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.sign_out_button.clicked.connect(self.sign_out.emit)

    def try_unlock(self):
        """Check the password on a worker thread (argon2 and the database take
        time; the window keeps painting)."""
        tasks = getattr(self.window(), "tasks", None)
        if self._checking or tasks is None:
            return
        username, password = self.actor.username, self.password.text()
        self._checking = True
        self.unlock_button.setEnabled(False)
        self.message.setText(self.tr("Checking…"))

        def done(_actor):
            self._checking = False
            self.unlock_button.setEnabled(True)
            self.password.clear()
            self.message.clear()
            self.unlocked.emit()

        def failed(exc):
            self._checking = False
            self.unlock_button.setEnabled(True)
            labels.recover_connection(exc)
            self.message.setText(labels.error_text(exc))
            self.password.clear()
            self.password.setFocus()

        tasks.run(lambda: users.authenticate(username=username, password=password),
                  done, failed, owner=self)


class _ActivityFilter(QObject):
    def __init__(self, on_activity):
        super().__init__()
        self.on_activity = on_activity

    def eventFilter(self, obj, event):
        if event.type() in ACTIVITY:
            self.on_activity()
        return False


class _CoverResizer(QObject):
    """Keeps a lock cover over the whole of its dialog when the dialog is resized."""

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Resize:
            for cover in obj.findChildren(QLabel, "lockCover"):
                cover.setGeometry(obj.rect())
        return False


class MainWindow(QMainWindow):
    signed_out = Signal()

    def __init__(self, actor: Actor, settings: Settings, db_info: DbInfo,
                 drafts_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.settings = settings
        self.db_info = db_info
        self.locked = False
        self._closing_for_sign_out = False
        self.tasks = TaskManager(self)
        self._status_job = None
        self._closing = False
        self.drafts = DraftStore(drafts_dir, username=actor.username,
                                 database=db_info.location)
        self.setWindowTitle(self.tr("Hotline Desk — %1").replace("%1", actor.display_name))
        self.page_specs = pages_for(actor.role)
        self.page_keys = [spec.key for spec in self.page_specs]
        self._build()
        self._build_menus()
        self._connect_signals()
        self._restore_window()
        self.refresh_status()
        self.idle_timer.start()
        from .backup_schedule import BackupScheduler  # the desk's daily backup
        self.backup_scheduler = BackupScheduler(self)

    # ------------------------------------------------------------------ building
    def _build(self):
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(176)
        self.pages = QStackedWidget()
        for spec in all_pages():  # window.call_form … is None when not shown
            if spec.attribute:
                setattr(self, spec.attribute, None)
        self.page_widgets: dict[str, QWidget] = {}
        for spec in self.page_specs:
            page = spec.factory(self)
            page.setProperty("pageKey", spec.key)
            self.page_widgets[spec.key] = page
            if spec.attribute:
                setattr(self, spec.attribute, page)
            self.pages.addWidget(page)
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.workspace = QWidget()
        layout = QHBoxLayout(self.workspace)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.lock_page = LockPage(self.actor)
        self.outer = QStackedWidget()
        self.outer.addWidget(self.workspace)
        self.outer.addWidget(self.lock_page)
        self.setCentralWidget(self.outer)

        self.status_user = plain_label()
        self.status_shift = plain_label()
        self.status_db = plain_label()
        self.status_db.setObjectName("statusDb")
        for w in (self.status_user, self.status_shift, self.status_db):
            self.statusBar().addPermanentWidget(w)
        self.status_timer = QTimer(self)
        self.status_timer.setInterval(60_000)
        self.status_timer.start()
        self.counts_timer = QTimer(self)  # changes announced in a row: one read
        self.counts_timer.setSingleShot(True)
        self.counts_timer.setInterval(200)
        self._counts_job = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(self.settings.get("idle_lock_minutes") * 60_000)
        self.activity = _ActivityFilter(self._activity)
        self._cover_resizer = _CoverResizer(self)
        self._lock_covers: list[QLabel] = []
        QApplication.instance().installEventFilter(self.activity)

    def _build_menus(self):
        menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.settings_action = QAction(self.tr("Settings…"), self)
        self.lock_action = QAction(self.tr("Lock screen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.sign_out_action = QAction(self.tr("Sign out"), self)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        for a in (self.settings_action, self.lock_action, self.sign_out_action,
                  self.quit_action):
            menu.addAction(a)
        if allowed(self.actor.role, "caller.purge"):  # the retention purge (§10)
            from .purge_dialog import purge_action
            menu.insertAction(self.lock_action, purge_action(self))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.keys_action = QAction(self.tr("Keyboard shortcuts"), self)
        self.keys_action.setShortcut(QKeySequence("F1"))
        help_menu.addAction(self.keys_action)

    def _connect_signals(self):
        self.nav.currentRowChanged.connect(self._show_page)
        self.settings_action.triggered.connect(self.open_settings)
        self.lock_action.triggered.connect(self.lock)
        self.sign_out_action.triggered.connect(self.sign_out)
        self.quit_action.triggered.connect(self.close)
        self.keys_action.triggered.connect(self.show_keys)
        self.lock_page.unlocked.connect(self.unlock)
        self.lock_page.sign_out.connect(self.sign_out)
        self.status_timer.timeout.connect(self.refresh_status)
        self.idle_timer.timeout.connect(self.lock)
        self.page_shortcuts: dict[str, QShortcut] = {}
        for spec in self.page_specs:
            if spec.shortcut:
                sc = QShortcut(QKeySequence(spec.shortcut), self)
                sc.setContext(Qt.ShortcutContext.ApplicationShortcut)
                sc.activated.connect(lambda k=spec.key: self.go(k))
                self.page_shortcuts[spec.key] = sc
            page = self.page_widgets[spec.key]
            if hasattr(page, "open_case"):  # a page listing cases opens them here
                page.open_case.connect(self.open_case)
            if hasattr(page, "counts_changed"):  # the queues' counts in the nav
                page.counts_changed.connect(self._show_counts)
        if {"queue", "callbacks"} & set(self.page_keys):
            changes().cases_changed.connect(self.counts_timer.start)
            self.counts_timer.timeout.connect(self.refresh_counts)
            self.status_timer.timeout.connect(self.refresh_counts)
        if self.call_form is not None:
            self.call_form.saved.connect(self._call_saved)
        self.offline = None  # a center's workstation: calls kept through an outage
        if self.call_form is not None and self.db_info.kind == "postgresql":
            from .offline import OfflineDesk

            self.offline = OfflineDesk(actor=self.actor, tasks=self.tasks,
                                       database=self.db_info.location,
                                       directory=self.drafts.path.parent.parent
                                       / "outbox", parent=self)
            self.statusBar().insertPermanentWidget(0, self.offline.label)
            self.offline.replayed.connect(self._offline_calls_sent)
            self.offline.taken_back.connect(self._correct_offline_call)
            self.call_form.offline = self.offline
            self.offline_action = QAction(self.tr("Calls kept offline…"), self)
            self.offline_action.triggered.connect(self.offline.show_list)
            self.file_menu.insertAction(self.lock_action, self.offline_action)

    # ------------------------------------------------------------------ navigation
    def go(self, key: str):
        if self.locked or key not in self.page_keys:
            return
        self.nav.setCurrentRow(self.page_keys.index(key))
        if key == "call":
            self.call_form.focus_form()

    def current_page_key(self) -> str | None:
        w = self.pages.currentWidget()
        return w.property("pageKey") if w is not None else None

    def _show_page(self, row: int):
        if row < 0:
            return
        self.pages.setCurrentIndex(row)
        page = self.pages.currentWidget()
        # a key the page itself uses (the call form's F5–F8 quick outcomes) is the
        # page's while it is shown: the page shortcut with the same key would make
        # both ambiguous, and neither would fire
        own = {sc.key().toString() for sc in page.findChildren(QShortcut)}
        for sc in self.page_shortcuts.values():
            sc.setEnabled(sc.key().toString() not in own)
        if hasattr(page, "refresh"):
            page.refresh()

    def start_session(self):
        """After the window is shown: handover notes to acknowledge, a draft to
        restore, then the first page ready to type in."""
        if self.page_keys:
            self.nav.setCurrentRow(self.page_keys.index(start_page(self.actor.role)))
        if self.call_form is not None:  # the draft is local: offered at once
            restored = self.call_form.offer_draft()
            if restored or start_page(self.actor.role) == "call":
                self.go("call")
        self.refresh_counts()
        if not allowed(self.actor.role, "handover.write"):
            return
        actor = self.actor

        def done(pending):  # read on a worker thread, shown when they arrive
            if pending and not self._closing:
                HandoverDialog.ask(self, self.actor, pending)
                if self.duty is not None and self.current_page_key() == "duty":
                    self.duty.refresh()

        def failed(exc):  # the app still works
            labels.recover_connection(exc)
            self.statusBar().showMessage(labels.error_text(exc), 10_000)

        self.tasks.run(lambda: shifts.pending_handovers(actor=actor), done, failed)

    def open_case(self, call_id):
        """Read the case on a worker thread, then show it (a progress dialog with
        Cancel appears if the database is slow)."""
        if call_id is None:
            return
        actor, call_id = self.actor, int(call_id)

        def failed(exc):
            labels.recover_connection(exc)
            QuestionDialog.inform(self, self.tr("Case"), labels.error_text(exc),
                                  warning=True)

        def show(case):
            if not self._closing and not self.locked:  # never shown over the lock
                CaseWindow.show_case(self, case)

        return self.tasks.run(lambda: calls.get_case(actor=actor, call_id=call_id),
                              show, failed,
                              progress=self.tr("Opening the case…"), parent=self)

    # ------------------------------------------------------------------ nav counts
    def refresh_counts(self):
        """The queues' counts in the navigation ("My queue (7)"), read off the UI
        thread; nothing to read for a role without those pages."""
        if not {"queue", "callbacks"} & set(self.page_keys) or self._closing:
            return
        if self._counts_job is not None and not self._counts_job.finished:
            return  # the last read is still waiting for the database
        actor = self.actor

        def failed(exc):  # the counts only
            labels.recover_connection(exc)

        self._counts_job = self.tasks.run(lambda: queues.queue_counts(actor=actor),
                                          self._show_counts, failed)

    def _show_counts(self, counts):
        """"My queue (9)": the cases waiting for me (in my queue and to sign for,
        the tooltip tells them apart); "Callbacks due (3)"."""
        for key, count, tip in (
                ("queue", (counts.my_queue or 0) + (counts.to_sign_for or 0),
                 self.tr("%1 in my queue · %2 to sign for")
                 .replace("%1", str(counts.my_queue)).replace(
                     "%2", str(counts.to_sign_for))),
                ("callbacks", counts.callbacks, "")):
            if key not in self.page_keys or count is None:
                continue
            spec = self.page_specs[self.page_keys.index(key)]
            name, _, shortcut = spec.title().partition("  ")
            text = self.tr("%1 (%2)").replace("%1", name).replace("%2", str(count))
            item = self.nav.item(self.page_keys.index(key))
            item.setText(f"{text}  {shortcut}" if shortcut else text)
            item.setToolTip(plain_tooltip(tip))

    def _offline_calls_sent(self, result):
        """The server is back and took the calls kept offline: which provisional
        number became which ticket."""
        if result.sent:
            pairs = ", ".join(f"{e.provisional} → {e.ticket_no}" for e in result.sent[:6])
            more = len(result.sent) - 6
            self.statusBar().showMessage(
                self.tr("The server is back: %1 call(s) kept offline were saved (%2)")
                .replace("%1", str(len(result.sent)))
                .replace("%2", pairs + (f" … +{more}" if more > 0 else "")), 60_000)
            changes().cases_changed.emit()

    def _correct_offline_call(self, entry) -> None:
        """A call kept offline that the server refused, back in the call form."""
        self.go("call")
        self.call_form.take_back(entry)

    def _call_saved(self, summary):
        self.statusBar().showMessage(
            self.tr("Saved ticket %1").replace("%1", summary.ticket_no), 15_000)

    # ------------------------------------------------------------------ status bar
    def refresh_status(self):
        self.status_user.setText(self.tr("%1 (%2)").replace("%1", self.actor.display_name)
                                 .replace("%2", labels.role(self.actor.role)))
        self.status_db.setText(self.db_info.describe())
        if self._status_job is not None and not self._status_job.finished:
            return  # the last refresh is still waiting for the database
        actor = self.actor

        def done(shift):
            if shift is None:
                self.status_shift.setText(self.tr("Shift: not rostered now"))
            else:
                self.status_shift.setText(
                    self.tr("Shift: %1 %2–%3").replace("%1", shift.label)
                    .replace("%2", f"{shift.starts_at:%H:%M}")
                    .replace("%3", f"{shift.ends_at:%H:%M}"))

        def failed(exc):  # status only
            labels.recover_connection(exc)
            self.status_shift.setText(self.tr("Shift: unknown (database unreachable)"))

        self._status_job = self.tasks.run(lambda: shifts.current_shift(actor=actor),
                                          done, failed)

    def show_warning(self, text: str) -> None:
        """A lasting warning in the status bar (e.g. the PC's clock is off)."""
        if getattr(self, "status_warning", None) is None:
            self.status_warning = plain_label(name="warningLabel")
            self.statusBar().insertPermanentWidget(0, self.status_warning)
        self.status_warning.setText("⚠ " + text)
        self.status_warning.setToolTip("")
        self.status_warning.show()

    # ------------------------------------------------------------------ idle lock
    def _activity(self):
        if not self.locked:
            self.idle_timer.start()

    def lock(self):
        if self.locked:
            return
        self.locked = True
        if self.call_form is not None:
            self.call_form.write_draft(force=True)
        self.outer.setCurrentWidget(self.lock_page)
        self.menuBar().setEnabled(False)
        self._cover_open_dialogs()
        self.lock_page.password.setFocus()

    def _cover_open_dialogs(self):
        """A dialog left open (a case, a choice of specialist) stays above the lock
        page: cover its content too. Esc still closes it, then the lock page takes
        the password; what the dialog held is not shown while locked."""
        self._lock_covers = []
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                cover = plain_label(self.tr("Locked. Press Esc to close this window, then "
                                       "unlock in the main window."), widget)
                cover.setObjectName("lockCover")
                cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
                cover.setWordWrap(True)
                cover.setAutoFillBackground(True)
                cover.setStyleSheet("#lockCover { background: #1f3347; color: white;"
                                    " font-size: 15px; padding: 24px; }")
                cover.setGeometry(widget.rect())
                cover.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                widget.installEventFilter(self._cover_resizer)
                cover.show()
                cover.raise_()
                cover.setFocus()
                self._lock_covers.append(cover)

    def unlock(self):
        self.locked = False
        for cover in self._lock_covers:
            if shiboken6.isValid(cover):
                cover.parentWidget().removeEventFilter(self._cover_resizer)
                cover.deleteLater()
        self._lock_covers = []
        self.menuBar().setEnabled(True)
        self.outer.setCurrentWidget(self.workspace)
        self.idle_timer.start()
        page = self.pages.currentWidget()
        if page is self.call_form:
            self.call_form.phone.setFocus()

    # ------------------------------------------------------------------ session
    def open_settings(self):
        if SettingsDialog(self, self.settings).exec() == QDialog.DialogCode.Accepted:
            self.idle_timer.setInterval(self.settings.get("idle_lock_minutes") * 60_000)
            self.idle_timer.start()
            if self.call_form is not None:
                self.call_form.draft_timer.setInterval(
                    self.settings.get("draft_interval_seconds") * 1000)

    def show_keys(self):
        QuestionDialog.inform(self, self.tr("Keyboard shortcuts"), self.tr(
            "F2  log a call (the form is ready to type in)\n"
            "F3  my shift    F4  duty and handover\n"
            "F5  search cases    F6  my queue (on other pages than the call form)\n"
            "Ctrl+Enter  save as answered\n"
            "Ctrl+T  transfer to a specialist    Ctrl+E  escalate\n"
            "Ctrl+B  save as call back later\n"
            "On the call form: F5 hung up · F6 silent · F7 prank · F8 wrong number "
            "(one key saves)\n"
            "Ctrl+K  search the knowledge base\n"
            "Ctrl+L  lock the screen    Ctrl+Q  quit"))

    def sign_out(self):
        self._closing_for_sign_out = True
        self.close()

    def _restore_window(self):
        geometry = self.settings.restore_state("geometry")
        self.first_layout = geometry is None
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 740)
        state = self.settings.restore_state("state")
        if state is not None:
            self.restoreState(state)
        if self.call_form is not None:
            split = self.settings.restore_state("call_form_splitter")
            if split is not None:
                self.call_form.splitter.restoreState(split)

    def closeEvent(self, event):
        self._closing = True  # results delivered now open no new dialog
        self.tasks.drain()  # a save in flight finishes and clears the form first
        if self.call_form is not None:
            self.call_form.write_draft(force=True)
            for timer in (self.call_form.draft_timer, self.call_form.history_timer,
                          self.call_form.kb_timer, self.call_form.tick):
                timer.stop()
            self.settings.save_state("call_form_splitter",
                                     self.call_form.splitter.saveState())
        self.settings.save_state("geometry", self.saveGeometry())
        self.settings.save_state("state", self.saveState())
        self.settings.q.sync()
        self.idle_timer.stop()
        self.status_timer.stop()
        self.counts_timer.stop()
        QApplication.instance().removeEventFilter(self.activity)
        self.tasks.shutdown()
        if self.offline is not None:
            self.offline.close()
        super().closeEvent(event)
        if self._closing_for_sign_out:
            self.signed_out.emit()
