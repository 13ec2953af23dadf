"""Pluggable backends: a Protocol per kind and a small registry.

Built-ins register through the same ``register_*`` call a third-party plug-in would use, and
their heavy imports happen inside the factory, so ``import newsbrief`` stays fast.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from newsbrief.errors import UsageError


class Segmenter(Protocol):
    """Splits a paragraph of text into sentence spans ``(start, end)``, covering it in order."""

    def spans(self, text: str) -> list[tuple[int, int]]: ...


SegmenterFactory = Callable[[], Segmenter]
_SEGMENTERS: dict[str, SegmenterFactory] = {}
_INSTANCES: dict[str, Segmenter] = {}


def register_segmenter(name: str, factory: SegmenterFactory) -> None:
    """Make a segmenter available as ``Settings(segmenter=name)``."""
    _SEGMENTERS[name] = factory
    _INSTANCES.pop(name, None)


def get_segmenter(name: str) -> Segmenter:
    """The (cached) segmenter registered under ``name``."""
    if name not in _INSTANCES:
        try:
            factory = _SEGMENTERS[name]
        except KeyError:
            known = ", ".join(sorted(_SEGMENTERS))
            raise UsageError(f"unknown segmenter {name!r} (known: {known})") from None
        _INSTANCES[name] = factory()
    return _INSTANCES[name]


def segmenter_names() -> list[str]:
    return sorted(_SEGMENTERS)


# Punkt only ever breaks after one of these; what may trail the last one (closing quotes and
# brackets, spaces) is no break either.
_PUNKT_ENDS = ".!?…"
_PUNKT_TAIL = _PUNKT_ENDS + "\"'”’)] \t\n"


class _Nupunkt:
    """nupunkt's pre-trained Punkt model (ships in the wheel)."""

    def __init__(self) -> None:
        import nupunkt

        self._spans = nupunkt.sent_spans

    def spans(self, text: str) -> list[tuple[int, int]]:
        # Nearly half of news paragraphs are one sentence with nothing Punkt could break at
        # before its end: that needs no model (same spans; checked on the 9,376 paragraphs of
        # the dev set, and by tests/test_sentences.py).
        body = text.rstrip(_PUNKT_TAIL)
        if not any(end in body for end in _PUNKT_ENDS):
            return [(0, len(text))] if text else []
        return [(int(a), int(b)) for a, b in self._spans(text)]


register_segmenter("nupunkt", _Nupunkt)
