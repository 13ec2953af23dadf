"""Score the facts a reader is shown (``Facts.shown()``) against reader-level gold
(tests/fixtures/facts-fresh-*/): entity names with their type, quote speakers per article, what a
figure counts, and the genuine conflicts between outlets.

The gold was labelled from the text before the extractors ran on it (see the folder's README).
Matching rules, strict by design:

- **Entities.** A shown entity is right when its name equals, after normalising case, quotes,
  spaces and a leading "the", the name or an alias of a gold entity of the same kind, and no
  earlier shown entity already took that gold entity (an unmerged "Musk" beside "Elon Musk" is
  one wrong entity). Recall counts gold entities named in two or more articles that a shown
  entity names (any kind).
- **Speakers.** A shown quote's citation in article *a* matches the gold quote of article *a*
  whose first words it contains (or which contains its first words). Its speaker in that
  article is right when it equals the gold speaker or one of the gold entity's aliases, or
  shares the gold speaker's last word. Precision is over matched citations with a speaker; a
  citation that matches no gold quote is not judged. Recall is over gold quotes with a speaker.
- **Figure labels.** A shown report matches a gold figure of its article whose text contains its
  text (or the reverse) and whose value is equal, those written in the cited sentence first
  (a bare "Two" is not the gold "two distribution facilities" of another sentence; of two
  "three"s of one sentence the label may fit either). The label
  (the figure's ``about``) is right when it shares a content stem with what the gold figure
  counts and each of its other content stems occurs in the gold figure's counts, event (or the
  kind of event its words name: "wounded" is injured), window or scope ("strict"); "lenient"
  asks only for the shared stem with what is counted. A percent's "share" is not judged.
- **Conflicts.** A shown disagreement is right when two of its sides hold the two sides of a
  gold conflict (matched as reports are). Recall is over gold conflicts.
"""

from __future__ import annotations

import calendar
import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from newsbrief.facts.gold import Count
from newsbrief.nlp.lexicon import EVENT_CLASS
from newsbrief.nlp.vectors import content_stems
from newsbrief.types import Article, Facts, Figure, FigureReport, Quote

KINDS = (
    "entities",
    "entities named in 2+ articles",
    "speakers",
    "figure labels (strict)",
    "figure labels (lenient)",
    "disagreements",
)


@dataclass(frozen=True, slots=True)
class GoldStory:
    name: str
    line: int | None
    cluster: str
    data: dict[str, Any]


@dataclass
class Report:
    """Counts per kind and the items judged wrong or missed, for reading by hand."""

    counts: dict[str, Count] = field(default_factory=lambda: {k: Count() for k in KINDS})
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def add(self, other: Report) -> None:
        for kind in KINDS:
            self.counts[kind].add(other.counts[kind])
        self.wrong += other.wrong
        self.missed += other.missed


def load(folder: Path) -> list[GoldStory]:
    stories = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        cluster = data["source"]["dev_cluster"]
        stories.append(GoldStory(data["story"], data.get("line"), cluster, data))
    return stories


def norm(text: str) -> str:
    """Lower case, straight quotes, one space, no leading "the", no edge punctuation."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    text = re.sub(r"\s+", " ", text.replace("“", '"').replace("”", '"')).strip().lower()
    text = re.sub(r"^the ", "", text)
    return text.strip(" .,;:'\"")


def score(
    facts: Facts,
    articles: Sequence[Article],
    gold: dict[str, Any],
    speakers: Callable[[Quote], Sequence[str | None]] | None = None,
) -> Report:
    """Score one story. ``gold`` article numbers are ``positions(articles)``; ``speakers`` gives
    a quote's speaker per citation (default: its one speaker for every citation)."""
    shown = facts.shown()
    index = positions(articles)
    report = Report()
    _entities(shown, gold, report)
    _speakers(shown, gold, index, speakers or _one_speaker, report)
    _labels(shown, gold, articles, report)
    _conflicts(shown, gold, index, report)
    return report


def positions(articles: Sequence[Article]) -> dict[str, int]:
    """Article id -> the gold's article number: the cluster's document index, which
    ``batch.read_cluster`` makes each article's id (a document dropped as boilerplate keeps its
    number, so the documents after it are not renumbered); else the article's position."""
    if all(a.id.isdigit() for a in articles):
        return {a.id: int(a.id) for a in articles}
    return {a.id: i for i, a in enumerate(articles)}


def _one_speaker(quote: Quote) -> Sequence[str | None]:
    return quote.cited_speakers()


