"""Issue 13 (figures, read8): figure lines a journalist would keep, from tiny stories."""

from __future__ import annotations

from newsbrief.nlp.quantities import mentions
from newsbrief.types import Facts

from .helpers import facts_of, story


def labels(facts: Facts) -> dict[str, str]:
    return {f.reports[0].text: f.about for f in facts.shown().figures}


def test_one_outlets_count_of_a_noun_alone_is_not_shown_however_written() -> None:
    # read8: "Kalashnikov rifles: more than 100 million" (sold worldwide, the label does not say)
    # (past its article's first three sentences, as on dev: the lead's count is shown, figs17)
    sold = "The inventor died in 2013. He wrote a letter. It was published. " + (
        "It is thought that more than 100 million Kalashnikov rifles have been sold worldwide."
    )
    other = "The inventor of the rifle wrote to the head of the church."
    assert labels(facts_of(story(sold, other))) == {}
    # told by two outlets, it is the story's count
    told = labels(facts_of(story(sold, sold)))
    assert told == {"more than 100 million": "Kalashnikov rifles"}


def test_a_photo_captions_number_is_no_figure() -> None:
    # read8: "bodies removed: two" from "One of two bodies removed from the home … (Chris
    # Helgren/Reuters)", a photo's caption, its credit a photographer and an agency
    body = "Police said the couple were found dead in their home on Friday."
    caption = "Two bodies were removed from the home on Friday. (Jane Roe/Reuters)"
    facts = facts_of(story(f"{body}\n\n{caption}", f"{body}\n\n{caption}"))
    assert not [f for f in facts.figures if f.reports[0].text == "Two"]
    told = "Two bodies were removed from the home on Friday."
    assert labels(facts_of(story(f"{body}\n\n{told}", f"{body}\n\n{told}"))) == {
        "Two": "bodies removed"
    }


def test_deaths_no_report_calls_killings_are_dead_not_killed() -> None:
    # read8: "pharmaceutical billionaires killed: two" of deaths police called "suspicious";
    # dev: "young women killed: two" of two suicides
    deaths = "Police are investigating the deaths of two young women at a high school."
    assert labels(facts_of(story(deaths, deaths))) == {"two": "young women dead"}
    # one outlet's sentence that says a killing labels the figure for all its reports
    shot = "Police said two young women were shot dead at a high school."
    assert set(labels(facts_of(story(deaths, shot))).values()) == {"young women killed"}
    # a death in a bombing is a killing (Aleppo: "96 children had died … in the bombings")
    bombed = "UNICEF said 96 children had died in the bombings."
    assert labels(facts_of(story(bombed, bombed))) == {"96": "children killed"}


def test_an_amount_in_a_phrase_is_labelled_by_its_head_past_a_collective_noun() -> None:
    # read8: "poultry ($), last year: more than $10 billion" of "$10 billion in poultry sales"
    (sales,) = mentions("The company made more than $10 billion in poultry sales last year.")
    assert sales.noun == "sales"
    (herd,) = mentions("The farm lost $2 million in poultry last year.")
    assert herd.noun == "poultry"


def test_an_age_after_died_and_a_few_words_is_no_count() -> None:
    # dev 180: "people killed: 63" of "Robin Williams, who died unexpectedly today at 63"
    assert not mentions("Robin Williams, who died unexpectedly today at 63, was admired.")
    assert [m.text for m in mentions("Three people died at the scene.")] == ["Three"]


def test_a_count_of_those_affected_is_not_shown() -> None:
    # read7: "tourists and residents affected: 200,000" (by evacuation orders, the label drops)
    affected = "Up to 200,000 tourists and residents are affected by evacuation orders."
    assert labels(facts_of(story(affected, affected))) == {}
    ordered = "Up to 200,000 tourists and residents were evacuated."
    assert labels(facts_of(story(ordered, ordered))) == {
        "Up to 200,000": "tourists and residents evacuated"
    }
