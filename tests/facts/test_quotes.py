"""Quotes: the quotation, who said it and in what role, merged across outlets."""

from __future__ import annotations

import pytest

from .helpers import facts_of, story


def quotes(*texts: str) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker, q.role, q.text) for q in facts_of(story(*texts)).quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            '"We are deeply sorry to everyone," chief executive Dana Roe said.',
            "Dana Roe",
            "chief executive",
        ),
        (
            '"The whole sky was orange tonight," said Maureen Pike, who lives nearby.',
            "Maureen Pike",
            None,
        ),
        (
            "“We will rebuild the bridge quickly,” Mayor Ana Ruiz told reporters.",
            "Ana Ruiz",
            "Mayor",
        ),
        (
            '"Nobody was hurt in the fire," according to fire chief Sam Okafor.',
            "Sam Okafor",
            "fire chief",
        ),
        (
            "Council leader Frances Ibe said: “Skips will be placed on every street.”",
            "Frances Ibe",
            "Council leader",
        ),
        (
            'Tom Hale, a spokesman for the port, said, "The dock will stay closed."',
            "Tom Hale",
            "spokesman for the port",
        ),
        (
            "Secretary of State Jo Kerr on Friday called it “the worst flood in forty years.”",
            "Jo Kerr",
            "Secretary of State",
        ),
    ],
)
def test_speaker_and_role_are_read_from_the_attribution(
    text: str, speaker: str, role: str | None
) -> None:
    ((found_speaker, found_role, _),) = quotes(text)
    assert (found_speaker, found_role) == (speaker, role)


def test_he_said_and_a_following_quote_take_the_previous_speaker() -> None:
    found = quotes(
        "Foreign minister Ivo Lind said the talks were over. "
        '"We are tired of waiting for them."\n\n'
        '"It is unacceptable. It is horrible," he said.'
    )
    assert [(s, r) for s, r, _ in found] == [("Ivo Lind", "Foreign minister")] * 2


def test_a_pull_quote_takes_its_speaker_from_the_name_line_after_it() -> None:
    found = quotes(
        "Rebels vowed to fight on.\n\n"
        "We plead with the parties to protect civilians before the town becomes a graveyard.\n\n"
        "Stephen Obi, the U.N. relief chief for the region\n\n"
        "The fighting went on."
    )
    assert found == [
        (
            "Stephen Obi",
            "U.N. relief chief for the region",
            "We plead with the parties to protect civilians before the town becomes a graveyard.",
        )
    ]


def test_scare_quotes_are_no_quotations() -> None:
    assert quotes("Officials called the situation “doomsday” and a “dead end” today.") == []


def test_the_same_quote_in_two_outlets_is_one_quote_with_both_citations() -> None:
    quote = "We are tired of hearing this whining from our colleagues"
    facts = facts_of(story(f'"{quote}," minister Ivo Lind said.', f"Ivo Lind said: “{quote}.”"))
    (q,) = facts.quotes
    assert q.speaker == "Ivo Lind"
    assert [c.article_id for c in q.citations] == ["a0", "a1"]


def test_a_pronoun_goes_to_the_person_named_since_the_last_quote() -> None:
    found = quotes(
        '"The harbour will stay open all winter," said Tom Hale.\n\n'
        "At the awards on Friday, Nora Vance spoke after the harbour master.\n\n"
        '"Keep going whatever they tell you about it," she said.'
    )
    assert [q[0] for q in found] == ["Tom Hale", "Nora Vance"]


def test_a_pronoun_keeps_the_last_speaker_when_no_one_else_is_named() -> None:
    found = quotes(
        '"The harbour will stay open all winter," said Tom Hale.\n\n'
        "The decision surprised the fishing fleet.\n\n"
        '"We will review it again in the spring," he said.'
    )
    assert [q[0] for q in found] == ["Tom Hale", "Tom Hale"]


