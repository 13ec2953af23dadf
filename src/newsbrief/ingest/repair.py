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


# A scientific report's reference number at the end of a clause: "… acute limb weakness among
# children (1). Most patients …", "(3,4)", "(5–7)" (a CDC report in the dev set: 3 lines). Shown
# in a briefing, a reader takes it for the briefing's own source marker [1].
_REFERENCE = re.compile(r"(?<=\w) \(\d{1,2}(?:[,–-]\d{1,2})*\)(?=[.,;:])")


def reference_marks(line: str) -> str:
    return _REFERENCE.sub("", line) if ")" in line else line


def repaired(line: str) -> str:
    """``line`` with every repair above made."""
    return reference_marks(unglued(wire_dashes(line)))
