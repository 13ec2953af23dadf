"""Figures, figs14: labels a reader can trust. A count joined to the count of its noun whose
event is read is labelled as that report writes it; a count is labelled with the group its
sentence names it for."""

from __future__ import annotations

from newsbrief.types import SHOWN

from .helpers import facts_of, story


def _shown(*texts: str) -> list[tuple[str, list[str]]]:
    facts = facts_of(story(*texts))
    return [(f.about, [r.text for r in f.reports]) for f in facts.figures if f.confidence >= SHOWN]


def test_a_joined_count_is_labelled_as_the_report_of_its_event_writes_it() -> None:
    shown = _shown(
        "A boy was electrocuted at the park. Two other boys who tried to help him were injured.",
        "Two young boys are recovering in the hospital.",
    )
    assert ("boys injured", ["Two", "Two"]) in shown


def test_a_compound_that_names_the_kind_stays_in_a_joined_label() -> None:
    shown = _shown(
        "About 46,000 notices were delivered in May.",
        "The recipients of the 46,000 shut-off notices sent out in May included businesses.",
    )
    assert ("shut-off notices delivered", ["About 46,000", "46,000"]) in shown
