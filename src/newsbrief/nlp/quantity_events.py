"""What happened to what a quantity counts (killed, fled, trapped, …), read from the words on
either side of its number in its own clause: "killing three people and injuring 23 others",
"four people were shot", "the evacuation of 240 homes".
"""

from __future__ import annotations

from newsbrief.nlp.lexicon import EVENT_CLASS, SPEECH_VERBS, WINDOW_STOPS
from newsbrief.nlp.quantity_context import participle


def read_event(before: list[str], after: list[str], noun: str | None, dimension: str) -> str | None:
    """What happened to the counted thing: the verb right before the number first ("killing
    three people and injuring 23 others"; an event word only, and not "left": "left 80 dead";
    "fatally shot three" killed them), then the clause after it, then the clause before it."""
    classes = not dimension.startswith("money")  # "fled", "killed" say nothing of an amount
    if not classes:
        event = None
    elif [w.lower() for w in before[-2:]] in _FATALLY:
        event = "killed"
    else:
        verb = before[-1:] if before and before[-1].lower() in EVENT_CLASS.keys() - _LOOSE else []
        event = _event_of(before) or _event(verb, noun)
    event = event or _event(after, noun, classes=classes, after=True)
    more = (after[:1] and after[0].lower() in _MORE_OF) or before[-1:] == ["with"]
    reach = len(before) if more else _NEAR_BEFORE
    return event or _event(list(reversed(before)), noun, classes=classes, reach=reach)


_FATALLY = [["fatally", w] for w in "shot shooting stabbed stabbing wounded struck".split()]


def _and_killed(words: list[str], i: int) -> bool:
    return [w.lower() for w in words[i + 1 : i + 3]] in (["and", "killed"], ["to", "death"])


# How far before a number an event word may stand ("killing at least 45 people", "were killed,
# among them 13"), not further ("death row peers were put there by just three states"), unless
# the number counts more of the same ("killed a prominent lawmaker and 16 other people", "they
# were trapped in a small area with tens of thousands of civilians").
_NEAR_BEFORE = 3
_MORE_OF = frozenset("other others".split())


def _event_of(before: list[str]) -> str | None:
    """ "the killing of hundreds", "the evacuation of 240 homes": the event named just before."""
    if len(before) >= 2 and before[-1].lower() == "of":
        return EVENT_CLASS.get(before[-2].lower())
    return None


def _event(
    words: list[str],
    noun: str | None,
    *,
    classes: bool = True,
    after: bool = False,
    reach: int = len(EVENT_CLASS),
) -> str | None:
    """The first event word in ``words`` (read outward from the number) before a clause ends:
    a word of ``EVENT_CLASS`` anywhere in the clause (when ``classes``), another participle
    only where it is the number's verb ("were given", "have completed", "won $1 million")."""
    for i, word in enumerate(words):
        low = word.lower()
        if word[0].isdigit():
            continue
        if not word[0].isalpha() and low not in ("—", "–"):
            return None
        if low in WINDOW_STOPS:
            return None
        loose_ok = i <= 1 or words[i - 1].lower() == "to"  # "residents … to leave"
        if classes and low == "shot":  # the number's own verb only: "four people were shot"
            if all(_links(w, noun) for w in words[:i]):  # (not "… and was shot twice")
                dead = words[i + 1 : i + 2] == ["dead"] or _and_killed(words, i)
                return "killed" if dead else "injured"  # "were shot dead", "shot and killed"
        elif (
            classes
            and low in EVENT_CLASS
            and (low not in _LOOSE or loose_ok)
            and (after or i <= reach)  # (a class word too far may still be the verb below)
        ):
            return EVENT_CLASS[low]
        said = low in _NOT_EVENTS or low in SPEECH_VERBS  # "three jurors told Reuters"
        if said or not participle(low):
            continue
        if words[i + 1 : i + 2] == ["dead"]:
            return "killed"  # "were pronounced dead", "were found dead"
        # before the number, its verb stands right before it ("won $1 million"; not "consisted
        # of three sentences"); after it, not right before its noun ("dozens of helmeted police")
        helped = words[i + 1 : i + 2] != [noun] if after else i == 0
        if helped and all(_links(w, noun) for w in words[:i]):
            return low
    return None


# Event words with another common sense ("left $15,000 to", "left-wing"): only right next to
# the number ("50,000 left", "those leaving at 50,000") are they the event.
_LOOSE = frozenset("left leave leaving".split())
# Words between a number (or its noun) and its verb: "100 people who have been evacuated".
_LINKS = frozenset(
    "who that which have has had been were was are is be being reportedly already now still "
    "also more of".split()
)


def _links(word: str, noun: str | None) -> bool:
    low = word.lower()
    return low in _LINKS or low == noun or (noun is not None and low in noun.split())


# Participles that say how a figure is known or thought of, not what happened to it.
_NOT_EVENTS = frozenset(
    "reported estimated expected believed thought considered needed required allowed called "
    "named based compared related listed included involved used showed shown suggested "
    "indicated revealed approached reached neared topped exceeded".split()
)
