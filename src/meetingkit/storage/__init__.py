"""SQLite storage. Only this package knows table names; it speaks core dataclasses outward."""

from meetingkit.storage.database import (
    CorruptDatabaseError,
    DatabaseError,
    NewerDatabaseError,
    open_db,
    transaction,
)

__all__ = [
    "CorruptDatabaseError",
    "DatabaseError",
    "NewerDatabaseError",
    "open_db",
    "transaction",
]
