"""The reader-level facts scorer (newsbrief.facts.seen): each rule on a hand-built story."""

from __future__ import annotations

from typing import Any

from newsbrief.facts.seen import score
from newsbrief.types import (
    Article,
    Citation,
    Disagreement,
    Entity,
    Facts,
    Figure,
    FigureReport,
    Quote,
)

ARTICLES = [Article(id="x", text="one"), Article(id="y", text="two")]
X, Y = Citation("x", 0, 3), Citation("y", 0, 3)
GOLD: dict[str, Any] = {
    "entities": [
        {"name": "Elon Musk", "kind": "person", "aliases": ["Musk"], "articles": [0, 1]},
        {"name": "Tesla", "kind": "organisation", "aliases": [], "articles": [0, 1]},
        {"name": "Palo Alto", "kind": "place", "aliases": [], "articles": [1]},
    ],
    "quotes": [
        {"article": 0, "first_words": "We are going private", "speaker": "Elon Musk"},
        {"article": 1, "first_words": "It was a shock", "speaker": None},
        {"article": 1, "first_words": "The board will review", "speaker": "Tesla"},
    ],
    "figures": [
        {"article": 0, "text": "$420 a share", "value": 420, "counts": "price per share",
         "event": "offered", "window": None, "scope": None},
        {"article": 1, "text": "three people hurt", "value": 3, "counts": "people",
         "event": "hurt", "window": None, "scope": None},
        {"article": 0, "text": "four people were shot", "value": 4, "counts": "people",
         "event": "shot", "window": None, "scope": None},
    ],
    "conflicts": [{"about": "people hurt", "sides": [[1, "three people hurt"],
                                                    [0, "four people were shot"]]}],
}  # fmt: skip


def entity(name: str, kind: str, confidence: float = 1.0) -> Entity:
    return Entity(name, kind, (), (X,), confidence)


def test_entities_need_name_and_kind_once_and_shown() -> None:
    facts = Facts(
        entities=(
            entity("Elon Musk", "person"),
            entity("Musk", "person"),  # not merged: a second entity for one person
            entity("Tesla", "place"),  # wrong kind
            entity("The Palo Alto", "place"),
            entity("Breaking News Emails Get", "organisation", confidence=0.3),  # not shown
        )
    )
    report = score(facts, ARTICLES, GOLD)
    counts = report.counts["entities"]
    assert (counts.matched, counts.found, counts.gold) == (2, 4, 3)
    wide = report.counts["entities named in 2+ articles"]
    assert (wide.matched, wide.gold) == (2, 2)  # named, though Tesla's kind is wrong
    assert any("'Musk'" in w and "taken" in w for w in report.wrong)


def test_speakers_are_judged_per_article_by_alias_or_surname() -> None:
    quotes = (
        Quote("Musk", None, "We are going private at $420", (X,)),
        Quote("a witness", None, "It was a shock to everyone", (Y,)),  # gold: no speaker
        Quote(None, None, "The board will review the offer", (Y,)),  # unattributed: a miss
        Quote("Musk", None, "Something nobody labelled here", (Y,)),  # not judged
    )
    report = score(Facts(quotes=quotes), ARTICLES, GOLD)
    counts = report.counts["speakers"]
    assert (counts.matched, counts.found, counts.gold) == (1, 2, 2)
    per_citation = score(
        Facts(quotes=(Quote("Elon", None, "We are going private", (X,)),)),
        ARTICLES,
        GOLD,
        speakers=lambda q: ["Mr. Musk"],
    )
    assert per_citation.counts["speakers"].matched == 1


def test_gold_article_numbers_are_document_indices_past_a_dropped_document() -> None:
    # a cluster read by batch.read_cluster: ids are document indices; document 1 was dropped
    # as boilerplate, so the second article is the gold's article 2, not 1
    articles = [Article(id="0", text="one"), Article(id="2", text="two")]
    gold = {"quotes": [{"article": 2, "first_words": "It was a shock", "speaker": "Ada Roe"}]}
    quotes = (Quote("Ada Roe", None, "It was a shock to all", (Citation("2", 0, 3),)),)
    counts = score(Facts(quotes=quotes), articles, gold).counts["speakers"]
    assert (counts.matched, counts.found, counts.gold) == (1, 1, 1)


def test_figure_labels_strict_and_lenient() -> None:
    def figure(about: str, text: str, value: float, cite: Citation) -> Figure:
        return Figure(about, None, (FigureReport(value, text, cite),))

    facts = Facts(
        figures=(
            figure("price per share offered", "$420", 420, X),  # right
            figure("people root", "three", 3, Y),  # shares "people" only: lenient
            figure("pairs", "four", 4, X),  # wrong
            figure("people", "five", 5, X),  # matches no gold figure: not judged
        )
    )
    report = score(facts, ARTICLES, GOLD)
    strict = report.counts["figure labels (strict)"]
    lenient = report.counts["figure labels (lenient)"]
    assert (strict.matched, strict.found) == (1, 3)
    assert (lenient.matched, lenient.found) == (2, 3)


