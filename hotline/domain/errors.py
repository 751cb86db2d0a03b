"""Domain errors raised by the services. Each carries a stable `code` and its
`params`, so the UI and the command line say it in the user's language without
parsing English; `str(error)` stays an English sentence for logs and the CLI.

    raise Conflict("username 'li' is taken", code="username_taken", username="li")
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Base class: the message is meant for the user."""

    default_code = "error"

    def __init__(self, message: str = "", *, code: str | None = None, **params: Any):
        self.code = code or self.default_code
        self.params = params
        super().__init__(message)


class ValidationError(DomainError):
    """Bad input. `field` names the field (or 'row N' for imports); `code` says what
    is wrong with it ('required', 'too_long', 'control_char', …)."""

    default_code = "invalid"

    def __init__(self, field: str, message: str, *, code: str | None = None,
                 **params: Any):
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}", code=code, **params)


class PermissionDenied(DomainError):
    default_code = "permission_denied"

    def __init__(self, permission: str, role: str | None = None, *,
                 code: str | None = None, **params: Any):
        self.permission = permission
        self.role = role
        who = f"role {role}" if role else "this user"
        super().__init__(f"Permission denied: {who} may not {permission}", code=code,
                         permission=permission, role=role, **params)


class NotFound(DomainError):
    default_code = "not_found"


class InvalidTransition(DomainError):
    default_code = "invalid_transition"

    def __init__(self, action: str, status: str, *, code: str | None = None,
                 **params: Any):
        self.action = action
        self.status = status
        super().__init__(f"Cannot {action} a case whose status is {status}", code=code,
                         action=action, status=status, **params)


class AuthenticationFailed(DomainError):
    default_code = "authentication_failed"


class AccountLocked(AuthenticationFailed):
    default_code = "account_locked"

    def __init__(self, until):
        self.until = until
        super().__init__(f"Account locked until {until:%Y-%m-%d %H:%M}", until=until)


class Conflict(DomainError):
    """The change collides with another (duplicate name, stale state)."""

    default_code = "conflict"


class StaleCase(Conflict):
    """The case changed since the user's view of it was read (another workstation
    acted on it): nothing was written; reload and decide again."""

    default_code = "stale_case"


class DatabaseUnavailable(DomainError):
    """The database could not be used (server gone, disk full, file locked away).
    Nothing of the attempted change was written; the next call reconnects.
    `code`: 'disk_full', 'read_only', 'busy', 'server_unreachable', 'corrupt' or
    'database_error'."""

    default_code = "database_error"
