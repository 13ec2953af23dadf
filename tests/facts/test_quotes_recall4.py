"""Quote speakers the attribution rules used to miss (issue 13, round spk10): "the group said"
where the text names the organisation only nearby, not as "the X group"."""

from __future__ import annotations

from .helpers import credits, facts_of, story


def test_the_group_is_the_organisation_the_sentence_before_names() -> None:
    found = credits(
        "The West African regional bloc ECOWAS said it “strongly condemns the misguided "
        "actions of the mutineers.”\n\nThe group said it was “all the more reprehensible, "
        "coming amidst the ongoing regional efforts to seek a peaceful solution.”"
    )
    assert (
        found[
            "all the more reprehensible, coming amidst the ongoing regional efforts to "
            "seek a peaceful solution."
        ]
        == "ECOWAS"
    )


def test_the_agency_is_the_organisation_named_before_it_in_its_sentence() -> None:
    found = credits(
        "In a settlement “information sheet” posted on the EPA’s website (read it here), the "
        "agency notes that the "
        "“activities of Magnolia and similar renovation firms came to our attention from "
        "television shows.”"
    )
    assert (
        found[
            "activities of Magnolia and similar renovation firms came to our attention "
            "from television shows."
        ]
        == "EPA"
    )


def test_no_organisation_from_an_opening_phrase_or_when_two_are_named() -> None:
    found = credits(
        "Like the initial rise of the Tea Party in 2009, the truck drivers cast their protest "
        "in stark terms.\n\n“The only way to get our legislators to operate lawfully is to "
        "penalize them with a credible threat of a shutdown,” the group said.",
        "Officials of NATO and the ECOWAS met on Monday.\n\n“We will not accept any "
        "change of government by force of arms at all,” the group said.",
    )
    assert (
        found[
            "The only way to get our legislators to operate lawfully is to penalize "
            "them with a credible threat of a shutdown"
        ]
        is None
    )
    assert found["We will not accept any change of government by force of arms at all"] is None


def roles(*texts: str) -> dict[str, str | None]:
    return {q.text: q.role for q in facts_of(story(*texts)).quotes}


def test_a_title_before_the_name_is_written_out_not_glued_to_the_role() -> None:
    found = roles(
        "Sen. Chuck Grassley, the senior Republican on the Senate Judiciary Committee, said: "
        "“I expect there will be more people fired within days.”\n\n“I don't sense that this "
        "president has shown that kind of managerial leadership,” said Sen. Jeff Sessions of "
        "Alabama.\n\n“It is a very rare complication of an illness,” said Dr. Kevin Messacar, "
        "a pediatric physician at Children's Hospital Colorado."
    )
    assert found["I expect there will be more people fired within days."] == (
        "Senator, senior Republican on the Senate Judiciary Committee"
    )
    assert (
        found["I don't sense that this president has shown that kind of managerial leadership"]
        == "Senator"
    )
    assert found["It is a very rare complication of an illness"] == (
        "pediatric physician at Children's Hospital Colorado"
    )


def test_a_stray_mark_opening_a_quote_is_no_word_of_it() -> None:
    texts = credits(
        "Sen. Chuck Grassley said more people would be fired.\n\n“`I expect there will be "
        "more, but that's what the investigation is all about,” Grassley said.\n\n“‘What "
        "happens when I’m dealing with the problem of North Korea?’” Ada Roe asked."
    )
    assert "I expect there will be more, but that's what the investigation is all about" in texts
    assert "‘What happens when I’m dealing with the problem of North Korea?’" in texts


def test_the_group_named_in_quotation_marks_after_the_noun_is_the_group() -> None:
    found = credits(
        "The group “Truckers for the Constitution” is hoping to call attention to its "
        "frustration with regulations.\n\n“All Americans are frustrated with the lawlessness "
        "of our congressmen,” the group said on its website."
    )
    assert found["All Americans are frustrated with the lawlessness of our congressmen"] == (
        "Truckers for the Constitution"
    )


def test_a_name_after_the_noun_is_the_body_only_when_an_organisations() -> None:
    found = credits(
        "Roe played a leadership role in the fraternity Alpha Sigma Phi.\n\nHis brothers "
        "posted a message on Facebook.\n\n“His love for this hobby was illustrated through his "
        "beautiful works of art,” the fraternity wrote.",
        "Roe met leaders of the bloc ECOWAS in Abuja on Monday.\n\nThey spoke for an hour.\n\n"
        "“We will not accept any change of government by force of arms,” the bloc said.",
    )
    assert (
        found["His love for this hobby was illustrated through his beautiful works of art"] is None
    )
    assert found["We will not accept any change of government by force of arms"] == "ECOWAS"


def test_a_name_told_by_which_is_the_company_before_the_quote() -> None:
    found = credits(
        "McNeil Consumer Healthcare, which makes Tylenol, said pregnant women should consult "
        "their doctors.\n\n“We are aware of the recent study; however, there are no randomized "
        "studies showing a causal link,” the company said in a statement.",
        "Ada Roe, who runs the shop, said she was closing.\n\n“We are aware of the rumours "
        "about the shop and we deny every one of them,” the company said.",
    )
    assert (
        found[
            "We are aware of the recent study; however, there are no randomized studies "
            "showing a causal link"
        ]
        == "McNeil Consumer Healthcare"
    )
    assert found["We are aware of the rumours about the shop and we deny every one of them"] is None
