"""Disagreements: outlets that give materially different values for one quantity."""

from __future__ import annotations

from datetime import datetime

from .helpers import facts_of, story


def test_different_areas_and_shares_are_disagreements_with_each_sides_citation() -> None:
    facts = facts_of(
        story(
            "The area held by the rebels fell to 8.6 square kilometres.",
            "Rebels are trapped in 3-5 square kilometers. The army controls 80 percent "
            "of the city.",
            "They are trapped in an area smaller than one square mile. The army controls 98 "
            "percent of the city.",
            published=(datetime(2016, 12, 13), datetime(2016, 12, 12), None),
        )
    )
    found = {
        d.about: [[(r.text, r.citation.article_id) for r in side] for side in d.sides]
        for d in facts.disagreements
    }
    assert found["area of those trapped"] == [
        [("8.6 square kilometres", "a0")],
        [("3-5 square kilometers", "a1")],
        [("smaller than one square mile", "a2")],
    ]
    # (the shares were "more than 90" and 98 percent: since 98 is more than 90, no longer one)
    assert found["share held"] == [[("80 percent", "a1")], [("98 percent", "a2")]]
    (share,) = [d for d in facts.disagreements if d.unit == "%"]
    assert share.scope == "of the city" and share.confidence >= 0.5
    (area,) = [d for d in facts.disagreements if d.about == "area of those trapped"]
    assert "different dates" in area.note and "2016-12-12" in area.note


def test_agreeing_values_and_counts_of_different_days_are_no_disagreement() -> None:
    facts = facts_of(
        story(
            "About 100,000 people are trapped. Shelling killed at least 45 civilians on Wednesday.",
            "An estimated 100,000 are still trapped. Troops killed 82 civilians on Monday.",
            "Thousands of civilians are trapped in the east.",
        )
    )
    assert facts.disagreements == ()


def test_an_outlet_giving_two_values_itself_does_not_disagree() -> None:
    facts = facts_of(
        story(
            "Russia put the number of those leaving at 50,000 in two days - 20,000 on Saturday.",
            "More than 50,000 people have fled.",
        )
    )
    assert facts.disagreements == ()


def test_an_outlet_holds_the_toll_it_leads_with_and_repeats() -> None:
    facts = facts_of(
        story(
            "At least 20 people were killed at a village fair. Police said 20 people "
            "were killed and the mayor gave a higher toll of 22. A bomb killed 12 people there "
            "in 2009.",
            "A gunfight at a village fair killed 22 people, officials said.",
        )
    )
    (killed,) = facts.shown().disagreements
    assert killed.about == "people killed"
    assert [[(r.text, r.citation.article_id) for r in side] for side in killed.sides] == [
        [("At least 20", "a0"), ("20", "a0")],
        [("22", "a1")],
    ]


def test_a_value_stated_once_first_or_outnumbered_is_no_outlets_side() -> None:
    # the lead "three co-workers" is another count than "Two people died on the scene"; and
    # a lead stated once ("15 killed", then "18 killed" twice) is not the outlet's figure
    facts = facts_of(
        story(
            "A gunman fatally shot three co-workers and himself. Three co-workers were shot "
            "dead, police said. Two people died on the scene.",
            "A gunman killed three people at a warehouse, officials said.",
        )
    )
    assert facts.shown().disagreements == ()
    facts = facts_of(
        story(
            "Early reports said 15 people were killed. Officials later said 18 people were "
            "killed. The 18 people killed included guards.",
            "At least 25 people were killed in the attack.",
        )
    )
    assert [d.about for d in facts.shown().disagreements] == []


def test_people_in_custody_and_arrested_are_one_count() -> None:
    facts = facts_of(
        story(
            "Four people are in custody, police said.",
            "Police have three people in custody over the killing.",
        )
    )
    (custody,) = facts.shown().disagreements
    assert custody.about == "people detained"
    assert [[r.value for r in side] for side in custody.sides] == [[4], [3]]


def test_a_fall_in_stories_and_in_feet_disagree() -> None:
    facts = facts_of(
        story(
            "The climber fell nine stories onto a lower roof, police said.",
            "The climber slipped 25 feet before landing on a roof.",
        )
    )
    (fall,) = facts.shown().disagreements
    assert fall.about == "distance fell"
    assert [[r.text for r in side] for side in fall.sides] == [["nine stories"], ["25 feet"]]


