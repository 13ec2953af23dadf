"""Input formats: plain text, HTML, JSON, JSON Lines and Multi-News, by content and by extension."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsbrief.errors import InputError
from newsbrief.ingest.formats import detect_format, parse, parse_date
from newsbrief.types import Article

HEADLINE = "Rebels vow to fight on in Aleppo"
PARA1 = "Syrian rebels on Wednesday vowed to fight on in east Aleppo despite government advances."
PARA2 = "More than 50,000 people have fled their neighborhoods near the shifting front lines."
PARA3 = "Rescue workers said shelling killed at least 45 civilians on Wednesday."
BODY = f"{PARA1}\n\n{PARA2}\n\n{PARA3}\n"


def one(text: str, **kwargs: str) -> Article:
    """The single article parsed from ``text`` (named "x" unless given)."""
    kwargs.setdefault("name", "x")
    articles = parse(text, **kwargs)
    assert len(articles) == 1
    return articles[0]


# --- detection ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "suffix", "expected"),
    [
        ("Plain text about Aleppo.\n", "", "text"),
        ("Plain text about Aleppo.\n", ".txt", "text"),
        ("<!DOCTYPE html>\n<html><body><p>x</p></body></html>", "", "html"),
        ("  <html><body><p>x</p></body></html>", "", "html"),
        ("<?xml version='1.0'?>\n<html><body>x</body></html>", "", "html"),
        ("<article><p>x</p></article>", "", "html"),
        ("<p>one</p><p>two</p><div>three</div>", "", "html"),
        ("<p>one paragraph</p>", "", "text"),
        ("<p>one paragraph</p>", ".html", "html"),
        ("<p>one paragraph</p>", ".htm", "html"),
        ('{"text": "a."}', "", "json"),
        ('\n  [{"text": "a."}]', "", "json"),
        ('"a bare string"', ".json", "json"),
        ('"a bare string"', "", "text"),
        ('{"text": "a."}\n{"text": "b."}\n', "", "jsonl"),
        ('{"text": "a."}', ".jsonl", "jsonl"),
        ('{"text": "a."}', ".ndjson", "jsonl"),
        ("Doc one. ||||| Doc two.", "", "multinews"),
        ("Doc one. ||||| Doc two.", ".txt", "multinews"),
    ],
)
def test_detect_format(text: str, suffix: str, expected: str) -> None:
    assert detect_format(text, suffix=suffix) == expected


# --- plain text --------------------------------------------------------------------------------


def test_text_first_line_becomes_title() -> None:
    article = one(f"{HEADLINE}\n\n{BODY}")
    assert article.title == HEADLINE
    assert article.text.strip() == BODY.strip()


def test_text_title_whitespace_is_collapsed() -> None:
    article = one(f"  Rebels   vow to\tfight on  \n\n{BODY}")
    assert article.title == "Rebels vow to fight on"


def test_text_kicker_above_headline_is_dropped() -> None:
    text = f"The Slatest\n\nThe Battle for Aleppo Has Entered Its Bloody End Stage\n\n{BODY}"
    article = one(text)
    assert article.title == "The Battle for Aleppo Has Entered Its Bloody End Stage"
    assert article.text.strip() == BODY.strip()


def test_text_short_headline_above_body_is_the_title() -> None:
    article = one(f"Aleppo under siege\n\n{BODY}")
    assert article.title == "Aleppo under siege"
    assert article.text.strip() == BODY.strip()


def test_text_long_first_paragraph_is_not_a_title() -> None:
    long_para = (
        "Syrian rebels vowed on Wednesday to fight on in east Aleppo in the face of sudden "
        "government advances that have cut the opposition sector by a third in recent days and "
        "brought insurgents to the brink of defeat"
    )
    text = f"{long_para}\n\n{PARA2}\n\n{PARA3}\n"
    article = one(text)
    assert article.title is None
    assert article.text == text


def test_text_first_sentence_ending_in_period_is_not_a_title() -> None:
    text = f"Aleppo fell on Monday.\n\n{BODY}"
    article = one(text)
    assert article.title is None
    assert article.text == text


def test_text_first_sentence_ending_in_quoted_period_is_not_a_title() -> None:
    text = f"The UN called it “a complete meltdown of humanity.”\n\n{BODY}"
    assert one(text).title is None


def test_text_source_and_origin() -> None:
    article = one(f"{HEADLINE}\n\n{BODY}", name="/data/a.txt", source="a.txt")
    assert (article.source, article.origin) == ("a.txt", "/data/a.txt")
    assert (article.url, article.published, article.authors) == (None, None, ())


def test_text_source_defaults_to_name() -> None:
    assert one(BODY, name="<stdin>").source == "<stdin>"


@pytest.mark.parametrize("text", ["", "   \n\n\t  \n"])
def test_text_empty_raises(text: str) -> None:
    with pytest.raises(InputError, match=r"^x: empty article \(no text\)$"):
        parse(text, name="x")


@pytest.mark.parametrize(
    ("index", "title"),
    [
        (0, "Bombs rain down on Aleppo as rebels vow to resist army, despite catastrophic losses"),
        (1, "Battle for Aleppo: Syrian Rebel Stronghold Set to Fall Into Assad Hands"),
        (2, '"Doomsday" for eastern Aleppo as reports of regime atrocities emerge'),
        (3, None),  # opens with a long paragraph, no headline
        (4, "The Battle for Aleppo Has Entered Its Bloody End Stage"),  # kicker "The Slatest"
    ],
)
def test_text_titles_of_the_aleppo_sample(
    aleppo_files: list[Path], index: int, title: str | None
) -> None:
    path = aleppo_files[index]
    article = one(path.read_text(encoding="utf-8"), name=str(path), source=path.name)
    assert article.title == title


def test_text_kicker_is_not_left_in_the_body(aleppo_files: list[Path]) -> None:
    article = one(aleppo_files[4].read_text(encoding="utf-8"))
    assert "The Slatest" not in article.text
    assert article.text.lstrip().startswith("Syrian civilians leave toward safer rebel-held areas")


# --- HTML --------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Rebels vow to fight on in Aleppo | Example News</title>
<meta property="og:title" content="Rebels vow to fight on in Aleppo">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2016-12-13T09:30:00Z">
<link rel="canonical" href="https://www.example.com/world/aleppo">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Rebels vow to fight on in Aleppo</h1>
<p>Syrian rebels on Wednesday vowed to fight on in east Aleppo despite government advances.</p>
<p>More than 50,000 people have fled their neighborhoods near the shifting front lines.</p>
</article>
<footer>Copyright 2016 Example News</footer>
</body></html>"""


