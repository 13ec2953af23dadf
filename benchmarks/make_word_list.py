"""Write the English word frequencies the story clustering uses (src/newsbrief/data/).

    pip install wordfreq==3.1.1   # in a scratch virtual environment, not newsbrief's
    python benchmarks/make_word_list.py [--check]

cluster.background_df() needs wordfreq's "small" English list (~30,000 words), and of it only
the words made of ASCII letters (each one token, stemmed as newsbrief stems text); wordfreq
itself installs 58 MB of word lists in many languages. This writes those words, in wordfreq's
order, with their frequency as wordfreq stores it (whole centibels, -100 x log10 of the
probability: ``the\\t128`` is 10 ** -1.28), one ``word<TAB>centibels`` line each, gzip'd with a
fixed timestamp so the same wordfreq always gives the same bytes. --check compares the file
with wordfreq instead of writing it (exit 1 when they differ).

The list is wordfreq's data, licensed CC BY-SA 4.0: src/newsbrief/data/NOTICE says where it
comes from and under which terms it is shared; keep it with the file.
"""

from __future__ import annotations

import argparse
import gzip
import io
import sys
from pathlib import Path

WORDFREQ_VERSION = "3.1.1"
OUTPUT = Path(__file__).resolve().parents[1] / "src/newsbrief/data/wordfreq-small-en.tsv.gz"


def centibels() -> dict[str, int]:
    """wordfreq's small English list, word -> -centibels, in wordfreq's own order (buckets from
    commonest, alphabetical in each, as ``wordfreq.get_frequency_dict`` reads them)."""
    from importlib.metadata import version

    from wordfreq import get_frequency_list

    if version("wordfreq") != WORDFREQ_VERSION:
        sys.exit(f"needs wordfreq=={WORDFREQ_VERSION}, found {version('wordfreq')}")
    found: dict[str, int] = {}
    for index, bucket in enumerate(get_frequency_list("en", "small")):
        for word in bucket:
            found[word] = index
    return found


def content(found: dict[str, int]) -> bytes:
    lines = "".join(f"{w}\t{i}\n" for w, i in found.items() if w.isascii() and w.isalpha())
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, compresslevel=9, mtime=0) as gz:
        gz.write(lines.encode("ascii"))
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    data = content(centibels())
    if args.check:
        same = OUTPUT.read_bytes() == data
        print(f"{OUTPUT.name}: {'same as' if same else 'DIFFERS from'} wordfreq {WORDFREQ_VERSION}")
        sys.exit(0 if same else 1)
    OUTPUT.write_bytes(data)
    print(f"wrote {OUTPUT} ({len(data):,} bytes)")


if __name__ == "__main__":
    main()
