"""The domain errors the services raise (defined in `hotline.domain.errors`)."""

from ..domain.errors import (AccountLocked, AuthenticationFailed, Conflict,  # noqa: F401
                             DatabaseUnavailable, DomainError, InvalidTransition,
                             NotFound, PermissionDenied, StaleCase, ValidationError)
