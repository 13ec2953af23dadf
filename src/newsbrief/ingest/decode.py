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
    """UTF-16 without a BOM: its NUL bytes are the high bytes of ASCII characters, so nearly
    all fall on one side (odd positions little-endian, even big-endian), and the sample decodes
    to text. (Mostly-ASCII text has a NUL in every other byte; Korean or Chinese has them only
    at its spaces and punctuation, so the share of NULs alone does not tell.)"""
    sample = data[: min(len(data), _SNIFF) // 2 * 2]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    odd_nuls, even_nuls = sample[1::2].count(0), sample[0::2].count(0)
    odd = odd_nuls / (odd_nuls + even_nuls)  # syllables such as U+AC00 end in one
    encoding = "utf-16-le" if odd >= 0.75 else "utf-16-be" if odd <= 0.25 else None
    if encoding is None:
        return None
    try:
        text = sample.decode(encoding)
    except UnicodeDecodeError:
        return None
    readable = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
    return encoding if readable >= _MIN_READABLE * len(text) else None


# Share of printable characters a sample must decode to for UTF-16 without a BOM to be taken.
_MIN_READABLE = 0.95


def _checked(text: str, name: str) -> str:
    sample = text[:_SNIFF]
    controls = len(_CONTROL.findall(sample))
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise InputError(f"{name}: binary file, not an article")
    return text.replace("\r\n", "\n").replace("\r", "\n")
