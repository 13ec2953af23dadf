"""Figures, figs13 (read6's strikes as classes): a label that stands for several counts of one
outlet is not shown; a count in a sentence about the past is not shown; a count of a noun
alone is the same count of that noun whose event another report reads; one outlet's count of
a bare noun ("students: 150") is not shown."""

from __future__ import annotations

from newsbrief.types import SHOWN

from .helpers import facts_of, story


def _shown(*texts: str) -> list[tuple[str, list[str]]]:
    facts = facts_of(story(*texts))
    return [(f.about, [r.text for r in f.reports]) for f in facts.figures if f.confidence >= SHOWN]


def _all(*texts: str) -> list[tuple[str, list[str]]]:
    return [(f.about, [r.text for r in f.reports]) for f in facts_of(story(*texts)).figures]


ROUNDUP = (
    "Security forces killed five people in a raid on Thursday. In another country, an"
    " insurgency has killed an estimated 200,000 people.",
    "Police shot into crowds of mourners, and at least 15 people died.",
)


def test_one_outlets_two_counts_under_one_label_are_not_shown() -> None:
    shown = _shown(*ROUNDUP)
    assert not [about for about, _ in shown if about == "people killed"]
    # JSON keeps them, with their confidence
    assert ("people killed", ["an estimated 200,000"]) in _all(*ROUNDUP)


def test_a_count_two_outlets_tell_is_shown_beside_them() -> None:
    shown = _shown(
        *ROUNDUP,
        "The raid killed 15 people, officials said.",
    )
    assert ("people killed", ["at least 15", "15"]) in shown


def test_counts_of_one_outlet_in_two_windows_are_shown() -> None:
    shown = _shown(
        "At least 82 civilians were killed on Monday. The Observatory says 1,134 people have"
        " been killed since Nov. 15.",
    )
    assert len([about for about, _ in shown if about.endswith("killed")]) == 2


def test_one_count_under_one_label_is_shown() -> None:
    assert ("people killed", ["five"]) in _shown("Security forces killed five people.")


def test_a_count_in_a_sentence_about_last_month_is_not_shown_as_now() -> None:
    text = "The city was the site of crackdowns that killed 60 protesters last month."
    assert not _shown(text.replace("last month", "the day before"))
    assert _shown("This week, crackdowns in the city killed 60 protesters.")
    # its window in its label, it reads as what it is
    facts = facts_of(story(text))
    assert [(f.about, f.window) for f in facts.figures if f.confidence >= SHOWN] == [
        ("protesters killed", "last month")
    ]


def test_a_count_of_a_criminal_record_is_not_shown() -> None:
    text = "Her criminal history included at least 13 arrests on drug charges."
    assert not _shown(text)
    assert _shown("Police made at least 13 arrests on drug charges.")


def test_a_count_of_a_noun_alone_joins_its_count_whose_event_is_read() -> None:
    shown = _shown(
        "He said four deputies fired shots.",
        "The sheriff said four deputies were wounded in the gunfight.",
    )
    # (dev 93's "after four deputies fired, …" reads no event since figs19: they shot)
    assert shown == [("deputies injured", ["four", "four"])]


def test_a_count_of_people_alone_does_not_join_people_detained() -> None:
    figures = _all(
        "Three people were attacked with a nerve agent. Police detained three suspects.",
        "Police have detained three people.",
    )
    assert not any(about == "people detained" and len(texts) > 1 for about, texts in figures)


def test_a_notes_mark_in_brackets_is_no_figure() -> None:
    text = (
        "It was a term proposed as an alternative.[49] The IOM presents it as a list of anomalies."
    )
    assert not [f for f in facts_of(story(text, text)).figures if f.reports[0].text == "49"]
    assert _all("The storm killed 49 people.", "The storm killed 49 people.")


def test_one_outlets_count_of_a_bare_noun_is_not_shown() -> None:
    # (past its article's first three sentences: the count a story leads with is, figs17)
    later = "The girl was last seen on Monday. Her family called. The police came. "
    text = later + "More than 600 volunteers combed the fields around the town."
    assert not _shown(text, "Police searched the town.")
    assert _shown(text, "Some 600 volunteers searched the fields.")
    # nor where a phrase says what the counted things are: not what happened to them (read6
    # struck "pro-democracy supporters: thousands", whose rally police broke up; figs15)
    thwarted = later + "Police thwarted a rally by 3,000 pro-democracy supporters."
    assert not _shown(thwarted, "Police came.")
