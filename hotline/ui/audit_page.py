"""The administrator's audit log: who changed what, when — newest first, a page
at a time (keyset paging through audit_log.list_audit), filtered by entity.

The log holds ids, codes and field names only (domain/audit_rules.py); cells are
plain text all the same (QTreeWidgetItem text is never interpreted). Every read
runs on the window's TaskManager, never on the UI thread.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ..services import audit_log
from ..services.base import Actor
from . import labels
from .tasks import TaskManager
from .widgets import error_label, plain_label, show_error

PAGE_SIZE = 100


def entity_label(code: str) -> str:
    return {
        "call": QCoreApplication.translate("AuditPage", "Case"),
        "caller": QCoreApplication.translate("AuditPage", "Caller"),
        "user": QCoreApplication.translate("AuditPage", "Account"),
        "category": QCoreApplication.translate("AuditPage", "Category"),
        "sla_policy": QCoreApplication.translate("AuditPage", "SLA policy"),
        "business_hours": QCoreApplication.translate("AuditPage", "Business hours"),
        "holiday": QCoreApplication.translate("AuditPage", "Calendar day"),
        "shift": QCoreApplication.translate("AuditPage", "Shift"),
        "handover": QCoreApplication.translate("AuditPage", "Handover note"),
        "import": QCoreApplication.translate("AuditPage", "Import"),
        "export": QCoreApplication.translate("AuditPage", "Export"),
        "database": QCoreApplication.translate("AuditPage", "Database"),
        "demo": QCoreApplication.translate("AuditPage", "Demo data"),
        "knowledge_article": QCoreApplication.translate("AuditPage", "Knowledge article"),
    }.get(code, code)


def action_label(code: str) -> str:
    text = {
        "create": QCoreApplication.translate("AuditPage", "created"),
        "update": QCoreApplication.translate("AuditPage", "changed"),
        "delete": QCoreApplication.translate("AuditPage", "deleted"),
        "note": QCoreApplication.translate("AuditPage", "note added"),
        "callback": QCoreApplication.translate("AuditPage", "call back recorded"),
        "survey": QCoreApplication.translate("AuditPage", "rating recorded"),
        "assign": QCoreApplication.translate("AuditPage", "assigned"),
        "transfer": QCoreApplication.translate("AuditPage", "transferred"),
        "escalate": QCoreApplication.translate("AuditPage", "escalated"),
        "sign_for": QCoreApplication.translate("AuditPage", "signed for"),
        "supervise": QCoreApplication.translate("AuditPage", "supervision notice"),
        "publish": QCoreApplication.translate("AuditPage", "published"),
        "retire": QCoreApplication.translate("AuditPage", "retired"),
        "use": QCoreApplication.translate("AuditPage", "used on a case"),
        "start": QCoreApplication.translate("AuditPage", "started"),
        "wait_customer": QCoreApplication.translate("AuditPage", "waiting for caller"),
        "resume": QCoreApplication.translate("AuditPage", "resumed"),
        "resolve": QCoreApplication.translate("AuditPage", "resolved"),
        "close": QCoreApplication.translate("AuditPage", "closed"),
        "reopen": QCoreApplication.translate("AuditPage", "reopened"),
        "login": QCoreApplication.translate("AuditPage", "signed in"),
        "login_failed": QCoreApplication.translate("AuditPage", "sign-in failed"),
        "login_refused": QCoreApplication.translate("AuditPage", "sign-in refused (locked)"),
        "locked": QCoreApplication.translate("AuditPage", "locked after failed sign-ins"),
        "unlock": QCoreApplication.translate("AuditPage", "unlocked"),
        "set_role": QCoreApplication.translate("AuditPage", "role changed"),
        "set_active": QCoreApplication.translate("AuditPage", "activated / deactivated"),
        "reset_password": QCoreApplication.translate("AuditPage", "password reset"),
        "change_password": QCoreApplication.translate("AuditPage", "password changed"),
        "acknowledge": QCoreApplication.translate("AuditPage", "acknowledged"),
        "backup": QCoreApplication.translate("AuditPage", "backed up"),
        "restore": QCoreApplication.translate("AuditPage", "restored"),
        "import": QCoreApplication.translate("AuditPage", "imported"),
        "export": QCoreApplication.translate("AuditPage", "exported"),
        "generate": QCoreApplication.translate("AuditPage", "generated"),
    }.get(code)
    return text if text is not None else code


def _value(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return (QCoreApplication.translate("AuditPage", "yes") if value
                else QCoreApplication.translate("AuditPage", "no"))
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value)
    return str(value)


def describe_values(entry: audit_log.AuditEntry) -> str:
    """The safe values of a change: 'status: in_progress → resolved; …'."""
    parts = []
    for name, (before, after) in entry.values.items():
        if before is None:
            parts.append(f"{labels.field(name)}: {_value(after)}")
        elif after is None and not entry.new:
            parts.append(f"{labels.field(name)}: {_value(before)}")
        else:
            parts.append(f"{labels.field(name)}: {_value(before)} → {_value(after)}")
    return "; ".join(parts)


class AuditPage(QWidget):
    COLUMNS = 6

    def __init__(self, actor: Actor, tasks: TaskManager | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.tasks = tasks if tasks is not None else TaskManager(self)
        self._seq = 0  # answers to an older request are dropped
        self._last_id: int | None = None
        self._loading = False
        title = plain_label(self.tr("Audit log"))
        title.setObjectName("pageTitle")
        self.entity = QComboBox()
        self.entity.setObjectName("auditEntity")
        self.entity.addItem(self.tr("Everything"), None)
        for code in audit_log.ENTITIES:
            self.entity.addItem(entity_label(code), code)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.more_button = QPushButton(self.tr("Older entries"))
        self.more_button.setObjectName("auditMore")
        self.more_button.setEnabled(False)
        self.table = QTreeWidget()
        self.table.setObjectName("auditTable")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                    self.tr("Action"), self.tr("Fields"),
                                    self.tr("Values")])
        for col, width in enumerate((150, 140, 190, 170, 220)):
            self.table.setColumnWidth(col, width)
        self.hint = plain_label(self.tr(
            "Who changed what, when. The log holds ids, codes and the names of the "
            "fields changed — never what was written in them."))
        self.hint.setObjectName("hintLabel")
        self.hint.setWordWrap(True)
        self.error = error_label()
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.entity)
        top.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._connect_signals()

    def _connect_signals(self):
        self.refresh_button.clicked.connect(self.refresh)
        self.more_button.clicked.connect(self.load_more)
        self.entity.currentIndexChanged.connect(lambda _: self.refresh())

    # ------------------------------------------------------------------ loading
    def refresh(self):
        """Reload the newest page (called each time the page is shown)."""
        self.table.clear()
        self._last_id = None
        self._load(None)

    def load_more(self):
        if self._last_id is not None and not self._loading:
            self._load(self._last_id)

    def _load(self, before_id: int | None):
        self._seq += 1
        seq = self._seq
        self._loading = True
        self.more_button.setEnabled(False)
        actor, entity = self.actor, self.entity.currentData()

        def read():
            return audit_log.list_audit(actor=actor, before_id=before_id,
                                        limit=PAGE_SIZE, entity=entity)

        def done(entries):
            if seq != self._seq:
                return
            self._loading = False
            self.error.hide()
            self._append(entries)
            self.more_button.setEnabled(len(entries) == PAGE_SIZE)

        def failed(exc):
            if seq != self._seq:
                return
            self._loading = False
            show_error(self.error, exc)
            self.more_button.setEnabled(self._last_id is not None)

        self.tasks.run(read, done, failed, owner=self)

    def _append(self, entries):
        for e in entries:
            what = entity_label(e.entity)
            ident = e.label or e.entity_id
            if ident:
                what = f"{what} {ident}"
            who = e.actor or self.tr("(unknown account)")
            fields = ", ".join(labels.field(f) for f in e.fields)
            item = QTreeWidgetItem([
                f"{e.at:%Y-%m-%d %H:%M:%S}" if isinstance(e.at, dt.datetime)
                else str(e.at), who, what, action_label(e.action), fields,
                describe_values(e)])
            item.setData(0, Qt.ItemDataRole.UserRole, e.id)
            self.table.addTopLevelItem(item)
            self._last_id = e.id
