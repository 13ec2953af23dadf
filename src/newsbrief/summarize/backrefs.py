"""Sentences that point back to text the summary may not show, beyond an opening pronoun or
connective (summarize/extractive.leans_on_previous): three precise kinds an editor struck in a
blind read of fresh briefings (issue 12), each looked for outside quotation marks.

- "here" where a dateline gave the place: "Rebel leaders based here estimate …";
- a count of *more* of something whose first count the sentence does not give: "nearly 60,000
  more Libyans had disappeared" (not "97 rockets … and 99 more were intercepted", nor "two
  more years": a time);
- an event said to have happened *since* something the sentence does not name, with a definite
  subject: "The Missouri alert has since been canceled".
"""

from __future__ import annotations

import re

__all__ = ["points_back"]

_HERE = re.compile(
    r"\b(?:based|stationed|live[sd]?|living|arrived|gathered|work(?:s|ed|ing)?|"
    r"stay(?:s|ed|ing)?) here\b"
)
_MORE = re.compile(
    r"\b\d(?:[\d,.]*\d)?(?: (?:million|billion))? more (?!(?:than|was|were|are|is|had|have|has"
    r"|will|would|from|in|on|at|to|for|of|years?|months?|weeks?|days?|hours?|minutes?)\b)[A-Za-z]"
)
_DIGIT = re.compile(r"\d")
_SINCE = re.compile(r"^(?:The|This|That|Its|His|Her|Their) [^,]{0,40}?\b(?:has|have|had) since\b")


def points_back(unquoted: str) -> bool:
    """Does the sentence (its words outside quotation marks) point back (module docstring)?"""
    if "here" in unquoted and _HERE.search(unquoted):
        return True
    if " more " in unquoted:
        found = _MORE.search(unquoted)
        if found is not None and not _DIGIT.search(unquoted[: found.start()]):
            return True
    return " since " in unquoted and _SINCE.search(unquoted) is not None
