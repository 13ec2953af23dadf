"""Issue 13 (figures, read6/7/8 strikes still shown after figs15), from invented sentences."""

from __future__ import annotations

from newsbrief.nlp.quantities import mentions


def test_a_verb_whose_object_is_an_audience_or_addressee_is_not_the_label() -> None:
    # read8: "tech billionaires begged: two" of "he publicly begged two tech billionaires";
    # read6: "people brought: an estimated 10,000" of "a protest … brought 10,000 people"
    (begged,) = mentions("The singer publicly begged two tech billionaires for cash.")
    assert begged.noun == "billionaires" and begged.event is None
    (brought,) = mentions("The march brought an estimated 10,000 people onto the streets.")
    assert brought.event is None
    (averaged,) = mentions("The show averaged 4.9 million viewers on Monday.")
    assert averaged.event is None
    # what the verb did to its object stays the label
    (fired,) = mentions("The company fired 10 workers on Monday.")
    assert fired.event == "fired"
    (struck,) = mentions("The army struck more than 250 targets on Monday.")
    assert struck.event == "struck"
