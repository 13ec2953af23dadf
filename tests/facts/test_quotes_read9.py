"""Quote speakers and duplicates an editor's read struck (read9, issue 13): "he says" after a
sentence whose subject a possessive place opens ("Tallinn's Ada Roe is …") is that person, not
the speaker before; a shown quote whose words all stand in a longer shown quote of other outlets
is shown once, the longer; a clause after ", although" with a speech verb of its own has its own
speaker. Every sentence is invented."""

from __future__ import annotations

from .helpers import credits, facts_of, story

LAWYER = (
    "Lawyer Ivo Lind says his clients are worried about the new rules.\n\n"
    "“Nobody has tested the case in any court so far. We're lacking that.”\n\n"
    "He's even warned clients to be wary of travelling with old violins.\n\n"
)


def test_he_says_after_a_possessive_place_opening_the_sentence_is_the_person_it_names() -> None:
    found = credits(
        LAWYER + "Tallinn's Ada Roe is one of the world's top dealers of old violins. "
        "“It's a nightmare,” she says. “I can't help it if they used that wood on every violin "
        "made before 1970.”"
    )
    said = "I can't help it if they used that wood on every violin made before 1970."
    assert found[said] == "Ada Roe"


def test_a_possessive_place_opening_a_sentence_with_no_person_after_it_names_no_one() -> None:
    found = credits(
        LAWYER + "Tallinn's old town is full of dealers of old violins. "
        "“It's a nightmare,” he says. “I can't help it if they used that wood on every violin "
        "made before 1970.”"
    )
    said = "I can't help it if they used that wood on every violin made before 1970."
    assert found[said] == "Ivo Lind"  # the speaker before: no one else is the subject since


WHOLE = (
    "“The well-being of our pupils is paramount. Upon learning of the incident, we told the "
    "police at once and dismissed two of our staff,” said Ada Roe, a spokeswoman for the school."
)


def _shown(*texts: str) -> list[tuple[str, tuple[str | None, ...], tuple[str, ...]]]:
    """The shown quotes: text, each citation's speaker, each citation's article."""
    quotes = facts_of(story(*texts)).shown().quotes
    return [(q.text, q.cited_speakers(), tuple(c.article_id for c in q.citations)) for q in quotes]


def test_another_outlets_part_of_a_shown_quote_is_shown_once_with_both_citations() -> None:
    part = "“The well being of our pupils is paramount,” Roe said in a statement on Monday."
    (shown,) = _shown(part, WHOLE)
    text, speakers, articles = shown
    assert text.startswith("The well-being of our pupils") and text.endswith("two of our staff")
    assert articles == ("a0", "a1")  # in the order of the articles
    assert speakers == ("Ada Roe", "Ada Roe")  # "Roe" is the one other outlets name in full


def test_a_part_credited_to_someone_else_keeps_its_speaker_on_the_longer_quote() -> None:
    part = "Ivo Lind, the head teacher, said “we told the police at once and dismissed two of our"
    part += " staff” on Monday."
    (shown,) = _shown(WHOLE, part)
    assert shown[1] == ("Ada Roe", "Ivo Lind")


def test_a_quote_no_part_of_another_stays_its_own() -> None:
    other = "“We told the parents at once and dismissed two of our staff,” Roe said on Monday."
    assert len(_shown(WHOLE, other)) == 2


def test_outlets_naming_two_people_by_one_surname_keep_both_names() -> None:
    quote = "“We will rebuild the bridge over the river by May,” {} said."
    credited = {
        q.text: q.cited_speakers()
        for q in facts_of(story(quote.format("Gary Wilson"), quote.format("Jane Wilson"))).quotes
    }
    assert credited["We will rebuild the bridge over the river by May"] == (
        "Gary Wilson",
        "Jane Wilson",
    )


def test_a_speaker_without_the_middle_name_another_outlet_gives_takes_it() -> None:
    quote = "“My goal in coming here is not to apologize for what I consider a triumph,” {} said."
    (shown,) = _shown(quote.format("John Kerry"), quote.format("John F. Kerry"))
    assert shown[1] == ("John F. Kerry", "John F. Kerry")


def test_a_clause_after_although_with_its_own_speech_verb_is_not_the_first_subjects() -> None:
    found = credits(
        "Lind had earlier said the girl only suffered a bruise, although her lawyer said on the "
        "radio that she “has a cast on her arm and injuries to her neck and back.”"
    )
    assert found["has a cast on her arm and injuries to her neck and back."] is None


def test_a_clause_after_but_naming_someone_gives_them_the_quote() -> None:
    found = credits(
        "Ivo Lind said the plan was sound, but Ada Roe said that it would “cost the town far more "
        "than anyone has admitted so far.”"
    )
    assert found["cost the town far more than anyone has admitted so far."] == "Ada Roe"


def test_a_clause_after_but_with_no_subject_of_its_own_is_the_first_subjects() -> None:
    found = credits(
        "Ivo Lind said he was afraid the town would lose, but then recalled, “Wait a moment, I "
        "know this valley.”"
    )
    assert found["Wait a moment, I know this valley."] == "Ivo Lind"


def test_what_the_speaker_tells_they_said_inside_their_quote_is_not_a_second_line() -> None:
    shown = _shown(
        "“There was a coup,” Ada Roe says. “What we heard was that the coup made the government "
        "illegitimate. That's when we said, 'Okay, we can not buy any more of this wood.'”"
    )
    told = [q for q in shown if "we can not buy" in q[0]]
    assert len(told) == 1
    assert told[0][0].startswith("What we heard") and told[0][1:] == (("Ada Roe",), ("a0",))


def test_he_after_a_sentence_whose_reporting_verb_follows_a_comma_is_that_speaker() -> None:
    # read10 (dev 42): Brusatte's words went to "Caihong", the dinosaur the sentence is about
    found = credits(
        "Caihong may not have used just its feathers for showing off, notes University of"
        " Edinburgh paleontologist Steve Brusatte, who reviewed the study.\n\n"
        "“Its plumage was a shiny rainbow of iridescent colors,” he says.\n\n"
        "Ancient toolmaking varied from one part of Africa to another, says archaeologist Ada"
        " Roe of Stony Brook University in New York. At the site, she says, “early humans were"
        " at least as smart as the scientists investigating them.”\n\n"
        "Djoko Murdjatmodjo, the acting director general, said on Saturday that the Transport"
        " Ministry would investigate other routes.\n\n"
        "“We are going to investigate all the flight schedules,” he said."
    )
    assert found["Its plumage was a shiny rainbow of iridescent colors"] == "Steve Brusatte"
    assert (
        found["early humans were at least as smart as the scientists investigating them."]
        == "Ada Roe"
    )
    assert found["We are going to investigate all the flight schedules"] == "Djoko Murdjatmodjo"
