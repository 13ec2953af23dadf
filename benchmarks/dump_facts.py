"""Dump the facts (the briefing's "facts" JSON) of fixed inputs, to check that a speed change
leaves them unchanged: run it with one checkout's code, then another's, and compare.

    PYTHONPATH=/work/main/src .venv/bin/python benchmarks/dump_facts.py -o /tmp/before.json
    PYTHONPATH=src .venv/bin/python benchmarks/dump_facts.py -o /tmp/after.json
    .venv/bin/python benchmarks/dump_facts.py --compare /tmp/before.json /tmp/after.json

Inputs: the Aleppo sample (../shared/samples/aleppo-2016), every story of the gold fixture sets
(tests/fixtures/facts-fresh-*, facts-gold, quotes-dev, entities-dev) and the dev lines --lines
(default 0-149), each read and cleaned as ``brief`` reads it, segmented, then ``extract_facts``
with default settings. Dev lines of a gold set labelled blind (bench_facts_seen.HELD_OUT) are
skipped, whatever names them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bench_facts_seen import HELD_OUT, _line_range  # type: ignore[import-not-found]  # its folder

from newsbrief.batch import read_cluster
from newsbrief.clean import read_clean
from newsbrief.facts import extract_facts
from newsbrief.nlp.sentences import segment
from newsbrief.render.json import facts_dict
from newsbrief.types import Article

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "multinews-dev.jsonl"
ALEPPO = ROOT.parent / "shared" / "samples" / "aleppo-2016"
GOLD_SETS = ("facts-fresh-*", "facts-gold", "quotes-dev", "entities-dev")


def _facts(articles: list[Article]) -> dict[str, Any]:
    return facts_dict(extract_facts(articles, [segment(a) for a in articles]))


def inputs(lines: set[int]) -> dict[str, list[Article]]:
    """Name -> cleaned articles of every input."""
    held_out = _line_range(HELD_OUT)
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    line_of = {str(row["id"]): i for i, row in enumerate(rows)}
    out = {"aleppo-sample": list(read_clean([ALEPPO]).articles)}
    for pattern in GOLD_SETS:
        for path in sorted(ROOT.glob(f"tests/fixtures/{pattern}/*.json")):
            source = json.loads(path.read_text(encoding="utf-8"))["source"]
            name = f"{path.parent.name}/{path.stem}"
            if "path" in source:
                out[name] = list(read_clean([ROOT / source["path"]]).articles)
            elif line_of[source["dev_cluster"]] not in held_out:
                out[name] = _cluster(rows[line_of[source["dev_cluster"]]]["documents"])
    for i in sorted(lines - held_out):
        out[f"dev-{i:03d}"] = _cluster(rows[i]["documents"])
    return out


def _cluster(documents: list[str]) -> list[Article]:
    return list(read_clean(read_cluster(documents).articles).articles)


def compare(before: Path, after: Path) -> int:
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    differ = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    for key in differ:
        kinds = [k for k in ("figures", "quotes", "timeline", "entities", "disagreements")
                 if (old.get(key) or {}).get(k) != (new.get(key) or {}).get(k)]  # fmt: skip
        print(f"DIFFERS {key}: {', '.join(kinds) or 'missing'}")
    print(f"{len(old)} / {len(new)} inputs, {len(differ)} differ")
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("-o", "--out", type=Path, help="write the facts JSON here")
    parser.add_argument("--lines", default="0-149", help="dev lines A-B,C (0-based)")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare))
    facts = {name: _facts(articles) for name, articles in inputs(_line_range(args.lines)).items()}
    text = json.dumps(facts, indent=1, sort_keys=True, ensure_ascii=False)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"{len(facts)} inputs -> {args.out}")
    else:
        print(text)


if __name__ == "__main__":
    main()
