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


def run_hotline(*args, db_url=None, stdin=None, env_extra=None, timeout=300):
    """`python -m hotline [--db URL] ARGS…` as an operator runs it, in a
    subprocess with HOTLINE_DB unset (the URL given is the one used)."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, **(env_extra or {}))
    env.pop("HOTLINE_DB", None)
    env.update(env_extra or {})
    db = ["--db", db_url] if db_url is not None else []
    return subprocess.run([sys.executable, "-m", "hotline", *db, *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=timeout)