def test_a_non_person_attribution_does_not_borrow_the_previous_speaker() -> None:
    found = quotes(
        '"The harbour will stay open all winter," said Tom Hale.\n\n'
        '"Give a little and give it today please," the leaflet read. '
        '"Every coin helps the lifeboat crew."'
    )
    assert [q[0] for q in found] == ["Tom Hale", None, None]


def test_an_unnamed_person_does_not_take_the_previous_speakers_name() -> None:
    found = quotes(
        '"We train every worker in safe handling," said Ada Brook, the plant manager.\n\n'
        '"Nobody checks what happens at night shifts," the worker says. '
        '"It has been like this for a long time."'
    )
    assert [q[0] for q in found] == ["Ada Brook", None, None]


@pytest.mark.parametrize(
    "text",
    [
        'To quote Ms. Lark, "Every town deserves a library of its own."',
        'In the end, according to Lark: "Every town deserves a library of its own."',
    ],
)
def test_to_quote_and_according_to_before_a_quote_name_the_speaker(text: str) -> None:
    (found,) = quotes(text)
    assert found[0] is not None and found[0].endswith("Lark")


def test_a_possessive_in_the_attribution_is_not_the_speaker() -> None:
    (found,) = quotes(
        "“I have waited two years to tell the court the truth” about Moss’s death, Kern said."
    )
    assert found[0] == "Kern"


def test_a_quote_merged_across_outlets_keeps_the_fuller_text() -> None:
    (found,) = quotes(
        '"Frankly, the pupils deserve stability this year and next year," Ida Wren said.',
        '"The pupils deserve stability this year and next year," Ida Wren said.',
    )
    assert found[2].startswith("Frankly, the pupils")


@pytest.mark.parametrize(
    "text",
    [
        "‘We will open the new ward next spring,’ said hospital director Ann Pell.",
        "'We will open the new ward next spring,' said hospital director Ann Pell.",
    ],
)
def test_quotations_in_single_marks_are_quotes(text: str) -> None:
    (found,) = quotes(text)
    assert found[0] == "Ann Pell"
    assert found[2].startswith("We will open the new ward")


@pytest.mark.parametrize(
    "text",
    [
        "The band's fans don't mind the rain and packed the '90s-style hall for rock 'n' roll.",
        "The residents' homes were flooded and the farmers' fields were ruined by the storm.",
        "It’s the workers’ pay, not the owners’ profits, that the union wants to talk about.",
        "Fans of the ’80s bands sang along till ’til dawn at the town's old hall last night.",
    ],
)
def test_apostrophes_start_no_quotation(text: str) -> None:
    assert quotes(text) == []


def test_a_quotation_inside_another_is_kept_with_no_speaker() -> None:
    found = quotes(
        "“The guard told me, ‘You cannot come in here today,’ and walked off,” said Mia Cole."
    )
    assert [(q[0], q[2][:20]) for q in found] == [
        ("Mia Cole", "The guard told me, ‘"),
        (None, "You cannot come in h"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        '“We will rebuild the old bridge by May," said Mayor Li Chen.',
        '"We will rebuild the old bridge by May,” said Mayor Li Chen.',
    ],
)
def test_a_quotation_opened_and_closed_by_different_marks(text: str) -> None:
    (found,) = quotes(text)
    assert (found[0], found[2]) == ("Li Chen", "We will rebuild the old bridge by May")


@pytest.mark.parametrize(
    "text",
    [
        'She appeared on "Meet the Press and Friends" and the "Late Show With Tim Hart" twice.',
        "The party, entitled 'the end of a very long road', opened on Friday night.",
        'He was dubbed "the man who never sleeps at all" by his crew.',
    ],
)
def test_titles_and_nicknames_in_quotation_marks_are_no_quotes(text: str) -> None:
    assert quotes(text) == []


def test_a_shouted_quotation_in_capitals_is_not_a_title() -> None:
    (found,) = quotes('The crowd chanted "WE WILL NOT BE MOVED FROM HERE" until dusk.')
    assert found[2] == "WE WILL NOT BE MOVED FROM HERE"


