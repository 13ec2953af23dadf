"""The optional dependencies, installed as extras of the package (pyproject.toml): a feature
imports what it needs through ``require``, which says in one line what to install when the
extra is missing, e.g. ``newsbrief serve needs the [web] extra: pip install 'newsbrief[web]'``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from newsbrief.errors import MissingExtraError

# What each extra is for, as the message names it.
EXTRAS = {
    "web": "newsbrief serve",
    "eval": "newsbrief eval",
    "spacy": 'the spaCy entity recogniser (entities="spacy")',
}


def require(module: str, *, extra: str) -> ModuleType:
    """``module`` imported, or MissingExtraError naming the extra that installs it."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as missing:
        raise MissingExtraError(
            f"{EXTRAS[extra]} needs the [{extra}] extra: pip install 'newsbrief[{extra}]'"
        ) from missing
