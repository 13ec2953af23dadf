"""Hypothesis: invariants that hold for any input."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import newsbrief
from newsbrief.cli import app
from newsbrief.errors import NoArticlesError
from newsbrief.render.json import to_dict
from newsbrief.summarize.people import source_text

WORDS = st.sampled_from(
    "Aleppo rebels government civilians 100,000 trapped fled U.N. Nov. 15 said "
    'the a of in on and were are city forces “quoted” "straight" 8.6 • - Mr. Dr. 2016'.split()
)
SENTENCE = st.tuples(
    st.lists(WORDS, min_size=1, max_size=25).map(" ".join), st.sampled_from([".", "", "?", ":"])
).map("".join)


ARTICLE = st.lists(
    st.lists(SENTENCE, min_size=1, max_size=5).map(" ".join), min_size=1, max_size=5
).map("\n\n".join)
STORY = st.lists(ARTICLE, min_size=1, max_size=4)
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(STORY, st.integers(min_value=1, max_value=200))
def test_every_citation_lies_inside_its_article_and_resolves(texts: list[str], words: int) -> None:
    try:
        briefing = newsbrief.brief([t + "\n" for t in texts], words=words)
    except NoArticlesError:
        return  # e.g. every text was boilerplate only
    for sentence in briefing.summary.sentences:
        assert sentence.citations
        first = sentence.citations[0]
        cited = briefing.article(first.article_id).text[first.start : first.end]
        # (a sentence that leans on the one before it ends that one's item, a paragraph break
        # between them shown as a space: summarize/core.runs)
        assert " ".join(cited.split()) == " ".join(source_text(sentence.text).split())
        for c in sentence.citations:
            text = briefing.article(c.article_id).text
            assert 0 <= c.start < c.end <= len(text)
            assert text[c.start : c.end].strip() == text[c.start : c.end]


@FAST
@given(STORY)
def test_json_round_trips(texts: list[str]) -> None:
    try:
        briefing = newsbrief.brief([t + "\n" for t in texts])
    except NoArticlesError:
        return
    data = json.loads(newsbrief.render_briefing(briefing, "json"))
    assert data == json.loads(json.dumps(to_dict(briefing)))
    articles = {a["id"]: a["text"] for a in data["articles"]}
    for s in data["summary"]:
        first = s["citations"][0]
        cited = articles[first["article"]][first["start"] : first["end"]]
        # an item joined across a paragraph break is shown with a space (summarize.core.runs)
        assert " ".join(cited.split()) == " ".join(source_text(s["text"]).split())


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=400))
def test_no_input_makes_the_cli_print_a_traceback(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "input.bin"
    path.write_bytes(data)
    result = CliRunner().invoke(app, ["brief", str(path)])
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
