"""Invariants of the verifier on any text: it never fails, every citation is a source sentence
inside its article, a supported sentence has nothing unsupported, and the verdict on one
sentence does not depend on the others checked with it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief.config import Settings
from newsbrief.nlp.sentences import segment
from newsbrief.types import Article
from newsbrief.verify import verify_sentences

ARTICLES = [
    Article(
        id="a",
        text="Floods forced 2,000 residents of Riverton to leave their homes on Monday.\n\n"
        "The mayor, Ana Ruiz, said the bridge was closed until further notice.",
    ),
    Article(
        id="b",
        text="About 2,000 Riverton residents fled as floods hit the town.\n\n"
        "Rain is expected to continue through the week, forecasters said.",
    ),
]
SENTENCES = [segment(a) for a in ARTICLES]
WORDS = "floods forced 2,000 1,200 residents Riverton Monday Friday mayor Ana Ruiz bridge".split()
TEXTS = st.one_of(
    st.text(max_size=120),
    st.lists(st.sampled_from([*WORDS, "the", "of", "and", "not", "."]), max_size=16).map(" ".join),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXTS, min_size=1, max_size=4))
def test_any_text_gets_a_verdict_with_citations_inside_the_articles(texts: list[str]) -> None:
    out = verify_sentences(texts, ARTICLES, SENTENCES, settings=Settings())
    assert [c.text for c in out] == texts
    spans = {(s.article_id, s.start, s.end) for group in SENTENCES for s in group}
    for checked in out:
        assert 0.0 <= checked.score <= 1.0
        assert all((c.article_id, c.start, c.end) in spans for c in checked.citations)
        if checked.supported:
            assert checked.unsupported == () and checked.reason == "" and checked.citations
        else:
            assert checked.reason
    alone = [verify_sentences([t], ARTICLES, SENTENCES, settings=Settings())[0] for t in texts]
    assert alone == list(out)
