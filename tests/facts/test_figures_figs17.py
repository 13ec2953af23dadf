"""Issue 13 (figures a reader misses, read9), from invented sentences."""

from __future__ import annotations

from newsbrief.nlp.quantities import mentions
from newsbrief.types import Facts

from .helpers import facts_of, story


def labels(facts: Facts) -> dict[str, str]:
    return {f.reports[0].text: f.about for f in facts.shown().figures}


def test_the_count_a_story_leads_with_is_shown_though_one_outlet_gives_its_noun_alone() -> None:
    # read9: "683 membership invitations" was hidden as one outlet's count of a noun alone
    lead = (
        "The guild sent out a record 412 membership invitations to film workers on Monday. "
        "The list includes many actors."
    )
    assert labels(facts_of(story(lead))) == {"412": "membership invitations"}
    # further down the story, such a count is still a detail, not shown
    later = "The guild met on Monday. Its board spoke. Members were told. A vote came. " + lead
    assert labels(facts_of(story(later))) == {}
    # nor a small one, one in words, or one in someone's words
    for text in (
        "The guild sent out four membership invitations to film workers on Monday.",
        "The guild sent out hundreds of membership invitations to film workers on Monday.",
        '"We sent out 412 membership invitations," the guild chief told film workers.',
    ):
        assert labels(facts_of(story(text))) == {}, text


def test_a_lead_count_of_a_list_or_of_an_owner_the_label_drops_is_not_shown() -> None:
    # a page's list of counts ("115k votes 18k voters 9.8M views 25 items")
    listed = "The page has 115 votes 18 voters 25 items and a rule list for the campaigns."
    assert labels(facts_of(story(listed))) == {}
    # "the world's 671 million obese people": the world's, of which the story's is a part
    owned = "The nation leads the world with 87 percent of the world's 671 million obese people."
    assert "671 million" not in labels(facts_of(story(owned)))
    # "she wrote to her 2.1 million Twitter followers": hers, not the story's
    hers = "The star posted a photo. She wrote to her 2.1 million Twitter followers on Monday."
    assert labels(facts_of(story(hers))) == {}


def test_the_emergency_number_is_no_count() -> None:
    # dev line 53: "dispatchers: 911" of "where 911 dispatchers got word that …"
    assert mentions("In the county, 911 dispatchers got word of a shooting.") == []
    assert [m.text for m in mentions("In the county, 912 dispatchers got word.")] == ["912"]


def test_an_amount_set_at_or_grown_to_is_labelled_with_its_subject() -> None:
    # dev 181 "Bail has been set at $500,000", 126 "an equity award valued at nearly $200
    # million", 152 "The prize swelled to $586 million": each was "amount", not shown
    for text, noun in (
        ("Bail has been set at $500,000.", "bail"),
        ("The bond was set at $200,000 on Friday.", "bond"),
        ("The board gave him an equity award valued at nearly $200 million.", "award"),
        ("The prize swelled to $586 million on Monday.", "prize"),
    ):
        (amount,) = mentions(text)
        assert amount.noun == noun, text
    # a name inside the sentence, a pronoun or another verb's object says nothing of what it is
    for text in (
        "Investors said Acme was valued at $5 million.",
        "It was valued at $5 million.",
        "He set aside $10,000 for the dog.",
        # one of an owner's: said of each of ten people charged (dev 153)
        "His bond was set at $100,000 on Friday.",
    ):
        (amount,) = mentions(text)
        assert amount.noun is None, text
    assert labels(facts_of(story("Bail has been set at $500,000."))) == {"$500,000": "bail"}


def test_an_award_and_a_grant_of_one_value_are_one_figure() -> None:
    # dev 126: "award ($): nearly $200 million" and "grant ($): $199 million", one grant
    told = (
        "The company gave its chief an equity award valued at nearly $200 million. "
        "At that time, the grant was valued at $199 million, filings show."
    )
    figures = [f for f in facts_of(story(told)).shown().figures if f.unit == "$"]
    assert len(figures) == 1 and len(figures[0].reports) == 2
