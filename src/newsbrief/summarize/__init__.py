"""Story -> Summary with citations. Extractive: every summary sentence is a source sentence (less
the asides trim.py cuts, with any first name people.py puts in).

core.py       summarize() and cite(): the stage's entry points
similarity.py sentence vectors and the "supports" relation shared by ranking and attribution
features.py   named sentence features; weights.py their fitted weights
extractive.py candidates, ranking and greedy non-redundant selection under the word budget
coverage.py   selection by concept coverage with the score as a prior (the default)
novelty.py    whether a candidate tells anything the chosen sentences have not ("nothing new")
trim.py       the bracketed asides a summary sentence is shown without ("(see-AHN'-see-uh)")
"""

from __future__ import annotations

from typing import Any

__all__ = ["summarize"]


def __getattr__(name: str) -> Any:
    # Lazy, so that `import newsbrief` (which reads the fitted weights) does not load numpy.
    if name == "summarize":
        from newsbrief.summarize.core import summarize

        return summarize
    raise AttributeError(name)
