"""WARC (and ARC) web archives -> Articles, via warcio: every archived HTML page or text resource
whose fetch succeeded."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newsbrief.config import Limits
from newsbrief.errors import InputError
from newsbrief.ingest.decode import decode
from newsbrief.ingest.formats import from_html
from newsbrief.types import Notice

# A record's body larger than this is no news page (Limits.max_fetch_bytes, as for a fetched one).
_MAX_BYTES = Limits().max_fetch_bytes


def read_warc(path: Path, *, max_bytes: int = _MAX_BYTES) -> Iterator[Any]:
    """Articles, and one-line problems as strings (an unreadable record or archive)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with path.open("rb") as stream:
        records = 0
        warned = io.StringIO()  # warcio's multi-line warnings, said here in one line
        try:
            iterator = ArchiveIterator(stream, arc2warc=True)
            while True:
                # Only warcio's own steps run with standard error captured, never the caller's.
                with contextlib.redirect_stderr(warned):
                    record = next(iterator, None)
                    article = record and _record_article(record, path, max_bytes=max_bytes)
                if record is None:
                    break
                records += 1
                if article is not None:
                    yield article
        except (AttributeError, TypeError, ValueError, EOFError, OSError) as exc:
            # warcio fails this way on a malformed record (a response with no
            # WARC-Target-URI raises AttributeError); the archive cannot be read past it.
            reason = " ".join(str(exc).split()) or type(exc).__name__
            yield f"{path}: unreadable WARC record after {records} read ({reason}); rest skipped"
        except ArchiveLoadFailed as exc:
            yield f"{path}: not a readable WARC file ({' '.join(str(exc).split())})"
        if warned.getvalue().strip():
            yield _warcio_warning(path, warned.getvalue())


def _warcio_warning(path: Path, text: str) -> Notice:
    """warcio's warnings (a few indented lines each, e.g. a wrong Content-Length: "WARNING:
    Record not followed by newline ... Offset: N ... Remainder: ...") as one line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    heads = [line.split(":", 1)[-1].strip() for line in lines if line.startswith("WARNING")]
    first = heads[0] if heads else lines[0]
    times = f" ({len(heads)} records)" if len(heads) > 1 else ""
    return Notice(f"{path}: malformed WARC record, read anyway: {first}{times}")


def _record_article(record: Any, path: Path, *, max_bytes: int) -> Any:
    if record.rec_type not in ("response", "resource"):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    http = record.http_headers
    if record.rec_type == "response":
        if http is None or http.get_statuscode() != "200":
            return None
        content_type = (http.get_header("Content-Type") or "").lower()
    else:
        content_type = (record.rec_headers.get_header("Content-Type") or "").lower()
    if "html" not in content_type and "text/plain" not in content_type:
        return None
    name = f"{path}#{uri or record.rec_headers.get_header('WARC-Record-ID') or 'record'}"
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return f"{name}: record too large (over {max_bytes // 2**20} MiB), skipped"
    try:
        article = from_html(decode(body, name=name), name=name, source=urlsplit(uri).hostname)
    except InputError as exc:
        return exc.message
    return replace(article, url=uri or article.url)
