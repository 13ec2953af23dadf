"""Evaluation: newsbrief and baselines against reference summaries, scored with ROUGE.

``dataset`` reads clusters with references, ``baselines`` holds the systems newsbrief is compared
with, ``metrics`` the ROUGE backends (rouge-score, and the ROUGE-1.5.5 Perl script), ``run`` ties
them together. Used by ``newsbrief eval`` and ``benchmarks/bench_summary.py``.
"""