@pytest.mark.parametrize("suffix", ["", ".html"])
def test_html_page_text_and_metadata(suffix: str) -> None:
    article = one(PAGE, name="page", suffix=suffix)
    assert article.text == f"{HEADLINE}\n{PARA1}\n{PARA2}"
    assert article.title == HEADLINE
    assert article.authors == ("Jane Doe",)
    assert article.published == datetime(2016, 12, 13)
    assert article.source == "Example News"
    assert article.url == "https://www.example.com/world/aleppo"
    assert article.origin == "page"


def test_html_navigation_and_footer_are_dropped() -> None:
    text = one(PAGE).text
    assert "Home" not in text
    assert "Copyright" not in text


def test_html_without_site_name_uses_the_host() -> None:
    page = (
        "<html><head><title>Aleppo civilians flee</title>"
        '<link rel="canonical" href="https://www.bbc.co.uk/news/world-38299009"></head>'
        f"<body><article><h1>Aleppo civilians flee</h1><p>{PARA1}</p><p>{PARA2}</p></article>"
        "</body></html>"
    )
    article = one(page)
    assert (article.source, article.title) == ("bbc.co.uk", "Aleppo civilians flee")


def test_html_by_extension_without_markup_at_start() -> None:
    fragment = f"<p>{PARA1}</p>\n<p>{PARA2}</p>"
    article = one(fragment, name="frag.html", suffix=".html")
    assert article.text == f"{PARA1}\n{PARA2}"
    assert (article.title, article.source) == (None, "frag.html")


