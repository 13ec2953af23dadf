"""HTML responses: the templates (``index.html``, ``stories.html``) and a briefing's page.

Safety: every piece of article text reaches the page through Jinja2 autoescaping (the briefing
through ``render.html``, which escapes too), and pages carry a Content-Security-Policy that runs
only the page's own script (by nonce), so an article holding ``<script>`` or ``onerror=`` stays
text.
"""

from __future__ import annotations

import secrets
from functools import lru_cache
from typing import Any

from fastapi.responses import HTMLResponse

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
    briefing: Briefing, *, back: tuple[str, str] = ("/", "← New briefing")
) -> HTMLResponse:
    """The briefing as ``newsbrief brief --format html`` renders it, with a link ``back``
    (href, label) and citation highlighting."""
    from newsbrief.render.html import to_html

    nonce = secrets.token_urlsafe(16)
    # Article text is escaped, so the only "<script>" and "<body>" are the template's own.
    page = to_html(briefing).replace("<script>", f'<script nonce="{nonce}">')
    page = page.replace("<body>", "<body>\n" + _NAV.format(href=back[0], label=back[1]), 1)
    page = page.replace("</body>", _HOVER.format(nonce=nonce) + "</body>", 1)
    return _html(page, nonce=nonce)


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
