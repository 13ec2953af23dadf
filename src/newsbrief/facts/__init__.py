"""Articles -> facts that cut across outlets: figures, quotes, timeline, entities and
disagreements, each cited to the exact passage ``(article id, start, end)`` of ``Article.text``.

Figures, quotes and the timeline are read with regular expressions and word lists
(``lexicon``), so they cost about as much as the summary; entities use the recogniser named by
``Settings.entities``.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbrief.config import Settings
from newsbrief.facts.disagreements import disagreements
from newsbrief.facts.entities import entities
from newsbrief.facts.figures import figures, find_quantities
from newsbrief.facts.quotes import quotes
from newsbrief.facts.speaker_check import checked_speakers
from newsbrief.facts.timeline import timeline
from newsbrief.types import Article, Facts, Sentence

__all__ = ["extract_facts"]


def extract_facts(
    articles: Sequence[Article],
    sentences: Sequence[Sequence[Sentence]],
    *,
    settings: Settings | None = None,
) -> Facts:
    """Every fact of the story; ``sentences[i]`` are the sentences of ``articles[i]``. Entities
    are found by the recogniser ``settings.entities`` names."""
    settings = settings or Settings()
    quantities = find_quantities(articles, sentences)
    found_quotes = quotes(articles, sentences)
    speakers = [q.speaker for q in found_quotes if q.speaker]
    found_entities = entities(articles, recogniser=settings.entities, speakers=speakers)
    return Facts(
        figures=figures(quantities, articles),
        quotes=checked_speakers(found_quotes, found_entities),
        timeline=timeline(articles, sentences),
        entities=found_entities,
        disagreements=disagreements(quantities, articles),
    )
