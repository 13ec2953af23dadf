"""Repairs of a line of text that copying broke: a newswire's underscore for a dash, sentences
glued together where a paragraph break was lost, and a report's reference numbers (used by
``newsbrief.clean``)."""

from __future__ import annotations

import re

# Newswire archives (the LDC's AP and New York Times text, as in the DUC benchmarks) write a dash
# as an underscore: "PHNOM PENH, Cambodia (AP) _ Cambodia's…", "WASHINGTON _ The…", "the rebels _
# who…". As a dash, the datelines are cut like any other and a reader sees a dash.
_WIRE_DASH = re.compile(r"(?<=\S) _(?= |$)")


def wire_dashes(line: str) -> str:
    return _WIRE_DASH.sub(" —", line) if " _" in line else line


# Two sentences glued where a paragraph break was lost: "…with her circumstances.Oakleigh had
# grown…", "…an agency spokeswoman said.Cosme brought…" (90 in the dev set, every one a
# boundary the segmenter cannot see without the space). "Yahoo!News" and "iPhone.The" are no
# such join: the word before the stop is all lower case.
_GLUED = re.compile(r"\b([a-z]{3,}[.!?])(?=[A-Z][a-z]{2,}\b)")
# What every such join holds: a stop right before a capital. It is looked for first (a regex
# that starts at a rare character skips ahead fast; _GLUED tries every word boundary of the
# line): one line in twenty has one, and cleaning the dev set took a third less time.
_STOP_CAPITAL = re.compile(r"[.!?][A-Z]")


# The same join at a quotation mark: "…a little bit of jealousy, like well.”Dan Noyes also spoke
# …" (the next sentence then reads as the quote's attribution), "…on Wednesday.“He was proud"
# (in the dev set: 41 lines). A straight mark closes a quotation when an odd number of them comes
# before it on the line, else it opens one.
_GLUED_QUOTE = re.compile(r"\b([a-z]{2,}[.!?])([\"“”])(?=[A-Z])")
_STOP_QUOTE_CAPITAL = re.compile(r"[.!?][\"“”][A-Z]")


def unglued(line: str) -> str:
    if _STOP_QUOTE_CAPITAL.search(line):
        line = _GLUED_QUOTE.sub(lambda m: _spaced(m, line), line)
    return _GLUED.sub(r"\1 ", line) if _STOP_CAPITAL.search(line) else line


def _spaced(m: re.Match[str], line: str) -> str:
    stop, mark = m.group(1), m.group(2)
    closes = mark == "”" or (mark == '"' and line.count('"', 0, m.start(2)) % 2 == 1)
    return f"{stop}{mark} " if closes else f"{stop} {mark}"


# A scientific report's reference number at the end of a clause, after a word or a bracket:
# "… acute limb weakness among children (1). Most patients …", "(3,4)", "(5–7)", "enterovirus
# D68 (EV-D68) (2)." (a CDC report in the dev set: 3 lines); not a telephone's area code, "at
# (323) 890-5500", a list's "(3) the …" or "Vitamin D (25) levels". Shown in a briefing, a
# reader takes it for the briefing's own source marker [1].
_REFERENCE = re.compile(r"(?<=[\w)]) \(\d{1,3}(?:[,–-]\d{1,3})*\)(?=[.,;:])")


def reference_marks(line: str) -> str:
    return _REFERENCE.sub("", line) if ")" in line else line


# A photo's credit in brackets run between its caption and the text (a broadcaster's pages:
# "Vinay Chopra, a former Apotex worker. (CBC) Paul Godfrey, CEO of Postmedia, also …",
# "Postmedia CEO Paul Godfrey. (Sean Kilpatrick/Canadian Press) "Honey always got her way …"):
# the caption read as the text's, its name as the speaker of the quote that follows (read8: a
# mayor's and a friend's words given to the wrong men). A credit: capitalised words, a slash
# between a photographer and an agency; 10 in the dev set, all credits.
_CREDIT = r"[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|of|for|and))*"
_FUSED_CREDIT = re.compile(rf"(?<=[.!?”\"]) \({_CREDIT}(?: ?/ ?{_CREDIT})*\) (?=[A-Z\"“])")
_MAX_CAPTION_WORDS = 35


def uncaptioned(line: str) -> list[str]:
    """``line`` cut after each credit run into it; the first caption and its credit dropped
    when they are all the line holds before it (at most 35 words). A longer part keeps its
    credit at its end, where cleaning reads a caption's credit (``clean._ends_with_credit``)."""
    parts, start = [], 0
    for m in _FUSED_CREDIT.finditer(line):
        if start or len(line[: m.start()].split()) > _MAX_CAPTION_WORDS:
            parts.append(line[start : m.end() - 1])
        start = m.end()
    return [*parts, line[start:]]


# A caption with its labelled credit at its end, on a line of its own: "Matt Damon attends a
# screening in New York. Photograph: Evan Agostini/Invision/AP", "… Photo: Pete Brook" (6 dev
# lines, all captions; the credit's agency was read as one of the story's organisations).
_LABELLED_CREDIT_END = re.compile(
    r"(?<=[.!?”\"]) (?:photograph|photo|image|illustration)s?: [^.]{2,80}$", re.IGNORECASE
)


# A Gannett page's photo furniture ("Buy Photo", a button's text): a slideshow's captions and
# credits run into one line that ends "Buy Photo Wait 1 second to continue." (4 dev lines, all
# captions), or a caption opened by the button and closed by its credit, run into the page's
# "Story Highlights" ("Buy Photo Workers cover up the name … (Photo: Andrew Nelles / The
# Tennessean)Buy Photo Story Highlights Confederate Memorial Hall opened 1935 …": the caption
# was a briefing's title and lead sentence).
_SLIDESHOW = re.compile(r"\bBuy Photo Wait \d+ seconds? to continue\.?$")
_BUY_PHOTO = re.compile(r"\s*Buy Photo\s*")
_PHOTO_CREDIT = re.compile(r"^.{0,400}?\(Photo: [^)]{2,80}\)\s*")
_HIGHLIGHTS = re.compile(r"^Story Highlights\s+")


def photo_buttons(line: str) -> list[str]:
    """``line`` without a Gannett page's photo furniture (see _SLIDESHOW): none where it is a
    slideshow; else its parts, each caption after a "Buy Photo" cut through its credit."""
    if _SLIDESHOW.search(line):
        return []
    first, *rest = _BUY_PHOTO.split(line)
    parts = [first] if first else []
    for part in rest:
        part = _HIGHLIGHTS.sub("", _PHOTO_CREDIT.sub("", part, count=1))
        if part:
            parts.append(part)
    return parts


def repaired(line: str) -> list[str]:
    """``line`` with every repair above made: one line, more where credits cut it, or none
    where it is a caption with its labelled credit."""
    if "Buy Photo" in line:
        return [r for part in photo_buttons(line) for r in _repaired(part)]
    return _repaired(line)


def _repaired(line: str) -> list[str]:
    line = reference_marks(unglued(wire_dashes(line)))
    if ": " in line and _LABELLED_CREDIT_END.search(line):
        return [] if len(line.split()) <= _MAX_CAPTION_WORDS else [line]
    return uncaptioned(line) if ") " in line else [line]
