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


class _Nupunkt:
    """nupunkt's pre-trained Punkt model (ships in the wheel)."""

    def __init__(self) -> None:
        import nupunkt

        self._spans = nupunkt.sent_spans

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [(int(a), int(b)) for a, b in self._spans(text)]


register_segmenter("nupunkt", _Nupunkt)
