"""The command line through Typer's CliRunner, plus the installed console script once."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

import newsbrief
from newsbrief.cli import app

REUTERS_TITLE = "Rebels vow to fight on in Aleppo"
REUTERS = f"""{REUTERS_TITLE}

Syrian rebels on Wednesday vowed to fight on in east Aleppo despite sudden government advances.

More than 50,000 people have fled their neighborhoods near the rapidly shifting front lines.

Rescue workers said shelling killed at least 45 civilians on Wednesday.
"""
BBC_TITLE = "Aleppo civilians flee as army advances"
BBC = f"""{BBC_TITLE}

More than 50,000 people have fled their homes in eastern Aleppo as the army advances.

The United Nations said it was deeply alarmed by the fate of civilians in the city.

Rebels said they would not surrender the remaining districts.
"""
REUTERS_SOURCE = f"1. **reuters.txt** — “{REUTERS_TITLE}”"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


def invoke(*args: str | Path, input: str | bytes | None = None) -> Result:
    # This Typer's CliRunner keeps stdout and stderr apart (no mix_stderr argument).
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "reuters.txt").write_text(REUTERS, encoding="utf-8")
    (folder / "bbc.txt").write_text(BBC, encoding="utf-8")
    return folder


def sources(markdown: str) -> list[str]:
    """The numbered lines under "## Sources"."""
    return markdown.split("## Sources\n\n", 1)[1].splitlines()


def summary_words(markdown: str) -> int:
    match = re.search(r"^_Briefing of .*, (\d+) words\._$", markdown, re.M)
    assert match, markdown
    return int(match.group(1))


def assert_clean_exit(result: Result, code: int) -> None:
    """Exit ``code`` through SystemExit (no other exception escaped), and no traceback shown."""
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output


# --- version and help --------------------------------------------------------------------------


def test_version() -> None:
    result = invoke("--version")
    assert_clean_exit(result, 0)
    assert result.stdout == f"newsbrief {newsbrief.__version__}\n"


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_app_help(flag: str) -> None:
    result = invoke(flag)
    assert_clean_exit(result, 0)
    assert "Usage: newsbrief [OPTIONS] COMMAND [ARGS]..." in result.stdout
    assert "brief" in result.stdout
    assert "--version" in result.stdout


def test_brief_help_lists_every_option() -> None:
    result = invoke("brief", "--help")
    assert_clean_exit(result, 0)
    assert "Usage: newsbrief brief [OPTIONS]" in result.stdout
    for option in ("--words", "-w", "--format", "-f", "--output", "-o", "--strict"):
        assert re.search(rf"(?<![\w-]){option}(?![\w-])", result.stdout), option


def test_brief_help_explains_the_format_default() -> None:
    text = " ".join(invoke("brief", "--help").stdout.replace("│", " ").split())
    assert "from -o's extension, else markdown" in text


# --- what gets briefed -------------------------------------------------------------------------


def test_brief_directory(corpus: Path) -> None:
    result = invoke("brief", corpus)
    assert_clean_exit(result, 0)
    assert result.stderr == ""
    assert result.stdout.startswith("# ")
    assert sources(result.stdout) == [
        f"1. **bbc.txt** — “{BBC_TITLE}”",
        f"2. **reuters.txt** — “{REUTERS_TITLE}”",
    ]


def test_brief_files_in_argument_order(corpus: Path) -> None:
    result = invoke("brief", corpus / "reuters.txt", corpus / "bbc.txt")
    assert_clean_exit(result, 0)
    assert sources(result.stdout) == [REUTERS_SOURCE, f"2. **bbc.txt** — “{BBC_TITLE}”"]


def test_brief_one_file_markdown(corpus: Path) -> None:
    result = invoke("brief", corpus / "reuters.txt")
    assert_clean_exit(result, 0)
    assert result.stdout.startswith(f"# {REUTERS_TITLE}\n\n_Briefing of 1 article from 1 source, ")
    assert sources(result.stdout) == [REUTERS_SOURCE]


def test_brief_stdin() -> None:
    result = invoke("brief", "-", input=REUTERS)
    assert_clean_exit(result, 0)
    assert result.stdout.startswith(f"# {REUTERS_TITLE}\n")
    assert sources(result.stdout) == [f"1. **<stdin>** — “{REUTERS_TITLE}”"]


def test_brief_stdin_several_documents() -> None:
    """Five files piped into `brief -`: HTML pages and JSON documents one after another are
    several articles; plain text stays one, and a one-line note says how to give several."""
    pages = "".join(
        f"<!doctype html><html><head><title>{title}</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in text.split("\n\n")[1:])
        + "</article></body></html>\n"
        for title, text in ((REUTERS_TITLE, REUTERS), (BBC_TITLE, BBC))
    )
    documents = "".join(
        json.dumps({"title": title, "text": text.split("\n", 1)[1]}, indent=2) + "\n"
        for title, text in ((REUTERS_TITLE, REUTERS), (BBC_TITLE, BBC))
    )
    for data in (pages, documents):
        result = invoke("brief", "-", input=data)
        assert_clean_exit(result, 0)
        assert sources(result.stdout) == [
            f"1. **<stdin> #1** — “{REUTERS_TITLE}”",
            f"2. **<stdin> #2** — “{BBC_TITLE}”",
        ]
        assert "plain text" not in result.stderr
    text = invoke("brief", "-", input=REUTERS + "\n" + BBC)
    assert_clean_exit(text, 0)
    assert len(sources(text.stdout)) == 1
    assert text.stderr == (
        "newsbrief: standard input is plain text, read as one article; to brief several, "
        "give them as files (or a folder), as JSON Lines, or separated by lines of |||||\n"
    )
    quiet = invoke("--quiet", "brief", "-", input=REUTERS)
    assert_clean_exit(quiet, 0)
    assert quiet.stderr == ""
    separated = invoke("brief", "-", input=REUTERS + "\n|||||\n" + BBC)
    assert len(sources(separated.stdout)) == 2 and separated.stderr == ""


def test_brief_stdin_utf16_bytes() -> None:
    result = invoke("brief", "-", input=REUTERS.encode("utf-16"))
    assert_clean_exit(result, 0)
    assert sources(result.stdout) == [f"1. **<stdin>** — “{REUTERS_TITLE}”"]


def test_brief_stdin_and_a_file(corpus: Path) -> None:
    result = invoke("brief", corpus / "bbc.txt", "-", input=REUTERS)
    assert_clean_exit(result, 0)
    assert sources(result.stdout) == [
        f"1. **bbc.txt** — “{BBC_TITLE}”",
        f"2. **<stdin>** — “{REUTERS_TITLE}”",
    ]


# --- output formats and files ------------------------------------------------------------------


@pytest.mark.parametrize("flag", ["--format", "-f"])
def test_format_json(corpus: Path, flag: str) -> None:
    result = invoke("brief", corpus / "reuters.txt", flag, "json")
    assert_clean_exit(result, 0)
    data = json.loads(result.stdout)
    assert data["title"] == REUTERS_TITLE
    assert [(a["source"], a["title"]) for a in data["articles"]] == [("reuters.txt", REUTERS_TITLE)]
    assert data["warnings"] == []
    assert data["summary"]


def test_format_html(corpus: Path) -> None:
    result = invoke("brief", corpus / "reuters.txt", "--format", "html")
    assert_clean_exit(result, 0)
    assert result.stdout.startswith("<!doctype html>")
    assert f"<title>{REUTERS_TITLE} — newsbrief</title>" in result.stdout
    assert f"<h1>{REUTERS_TITLE}</h1>" in result.stdout


def test_format_markdown(corpus: Path) -> None:
    result = invoke("brief", corpus / "reuters.txt", "--format", "markdown")
    assert_clean_exit(result, 0)
    assert result.stdout == invoke("brief", corpus / "reuters.txt").stdout


def test_unknown_format_is_a_usage_error(corpus: Path) -> None:
    result = invoke("brief", corpus, "--format", "pdf")
    assert_clean_exit(result, 2)
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("brief.json", "{"),
        ("brief.html", "<!doctype html>"),
        ("brief.htm", "<!doctype html>"),
        ("brief.md", f"# {REUTERS_TITLE}\n"),
        ("brief.txt", f"# {REUTERS_TITLE}\n"),
        ("brief", f"# {REUTERS_TITLE}\n"),
    ],
)
def test_output_file_format_from_extension(
    corpus: Path, tmp_path: Path, name: str, start: str
) -> None:
    out = tmp_path / name
    result = invoke("brief", corpus / "reuters.txt", "-o", out)
    assert_clean_exit(result, 0)
    assert result.stdout == ""
    assert result.stderr == f"newsbrief: wrote {out}\n"
    assert out.read_text(encoding="utf-8").startswith(start)


def test_output_json_file_parses(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.json"
    assert_clean_exit(invoke("brief", corpus, "--output", out), 0)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(a["source"] for a in data["articles"]) == ["bbc.txt", "reuters.txt"]


def test_explicit_format_wins_over_output_extension(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.json"
    assert_clean_exit(invoke("brief", corpus / "reuters.txt", "-o", out, "-f", "markdown"), 0)
    assert out.read_text(encoding="utf-8").startswith(f"# {REUTERS_TITLE}\n")


def test_output_into_a_missing_folder_fails_in_one_line(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "brief.md"
    result = invoke("brief", corpus, "-o", out)
    assert_clean_exit(result, 1)
    assert result.stderr == f"newsbrief: error: {out}: cannot write (No such file or directory)\n"


# --- summary length ----------------------------------------------------------------------------


@pytest.mark.parametrize("flag", ["--words", "-w"])
def test_words_caps_the_summary(corpus: Path, flag: str) -> None:
    result = invoke("brief", corpus, flag, "20")
    assert_clean_exit(result, 0)
    assert 0 < summary_words(result.stdout) <= 20


def test_words_changes_the_length(corpus: Path) -> None:
    short = summary_words(invoke("brief", corpus, "--words", "20").stdout)
    long = summary_words(invoke("brief", corpus).stdout)
    assert long > short


def test_words_cap_holds_in_json(corpus: Path) -> None:
    data = json.loads(invoke("brief", corpus, "--words", "20", "-f", "json").stdout)
    assert 0 < sum(len(s["text"].split()) for s in data["summary"]) <= 20


@pytest.mark.parametrize("value", ["0", "-5", "many"])
def test_bad_words_is_a_usage_error(corpus: Path, value: str) -> None:
    result = invoke("brief", corpus, "--words", value)
    assert_clean_exit(result, 2)
    assert "--words" in result.stderr
    assert result.stdout == ""


def test_no_paths_is_a_usage_error() -> None:
    result = invoke("brief")
    assert_clean_exit(result, 2)
    assert "Missing argument" in result.stderr


# --- bad inputs --------------------------------------------------------------------------------

MALFORMED = "malformed JSON at line 1: Expecting property name enclosed in double quotes"
NO_TEXT = "article object has no text (expected a 'text' or 'html' key)"
# name -> (file name, content: bytes, "dir" or None for missing, problem after "<path>: ")
BAD_INPUTS = {
    "missing": ("gone.txt", None, "no such file or directory"),
    "binary": ("photo.png", PNG, "binary file, not an article"),
    "empty": ("empty.txt", b"", "empty file"),
    "whitespace": ("blank.txt", b" \n\t\r\n \n", "empty file"),
    "empty-dir": ("nothing", "dir", "directory holds no readable article"),
    "malformed-json": ("bad.json", b'{"text": "a.",', MALFORMED),
    "json-no-text": ("notext.json", b'{"title": "A title"}', NO_TEXT),
}


def make_bad(tmp_path: Path, name: str, content: bytes | str | None) -> Path:
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    return path


@pytest.mark.parametrize("case", BAD_INPUTS.values(), ids=list(BAD_INPUTS))
def test_bad_input_alone_is_a_one_line_error(
    tmp_path: Path, case: tuple[str, bytes | str | None, str]
) -> None:
    name, content, problem = case
    bad = make_bad(tmp_path, name, content)
    result = invoke("brief", bad)
    assert_clean_exit(result, 1)
    assert result.stdout == ""
    assert result.stderr == f"newsbrief: error: no article to brief: {bad}: {problem}\n"


@pytest.mark.parametrize("case", BAD_INPUTS.values(), ids=list(BAD_INPUTS))
def test_bad_input_beside_good_ones_is_a_warning(
    tmp_path: Path, corpus: Path, case: tuple[str, bytes | str | None, str]
) -> None:
    name, content, problem = case
    bad = make_bad(tmp_path, name, content)
    result = invoke("brief", corpus / "reuters.txt", bad)
    assert_clean_exit(result, 0)
    assert result.stderr == f"newsbrief: warning: {bad}: {problem}\n"
    assert sources(result.stdout) == [REUTERS_SOURCE]


def test_every_bad_input_is_named_in_the_error(tmp_path: Path) -> None:
    empty = make_bad(tmp_path, "empty.txt", b"")
    binary = make_bad(tmp_path, "photo.png", PNG)
    result = invoke("brief", empty, binary)
    assert_clean_exit(result, 1)
    assert result.stderr == (
        f"newsbrief: error: no article to brief: {empty}: empty file; "
        f"{binary}: binary file, not an article\n"
    )


def test_binary_stdin_is_a_one_line_error() -> None:
    result = invoke("brief", "-", input=PNG)
    assert_clean_exit(result, 1)
    assert result.stderr == (
        "newsbrief: error: no article to brief: <stdin>: binary file, not an article\n"
    )


def test_bad_file_inside_a_directory_is_a_warning(corpus: Path) -> None:
    bad = corpus / "photo.png"
    bad.write_bytes(PNG)
    result = invoke("brief", corpus)
    assert_clean_exit(result, 0)
    assert result.stderr == f"newsbrief: warning: {bad}: binary file, not an article\n"
    assert len(sources(result.stdout)) == 2


def test_strict_with_a_bad_input_fails_but_still_briefs(tmp_path: Path, corpus: Path) -> None:
    empty = make_bad(tmp_path, "empty.txt", b"")
    result = invoke("brief", "--strict", corpus / "reuters.txt", empty)
    assert_clean_exit(result, 1)
    assert result.stderr == f"newsbrief: warning: {empty}: empty file\n"
    assert sources(result.stdout) == [REUTERS_SOURCE]


def test_strict_with_a_bad_input_still_writes_the_file(tmp_path: Path, corpus: Path) -> None:
    empty = make_bad(tmp_path, "empty.txt", b"")
    out = tmp_path / "brief.md"
    result = invoke("brief", "--strict", corpus / "reuters.txt", empty, "-o", out)
    assert_clean_exit(result, 1)
    assert result.stderr == (f"newsbrief: warning: {empty}: empty file\nnewsbrief: wrote {out}\n")
    assert sources(out.read_text(encoding="utf-8")) == [REUTERS_SOURCE]


def test_strict_with_good_inputs_succeeds(corpus: Path) -> None:
    result = invoke("brief", "--strict", corpus)
    assert_clean_exit(result, 0)
    assert result.stderr == ""


def test_missing_path_with_a_space_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "my articles" / "story one.txt"
    result = invoke("brief", missing)
    assert_clean_exit(result, 1)
    assert result.stderr == (
        f"newsbrief: error: no article to brief: {missing}: no such file or directory\n"
    )


def test_a_blank_path_is_an_error_not_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "article.txt").write_text("A story in the folder.\n\nIt must not be read.\n")
    monkeypatch.chdir(tmp_path)
    result = invoke("brief", "")
    assert_clean_exit(result, 1)
    assert result.stderr == (
        "newsbrief: error: no article to brief: <text 1>: empty article (no text)\n"
    )


# --- the installed console script --------------------------------------------------------------


def test_console_script_binary_file_is_one_line_error(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "newsbrief"
    assert script.exists(), f"console script not installed at {script}"
    bad = make_bad(tmp_path, "photo.png", PNG)
    proc = subprocess.run(
        [str(script), "brief", str(bad)], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.splitlines() == [
        f"newsbrief: error: no article to brief: {bad}: binary file, not an article"
    ]
    assert "Traceback" not in proc.stderr
