"""Trimmed summary sentences: the asides cut, the facts in brackets kept, the budget counting the
words shown and the citation still the whole source sentence."""

from __future__ import annotations

import pytest

from newsbrief.config import Settings
from newsbrief.nlp.sentences import segment
from newsbrief.summarize import core, summarize
from newsbrief.summarize.trim import trimmed
from newsbrief.types import Article

CUT = [
    (
        "Update: The council said late Wednesday that the bridge will reopen on Friday.",
        "The council said late Wednesday that the bridge will reopen on Friday.",
    ),
    (
        "Authorities sent 23-year-old Paul Ciancia (see-AHN'-see-uh) there after the shooting.",
        "Authorities sent 23-year-old Paul Ciancia there after the shooting.",
    ),
    (
        'It is caused by bacteria called Pseudomonas aeruginosa (say "soo-duh-MOH-nuss").',
        "It is caused by bacteria called Pseudomonas aeruginosa.",
    ),
    (
        "Gowdy had urged Devin Nunes (above) to share the memo.",
        "Gowdy had urged Devin Nunes to share the memo.",
    ),
    (
        "BAKERSFIELD, Calif. (CN) - A company fired an employee, the woman claims.",
        "BAKERSFIELD, Calif. - A company fired an employee, the woman claims.",
    ),
    (
        "The trail stretches 2,650 miles (4,264 kilometers) through three states.",
        "The trail stretches 2,650 miles through three states.",
    ),
    (
        "The piece was 18 meters (59 feet) long and 5.4 meters (18 feet) wide.",
        "The piece was 18 meters long and 5.4 meters wide.",
    ),
    (
        "Shareholders would be offered $420 (£326) per share.",
        "Shareholders would be offered $420 per share.",
    ),
    (
        "The blasts struck just before 7 a.m. (0400 GMT) near the square.",
        "The blasts struck just before 7 a.m. near the square.",
    ),
    ("It is only 2.2 cm (less than an inch) long.", "It is only 2.2 cm long."),
    ("The court upheld Nestle's (NESN.S) trademark.", "The court upheld Nestle's trademark."),
    (
        "The girl had no heart problems, the Star-Advertiser (http://ow.ly/uPJl4 ) reported.",
        "The girl had no heart problems, the Star-Advertiser reported.",
    ),
]

KEPT = [
    "Update, 22 April: The court hearing has been moved back from 6 May to 27 May.",
    "Sen. John McCain (R-Ariz.) said Wednesday night he will vote no.",
    "The Centers for Disease Control and Prevention (CDC) is warning parents.",
    "Bryan Singer's lawyer Marty Singer (no relation) has denied the claims.",
    "They will join the group of men and women (two are female) awaiting execution.",
    # a sum in a currency the reader may not know is worth what the dollars say
    "A villager has been compensated 520,000 yuan ($83,000) after the attack.",
    "Pichai's award is worth more than the £130m ($187m) Google agreed to pay.",
    # a telephone number, a list's item, a length that is no conversion
    "Call the Homicide Bureau at (323) 890-5500 with any information.",
    "The rules cover (3) the storage of the samples.",
    "The 10-foot-long (3 meters) probe will pass the sun.",
    # an editor's mark and a name in brackets stay
    'He wrote, "if you know what i (sic) mean?" after the comment.',
    "The gypsy woman Maleva (Geraldine Chaplin) sutures the wound.",
]


@pytest.mark.parametrize(("text", "expected"), CUT)
def test_asides_are_cut(text: str, expected: str) -> None:
    assert trimmed(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_facts_in_brackets_stay(text: str) -> None:
    assert trimmed(text) == text


def test_a_cut_that_would_open_on_no_capital_is_not_made() -> None:
    assert trimmed("(AP) the wire's lower-case opening.") == "(AP) the wire's lower-case opening."


GUIDE = "Authorities charged Paul Ciancia (see-AHN'-see-uh) with murder after the airport shooting."
STORY = [
    Article(id="a", text=f"{GUIDE}\n\nA bakery nearby stayed open late on Friday.", source="a"),
    Article(
        id="b",
        text="Paul Ciancia was charged with murder after the airport shooting, officials said.",
        source="b",
    ),
]


def _summary(words: int, monkeypatch: pytest.MonkeyPatch, *, trim: bool = True) -> list[str]:
    monkeypatch.setattr(core, "_TRIM", trim)
    out = summarize(STORY, [segment(a) for a in STORY], settings=Settings(words=words))
    for item in out.sentences:  # the citation is the whole source sentence, the aside included
        first = item.citations[0]
        cited = next(a for a in STORY if a.id == first.article_id).text[first.start : first.end]
        assert (trimmed(cited) if trim else cited) == item.text
    return [s.text for s in out.sentences]


def test_the_summary_shows_the_trimmed_sentence_and_counts_its_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = trimmed(GUIDE)
    assert shown == "Authorities charged Paul Ciancia with murder after the airport shooting."
    words = len(shown.split())  # 11: the sentence whole is 12, more than the budget
    assert _summary(words, monkeypatch) == [shown]
    # untrimmed, the 12-word sentence does not fit: it is not shown, or only as the summary that
    # is never empty (``extractive.alone``), over the budget
    untrimmed = _summary(words, monkeypatch, trim=False)
    assert GUIDE not in untrimmed or (untrimmed == [GUIDE] and len(GUIDE.split()) > words)
