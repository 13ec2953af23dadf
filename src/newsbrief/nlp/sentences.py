"""Article -> Sentences: offsets into ``Article.text``, one paragraph at a time.

The segmenter backend (nupunkt by default) finds boundaries; two repairs follow that news text
needs: a quotation split inside (``"It is unacceptable. It is horrible," he said.``) is joined back
into one sentence, and bullets (•, -, *) are trimmed off the span.
"""

from __future__ import annotations

import re

from newsbrief.backends import Segmenter, get_segmenter
from newsbrief.types import Article, Sentence

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")  # runs of non-blank lines
_LEADING_JUNK = re.compile(r"^[\s•·▪●◦‣*–—-]+(?=\S)")
# At most this many segments are joined to close one quotation; longer quotes stay split.
_MAX_QUOTE_JOIN = 4


def segment(article: Article, *, segmenter: Segmenter | str = "nupunkt") -> tuple[Sentence, ...]:
    """Sentences of ``article`` in order; each ``text`` equals ``article.text[start:end]``."""
    backend = get_segmenter(segmenter) if isinstance(segmenter, str) else segmenter
    spans: list[tuple[int, int]] = []
    for para in _PARAGRAPH.finditer(article.text):
        base = para.start()
        raw = [(base + a, base + b) for a, b in backend.spans(para.group())]
        spans.extend(_join_quotes(article.text, _trimmed(article.text, raw)))
    return tuple(
        Sentence(article_id=article.id, index=i, start=a, end=b, text=article.text[a:b])
        for i, (a, b) in enumerate(spans)
    )


def _trimmed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for start, end in spans:
        chunk = text[start:end]
        junk = _LEADING_JUNK.match(chunk)
        lead = junk.end() if junk else len(chunk) - len(chunk.lstrip())
        tail = len(chunk) - len(chunk.rstrip())
        if end - tail > start + lead:
            out.append((start + lead, end - tail))
    return out


def quote_balance(text: str) -> int:
    """Open quotations left unclosed in ``text`` (negative: more closed than opened)."""
    curly = text.count("“") - text.count("”")
    straight = text.count('"') % 2
    return curly + straight


def _join_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        start, end = spans[i]
        j = i
        if quote_balance(text[start:end]) > 0 or _continues(text, spans, i):
            for k in range(i + 1, min(i + 1 + _MAX_QUOTE_JOIN, len(spans))):
                joined = text[start : spans[k][1]]
                if quote_balance(joined) <= 0 and not _continues(text, spans, k):
                    j = k
                    break
        out.append((start, spans[j][1]))
        i = j + 1
    return out


def _continues(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """The next segment starts in lower case: a false boundary ("he said." after a quote)."""
    if i + 1 >= len(spans):
        return False
    nxt = text[spans[i + 1][0] : spans[i + 1][1]]
    return nxt[:1].islower()