def test_a_paragraph_ending_in_a_colon_introduces_the_next_quote() -> None:
    found = quotes(
        "The Daily Courier asked the new champion:\n\n"
        "“What will you do with all the prize money now?”\n\n"
        "Joan Avery:\n\n"
        "‘I will buy my mother a house by the sea.’"
    )
    assert [q[0] for q in found] == ["Daily Courier", "Joan Avery"]


def test_a_lone_word_before_a_colon_introduces_no_one() -> None:
    (found,) = quotes("Neighbour:\n\n“It is right on our doorstep and nobody told us.”")
    assert found[0] is None


def test_a_pronoun_clause_before_the_colon_is_the_speaker() -> None:
    (found,) = quotes(
        "Pia Novak listened to the question in silence. Asked whether the vote was fair, "
        "she shot back: “Those polls are always rigged by the same people.”"
    )
    assert found[0] == "Pia Novak"  # "Asked", opening the sentence, is no name


def test_the_role_of_the_person_the_story_is_about_names_them() -> None:
    (found,) = quotes(
        "Ron Hale is baffled by the new fishing rule.\n\n"
        '"I think nobody has explained what it means," the Ohio senator said on Sunday.'
    )
    assert found[0] == "Ron Hale"  # not "Ohio"


def test_a_passer_by_does_not_take_the_name_of_the_story_subject() -> None:
    (found,) = quotes(
        "Kay Moss runs the plant. One worker spoke to us.\n\n"
        '"You cannot let anyone see you do that," the man said.'
    )
    assert found[0] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The plan is not grounded in facts," said Hale spokeswoman Ana Ortiz.', "Ana Ortiz"),
        ("Diplomatic sources said the 'talks had already failed before they began'.", None),
        ('"The plan is not grounded in facts," said Ana Ortiz spokeswoman for Hale.', "Ana Ortiz"),
    ],
)
def test_a_name_that_modifies_a_noun_for_people_is_not_the_speaker(
    text: str, speaker: str | None
) -> None:
    (found,) = quotes(text)
    assert found[0] == speaker


def test_an_em_dash_before_the_speech_verb() -> None:
    (found,) = quotes(
        "Ava Long, a nurse from the coast—and a mother of three—explains, "
        "“We are running out of beds every night.”"
    )
    assert found[0] == "Ava Long"


def test_a_name_in_brackets_is_not_the_speaker() -> None:
    (found,) = quotes('"The bill will help thousands of families," Sen. Ada Brook (D-Ohio) said.')
    assert found[0] == "Ada Brook"


def test_the_name_just_before_the_verb_after_a_comma_is_the_speaker() -> None:
    (found,) = quotes(
        "“It was just a simple memorial for the men” who died in the War, Reyes said."
    )
    assert found[0] == "Reyes"


def test_said_the_judge_after_a_speaker_not_called_a_judge_names_no_one() -> None:
    found = quotes(
        "“The food was wonderful again this year,” Kim Park said.\n\n"
        "“Every entry was a delight to read and to taste,” said the judge."
    )
    assert [q[0] for q in found] == ["Kim Park", None]


def test_hypothetical_words_have_no_speaker() -> None:
    (found,) = quotes("If you met the old king, you would say: ‘What a fine day it is today.’")
    assert found[0] is None


def test_a_caption_is_not_the_attribution_of_a_pull_quote() -> None:
    text = (
        "Champagne flowed and guests danced in the great hall until the early hours.\n\n"
        "Party girl: Ana, in a red dress, posed for photographs with friends"
    )
    assert quotes(text) == []


def test_a_press_releases_contact_block_is_not_the_attribution_of_a_pull_quote() -> None:
    text = (
        "Civil Penalty\n\n"
        "The harbour firm will pay a civil penalty of $40,000.\n\n"
        "Ada Ferrow, Attorney\n\n"
        "Waste Enforcement Division\n\n"
        "ferrow.ada@example.gov\n\n"
        "(202) 555-0176"
    )
    assert quotes(text) == []
    assert quotes(text.replace("ferrow.ada@example.gov", "Top of Page").replace("(202)", "")) != []


