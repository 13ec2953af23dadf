"""Coverage-guided fuzzing (atheris, libFuzzer) of the readers and the cleaner.

    .venv/bin/pip install atheris==3.0.0   # not in the dev extra: binary wheels for Linux only
    PYTHONPATH=src .venv/bin/python benchmarks/fuzz_atheris.py [--runs 20000] [--seconds 600]

Each input is split by atheris's FuzzedDataProvider into a format (the file suffix the readers
see: text, HTML, JSON, JSON Lines, RSS, WARC, none) and bytes; the bytes are written to a file of
that suffix and read with ``ingest.read`` (the way ``brief FILE`` reads), then every article is
cleaned (``clean.clean_articles``), headlined, and read again from a stream as ``brief -``
would. Anything raised is a finding: ``read`` turns a bad input into a problem line, and the
cleaner takes any article. libFuzzer also stops on an input that takes over ``--case-seconds``
(a hang) or pushes memory over ``--rss-mb``. Seeds: the Aleppo example and the fixture stories.
Only newsbrief's own modules are instrumented (coverage feedback from its branches).

Prints the runs, the new coverage found, any finding (libFuzzer writes the input to
``crash-*``/``timeout-*``/``oom-*`` in ``--artifacts``), the time and the machine.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["newsbrief"]):
    from newsbrief.clean import clean_articles, headline
    from newsbrief.ingest import read

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = ["", ".txt", ".html", ".json", ".jsonl", ".rss", ".warc", ".warc.gz", ".md"]
SEEDS = [ROOT / "examples" / "aleppo-2016", ROOT / "tests" / "fixtures" / "kelmouth-fire"]
FOLDER = Path(tempfile.mkdtemp(prefix="newsbrief-atheris-"))


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    suffix = SUFFIXES[fdp.ConsumeIntInRange(0, len(SUFFIXES) - 1)]
    body = fdp.ConsumeBytes(fdp.remaining_bytes())
    path = FOLDER / f"input{suffix}"
    path.write_bytes(body)
    for result in (read([path], fetch=False), read([io.BytesIO(body)], fetch=False)):
        for article in clean_articles(result.articles):
            headline(article.title or article.text[:200])


def _seeds(corpus: Path) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    for folder in SEEDS:
        for i, file in enumerate(sorted(p for p in folder.rglob("*") if p.is_file())):
            (corpus / f"{folder.name}-{i}").write_bytes(
                bytes([i % len(SUFFIXES)]) + file.read_bytes()
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20000)
    parser.add_argument("--seconds", type=int, default=600, help="stop after this in any case")
    parser.add_argument("--case-seconds", type=int, default=20, help="one input longer: a hang")
    parser.add_argument("--rss-mb", type=int, default=2048)
    parser.add_argument("--max-len", type=int, default=64 * 1024)
    parser.add_argument("--artifacts", default=str(FOLDER / "artifacts"))
    args = parser.parse_args()
    corpus = FOLDER / "corpus"
    _seeds(corpus)
    Path(args.artifacts).mkdir(parents=True, exist_ok=True)
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {machine}, atheris", flush=True)
    flags = [
        f"-runs={args.runs}",
        f"-max_total_time={args.seconds}",
        f"-timeout={args.case_seconds}",
        f"-rss_limit_mb={args.rss_mb}",
        f"-max_len={args.max_len}",
        f"-artifact_prefix={args.artifacts}/",
        "-print_final_stats=1",
        str(corpus),
    ]
    print(f"artifacts (findings) go to {args.artifacts}", flush=True)
    atheris.Setup([sys.argv[0], *flags], one_input)
    atheris.Fuzz()  # libFuzzer prints its runs, time and findings, then exits


if __name__ == "__main__":
    main()
