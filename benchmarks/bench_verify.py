"""How well the verifier (newsbrief.verify) tells supported sentences from invented ones.

    .venv/bin/python benchmarks/bench_verify.py dev [--data ../shared/data/multinews-dev.jsonl]
    .venv/bin/python benchmarks/bench_verify.py labels [--labels FILE]
    .venv/bin/python benchmarks/bench_verify.py llm --llm URL --model NAME [--limit N] [--words N]

``dev``: every sentence of each Multi-News dev reference summary checked against its own
cluster's articles (share called unsupported; the references are abstractive, so some are
right to fail), and against the next cluster's articles (a different story: every one should
fail), over a grid of ``verify_coverage`` thresholds; then 10 unsupported reference sentences
drawn at random (seed 0) with their reasons, to check by hand.

``labels``: a labelled set of sentences (see benchmarks/data/README.md); balanced accuracy at
the default threshold, and the precision of "unsupported" on items with an invented number or
name.

``llm``: brief dev clusters with ``--llm``/``--model`` (an OpenAI-compatible endpoint, key in
NEWSBRIEF_LLM_KEY), and report ROUGE against the references and the share of the LLM's
sentences the verifier dropped, beside the extractive briefing's ROUGE.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from newsbrief.batch import read_cluster
from newsbrief.config import Settings
from newsbrief.nlp.sentences import segment
from newsbrief.pipeline import read_clean
from newsbrief.types import Article, CheckedSentence, Sentence
from newsbrief.verify import sentences_of, verify_sentences

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "multinews-dev.jsonl"
DEFAULT_LABELS = ROOT / "benchmarks" / "data" / "faithfulness-labels.jsonl"
GRID = (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)


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
    return not c.unsupported and c.score >= threshold and not c.reason.startswith("the cited")


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
    print("threshold  own-sources-unsupported  other-story-supported  balanced-separation")
    for t in GRID:
        own_bad = sum(not supported_at(c, t) for c in own) / len(own)
        other_ok = sum(supported_at(c, t) for c in other) / len(other)
        print(
            f"{t:9.2f}  {own_bad:23.1%}  {other_ok:21.1%}  {(1 - other_ok + 1 - own_bad) / 2:.3f}"
        )
    default = Settings().verify_coverage
    missing = sum(bool(c.unsupported) for c in own) / len(own)
    print(f"own sources, default {default}: {missing:.1%} have a number/name/date not cited")
    rng = random.Random(0)
    failed = [c for c in own if not supported_at(c, default)]
    print("\n10 unsupported reference sentences (seed 0):")
    for c in rng.sample(failed, min(10, len(failed))):
        why = "missing " + ", ".join(c.unsupported) if c.unsupported else f"coverage {c.score}"
        print(f"- [{why}] {c.text}")


def labels(args: argparse.Namespace) -> None:
    from bench_verify_labels import load_labelled  # the labelled set's format, in its own file

    settings = Settings(facts=False)
    items = load_labelled(args.labels, args.data)
    by_cluster: dict[str, Story] = {s.id: s for s in stories(args.data)}
    right = {True: 0, False: 0}
    total = {True: 0, False: 0}
    flagged_invented = flagged_invented_right = 0
    rows = []
    for item in items:
        story = by_cluster[item.cluster]
        (c,) = verify_sentences([item.text], story.articles, story.sentences, settings=settings)
        total[item.supported] += 1
        right[item.supported] += c.supported == item.supported
        if item.invented and not c.supported:
            flagged_invented += 1
        if not c.supported and item.kind in ("number", "name"):
            flagged_invented_right += not item.supported
        rows.append({"id": item.id, "label": item.supported, "verdict": c.supported,
                     "kind": item.kind, "reason": c.reason})  # fmt: skip
    recall = {k: right[k] / total[k] for k in total if total[k]}
    balanced = statistics.mean(recall.values())
    print(f"{len(items)} labelled sentences: {total[True]} supported, {total[False]} not")
    print(
        f"recall of supported {recall.get(True, 0):.3f}, of unsupported {recall.get(False, 0):.3f}"
    )
    print(f"balanced accuracy at verify_coverage={settings.verify_coverage}: {balanced:.3f}")
    invented = [r for r in rows if r["kind"] in ("number", "name")]
    called = [r for r in invented if not r["verdict"]]
    if called:
        precision = sum(not r["label"] for r in called) / len(called)
        print(f"invented number/name items: {len(invented)}; called unsupported {len(called)}, "
              f"precision {precision:.3f}")  # fmt: skip
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def llm(args: argparse.Namespace) -> None:
    from newsbrief.eval.metrics import RougeScore
    from newsbrief.pipeline import brief_articles

    base = Settings(words=args.words, facts=True)
    grounded = replace(base, llm_url=args.llm, llm_model=args.model)
    metric = RougeScore(words=args.words)
    extractive_pairs, llm_pairs = [], []
    checked = dropped = 0
    for story in stories(args.data, args.limit):
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


def _pair(briefing: object, reference: str) -> object:
    from newsbrief.eval.metrics import Pair

    text = " ".join(s.text for s in briefing.summary.sentences)  # type: ignore[attr-defined]
    return Pair(system=text, references=[reference])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["dev", "labels", "llm"])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--out", type=Path, help="labels: per-item verdicts as JSON Lines")
    parser.add_argument("--llm", help="llm: base URL of an OpenAI-compatible API")
    parser.add_argument("--model", help="llm: model name")
    parser.add_argument("--words", type=int, default=150)
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"data not found: {args.data}")
    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {platform.platform()}, "
          f"{platform.python_version()}, bench_verify.py {args.mode}")  # fmt: skip
    {"dev": dev, "labels": labels, "llm": llm}[args.mode](args)


if __name__ == "__main__":
    main()