def test_plain_counts_of_one_noun_disagree_across_outlets() -> None:
    facts = facts_of(
        story(
            "Police are pursuing tips on possible sightings in 11 states, a spokesman said.",
            "Law enforcement in 19 states are working on possible sightings.",
            "The firm has six aircraft it could use. Officers searched the house.",
            "The firm will have five aircraft on standby.",
        )
    )
    found = {
        d.about: [[(r.text, r.citation.article_id) for r in side] for side in d.sides]
        for d in facts.disagreements
        if d.confidence >= 0.5
    }
    # (sightings "in 11 states" / "in 19 states": where something happened, which the label
    # "states" drops, so neither count is shown nor compared: see test_figure_qualifiers)
    assert found == {"aircraft": [[("six", "a2")], [("five", "a3")]]}


def test_counts_of_a_noun_that_say_which_of_them_do_not_disagree() -> None:
    facts = facts_of(
        story(
            # words between the number and the noun, an of-phrase, an ordinal, another
            "She was watching 16 children. He faces two robbery charges. The probe will make "
            "seven flybys of Venus. Only the first two groups board early.",
            "She hurt five 2-year-old children. He faces three charges. The probe will make 24 "
            "flybys. The airline keeps five groups. He was paroled on three other charges.",
            # someone's words
            "“I wasn't supposed to get 222 votes,” he said. He had won five groups.",
            "He ended up with 304 votes.",
        )
    )
    assert [d for d in facts.disagreements if d.confidence >= 0.5] == []


def test_an_outlet_giving_two_counts_of_a_noun_shows_they_are_two_things() -> None:
    facts = facts_of(
        story(
            "Six vehicles were involved in the crash.",
            "Six vehicles were involved in the crash. The men fled in two vehicles.",
            "The men took to the road in two vehicles.",
        )
    )
    assert facts.disagreements == ()


def test_counts_of_people_alone_are_two_counts_not_a_disagreement() -> None:
    facts = facts_of(story("About 300 people gathered.", "Some 3,000 people were there."))
    assert facts.disagreements == ()


def test_lengths_in_different_units_are_compared_converted_and_shown_as_printed() -> None:
    facts = facts_of(
        story(
            "The new bridge is 500 feet long.",
            "The new bridge is 152 metres long.",
            "The new bridge is 100 metres long.",
        )
    )
    (d,) = facts.disagreements
    assert [[r.text for r in side] for side in d.sides] == [
        ["500 feet", "152 metres"],
        ["100 metres"],
    ]
    assert d.about == "length of bridge" and d.confidence >= 0.5


def test_values_far_apart_are_two_things_and_the_near_ones_still_disagree() -> None:
    # set 5: one outlet's "10 athletes" (a team) tells no count of the Games' athletes apart;
    # its 2,500 is held against another's 2,000. Two values within FAR still tell a noun apart.
    facts = facts_of(
        story(
            "About 2,500 athletes will compete. The team's 10 athletes bought insurance.",
            "Some 2,000 athletes are expected in Sochi.",
        )
    )
    (athletes,) = facts.shown().disagreements
    assert [[r.text for r in side] for side in athletes.sides] == [["About 2,500"], ["Some 2,000"]]
    facts = facts_of(
        story(
            "About 2,500 athletes will compete. Some 1,000 athletes arrived.",
            "Some 2,000 athletes are expected in Sochi.",
        )
    )
    assert facts.shown().disagreements == ()
    # an outlet's toll and a part of it FAR below ("Two teen boys were killed") leave the toll
    facts = facts_of(
        story(
            "At least 20 people were killed at a fair. Police said 20 people were killed.",
            "A gunfight killed 22 people. Two teenage boys were killed.",
        )
    )
    (killed,) = facts.shown().disagreements
    sides = [[r.citation.article_id for r in side] for side in killed.sides]
    assert sides == [["a0", "a0"], ["a1"]]


def test_two_outlets_lower_bounds_apart_are_two_tolls() -> None:
    # set 3 (Las Vegas): "at least six injured" and another outlet's "at least three" both hold
    # at seven, but each outlet gives its own toll; "at least four" and "five" are one (read6)
    crash = "A car hit a taxi early Thursday, leaving three people dead and at least six injured."
    facts = facts_of(
        story(crash, "On Thursday three people were killed and at least three were injured.")
    )
    (injured,) = facts.shown().disagreements
    assert [[r.text for r in side] for side in injured.sides] == [
        ["at least six"],
        ["at least three"],
    ]
    for other in ("at least six were injured", "six were injured", "seven were injured"):
        facts = facts_of(story(crash, f"On Thursday three people were killed and {other}."))
        assert facts.disagreements == (), other


