"""Storage: open a database URL (SQLite file or PostgreSQL server), check its
settings, dialect helpers, and the numbered schema migrations.

    from hotline.storage import open_database, close_database, StorageError
"""

from .database import (APP_NAME, BUSY_TIMEOUT_MS, SQLITE_PRAGMAS, DbInfo,  # noqa: F401
                       close_database, default_url, describe, open_database,
                       open_postgresql, open_sqlite, resolve_url, sqlite_path_from_url)
from .dialect import APPLICATION_ID, insert_row, insert_rows, is_sqlite  # noqa: F401
from .errors import StorageError  # noqa: F401
from .integrity import (add_damage_listener, damage_of, forget_damage,  # noqa: F401
                        is_corruption_error, mark_damaged, remove_damage_listener)
