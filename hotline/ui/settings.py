"""Every user setting declared once, with its default, over QSettings.

Window geometry and splitter states are kept apart (`save_state`/`restore_state`)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QSettings

ORGANIZATION = "HotlineDesk"
APPLICATION = "HotlineDesk"


class Option(NamedTuple):  # not a dataclass: imported before the first paint (app.py)
    key: str
    default: object
    minimum: int | None = None
    maximum: int | None = None


OPTIONS: dict[str, Option] = {
    # "system" follows the desktop's language; "zh_CN" or "en" chooses one
    "language": Option("ui/language", "system"),
    # minutes without keyboard or mouse before the screen locks
    "idle_lock_minutes": Option("security/idle_lock_minutes", 10, 1, 240),
    # how often the call form writes its draft while something is typed
    "draft_interval_seconds": Option("call_form/draft_interval_seconds", 3, 1, 60),
    "last_username": Option("login/last_username", ""),
}
LANGUAGES = ("system", "zh_CN", "en")


class Settings:
    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings(ORGANIZATION, APPLICATION)

    def get(self, name: str):
        option = OPTIONS[name]
        value = self.q.value(option.key, option.default)
        if isinstance(option.default, int):
            try:
                value = int(value)
            except (TypeError, ValueError):
                return option.default
            if option.minimum is not None:
                value = max(option.minimum, value)
            if option.maximum is not None:
                value = min(option.maximum, value)
            return value
        value = str(value)
        if name == "language" and value not in LANGUAGES:
            return option.default
        return value

    def set(self, name: str, value) -> None:
        self.q.setValue(OPTIONS[name].key, value)
        self.q.sync()

    # window geometry, toolbar and splitter states
    def save_state(self, key: str, data) -> None:
        self.q.setValue(f"window/{key}", data)

    def restore_state(self, key: str):
        return self.q.value(f"window/{key}")
