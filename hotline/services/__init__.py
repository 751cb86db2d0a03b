"""Use cases of Hotline Desk. No Qt here: the UI and the command line call these.

Importing this package imports every service module, so REGISTRY (what the
permission-matrix tests enumerate) is complete.
"""

import importlib as _importlib
import pkgutil as _pkgutil

from .base import REGISTRY, Actor  # noqa: F401
from .errors import (AccountLocked, AuthenticationFailed, Conflict, DomainError,  # noqa
                     InvalidTransition, NotFound, PermissionDenied, ValidationError)

for _info in _pkgutil.iter_modules(__path__):
    _importlib.import_module(f"{__name__}.{_info.name}")