def _entities(facts: Facts, gold: dict[str, Any], report: Report) -> None:
    entities = gold.get("entities", [])
    names = [{norm(n) for n in (e["name"], *e.get("aliases", []))} for e in entities]
    taken: set[int] = set()
    count, wide = report.counts["entities"], report.counts["entities named in 2+ articles"]
    for e in facts.entities:
        count.found += 1
        hit = next((i for i, ns in enumerate(names) if norm(e.name) in ns), None)
        if hit is not None and entities[hit]["kind"] == e.kind and hit not in taken:
            count.matched += 1
        else:
            why = "no such entity" if hit is None else "taken" if hit in taken else "kind"
            report.wrong.append(f"entity {e.name!r} ({e.kind}): {why}")
        if hit is not None:
            taken.add(hit)
    count.gold = len(entities)
    for i, e in enumerate(entities):
        if len(set(e.get("articles", []))) >= 2:
            wide.gold += 1
            wide.found += 1
            if i in taken:
                wide.matched += 1
            else:
                report.missed.append(f"entity {e['name']!r} ({e['kind']})")


def _words(text: str) -> str:
    return " ".join(re.findall(r"[\w']+", norm(text)))


def _speakers(
    facts: Facts,
    gold: dict[str, Any],
    index: dict[str, int],
    speakers: Callable[[Quote], Sequence[str | None]],
    report: Report,
) -> None:
    aliases = {
        norm(e["name"]): {norm(n) for n in (e["name"], *e.get("aliases", []))}
        for e in gold.get("entities", [])
    }
    quotes = gold.get("quotes", [])
    count = report.counts["speakers"]
    found: set[int] = set()
    for q in facts.quotes:
        text = _words(q.text)
        for citation, speaker in zip(q.citations, speakers(q), strict=True):
            hit = _gold_quote(quotes, index[citation.article_id], text)
            if hit is None or speaker is None:
                continue
            count.found += 1
            wanted = quotes[hit]["speaker"]
            if wanted is not None and _same_speaker(speaker, wanted, aliases):
                count.matched += 1
                found.add(hit)
            else:
                report.wrong.append(f"speaker {speaker!r} for “{q.text[:40]}…” (gold {wanted!r})")
    for i, q in enumerate(quotes):
        if q.get("speaker") is not None:
            count.gold += 1
            if i not in found:
                report.missed.append(f"speaker {q['speaker']!r} of “{q['first_words']}…”")


def _gold_quote(quotes: list[dict[str, Any]], article: int, text: str) -> int | None:
    for i, q in enumerate(quotes):
        first = _words(q["first_words"])
        if q["article"] == article and (first in text or (len(text) > 15 and text in first)):
            return i
    start = " ".join(text.split()[:5])
    if len(start.split()) < 4:
        return None
    for i, q in enumerate(quotes):
        if q["article"] == article and start in _words(q["first_words"]):
            return i
    return None


def _same_speaker(speaker: str, wanted: str, aliases: dict[str, set[str]]) -> bool:
    said, gold = norm(speaker), norm(wanted)
    if said == gold or said in aliases.get(gold, set()):
        return True
    return said.split()[-1:] == gold.split()[-1:] and bool(said)


def _matches(r: FigureReport, item: tuple[int, str], index: dict[str, int]) -> bool:
    article, text = item
    if index[r.citation.article_id] != article:
        return False
    mine, theirs = norm(r.text), norm(text)
    return bool(mine) and (mine in theirs or theirs in mine)


def _gold_figures(
    r: FigureReport, figures: list[dict[str, Any]], index: dict[str, int], cited: str
) -> list[dict[str, Any]]:
    """The gold figures a shown report may be: of its article, with its text and value, those
    written in the cited sentence ("Two people died" is not the gold "two distribution
    facilities" of another sentence of that article; "killed three people and wounded three
    others" holds two "three"s that a report's text does not tell apart), else the first."""
    same = [
        g
        for g in figures
        if _matches(r, (g["article"], g["text"]), index)
        and abs(float(g["value"]) - r.value) <= 1e-6 * max(1.0, abs(r.value))
    ]
    sentence = norm(cited)
    return [g for g in same if norm(g["text"]) in sentence] or same[:1]