def test_html_fragment_without_extension_is_text() -> None:
    fragment = f"<p>{PARA1}</p>"
    assert one(fragment, name="frag.txt", suffix=".txt").text == fragment


def test_html_without_article_text_raises() -> None:
    with pytest.raises(InputError, match=r"^p\.html: no article text found in the HTML$"):
        parse("<html><body></body></html>", name="p.html", suffix=".html")


def page(title: str, paragraph: str) -> str:
    head = f"<head><title>{title}</title></head>"
    return f"<html>{head}<body><article><p>{paragraph}</p></article></body></html>"


# --- JSON --------------------------------------------------------------------------------------


def test_json_object_with_every_key() -> None:
    data = {
        "id": "reuters-1",
        "title": HEADLINE,
        "text": BODY,
        "source": "Reuters",
        "url": "https://www.reuters.com/article/aleppo",
        "published": "2016-12-13T09:30:00Z",
        "authors": ["Anne Barnard", "Hwaida Saad"],
    }
    article = one(json.dumps(data), name="a.json", suffix=".json")
    assert article.id == "reuters-1"
    assert article.title == HEADLINE
    assert article.text == BODY
    assert article.source == "Reuters"
    assert article.url == "https://www.reuters.com/article/aleppo"
    assert article.published == datetime(2016, 12, 13, 9, 30, tzinfo=UTC)
    assert article.authors == ("Anne Barnard", "Hwaida Saad")
    assert article.origin == "a.json"


def test_json_alternative_key_names() -> None:
    data = {
        "headline": HEADLINE,
        "body": PARA1,
        "outlet": "BBC",
        "link": "https://www.bbc.co.uk/news/x",
        "date": "Dec 13, 2016",
        "byline": "Anne Barnard and Hwaida Saad",
    }
    article = one(json.dumps(data))
    assert (article.title, article.text, article.source) == (HEADLINE, PARA1, "BBC")
    assert article.url == "https://www.bbc.co.uk/news/x"
    assert article.published == datetime(2016, 12, 13)
    assert article.authors == ("Anne Barnard", "Hwaida Saad")


@pytest.mark.parametrize(
    ("authors", "expected"),
    [
        ("Jane Doe", ("Jane Doe",)),
        ("Anne Barnard and Hwaida Saad", ("Anne Barnard", "Hwaida Saad")),
        ("A. Smith; B. Jones, C. Brown", ("A. Smith", "B. Jones", "C. Brown")),
        (["Jane Doe", " ", "John Roe "], ("Jane Doe", "John Roe")),
    ],
)
def test_json_authors(authors: object, expected: tuple[str, ...]) -> None:
    assert one(json.dumps({"text": PARA1, "authors": authors})).authors == expected


def test_json_numeric_id_becomes_a_string() -> None:
    assert one(json.dumps({"id": 7, "text": PARA1})).id == "7"


def test_json_text_is_not_split_into_title_and_body() -> None:
    text = f"{HEADLINE}\n\n{BODY}"
    article = one(json.dumps({"text": text}))
    assert (article.title, article.text) == (None, text)


def test_json_html_key_is_extracted() -> None:
    html = page("From the page", PARA1)
    article = one(json.dumps({"html": html, "source": "Reuters"}))
    assert (article.text, article.title, article.source) == (PARA1, "From the page", "Reuters")


def test_json_title_key_overrides_the_html_title() -> None:
    html = page("From the page", PARA1)
    assert one(json.dumps({"html": html, "title": HEADLINE})).title == HEADLINE


def test_json_text_key_wins_over_html() -> None:
    html = page("From the page", PARA2)
    assert one(json.dumps({"text": PARA1, "html": html})).text == PARA1


