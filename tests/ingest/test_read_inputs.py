"""read over files, directories, stdin, texts and Articles; a bad input stops no other."""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from newsbrief.ingest import ReadResult, read
from newsbrief.types import Article

WriteFile = Callable[[str, str | bytes], Path]

PARA1 = "Syrian rebels on Wednesday vowed to fight on in east Aleppo despite government advances."
PARA2 = "More than 50,000 people have fled their neighborhoods near the shifting front lines."
PARA3 = "Rescue workers said shelling killed at least 45 civilians on Wednesday."


def article_text(title: str) -> str:
    return f"{title}\n\n{PARA1}\n\n{PARA2}\n\n{PARA3}\n"


def titles(articles: tuple[Article, ...]) -> list[str | None]:
    return [a.title for a in articles]


# --- what is read ------------------------------------------------------------------------------


def test_files_in_the_given_order(write_file: WriteFile) -> None:
    b = write_file("b.txt", article_text("Second headline here"))
    a = write_file("a.txt", article_text("First headline here"))
    result = read([b, str(a)])
    assert titles(result.articles) == ["Second headline here", "First headline here"]
    assert [(x.source, x.origin) for x in result.articles] == [("b.txt", str(b)), ("a.txt", str(a))]
    assert result.problems == ()


def test_directory_is_read_recursively_in_name_order(tmp_path: Path, write_file: WriteFile) -> None:
    write_file("b.txt", article_text("Headline b"))
    write_file("a/z.txt", article_text("Headline a z"))
    write_file("a/deeper/y.txt", article_text("Headline a deeper y"))
    result = read([tmp_path])
    assert titles(result.articles) == ["Headline a deeper y", "Headline a z", "Headline b"]
    assert [a.source for a in result.articles] == ["y.txt", "z.txt", "b.txt"]
    assert result.problems == ()


def test_directory_skips_hidden_files_and_folders(tmp_path: Path, write_file: WriteFile) -> None:
    write_file("story.txt", article_text("Visible headline"))
    write_file(".DS_Store", b"\x00\x00\x00\x01Bud1\x00\x00")
    write_file(".notes.txt", article_text("Hidden file headline"))
    write_file(".git/objects/readme.txt", article_text("Hidden folder headline"))
    result = read([str(tmp_path)])
    assert titles(result.articles) == ["Visible headline"]
    assert result.problems == ()


def test_hidden_directory_given_explicitly_is_read(write_file: WriteFile) -> None:
    path = write_file(".cache/story.txt", article_text("Cached headline"))
    result = read([path.parent])
    assert titles(result.articles) == ["Cached headline"]


def test_aleppo_sample_directory(aleppo_files: list[Path]) -> None:
    result = read([aleppo_files[0].parent])
    assert [a.source for a in result.articles] == [p.name for p in aleppo_files]
    assert [a.origin for a in result.articles] == [str(p) for p in aleppo_files]
    assert result.problems == ()


def test_directory_with_every_format(tmp_path: Path, write_file: WriteFile) -> None:
    write_file("a.txt", article_text("Plain text headline"))
    write_file("b.json", json.dumps([{"title": "JSON one", "text": PARA1}]))
    write_file("c.jsonl", json.dumps({"title": "JSONL one", "text": PARA2}) + "\n")
    html = f"<title>HTML one</title></head><body><article><p>{PARA3}</p></article></body>"
    write_file("d.html", f"<html><head>{html}</html>")
    write_file("e.txt", f"{PARA1} ||||| {PARA2}")
    result = read([tmp_path])
    assert titles(result.articles) == [
        "Plain text headline",
        "JSON one",
        "JSONL one",
        "HTML one",
        None,
        None,
    ]
    assert [a.source for a in result.articles][-2:] == ["e.txt #1", "e.txt #2"]
    assert result.problems == ()


def test_stdin_dash_reads_the_given_stream() -> None:
    stdin = io.BytesIO(article_text("Headline from stdin").encode("utf-8"))
    result = read(["-"], stdin=stdin)
    assert titles(result.articles) == ["Headline from stdin"]
    assert [(a.source, a.origin) for a in result.articles] == [("<stdin>", "<stdin>")]
    assert result.problems == ()


def test_stdin_is_decoded_like_a_file() -> None:
    data = codecs.BOM_UTF16_LE + article_text("Café headline").encode("utf-16-le")
    result = read(["-"], stdin=io.BytesIO(data))
    assert titles(result.articles) == ["Café headline"]


def test_stdin_json_is_detected_by_content() -> None:
    stdin = io.BytesIO(json.dumps({"title": "JSON on stdin", "text": PARA1}).encode())
    result = read(["-"], stdin=stdin)
    assert [(a.title, a.text) for a in result.articles] == [("JSON on stdin", PARA1)]


def test_in_memory_texts_are_numbered_by_position(write_file: WriteFile) -> None:
    path = write_file("a.txt", article_text("File headline"))
    result = read([path, article_text("Inline headline")])
    assert titles(result.articles) == ["File headline", "Inline headline"]
    assert [a.origin for a in result.articles] == [str(path), "<text 2>"]
    assert result.articles[1].source == "<text 2>"