def test_a_name_in_an_opening_phrase_is_not_the_subject_a_pronoun_takes() -> None:
    found = quotes(
        '"The harbour will stay open all winter," said Tom Hale.\n\n'
        "In a 2012 interview with The Daily Post, Nora Vance refused to discuss the case.\n\n"
        "“I have nothing to say about it,” she said."
    )
    assert [q[0] for q in found] == ["Tom Hale", "Nora Vance"]


def test_he_or_she_is_not_an_organisation_named_as_a_subject() -> None:
    found = quotes(
        "“We will keep fighting for this harbour,” Jo Kent said.\n\n"
        "The Harbour Council voted against the plan on Monday.\n\n"
        "“We have not given up on it yet,” he said."
    )
    assert [q[0] for q in found] == ["Jo Kent", "Jo Kent"]


@pytest.mark.parametrize(
    "opening", ["Pressed further about the plan, he", "Speaking to reporters, he", "Asked, he"]
)
def test_a_participle_opening_a_sentence_is_not_a_name(opening: str) -> None:
    found = quotes(
        "Ada Roe chairs the harbour board.\n\n"
        f"{opening} said little.\n\n"
        "“We are not ready for any of this yet,” he said."
    )
    assert [q[0] for q in found] == ["Ada Roe"]


def test_a_name_ending_like_a_participle_is_still_a_name() -> None:
    found = quotes(
        "Mohammed said the plan was ready.\n\n“We are not ready for any of this yet,” he said."
    )
    assert [q[0] for q in found] == ["Mohammed"]


def test_an_event_is_no_speaker() -> None:
    found = quotes(
        "“We owe them a great deal,” Ada Roe said.\n\n"
        "The Second World War took 40 men from the town.\n\n"
        "“They fought for all of us,” she said."
    )
    assert [q[0] for q in found] == ["Ada Roe", "Ada Roe"]
    (veteran,) = quotes("“They fought for all of us,” the Second World War veteran said.")
    assert veteran[0] is None


def test_a_lone_name_with_a_relative_clause_is_the_subject() -> None:
    found = quotes(
        "“He was a kind man to all of us,” Ada Roe said.\n\n"
        "Kent, who was his lawyer for years, said he had a hard life.\n\n"
        "“He would get calls in the night,” he said."
    )
    assert [q[0] for q in found] == ["Ada Roe", "Kent"]


def test_a_lone_name_without_a_verb_is_not_the_subject() -> None:
    found = quotes(
        "“He was a kind man to all of us,” Ada Roe said.\n\n"
        "Kent. Paris. The trip was long.\n\n"
        "“He would get calls in the night,” she said."
    )
    assert [q[0] for q in found] == ["Ada Roe", "Ada Roe"]


def test_a_quote_after_a_short_attributed_quote_takes_its_speaker() -> None:
    found = quotes(
        "Ada Roe keeps bees behind her house.\n\n"
        "She opened a box: “You see?” she said. “Here they have started to build a cell.”"
    )
    assert [q[0] for q in found] == ["Ada Roe"]


def test_a_short_attributed_quote_gives_its_speaker_after_another_speakers_quote() -> None:
    """The short quote's attribution is nearer than the quote before in the paragraph (a whole
    article is one paragraph where its breaks were lost)."""
    found = quotes(
        "“We will look at the wreck with the police and the maker,” Ben Lee said. The friends "
        "met on Wednesday. “He was proud,” said Ada Roe. “He kept showing us the new doors "
        "and the screen.”"
    )
    assert [q[0] for q in found] == ["Ben Lee", "Ada Roe"]


def test_someone_who_spoke_with_another_does_not_say_the_quote_before() -> None:
    found = quotes(
        "Ada Roe keeps bees. “It is a lot of work in the summer,” she said.\n\n"
        "“They never stop, not for a single day of the year.” Ben Lee also spoke and texted "
        "with her brother on Monday."
    )
    assert [q[0] for q in found] == ["Ada Roe", None]


