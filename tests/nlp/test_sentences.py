"""Sentence splitting of news text: abbreviations, initials, quotes, bullets, headlines."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.clean import clean_articles
from newsbrief.ingest import read
from newsbrief.nlp.sentences import segment
from newsbrief.types import Article, Sentence

ALEPPO = Path(__file__).resolve().parents[2] / "examples" / "aleppo-2016"


def _split(text: str) -> list[str]:
    return [s.text for s in segment(Article(id="a1", text=text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The U.N. Security Council met on Nov. 15 in New York. No vote was held.",
            ["The U.N. Security Council met on Nov. 15 in New York.", "No vote was held."],
            id="U.N.-and-Nov.",
        ),
        pytest.param(
            "U.S. officials said the talks had failed. Russia disagreed.",
            ["U.S. officials said the talks had failed.", "Russia disagreed."],
            id="U.S.-at-start",
        ),
        pytest.param(
            "Pressure mounted in 2015 when rebels — some backed by the U.S. and its allies — "
            "captured Idlib. Russia then joined the war.",
            [
                "Pressure mounted in 2015 when rebels — some backed by the U.S. and its allies — "
                "captured Idlib.",
                "Russia then joined the war.",
            ],
            id="U.S.-mid-sentence",
        ),
        pytest.param(
            "The Syrian Observatory for Human Rights estimates that 1,134 people have been killed "
            "in Aleppo since Nov. 15, including nearly 600 civilians. More than 100,000 have been "
            "displaced.",
            [
                "The Syrian Observatory for Human Rights estimates that 1,134 people have been "
                "killed in Aleppo since Nov. 15, including nearly 600 civilians.",
                "More than 100,000 have been displaced.",
            ],
            id="Nov.-15",
        ),
        pytest.param(
            "Officials spoke on Monday. F. Brinley Bruton reported from London.",
            ["Officials spoke on Monday.", "F. Brinley Bruton reported from London."],
            id="initial-F.",
        ),
        pytest.param(
            "The report was written by J. R. Smith. It ran on Sunday.",
            ["The report was written by J. R. Smith.", "It ran on Sunday."],
            id="initials-J.-R.-at-end",
        ),
        pytest.param(
            "J. R. Smith scored 20 points on Sunday. The Cavaliers won.",
            ["J. R. Smith scored 20 points on Sunday.", "The Cavaliers won."],
            id="initials-J.-R.-at-start",
        ),
        pytest.param(
            "Talks resume at 5 p.m. Sunday in Geneva. Both sides will attend.",
            ["Talks resume at 5 p.m. Sunday in Geneva.", "Both sides will attend."],
            id="5-p.m.-Sunday",
        ),
        pytest.param(
            '"It is unacceptable. It is horrible," he said. Rebels are in retreat.',
            ['"It is unacceptable. It is horrible," he said.', "Rebels are in retreat."],
            id="straight-quote-then-he-said",
        ),
        pytest.param(
            "“We have nothing left. Everything is gone,” he said. Her house was destroyed.",
            ["“We have nothing left. Everything is gone,” he said.", "Her house was destroyed."],
            id="curly-quote-then-he-said",
        ),
        pytest.param(
            "“We have nothing left. Everything is gone,” said Karen Whitlow. The house was lost.",
            [
                "“We have nothing left. Everything is gone,” said Karen Whitlow.",
                "The house was lost.",
            ],
            id="curly-quote-then-said-Name",
        ),
        pytest.param(
            'Sheikh said, "There is no need to hide anymore. We aren’t afraid anymore." '
            "The shelling continued.",
            [
                'Sheikh said, "There is no need to hide anymore. We aren’t afraid anymore."',
                "The shelling continued.",
            ],
            id="quote-of-two-sentences-at-end",
        ),
        pytest.param(
            "“Is anyone there?” he shouted. Nobody answered.",
            ["“Is anyone there?” he shouted.", "Nobody answered."],
            id="question-in-quote",
        ),
        pytest.param(
            'Kerry called it "the worst catastrophe since World War II." "It is unacceptable. '
            'It is horrible," he said.',
            [
                'Kerry called it "the worst catastrophe since World War II."',
                '"It is unacceptable. It is horrible," he said.',
            ],
            id="closed-quote-then-new-quote",
        ),
        pytest.param(
            "The area fell to 8.6 square kilometres, where about 100,000 civilians are under "
            "siege. Rebels vowed to fight on.",
            [
                "The area fell to 8.6 square kilometres, where about 100,000 civilians are under "
                "siege.",
                "Rebels vowed to fight on.",
            ],
            id="decimal-8.6",
        ),
        pytest.param(
            "Shares fell 2.5 percent to $14.20. Trading was halted.",
            ["Shares fell 2.5 percent to $14.20.", "Trading was halted."],
            id="decimal-price",
        ),
        pytest.param(
            "Rebels lose ground in Aleppo\n\nThe army advanced on Monday. Thousands fled.",
            ["Rebels lose ground in Aleppo", "The army advanced on Monday.", "Thousands fled."],
            id="headline-paragraph",
        ),
        pytest.param(
            "A culmination of months of abuses\n\nIn September, UNICEF slammed the government.",
            ["A culmination of months of abuses", "In September, UNICEF slammed the government."],
            id="subheading-paragraph",
        ),
        pytest.param(
            "• The council met on Monday.\n\n• Russia and China blocked the resolution.",
            ["The council met on Monday.", "Russia and China blocked the resolution."],
            id="bullet-paragraphs",
        ),
        pytest.param(
            "• The council met on Monday.\n• Russia and China blocked the resolution.\n"
            "• Earlier in December, HRW accused Syria of war crimes.",
            [
                "The council met on Monday.",
                "Russia and China blocked the resolution.",
                "Earlier in December, HRW accused Syria of war crimes.",
            ],
            id="bullet-lines",
        ),
        pytest.param(
            "  • Lake spoke. “It may be the deadliest attack yet.”\n  • Amnesty criticised it.",
            ["Lake spoke.", "“It may be the deadliest attack yet.”", "Amnesty criticised it."],
            id="indented-bullets-with-quote",
        ),
        pytest.param(
            "- Sandbags are available.\n- Drinking water is safe.",
            ["Sandbags are available.", "Drinking water is safe."],
            id="dash-bullets",
        ),
        pytest.param(
            "* Sandbags are available.\n* Drinking water is safe.",
            ["Sandbags are available.", "Drinking water is safe."],
            id="star-bullets",
        ),
        pytest.param(
            "The war began five years ago.\n• Amnesty criticised the government.",
            ["The war began five years ago.", "Amnesty criticised the government."],
            id="bullet-line-after-plain-line",
        ),
        pytest.param(
            "The ceasefire ends at 5 p.m. Officials said aid would follow.",
            ["The ceasefire ends at 5 p.m.", "Officials said aid would follow."],
            id="sentence-ending-in-p.m.",
        ),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_sentence_fields() -> None:
    text = "Rebels lose ground\n\n• The army advanced. Thousands fled."
    assert segment(Article(id="a9", text=text)) == (
        _sentence("a9", 0, 0, 18, "Rebels lose ground"),
        _sentence("a9", 1, 22, 40, "The army advanced."),
        _sentence("a9", 2, 41, 56, "Thousands fled."),
    )


def _sentence(article_id: str, index: int, start: int, end: int, text: str) -> Sentence:
    return Sentence(article_id=article_id, index=index, start=start, end=end, text=text)


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert _split("") == []
    assert _split(" \n\n \t\n") == []


def test_bullet_alone_is_not_a_sentence() -> None:
    assert _split("•\n\nAid arrived.") == ["Aid arrived."]


def test_segmenter_can_be_given_as_an_object() -> None:
    class Halves:
        def spans(self, text: str) -> list[tuple[int, int]]:
            return [(0, len(text) // 2), (len(text) // 2, len(text))]

    article = Article(id="a1", text="Abcd Efgh")
    assert [s.text for s in segment(article, segmenter=Halves())] == ["Abcd", "Efgh"]


def _aleppo_sentences(name: str) -> list[str]:
    articles = clean_articles(read([ALEPPO]).articles)
    (article,) = [a for a in articles if a.source == name]
    return [s.text for s in segment(article)]


def test_aleppo_quote_with_two_sentences_stays_one() -> None:
    sentences = _aleppo_sentences("001_5e2e4bde54bad873.txt")
    assert '"It is unacceptable. It is horrible," he said.' in sentences
    assert "Rebels are in retreat throughout Syria." in sentences


def test_aleppo_abbreviations_do_not_split() -> None:
    sentences = _aleppo_sentences("004_fa7155357702da57.txt")
    assert sentences[6:8] == [
        "The Syrian Observatory for Human Rights estimates that 1,134 people have been killed "
        "in Aleppo since Nov. 15, including nearly 600 civilians.",
        "More than 100,000 have been displaced.",
    ]
    assert (
        "The U.N. human rights office says it received reports of regime troops executing at "
        "least 82 civilians on Monday, including 13 children."
    ) in sentences


def test_aleppo_bullets_and_subheading_after_cleaning() -> None:
    sentences = _aleppo_sentences("003_88f00ac449675e26.txt")
    start = sentences.index("A culmination of months of human rights abuses")
    assert sentences[start + 1][:40] == "In September, UNICEF slammed the Syrian "
    assert sentences[-2:] == [
        "Russia and China continue to block the UN Security Council from passing any "
        "resolutions to alleviate the problem in Aleppo.",
        "Earlier in December, Human Rights Watch accused Syria and Russia of committing war "
        "crimes over the previous two months after reports of more than 440 civilians had been "
        "killed.",
    ]
    assert not any("•" in s for s in sentences)


# --------------------------------------------------------------------------------------------
# Properties: spans index the text exactly, are stripped, non-empty and in order
# --------------------------------------------------------------------------------------------


def _check_spans(text: str) -> None:
    article = Article(id="p", text=text)
    sentences = segment(article)
    previous_end = 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert s.article_id == "p"
        assert article.text[s.start : s.end] == s.text
        assert s.text
        assert s.text == s.text.strip()
        assert s.start >= previous_end
        previous_end = s.end


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=string.printable))
def test_spans_property_printable(text: str) -> None:
    _check_spans(text)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.characters(categories=("L", "M", "N", "P", "S", "Zs"))
        | st.sampled_from("\n\n\n•“”’")
    )
)
def test_spans_property_unicode(text: str) -> None:
    _check_spans(text)


_NEWSY = st.lists(
    st.sampled_from(
        [
            "The",
            "U.N.",
            "said",
            "it",
            "was",
            ".",
            "?",
            "!",
            '"',
            "“",
            "”",
            "’",
            "•",
            "-",
            "*",
            " ",
            " ",
            " ",
            "\n",
            "\n\n",
            "Mr.",
            "he",
            "Nov.",
            "15",
            "5",
            "p.m.",
            "8.6",
            "…",
        ]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_NEWSY)
def test_spans_property_news_like(text: str) -> None:
    _check_spans(text)


_ONE_SENTENCE = st.lists(
    st.sampled_from(
        ["The", "U", "said", "it", "Nov", "15", " ", " ", "\n", "\t", '"', "“", "”", "’", ")", "]"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_ONE_SENTENCE, st.sampled_from(["", ".", "!", "?", "…", '."', ".”)", "?! ", ". \n"]))
def test_nupunkt_shortcut_gives_the_models_spans(body: str, tail: str) -> None:
    """A paragraph with nothing Punkt could break at before its end is one span without the
    model; the model agrees (up to what segment() trims anyway)."""
    import nupunkt

    from newsbrief.plugins import segmenter as get_segmenter

    text = body + tail
    ours = get_segmenter("nupunkt").spans(text)
    model = [(int(a), int(b)) for a, b in nupunkt.sent_spans(text)]
    assert [text[a:b].strip() for a, b in ours if text[a:b].strip()] == [
        text[a:b].strip() for a, b in model if text[a:b].strip()
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "Sen." ends a name the article also writes without the period: two sentences
            "Cambodia is ruled by strongman Hun Sen. Hun Sen complained Monday about the vote.",
            [
                "Cambodia is ruled by strongman Hun Sen.",
                "Hun Sen complained Monday about the vote.",
            ],
        ),
        (  # a title before a name stays inside its sentence
            "Arizona Sen. John McCain said the vote was unfair. Gen. Roe agreed.",
            ["Arizona Sen. John McCain said the vote was unfair.", "Gen. Roe agreed."],
        ),
        (  # without "Hun Sen" elsewhere there is nothing to tell it from a title
            "The talks were led by Ms. Hun Sen. Smith of the UN.",
            ["The talks were led by Ms. Hun Sen. Smith of the UN."],
        ),
        (  # Punkt breaks after "Lt." here; a title after a lower-case word is no end
            "“When they did that,” says the county's spokesman Lt. John Corr, “they saw a shoe.”"
            " Lt. Corr left.",
            [
                "“When they did that,” says the county's spokesman Lt. John Corr, “they saw a"
                " shoe.”",
                "Lt. Corr left.",
            ],
        ),
        (  # a saint's name after a lower-case word; a street's "St." after a capitalised one
            "Held in the Cathedral of St. John the Baptist, the shroud is old. Pilgrims went to"
            " St. John, St. Mary Magdalene, and St. Timothy. He lives on Elm St. The house is old.",
            [
                "Held in the Cathedral of St. John the Baptist, the shroud is old.",
                "Pilgrims went to St. John, St. Mary Magdalene, and St. Timothy.",
                "He lives on Elm St.",
                "The house is old.",
            ],
        ),
        (  # a rank is never a name: no end after any word
            "The men fled, according to Metro Police Lt. David Gordon. He left.",
            ["The men fled, according to Metro Police Lt. David Gordon.", "He left."],
        ),
    ],
)
def test_a_name_that_ends_like_an_abbreviation(text: str, expected: list[str]) -> None:
    assert [s.text for s in segment(Article(id="a", text=text))] == expected


def test_a_name_that_ends_like_an_abbreviation_is_found_in_any_paragraph() -> None:
    """A paragraph with no such name is looked through once and keeps its spans (bullets and
    spaces trimmed as ever); the name is still found in the paragraph that has it."""
    text = (
        "•  Voters queued for hours. Results are due Monday.\n\n"
        "Cambodia is ruled by strongman Hun Sen. Hun Sen complained about the vote.\n\n"
        "Arizona Sen. John McCain said the vote was unfair.  "
    )
    assert _split(text) == [
        "Voters queued for hours.",
        "Results are due Monday.",
        "Cambodia is ruled by strongman Hun Sen.",
        "Hun Sen complained about the vote.",
        "Arizona Sen. John McCain said the vote was unfair.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The port reopened.\n\nFilmmaker Jane Roe, in June 2004. (Photo: John Doe, WireImage)",
            [False, True, True],
        ),
        ("The orbit, drawn by an artist (Photo by John Doe for The Daily Post)", [True]),
        ("Nobody was hurt. (Photo below) It rained.", [False, False]),
        ("The mayor posted a picture (photo: city hall) of the flood.", [False]),
        # a report's page kept as one line, ending on its figure's credit: no caption
        ("A long page. " + "Word " * 70 + "(Image courtesy of the Met Office.)", [False, False]),
        # a photographer and an agency (read8: "One of two bodies removed … (C. Helgren/Reuters)")
        (
            "It rained.\n\nOne of two bodies removed on Friday. (Jane Roe/Reuters)",
            [False, True, True],
        ),
        ("The president spoke. (AP Photo/John Doe)", [True, True]),
        ("Winds reached 115 (km/h)", [False]),  # a unit, not a credit
        # tl10: a pool's credit, a credit not in brackets after a sentence, a video's stamp
        (
            "It rained.\n\nJane Roe testifies on May 15, 2013. (John Doe/AP, Pool, file)",
            [False, True, True],
        ),
        (
            "It rained.\n\nJane Roe appears in court. REUTERS/John Doe/File Photo",
            [False, True, True],
        ),
        ("It rained.\n\nTimetable of the eclipse. Credit: John Doe/Space.com", [False, True, True]),
        (
            "It rained.\n\nJane Roe reports on Aug. 11, 2018. (Published Saturday, Aug. 11, 2018)",
            [False, True, True],
        ),
        # worded as a caption: "This image provided by … shows …"
        ("This image provided by the jail shows Jane Roe on Tuesday, Sept. 25, 2018.", [True]),
        ("The band played. AC/DC fans cheered.", [False, False]),
        ("The band played. Fans loved AC/DC", [False, False]),
    ],
)
def test_a_caption_is_a_line_closed_by_a_labelled_credit(text: str, expected: list[bool]) -> None:
    from newsbrief.nlp.sentences import captioned

    article = Article(id="x", text=text)
    assert captioned(text, segment(article)) == expected
