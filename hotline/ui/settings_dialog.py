"""Settings: language, idle lock, draft interval."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout,
                               QSpinBox, QWidget)

from .settings import OPTIONS, Settings
from .widgets import ok_cancel, plain_label


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: Settings):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Follow the system"), "system")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(
            settings.get("language"))))
        self.idle = QSpinBox()
        self.idle.setObjectName("idleLock")
        opt = OPTIONS["idle_lock_minutes"]
        self.idle.setRange(opt.minimum, opt.maximum)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(settings.get("idle_lock_minutes"))
        self.draft = QSpinBox()
        opt = OPTIONS["draft_interval_seconds"]
        self.draft.setRange(opt.minimum, opt.maximum)
        self.draft.setSuffix(self.tr(" s"))
        self.draft.setValue(settings.get("draft_interval_seconds"))
        note = plain_label(self.tr("A new language applies from the next sign-in."))
        note.setObjectName("hintLabel")
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Lock the screen after"), self.idle)
        form.addRow(self.tr("Save the call draft every"), self.draft)
        form.addRow(note)
        buttons = ok_cancel(self)
        form.addRow(buttons)

    def accept(self):
        self.settings.set("language", self.language.currentData())
        self.settings.set("idle_lock_minutes", self.idle.value())
        self.settings.set("draft_interval_seconds", self.draft.value())
        super().accept()
