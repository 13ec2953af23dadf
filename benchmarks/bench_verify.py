"""How well the verifier (newsbrief.verify) tells supported sentences from invented ones.

    .venv/bin/python benchmarks/bench_verify.py dev [--data ../shared/data/multinews-dev.jsonl]
    .venv/bin/python benchmarks/bench_verify.py labels [FILE] [--coverage T] [--cv]
    .venv/bin/python benchmarks/bench_verify.py llm --llm URL --model NAME [--limit N] [--words N]

``dev``: every sentence of each Multi-News dev reference summary checked against its own
cluster's articles (share called unsupported; the references are abstractive, so some are
right to fail), and against the next cluster's articles (a different story: every one should
fail; "plain": those with no number, name or date, which only the threshold can fail), over a
grid of ``verify_coverage`` thresholds; then 10 unsupported reference sentences
drawn at random (seed 0) with their reasons, to check by hand.

``labels``: the labelled set, FILE or --labels (default benchmarks/data/
faithfulness-labels.jsonl; benchmarks/data/README.md: ids and labels only; the sentences are
regenerated from --data); balanced accuracy at the default threshold, the precision of
"unsupported", and on the perturbed items (an invented number or name) how many are caught and
whether the changed words are the ones reported. ``--cv`` (with ``--coverage 0``): the
threshold fitted by 5-fold cross-validation over clusters, scored on the held-out folds.

``llm``: brief the first ``--limit`` (default 50) dev clusters with ``--llm``/``--model`` (an
OpenAI-compatible endpoint, key in NEWSBRIEF_LLM_KEY), and report ROUGE against the references
and the share of the LLM's sentences the verifier dropped, beside the extractive briefing's
ROUGE.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import re
import statistics
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from newsbrief.batch import read_cluster
from newsbrief.clean import read_clean
from newsbrief.config import Settings
from newsbrief.eval.metrics import Pair, RougeScore
from newsbrief.nlp.sentences import segment
from newsbrief.pipeline import brief_articles
from newsbrief.types import Article, Briefing, CheckedSentence, Sentence
from newsbrief.verify import sentences_of, verify_sentences
from newsbrief.verify.attribution import without_attributions
from newsbrief.verify.claims import checks

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "multinews-dev.jsonl"
DEFAULT_LABELS = ROOT / "benchmarks" / "data" / "faithfulness-labels.jsonl"
# The lowest verify_coverage --cv may fit (see RESULTS.md, 2026-12-02 "verifier, second pass").
CV_FLOOR = 0.45
GRID = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    articles: list[Article]
    sentences: list[tuple[Sentence, ...]]
    reference: str


def stories(data: Path, limit: int | None = None) -> Iterator[Story]:
    for k, line in enumerate(data.read_text(encoding="utf-8").splitlines()):
        if limit is not None and k >= limit:
            return
        row = json.loads(line)
        articles = list(read_clean(read_cluster(row["documents"]).articles).articles)
        if articles:
            sentences = [segment(a) for a in articles]
            yield Story(str(row["id"]), articles, sentences, str(row.get("summary", "")))


def supported_at(c: CheckedSentence, threshold: float) -> bool:
    """The verdict at another coverage threshold (the passages chosen do not depend on it)."""
    vetoed = c.reason.startswith(("the cited", "too little", "no content"))
    return not c.unsupported and c.score >= threshold and not vetoed


def dev(args: argparse.Namespace) -> None:
    settings = Settings(facts=False, verify_coverage=0.0)  # verdicts at every threshold below
    found = list(stories(args.data, args.limit))
    own: list[CheckedSentence] = []
    other: list[CheckedSentence] = []
    started = time.perf_counter()
    for k, story in enumerate(found):
        texts = sentences_of(story.reference, settings=settings)
        own += verify_sentences(texts, story.articles, story.sentences, settings=settings)
        nxt = found[(k + 1) % len(found)]
        other += verify_sentences(texts, nxt.articles, nxt.sentences, settings=settings)
    seconds = time.perf_counter() - started
    print(f"{len(found)} clusters, {len(own)} reference sentences, {seconds:.1f} s")
    # sentences with no number, name or date: only the coverage threshold can fail them
    plain = [
        c for c in other
        if not any(k.kind != "negation" for k in checks(without_attributions(c.text)))
    ]  # fmt: skip
    print(f"other story: {len(plain)} sentences with no number, name or date ('plain')")
    print("threshold  own-sources-unsupported  other-story-supported  other-plain-supported  "
          "balanced-separation")  # fmt: skip
    for t in GRID:
        own_bad = sum(not supported_at(c, t) for c in own) / len(own)
        other_ok = sum(supported_at(c, t) for c in other) / len(other)
        plain_ok = sum(supported_at(c, t) for c in plain) / max(1, len(plain))
        print(f"{t:9.2f}  {own_bad:23.1%}  {other_ok:21.1%}  {plain_ok:21.1%}  "
              f"{(1 - other_ok + 1 - own_bad) / 2:.3f}")  # fmt: skip
    default = Settings().verify_coverage
    missing = sum(bool(c.unsupported) for c in own) / len(own)
    print(f"own sources, default {default}: {missing:.1%} have a number/name/date not cited")
    rng = random.Random(0)
    failed = [c for c in own if not supported_at(c, default)]
    print("\n10 unsupported reference sentences (seed 0):")
    for c in rng.sample(failed, min(10, len(failed))):
        why = "missing " + ", ".join(c.unsupported) if c.unsupported else f"coverage {c.score}"
        print(f"- [{why}] {c.text}")


# The labelled set's sentence split (benchmarks/data/README.md): after ".", "!" or "?" (and a
# closing quote or bracket), at whitespace before a capital (or an opening quote or bracket).
_LABEL_SPLIT = re.compile(r"(?<=[.!?])([\"”’)]?)\s+(?=[\"“(]?[A-Z])")


@dataclass(frozen=True, slots=True)
class Labelled:
    line: int
    index: int
    kind: str  # "reference" or "perturbed"
    text: str
    supported: bool
    change_type: str | None  # "number" or "name" for perturbed items
    changed_to: str | None


def reference_sentences(summary: str) -> list[str]:
    text = summary.strip()
    text = text[1:].lstrip() if text.startswith("–") else text
    pieces = _LABEL_SPLIT.split(text)
    # split() keeps the captured closing mark: glue it back onto the sentence before
    out = [pieces[0]]
    for k in range(1, len(pieces), 2):
        out[-1] += pieces[k]
        out.append(pieces[k + 1])
    return [p.strip() for p in out]


def load_labelled(path: Path, data: Path) -> list[Labelled]:
    rows = data.read_text(encoding="utf-8").splitlines()
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        row = json.loads(rows[item["cluster_line"]])
        assert row["id"] == item["cluster_id"], item["cluster_id"]
        text = reference_sentences(row["summary"])[item["sentence_index"]]
        change = item.get("change")
        if item["kind"] == "perturbed":
            assert text.count(change["from"]) == 1, (item["cluster_line"], change)
            text = text.replace(change["from"], change["to"])
        for start, end in item.get("unsupported_spans", []):
            assert 0 <= start < end <= len(text), (item["cluster_line"], item["sentence_index"])
        items.append(
            Labelled(
                line=item["cluster_line"],
                index=item["sentence_index"],
                kind=item["kind"],
                text=text,
                supported=item["label"] == "supported",
                change_type=item.get("change_type"),
                changed_to=change["to"] if change else None,
            )
        )
    return items


def labels(args: argparse.Namespace) -> None:
    settings = Settings(facts=False)
    if args.coverage is not None:  # not the default: say so in any result reported
        settings = replace(settings, verify_coverage=args.coverage)
    path = args.path or args.labels
    if not path.exists():
        sys.exit(f"labels not found: {path}")
    print(f"labels: {path}")
    items = load_labelled(path, args.data)
    lines = {item.line for item in items}
    rows = args.data.read_text(encoding="utf-8").splitlines()
    stories = {}
    for n in sorted(lines):
        row = json.loads(rows[n])
        articles = list(read_clean(read_cluster(row["documents"]).articles).articles)
        stories[n] = (articles, [segment(a) for a in articles])
    verdicts = []
    for item in items:
        articles, sentences = stories[item.line]
        (c,) = verify_sentences([item.text], articles, sentences, settings=settings)
        verdicts.append(c)
    _report_labels(items, verdicts, settings, args.out)
    if args.cv:
        _cross_validate(items, verdicts, settings.verify_coverage, args.floor)


def _balanced(pairs: list[tuple[Labelled, CheckedSentence]], threshold: float) -> float:
    sup = [supported_at(c, threshold) for i, c in pairs if i.supported]
    uns = [not supported_at(c, threshold) for i, c in pairs if not i.supported]
    return (sum(sup) / max(1, len(sup)) + sum(uns) / max(1, len(uns))) / 2


def _cross_validate(
    items: list[Labelled], verdicts: list[CheckedSentence], used: float, floor: float
) -> None:
    """``verify_coverage`` fitted on four fifths of the clusters (the grid value with the best
    balanced accuracy; ties to the one nearest the default), scored on the fifth left out. The
    folds: the clusters in a shuffled order (seed 0), dealt in turn. ``used`` must be below
    every grid value (the verdicts were taken at it)."""
    if used > min(GRID):
        sys.exit("--cv needs the verdicts at every threshold: add --coverage 0")
    clusters = sorted({i.line for i in items})
    random.Random(0).shuffle(clusters)
    fold = {line: k % 5 for k, line in enumerate(clusters)}
    pairs = list(zip(items, verdicts, strict=True))
    held: list[tuple[Labelled, CheckedSentence, float]] = []
    print("\n5-fold cross-validation over clusters (threshold fitted on 4 folds, scored on 1):")
    default = Settings().verify_coverage
    for k in range(5):
        train = [(i, c) for i, c in pairs if fold[i.line] != k]
        test = [(i, c) for i, c in pairs if fold[i.line] == k]
        fitted = max(
            [t for t in GRID if t >= floor],
            key=lambda t: (round(_balanced(train, t), 6), -abs(t - default)),
        )
        held += [(i, c, fitted) for i, c in test]
        print(
            f"fold {k}: fitted {fitted:.2f} (train {_balanced(train, fitted):.3f}), held out "
            f"{len(test)} items, balanced accuracy {_balanced(test, fitted):.3f}"
        )
    sup = [supported_at(c, t) for i, c, t in held if i.supported]
    uns = [not supported_at(c, t) for i, c, t in held if not i.supported]
    pert = [not supported_at(c, t) for i, c, t in held if i.kind == "perturbed"]
    print(f"held-out folds pooled: recall of supported {sum(sup)}/{len(sup)}, of unsupported "
          f"{sum(uns)}/{len(uns)}, balanced accuracy "
          f"{(sum(sup) / len(sup) + sum(uns) / len(uns)) / 2:.3f}; perturbed caught "
          f"{sum(pert)}/{len(pert)}")  # fmt: skip
    print("in-sample balanced accuracy by threshold: " + ", ".join(
        f"{t:.2f} {_balanced(pairs, t):.3f}" for t in GRID))  # fmt: skip


def _names_change(item: Labelled, checked: CheckedSentence) -> bool:
    """The words the verifier reports include the changed ones."""
    to = item.changed_to or ""
    return any(to in u or u in to for u in checked.unsupported)


def _report_labels(
    items: list[Labelled], verdicts: list[CheckedSentence], settings: Settings, out: Path | None
) -> None:
    pairs = list(zip(items, verdicts, strict=True))
    sup = [c.supported for i, c in pairs if i.supported]
    uns = [not c.supported for i, c in pairs if not i.supported]
    balanced = (sum(sup) / max(1, len(sup)) + sum(uns) / max(1, len(uns))) / 2
    print(f"{len(items)} labelled sentences: {len(sup)} supported, {len(uns)} unsupported")
    print(f"verify_coverage={settings.verify_coverage}")
    print(f"recall of supported {sum(sup) / max(1, len(sup)):.3f} ({sum(sup)}/{len(sup)}), "
          f"of unsupported {sum(uns) / max(1, len(uns)):.3f} ({sum(uns)}/{len(uns)})")  # fmt: skip
    print(f"balanced accuracy {balanced:.3f}")
    called = [i for i, c in pairs if not c.supported]
    precision = sum(not i.supported for i in called) / max(1, len(called))
    print(f"precision of 'unsupported' over all items: {precision:.3f} ({len(called)} called)")
    for kind in ("reference", "perturbed"):
        sub = [(i, c) for i, c in pairs if i.kind == kind]
        right = sum(c.supported == i.supported for i, c in sub)
        print(
            f"{kind}: {len(sub)} items, verdict right on {right} ({right / max(1, len(sub)):.3f})"
        )
    for change in ("number", "name"):
        sub = [(i, c) for i, c in pairs if i.change_type == change]
        caught = [(i, c) for i, c in sub if not c.supported]
        named = [(i, c) for i, c in caught if _names_change(i, c)]
        print(f"perturbed {change}: {len(sub)} items, called unsupported {len(caught)} "
              f"({len(caught) / max(1, len(sub)):.3f}); of those, the changed words among the "
              f"words reported {len(named)} ({len(named) / max(1, len(caught)):.3f})")  # fmt: skip
    if out:
        keys = ("line", "sentence", "kind", "label", "verdict", "score", "unsupported")
        lines = [
            json.dumps(dict(zip(keys, (i.line, i.index, i.kind, i.supported, c.supported,
                                       c.score, list(c.unsupported)), strict=True)))
            for i, c in pairs
        ]  # fmt: skip
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def llm(args: argparse.Namespace) -> None:
    if not args.llm or not args.model:
        sys.exit("llm mode needs --llm URL and --model NAME")

    base = Settings(words=args.words, facts=True)
    grounded = replace(base, llm_url=args.llm, llm_model=args.model)
    metric = RougeScore(words=args.words)
    extractive_pairs, llm_pairs = [], []
    checked = dropped = 0
    for story in stories(args.data, args.limit or 50):
        plain = brief_articles(story.articles, settings=base)
        written = brief_articles(story.articles, settings=grounded)
        assert written.grounding is not None
        checked += written.grounding.checked
        dropped += len(written.grounding.dropped)
        extractive_pairs.append(_pair(plain, story.reference))
        llm_pairs.append(_pair(written, story.reference))
    for name, pairs in (("extractive", extractive_pairs), ("llm + verifier", llm_pairs)):
        scores = metric.score(pairs)
        r1 = statistics.mean(s.r1 for s in scores)
        r2 = statistics.mean(s.r2 for s in scores)
        print(f"{name:<16} R-1 {r1:.2f}  R-2 {r2:.2f}")
    print(f"sentences checked {checked}, dropped {dropped} ({dropped / max(1, checked):.1%})")


def _pair(briefing: Briefing, reference: str) -> Pair:
    references = [sentences_of(reference, settings=Settings())]
    return Pair(candidate=[s.text for s in briefing.summary.sentences], references=references)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["dev", "labels", "llm"])
    parser.add_argument(
        "path", nargs="?", type=Path, help="labels: the labels file (default: --labels)"
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--out", type=Path, help="labels: per-item verdicts as JSON Lines")
    parser.add_argument("--llm", help="llm: base URL of an OpenAI-compatible API")
    parser.add_argument("--model", help="llm: model name")
    parser.add_argument("--words", type=int, default=150)
    parser.add_argument("--coverage", type=float, help="labels: another verify_coverage")
    parser.add_argument("--floor", type=float, default=CV_FLOOR, help="labels --cv: lowest fit")
    parser.add_argument(
        "--cv", action="store_true", help="labels: 5-fold cross-validation of verify_coverage"
    )
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"data not found: {args.data}")
    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {platform.platform()}, "
          f"{platform.python_version()}, bench_verify.py {args.mode}")  # fmt: skip
    {"dev": dev, "labels": labels, "llm": llm}[args.mode](args)


if __name__ == "__main__":
    main()
