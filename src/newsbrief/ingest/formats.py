"""Readers per format: decoded text of one input -> raw Articles (not yet cleaned).

Formats are detected by content first and by extension second: plain text, HTML, JSON (one
article, a list, or ``{"articles"|"documents": [...]}``), JSON Lines, and Multi-News files whose
documents are joined by ``|||||``.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from newsbrief.errors import InputError
from newsbrief.types import Article, content_id

MULTINEWS_SEPARATOR = "|||||"
_HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml"}
_JSON_EXTENSIONS = {".json"}
_JSONL_EXTENSIONS = {".jsonl", ".ndjson"}
_HTML_START = re.compile(
    r"\s*(<!doctype html|<html|<head|<body|<article|<\?xml[^>]*>\s*<html)", re.I
)
_HTML_TAGS = re.compile(r"</(p|div|article|body|span|h[1-6])>", re.I)
# Pages one after another in one input (``cat *.html | newsbrief brief -``): a page that opens
# (<!doctype html> or <html>) right after another one closed (</html>) is an article of its own.
_NEXT_PAGE = re.compile(r"(?<=</html>)\s*(?=<!doctype\s+html|<html[\s>])", re.I)

# Keys accepted in JSON article objects, in order of preference.
_TEXT_KEYS = ("text", "body", "content", "article", "document", "maintext")
_HTML_KEYS = ("html", "raw_html")
_TITLE_KEYS = ("title", "headline")
_SOURCE_KEYS = ("source", "outlet", "site", "sitename", "publisher", "domain")
_URL_KEYS = ("url", "link", "source_url")
_DATE_KEYS = ("published", "date", "publish_date", "published_at", "pubdate", "date_publish")
_AUTHOR_KEYS = ("authors", "author", "byline")


def looks_like_feed(data: bytes) -> bool:
    """Whether a document's first bytes open an RSS, Atom or RDF feed."""
    head = data[:1024].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def detect_format(text: str, *, suffix: str) -> str:
    """One of "json", "jsonl", "html", "multinews", "text"."""
    head = text.lstrip()[:2048]
    if suffix in _JSONL_EXTENSIONS:
        return "jsonl"
    if suffix in _JSON_EXTENSIONS or head.startswith("["):
        return "json"
    if head.startswith("{"):
        first_line = text.lstrip().split("\n", 1)[0]
        rest = text.lstrip()[len(first_line) :].strip()
        return "jsonl" if rest.startswith("{") and _is_json(first_line) else "json"
    if suffix in _HTML_EXTENSIONS or _HTML_START.match(head) or len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    if MULTINEWS_SEPARATOR in text:
        return "multinews"
    return "text"


def parse(text: str, *, name: str, suffix: str = "", source: str | None = None) -> list[Article]:
    """Parse one decoded input; ``name`` is used in messages, ``source`` shown to readers.

    Raises InputError for malformed or empty input.
    """
    source = source or name
    fmt = detect_format(text, suffix=suffix)
    if fmt == "json" and not _is_json(text):
        documents = json_documents(text)
        if documents is not None:  # JSON documents one after another (`cat *.json`)
            return _articles(_from_documents(documents, name=name, source=source), name=name)
        if suffix not in _JSON_EXTENSIONS:
            fmt = "text"  # detected by content alone: "[Updated] Rebels vow…" is a text file
    return parse_as(fmt, text, name=name, source=source)


def reads_as_text(text: str, *, suffix: str = "") -> bool:
    """Whether ``parse`` reads ``text`` as plain text: one article (its format says nothing of
    where one article ends and the next begins), unless '|||||' lines separate several."""
    fmt = detect_format(text, suffix=suffix)
    if fmt == "json" and suffix not in _JSON_EXTENSIONS and not _is_json(text):
        return json_documents(text) is None
    return fmt == "text"


_SPACE = re.compile(r"\s*")


def json_documents(text: str) -> list[Any] | None:
    """The values of two or more JSON documents written one after another (white space, or
    nothing, between them: ``cat a.json b.json``), or None when ``text`` is not that."""
    decoder = json.JSONDecoder(parse_int=_int)
    if "\\u" in text:
        text = _LONE_SURROGATE.sub(r"\\ufffd", text)
    values: list[Any] = []
    end = len(text.rstrip())
    position = _SPACE.match(text).end()  # type: ignore[union-attr]
    try:
        while position < end:
            value, position = decoder.raw_decode(text, position)
            values.append(value)
            position = _SPACE.match(text, position).end()  # type: ignore[union-attr]
    except (json.JSONDecodeError, RecursionError):
        return None
    return values if len(values) > 1 else None