def _labels(
    facts: Facts, gold: dict[str, Any], articles: Sequence[Article], report: Report
) -> None:
    index = positions(articles)
    texts = {a.id: a.text for a in articles}
    figures = gold.get("figures", [])
    strict = report.counts["figure labels (strict)"]
    lenient = report.counts["figure labels (lenient)"]
    strict.gold = lenient.gold = len(figures)
    for f in facts.figures:
        # a percent's "share" is how the label says "percent of": not a word to find in the gold
        label = set(content_stems(_label(f))) - ({"share"} if f.unit == "%" else set())
        for r in f.reports:
            cited = texts[r.citation.article_id][r.citation.start : r.citation.end]
            hits = _gold_figures(r, figures, index, cited)
            if not hits:
                continue
            strict.found += 1
            lenient.found += 1
            judged = [_judge(label, g) for g in hits]  # the label's best reading
            lenient.matched += any(shared for shared, _ in judged)
            if any(right for _, right in judged):
                strict.matched += 1
            else:
                report.wrong.append(
                    f"label {_label(f)!r} for {r.text!r} (gold {hits[0]['counts']!r})"
                )


def _judge(label: set[str], hit: dict[str, Any]) -> tuple[bool, bool]:
    """(lenient, strict) rightness of a label for one gold figure."""
    counted = set(content_stems(hit.get("counts") or ""))
    context = " ".join(hit.get(k) or "" for k in ("counts", "event", "window", "scope"))
    context += " " + _event_class(hit.get("event") or "") + " " + _day_words(hit.get("window"))
    shared = bool(label & counted) or (not counted and not label)
    return shared, shared and label <= set(content_stems(context))


_ISO_DAY = re.compile(r"\b((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?\b")


def _day_words(window: str | None) -> str:
    """The month (and weekday) an ISO date of the gold's window names ("2017-06-07": June
    Wednesday), so that a label's "as of June 7" or "on Wednesday" is judged against it; the
    labellers wrote most windows as ISO dates, a label writes them as the article does."""
    words = []
    for m in _ISO_DAY.finditer(window or ""):
        year, month, day = int(m[1]), int(m[2]), m[3]
        if 1 <= month <= 12:
            words.append(date(year, month, 1).strftime("%B"))
            if day and 1 <= int(day) <= calendar.monthrange(year, month)[1]:
                words.append(date(year, month, int(day)).strftime("%A"))
    return " ".join(words)


def _event_class(event: str) -> str:
    """The kind of event the gold's words name ("wounded", "hurt", "shot": injured; "died on
    the scene": killed), so that a label wording it otherwise is not judged wrong for that."""
    return " ".join(
        EVENT_CLASS[w] for w in re.findall(r"[a-z]+", event.lower()) if w in EVENT_CLASS
    )


def _label(figure: Figure) -> str:
    parts = [figure.about, figure.window, figure.scope]
    return " ".join(p for p in parts if p)


def _conflicts(facts: Facts, gold: dict[str, Any], index: dict[str, int], report: Report) -> None:
    conflicts = gold.get("conflicts", [])
    figures = gold.get("figures", [])
    count = report.counts["disagreements"]
    count.gold = len(conflicts)
    found: set[int] = set()
    for d in facts.disagreements:
        count.found += 1
        hit = next(
            (i for i, c in enumerate(conflicts) if _holds(d.sides, c["sides"], figures, index)),
            None,
        )
        if hit is None:
            sides = " vs ".join("/".join(r.text for r in side) for side in d.sides)
            report.wrong.append(f"disagreement {d.about!r}: {sides}")
        else:
            count.matched += 1
            found.add(hit)
    report.missed += [f"conflict {c['about']!r}" for i, c in enumerate(conflicts) if i not in found]


def _holds(
    sides: tuple[tuple[FigureReport, ...], ...],
    gold: list[list[Any]],
    figures: list[dict[str, Any]],
    index: dict[str, int],
) -> bool:
    """Whether two sides of a shown disagreement hold two gold mentions of a conflict that give
    different values. A conflict lists its mentions, one per side (set 1: ``[[0, "three people
    hurt"], [1, "four people were shot"]]``) or every mention of every side (set 3); a mention's
    value is its gold figure's, else its position tells the sides apart."""
    values: dict[tuple[int, str], object] = {
        (f["article"], f["text"]): float(f["value"]) for f in figures
    }
    members = [(values.get((g[0], g[1]), f"mention {k}"), (g[0], g[1])) for k, g in enumerate(gold)]
    where = [
        (value, {i for i, side in enumerate(sides) if any(_matches(r, item, index) for r in side)})
        for value, item in members
    ]
    return any(va != vb and a != b for va, sa in where for vb, sb in where for a in sa for b in sb)
