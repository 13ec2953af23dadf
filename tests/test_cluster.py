"""Incremental story clustering and near-duplicates, on tiny hand-made articles."""

from __future__ import annotations

import pytest

from newsbrief.cluster import StoryIndex, features, jaccard, minhash
from newsbrief.eval.cluster_metrics import adjusted_rand, bcubed

QUAKE = [
    "A strong earthquake struck central Italy near Amatrice on Wednesday, killing dozens of "
    "people and flattening homes. Rescuers dug through rubble in Amatrice as aftershocks shook "
    "the Apennine mountains. Italy's prime minister Matteo Renzi visited the quake zone.",
    "Rescuers in Amatrice searched the rubble for survivors after the earthquake in central "
    "Italy. The death toll rose as aftershocks rattled the mountain towns. Renzi promised help "
    "to the Apennine villages flattened by the quake.",
]
ELECTION = [
    "Voters in Iceland went to the polls on Saturday in a parliamentary election after the "
    "Panama Papers scandal toppled the prime minister. The Pirate Party led opinion polls in "
    "Reykjavik before the vote.",
    "Iceland's Pirate Party made gains in the parliamentary election held after the Panama "
    "Papers revelations forced the prime minister out. Counting in Reykjavik went on overnight "
    "as the polls closed.",
]


def cluster(texts: list[str]) -> list[int]:
    index = StoryIndex()
    return [index.decide(i, features(t)).story for i, t in enumerate(texts, 1)]


def test_articles_about_one_event_share_a_story_and_others_do_not() -> None:
    stories = cluster([QUAKE[0], ELECTION[0], QUAKE[1], ELECTION[1]])
    assert stories[0] == stories[2]
    assert stories[1] == stories[3]
    assert stories[0] != stories[1]


def test_clustering_is_deterministic_for_an_order() -> None:
    texts = [ELECTION[1], QUAKE[0], ELECTION[0], QUAKE[1]]
    assert cluster(texts) == cluster(texts)


def test_a_lightly_edited_copy_is_a_near_duplicate() -> None:
    copy = QUAKE[0].replace("Wednesday", "Wednesday morning") + " (Reuters)"
    index = StoryIndex()
    first = index.decide(1, features(QUAKE[0]))
    second = index.decide(2, features(copy))
    assert second.duplicate_of == 1
    assert second.story == first.story
    assert index.decide(3, features(QUAKE[1])).duplicate_of is None


def test_minhash_estimates_shingle_overlap() -> None:
    assert jaccard(minhash(QUAKE[0]), minhash(QUAKE[0])) == 1.0
    assert jaccard(minhash(QUAKE[0]), minhash(ELECTION[0])) < 0.2


def test_bcubed_and_ari_of_a_perfect_and_a_lumped_clustering() -> None:
    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    assert bcubed(gold, gold) == (1.0, 1.0, 1.0)
    assert adjusted_rand(gold, gold) == 1.0
    lumped = dict.fromkeys(gold, "z")
    precision, recall, _ = bcubed(lumped, gold)
    assert (precision, recall) == (0.5, 1.0)
    assert adjusted_rand(lumped, gold) == 0.0


def test_idf_is_sane_from_the_first_article() -> None:
    """With a background prior, a common word counts for little and a rare name for much even
    before the library has seen many articles (IDF from two articles alone cannot tell)."""
    index = StoryIndex()
    first = features(QUAKE[0])
    index.decide(1, first)
    idf = index._idfs({"peopl": 1.0, "amatric": 1.0})
    assert "peopl" in first.terms and "amatric" in first.terms  # both seen in one of one article
    assert idf["amatric"] > 2 * idf["peopl"]


def test_word_frequencies_are_wordfreqs_ascii_words_in_its_order() -> None:
    wordfreq = pytest.importorskip("wordfreq")  # not a dependency: the list ships in data/
    from newsbrief.cluster import word_frequencies

    theirs = wordfreq.get_frequency_dict("en", wordlist="small")
    ascii_words = [(w, f) for w, f in theirs.items() if w.isascii() and w.isalpha()]
    assert list(word_frequencies().items()) == ascii_words


def test_shipped_word_list_and_its_notice() -> None:
    from importlib.resources import files

    from newsbrief.cluster import word_frequencies

    frequencies = word_frequencies()
    assert len(frequencies) == 28001
    assert frequencies["the"] == 10 ** (-127 / 100)
    assert frequencies["aleppo"] == 10 ** (-544 / 100)
    values = list(frequencies.values())
    assert values == sorted(values, reverse=True)  # commonest first, as wordfreq stores them
    notice = files("newsbrief").joinpath("data", "NOTICE").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in notice and "wordfreq 3.1.1" in notice
