"""SQLite's failures as one-line ``StorageError``s that say what happened to the library file
(a full disk, a read-only or corrupt file, a lock held too long) instead of a traceback."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

from newsbrief.errors import StorageError

P = ParamSpec("P")
R = TypeVar("R")

# SQLite's primary result codes (an extended code's low byte).
_PERMISSIONS = "check the permissions of the file and of its folder"
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


def storage_error(
    exc: sqlite3.Error, path: str | Path, *, doing: str, kept: str = ""
) -> StorageError:
    """The one line for ``exc``, raised while ``doing`` (e.g. "writing") the library ``path``;
    ``kept``: what is safe in it (said before the advice)."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    detail = " ".join(str(exc).split()) or type(exc).__name__
    if detail.startswith("Could not decode"):  # a text column holding bytes that are not UTF-8
        code, detail = _CORRUPT, "a text column is not UTF-8"
    detail = detail if len(detail) <= 100 else detail[:99] + "…"
    if code == _FULL or (code == _IOERR and "disk" in detail):
        message = f"disk full while {doing} {path} ({detail}){kept}; free space and run it again"
    elif code == _READONLY:
        message = f"{path}: the library is read-only ({detail}){kept}; {_PERMISSIONS}"
    elif code == _CANTOPEN:
        message = f"{path}: cannot open the library ({detail}); {_PERMISSIONS}"
    elif code in (_CORRUPT, _NOTADB):
        message = f"{path}: not a usable newsbrief library: corrupt, or not SQLite ({detail})"
    elif code in (_BUSY, _LOCKED):
        message = f"{path}: locked by another process for too long while {doing} it ({detail})"
    else:
        message = f"{path}: library error while {doing} it ({detail}){kept}"
    return StorageError(message)


def read_only(exc: sqlite3.Error) -> bool:
    """Whether ``exc`` says the library cannot be written (a file or folder without write
    permission, a read-only mount)."""
    return (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF == _READONLY


def guarded(doing: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """A method of an object with a ``path`` (the library) whose SQLite errors become one-line
    ``StorageError``s, ``doing`` saying what the method was at."""

    def decorate(method: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(method)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return method(*args, **kwargs)
            except sqlite3.Error as exc:
                path = getattr(args[0], "path", "the library") if args else "the library"
                raise storage_error(exc, path, doing=doing) from None

        return wrapper

    return decorate
