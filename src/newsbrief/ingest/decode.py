"""Bytes -> str for article files: BOMs, UTF-8, UTF-16 without BOM, Windows-1252/Latin-1.

A fixed cascade rather than a statistical detector (charset-normalizer): news files are UTF-8,
UTF-16 or a Western single-byte code page, and on short texts a detector's guesses between
single-byte code pages are wrong more often than "valid UTF-8, else Windows-1252" is.
"""

from __future__ import annotations

import codecs
import re

from newsbrief.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Share of control characters (other than whitespace) above which text is taken to be binary.
_MAX_CONTROL_SHARE = 0.01
_SNIFF = 4096
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")  # control characters other than whitespace


def decode(data: bytes, *, name: str) -> str:
    """Decode an article file's bytes; raise InputError naming ``name`` for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data[len(bom) :], encoding, name), name)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(_strict(data, utf16, name), name)
    if b"\x00" in data[:_SNIFF]:
        raise InputError(f"{name}: binary file, not an article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Windows-1252 leaves five bytes undefined; those alone are read as Latin-1.
        text = data.decode("cp1252", errors=_LATIN1_FALLBACK)
    return _checked(text, name)


def _latin1(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


_LATIN1_FALLBACK = "newsbrief-latin1"
codecs.register_error(_LATIN1_FALLBACK, _latin1)


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid {encoding} text ({exc.reason})") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly ASCII has a NUL in every other byte."""
    sample = data[:_SNIFF]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.8 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.8 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _checked(text: str, name: str) -> str:
    sample = text[:_SNIFF]
    controls = len(_CONTROL.findall(sample))
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise InputError(f"{name}: binary file, not an article")
    return text.replace("\r\n", "\n").replace("\r", "\n")
