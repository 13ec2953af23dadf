"""Sentences -> whether the sources support them, with the exact passages that do.

The stage behind ``brief --llm`` (every sentence an LLM writes is kept only when supported) and
``newsbrief verify`` (any summary checked against its sources):

align.py        verify_sentences(): the best one to three source sentences, and the verdict
claims.py       the numbers, names, dates and negations a sentence commits to, normalised
attribution.py  outlet attributions ("…, the AP reports"), which are not checked
summary.py      verify_summary(): a summary text and the inputs it summarises -> Verification
"""

from __future__ import annotations

from newsbrief.verify.align import verify_sentences
from newsbrief.verify.summary import sentences_of, verify_summary

__all__ = ["sentences_of", "verify_sentences", "verify_summary"]
