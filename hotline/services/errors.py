"""Domain errors raised by services; the UI and CLI turn them into messages."""


class DomainError(Exception):
    """Base class: the message is meant for the user."""


class ValidationError(DomainError):
    """Bad input. `field` names the field (or 'row N' for imports)."""

    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


class PermissionDenied(DomainError):
    def __init__(self, permission: str, role: str | None = None):
        self.permission = permission
        self.role = role
        who = f"role {role}" if role else "this user"
        super().__init__(f"Permission denied: {who} may not {permission}")


class NotFound(DomainError):
    pass


class InvalidTransition(DomainError):
    def __init__(self, action: str, status: str):
        self.action = action
        self.status = status
        super().__init__(f"Cannot {action} a case whose status is {status}")


class AuthenticationFailed(DomainError):
    pass


class AccountLocked(AuthenticationFailed):
    def __init__(self, until):
        self.until = until
        super().__init__(f"Account locked until {until:%Y-%m-%d %H:%M}")


class Conflict(DomainError):
    """The change collides with another (duplicate name, stale state)."""


class DatabaseUnavailable(DomainError):
    """The database could not be used (server gone, disk full, file locked away).
    Nothing of the attempted change was written; the next call reconnects."""