def test_one_line_text_with_spaces_is_text() -> None:
    result = read([PARA1])
    assert [(a.text, a.origin) for a in result.articles] == [(PARA1, "<text 1>")]


def test_existing_path_with_a_space_is_a_file(write_file: WriteFile) -> None:
    path = write_file("my articles/story one.txt", article_text("Spaced headline"))
    result = read([str(path)])
    assert [(a.title, a.source) for a in result.articles] == [("Spaced headline", "story one.txt")]


def test_a_mistyped_path_with_a_space_is_a_missing_file(tmp_path: Path) -> None:
    """`newsbrief.brief(["my articles/story one.txt"])` with a typo: "no such file", not an
    article of four words; a one-line sentence is still text."""
    typos = ["my articles/story one.txt", f"{tmp_path}/story one", "notes from kyiv.HTML"]
    result = read(typos)
    assert result.articles == ()
    assert result.problems == tuple(f"{t}: no such file or directory" for t in typos)
    texts = [PARA1, "Rebels say 5/6 districts fell", "Fighting near Aleppo/Idlib road"]
    assert [a.text for a in read(texts).articles] == texts


def test_article_objects_pass_through_unchanged() -> None:
    article = Article(id="given", text=PARA1, title="Given", source="Agency")
    result = read([article])
    assert result.articles == (article,)
    assert result.articles[0] is article


def test_binary_stream_without_a_name() -> None:
    result = read([io.BytesIO(article_text("Stream headline").encode())])
    assert [(a.title, a.origin) for a in result.articles] == [("Stream headline", "<stream 1>")]


def test_open_file_uses_its_name_and_extension(write_file: WriteFile) -> None:
    path = write_file("feed.json", json.dumps({"title": "From JSON", "text": PARA1}))
    with path.open("rb") as stream:
        result = read([stream])
    assert [(a.title, a.origin) for a in result.articles] == [("From JSON", str(path))]


def test_no_inputs() -> None:
    assert read([]) == ReadResult(articles=(), problems=())


# --- problems ----------------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"
MALFORMED = "malformed JSON at line 1: Expecting property name enclosed in double quotes"
NO_TEXT = "article object has no text (expected a 'text' or 'html' key)"
# Each case: (file name, content: bytes, "dir" or None for missing, problem after "<path>: ").
BAD_INPUTS = {
    "missing": ("gone.txt", None, "no such file or directory"),
    "binary": ("photo.png", PNG, "binary file, not an article"),
    "empty": ("empty.txt", b"", "empty file"),
    "whitespace": ("blank.txt", b"  \n\t\r\n  \n", "empty file"),
    "empty-dir": ("nothing", "dir", "directory holds no readable article"),
    "malformed-json": ("bad.json", b'{"text": "a.",', MALFORMED),
    "json-no-text": ("notext.json", b'{"title": "A title", "url": "https://x.com/a"}', NO_TEXT),
}


def make_bad(tmp_path: Path, name: str, content: bytes | str | None) -> Path:
    path = tmp_path / "bad" / name
    path.parent.mkdir(exist_ok=True)
    if content == "dir":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    return path


@pytest.mark.parametrize("case", BAD_INPUTS.values(), ids=list(BAD_INPUTS))
def test_bad_input_is_one_line_problem_and_others_are_read(
    tmp_path: Path, write_file: WriteFile, case: tuple[str, bytes | str | None, str]
) -> None:
    name, content, problem = case
    bad = make_bad(tmp_path, name, content)
    good_before = write_file("good/a.txt", article_text("Good headline before"))
    good_after = write_file("good/b.txt", article_text("Good headline after"))
    result = read([good_before, bad, good_after])
    assert titles(result.articles) == ["Good headline before", "Good headline after"]
    assert result.problems == (f"{bad}: {problem}",)


