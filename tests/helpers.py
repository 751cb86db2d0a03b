"""Helpers the tests import (tests/ is on pythonpath)."""

from __future__ import annotations

PASSWORD = "Test-passw0rd"  # satisfies the password rules


_HASH = None


def password_hash() -> str:
    global _HASH
    if _HASH is None:
        from hotline.services.users import HASHER

        _HASH = HASHER.hash(PASSWORD)
    return _HASH


def make_user(username: str, role: str, display_name: str | None = None):
    """Insert an account directly (hashing once per session keeps tests quick)."""
    from hotline.models import User
    from hotline.services.base import Actor

    user = User.create(username=username, display_name=display_name or username,
                       role=role, password_hash=password_hash())
    return Actor.from_user(user)