def test_a_quote_does_not_carry_on_past_a_sentence_naming_someone_else() -> None:
    """One paragraph (its breaks lost): the unattributed quote after a sentence about another
    person is not the first speaker's; with no such sentence it is."""
    found = quotes(
        "“He was showing everyone the new doors of the car,” said Ada Roe. Ben Lee also spoke "
        "with the driver's brother on Monday. The brother had a startling claim. “Seven times "
        "the car swerved toward the same barrier on the road.”",
        "“She loved the long drive along the coast,” said Kim Ode. The car was new. "
        "“He drove it to work every single day.”",
    )
    assert [q[0] for q in found] == ["Ada Roe", None, "Kim Ode", "Kim Ode"]


def test_a_surname_two_quoted_people_share_is_the_one_quoted_last_before() -> None:
    found = quotes(
        "Kim Roe tells reporters she has not seen her daughter, saying, “I just wish I could "
        "see my girls again.” “I have always had a bad feeling about him,” Roe says.\n\n"
        "Her husband Ben Roe said, “We will keep looking for her every single day.”\n\n"
        "“He was a trusted member of the family for years,” Roe said."
    )
    assert [q[0] for q in found] == ["Kim Roe", "Kim Roe", "Ben Roe", "Ben Roe"]


def test_a_relative_of_the_one_named_is_the_speaker_not_the_one_named() -> None:
    found = quotes(
        "The mother of missing 9-year-old Ada Roe says she “always had a bad feeling about "
        "the man.”\n\n"
        "The director of the Ede Hurricane Center, Ken Roe, said “the storm will turn north.”"
    )
    assert [q[0] for q in found] == [None, "Ken Roe"]


def test_texted_and_emailed_attribute_a_quote() -> None:
    found = quotes(
        "Will Huang texted us, “That should have saved my brother's life on that road.”\n\n"
        "“We are reviewing the data from the car,” the company emailed."
    )
    assert found[0][0] == "Will Huang"


def test_a_quote_after_a_short_quote_with_no_attribution_has_no_speaker() -> None:
    found = quotes("“No?” The crowd laughed. “Here they have started to build a cell.”")
    assert [q[0] for q in found] == [None]


def test_the_attribution_after_a_stray_closing_mark() -> None:
    (found,) = quotes(
        '"The court found no evidence of any wrongdoing" during the war," '
        "council director Ada Roe said in a statement."
    )
    assert found[0] == "Ada Roe"
    assert found[2].startswith("The court found no evidence")


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("Dr. Ada Roe", "Ada Roe"),
        ("— Ada Roe, lead author of the study", "Ada Roe"),
        ("Police arrived later.", None),
        ("She lost to actress Ada Roe.", None),
        ("Harbour Council", None),
        ("Roe", None),
    ],
)
def test_a_name_alone_after_a_quotation_is_its_speaker(after: str, speaker: str | None) -> None:
    (found,) = quotes(f'"Our findings suggest that we need to be careful here." {after}')
    assert found[0] == speaker


def test_a_speaker_named_by_surname_takes_the_full_name_the_article_gives() -> None:
    found = quotes(
        "Ada Roe, who runs the harbour, met the council on Monday.\n\n"
        "“We will keep the harbour open all winter,” Roe said."
    )
    assert [q[0] for q in found] == ["Ada Roe"]


def test_a_surname_shared_by_two_people_in_the_article_is_not_expanded() -> None:
    found = quotes(
        "Ada Roe and her brother Ode Roe run the harbour.\n\n"
        "“We will keep the harbour open all winter,” Roe said."
    )
    assert [q[0] for q in found] == ["Roe"]


