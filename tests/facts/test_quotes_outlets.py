"""Quotes across outlets: each outlet's speaker kept, shown when they differ; confidence."""

from __future__ import annotations

import json
import time

import newsbrief
from newsbrief.facts.quotes import quotes
from newsbrief.facts.quotes.finding import Found
from newsbrief.facts.quotes.merge import merge
from newsbrief.nlp.sentences import segment
from newsbrief.types import SHOWN, Briefing, Citation, Summary

from .helpers import facts_of, story

UN = "“It is a complete collapse of the city,” UN spokesman Jens Laerke said on Tuesday."
SLATE = "Residents say “it is a complete collapse of the city,” as aid groups warn of worse."
SLATE_NAMED = "“It is a complete collapse of the city,” local doctor Ana Haddad said."


def _briefing(texts: tuple[str, ...]) -> Briefing:
    articles = story(*texts)
    facts = facts_of(articles)
    return Briefing("t", tuple(articles), Summary(()), facts=facts)


def test_a_merged_quote_keeps_each_outlets_speaker() -> None:
    (q,) = facts_of(story(UN, SLATE_NAMED)).quotes
    assert [c.article_id for c in q.citations] == ["a0", "a1"]
    assert q.speakers == ("Jens Laerke", "Ana Haddad")
    assert q.confidence < 1  # outlets credit different people: doubtful, still shown
    assert q.confidence >= SHOWN


def test_an_outlet_that_names_no_one_is_not_given_another_outlets_speaker() -> None:
    (q,) = facts_of(story(UN, SLATE)).quotes
    assert q.speaker == "Jens Laerke"
    assert q.speakers == ("Jens Laerke", None)


def test_markdown_html_and_json_show_each_outlets_speaker_when_they_differ() -> None:
    briefing = _briefing((UN, SLATE_NAMED))
    md = newsbrief.render_briefing(briefing, "markdown")
    assert "— Jens Laerke [1]; Ana Haddad [2]" in md
    html = newsbrief.render_briefing(briefing, "html")
    assert "Jens Laerke" in html and "Ana Haddad" in html
    data = json.loads(newsbrief.render_briefing(briefing, "json"))
    (q,) = data["facts"]["quotes"]
    assert [c["speaker"] for c in q["citations"]] == ["Jens Laerke", "Ana Haddad"]


def test_outlets_that_agree_show_one_speaker() -> None:
    same = "“It is a complete collapse of the city,” Laerke told reporters."
    md = newsbrief.render_briefing(_briefing((UN, same)), "markdown")
    assert "— Jens Laerke, UN spokesman [1][2]" in md


def test_an_unattributed_quote_has_low_confidence_and_is_not_shown() -> None:
    text = "Graffiti on the wall read “we will never leave this town again.” Rain fell."
    (q,) = facts_of(story(text)).quotes
    assert q.speaker is None and q.confidence < SHOWN
    assert "never leave" not in newsbrief.render_briefing(_briefing((text,)), "markdown")


def test_a_speaker_from_the_context_is_less_sure_than_a_named_one() -> None:
    text = "Ada Roe said the dam had held.\n\n“We checked it every single hour,” she said."
    first, resolved = facts_of(story(text + " “The water is falling now,” Roe said.")).quotes
    assert first.speaker == resolved.speaker == "Ada Roe"
    assert SHOWN <= first.confidence < resolved.confidence


def _found(i: int, text: str) -> Found:
    return Found("Ada Roe", None, text, Citation(f"a{i}", 0, len(text)))


def test_merging_compares_a_quote_only_with_those_sharing_its_words() -> None:
    many = [_found(i, f"we counted {i} boats on the river today") for i in range(4000)]
    start = time.process_time()
    merged = merge([*many, _found(9, "counted 7 boats on the river today")])
    assert time.process_time() - start < 5  # all pairs: 8 million comparisons
    assert len(merged) == 4000
    assert len(merged[7].citations) == 2  # the partial quotation merges with its whole


def test_a_quote_in_a_huge_paragraph_costs_no_more_than_one_in_a_short_one() -> None:
    text = " ".join(
        f"Report {i} says “{i % 90 + 10} people fled the city at night.”" for i in range(3000)
    )
    (article,) = story(text)
    sentences = segment(article)
    start = time.process_time()
    found = quotes([article], [sentences])
    assert time.process_time() - start < 4  # the whole paragraph read for each quote: ~15 s
    assert len(found) == 90


def test_a_quote_one_outlet_splits_with_she_said_and_another_gives_whole_is_one_quote() -> None:
    split = (
        "“Gov. Romney disagrees with Richard Mourdock, and his comments do not reflect the"
        " governor's views,” spokeswoman Andrea Saul said. “We disagree on the policy regarding"
        " exceptions for rape and incest but still support him.”"
    )
    whole = (
        "“Gov. Romney disagrees with Richard Mourdock, and his comments do not reflect the"
        " governor's views. We disagree on the policy regarding exceptions for rape and incest"
        " but still support him,” press secretary Andrea Saul said."
    )
    quotes = [q for q in facts_of(story(split, whole)).quotes if q.confidence >= SHOWN]
    assert len(quotes) == 1
    assert {c.article_id for c in quotes[0].citations} == {"a0", "a1"}
    assert quotes[0].text.startswith("Gov. Romney") and quotes[0].text.endswith("support him")


def test_two_parts_that_make_up_little_of_a_longer_quote_are_shown_in_it() -> None:
    parts = "“We will rebuild the bridge,” Roe said. “We will open it in May,” she said."
    whole = (
        "“We will rebuild the bridge. We will open it in May. After that we will repave every"
        " road in the county and add new lights along the river path,” Ada Roe said."
    )
    # too little of it to be the same quotation (``_join_parts``), but the reader is shown
    # their words in it: one quote, the whole, citing both outlets (read9)
    (quote,) = facts_of(story(parts, whole)).quotes
    assert quote.text.endswith("along the river path")
    assert [c.article_id for c in quote.citations] == ["a0", "a0", "a1"]
