"""Clustering metrics: B-cubed precision/recall/F1 and the adjusted Rand index.

Both take ``{item: cluster label}`` for the found and the true clustering over the same items.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from math import comb


def bcubed(found: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """(precision, recall, F1), averaged over items (Bagga & Baldwin 1998)."""
    if not found:
        return 0.0, 0.0, 0.0
    pairs = Counter((found[i], gold[i]) for i in found)
    found_size = Counter(found.values())
    gold_size = Counter(gold[i] for i in found)
    precision = sum(n * n / found_size[f] for (f, _), n in pairs.items()) / len(found)
    recall = sum(n * n / gold_size[g] for (_, g), n in pairs.items()) / len(found)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def adjusted_rand(found: Mapping[str, str], gold: Mapping[str, str]) -> float:
    """Hubert & Arabie's adjusted Rand index; 1.0 for identical clusterings."""
    n = len(found)
    if n < 2:
        return 1.0
    pairs = sum(comb(c, 2) for c in Counter((found[i], gold[i]) for i in found).values())
    a = sum(comb(c, 2) for c in Counter(found.values()).values())
    b = sum(comb(c, 2) for c in Counter(gold[i] for i in found).values())
    expected = a * b / comb(n, 2)
    best = (a + b) / 2
    return 1.0 if best == expected else (pairs - expected) / (best - expected)
