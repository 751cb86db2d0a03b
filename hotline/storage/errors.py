"""The error every storage function raises when a database cannot be opened or used."""


class StorageError(Exception):
    """The database cannot be opened or used; the message says why and what to do."""
