"""What the entity rules read from the package's word list (nlp/wordlist.py): text printed in
capitals is no name.
"""

from __future__ import annotations

import re

from newsbrief.nlp.wordlist import common_words

__all__ = ["shouted_words"]


def shouted_words(low: str) -> bool:
    """Three or more words (``low``, lower-cased from capitals), each a common word: text printed
    in capitals ("SAY WHEN THEY WENT TO THAT HOUSE", "TOLD POLICE SHE'S"), no name."""
    words = [_POSSESSIVE.sub("", w) for w in low.split()]
    common = common_words()
    return len(words) > 2 and all(w.isalpha() and w in common for w in words)


_POSSESSIVE = re.compile(r"['’]s$")
