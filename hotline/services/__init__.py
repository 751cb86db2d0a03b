"""Use cases of Hotline Desk. No Qt here: the UI and the command line call these.

Importing this package imports every service module so that REGISTRY is complete.
"""

from . import audit_log, backup, callers, calls, config, users  # noqa: F401
from .base import REGISTRY, Actor  # noqa: F401
from .errors import (AccountLocked, AuthenticationFailed, Conflict, DomainError,  # noqa
                     InvalidTransition, NotFound, PermissionDenied, ValidationError)
