"""Translated names of codes (roles, outcomes, statuses …) and of domain errors."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import QCoreApplication

from ..db import StorageError
from ..services.errors import (AccountLocked, AuthenticationFailed, Conflict,
                               DomainError, NotFound, PermissionDenied, ValidationError)


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role(code: str) -> str:
    return {
        "duty_officer": _t("Duty officer"), "specialist": _t("Specialist"),
        "supervisor": _t("Supervisor"), "secretary": _t("Secretary"),
        "director": _t("Director"), "admin": _t("Administrator"),
    }.get(code, code)


def outcome(code: str) -> str:
    return {
        "answered": _t("Answered"), "transferred": _t("Transferred"),
        "escalated": _t("Escalated"), "callback": _t("Call back"),
        "hang_up": _t("Hung up"), "silent": _t("Silent call"), "prank": _t("Prank"),
        "wrong_number": _t("Wrong number"), "test": _t("Test call"),
    }.get(code, code)


def status(code: str) -> str:
    return {
        "new": _t("New"), "assigned": _t("Assigned"), "in_progress": _t("In progress"),
        "pending_customer": _t("Waiting for caller"), "resolved": _t("Resolved"),
        "closed": _t("Closed"), "reopened": _t("Reopened"),
    }.get(code, code)


def priority(code: str) -> str:
    return {"urgent": _t("Urgent"), "high": _t("High"), "normal": _t("Normal"),
            "low": _t("Low")}.get(code, code)


def channel(code: str) -> str:
    return {"phone": _t("Phone"), "sms": _t("SMS"), "email": _t("E-mail"),
            "web": _t("Web"), "wechat": _t("WeChat"), "walk_in": _t("Walk-in"),
            "other": _t("Other")}.get(code, code)


def event_kind(code: str) -> str:
    return {
        "created": _t("Logged"), "assigned": _t("Assigned"),
        "transferred": _t("Transferred"), "escalated": _t("Escalated"),
        "note": _t("Note"), "callback": _t("Call back"), "survey": _t("Survey"),
        "reopened": _t("Reopened"), "start": _t("Started"),
        "wait_customer": _t("Waiting for caller"), "resume": _t("Resumed"),
        "resolve": _t("Resolved"), "close": _t("Closed"), "printed": _t("Printed"),
        "archived": _t("Archived"),
    }.get(code, code)


def field(name: str) -> str:
    return {
        "phone": _t("Phone"), "caller_name": _t("Caller"), "subject": _t("Subject"),
        "description": _t("Description"), "solution": _t("Reply given"),
        "category_id": _t("Category"), "assignee_id": _t("Specialist"),
        "password": _t("Password"), "new_password": _t("New password"),
        "username": _t("User name"), "display_name": _t("Full name"),
        "body": _t("Handover note"), "duration_seconds": _t("Call duration"),
        "ends_at": _t("End"), "starts_at": _t("Start"), "user_id": _t("Person"),
        "label": _t("Shift name"), "query": _t("Search"), "search": _t("Search"),
    }.get(name, name)




def _validation_text(message: str) -> str:
    known = {
        "is required": _t("is required"),
        "must contain letters and digits": _t("must contain letters and digits"),
        "is too repetitive": _t("is too repetitive"),
        "is a commonly used password": _t("is a commonly used password"),
        "must not contain the username": _t("must not contain the user name"),
        "must be a single line": _t("must be a single line"),
        "is not an active user": _t("is not an active user"),
        "must be after the start": _t("must be after the start"),
        "a shift lasts at most 24 hours": _t("a shift lasts at most 24 hours"),
        "is not an active category": _t("is not an active category"),
    }
    if message in known:
        return known[message]
    if message.startswith("must have at least"):
        return _t("must have at least %1 characters").replace(
            "%1", "".join(c for c in message if c.isdigit()))
    if message.startswith("is too long"):
        return _t("is too long")
    if message.startswith("is not a phone number") or message.startswith("must have 3"):
        return _t("is not a phone number")
    if message.startswith("may contain only"):
        return _t("may contain only letters, digits and . _ - (2 to 64 characters)")
    return message


def storage_problem(exc: BaseException) -> str | None:
    """A message for a database failure (server down, disk full), or None."""
    import peewee

    text = str(exc).lower()
    if isinstance(exc, StorageError):
        return _t("The database cannot be used: %1").replace("%1", str(exc))
    if isinstance(exc, (sqlite3.OperationalError, peewee.OperationalError,
                        peewee.InterfaceError, peewee.DatabaseError)) \
            and not isinstance(exc, peewee.IntegrityError):
        if "disk is full" in text or "no space" in text or "disk full" in text:
            return _t("The disk holding the database is full. Nothing was saved; "
                      "free some space and save again — your text is still here.")
        if "readonly" in text or "read-only" in text:
            return _t("The database is read-only. Nothing was saved.")
        return _t("The database server cannot be reached (%1). Nothing was saved; "
                  "your text is still here — try again in a moment.").replace(
            "%1", str(exc).strip().splitlines()[0][:160] if str(exc).strip() else
            type(exc).__name__)
    return None


def error_text(exc: BaseException) -> str:
    """What to tell the user about an exception a service raised."""
    problem = storage_problem(exc)
    if problem:
        return problem
    if isinstance(exc, AccountLocked):
        until = exc.until.strftime("%H:%M") if isinstance(exc.until, dt.datetime) else ""
        return _t("Too many failed sign-ins: this account is locked until %1. "
                  "An administrator can unlock it sooner.").replace("%1", until)
    if isinstance(exc, AuthenticationFailed):
        if "no longer active" in str(exc):
            return _t("This account has been deactivated.")
        return _t("Wrong user name or password.")
    if isinstance(exc, PermissionDenied):
        return _t("You do not have permission to do this.")
    if isinstance(exc, ValidationError):
        return f"{field(exc.field)}: {_validation_text(exc.message)}"
    if isinstance(exc, NotFound):
        return _t("Not found: %1").replace("%1", str(exc))
    if isinstance(exc, Conflict):
        return str(exc)
    if isinstance(exc, DomainError):
        return str(exc)
    return _t("Unexpected error: %1").replace("%1", f"{type(exc).__name__}: {exc}")


def recover_connection(exc: BaseException) -> None:
    """After a connection failure, drop this thread's connection so the next
    call reconnects (the server may be back by then)."""
    if storage_problem(exc) and not isinstance(exc, StorageError):
        from ..models import db
        try:
            db.close()
        except Exception:  # noqa: BLE001 - the connection is already broken
            pass


def duration(seconds: int | None) -> str:
    if seconds is None:
        return ""
    m, s = divmod(int(seconds), 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"
