"""Write the evaluative adjectives the summary's voice rule reads (src/newsbrief/data/).

    pip download textblob==0.20.1 --no-deps -d /tmp/tb && unzip /tmp/tb/*.whl -d /tmp/tb
    python benchmarks/make_subjective_list.py /tmp/tb/textblob/en/en-sentiment.xml [--check]

TextBlob ships pattern's English subjectivity lexicon (Tom De Smedt and Walter Daelemans,
PDDL): 2,918 word senses, each with a subjectivity (0 objective .. 1 subjective) and a polarity
(-1 .. 1). This keeps the adjectives whose senses average a subjectivity of at least 0.8 and a
polarity of at least 0.4 either way, sense by sense (437 words: "ridiculous", "chilling", "beloved",
"gorgeous"), less the ones news uses to describe rather than to judge (``DESCRIPTIVE``:
"guilty", "deadly", "sexual", "latest", "confirmed": the lexicon rates them subjective, a
reporter writes them as fact; 64 words, 373 kept), one word a line, sorted. TextBlob itself
(and NLTK under it) is not a dependency: 4 KB of words is all the rule needs. --check compares
instead of writing.

The lexicon is public domain (PDDL): src/newsbrief/data/NOTICE says where it comes from.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[1] / "src/newsbrief/data/subjective-en.txt"
MIN_SUBJECTIVITY = 0.8
MIN_POLARITY = 0.4
# Rated subjective by the lexicon, written as fact in news: a verdict, a cause of death, a
# category, a state, a size or a rank ("pleaded guilty", "deadly attack", "sexual assault",
# "the latest airline", "an experienced officer", "was ill", "a huge fire", "free of charge").
DESCRIPTIVE = frozenset(
    """
    acute affirmative affluent afraid algid angry artesian artificial base battleful
    bloodstained bloody bootleg calculable cast-iron chicken cold collectible confirmed
    controversial dangerous deadly difficult drunk elect enormous experienced famous fake filled
    first-string fly free full-fledged guilty huge ill important kind latest own popular
    prominent rank rose sexual sick static successful superior sure thin tough troubled uncommon
    ungraded unprecedented unsalted violent wealthy welcome youngish
    """.split()
)


def words(lexicon: Path) -> list[str]:
    senses: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for word in ET.parse(lexicon).getroot():
        if word.get("pos") == "JJ":
            pair = (float(word.get("subjectivity", 0)), float(word.get("polarity", 0)))
            senses[word.get("form", "").lower()].append(pair)
    kept = []
    for form, pairs in senses.items():
        subjectivity = sum(s for s, _ in pairs) / len(pairs)
        strength = sum(abs(p) for _, p in pairs) / len(pairs)  # "ridiculous": -1, +1, -1
        judges = subjectivity >= MIN_SUBJECTIVITY and strength >= MIN_POLARITY
        if judges and form not in DESCRIPTIVE and " " not in form:
            kept.append(form)
    return sorted(kept)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("lexicon", type=Path, help="textblob/en/en-sentiment.xml")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = "".join(f"{w}\n" for w in words(args.lexicon))
    if args.check:
        sys.exit(0 if OUTPUT.read_text(encoding="ascii") == text else 1)
    OUTPUT.write_text(text, encoding="ascii")
    print(f"{OUTPUT}: {text.count(chr(10))} words")


if __name__ == "__main__":
    main()
