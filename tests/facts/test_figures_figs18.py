"""Issue 13 (figure lines a journalist would strike, figs18's audit of 40 dev stories), from
invented sentences."""

from __future__ import annotations

from newsbrief.nlp.quantities import mentions
from newsbrief.types import Facts

from .helpers import facts_of, story


def shown(facts: Facts) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.about, tuple(r.text for r in f.reports)) for f in facts.shown().figures]


def test_an_outlets_people_restating_its_own_count_of_a_group_is_one_line() -> None:
    # dev 0: "Four demonstrators were arrested …" and "police said four people were arrested"
    # showed "demonstrators detained: four" and "people detained: four"
    one = (
        "Four demonstrators were arrested during the march on the bridge. "
        "The crowd then left. A police spokesman said four people were arrested."
    )
    other = "Four demonstrators were arrested in the city after the march."
    lines = shown(facts_of(story(one, other)))
    assert [about for about, _ in lines] == ["demonstrators detained"], lines
    # another value of "people" stays apart: six people arrested are not the four demonstrators
    apart = one.replace("said four people", "said six people")
    lines = shown(facts_of(story(apart, other)))
    assert "demonstrators detained" in [about for about, _ in lines]
    assert len(lines) == 1 or any("six" in texts for _, texts in lines), lines


def test_a_flights_number_is_no_count() -> None:
    # dev 139: "Flight 8501 appears to have been trapped in bad weather" showed
    # "appears trapped: 8501" (Route 66-like names are only read below 1000)
    assert mentions("Flight 8501 appears to have been trapped in bad weather.") == []
    assert mentions("Debris from flight 8501 was found.") == []
    # a flight's length, or a number after "flight of", is still a quantity
    assert [m.text for m in mentions("It was a flight 300 miles long.")] == ["300 miles"]
    assert [m.text for m in mentions("A flight of 8501 birds was seen.")] == ["8501"]


def test_a_measurements_error_and_degrees_of_freedom_are_no_figures() -> None:
    # dev 96, a paper's methods: "12 ± 9% was calculated" showed "share calculated: 9%", and
    # "a t-test distribution with 5 degrees of freedom" showed "freedom: 5 degrees"
    assert [m.text for m in mentions("A value of 12 ± 9% was calculated.")] == ["12"]
    assert [m.text for m in mentions("A value of 12 +/- 9% was calculated.")] == ["12"]
    assert mentions("It used a t-test distribution with 5 degrees of freedom.") == []
    # a temperature in degrees is still one
    assert [m.text for m in mentions("It was 5 degrees warmer on Monday.")] == ["5 degrees"]


def test_held_accountable_is_no_event_done_to_the_counted() -> None:
    # dev 189: "… demand that the three be held accountable" showed "people held: three"
    (m,) = mentions("Protesters demand that the three men be held accountable for the deaths.")
    assert m.event is None
    (m,) = mentions("Police said the three men were held in a cell.")
    assert m.event == "detained"  # held in a cell: detention (figs19)


def test_a_verb_after_the_owners_of_a_thing_is_the_things() -> None:
    # dev 70: "card numbers from 40 million customers were stolen" showed "customers stolen"
    for text in (
        "Target has said card numbers from 40 million customers were stolen.",
        "Personal information belonging to 70 million people had been stolen by hackers.",
    ):
        (m,) = mentions(text)
        assert m.event is None, text
    # what happened to things taken from somewhere is still theirs
    (m,) = mentions("Rescuers evacuated residents from 40 homes that were flooded.")
    assert m.event == "evacuated"


def test_worth_is_labelled_net_worth_or_not_at_all() -> None:
    # dev 18: "Forbes listed Ross with a net worth of $1.7 billion" showed "worth"
    (m,) = mentions("Forbes listed him with a net worth of $1.7 billion.")
    assert m.noun == "net worth"
    # dev 126: "$148m worth she was granted last year": worth of what, the label cannot say
    (m,) = mentions("This was on top of $148m worth she was granted last year.")
    assert m.noun is None
    (m,) = mentions("She stole more than $40,000 worth of iPhones.")
    assert m.noun == "iphones"


def test_an_undated_amount_joins_the_one_window_that_dates_it() -> None:
    # dev 90: "iphones ($): more than $40,000" and "iphones ($), this month: more than $40,000"
    one = (
        "Police are searching for a woman who stole more than $40,000 worth of iPhones. "
        "The woman stole more than $40,000 worth of iPhones earlier this month, police said."
    )
    other = "A woman stole more than $40,000 worth of iPhones from the store, police said."
    lines = shown(facts_of(story(one, other)))
    assert [about for about, _ in lines] == ["iphones"], lines
    assert len(lines[0][1]) == 3


def test_a_reference_pages_figures_are_not_the_storys() -> None:
    # dev 51: an encyclopedia article among the news ("a 55 kg female", "nine syndromes
    # reviewed", "experienced by 60% of the subjects"): 6 lines, all struck
    news = "Police said 14 people were killed in the blast on Monday."
    notes = " ".join(f"Fact {i} is known.[{i}]" for i in range(1, 11))
    page = "Police said 14 people were killed in the blast on Monday.[3] " + notes
    assert shown(facts_of(story(news, news))) != []
    assert shown(facts_of(story(page, page))) == []
    # a news page with a few marks is news
    few = "Police said 14 people were killed in the blast on Monday.[3] More is known.[4]"
    assert shown(facts_of(story(few, few))) != []


def test_a_figure_of_a_condition_is_not_shown() -> None:
    # dev 66: '"If all I get is one or two congressmen walked out of there in handcuffs …"'
    # showed "congressmen walked: two"; dev 169 "If one of your tellers took a handful of $20
    # bills …" showed "bills ($): $20"
    for text in (
        "The lawyer said. If the bank lost $20 million in fees, the board would act.",
        'The organiser spoke. "If all I get is 12 congressmen walked out in handcuffs, fine."',
    ):
        assert shown(facts_of(story(text, text))) == [], text
    # a question's "if" is no condition of the figure
    fact = "It is not clear if the deaths of the 12 prisoners killed on Monday are related."
    assert shown(facts_of(story(fact, fact))) != []


def test_a_links_teaser_line_gives_no_figure() -> None:
    # dev 116: "994 mass shootings in 1,004 days: this is what America's gun crisis looks like
    # Read more" (another story's headline) showed "mass shootings: 994"
    teaser = "The senator spoke.\n812 mass shootings in 900 days: what it means Read more\n"
    assert shown(facts_of(story(teaser, teaser))) == []
    # the same count in the article's own words is shown
    own = "The senator spoke on Monday.\nThere were 812 mass shootings in 900 days, police said.\n"
    assert shown(facts_of(story(own, own))) != []