@pytest.mark.parametrize(
    "mention",
    [
        "Now Roe runs the harbour now.",
        "She lives in Port Roe by the sea.",
        "West Roe won.",
        "Sometimes Roe sails alone.",
        "They watched Expect When Roe is home.",
        "It was Life After Roe.",
    ],
)
def test_no_full_name_from_a_sentence_opener_or_a_place(mention: str) -> None:
    found = quotes(f"{mention}\n\n“We will keep the harbour open all winter,” Roe said.")
    assert [q[0] for q in found] == ["Roe"]


def test_a_surname_takes_the_full_name_another_article_quotes() -> None:
    found = quotes(
        "“We will keep the harbour open all winter,” said Ada Roe.",
        "“The boats will stay in the water until March,” Roe said.",
    )
    assert [q[0] for q in found] == ["Ada Roe", "Ada Roe"]


@pytest.mark.parametrize("credit", ["Getty Images", "AFP/Getty Images", "Ada Roe/Reuters"])
def test_a_photo_credit_after_a_quotation_is_not_its_speaker(credit: str) -> None:
    (found,) = quotes(f"On the campaign “We will build the wall and it will be great.” {credit}")
    assert found[0] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The town was described as “a place with no hope left” by the Harbour Trust.",
            "Harbour Trust",
        ),
        ("The plan was labelled “a gift to the rich and no one else” by Ada Roe.", "Ada Roe"),
        ("She hopes to have “a house for all of us” by the end of the year.", None),
        ("The town described it as “a place with no hope left” by then.", None),
    ],
)
def test_the_agent_of_a_passive_is_the_speaker(text: str, speaker: str | None) -> None:
    (found,) = quotes(text)
    assert found[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "There is some truth to Ada Roe’s claim that she met “all the harbour bosses”.",
            "Ada Roe",
        ),
        ("There is some truth to the claim that she met “all the harbour bosses”.", None),
    ],
)
def test_a_name_owning_a_claim_is_the_speaker(text: str, speaker: str | None) -> None:
    (found,) = quotes(text)
    assert found[0] == speaker


def test_a_progressive_speech_verb_names_the_speaker() -> None:
    (found,) = quotes("The Red Cross is calling for action in the city “before it is too late”.")
    assert found[0] == "Red Cross"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Despite telling Ode he could “build a smaller boat” one day, Roe was calm.", "Roe"),
        ("After saying she would “keep the harbour open all winter”, Ada Roe left.", "Ada Roe"),
        ("Despite the rain, the club could “build a smaller boat” one day, Roe said.", "Roe"),
        ("Despite telling Ode he could “build a smaller boat” one day, the crowd left.", None),
    ],
)
def test_a_clause_of_speech_opening_the_sentence_takes_its_subject(
    text: str, speaker: str | None
) -> None:
    (found,) = quotes(text)
    assert found[0] == speaker


def test_different_quotes_with_the_same_first_five_words_stay_apart() -> None:
    found = quotes(
        "“The failing harbour board talks about meetings that never happened,” Roe wrote.\n\n"
        "“The failing harbour board, which never called me, keeps saying I will quit,” Roe wrote.",
        "“The failing harbour board has become a club of fiction,” Roe wrote on Sunday.",
    )
    assert [q[2].split()[4] for q in found] == ["talks", "which", "has"]


def test_the_same_quote_in_two_outlets_with_other_punctuation_and_length_merges() -> None:
    (found,) = facts_of(
        story(
            "“This is a complete collapse of the harbour wall, and nobody came,” Ada Roe said.",
            "Ada Roe said: “this is a complete collapse of the harbour wall and nobody came.”",
        )
    ).quotes
    assert found.speaker == "Ada Roe"
    assert [c.article_id for c in found.citations] == ["a0", "a1"]


def test_a_quote_is_not_merged_into_one_that_holds_its_words_only_inside_a_word() -> None:
    found = quotes(
        "“They will rebuild the harbour wall by spring, a cat,” Roe said.",
        "“They will rebuild the harbour wall by spring, a catastrophe,” Ode said.",
    )
    assert len(found) == 2