def test_problems_keep_input_order(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    empty = make_bad(tmp_path, "empty.txt", b"")
    result = read([missing, empty])
    assert result.articles == ()
    assert result.problems == (
        f"{missing}: no such file or directory",
        f"{empty}: empty file",
    )


def test_bad_file_in_a_directory_is_reported_and_the_rest_read(
    tmp_path: Path, write_file: WriteFile
) -> None:
    write_file("a.txt", article_text("Good headline"))
    bad = write_file("b.png", PNG)
    write_file("c.json", json.dumps({"title": "JSON headline", "text": PARA1}))
    result = read([tmp_path])
    assert titles(result.articles) == ["Good headline", "JSON headline"]
    assert result.problems == (f"{bad}: binary file, not an article",)


def test_directory_of_only_bad_files_reports_each_and_the_directory(
    tmp_path: Path, write_file: WriteFile
) -> None:
    empty = write_file("d/empty.txt", b"")
    bad_json = write_file("d/x.json", "[1, 2")
    result = read([empty.parent])
    assert result.articles == ()
    assert result.problems == (
        f"{empty}: empty file",
        f"{bad_json}: malformed JSON at line 1: Expecting ',' delimiter",
        f"{empty.parent}: directory holds no readable article",
    )


def test_directory_of_only_hidden_files_holds_no_article(write_file: WriteFile) -> None:
    hidden = write_file("d/.hidden.txt", article_text("Hidden headline"))
    result = read([hidden.parent])
    assert result.articles == ()
    assert result.problems == (f"{hidden.parent}: directory holds no readable article",)


def test_binary_stdin() -> None:
    result = read(["-"], stdin=io.BytesIO(PNG))
    assert result.problems == ("<stdin>: binary file, not an article",)


def test_empty_in_memory_text_names_it() -> None:
    result = read(["ok text here", "  \n  "])
    assert [a.origin for a in result.articles] == ["<text 1>"]
    assert result.problems == ("<text 2>: empty article (no text)",)


def test_unsupported_input_type() -> None:
    result = read([42])  # type: ignore[list-item]
    assert result.problems == ("input 1: unsupported input type int",)


def test_problems_are_one_line_even_for_paths_with_newlines(write_file: WriteFile) -> None:
    bad = write_file("two\nlines.txt", b"")
    result = read([bad])
    assert len(result.problems) == 1
    assert "\n" not in result.problems[0]


# --- bugs --------------------------------------------------------------------------------------


@pytest.mark.parametrize("first_line", ["[Updated] Rebels vow to fight on", "{Exclusive} Aleppo"])
def test_text_file_starting_with_a_bracket_is_text(write_file: WriteFile, first_line: str) -> None:
    path = write_file("note.txt", article_text(first_line))
    result = read([path])
    assert result.problems == ()
    assert titles(result.articles) == [first_line]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("feed.json", json.dumps([{"text": PARA1}])),
        ("feed.jsonl", json.dumps({"text": PARA1}) + "\n"),
        ("page.html", f"<html><body><article><p>{PARA1}</p></article></body></html>"),
    ],
)
def test_source_shown_to_readers_has_no_directory(
    tmp_path: Path, write_file: WriteFile, name: str, content: str
) -> None:
    write_file(f"deep/folder/{name}", content)
    (article,) = read([tmp_path]).articles
    assert article.source.startswith(name)
    assert str(tmp_path) not in article.source


def _page(title: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in (PARA1, PARA2, PARA3))
    return (
        f"<!DOCTYPE html>\n<html><head><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>\n"
    )


def test_html_pages_one_after_another_are_articles_each() -> None:
    """`cat a.html b.html c.html | newsbrief brief -`: three articles, not one."""
    stdin = io.BytesIO("".join(_page(f"Page {i}") for i in (1, 2, 3)).encode())
    result = read(["-"], stdin=stdin)
    assert titles(result.articles) == ["Page 1", "Page 2", "Page 3"]
    assert [a.origin for a in result.articles] == ["<stdin> #1", "<stdin> #2", "<stdin> #3"]
    assert result.problems == ()


def test_json_documents_one_after_another_are_articles_each(write_file: WriteFile) -> None:
    """`cat a.json b.json | newsbrief brief -`: pretty-printed objects (and a list) back to back
    are read as documents, not as one plain text full of braces."""
    docs = [{"title": f"Doc {i}", "text": article_text(f"Doc {i}")} for i in (1, 2)]
    data = json.dumps(docs[0], indent=2) + "\n" + json.dumps([docs[1]], indent=2) + "\n"
    result = read(["-"], stdin=io.BytesIO(data.encode()))
    assert titles(result.articles) == ["Doc 1", "Doc 2"]
    assert [a.origin for a in result.articles] == ["<stdin> #1", "<stdin> #2[1]"]
    joined = json.dumps(docs[0]) + json.dumps(docs[1])  # nothing between them, no suffix
    same = read([write_file("all.json", data), write_file("all", joined)])
    assert titles(same.articles) == ["Doc 1", "Doc 2", "Doc 1", "Doc 2"]


def test_one_document_and_text_that_only_looks_like_json_are_unchanged() -> None:
    one = read(["-"], stdin=io.BytesIO(_page("Only page").encode()))
    assert [(a.title, a.origin) for a in one.articles] == [("Only page", "<stdin>")]
    text = "[Updated] Rebels vow to fight on\n\n" + PARA1 + "\n\n" + PARA2 + "\n"
    bracketed = read(["-"], stdin=io.BytesIO(text.encode()))
    assert [a.origin for a in bracketed.articles] == ["<stdin>"]
    assert bracketed.articles[0].title == "[Updated] Rebels vow to fight on"


def test_stdin_is_capped_like_a_file() -> None:
    """A pipe reports no size: standard input is read up to the file limit, no further
    (`cat /dev/zero | newsbrief brief -` took all memory)."""
    from newsbrief.config import Limits

    stdin = io.BytesIO(b"word " * 1000)
    result = read(["-"], stdin=stdin, limits=Limits(max_file_bytes=4096))
    assert result.articles == ()
    assert result.problems == ("<stdin>: input too large (limit 0 MiB)",)
    assert stdin.tell() == 4097
