"""Quote speakers an editor's read struck (read8, issue 13): a quote is left to no one rather
than given to a speaker named before a quote no one was found for; an article's named reading of
words it also leaves to no one wins; a caption is no pull quote's name line; a surname that meant
someone else is not a relative named late; "was quoted as saying" names the speaker; "he said"
reads past a phrase quoted in the sentence before. Every sentence is invented."""

from __future__ import annotations

from .helpers import credits, facts_of, story


def test_a_quote_paragraph_after_an_unattributed_one_is_not_an_older_speaker() -> None:
    found = credits(
        "“The valley will be rebuilt by the spring, every house of it,” Ada Roe said in 2009.\n\n"
        "The mayor's aide, Ivo Lind, told the paper the town had written back.\n\n"
        "“The town has a clear view: when a bridge serves the valley, we support it,” in the "
        "words of the letter Mr Lind read out.\n\n"
        "“She built this bridge to join the valley, not so lorries could cross it at night.”"
    )
    assert found["The valley will be rebuilt by the spring, every house of it"] == "Ada Roe"
    assert (
        found["She built this bridge to join the valley, not so lorries could cross it at night."]
        is None
    )


def test_a_quote_paragraph_after_an_attributed_one_is_still_its_speaker() -> None:
    found = credits(
        "“The valley will be rebuilt by the spring, every house of it,” Ada Roe said on Monday.\n\n"
        "“The town has lost a truly remarkable bridge and will not forget it soon.”"
    )
    assert (
        found["The town has lost a truly remarkable bridge and will not forget it soon."]
        == "Ada Roe"
    )


def test_the_words_of_the_man_who_describes_himself_are_not_the_papers() -> None:
    found = credits(
        "The typed letter, reproduced by the Valley Ledger, is signed by the man who describes "
        "himself as “a humble servant, the engineer Ivo Lind.”"
    )
    assert found["a humble servant, the engineer Ivo Lind."] is None


def test_a_name_then_who_is_still_the_speaker() -> None:
    found = credits("Ada Roe, who founded the town, said: “The valley will be rebuilt by spring.”")
    assert found["The valley will be rebuilt by spring."] == "Ada Roe"


def test_a_spokesperson_for_a_person_is_not_that_person() -> None:
    found = credits(
        "In November a spokesperson for Roe said he was “taking the time he needs to rest.”\n\n"
        "A spokesman for Mayor Ada Roe said she “is saddened by the news from the valley.”\n\n"
        "A spokesman for the Ede Council said: “The bridge will reopen on Monday morning.”\n\n"
        "“The valley road stays shut until the spring,” said a spokeswoman for Mary Lind."
    )
    assert found["The valley road stays shut until the spring"] is None
    assert found["taking the time he needs to rest."] is None
    assert found["is saddened by the news from the valley."] is None
    assert found["The bridge will reopen on Monday morning."] == "Ede Council"


def test_she_wrote_after_a_tweet_is_its_writer() -> None:
    found = credits(
        "“We are tired of waiting for the bridge,” Ada Roe wrote on Twitter.\n\n"
        "Roe was not alone: her neighbour Mary Lind called the plan “late” on Friday.\n\n"
        "The plan is late and the valley is tired of it — Mary Lind (@marylind) May 2, 2017\n\n"
        "“The plan is late and the valley is tired of it,” she wrote."
    )
    assert found["We are tired of waiting for the bridge"] == "Ada Roe"
    assert found["The plan is late and the valley is tired of it"] == "Mary Lind"


def test_an_article_that_credits_words_it_also_gives_to_no_one_credits_them() -> None:
    highlight = "“It seems the valley is beyond saving,” a councillor says\n\n"
    body = "The flood “seems the valley is beyond saving,” said Ivo Lind, a councillor."
    (q,) = facts_of(story(highlight + "Rain fell all week.\n\n" + body)).quotes
    assert q.speaker == "Ivo Lind"
    assert set(q.cited_speakers()) == {"Ivo Lind"}


