"""Clustering cost per article as the library grows, on a synthetic stream.

Articles of 160 words: 120 drawn from a Zipf-distributed vocabulary of 30,000 made-up words
(common words shared by everything, as in news) and 40 from their story's 15 topic words; three
articles per story. Prints the mean time of ``StoryIndex.decide`` over the last 500 articles at
each library size (features are computed outside the timing). No dates, so the time window
prunes nothing: the worst case for blocking.

    .venv/bin/python benchmarks/bench_cluster_scaling.py [ARTICLES]   # default 40000
"""

from __future__ import annotations

import random
import statistics
import sys
import time

from newsbrief.cluster import StoryIndex, features

VOCABULARY = 30_000
MARKS = (1_000, 5_000, 10_000, 20_000, 40_000, 80_000)


def main() -> None:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 40_000
    rng = random.Random(5)
    vocabulary = [
        "".join(rng.choices("bcdfghjklmnprstvwz", k=3)) + "".join(rng.choices("aeiou", k=3))
        for _ in range(VOCABULARY)
    ]
    zipf = [1 / (rank + 1) for rank in range(VOCABULARY)]
    index = StoryIndex()
    timings: list[float] = []
    topic: list[str] = []
    for number in range(1, total + 1):
        if number % 3 == 1:
            topic = rng.sample(vocabulary[2_000:], 15)
        words = rng.choices(vocabulary, weights=zipf, k=120) + rng.choices(topic, k=40)
        rng.shuffle(words)
        f = features(" ".join(words))
        start = time.perf_counter()
        index.decide(number, f)
        timings.append(time.perf_counter() - start)
        if number in MARKS:
            mean = statistics.mean(timings[-500:]) * 1000
            print(f"{number:6d} articles, {len(index.stories):6d} stories: {mean:.2f} ms/article")


if __name__ == "__main__":
    main()
