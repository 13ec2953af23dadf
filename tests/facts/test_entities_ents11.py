"""Entities, issue 13, round eleven: classes of error read in dev briefings (a link's text in
brackets, ...), each on a short text written for the test."""

from __future__ import annotations

from .helpers import facts_of, story


def _typed(*texts: str) -> dict[str, str | None]:
    """Every entity, shown or not: name -> kind."""
    return {e.name: e.kind for e in facts_of(story(*texts)).entities}


def test_a_common_word_opening_a_bracketed_line_is_no_name() -> None:
    texts = [
        "Obama scrapped the meeting on Friday.\n\n(Government shutdown full coverage)\n\n"
        "As Washington barrels forward, President Barack Obama said the talks had failed.",
        "The federal government shut down on Tuesday, Obama said.",
    ]
    typed = _typed(*texts)
    assert "Government" not in typed
    assert typed.get("Barack Obama") == "person"


def test_a_full_name_opening_a_bracketed_line_is_kept() -> None:
    texts = [
        "The talks failed on Friday.\n\n(Speaker Nancy Pelosi said the vote would go ahead.)\n",
        "Pelosi spoke to reporters later on Friday.",
    ]
    assert _typed(*texts).get("Nancy Pelosi") == "person"
