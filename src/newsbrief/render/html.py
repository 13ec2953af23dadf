"""HTML: one self-contained page (inline CSS and a few lines of JS, no external requests).

Each citation marker links to the exact passage in the article text shown beside the summary;
clicking a summary sentence highlights every passage that supports it. All text is escaped by
Jinja2's autoescaping.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsbrief.render.common import markers, source_numbers, template
from newsbrief.render.facts_html import fact_spans, facts_view
from newsbrief.render.markdown import source_line
from newsbrief.types import Article, Briefing


@dataclass(frozen=True, slots=True)
class _Piece:
    text: str
    anchor: str | None  # id of a cited passage, None for plain text
    sentences: str  # space-separated indices of the summary sentences citing it


def passage_id(number: int, start: int) -> str:
    return f"p{number}-{start}"


def _pieces(article: Article, number: int, cited: dict[tuple[int, int], list[int]]) -> list[_Piece]:
    out: list[_Piece] = []
    pos = 0
    for (start, end), sentence_ids in sorted(cited.items()):
        if start < pos:  # overlapping spans cannot happen for sentence spans; be safe anyway
            continue
        if start > pos:
            out.append(_Piece(article.text[pos:start], None, ""))
        ids = " ".join(str(i) for i in sentence_ids)
        out.append(_Piece(article.text[start:end], passage_id(number, start), ids))
        pos = end
    if pos < len(article.text):
        out.append(_Piece(article.text[pos:], None, ""))
    return out


def to_html(briefing: Briefing) -> str:
    numbers = source_numbers(briefing)
    cited: dict[str, dict[tuple[int, int], list[int]]] = {a.id: {} for a in briefing.articles}
    summary = []
    for k, sentence in enumerate(briefing.summary.sentences):
        links = []
        for c in sentence.citations:
            cited[c.article_id].setdefault((c.start, c.end), []).append(k)
            links.append((numbers[c.article_id], passage_id(numbers[c.article_id], c.start)))
        first_link: dict[int, str] = {}
        for n, anchor in links:
            first_link.setdefault(n, anchor)
        summary.append(
            {
                "text": sentence.text,
                "links": [(n, first_link[n]) for n in markers(briefing, sentence.citations)],
            }
        )
    marked = fact_spans(briefing, cited)
    articles = [
        {
            "number": numbers[a.id],
            "source": a.source,
            "title": a.title,
            "line": source_line(a).replace("**", ""),
            "meta": " — ".join(
                x
                for x in (
                    a.source,
                    a.published.date().isoformat() if a.published else "",
                    "by " + ", ".join(a.authors) if a.authors else "",
                )
                if x
            ),
            "url": a.url if a.url and a.url.lower().startswith(("http://", "https://")) else None,
            "paragraphs": _paragraphs(_pieces(a, numbers[a.id], cited[a.id])),
        }
        for a in briefing.articles
    ]
    facts = facts_view(briefing, marked, numbers, passage_id)
    return str(
        template("briefing.html").render(
            briefing=briefing, summary=summary, articles=articles, facts=facts
        )
    )


def _paragraphs(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Split pieces at blank lines so each paragraph renders as a <p>."""
    paragraphs: list[list[_Piece]] = [[]]
    for piece in pieces:
        if piece.anchor is not None:
            paragraphs[-1].append(piece)
            continue
        parts = piece.text.split("\n\n")
        for i, part in enumerate(parts):
            if i:
                paragraphs.append([])
            if part:
                paragraphs[-1].append(_Piece(part, None, ""))
    return [p for p in paragraphs if p]
