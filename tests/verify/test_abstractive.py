"""The verifier on abstractive summary sentences: one fused from three source sentences, a name
given in the next sentence or elsewhere in the paragraph, an outlet credited ("…, the AP
reports"), a rounded figure ("more than 5,000" for 5,300); and the limits that keep an invented
figure or name unsupported all the same."""

from __future__ import annotations

from newsbrief.config import Settings
from newsbrief.nlp.sentences import segment
from newsbrief.types import Article, CheckedSentence
from newsbrief.verify import verify_sentences
from newsbrief.verify.attribution import attributions, without_attributions
from newsbrief.verify.claims import checks, evidence

STORY = Article(
    id="a",
    source="2016-12-14-wire.txt",
    text=(
        "Heavy rain flooded the riverside district of Marlow overnight.\n\n"
        "Firefighters evacuated 5,300 residents from low-lying streets by boat.\n\n"
        "Mayor Ellen Hartigan toured the shelters on Tuesday. "
        "She promised emergency grants for damaged homes. "
        "The council approved the money within hours.\n\n"
        "Engineers blamed a blocked culvert beneath the railway embankment. "
        "Officials would not say how long repairs could take. "
        "A second storm is forecast for the weekend. "
        "Schools stay closed until further notice. "
        "The army sent 300 soldiers to help.\n\n"
        "Governor Tom Ridley visited the town at 9:27 a.m. on Friday."
    ),
)


def check(*texts: str) -> list[CheckedSentence]:
    return list(verify_sentences(texts, [STORY], [segment(STORY)], settings=Settings(facts=False)))


def cited_text(c: CheckedSentence) -> list[str]:
    return [STORY.text[x.start : x.end] for x in c.citations]


def test_a_sentence_fused_from_three_source_sentences_cites_all_three() -> None:
    (c,) = check(
        "Overnight rain flooded Marlow's riverside district, firefighters evacuated residents "
        "of low-lying streets by boat, and engineers blamed a blocked railway culvert."
    )
    assert c.supported, c.reason
    assert len(c.citations) == 3
    assert any("culvert" in t for t in cited_text(c)) and any("boat" in t for t in cited_text(c))


def test_a_name_in_the_neighbouring_sentence_is_found_and_cited() -> None:
    (c,) = check("Ellen Hartigan promised emergency grants for damaged homes.")
    assert c.supported, c.reason
    assert any("Hartigan" in t for t in cited_text(c))
    # the same sentence with a name the story does not give is still unsupported, and said so
    (other,) = check("Ruth Okafor promised emergency grants for damaged homes.")
    assert not other.supported and "Ruth Okafor" in other.unsupported


def test_a_negation_counts_only_in_the_passage_itself() -> None:
    (c,) = check("Engineers did not blame a blocked culvert beneath the railway embankment.")
    assert not c.supported and c.unsupported == ("not",)  # the "not" next to it is no support


def test_a_figure_in_another_paragraph_is_not_read_as_the_neighbours() -> None:
    (c,) = check("The army sent 5,300 soldiers to help.")
    assert not c.supported and c.unsupported == ("5,300",)
    # the passage cited is the one that says what the sentence says, not the one with 5,300
    assert cited_text(c) == ["The army sent 300 soldiers to help."]


def test_an_outlet_attribution_is_not_a_claim() -> None:
    supported = [
        "Firefighters evacuated 5,300 residents from low-lying streets by boat, the AP reports.",
        "Firefighters evacuated 5,300 residents from low-lying streets by boat, per CNN.",
        "The Marlow Gazette reports that the council approved the money within hours.",
    ]
    for c in check(*supported):
        assert c.supported, (c.text, c.reason)
    # an invented figure or name beside an attribution is caught all the same
    (c,) = check("Firefighters evacuated 6,300 residents by boat, the AP reports.")
    assert not c.supported and c.unsupported == ("6,300",)


def test_attribution_spans_leave_other_names_alone() -> None:
    blanked = without_attributions("It was not like her, he told the BBC.")
    assert " ".join(blanked.split()) == "It was not like her, he ."
    assert attributions("A privacy group told Congress on Wednesday.") == []
    assert attributions("Kerry told Lavrov the talks were over.") == []
    assert attributions("Taxes rose, the White House notes.") == []
    assert attributions("Montpelier is small, the AP notes.") == [(19, 33)]  # ", the AP notes"
    text = "Officials tell the AP that 400 people gathered, reports HealthDay via the Inquirer."
    assert [text[a:b] for a, b in attributions(text)] == [
        "tell the AP",
        ", reports HealthDay via the Inquirer",
    ]


def test_rounded_figures_match_the_values_they_round_and_no_others() -> None:
    source = evidence(["Firefighters evacuated 5,300 residents; the fund holds $5,296,000."])
    assert source.holds(checks("more than 5,000 residents")[0])
    assert source.holds(checks("nearly 5,500 residents")[0])
    assert source.holds(checks("about 5,000 residents")[0])
    assert not source.holds(checks("about 4,000 residents")[0])
    assert source.holds(checks("$5.3 million")[0])
    assert not source.holds(checks("more than 3,000 residents")[0])  # true, but no rounding
    assert not source.holds(checks("530 residents")[0])
    assert not source.holds(checks("5,000 residents")[0])  # unqualified: exact
    assert not evidence(["about $33 a share"]).holds(checks("$33.12 a share")[0])
    assert not evidence(["300 soldiers"]).holds(checks("more than 3,000 soldiers")[0])


def test_clock_times_and_file_names_are_not_figures() -> None:
    (c,) = check("Tom Ridley visited the town at nine on Friday.")
    assert not c.supported and "nine" in c.unsupported  # "9:27" is a time, not nine of a thing
    # a time is checked whole
    assert check("Tom Ridley visited the town at 9:27 a.m. on Friday.")[0].supported
    (c,) = check("Tom Ridley visited the town at 9:45 a.m. on Friday.")
    assert not c.supported and c.unsupported == ("9:45",)
    (c,) = check("Heavy rain flooded the riverside district of Marlow on 14 streets.")
    assert not c.supported and c.unsupported == ("14",)  # 14 is in the file name only


def test_a_name_extending_a_month_is_not_a_date_and_demonyms_match() -> None:
    assert [c.kind for c in checks("They met in Augusta")] == ["name"]
    assert evidence(["a resident originally from Ukraine"]).holds(checks("the Ukrainian man")[0])
    assert evidence(["Canada said so"]).holds(checks("Officials of the Canadian navy")[0])
