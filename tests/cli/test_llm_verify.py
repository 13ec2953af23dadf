"""The command line of the LLM and the verifier: `brief --llm URL --model NAME` against a fake
endpoint, and `newsbrief verify`, as a user runs them (exit statuses, one-line errors, the key
never shown)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from newsbrief.cli import app

from ..llm.fake_server import Reply, fake_endpoint  # type: ignore[import-not-found]

ALEPPO = Path(__file__).resolve().parents[2] / "examples" / "aleppo-2016"
GOOD = "About 100,000 people are trapped in besieged areas of eastern Aleppo."
INVENTED = "Government shelling killed 3,500 civilians in a single night."
SECRET = "sk-test-do-not-print-0123456789"


def invoke(
    *args: str | Path, env: dict[str, str] | None = None, stdin: str | None = None
) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args], env=env, input=stdin)


def test_brief_with_an_llm_keeps_what_the_sources_hold(tmp_path: Path) -> None:
    with fake_endpoint(Reply(f"{GOOD} [2] {INVENTED}")) as server:
        result = invoke(
            "brief", ALEPPO, "--llm", server.url, "--model", "fake", "-f", "json",
            "--api-key-env", "TEST_KEY", env={"TEST_KEY": SECRET},
        )  # fmt: skip
        sent = server.requests[0]["headers"]
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [s["text"] for s in data["summary"]] == [GOOD]
    assert data["grounding"]["checked"] == 2
    assert [d["text"] for d in data["grounding"]["dropped"]] == [INVENTED]
    assert sent.get("Authorization") == f"Bearer {SECRET}"
    assert SECRET not in result.output


def test_a_dead_endpoint_is_one_line() -> None:
    result = invoke("brief", ALEPPO, "--llm", "http://127.0.0.1:9/v1", "--model", "fake")
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("newsbrief: error: ")
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--llm", "http://127.0.0.1:9/v1"], "model"),
        (["--llm", "ftp://example.org", "--model", "m"], "http"),
    ],
)
def test_bad_llm_options_are_usage_errors(args: list[str], message: str) -> None:
    result = invoke("brief", ALEPPO, *args)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_verify_separates_supported_from_invented_sentences(tmp_path: Path) -> None:
    summary = tmp_path / "summary.txt"
    summary.write_text(f"{GOOD}\n{INVENTED}\n", encoding="utf-8")
    result = invoke("verify", summary, ALEPPO, "-f", "json")
    assert result.exit_code == 1  # one sentence is not supported
    data = json.loads(result.stdout)
    first, second = data["sentences"]
    assert first["supported"] and first["citations"]
    text = {a["id"]: a["text"] for a in data["articles"]}
    cited = [text[c["article"]][c["start"] : c["end"]] for c in first["citations"]]
    assert any("100,000" in passage for passage in cited)  # the passages hold its figure
    assert not second["supported"] and "3,500" in second["unsupported"]
    assert "1 of 2 sentences supported" in result.output


def test_verify_reads_the_summary_from_stdin_and_writes_html(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = invoke("verify", "-", ALEPPO, "-o", out, stdin=GOOD + "\n")
    assert result.exit_code == 0, result.output
    assert "<html" in out.read_text(encoding="utf-8").lower()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["missing.txt", ALEPPO], 1, "missing.txt: no such file"),
        ([ALEPPO, ALEPPO], 1, "is a directory"),
        (["SUMMARY", "nowhere"], 1, "no article to verify against"),
        (["SUMMARY", ALEPPO, "-f", "pdf"], 2, "unknown format 'pdf'"),
    ],
)
def test_verify_errors_are_one_line(
    tmp_path: Path, args: list[str | Path], code: int, message: str
) -> None:
    summary = tmp_path / "s.txt"
    summary.write_text(GOOD + "\n", encoding="utf-8")
    result = invoke("verify", *[summary if a == "SUMMARY" else a for a in args])
    assert result.exit_code == code, result.output
    assert message in result.output and "Traceback" not in result.output
