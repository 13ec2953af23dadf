"""Verification -> text: what ``newsbrief verify`` prints. Markdown (each sentence with its
verdict and source markers), JSON (the articles as ``brief`` gives them, and each sentence with
its citations and the numbers, names and dates not found), and one self-contained HTML page
(unsupported words marked, every citation linking to its passage; all text escaped by Jinja2's
autoescaping: article text is hostile)."""

from __future__ import annotations

import json
import re
from typing import Any

from newsbrief.render.common import template
from newsbrief.render.json import article_dict
from newsbrief.render.markdown import source_line
from newsbrief.types import Article, CheckedSentence, Verification


def _numbers(v: Verification) -> dict[str, int]:
    return {a.id: n for n, a in enumerate(v.articles, 1)}


def _marks(v: Verification, s: CheckedSentence) -> str:
    numbers = _numbers(v)
    return "".join(f"[{n}]" for n in dict.fromkeys(numbers[c.article_id] for c in s.citations))


def to_markdown(verification: Verification) -> str:
    v = verification
    lines = [
        "# Verification",
        "",
        f"_{v.supported} of {len(v.sentences)} sentence{'s' * (len(v.sentences) != 1)} "
        f"supported by {len(v.articles)} article{'s' * (len(v.articles) != 1)}._",
        "",
    ]
    for s in v.sentences:
        if s.supported:
            lines.append(f"- **supported**: {s.text} {_marks(v, s)}")
        else:
            closest = f" (closest: {_marks(v, s)})" if s.citations else ""
            lines.append(f"- **NOT SUPPORTED**: {s.text} — {s.reason}{closest}")
    if not v.sentences:
        lines.append("_The summary has no sentence to check._")
    lines += ["", "## Sources", ""]
    lines += [f"{n}. {source_line(a)}" for n, a in enumerate(v.articles, 1)]
    if v.warnings:
        lines += ["", "## Warnings", ""] + [f"- {w}" for w in v.warnings]
    return "\n".join(lines) + "\n"


def to_dict(verification: Verification) -> dict[str, Any]:
    return {
        "articles": [article_dict(a) for a in verification.articles],
        "sentences": [
            {
                "text": s.text,
                "supported": s.supported,
                "citations": [
                    {"article": c.article_id, "start": c.start, "end": c.end} for c in s.citations
                ],
                "unsupported": list(s.unsupported),
                "score": s.score,
                "reason": s.reason,
            }
            for s in verification.sentences
        ],
        "warnings": list(verification.warnings),
    }


def to_json(verification: Verification, *, indent: int | None = 2) -> str:
    return json.dumps(to_dict(verification), ensure_ascii=False, indent=indent) + "\n"


def marked_pieces(text: str, unsupported: tuple[str, ...]) -> list[tuple[str, bool]]:
    """``text`` as (piece, unsupported?) pieces: each unsupported number, name or date marked
    where it occurs as a whole word."""
    if not unsupported:
        return [(text, False)]
    words = "|".join(re.escape(u) for u in sorted(set(unsupported), key=len, reverse=True))
    out: list[tuple[str, bool]] = []
    pos = 0
    for m in re.finditer(rf"(?<!\w)(?:{words})(?!\w)", text):
        if m.start() > pos:
            out.append((text[pos : m.start()], False))
        out.append((m.group(), True))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def _article_pieces(article: Article, spans: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """The article text as plain and cited pieces (cited ones carry an anchor)."""
    out: list[dict[str, Any]] = []
    pos = 0
    for start, end in sorted(set(spans)):
        if start < pos:
            continue
        if start > pos:
            out.append({"text": article.text[pos:start], "anchor": None})
        out.append({"text": article.text[start:end], "anchor": f"{article.id}-{start}"})
        pos = end
    if pos < len(article.text):
        out.append({"text": article.text[pos:], "anchor": None})
    return out


def to_html(verification: Verification) -> str:
    v = verification
    numbers = _numbers(v)
    spans: dict[str, list[tuple[int, int]]] = {a.id: [] for a in v.articles}
    sentences = []
    for s in v.sentences:
        for c in s.citations:
            spans[c.article_id].append((c.start, c.end))
        sentences.append(
            {
                "supported": s.supported,
                "pieces": marked_pieces(s.text, s.unsupported),
                "reason": s.reason,
                "links": [
                    (numbers[c.article_id], f"{c.article_id}-{c.start}") for c in s.citations
                ],
            }
        )
    articles = [
        {
            "number": numbers[a.id],
            "line": source_line(a).replace("**", ""),
            "pieces": _article_pieces(a, spans[a.id]),
        }
        for a in v.articles
    ]
    return str(template("verification.html").render(v=v, sentences=sentences, articles=articles))
