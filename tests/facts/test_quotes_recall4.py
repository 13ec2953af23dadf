"""Quote speakers the attribution rules used to miss (issue 13, round spk10): "the group said"
where the text names the organisation only nearby, not as "the X group"."""

from __future__ import annotations

from .helpers import facts_of, story


def credits(*texts: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in facts_of(story(*texts)).quotes}


def test_the_group_is_the_organisation_the_sentence_before_names() -> None:
    found = credits(
        "The West African regional bloc ECOWAS said it “strongly condemns the misguided "
        "actions of the mutineers.”\n\nThe group said it was “all the more reprehensible, "
        "coming amidst the ongoing regional efforts to seek a peaceful solution.”"
    )
    assert (
        found[
            "all the more reprehensible, coming amidst the ongoing regional efforts to "
            "seek a peaceful solution."
        ]
        == "ECOWAS"
    )


def test_the_agency_is_the_organisation_named_before_it_in_its_sentence() -> None:
    found = credits(
        "In a settlement “information sheet” posted on the EPA’s website (read it here), the "
        "agency notes that the "
        "“activities of Magnolia and similar renovation firms came to our attention from "
        "television shows.”"
    )
    assert (
        found[
            "activities of Magnolia and similar renovation firms came to our attention "
            "from television shows."
        ]
        == "EPA"
    )


def test_no_organisation_from_an_opening_phrase_or_when_two_are_named() -> None:
    found = credits(
        "Like the initial rise of the Tea Party in 2009, the truck drivers cast their protest "
        "in stark terms.\n\n“The only way to get our legislators to operate lawfully is to "
        "penalize them with a credible threat of a shutdown,” the group said.",
        "Officials of NATO and the ECOWAS met on Monday.\n\n“We will not accept any "
        "change of government by force of arms at all,” the group said.",
    )
    assert (
        found[
            "The only way to get our legislators to operate lawfully is to penalize "
            "them with a credible threat of a shutdown"
        ]
        is None
    )
    assert found["We will not accept any change of government by force of arms at all"] is None
