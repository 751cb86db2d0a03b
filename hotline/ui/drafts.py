"""The call form's draft on local disk: written every few seconds while a call is
typed, offered back after a crash or a power cut, removed once the call is saved."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

VERSION = 1


def default_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("HotlineDesk", appauthor=False)) / "drafts"


class DraftStore:
    def __init__(self, directory: Path, *, username: str, database: str):
        key = hashlib.sha256(database.encode("utf-8")).hexdigest()[:10]
        safe = re.sub(r"[^A-Za-z0-9_.-]", "_", username)
        self.path = Path(directory) / f"call-{key}-{safe}.json"

    def save(self, data: dict) -> None:
        """Write atomically and durably: a power cut leaves the old or the new draft."""
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = self.path.with_suffix(".tmp")
        payload = json.dumps({"version": VERSION, **data}, ensure_ascii=False)
        # the caller's number and story: readable by this user only
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        try:  # make the rename itself durable
            fd = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError:
            pass

    def load(self) -> dict | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            try:  # unreadable: keep it aside for a human, do not offer it
                self.path.replace(self.path.with_suffix(".broken"))
            except OSError:
                pass
            return None
        if not isinstance(data, dict) or data.get("version") != VERSION:
            return None
        return data

    def discard(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
