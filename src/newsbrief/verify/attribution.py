"""Outlet attributions in a summary sentence: "…, the AP reports", "per CNN", "tells the BBC",
"USA Today reports that …", "as ABC News notes", "via the Washington Post".

A summary credits the outlet it read; the outlet's name is not a claim about the story (and is
often nowhere in the articles but their bylines), so the verifier leaves these phrases out of
both the content words it looks for and the names it checks. Only a name in an attribution's
position is left out: "Kerry told reporters" or "a group told Congress" keep every word, and a
name after "tells"/"told" is left out only when it reads as an outlet ("the Star", an acronym
such as "KIII-TV", or a name holding a word such as News, Times or Post).
"""

from __future__ import annotations

import re

# A capitalised word ("AP", "KIII-TV", "U.S", "Review-Journal"; no closing full stop), and a name:
# such words, joined by "of", "for", "and", "&", "the", after an optional "the" or "the
# country's".
_CAP = r"(?:[A-Z](?:[\w&'’-]|\.(?=\w))*)"
_NAME = (
    rf"(?:(?:[Tt]he\s+)?(?:[a-z]+['’]s\s+)?{_CAP}"
    rf"(?:\s+(?:(?:of|for|and|&|the|de)\s+)?{_CAP})*)"
)
_ENDS = r"(?=\s*(?:[,.;:!?)”\"’—–]|$))"
_OUTLET_WORDS = (
    "News|Times|Post|Journal|Herald|Tribune|Press|Star|Chronicle|Today|Club|Magazine|Inquirer|"
    "Guardian|Telegraph|Gazette|Daily|Radio|TV|Mail|Sun|Examiner|Globe|Register|Reuters|"
    "Bloomberg|Politico|Review|Report|Network|Channel|Wire|Observer|Independent|Atlantic|"
    "Economist|Insider|Beast|Hill|Express|Mirror|Standard|Bee|Dispatch|Courier|Sentinel"
)
# Read as an outlet after "tells", "told", "as … notes": a name holding an outlet word ("the
# Kampala Post", "ABC News", "the AV Club"), "the" and one word ("the AP", "the Hill"), or an
# acronym ("KIII-TV", "NPR"); not "the White House" or "Congress".
_OUTLET = (
    rf"(?:(?:[Tt]he\s+)?(?:[a-z]+['’]s\s+)?(?:{_CAP}\s+)*(?:{_OUTLET_WORDS})\b[\w-]*"
    rf"(?:\s+{_CAP})*|[Tt]he\s+(?:[a-z]+['’]s\s+)?{_CAP}(?!\s+[A-Z])"
    rf"|[A-Z]{{2,}}(?:-[A-Z0-9]+)?(?:\s+{_CAP})?)"
)
ATTRIBUTION = re.compile(
    "|".join(
        [
            # "…, reports the Wall Street Journal", "per CNN", "as per CNN", "via the Post",
            # "reports HealthDay via the Philadelphia Inquirer", "as first reported by Variety"
            rf",?\s*(?:(?:as\s+)?(?:first\s+)?reported\s+(?:by|in)|reports|(?:as\s+)?per"
            rf"|via)\s+{_NAME}(?:\s+via\s+{_NAME})?{_ENDS}",
            # "…, the Washington Post reports", "…, the country's Star reports" (a name before
            # "writes" is an outlet's only when it reads as one: "Davis writes" is a person)
            rf",?\s*(?:{_NAME}\s+(?:reports|reported)|{_OUTLET}\s+(?:writes|wrote|notes|noted)){_ENDS}",
            # "USA Today reports that …", "CNBC notes that …"
            rf"^\s*(?:{_NAME}\s+reports|{_OUTLET}\s+(?:writes|notes))\s+that\s+",
            # "as ABC News notes", "as the AV Club puts it"
            rf",?\s*(?:—\s*)?as\s+{_OUTLET}\s+(?:notes|reports|writes|puts\s+it|explains|points"
            rf"\s+out)(?:\s*—)?{_ENDS}?",
            # "he told the BBC", "officials tell the AP", "tells ABC News"
            rf"\b(?<=\s)(?:tells?|told)\s+{_OUTLET}(?=\s+(?:that|about)\b|{_ENDS})",
        ]
    )
)


def attributions(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` spans of ``text`` that credit an outlet."""
    return [m.span() for m in ATTRIBUTION.finditer(text) if m.end() > m.start()]


def without_attributions(text: str) -> str:
    """``text`` with each outlet attribution blanked (offsets kept): what the verifier checks."""
    out = text
    for start, end in attributions(text):
        out = out[:start] + " " * (end - start) + out[end:]
    return out
