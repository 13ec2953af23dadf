"""JSON: articles (with the cleaned text offsets index into) and the cited summary."""

from __future__ import annotations

import json
from typing import Any

from newsbrief.types import Article, Briefing


def to_dict(briefing: Briefing) -> dict[str, Any]:
    return {
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
    }


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
