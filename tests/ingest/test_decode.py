"""Bytes -> text: UTF-8 (with or without BOM), Windows-1252, Latin-1, UTF-16; binary is refused."""

from __future__ import annotations

import codecs
import random
import struct
import zlib

import pytest

from newsbrief.errors import InputError, NewsbriefError
from newsbrief.ingest.decode import decode

# Curly quotes, an em dash and accents: all in Windows-1252, not all in Latin-1.
TEXT = "Café “Aleppo” — résumé\nThe UN’s envoy said: “Enough.”\n"
LATIN1_TEXT = "Café in Aleppo, naïve résumé, Zürich - ½ × 3.\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("cp1252"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16"),  # native order with BOM, as Python writes it
        TEXT.encode("utf-16-le"),  # no BOM
        TEXT.encode("utf-16-be"),  # no BOM
        codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
    ],
    ids=[
        "utf-8",
        "utf-8-bom",
        "cp1252",
        "utf-16-le-bom",
        "utf-16-be-bom",
        "utf-16",
        "utf-16-le",
        "utf-16-be",
        "utf-32-le-bom",
    ],
)
def test_encodings_decode_to_the_same_text(data: bytes) -> None:
    assert decode(data, name="a.txt") == TEXT


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-8"])
def test_latin1_text(encoding: str) -> None:
    assert decode(LATIN1_TEXT.encode(encoding), name="a.txt") == LATIN1_TEXT


def test_latin1_byte_undefined_in_cp1252() -> None:
    # 0x8D has no Windows-1252 character; Latin-1 maps it to U+008D instead of failing.
    assert decode(b"Ol\xe9 \x8d", name="a.txt") == "Ol\xe9 \x8d"


def test_cp1252_quotes_survive_a_stray_undefined_byte() -> None:
    assert decode(b"\x93Aleppo\x94 \x81", name="a.txt").startswith("“Aleppo”")


@pytest.mark.parametrize(
    "data",
    [b"one\r\ntwo\r\n", b"one\rtwo\r", codecs.BOM_UTF16_LE + "one\r\ntwo\r\n".encode("utf-16-le")],
    ids=["crlf", "cr", "utf-16-crlf"],
)
def test_line_endings_become_newlines(data: bytes) -> None:
    assert decode(data, name="a.txt") == "one\ntwo\n"


def test_bom_is_removed() -> None:
    assert decode(codecs.BOM_UTF8 + b"Aleppo", name="a.txt") == "Aleppo"


def test_tabs_and_form_feeds_are_text() -> None:
    assert decode(b"Aleppo\tSyria\x0c\n", name="a.txt") == "Aleppo\tSyria\x0c\n"


def _png() -> bytes:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + payload))
        return struct.pack(">I", len(payload)) + kind + payload + crc

    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    "data",
    [
        _png(),
        b"\x89PNG\r\n\x1a\n",  # the signature alone: no NUL, but control characters
        random.Random(0).randbytes(4096) + b"\x00",
        b"\x00" * 64,
        b"%PDF-1.4\n\x00\x01\x02\x03 binary stream",
    ],
    ids=["png", "png-signature", "random-bytes", "nuls", "pdf-like"],
)
def test_binary_data_raises_naming_the_file(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        decode(data, name="photo.png")
    assert info.value.message == "photo.png: binary file, not an article"
    assert isinstance(info.value, NewsbriefError)


def test_binary_message_names_the_given_path() -> None:
    with pytest.raises(InputError, match=r"^/data/in/scan\.jpg: binary file, not an article$"):
        decode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", name="/data/in/scan.jpg")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (codecs.BOM_UTF16_LE + b"A\x00B", "x: not valid utf-16-le text (truncated data)"),
        (codecs.BOM_UTF8 + b"\xff\xfe abc", "x: not valid utf-8 text (invalid start byte)"),
    ],
)
def test_invalid_data_after_a_bom_raises(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as info:
        decode(data, name="x")
    assert info.value.message == message


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_of_korean_without_a_bom(encoding: str) -> None:
    """Few NUL bytes (only at spaces, punctuation and syllables such as U+AC00 "가"), but all on
    one side: rejected as binary on an earlier main."""
    text = "서울 — 정부는 월요일 새로운 경제 정책을 발표했다. 관계자들은 물가가 안정될 것이라고 "
    text = (text + "말했다.\n") * 3
    assert decode(text.encode(encoding), name="k.txt") == text