def test_an_outlets_count_of_another_day_is_no_second_value() -> None:
    # set 3: the same outlets also tell of a shooting on Feb. 6, dated apart from Thursday's
    # crash; their Thursday toll is still theirs to hold against another outlet's
    crash = "A car hit a taxi early Thursday, leaving three people dead and at least six injured."
    shooting = "Two people were critically wounded in a shooting at a garage on Feb. 6."
    other = "On Thursday three people were killed and at least three were injured."
    facts = facts_of(story(f"{crash} {shooting}", f"{crash} {shooting}", other))
    (injured,) = facts.shown().disagreements
    sides = [[(r.text, r.citation.article_id) for r in side] for side in injured.sides]
    assert sides == [[("at least six", "a0"), ("at least six", "a1")], [("at least three", "a2")]]
    # undated, the shooting's two may be of that day: the outlets give two values, no one toll
    undated = shooting.replace(" on Feb. 6", "")
    facts = facts_of(story(f"{crash} {undated}", f"{crash} {undated}", other))
    assert facts.disagreements == ()
    # an undated toll is held against the story's time only, not against an old attack's
    facts = facts_of(
        story(
            "A bomb killed 20 people at the market, police said Monday. The same market was hit "
            "in an attack that killed 12 people, months earlier, on Feb. 6.",
            "A bomb at a crowded market killed 22 people.",
        )
    )
    (killed,) = facts.disagreements
    assert [[r.value for r in side] for side in killed.sides] == [[20], [22]]


def test_a_toll_dated_by_the_event_and_by_the_report_is_one_time() -> None:
    # set 3 (Afghan wedding): "Sunday night" (the gunfight) and "Monday" (the report) in one
    # outlet's sentences of 21 killed link the two days: every citation of the toll stays
    facts = facts_of(
        story(
            "At least 20 people were killed when a gunfight broke out at a wedding party, a "
            "police spokesman told reporters Monday. Police said 20 people were killed.",
            "The wedding party turned deadly Sunday night when a gunfight broke out, killing 21 "
            "people. A shootout at a wedding party has left 21 people dead, an official said "
            "Monday.",
        )
    )
    (killed,) = facts.shown().disagreements
    assert [[r.value for r in side] for side in killed.sides] == [[20, 20], [21, 21]]


def test_counts_of_them_and_of_more_of_another_event_are_compared() -> None:
    # set 13 (dev line 145): NYT's "at least 130 more had been intercepted" (after "more than
    # 300 rockets" fired) against WSJ's "knocked 105 of them out of the sky" (them: the "around
    # 300 rockets" fired of the sentence before): rockets intercepted, 130+ vs 105
    nyt = (
        "Militants in Gaza had fired more than 300 rockets into southern Israel and at least "
        "130 more had been intercepted by Israel's Iron Dome system."
    )
    wsj = "Gaza-based militants have fired around 300 rockets at Israel. Iron Dome has knocked {} of them out of the sky, the military said."  # noqa: E501
    (intercepted,) = facts_of(story(nyt, wsj.format(105))).shown().disagreements
    assert intercepted.about == "rockets intercepted"
    assert [[r.text for r in side] for side in intercepted.sides] == [["at least 130"], ["105"]]
    # a value the lower bound allows agrees; with nothing before to say what "them" are, no
    # label and nothing compared
    assert facts_of(story(nyt, wsj.format(135))).disagreements == ()
    alone = "Iron Dome has knocked 105 of them out of the sky, the military said."
    assert facts_of(story(nyt, alone)).disagreements == ()


def test_an_amount_and_its_rounding_are_one_figure_not_a_disagreement() -> None:
    # dev line 188 (read8): the house "listed for $6.9-million" (Globe and Mail), "for $7
    # million" (Toronto Star): $7 million is $6.9 million to one figure; both values are one
    # figure (shown where its label is read), not outlets contradicting each other
    facts = facts_of(
        story(
            "The home was recently listed for $6.9-million, police said.",
            "The couple had listed their home for $7 million.",
        )
    )
    assert facts.disagreements == ()
    (price,) = [f for f in facts.figures if f.unit == "$"]
    assert [r.text for r in price.reports] == ["$6.9-million", "$7 million"]