def test_another_outlet_that_names_no_one_still_names_no_one() -> None:
    named = "“The valley road stays shut until the spring,” Ivo Lind said on Monday."
    unnamed = "Residents were told “the valley road stays shut until the spring,” as rain fell."
    (q,) = facts_of(story(named, unnamed)).quotes
    assert q.cited_speakers() == ("Ivo Lind", None)


def test_the_chief_of_an_abbreviated_body_is_not_the_speaker_before() -> None:
    found = credits(
        "Ada Roe, 40, was treated at the clinic. “There is no safe place left,” she said.\n\n"
        "On Wednesday the flood reached the school. The U.N. called the flooding a disaster.\n\n"
        "“Nothing is worse than a flood at night,” the U.N. chief said."
    )
    assert found["There is no safe place left"] == "Ada Roe"
    assert found["Nothing is worse than a flood at night"] is None


def test_a_photo_caption_with_a_credit_is_not_a_pull_quotes_name_line() -> None:
    found = credits(
        "The average age of the children is 7, and most recovered in part, the agency said.\n\n"
        "Mary Lind was a healthy, active girl before she fell ill in 2014. Courtesy Ann Lind\n\n"
        "Ann Lind was among the parents thrust into the mystery when her daughter fell ill.\n\n"
        "“Every new case you see, the pit of your stomach drops out again,” Lind said."
    )
    assert (
        "The average age of the children is 7, and most recovered in part, the agency said."
        not in found
    )
    assert found["Every new case you see, the pit of your stomach drops out again"] != "Mary Lind"


def test_a_surname_that_meant_someone_else_first_is_not_a_relative_named_late() -> None:
    found = credits(
        "It was an oddly familiar Ivo J. Lind who filled the screens on Thursday.\n\n"
        "“I've done my time in the valley,” Lind said at the hearing.\n\n"
        "The hearing heard from Ada Lind, his oldest daughter, who called him “my best friend "
        "and my rock in the valley.”\n\n"
        "“I wasn't there to hurt anybody at all,” Lind said."
    )
    assert found["I've done my time in the valley"] != "Ada Lind"
    assert found["I wasn't there to hurt anybody at all"] != "Ada Lind"
    assert found["my best friend and my rock in the valley."] == "Ada Lind"


def test_a_surname_after_its_only_full_name_is_still_that_person() -> None:
    found = credits(
        "Mary Lind, 29, was waiting near the finish line, her mother Ann Lind said.\n\n"
        "“She loved pets and she loved the people of the valley,” Ann Lind said.\n\n"
        "“This is just a waste of a young life,” Lind said."
    )
    assert found["This is just a waste of a young life"] == "Ann Lind"


def test_was_quoted_as_saying_names_the_speaker_and_the_quote_paragraph_after() -> None:
    found = credits(
        "The mayor's aide, Ivo Lind, told the paper the town had written back.\n\n"
        "“The town has a clear view: when a bridge serves the valley, we support it,” Mr Lind "
        "was quoted as saying.\n\n"
        "“She built this bridge to join the valley, not so lorries could cross it at night.”"
    )
    assert found["The town has a clear view: when a bridge serves the valley, we support it"] == (
        "Ivo Lind"
    )
    assert (
        found["She built this bridge to join the valley, not so lorries could cross it at night."]
        == "Ivo Lind"
    )


def test_he_said_skips_a_phrase_quoted_in_the_sentence_before_to_its_speaker() -> None:
    found = credits(
        "A Royal Navy vessel is on its way to the area where a ship heard signals, said Ada Roe, "
        "the head of the search.\n\n"
        "And the naval ship Ocean Star is pursuing “an acoustic noise” that it heard in another "
        "area, Roe said at a news conference.\n\n"
        "He said the detections were “an important and encouraging lead for the search.”"
    )
    assert found["an important and encouraging lead for the search."] == "Ada Roe"


def test_a_short_quote_opening_a_sentence_still_ends_what_he_said_reads() -> None:
    found = credits(
        "Ada Roe runs the auction house.\n\n"
        "“Hype sells,” she said. “On the other hand, old dresses will keep their value.”"
    )
    assert found["On the other hand, old dresses will keep their value."] == "Ada Roe"