def test_json_html_fragment_of_one_paragraph() -> None:
    assert one(json.dumps({"html": f"<p>{PARA1}</p>"})).text == PARA1


def test_json_list_of_articles() -> None:
    data = [{"text": PARA1, "title": "One"}, {"text": PARA2, "title": "Two"}]
    articles = parse(json.dumps(data), name="feed.json", suffix=".json")
    assert [(a.title, a.text, a.origin) for a in articles] == [
        ("One", PARA1, "feed.json[1]"),
        ("Two", PARA2, "feed.json[2]"),
    ]


@pytest.mark.parametrize("key", ["articles", "documents"])
def test_json_wrapped_list_of_articles(key: str) -> None:
    data = {key: [{"text": PARA1}, {"text": PARA2}], "source": "ignored"}
    articles = parse(json.dumps(data), name="x")
    assert [(a.text, a.origin) for a in articles] == [
        (PARA1, f"x.{key}[1]"),
        (PARA2, f"x.{key}[2]"),
    ]


def test_json_list_of_strings_detects_titles() -> None:
    data = {"documents": [f"{HEADLINE}\n\n{BODY}", PARA2]}
    articles = parse(json.dumps(data), name="x")
    assert [(a.title, a.text.strip()) for a in articles] == [
        (HEADLINE, BODY.strip()),
        (None, PARA2),
    ]


def test_json_bare_string_by_extension() -> None:
    assert one('"A bare string article."', name="s.json", suffix=".json").text == (
        "A bare string article."
    )


def test_json_source_falls_back_to_the_url_host() -> None:
    data = {"text": PARA1, "url": "https://www.reuters.com/article/aleppo"}
    assert one(json.dumps(data)).source == "reuters.com"


def test_json_source_falls_back_to_the_name() -> None:
    assert one(json.dumps({"text": PARA1}), name="a.json").source == "a.json"


def test_json_object_without_text_raises() -> None:
    with pytest.raises(
        InputError,
        match=r"^a\.json: article object has no text \(expected a 'text' or 'html' key\)$",
    ):
        parse(json.dumps({"title": HEADLINE, "url": "https://x.com/a"}), name="a.json")


@pytest.mark.parametrize("data", [{"text": ""}, {"text": 5}, {"text": None, "html": ""}])
def test_json_object_with_empty_or_non_string_text_raises(data: object) -> None:
    with pytest.raises(InputError, match=r"^x: article object has no text"):
        parse(json.dumps(data), name="x")


def test_json_list_item_without_text_names_the_item() -> None:
    data = [{"text": PARA1}, {"title": "no text"}]
    with pytest.raises(InputError, match=r"^feed\.json\[2\]: article object has no text"):
        parse(json.dumps(data), name="feed.json")


def test_json_number_raises() -> None:
    with pytest.raises(
        InputError, match=r"^n\.json: expected an article object, a list or a string in JSON$"
    ):
        parse("42", name="n.json", suffix=".json")


@pytest.mark.parametrize("text", ["[]", '{"articles": []}'])
def test_json_without_articles_raises(text: str) -> None:
    with pytest.raises(InputError, match=r"^x: empty article \(no text\)$"):
        parse(text, name="x")


def test_json_malformed_names_the_line() -> None:
    text = '{\n  "text": "a.",\n  "title": \n}'
    with pytest.raises(InputError, match=r"^bad\.json: malformed JSON at line 4: Expecting value$"):
        parse(text, name="bad.json", suffix=".json")


# --- JSON Lines --------------------------------------------------------------------------------


def test_jsonl_one_article_per_line() -> None:
    text = "\n".join(json.dumps({"text": p}) for p in (PARA1, PARA2)) + "\n"
    articles = parse(text, name="x.jsonl", suffix=".jsonl")
    assert [(a.text, a.origin) for a in articles] == [(PARA1, "x.jsonl:1"), (PARA2, "x.jsonl:2")]


