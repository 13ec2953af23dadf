"""Facts in the three formats: the JSON shape, Markdown sections, escaped self-contained HTML."""

from __future__ import annotations

import itertools
import json
import re

import newsbrief
from newsbrief.types import Article, Briefing

REPORT = {"value", "text", "article", "start", "end"}
CITATION = {"article", "start", "end"}


def test_json_facts_have_the_documented_shape(aleppo: Briefing) -> None:
    data = json.loads(newsbrief.render_briefing(aleppo, "json"))
    facts = data["facts"]
    assert set(facts) == {"figures", "quotes", "timeline", "entities", "disagreements"}
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for f in facts["figures"]:
        assert set(f) == {"about", "unit", "window", "scope", "confidence", "apart", "reports"}
        for r in f["reports"]:
            assert set(r) == REPORT and isinstance(r["value"], int | float)
            assert r["text"] in texts[r["article"]][r["start"] : r["end"]]
    for q in facts["quotes"]:
        assert set(q) == {"speaker", "role", "text", "confidence", "citations"}
        assert all(set(c) == CITATION | {"speaker"} for c in q["citations"])
    for e in facts["timeline"]:
        assert set(e) == {
            "date",
            "precision",
            "inferred",
            "when",
            "event",
            "confidence",
            "citations",
        }
        assert e["date"] is None or re.fullmatch(r"\d{4}-\d\d-\d\d", e["date"])
        assert e["precision"] in ("day", "week", "month", "year") and isinstance(
            e["inferred"], bool
        )
    idlib = [e for e in facts["timeline"] if e["when"] == "in September 2015"]
    assert [(e["date"], e["precision"]) for e in idlib] == [("2015-09-01", "month")]
    undated = [e for e in facts["timeline"] if e["date"] is None]
    assert undated and all(e["confidence"] < 0.5 for e in undated)  # kept, with why not shown
    for e in facts["entities"]:
        assert set(e) == {"name", "kind", "aliases", "articles", "confidence", "citations"}
        assert e["kind"] in ("person", "organisation", "place")
    for d in facts["disagreements"]:
        assert set(d) == {"about", "unit", "window", "scope", "note", "confidence", "sides"}
        assert all(set(r) == REPORT for side in d["sides"] for r in side)
    rated = [x for kind in facts.values() for x in kind]
    assert all(0 <= x["confidence"] <= 1 for x in rated)
    trapped = facts["figures"][0]
    assert trapped["reports"][0]["value"] == 100000  # a whole number stays an integer


def test_markdown_has_a_section_per_kind_of_fact(aleppo: Briefing) -> None:
    text = newsbrief.render_briefing(aleppo, "markdown")
    for heading in ("Figures", "Where sources disagree", "Quotes", "Timeline", "Entities"):
        assert f"\n## {heading}\n" in text
    assert "- 2016-12-12 (on Monday): " in text
    assert "- 2015-09 (in September 2015): " in text  # no invented day
    assert "- 2016-12-12 (on Monday; date inferred from other articles): " in text
    timeline = text.split("## Timeline")[1].split("##")[0]
    assert "undated" not in timeline


def test_html_escapes_article_text_in_the_facts_sections() -> None:
    evil = '<script>alert("x")</script>'
    articles = [
        Article(
            id="a",
            source="<b>Outlet</b>",
            text=f'"{evil} is what 100,000 people <i>trapped</i> said," said John <Roe> Smith.\n\n'
            f"On Monday 5,000 <em>fled</em> {evil}.",
        )
    ]
    html = newsbrief.render_briefing(newsbrief.brief(articles), "html")
    assert "<script>alert" not in html
    assert "<i>trapped</i>" not in html and "<em>fled</em>" not in html
    assert "&lt;script&gt;" in html
    assert "<h2>Figures</h2>" in html and "<h2>Quotes</h2>" in html
    assert not re.search(r"""(?:src|href)=["']https?://""", html)  # self-contained


