"""The error every storage function raises when a database cannot be opened or used."""

from __future__ import annotations

from typing import Any


class StorageError(Exception):
    """The database cannot be opened or used; the message says why and what to do.

    `code` says what is wrong, so the UI can react (offer a restore, name
    `hotline init`) without parsing English: 'corrupt', 'not_sqlite', 'foreign',
    'directory', 'unreadable', 'missing', 'network_share', 'unsafe_settings',
    'schema_older', 'schema_newer', 'unsupported_url', 'bad_url',
    'server_unreachable', or 'storage'. `params` carry the details (path, versions).
    """

    def __init__(self, message: str = "", *, code: str = "storage", **params: Any):
        self.code = code
        self.params = params
        super().__init__(message)