def test_disagreements_must_hold_both_sides_of_a_gold_conflict() -> None:
    three, four = FigureReport(3, "three", Y), FigureReport(4, "four", X)
    genuine = Disagreement("people hurt", None, ((three,), (four,)), "")
    false = Disagreement("board", None, ((FigureReport(2, "Two", X),), (four,)), "")
    doubtful = Disagreement("people", None, ((three,), (four,)), "", confidence=0.1)
    report = score(Facts(disagreements=(genuine, false, doubtful)), ARTICLES, GOLD)
    counts = report.counts["disagreements"]
    assert (counts.matched, counts.found, counts.gold) == (1, 2, 1)
    missed = score(Facts(), ARTICLES, GOLD)
    assert missed.counts["disagreements"].recall == 0.0 and missed.missed


def test_a_conflict_may_list_every_mention_of_every_side() -> None:
    """Set 3 lists a conflict's mentions flat; their gold figures' values tell the sides apart:
    two mentions of one value on the disagreement's two sides are not the conflict."""
    figures = [
        {"article": 0, "text": "ten were wounded", "value": 10, "counts": "people",
         "event": "wounded", "window": None, "scope": None},
        {"article": 1, "text": "ten people wounded", "value": 10, "counts": "people",
         "event": "wounded", "window": None, "scope": None},
        {"article": 1, "text": "eight wounded", "value": 8, "counts": "people",
         "event": "wounded", "window": None, "scope": None},
    ]  # fmt: skip
    sides = [[0, "ten were wounded"], [1, "ten people wounded"], [1, "eight wounded"]]
    gold = {**GOLD, "figures": figures, "conflicts": [{"about": "wounded", "sides": sides}]}
    ten_x, ten_y = FigureReport(10, "ten", X), FigureReport(10, "ten", Y)
    eight = FigureReport(8, "eight", Y)
    genuine = Disagreement("people wounded", None, ((ten_x,), (eight,)), "")
    same_value = Disagreement("people wounded", None, ((ten_x,), (ten_y,)), "")
    assert (
        score(Facts(disagreements=(genuine,)), ARTICLES, gold).counts["disagreements"].matched == 1
    )
    assert (
        score(Facts(disagreements=(same_value,)), ARTICLES, gold).counts["disagreements"].matched
        == 0
    )


def test_a_label_may_name_the_gold_event_by_its_kind() -> None:
    # gold: "three people hurt" (event "hurt"), "four people were shot" (event "shot")
    facts = Facts(
        figures=(
            Figure("people injured", None, (FigureReport(3, "three", Y),)),
            Figure("people injured", None, (FigureReport(4, "four", X),)),
            Figure("people killed", None, (FigureReport(4, "four", X),)),  # another kind
        )
    )
    strict = score(facts, ARTICLES, GOLD).counts["figure labels (strict)"]
    assert (strict.matched, strict.found) == (2, 3)


def test_a_report_is_matched_to_the_gold_figure_of_its_own_sentence() -> None:
    articles = [Article(id="x", text="Two people died. It has two warehouses.")]
    gold: dict[str, Any] = {
        "figures": [
            {"article": 0, "text": "two warehouses", "value": 2, "counts": "warehouses"},
            {"article": 0, "text": "Two people died", "value": 2, "counts": "people",
             "event": "died"},
        ]
    }  # fmt: skip
    cite = Citation("x", 0, 16)  # "Two people died."
    facts = Facts(figures=(Figure("people killed", None, (FigureReport(2, "Two", cite),)),))
    assert score(facts, articles, gold).counts["figure labels (strict)"].matched == 1


def test_two_equal_numbers_of_one_sentence_and_a_percents_share() -> None:
    text = "She killed three people and wounded three others. Some 86% of investors agreed."
    articles = [Article(id="x", text=text)]
    gold: dict[str, Any] = {
        "figures": [
            {"article": 0, "text": "killed three people", "value": 3, "counts": "people",
             "event": "killed"},
            {"article": 0, "text": "wounded three others", "value": 3, "counts": "people",
             "event": "wounded"},
            {"article": 0, "text": "86%", "value": 86, "counts": "investors"},
        ]
    }  # fmt: skip
    first, second = Citation("x", 0, 50), Citation("x", 51, len(text))
    facts = Facts(
        figures=(
            Figure("people injured", None, (FigureReport(3, "three", first),)),
            Figure("share", "%", (FigureReport(86, "86%", second),), scope="of investors"),
        )
    )
    strict = score(facts, articles, gold).counts["figure labels (strict)"]
    assert (strict.matched, strict.found) == (2, 2)


def test_a_labels_window_is_judged_by_the_day_the_gold_window_dates() -> None:
    articles = [Article(id="x", text="As of June 7, 20 animals have tested positive.")]
    gold: dict[str, Any] = {
        "figures": [
            {"article": 0, "text": "20 animals", "value": 20, "counts": "animals",
             "window": "2017 to 2017-06-07"},
        ]
    }  # fmt: skip
    cite = Citation("x", 0, len(articles[0].text))

    def strict(window: str) -> int:
        figure = Figure("animals", None, (FigureReport(20, "20", cite),), window=window)
        return (
            score(Facts(figures=(figure,)), articles, gold).counts["figure labels (strict)"].matched
        )

    assert strict("as of June 7") == 1
    assert strict("on Wednesday") == 1  # 2017-06-07 was a Wednesday
    assert strict("in April") == 0
    assert strict("on Friday") == 0
