"""Shared inputs for the web tests: the Aleppo articles and an article that tries to run code."""

from __future__ import annotations

from pathlib import Path

ALEPPO = Path(__file__).resolve().parents[2] / "examples" / "aleppo-2016"
ALEPPO_FILES = sorted(ALEPPO.glob("*.txt"))

# Each line tries a different way to run script if it were not escaped.
XSS_ARTICLE = (
    "<script>window.__xss = 'title'</script> Council approves harbour plan\n\n"
    "The city council approved the harbour plan on Monday after a long debate about its cost.\n\n"
    "Officials said the vote <img src=x onerror=\"window.__xss = 'img'\"> was close at 7 to 6. "
    "The plan <script>window.__xss = 'body'</script> adds 300 berths for fishing boats by 2028. "
    'Critics <a href="javascript:window.__xss=1">said</a> the harbour plan costs too much money.\n'
)

HARBOUR = (
    "Storm closes Kelmouth harbour\n\n"
    "A storm closed the harbour of Kelmouth on Tuesday, the port authority said.\n\n"
    "More than 40 fishing boats stayed in port while waves reached six metres.\n\n"
    "The harbour master said the port would reopen on Thursday if the wind dropped.\n"
)


def make_library(db: Path) -> None:
    """A library with the five Aleppo articles (one story) and an unrelated harbour report."""
    from newsbrief.library import Library
    from newsbrief.types import Article, content_id

    aleppo = [
        Article(
            id=f"aleppo-{i}",
            text=p.read_text(encoding="utf-8"),
            source=f"outlet {i}",
            origin=p.name,
        )
        for i, p in enumerate(ALEPPO_FILES)
    ]
    harbour = Article(id=content_id(HARBOUR), text=HARBOUR, source="Kelmouth Post", origin="h")
    with Library.open(db) as library:
        report = library.add([*aleppo, harbour])
    assert report.new == 6, report