def test_markdown_gives_one_line_per_quantity(aleppo: Briefing) -> None:
    text = newsbrief.render_briefing(aleppo, "markdown")
    section = text.split("## Figures\n", 1)[1].split("\n## ", 1)[0]
    labels = re.findall(r"^- (\*\*.+?\*\*[^:]*):", section, re.M)  # label, unit, scope, window
    assert aleppo.facts is not None
    # no label twice: nine children killed today and 96 in September are two lines by their
    # windows (they were by Figure.apart: values far apart count different things)
    assert not [f for f in aleppo.facts.shown().figures if f.apart]
    assert len(labels) == len(set(labels))
    assert "- **children killed**: nine [3]" in section
    assert "- **children killed**, in September: 96 [4]" in section
    (trapped,) = [line for line in section.splitlines() if line.startswith("- **civilians trapped")]
    agreeing, others = trapped.split(" — other figures: ")
    # [3]'s "tens of thousands" is not shown: [3] also gives the 100,000 (an outlet does not
    # disagree with itself; the label cannot tell its two quantities apart)
    assert agreeing.count("100,000") == 3 and others.split(" | ") == ["thousands [5]"]


def test_markdown_and_html_show_only_confident_facts(aleppo: Briefing) -> None:
    import dataclasses

    assert aleppo.facts is not None and aleppo.facts.quotes
    quote = aleppo.facts.quotes[0]
    doubtful = dataclasses.replace(quote, confidence=0.2)
    facts = dataclasses.replace(aleppo.facts, quotes=(doubtful, *aleppo.facts.quotes[1:]))
    briefing = dataclasses.replace(aleppo, facts=facts)
    assert quote.text not in newsbrief.render_briefing(briefing, "markdown")
    head = quote.text[:40]  # the article text holds it too: one place fewer in the page
    html = newsbrief.render_briefing(briefing, "html").count(head)
    assert html == newsbrief.render_briefing(aleppo, "html").count(head) - 1
    kept = json.loads(newsbrief.render_briefing(briefing, "json"))["facts"]["quotes"]
    assert any(q["text"] == quote.text and q["confidence"] == 0.2 for q in kept)
    assert quote.text in newsbrief.render_briefing(aleppo, "markdown")


def test_html_timeline_axis_is_broken_with_one_dot_per_date(aleppo: Briefing) -> None:
    """It drew one axis from 2015-09-01 to 2016-12-13: two visible dots, the rest piled up."""
    html = newsbrief.render_briefing(aleppo, "html")
    axis = html.split('<div class="axis"', 1)[1].split("</div>", 1)[0]
    assert axis.count('class="stretch"') == 3  # 2015-09 | 2016-09 | 2016-11 … 2016-12-13
    lefts = [float(x) for x in re.findall(r'class="dot[^"]*" style="left: ([\d.]+)%', axis)]
    assert len(lefts) == 11 and lefts == sorted(lefts)
    assert min(b - a for a, b in itertools.pairwise(lefts)) >= 3.0
    assert axis.count('class="dot inferred"') == 8  # every event on those dates inferred
    assert '<time datetime="2015-09">2015-09</time>' in html
    assert "(date inferred from other articles)" in html


def test_a_figure_capitalised_by_its_sentence_reads_in_lower_case_inside_a_line(
    aleppo: Briefing,
) -> None:
    markdown = newsbrief.render_briefing(aleppo, "markdown")
    assert "- **people displaced**: more than 100,000 [5]" in markdown
    assert ": millions [4]" in markdown and "Millions [4]" not in markdown
    html = newsbrief.render_briefing(aleppo, "html")
    assert ">more than 100,000<" in html and ">More than 100,000<" not in html
    # JSON keeps the source's spelling, which its offsets cite
    assert '"text": "More than 100,000"' in newsbrief.render_briefing(aleppo, "json")


def test_a_measures_unit_is_not_shown_beside_its_label_a_currencys_and_a_shares_are(
    aleppo: Briefing,
) -> None:
    # read7: "height of surges (m): 5 to 10 feet" read as a wrong unit; each value carries its
    # own ("8.6 square kilometres", "smaller than one square mile")
    for kind in ("markdown", "html"):
        text = newsbrief.render_briefing(aleppo, kind)
        assert "area of those trapped" in text and "(km²)" not in text
    markdown = newsbrief.render_briefing(aleppo, "markdown")
    assert "- **share held** (%), of the city: 98 percent [5]" in markdown
