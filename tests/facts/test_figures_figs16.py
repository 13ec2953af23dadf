"""Issue 13 (figures, read6/7/8 strikes still shown after figs15), from invented sentences."""

from __future__ import annotations

from newsbrief.nlp.quantities import mentions
from newsbrief.nlp.quantity_measures import measure_label
from newsbrief.types import Facts

from .helpers import facts_of, story


def labels(facts: Facts) -> dict[str, str]:
    return {f.reports[0].text: f.about for f in facts.shown().figures}


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


def test_a_noun_alone_given_as_a_magnitude_and_a_number_inside_it_is_not_shown() -> None:
    # read6: "protesters: about 1,000; thousands" (1,000 gathered in one outlet, thousands
    # fired on in another: one line, two quantities)
    gathered = "About 1,000 protesters demanding his ouster squared off against supporters."
    fired_on = "Riot police opened fire on thousands of protesters, killing one demonstrator."
    assert labels(facts_of(story(gathered, fired_on))) == {}
    # two outlets' numbers of the noun alone are still its count
    again = "Some 1,000 protesters demanding his ouster squared off against the police."
    assert set(labels(facts_of(story(gathered, again))).values()) == {"protesters"}


def test_a_count_given_place_by_place_is_labelled_with_its_place() -> None:
    # read7: "cases occurred: at least four" of "at least four cases have occurred in
    # California and at least three in Massachusetts" (the label dropped the place)
    told = "At least four cases have occurred in California and at least three in Ohio."
    four = next(m for m in mentions(told) if m.value == 4)
    assert four.scope == "in California"
    # a place of one count alone is no part of a breakdown
    (alone,) = mentions("At least four cases have occurred in California this summer.")
    assert alone.scope is None


def test_a_depth_into_a_thing_is_not_that_things_depth() -> None:
    # read7: "depth of ocean: about 10 to 15 meters" of "the rocket went into the ocean about
    # 10 to 15 meters deep" (how deep the rocket went, an eyewitness's aside)
    went = "A witness said the rocket went into the ocean about 10 to 15 meters deep."
    assert measure_label("depth", [(went.split("about")[0], " deep.")]) is None
    # an ocean's own depth keeps its label
    own = "Scientists say an ocean at least a mile deep covered the north."
    assert measure_label("depth", [(own.split("at least")[0], " deep covered")]) == "depth of ocean"


def test_an_amount_that_may_come_to_be_is_not_shown() -> None:
    # read7: "losses ($): $20 billion" of "Irene may cause $13.9 billion in insured losses and
    # $20 billion in overall economic losses" (an estimate that reads as losses that happened)
    may = "The storm may cause $20 billion in overall economic losses, analysts said."
    assert labels(facts_of(story(may, may))) == {}
    done = "The storm caused $20 billion in overall economic losses, analysts said."
    assert labels(facts_of(story(done, done))) == {"$20 billion": "losses"}


def test_one_outlets_people_an_event_befell_are_anothers_named_group() -> None:
    # read8: "people fired: 10" beside "workers fired: ten" (one event, two outlets, two lines)
    people = "The company said it fired 10 people who were members of the crew."
    workers = "The company says it has fired ten workers who can be seen in the video."
    shown = facts_of(story(people, workers)).shown().figures
    assert [(f.about, len(f.reports)) for f in shown] == [("workers fired", 2)]
    # a bound is not the same count ("up to 12 people" may be fewer or other people)
    loose = "The company said it fired up to 12 people who were members of the crew."
    twelve = "The company says it has fired 12 workers who can be seen in the video."
    shown = facts_of(story(loose, twelve)).shown().figures
    assert sorted(f.about for f in shown) == ["people fired", "workers fired"]
