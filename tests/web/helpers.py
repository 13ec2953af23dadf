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
