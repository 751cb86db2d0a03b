"""Translated names of codes (roles, outcomes, statuses …) and of domain errors."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import QCoreApplication

from ..storage import StorageError
from ..services.errors import (AccountLocked, AuthenticationFailed, Conflict,
                               DatabaseUnavailable, DomainError, NotFound,
                               PermissionDenied, ValidationError)


def role(code: str) -> str:
    return {
        "duty_officer": QCoreApplication.translate("Labels", "Duty officer"), "specialist": QCoreApplication.translate("Labels", "Specialist"),
        "supervisor": QCoreApplication.translate("Labels", "Supervisor"), "secretary": QCoreApplication.translate("Labels", "Secretary"),
        "director": QCoreApplication.translate("Labels", "Director"), "admin": QCoreApplication.translate("Labels", "Administrator"),
    }.get(code, code)


def outcome(code: str) -> str:
    return {
        "answered": QCoreApplication.translate("Labels", "Answered"), "transferred": QCoreApplication.translate("Labels", "Transferred"),
        "escalated": QCoreApplication.translate("Labels", "Escalated"), "callback": QCoreApplication.translate("Labels", "Call back"),
        "hang_up": QCoreApplication.translate("Labels", "Hung up"), "silent": QCoreApplication.translate("Labels", "Silent call"), "prank": QCoreApplication.translate("Labels", "Prank"),
        "wrong_number": QCoreApplication.translate("Labels", "Wrong number"), "test": QCoreApplication.translate("Labels", "Test call"),
    }.get(code, code)


def status(code: str) -> str:
    return {
        "new": QCoreApplication.translate("Labels", "New"), "assigned": QCoreApplication.translate("Labels", "Assigned"), "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "pending_customer": QCoreApplication.translate("Labels", "Waiting for caller"), "resolved": QCoreApplication.translate("Labels", "Resolved"),
        "closed": QCoreApplication.translate("Labels", "Closed"), "reopened": QCoreApplication.translate("Labels", "Reopened"),
    }.get(code, code)


def priority(code: str) -> str:
    return {"urgent": QCoreApplication.translate("Labels", "Urgent"), "high": QCoreApplication.translate("Labels", "High"), "normal": QCoreApplication.translate("Labels", "Normal"),
            "low": QCoreApplication.translate("Labels", "Low")}.get(code, code)


def channel(code: str) -> str:
    return {"phone": QCoreApplication.translate("Labels", "Phone"), "sms": QCoreApplication.translate("Labels", "SMS"), "email": QCoreApplication.translate("Labels", "E-mail"),
            "web": QCoreApplication.translate("Labels", "Web"), "wechat": QCoreApplication.translate("Labels", "WeChat"), "walk_in": QCoreApplication.translate("Labels", "Walk-in"),
            "other": QCoreApplication.translate("Labels", "Other")}.get(code, code)


def event_kind(code: str) -> str:
    return {
        "created": QCoreApplication.translate("Labels", "Logged"), "assigned": QCoreApplication.translate("Labels", "Assigned"),
        "transferred": QCoreApplication.translate("Labels", "Transferred"), "escalated": QCoreApplication.translate("Labels", "Escalated"),
        "note": QCoreApplication.translate("Labels", "Note"), "callback": QCoreApplication.translate("Labels", "Call back"), "survey": QCoreApplication.translate("Labels", "Survey"),
        "reopened": QCoreApplication.translate("Labels", "Reopened"), "start": QCoreApplication.translate("Labels", "Started"),
        "wait_customer": QCoreApplication.translate("Labels", "Waiting for caller"), "resume": QCoreApplication.translate("Labels", "Resumed"),
        "resolve": QCoreApplication.translate("Labels", "Resolved"), "close": QCoreApplication.translate("Labels", "Closed"), "printed": QCoreApplication.translate("Labels", "Printed"),
        "archived": QCoreApplication.translate("Labels", "Archived"),
    }.get(code, code)


def field(name: str) -> str:
    return {
        "phone": QCoreApplication.translate("Labels", "Phone"), "caller_name": QCoreApplication.translate("Labels", "Caller"), "subject": QCoreApplication.translate("Labels", "Subject"),
        "description": QCoreApplication.translate("Labels", "Description"), "solution": QCoreApplication.translate("Labels", "Reply given"),
        "category_id": QCoreApplication.translate("Labels", "Category"), "assignee_id": QCoreApplication.translate("Labels", "Specialist"),
        "password": QCoreApplication.translate("Labels", "Password"), "new_password": QCoreApplication.translate("Labels", "New password"),
        "username": QCoreApplication.translate("Labels", "User name"), "display_name": QCoreApplication.translate("Labels", "Full name"),
        "body": QCoreApplication.translate("Labels", "Handover note"), "duration_seconds": QCoreApplication.translate("Labels", "Call duration"),
        "ends_at": QCoreApplication.translate("Labels", "End"), "starts_at": QCoreApplication.translate("Labels", "Start"), "user_id": QCoreApplication.translate("Labels", "Person"),
        "label": QCoreApplication.translate("Labels", "Shift name"), "query": QCoreApplication.translate("Labels", "Search"), "search": QCoreApplication.translate("Labels", "Search"),
    }.get(name, name)




def _validation_text(message: str) -> str:
    known = {
        "is required": QCoreApplication.translate("Labels", "is required"),
        "must contain letters and digits": QCoreApplication.translate("Labels", "must contain letters and digits"),
        "is too repetitive": QCoreApplication.translate("Labels", "is too repetitive"),
        "is a commonly used password": QCoreApplication.translate("Labels", "is a commonly used password"),
        "must not contain the username": QCoreApplication.translate("Labels", "must not contain the user name"),
        "must be a single line": QCoreApplication.translate("Labels", "must be a single line"),
        "is not an active user": QCoreApplication.translate("Labels", "is not an active user"),
        "must be after the start": QCoreApplication.translate("Labels", "must be after the start"),
        "a shift lasts at most 24 hours": QCoreApplication.translate("Labels", "a shift lasts at most 24 hours"),
        "is not an active category": QCoreApplication.translate("Labels", "is not an active category"),
    }
    if message in known:
        return known[message]
    if message.startswith("must have at least"):
        return QCoreApplication.translate("Labels", "must have at least %1 characters").replace(
            "%1", "".join(c for c in message if c.isdigit()))
    if message.startswith("is too long"):
        return QCoreApplication.translate("Labels", "is too long")
    if message.startswith("is not a phone number") or message.startswith("must have 3"):
        return QCoreApplication.translate("Labels", "is not a phone number")
    if message.startswith("may contain only"):
        return QCoreApplication.translate("Labels", "may contain only letters, digits and . _ - (2 to 64 characters)")
    return message


def _conflict_text(message: str) -> str:
    import re

    if message == "you cannot acknowledge your own handover note":
        return QCoreApplication.translate(
            "Labels", "The next officer acknowledges a handover note, not its author.")
    if message == "this note has been acknowledged already":
        return QCoreApplication.translate(
            "Labels", "Someone has acknowledged this note already.")
    if message == "you cannot deactivate your own account":
        return QCoreApplication.translate("Labels", "You cannot deactivate your own account.")
    if message == "you cannot take the administrator role from yourself":
        return QCoreApplication.translate(
            "Labels", "You cannot take the administrator role from yourself.")
    if message.startswith("accounts exist already"):
        return QCoreApplication.translate(
            "Labels", "Accounts exist already; sign in as an administrator.")
    taken = re.match(r"username '(.*)' is taken", message)
    if taken:
        return QCoreApplication.translate("Labels", "The user name %1 is taken.").replace(
            "%1", taken.group(1))
    if message.endswith("already has a shift in that period"):
        return QCoreApplication.translate(
            "Labels", "%1 already has a shift in that period.").replace(
            "%1", message[:-len(" already has a shift in that period")])
    return message


def storage_problem(exc: BaseException) -> str | None:
    """A message for a database failure (server down, disk full), or None."""
    import peewee

    text = str(exc).lower()
    if isinstance(exc, StorageError):
        return QCoreApplication.translate("Labels", "The database cannot be used: %1").replace("%1", str(exc))
    if isinstance(exc, DatabaseUnavailable):
        # the services' message: "Nothing was saved: <reason>."
        reason = text.split(":", 1)[-1].strip().rstrip(".")
        if "full" in reason:
            return QCoreApplication.translate(
                "Labels", "The disk holding the database is full. Nothing was saved; "
                "free some space and save again — your text is still here.")
        if "read-only" in reason:
            return QCoreApplication.translate(
                "Labels", "The database is read-only. Nothing was saved.")
        if "locked" in reason or "another workstation" in reason:
            return QCoreApplication.translate(
                "Labels", "The database was busy (another workstation held it too "
                "long). Nothing was saved; save again.")
        if "server" in reason or "connection" in reason:
            return QCoreApplication.translate(
                "Labels", "The database server cannot be reached (%1). Nothing was "
                "saved; your text is still here — try again in a moment.").replace(
                "%1", reason)
        return QCoreApplication.translate(
            "Labels", "The database could not be used (%1). Nothing was saved; your "
            "text is still here.").replace("%1", reason)
    if isinstance(exc, (sqlite3.OperationalError, peewee.OperationalError,
                        peewee.InterfaceError, peewee.DatabaseError)) \
            and not isinstance(exc, peewee.IntegrityError):
        if "disk is full" in text or "no space" in text or "disk full" in text:
            return QCoreApplication.translate("Labels", "The disk holding the database is full. Nothing was saved; "
                      "free some space and save again — your text is still here.")
        if "readonly" in text or "read-only" in text:
            return QCoreApplication.translate("Labels", "The database is read-only. Nothing was saved.")
        return QCoreApplication.translate("Labels", "The database server cannot be reached (%1). Nothing was saved; "
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
        return QCoreApplication.translate("Labels", "Too many failed sign-ins: this account is locked until %1. "
                  "An administrator can unlock it sooner.").replace("%1", until)
    if isinstance(exc, AuthenticationFailed):
        if "no longer active" in str(exc):
            return QCoreApplication.translate("Labels", "This account has been deactivated.")
        return QCoreApplication.translate("Labels", "Wrong user name or password.")
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate("Labels", "You do not have permission to do this.")
    if isinstance(exc, ValidationError):
        return QCoreApplication.translate("Labels", "%1: %2").replace(
            "%1", field(exc.field)).replace("%2", _validation_text(exc.message))
    if isinstance(exc, NotFound):
        return QCoreApplication.translate("Labels", "Not found: %1").replace("%1", str(exc))
    if isinstance(exc, Conflict):
        return _conflict_text(str(exc))
    if isinstance(exc, DomainError):
        return str(exc)
    return QCoreApplication.translate("Labels", "Unexpected error: %1").replace("%1", f"{type(exc).__name__}: {exc}")


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
