"""Which articles are not in English: the summary is extractive and works on any language that
splits into sentences, but the fact extractors read English only.

English is recognised by its function words first: in every one of the 568 Multi-News dev
articles at least 28.8% of the words are English stop words, against at most 9% in news
paragraphs of French, German, Spanish, Italian, Dutch and Portuguese (benchmarks/RESULTS.md), so
an article above ``ENGLISH_SHARE`` is English without a model. Only an article below it is given
to py3langid (langid.py's model, 97 languages, a 4.5 MB package from PyPI), which names the
language; loading its model takes ~1.2 s, paid only when such an article is read.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from newsbrief.nlp.stopwords import ENGLISH

ENGLISH_SHARE = 0.2  # stop-word share at or above which an article is English, no model asked
MIN_WORDS = 20  # fewer words than this: too little to judge, taken as English
_SAMPLE = 5000  # characters the model reads from the start of an article
# Characters whose words are counted against ENGLISH_SHARE (~330 words), at half the cost of
# _SAMPLE: the lowest share among the 568 raw dev documents is 0.276 (0.288 from 5,000
# characters; 0.178 from 1,000, too few past a page's furniture). A text the count does not
# call English still goes to the model, which reads _SAMPLE.
_COUNTED = 2000
UNKNOWN = "und"  # ISO 639-2's "undetermined"
_WORD = re.compile(r"[^\W\d_]+")


def language(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language ("en", "fr", …); "en" when the text is too
    short to judge; UNKNOWN when it is not English but the model cannot be loaded."""
    words = _WORD.findall(text[:_COUNTED].lower())
    if len(words) < MIN_WORDS or sum(w in ENGLISH for w in words) >= ENGLISH_SHARE * len(words):
        return "en"
    try:
        code, _ = _identifier().classify(text[:_SAMPLE])
    except OSError:  # its model is unpacked through a temporary file: a full disk stops it
        return UNKNOWN
    return str(code)


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)
