"""JSON: articles (with the cleaned text offsets index into) and the cited summary."""

from __future__ import annotations

import json
from typing import Any

from newsbrief.types import (
    Article,
    Briefing,
    Citation,
    Disagreement,
    Entity,
    Facts,
    Figure,
    FigureReport,
    Quote,
    TimelineEvent,
)


def to_dict(briefing: Briefing) -> dict[str, Any]:
    out = {
        "title": briefing.title,
        "articles": [article_dict(a) for a in briefing.articles],
        "summary": [
            {
                "text": s.text,
                "citations": [
                    {"article": c.article_id, "start": c.start, "end": c.end} for c in s.citations
                ],
            }
            for s in briefing.summary.sentences
        ],
        "warnings": list(briefing.warnings),
        "facts": facts_dict(briefing.facts or Facts()),
    }
    if briefing.grounding is not None:  # only when an LLM wrote the summary
        g = briefing.grounding
        out["grounding"] = {
            "checked": g.checked,
            "dropped": [{"text": d.text, "reason": d.reason} for d in g.dropped],
        }
    return out


def facts_dict(facts: Facts) -> dict[str, Any]:
    """The "facts" key: figures, quotes, timeline, entities, disagreements (see README)."""
    return {
        "figures": [_figure(f) for f in facts.figures],
        "quotes": [_quote(q) for q in facts.quotes],
        "timeline": [_event(e) for e in facts.timeline],
        "entities": [_entity(e) for e in facts.entities],
        "disagreements": [_disagreement(d) for d in facts.disagreements],
    }


def _figure(f: Figure) -> dict[str, Any]:
    return {
        "about": f.about,
        "unit": f.unit,
        "window": f.window,
        "scope": f.scope,
        "confidence": f.confidence,
        "apart": f.apart,
        "reports": [_report(r) for r in f.reports],
    }


def _quote(q: Quote) -> dict[str, Any]:
    return {
        "speaker": q.speaker,
        "role": q.role,
        "text": q.text,
        "confidence": q.confidence,
        "citations": [
            {**cite, "speaker": speaker}  # the speaker this citation's article gives
            for cite, speaker in zip(_cites(q.citations), q.cited_speakers(), strict=True)
        ],
    }


def _event(e: TimelineEvent) -> dict[str, Any]:
    return {
        "date": e.date.isoformat() if e.date else None,
        "precision": e.precision,
        "inferred": e.inferred,
        "when": e.when,
        "event": e.event,
        "confidence": e.confidence,
        "citations": _cites(e.citations),
    }


def _entity(e: Entity) -> dict[str, Any]:
    return {
        "name": e.name,
        "kind": e.kind,
        "aliases": list(e.aliases),
        "articles": list(e.articles),
        "confidence": e.confidence,
        "citations": _cites(e.citations),
    }


def _disagreement(d: Disagreement) -> dict[str, Any]:
    return {
        "about": d.about,
        "unit": d.unit,
        "window": d.window,
        "scope": d.scope,
        "note": d.note,
        "confidence": d.confidence,
        "sides": [[_report(r) for r in side] for side in d.sides],
    }


def number(value: float) -> int | float:
    """A JSON number: 100000 rather than 100000.0; at most six significant decimals."""
    return int(value) if float(value).is_integer() else float(f"{value:.6g}")


def _report(r: FigureReport) -> dict[str, Any]:
    c = r.citation
    return {"value": number(r.value), "text": r.text, "article": c.article_id, "start": c.start,
            "end": c.end}  # fmt: skip


def _cites(citations: tuple[Citation, ...]) -> list[dict[str, Any]]:
    return [{"article": c.article_id, "start": c.start, "end": c.end} for c in citations]


def article_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "authors": list(article.authors),
        "text": article.text,
    }


def to_json(briefing: Briefing, *, indent: int | None = 2) -> str:
    return json.dumps(to_dict(briefing), ensure_ascii=False, indent=indent) + "\n"
