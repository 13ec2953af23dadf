"""Tokens for similarity: stems of words, and the salient figures that identify a report."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.nlp.tokens import salient_figures, stems, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Syrian rebels vowed to fight on, as 100,000 civilians remain trapped.",
            [
                "syrian",
                "rebel",
                "vow",
                "to",
                "fight",
                "on",
                "as",
                "100000",
                "civilian",
                "remain",
                "trap",
            ],
        ),
        ("Running runners ran", ["run", "runner", "ran"]),
        ("The U.N. said", ["the", "u", "n", "said"]),
        ("8.6 square kilometres", ["8.6", "squar", "kilometr"]),
        ("1,134 people since 2011", ["1134", "peopl", "sinc", "2011"]),
        ("3-5 km", ["3", "5", "km"]),
        ("cease-fire by pro-government forces", ["cease-fir", "by", "pro-govern", "forc"]),
        ("Assad's forces", ["assad", "forc"]),
        ("", []),
        ("— … ••", []),
    ],
)
def test_stems(text: str, expected: list[str]) -> None:
    assert stems(text) == expected


def test_stems_ignore_case() -> None:
    assert stems("ALEPPO Aleppo aleppo") == ["aleppo", "aleppo", "aleppo"]


@pytest.mark.parametrize(
    ("curly", "straight"),
    [("Assad’s forces", "Assad's forces"), ("Stephen O’Brien", "Stephen O'Brien")],
)
def test_curly_and_straight_apostrophes_stem_alike(curly: str, straight: str) -> None:
    assert stems(curly) == stems(straight)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("100,000 people are trapped", {"100000"}),
        ("1,134 people have been killed", {"1134"}),
        ("killed at least 45 civilians", {"45"}),
        ("50,000 in two days — 20,000 on Saturday", {"50000", "20000"}),
        ("96 children had died with 223 more injured", {"96", "223"}),
        ("1,134,000 votes", {"1134000"}),
        ("$14.20 a share", {"14.20"}),
        ("12.5 percent", {"12.5"}),
        ("exactly 10 dead", {"10"}),
        # small numbers: counts below ten, and decimals below ten
        ("9 dead and 7 injured", set()),
        ("8.6 square kilometres", set()),
        ("3.5 percent", set()),
        # years from 1900 to 2100 are too common to identify a report
        ("since 2011, and again in 2016", set()),
        ("in 1900 and 2100", set()),
        ("in 1899 and 2101", {"1899", "2101"}),
        # … but a thousands separator means a count, not a year
        ("2,016 votes", {"2016"}),
        ("no figures at all", set()),
        ("", set()),
    ],
)
def test_salient_figures(text: str, expected: set[str]) -> None:
    assert salient_figures(text) == frozenset(expected)


def test_salient_figures_shared_by_two_reports_of_the_same_fact() -> None:
    a = "The area fell to 8.6 square kilometres, where about 100,000 civilians are under siege."
    b = "100,000 people are trapped in besieged areas with no way out since 2011."
    assert salient_figures(a) & salient_figures(b) == {"100000"}


_TOKENY = st.lists(
    st.sampled_from(
        [
            "Assad",
            "’s",
            "'s",
            "U.S.",
            "-backed",
            "100,000",
            "3.5",
            "the",
            "said",
            "Aleppo",
            ",",
            "“",
            "”",
            "(AP)",
            "x",
            "é",
            "über",
            "_",
            "٣",
            " ",
            " ",
            "\n",
            "\t",
            "\u00a0",
            "\u2028",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_TOKENY, st.text()))
def test_content_stems_token_by_token_equal_the_whole_text(text: str) -> None:
    """content_stems looks up whitespace-separated tokens; that must give exactly the content
    words found in the text as a whole."""
    from newsbrief.nlp.vectors import _content, content_stems

    whole = [t for t in map(_content, words(text)) if t]
    assert content_stems(text) == whole
    assert content_stems(text) == whole  # and again, from the cache
