"""``newsbrief brief``: articles (paths, standard input, URLs) or a stored story -> a briefing."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, BinaryIO

import typer

from newsbrief.cli.console import (
    EXIT_INPUT,
    EXIT_USAGE,
    fail,
    format_of,
    note,
    warn,
    write_text,
)
from newsbrief.cli.options import (
    DEFAULT_DB,
    DEFAULTS,
    AllDocuments,
    AllowPrivate,
    ApiKeyEnv,
    Db,
    Entities,
    Format,
    Llm,
    Model,
    NoFacts,
    Words,
    settings_from,
)
from newsbrief.errors import NewsbriefError, UsageError

if TYPE_CHECKING:
    from newsbrief.config import Settings
    from newsbrief.types import Briefing

Paths = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="PATH...",
        help="Article files, directories (every article inside), http(s) URLs of articles or "
        "feeds, or - for standard input. Text, HTML, JSON, JSON Lines and Multi-News '|||||' "
        "files; UTF-8/16 or Windows-1252.",
        show_default=False,
    ),
]
Output = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file instead of standard output."),
]
Strict = Annotated[
    bool, typer.Option("--strict", help="Exit with status 1 when any input had a problem.")
]
Story = Annotated[
    int | None,
    typer.Option(
        "--story",
        metavar="ID",
        help="Brief a story of the library (see `newsbrief stories`) instead of PATHs.",
        show_default=False,
    ),
]
Since = Annotated[
    str | None,
    typer.Option(
        "--since",
        metavar="DATE",
        help="With --story: only articles published since DATE.",
        show_default=False,
    ),
]
Split = Annotated[
    bool,
    typer.Option(
        "--split",
        help="When the articles are not one story, brief each story: Markdown sections "
        "separated by a '---' line, a JSON array of briefings, or with HTML one page per story "
        "(-o x.html writes x-1.html, x-2.html, ...).",
    ),
]
New = Annotated[
    bool,
    typer.Option(
        "--new",
        help="With --story: an update briefing of what the articles added since the "
        "story's last briefing say that the earlier ones did not.",
    ),
]


def brief(
    paths: Paths = None,
    words: Words = DEFAULTS.words,
    fmt: Format = None,
    output: Output = None,
    strict: Strict = False,
    story: Story = None,
    since: Since = None,
    new: New = False,
    split: Split = False,
    all_documents: AllDocuments = False,
    db: Db = DEFAULT_DB,
    entities: Entities = DEFAULTS.entities,
    no_facts: NoFacts = False,
    allow_private: AllowPrivate = False,
    llm: Llm = None,
    model: Model = None,
    api_key_env: ApiKeyEnv = DEFAULTS.llm_key_env,
) -> None:
    """Brief articles about one story: a cited summary and the list of sources."""
    chosen = fmt or format_of(output)
    _check_combination(paths, story=story, since=since, new=new)
    _check_split(split, story=story, html=chosen == "html" and output is None, whole=all_documents)
    try:
        settings = settings_from(
            words=words,
            entities=entities,
            facts=not no_facts,
            one_story=not all_documents,
            llm_url=llm,
            llm_model=model,
            llm_key_env=api_key_env,
        )
        stdin = _read_stdin(paths or [], settings=settings)
        if story is not None:
            briefings = [_brief_story(db, story, since=since, new=new, settings=settings)]
        else:
            briefings = _brief_paths(
                paths or [],
                settings=settings,
                allow_private=allow_private,
                split=split,
                stdin=stdin,
            )
        pages = _render(briefings, chosen, output, split=split)
    except UsageError as exc:
        fail(exc.message, EXIT_USAGE)
    except NewsbriefError as exc:
        fail(exc.message, EXIT_INPUT)
    warnings = list(dict.fromkeys(w for b in briefings for w in b.warnings))
    for warning in warnings:
        warn(warning)
    if stdin is not None and _one_text_article(stdin.getvalue()):
        note(ONE_TEXT)
    for text, path in pages:
        write_text(text, path)
    if strict and warnings:
        raise typer.Exit(EXIT_INPUT)


# Said when standard input is plain text: nothing in it says where one article ends, so
# `cat *.txt | newsbrief brief -` is one article (HTML pages and JSON documents are split).
ONE_TEXT = (
    "standard input is plain text, read as one article; to brief several, give them as files "
    "(or a folder), as JSON Lines, or separated by lines of |||||"
)


def _read_stdin(paths: list[str], *, settings: Settings) -> io.BytesIO | None:
    """Standard input, read (at most the file size limit) when a PATH is '-'."""
    from newsbrief.ingest.sources import read_stdin

    if "-" not in paths:
        return None
    return io.BytesIO(read_stdin(sys.stdin.buffer, limits=settings.limits))


def _one_text_article(data: bytes) -> bool:
    from newsbrief.ingest.sources import one_text_article

    return one_text_article(data)


def _render(
    briefings: list[Briefing], fmt: str, output: Path | None, *, split: bool
) -> list[tuple[str, Path | None]]:
    """The text to write and where: one text, except for --split with HTML (a page per story,
    -o's name numbered). --split joins JSON briefings into an array, others with '---' lines."""
    from newsbrief.render import render

    texts = [render(b, fmt) for b in briefings]
    if not split:
        return [(texts[0], output)]
    if fmt == "html" and output is not None and len(texts) > 1:
        return [
            (text, output.with_name(f"{output.stem}-{k}{output.suffix}"))
            for k, text in enumerate(texts, 1)
        ]
    if fmt == "json":
        return [("[\n" + ",\n".join(t.strip() for t in texts) + "\n]\n", output)]
    return [("\n\n---\n\n".join(t.rstrip("\n") for t in texts) + "\n", output)]


def _check_combination(
    paths: list[str] | None, *, story: int | None, since: str | None, new: bool
) -> None:
    """Either PATHs, or --story ID with at most one of --since and --new."""
    if story is None and (since is not None or new):
        fail("--since and --new brief a stored story: give --story ID", EXIT_USAGE)
    if story is not None and paths:
        fail("give either PATH... or --story ID, not both", EXIT_USAGE)
    if story is None and not paths:
        fail("Missing argument 'PATH...' (or give --story ID).", EXIT_USAGE)
    if since is not None and new:
        fail("--since and --new cannot be combined", EXIT_USAGE)


def _check_split(split: bool, *, story: int | None, html: bool, whole: bool) -> None:
    """--split briefs PATHs, each story on its own: not a stored story, not with --all-documents,
    and with HTML only into files."""
    if not split:
        return
    if story is not None:
        fail("--split briefs PATHs: a stored story is one story already", EXIT_USAGE)
    if whole:
        fail("--split briefs each story, --all-documents all as one: give one of them", EXIT_USAGE)
    if html:
        fail("--split with HTML writes one page per story: give -o FILE.html", EXIT_USAGE)


def _brief_paths(
    paths: list[str],
    *,
    settings: Settings,
    allow_private: bool,
    split: bool = False,
    stdin: BinaryIO | None = None,
) -> list[Briefing]:
    """Brief the articles read from ``paths`` (each story apart with ``split``): URLs are
    fetched through the guarded fetcher."""
    from newsbrief.ingest import is_url
    from newsbrief.ingest.fetch import Fetcher
    from newsbrief.pipeline import brief_each_story, brief_inputs

    # On the command line every argument is a path, "-" or a URL, never inline article text;
    # a blank one stays a string, reported as empty (Path("") would be this folder).
    inputs = [p if p == "-" or not p.strip() or is_url(p) else Path(p) for p in paths]
    with Fetcher.with_limits(settings.limits, allow_private=allow_private) as fetcher:
        if split:
            return brief_each_story(inputs, settings=settings, fetcher=fetcher, stdin=stdin)
        return [brief_inputs(inputs, settings=settings, fetcher=fetcher, stdin=stdin)]


def _brief_story(
    db: Path, story: int, *, since: str | None, new: bool, settings: Settings
) -> Briefing:
    """Brief a story of the library, through ``Library.brief_story`` (which records it)."""
    from newsbrief.library import Library, parse_when

    if not Path(db).exists():
        raise NewsbriefError(f"{db}: no such library (run newsbrief ingest first)")
    when = parse_when(since, option="--since") if since else None
    with Library.open(db, limits=settings.limits) as library:
        return library.brief_story(story, settings=settings, since=when, new=new)
