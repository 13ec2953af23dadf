"""What a reader is shown of the facts of every dev story, as lines to compare before/after a
change: each entity shown ("place: Magnolia"), each figure, quote and timeline line, from the
briefing's Markdown (default settings). Dev lines of a gold set labelled blind
(bench_facts_seen.HELD_OUT) are skipped.

    PYTHONPATH=/path/to/before/src .venv/bin/python benchmarks/diff_shown.py -o /tmp/before.json
    PYTHONPATH=src .venv/bin/python benchmarks/diff_shown.py -o /tmp/after.json
    .venv/bin/python benchmarks/diff_shown.py --compare /tmp/before.json /tmp/after.json
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from bench_facts_seen import HELD_OUT, _line_range  # type: ignore[import-not-found]  # its folder

from newsbrief.batch import read_cluster
from newsbrief.clean import read_clean
from newsbrief.config import Settings
from newsbrief.pipeline import brief_articles
from newsbrief.render.markdown import to_markdown

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "multinews-dev.jsonl"
_KINDS = {"People": "person", "Organisations": "organisation", "Places": "place"}
_ITEM = re.compile(r"(.+?) (?:\[\d+\])+(?:, |$)")


def shown(markdown: str) -> list[str]:
    """The facts lines of one briefing: "figure: …", "timeline: …", "person: Name"."""
    out, section = [], ""
    for line in markdown.splitlines():
        if line.startswith("## "):
            section = line[3:].strip().lower()
        elif line.startswith("- ") and section in ("figures", "timeline", "quotes"):
            out.append(f"{section.removesuffix('s')}: {line[2:]}")
        elif line.startswith("- ") and section == "entities":
            heading, _, names = line[2:].partition(": ")
            kind = _KINDS.get(heading, heading)
            out += [f"{kind}: {m.group(1)}" for m in _ITEM.finditer(names)]
    return out


def dump(lines: set[int]) -> dict[str, list[str]]:
    rows = DATA.read_text(encoding="utf-8").splitlines()
    out = {}
    for i in sorted(lines - _line_range(HELD_OUT)):
        documents = json.loads(rows[i])["documents"]
        articles = list(read_clean(read_cluster(documents).articles).articles)
        out[f"dev-{i:03d}"] = shown(to_markdown(brief_articles(articles, settings=Settings())))
    return out


def compare(before: Path, after: Path) -> None:
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    gone: Counter[str] = Counter()
    added: Counter[str] = Counter()
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key, []), new.get(key, [])
        for line in [x for x in a if x not in b]:
            gone[line.split(":")[0]] += 1
            print(f"{key} - {line}")
        for line in [x for x in b if x not in a]:
            added[line.split(":")[0]] += 1
            print(f"{key} + {line}")
    print(f"gone: {dict(gone)}; added: {dict(added)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("-o", "--out", type=Path)
    parser.add_argument("--lines", default="0-198", help="dev lines A-B,C (0-based)")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare)
        return
    text = json.dumps(dump(_line_range(args.lines)), indent=1, ensure_ascii=False)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text)


if __name__ == "__main__":
    main()
