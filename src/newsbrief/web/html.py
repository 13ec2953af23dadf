"""HTML responses: the templates (``index.html``, ``stories.html``) and a briefing's page.

Safety: every piece of article text reaches the page through Jinja2 autoescaping (the briefing
through ``render.html``, which escapes too), and pages carry a Content-Security-Policy that runs
only the page's own script (by nonce), so an article holding ``<script>`` or ``onerror=`` stays
text.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from fastapi.responses import HTMLResponse
from markupsafe import escape

from newsbrief.types import Briefing
from newsbrief.version import __version__

# Pages run only their own inline script (by nonce); styles are inline; nothing is fetched.
_CSP = (
    "default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; "
    "img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_NAV = (
    '<nav style="font: 14px system-ui, sans-serif; max-width: 1200px; margin: 0 auto; '
    'padding: .6rem 1.25rem 0"><a href="{href}">{label}</a></nav>'
)

# Hovering a citation marker highlights the passage it cites (clicking also scrolls to it).
_HOVER = """<style>.cite-hover {{ background: var(--mark); }}</style>
<script nonce="{nonce}">
  document.querySelectorAll("a.cite[href^='#']").forEach(function (a) {{
    var target = document.getElementById(a.getAttribute("href").slice(1));
    if (!target) {{ return; }}
    a.addEventListener("mouseenter", function () {{ target.classList.add("cite-hover"); }});
    a.addEventListener("mouseleave", function () {{ target.classList.remove("cite-hover"); }});
  }});
</script>
"""


def briefing_page(
    briefing: Briefing,
    *,
    back: tuple[str, str] = ("/", "← New briefing"),
    offer: Offer | None = None,
) -> HTMLResponse:
    """The briefing as ``newsbrief brief --format html`` renders it, with a link ``back``
    (href, label) and citation highlighting; with ``offer``, a button that briefs each story
    (when the briefing warns that its articles are several stories)."""
    from newsbrief.render.html import to_html

    nonce = secrets.token_urlsafe(16)
    # Article text is escaped, so the only "<script>" and "<body>" are the template's own.
    page = to_html(briefing).replace("<script>", f'<script nonce="{nonce}">')
    nav = _NAV.format(href=back[0], label=back[1])
    if offer is not None:
        nav += _offer_html(offer)
    page = page.replace("<body>", "<body>\n" + nav, 1)
    page = page.replace("</body>", _HOVER.format(nonce=nonce) + "</body>", 1)
    return _html(page, nonce=nonce)


@dataclass(frozen=True, slots=True)
class Offer:
    """What the form was given, to send again with "brief each story" ticked; uploaded files
    cannot be sent again by the page (``files``: some were uploaded)."""

    text: str
    urls: str
    words: int
    files: bool


_OFFER = (
    '<form method="post" action="/brief" enctype="multipart/form-data" class="split-offer" '
    'style="font: 14px system-ui, sans-serif; max-width: 1200px; margin: .5rem auto 0; '
    'padding: .6rem 1.25rem; background: #fff4e0; border: 1px solid #e0b060">'
    "These articles look like several stories (the warning below says what this briefing "
    "covers). "
    "{body}</form>"
)


def _offer_html(offer: Offer) -> str:
    if offer.files:
        return _OFFER.format(
            body="To brief each story on its own, upload them again with “Brief each story on "
            'its own” ticked on the <a href="/">form</a>.'
        )
    hidden = "".join(
        f'<input type="hidden" name="{name}" value="{escape(value)}">'
        for name, value in (("text", offer.text), ("urls", offer.urls), ("words", str(offer.words)))
    )
    return _OFFER.format(
        body=f'{hidden}<input type="hidden" name="split" value="1">'
        '<button type="submit">Brief each story</button>'
    )


def split_page(briefings: list[Briefing]) -> HTMLResponse:
    """Several briefings on one page (``brief --split``): a list of the stories, then each
    story's briefing in turn, its passage anchors kept apart from the others'."""
    from newsbrief.render.html import to_html

    nonce = secrets.token_urlsafe(16)
    pages = [to_html(b) for b in briefings]
    head = pages[0].split("<body>", 1)[0]
    sections = []
    for k, page in enumerate(pages, 1):
        body = page.split("<body>", 1)[1].rsplit("</body>", 1)[0]
        body = _SCRIPT.sub("", body) if k > 1 else body
        # Ids come only from the template (article text is escaped: no '"' in it).
        body = body.replace(' id="', f' id="s{k}-').replace(' href="#', f' href="#s{k}-')
        sections.append(f'<section id="story-{k}" class="story">{body}</section>')
    listing = "".join(
        f'<li><a href="#story-{k}">{escape(b.title)}</a> ({len(b.articles)} '
        f"article{'s' if len(b.articles) > 1 else ''})</li>"
        for k, b in enumerate(briefings, 1)
    )
    page = (
        head
        + "<body>\n"
        + _NAV.format(href="/", label="← New briefing")
        + '<nav class="stories" style="font: 14px system-ui, sans-serif; max-width: 1200px; '
        f'margin: 0 auto; padding: .6rem 1.25rem">{len(briefings)} stories, each briefed on its '
        f"own:<ol>{listing}</ol></nav>"
        + '<hr style="margin: 2rem 0">'.join(sections)
        + _HOVER.format(nonce=nonce)
        + "</body></html>\n"
    ).replace("<script>", f'<script nonce="{nonce}">')
    return _html(page, nonce=nonce)


_SCRIPT = re.compile(r"<script>.*?</script>", re.S)


def template_page(name: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    nonce = secrets.token_urlsafe(16)
    page = _templates().get_template(name).render(nonce=nonce, version=__version__, **context)
    return _html(page, nonce=nonce, status=status)


def _html(page: str, *, nonce: str, status: int = 200) -> HTMLResponse:
    headers = {
        "Content-Security-Policy": _CSP.format(nonce=nonce),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    }
    return HTMLResponse(page, status_code=status, headers=headers)


@lru_cache(maxsize=1)
def _templates() -> Any:
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(
        loader=PackageLoader("newsbrief", "web/templates"),
        autoescape=select_autoescape(["html"]),
    )
