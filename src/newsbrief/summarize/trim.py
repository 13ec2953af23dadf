"""Summary sentences cleanly trimmed: bracketed asides that tell the reader nothing the
sentence needs, cut as an editor would, so the summary holds more of the story per word.

Only a whole parenthesis is cut, and only one of these kinds (anything else in brackets may be
a fact: "(R-Texas)", "(CDC)", "(no relation)", "(two are female)"):

- a pronunciation guide: "Paul Ciancia (see-AHN'-see-uh)", "(say "soo-duh-MOH-nuss")";
- a photo's position: "Devin Nunes (above)", "(pictured)", "(left)";
- a wire's credit: "BAKERSFIELD, Calif. (CN) -", "Jan. 25, 2016 (HealthDay News) --";
- the same amount in other units right after it: "2,650 miles (4,264 kilometers)",
  "$420 (£326)", "7 a.m. (0400 GMT)";
- a stock ticker, a link: "Nestle's (NESN.S)", "(http://…)" (a report's reference numbers,
  "(2)", are dropped where the text is read: ``ingest.repair.reference_marks``).

And a page's label for an update opening the sentence, "Update: The committee said late
Wednesday …" (a dated one, "Update, 22 April: …", keeps its date).

The citation still points at the whole source sentence; ``trimmed`` of the cited text equals the
summary sentence (less the first names ``people.expand`` puts in).
"""

from __future__ import annotations

import re

__all__ = ["trimmed"]

# A pronunciation guide: hyphenated syllables, one stressed in capitals ("see-AHN'-see-uh",
# "joh-HAHR' tsahr-NEYE'-ehv"), or one said as such ("say "…"", "pronounced …").
_SYLLABLES = r"[a-z'’]*[A-Z]{2,}['’]?(?:-[a-zA-Z'’]+)*|[a-z'’]+(?:-[a-zA-Z'’]+)+"
_PRONUNCIATION = re.compile(
    rf"(?=.*(?:-[A-Z]{{2}}|^[A-Z]{{2,}}['’]?-|^(?:say|pronounced) ))"
    rf"(?:(?:say|pronounced) )?[\"“]?(?:{_SYLLABLES})(?: (?:{_SYLLABLES}))*[\"”]?"
)
_PHOTO = re.compile(
    r"(?:(?:pictured|shown|seen)(?: (?:above|below|left|right|here|center|centre))?|above|below|"
    r"(?:(?:second |far )?(?:left|right))|cent(?:er|re)|top|bottom|inset|file(?: photo)?)",
    re.I,
)
_CREDIT = re.compile(
    r"AP|Reuters|AFP|CNN|CN|UPI|dpa|Xinhua|Associated Press|HealthDay News|AP Photo/[^()]*"
)
# An amount and the same amount in other units: a quantity (a number and its unit, money), a
# clock time; approximately, or a unit alone ("several miles (kilometers)").
_UNITS = (
    r"(?<![A-Za-z])(?:(?:square|sq\.?|cubic) )?(?:miles?|kilomet(?:er|re)s?|km|feet|foot|ft|"
    r"inch(?:es)?|met(?:er|re)s?|cm|mm|m|pounds?|lbs?|kilograms?|kg|ounces?|oz|grams?|g|acres?|hectares?|"
    r"gallons?|lit(?:er|re)s?|degrees(?: [A-Z][a-z]+)?|mph|km/h)\b"
)
_CURRENCY = r"(?:yuan|francs?|euros?|rupees?|yen|roubles?|rubles?|pesos?|dollars?)\b"
_MONEY = r"(?:[A-Z]{0,2}[$£€¥])\d[\d,.]*(?: ?(?:bn|[mb]|million|billion|trillion)\b)?"
_QUANTITY = rf"(?:{_MONEY}|\d[\d,.]*(?: (?:million|billion))? ?(?:{_UNITS}|{_CURRENCY}))"
_TIME = r"\d{1,2}(?::\d\d)? ?[ap]\.m\.(?: [A-Z]{2,4}\b)?"
_APPROX = r"(?:(?:about|approximately|roughly|nearly|around|some|almost|more than|less than) )?"
_MEASURED = re.compile(rf"(?:{_QUANTITY}|{_TIME}|{_UNITS})$")
_CONVERSION = re.compile(
    rf"{_APPROX}(?:{_QUANTITY}|(?:an? )?{_UNITS}|{_TIME}(?:, [A-Z][a-z]{{2}}\. \d{{1,2}})?,? GMT"
    r"|\d{4} GMT)"
)
# Money converted is cut only after dollars, the reader's currency: "$420 (£326)", not "520,000
# yuan ($83,000)" nor "£130m ($187m)" (what a sum in yuan or CFA francs is worth is a fact).
_DOLLARS = re.compile(
    r"(?:^|[^A-Za-z]|US)\$\d[\d,.]*(?: ?(?:bn|[mb]|million|billion|trillion)\b)?$"
)
_IS_MONEY = re.compile(rf"[$£€¥]|\b{_CURRENCY}")
_TICKER = re.compile(r"[A-Z]{1,5}\.[A-Z]{1,2}|(?:NYSE|NASDAQ|Nasdaq|LSE|TSX) ?: ?[A-Z.]{1,6}")
_LINK = re.compile(r"\s*(?:https?://|www\.)\S+\s*|Opens in new window")

_PARENTHESIS = re.compile(r" ?\(([^()]{1,80})\)")
_UPDATE_LABEL = re.compile(r"(?:UPDATE|Update|UPDATED|Updated)(?: \d{1,2})?: (?=[A-Z\"“])")


def _aside(inner: str, before: str, after: str) -> bool:
    """Is ``(inner)``, between ``before`` and ``after``, an aside the sentence does not need?"""
    inner = inner.strip()
    if _PHOTO.fullmatch(inner) or _CREDIT.fullmatch(inner) or _TICKER.fullmatch(inner):
        return True
    if _PRONUNCIATION.fullmatch(inner):
        return True
    if _LINK.fullmatch(inner):
        return True
    before = before.rstrip()
    if _MEASURED.search(before) is None or _CONVERSION.fullmatch(inner) is None:
        return False
    return _IS_MONEY.search(inner) is None or _DOLLARS.search(before) is not None


def trimmed(text: str) -> str:
    """``text`` without a leading update label and the asides that ``_aside`` finds (the
    module's docstring says which), the spacing made good; ``text`` itself when it has none,
    or when cutting would leave it opening on no capital."""
    if text[:1] == "U" and (label := _UPDATE_LABEL.match(text)):
        text = text[label.end() :]
    if "(" not in text:
        return text
    out: list[str] = []
    last = 0
    for match in _PARENTHESIS.finditer(text):
        if _aside(match.group(1), text[: match.start()], text[match.end() :]):
            out.append(text[last : match.start()])
            last = match.end()
    if not out:
        return text
    out.append(text[last:])
    cut = re.sub(r" +(?=[,.;:!?])", "", "".join(out)).lstrip()
    return cut if cut[:1].isupper() or cut[:1] in "\"“‘'[" else text