def test_the_tweet_said_gives_the_quote_to_whoever_tweeted() -> None:
    found = quotes(
        "“The harbour board never spoke to me about the wall,” Ada Roe tweeted.\n\n"
        "“They are not talented people. The harbour board refuses to listen!” The tweet said.\n\n"
        "She then added: “I am fighting the board and the council at once.”"
    )
    assert [q[0] for q in found] == ["Ada Roe"] * 3


def test_the_person_named_by_office_just_after_their_quote_is_that_speaker() -> None:
    found = quotes(
        "“The harbour board never spoke to me about the wall,” Ada Roe tweeted.\n\n"
        "The Labour nominee later tweeted that the mayor is “being protected by the board.”"
    )
    assert [q[0] for q in found] == ["Ada Roe", "Ada Roe"]


def test_the_person_named_by_office_with_no_quote_just_before_is_unnamed() -> None:
    found = quotes(
        "“The harbour board never spoke to me about the wall,” Ada Roe tweeted.\n\n"
        "The storm closed the port on Monday.\n\n"
        "The Labour nominee later tweeted that the mayor is “being protected by the board.”"
    )
    assert [q[0] for q in found] == ["Ada Roe", None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ada Roe went on a rant, complaining that the board is “not showing the crowds.”",
            "Ada Roe",
        ),
        ("Roe defended Ode on Friday, calling him “an accomplished sailor and a friend.”", "Roe"),
        ("Last year, it also rejected the plan, noting that “the harbour was not ready.”", None),
        ("The board hit Ada Roe, saying that “the harbour was never ready for it.”", None),
    ],
)
def test_a_participle_of_speech_after_the_main_clause_takes_its_subject(
    text: str, speaker: str | None
) -> None:
    (found,) = quotes(text)
    assert found[0] == speaker


def test_a_transcript_line_is_its_named_speakers() -> None:
    text = (
        "On Wednesday, anchor Ada Keller interviewed the mayor, Tom Varnel.\n\n"
        'Keller: "You say it is not a closure, but the gates are shut."\n\n'
        'Varnel: "Says who? Says who?"\n\n'
        'DS Agent: "Was there any rioting in the port before the attack?"'
    )
    assert [(s, q) for s, _, q in quotes(text)] == [
        ("Ada Keller", "You say it is not a closure, but the gates are shut."),
        ("Tom Varnel", "Says who? Says who?"),
        (None, "Was there any rioting in the port before the attack?"),  # a role
    ]
    said = 'The mayor met Ada Wax.\n\nSays Wax: "The gates were shut on Monday by the police."'
    assert quotes(said) == [(None, None, "The gates were shut on Monday by the police.")]


def test_a_captions_name_run_into_the_text_by_its_credit_speaks_no_quote() -> None:
    from newsbrief.clean import read_clean

    from .helpers import credits

    text = (
        "Dana Whitlow, a former plant worker. (CBC) Tom Ashby, the chief executive of a"
        " publisher, also knew the couple. He says Barry was dedicated to his work.\n\n"
        "\"If you looked up the word 'workaholic', you'd see his picture,\" he told CBC News."
    )
    (article,) = read_clean([text]).articles
    assert list(credits(article.text).values()) == ["Tom Ashby"]


def test_he_said_is_not_the_man_the_quote_speaks_of_by_name() -> None:
    from .helpers import credits

    text = (
        "Ada Roe founded the firm in 1974. He counted many friends, among them Mayor Tom Ashby."
        '\n\n"Ada Roe was a reserved man, but one who created hundreds of jobs," he said.'
        '\n\n"He invested in the city," Ashby added.'
    )
    found = credits(text)
    assert found["Ada Roe was a reserved man, but one who created hundreds of jobs"] is None
    assert found["He invested in the city"] == "Tom Ashby"
    # an organisation's statement names it: "it said" is not judged by this
    assert (
        credits('"Georgia Power\'s sympathies are with the families," Georgia Power said.')[
            "Georgia Power's sympathies are with the families"
        ]
        == "Georgia Power"
    )
