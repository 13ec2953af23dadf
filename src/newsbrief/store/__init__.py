"""SQLite library: schema and versioned migrations (schema.py), reads and writes (queries.py)."""

from __future__ import annotations

from newsbrief.store.errors import guarded, read_only, storage_error
from newsbrief.store.schema import SCHEMA_VERSION, connect, rollback

__all__ = ["SCHEMA_VERSION", "connect", "guarded", "read_only", "rollback", "storage_error"]