def _from_documents(documents: list[Any], *, name: str, source: str) -> Iterator[Article]:
    for i, data in enumerate(documents, 1):
        yield from _from_json(data, name=f"{name} #{i}", source=f"{source} #{i}")


def _articles(articles: Iterable[Article], *, name: str) -> list[Article]:
    kept = [a for a in articles if a.text.strip()]
    if not kept:
        raise InputError(f"{name}: empty article (no text)")
    return kept


def parse_as(fmt: str, text: str, *, name: str, source: str) -> list[Article]:
    """Parse ``text`` in the given format (one of detect_format's answers)."""
    if fmt == "json":
        try:
            data = loads(text)
        except JSONError as exc:
            raise InputError(f"{name}: malformed JSON at line {exc.lineno}: {exc.msg}") from None
        articles = list(_from_json(data, name=name, source=source))
    elif fmt == "jsonl":
        articles = list(_from_jsonl(text, name=name, source=source))
    elif fmt == "html":
        articles = _pages(text, name=name, source=source)
    elif fmt == "multinews":
        docs = text.replace("NEWLINE_CHAR", "\n").split(MULTINEWS_SEPARATOR)
        articles = [
            from_text(doc, name=f"{name} #{i}", source=f"{source} #{i}")
            for i, doc in enumerate(docs, 1)
            if doc.strip()
        ]
    else:
        articles = [from_text(text, name=name, source=source)]
    return _articles(articles, name=name)


def _pages(text: str, *, name: str, source: str) -> list[Article]:
    """One article per page: several pages one after another are several articles, named
    "NAME #1", "NAME #2", ...; a page without article text among them is left out."""
    pages = _NEXT_PAGE.split(text)
    if len(pages) == 1:
        return [from_html(text, name=name, source=source)]
    articles = []
    for i, page in enumerate(pages, 1):
        try:
            articles.append(from_html(page, name=f"{name} #{i}", source=f"{source} #{i}"))
        except InputError:
            continue
    return articles


# A lone UTF-16 surrogate escape ("\\ud800" without its pair): JSON allows it, UTF-8 cannot
# hold it; it becomes U+FFFD before decoding.
_LONE_SURROGATE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)
# Integers longer than this stay strings: Python refuses to convert 4,300+ digits.
_MAX_INT_DIGITS = 100


class JSONError(ValueError):
    """A document json.loads would reject, or would fail on in a way that is not a JSONDecodeError
    (nesting deeper than the recursion limit, an integer of thousands of digits)."""

    def __init__(self, message: str, *, lineno: int = 1, colno: int = 1) -> None:
        super().__init__(message)
        self.msg, self.lineno, self.colno = message, lineno, colno


def loads(text: str) -> Any:
    """``json.loads`` for hostile input: JSONError for anything it cannot read, lone surrogate
    escapes replaced by U+FFFD, overlong integers kept as their digits (a string)."""
    if "\\u" in text:
        text = _LONE_SURROGATE.sub(r"\\ufffd", text)
    try:
        return json.loads(text, parse_int=_int)
    except json.JSONDecodeError as exc:
        raise JSONError(exc.msg, lineno=exc.lineno, colno=exc.colno) from None
    except RecursionError:
        raise JSONError("nested too deeply") from None


def _int(digits: str) -> int | str:
    return int(digits) if len(digits) <= _MAX_INT_DIGITS else digits


def _is_json(line: str) -> bool:
    try:
        loads(line)
    except JSONError:
        return False
    return True


def _from_jsonl(text: str, *, name: str, source: str) -> Iterator[Article]:
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            data = loads(line)
        except JSONError as exc:
            raise InputError(f"{name}: malformed JSON on line {lineno}: {exc.msg}") from None
        yield from _from_json(data, name=f"{name}:{lineno}", source=f"{source}:{lineno}")


def _from_json(data: Any, *, name: str, source: str) -> Iterator[Article]:
    if isinstance(data, list):
        for i, item in enumerate(data, 1):
            yield from _from_json(item, name=f"{name}[{i}]", source=f"{source}[{i}]")
    elif isinstance(data, str):
        yield from_text(data, name=name, source=source)
    elif isinstance(data, Mapping):
        for key in ("articles", "documents"):
            if isinstance(data.get(key), list):
                yield from _from_json(data[key], name=f"{name}.{key}", source=f"{source}.{key}")
                return
        yield _article_from_mapping(data, name=name, source=source)
    else:
        raise InputError(f"{name}: expected an article object, a list or a string in JSON")


