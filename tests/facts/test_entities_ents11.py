"""Entities, issue 13, round eleven: classes of error read in dev briefings (a link's text in
brackets, ...), each on a short text written for the test."""

from __future__ import annotations

from .helpers import kinds_of


def test_a_common_word_opening_a_bracketed_line_is_no_name() -> None:
    texts = [
        "Obama scrapped the meeting on Friday.\n\n(Government shutdown full coverage)\n\n"
        "As Washington barrels forward, President Barack Obama said the talks had failed.",
        "The federal government shut down on Tuesday, Obama said.",
    ]
    typed = kinds_of(*texts)
    assert "Government" not in typed
    assert typed.get("Barack Obama") == "person"


def test_a_full_name_opening_a_bracketed_line_is_kept() -> None:
    texts = [
        "The talks failed on Friday.\n\n(Speaker Nancy Pelosi said the vote would go ahead.)\n",
        "Pelosi spoke to reporters later on Friday.",
    ]
    assert kinds_of(*texts).get("Nancy Pelosi") == "person"


def test_a_product_before_a_job_and_a_person_is_no_person_by_its_last_word() -> None:
    texts = [
        "Compared to a device like Zorbo Lens, which does not listen at all times, the console"
        " could pose greater risks.",
        "“I have to stare at you,” Zorbo Lens engineer Charles Mendis told reporters when asked"
        " about Lens' privacy concerns.",
    ]
    typed = kinds_of(*texts)
    assert typed.get("Zorbo Lens") != "person"
    assert typed.get("Charles Mendis") == "person"


def test_a_person_before_a_job_and_a_person_stays_a_person() -> None:
    texts = [
        "Donald Trump spokesman Sean Spicer said on Monday the order would stand.",
        "Trump signed the order on Friday, and Spicer defended it.",
    ]
    assert kinds_of(*texts).get("Donald Trump") == "person"
