"""Figures, figs13 (read6's strikes as classes): a label that stands for several counts of one
outlet is not shown; a count in a sentence about the past is not shown; a count of a noun
alone is the same count of that noun whose event another report reads."""

from __future__ import annotations

from newsbrief.types import SHOWN

from .helpers import facts_of, story


def _shown(*texts: str) -> list[tuple[str, list[str]]]:
    facts = facts_of(story(*texts))
    return [(f.about, [r.text for r in f.reports]) for f in facts.figures if f.confidence >= SHOWN]


def _all(*texts: str) -> list[tuple[str, list[str]]]:
    return [(f.about, [r.text for r in f.reports]) for f in facts_of(story(*texts)).figures]


def test_a_count_in_a_sentence_about_last_month_is_not_shown() -> None:
    text = "Last month, the city was the site of crackdowns that killed 60 protesters."
    assert not _shown(text)
    assert _shown("This week, crackdowns in the city killed 60 protesters.")


def test_a_count_of_a_criminal_record_is_not_shown() -> None:
    text = "Her criminal history included at least 13 arrests on drug charges."
    assert not _shown(text)
    assert _shown("Police made at least 13 arrests on drug charges.")


def test_a_count_of_a_noun_alone_joins_its_count_whose_event_is_read() -> None:
    shown = _shown(
        "He said four deputies fired shots.",
        "No weapon was found after four deputies fired, the sheriff said.",
    )
    assert shown == [("deputies fired", ["four", "four"])]


def test_a_count_of_people_alone_does_not_join_people_detained() -> None:
    figures = _all(
        "Three people were attacked with a nerve agent. Police detained three suspects.",
        "Police have detained three people.",
    )
    assert not any(about == "people detained" and len(texts) > 1 for about, texts in figures)