def _first(data: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = data.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _article_from_mapping(data: Mapping[str, Any], *, name: str, source: str) -> Article:
    html = _first(data, _HTML_KEYS)
    body = _first(data, _TEXT_KEYS)
    url = _first(data, _URL_KEYS)
    fallback = _host(url) or source
    if body is None and isinstance(html, str):
        base = from_html(html, name=name, source=fallback)
    elif isinstance(body, str):
        base = from_text(body, name=name, source=fallback, detect_title=False)
    else:
        raise InputError(f"{name}: article object has no text (expected a 'text' or 'html' key)")
    title = _first(data, _TITLE_KEYS)
    given_source = _first(data, _SOURCE_KEYS)
    authors = _first(data, _AUTHOR_KEYS)
    given_id = data.get("id")
    return Article(
        id=str(given_id) if given_id not in (None, "") else base.id,
        text=base.text,
        title=str(title) if title else base.title,
        source=str(given_source) if given_source else base.source,
        url=str(url) if url else base.url,
        published=parse_date(_first(data, _DATE_KEYS)) or base.published,
        authors=_authors(authors) or base.authors,
        origin=name,
    )


def _authors(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(a.strip() for a in re.split(r";|\band\b|,", value) if a.strip())
    if isinstance(value, list):
        return tuple(str(a).strip() for a in value if str(a).strip())
    return ()


def _host(url: Any) -> str | None:
    if not isinstance(url, str):
        return None
    match = re.match(r"[a-z]+://(?:www\.)?([^/:?#]+)", url, re.I)
    return match.group(1) if match else None


def parse_date(value: Any) -> datetime | None:
    """A datetime from an ISO string, an RFC 822 date (as in feeds), a looser date string, or a
    Unix timestamp (taken as UTC); else None."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    # Imported here: together ~35 ms at start-up, and most inputs carry no date or an ISO one.
    from email.utils import parsedate_to_datetime

    from dateutil import parser as dateparser

    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateutil warns about zone names it does not know
        try:
            parsed: datetime = dateparser.parse(value, fuzzy=False)
        except (ValueError, OverflowError):
            return None
    return parsed


def from_html(html: str, *, name: str, source: str | None = None) -> Article:
    """Main text and metadata of a web page, via trafilatura (fragments are wrapped first)."""
    import trafilatura  # heavy import kept out of `import newsbrief`

    doc = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True)
    text = getattr(doc, "text", None) if doc is not None else None
    if not (text and text.strip()) and not _HTML_START.match(html):
        text = _fragment_text(html)
        doc = None
    if not text or not text.strip():
        raise InputError(f"{name}: no article text found in the HTML")
    title = getattr(doc, "title", None)
    return Article(
        id=content_id(text),
        text=text,
        title=title or None,
        source=getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or source or name,
        url=getattr(doc, "url", None),
        published=parse_date(getattr(doc, "date", None)),
        authors=_authors(getattr(doc, "author", None)),
        origin=name,
    )


def _fragment_text(html: str) -> str:
    """Text of an HTML fragment too short for trafilatura's main-content heuristics."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in root.xpath(".//script|.//style|.//nav|.//footer"):
        bad.drop_tree()
    blocks = root.xpath(".//p|.//li|.//h1|.//h2|.//h3|.//blockquote")
    parts = [" ".join(b.text_content().split()) for b in blocks] or [root.text_content()]
    return "\n".join(p for p in parts if p.strip())


# A headline: short, and not ending like a sentence of body text.
_MAX_TITLE_WORDS = 25
_KICKER_MAX_WORDS = 3


def _looks_like_title(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _MAX_TITLE_WORDS and not re.search(r"[.,;:][\"'”’)\]]*$", line.strip())


def from_text(text: str, *, name: str, source: str, detect_title: bool = True) -> Article:
    """Plain text; the first line is the title when it looks like one.

    A very short line above a headline ("The Slatest") is a section kicker and is dropped.
    """
    lines = text.strip("\ufeff").split("\n")
    title = None
    if detect_title:
        nonblank = [i for i, line in enumerate(lines) if line.strip()]
        if len(nonblank) >= 3 and _looks_like_title(lines[nonblank[0]]):
            first, second = nonblank[0], nonblank[1]
            short = len(lines[first].split()) <= _KICKER_MAX_WORDS
            if short and _looks_like_title(lines[second]) and len(lines[second].split()) > 3:
                first = second
            title = " ".join(lines[first].split())
            lines = lines[first + 1 :]
            # A lone word above a text is a section label or page furniture ("Reuters",
            # "Obituaries"), not its headline: taken off the text, not used as its title.
            title = title if len(title.split()) > 1 else None
    body = "\n".join(lines)
    return Article(id=content_id(text), text=body, title=title, source=source, origin=name)
