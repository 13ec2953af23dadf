"""Markdown: title, the summary with source markers like [1][3], then the numbered sources."""

from __future__ import annotations

from newsbrief.render import markers
from newsbrief.types import Article, Briefing


def to_markdown(briefing: Briefing) -> str:
    lines = [f"# {briefing.title}", ""]
    outlets = len({a.source for a in briefing.articles})
    lines.append(
        f"_Briefing of {len(briefing.articles)} article{'s' * (len(briefing.articles) != 1)}"
        f" from {outlets} source{'s' * (outlets != 1)}, {briefing.summary.words} words._"
    )
    lines.append("")
    for sentence in briefing.summary.sentences:
        marks = "".join(f"[{n}]" for n in markers(briefing, sentence.citations))
        lines.append(f"{sentence.text} {marks}")
        lines.append("")
    if not briefing.summary.sentences:
        lines += ["_No sentence could be extracted._", ""]
    lines += ["## Sources", ""]
    for n, article in enumerate(briefing.articles, 1):
        lines.append(f"{n}. {source_line(article)}")
    return "\n".join(lines) + "\n"


def source_line(article: Article) -> str:
    parts = [f"**{article.source}**"]
    if article.title:
        parts.append(f"“{article.title}”")
    if article.published:
        parts.append(article.published.date().isoformat())
    if article.authors:
        parts.append("by " + ", ".join(article.authors))
    if article.url:
        parts.append(f"<{article.url}>")
    return " — ".join(parts)