def test_jsonl_detected_by_content_and_blank_lines_skipped() -> None:
    text = json.dumps({"text": PARA1}) + "\n\n" + json.dumps({"text": PARA2}) + "\n"
    articles = parse(text, name="x")
    assert [(a.text, a.origin) for a in articles] == [(PARA1, "x:1"), (PARA2, "x:3")]


def test_jsonl_single_line_by_extension() -> None:
    assert one(json.dumps({"text": PARA1}), name="x", suffix=".jsonl").origin == "x:1"


def test_jsonl_multinews_cluster_line() -> None:
    """The shared Multi-News data: {"id", "documents": [...], "summary", "source"} per line."""
    line = {"id": "c1", "documents": [PARA1, PARA2], "summary": "Reference.", "source": "mn"}
    articles = parse(json.dumps(line) + "\n", name="dev.jsonl", suffix=".jsonl")
    assert [(a.text, a.origin) for a in articles] == [
        (PARA1, "dev.jsonl:1.documents[1]"),
        (PARA2, "dev.jsonl:1.documents[2]"),
    ]


def test_jsonl_malformed_line_names_the_line() -> None:
    text = json.dumps({"text": PARA1}) + "\n{not json}\n"
    with pytest.raises(
        InputError,
        match=r"^x\.jsonl: malformed JSON on line 2: Expecting property name enclosed in ",
    ):
        parse(text, name="x.jsonl", suffix=".jsonl")


# --- Multi-News --------------------------------------------------------------------------------


def test_multinews_documents_split_and_newline_tokens_replaced() -> None:
    text = f"{PARA1}NEWLINE_CHARNEWLINE_CHAR{PARA2}|||||{PARA3}"
    articles = parse(text, name="/data/mn.txt", suffix=".txt", source="mn.txt")
    assert [(a.text, a.source, a.origin) for a in articles] == [
        (f"{PARA1}\n\n{PARA2}", "mn.txt #1", "/data/mn.txt #1"),
        (PARA3, "mn.txt #2", "/data/mn.txt #2"),
    ]


def test_multinews_spaced_separators_and_empty_documents() -> None:
    text = f"{PARA1} NEWLINE_CHAR NEWLINE_CHAR {PARA2} ||||| {PARA3} |||||  \n"
    articles = parse(text, name="mn")
    assert [" ".join(a.text.split()) for a in articles] == [f"{PARA1} {PARA2}", PARA3]
    assert [a.title for a in articles] == [None, None]


def test_multinews_document_headline_becomes_title() -> None:
    text = f"{HEADLINE} NEWLINE_CHAR NEWLINE_CHAR {PARA1} NEWLINE_CHAR NEWLINE_CHAR {PARA2}"
    text += f" ||||| {PARA3}"
    first, second = parse(text, name="mn")
    assert (first.title, second.title) == (HEADLINE, None)
    assert " ".join(first.text.split()) == f"{PARA1} {PARA2}"


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-12-13T09:30:00Z", datetime(2016, 12, 13, 9, 30, tzinfo=UTC)),
        ("2016-12-13", datetime(2016, 12, 13)),
        ("December 13, 2016", datetime(2016, 12, 13)),
        ("", None),
        ("not a date", None),
        (None, None),
        (True, None),
    ],
)
def test_parse_date(value: object, expected: datetime | None) -> None:
    assert parse_date(value) == expected


@pytest.fixture
def new_york_clock() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.mark.usefixtures("new_york_clock")
def test_json_unix_timestamp_is_utc_whatever_the_local_zone() -> None:
    article = one(json.dumps({"text": PARA1, "published": 1481621400}))
    assert article.published == datetime(2016, 12, 13, 9, 30, tzinfo=UTC)


def test_json_rfc822_date_with_zone_name() -> None:
    article = one(json.dumps({"text": PARA1, "published": "Tue, 13 Dec 2016 10:00:00 EST"}))
    assert article.published is not None
    assert article.published.date().isoformat() == "2016-12-13"
