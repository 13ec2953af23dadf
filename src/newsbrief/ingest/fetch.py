"""Fetching URLs safely: http(s) only, no loopback/private/link-local/metadata addresses unless
allowed (checked on the resolved addresses, again after every redirect), timeouts, a size cap, a
clear User-Agent and a politeness delay per host.

No DNS rebinding: the connection does not resolve the name again behind the check's back. Its
network backend (``vetted.py``) resolves the name once, refuses it if an address is not allowed,
and connects to one of the addresses it vetted, so a DNS server that answers a public address to
the check and 127.0.0.1 to the connection is refused.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from newsbrief.config import Limits
from newsbrief.errors import InputError
from newsbrief.ingest.formats import looks_like_feed
from newsbrief.types import Article
from newsbrief.version import __version__

if TYPE_CHECKING:
    import httpx

USER_AGENT = f"newsbrief/{__version__} (news briefing tool; +https://pypi.org/project/newsbrief/)"
# Timeouts, size cap, redirects and the delay per host: config.Limits.
_LIMITS = Limits()
# Shared address space (RFC 6598) is not "private" to ipaddress, but is not public either.
_SHARED = ipaddress.ip_network("100.64.0.0/10")
_FEED_TYPES = ("xml", "rss", "atom")
_REMEMBERED = 64 * 2**20  # bytes of answers kept for conditional requests (oldest dropped)


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content_type: str
    body: bytes

    @property
    def is_feed(self) -> bool:
        """An RSS/Atom feed (by its type, unless it is HTML, or by its first bytes)."""
        head = self.body[:1024].lower()
        typed = any(t in self.content_type for t in _FEED_TYPES) and b"<html" not in head
        return typed or looks_like_feed(self.body)


Resolver = Callable[[str, int], list[str]]


def resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError(f"{host}: cannot resolve ({exc})") from None
    return [str(info[4][0]) for info in infos]


def refused_kind(address: str) -> str | None:
    """Why an address may not be fetched without --allow-private, or None if it is public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local (cloud metadata)"
    if ip.is_private or (isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED):
        return "private"
    if ip.is_multicast or ip.is_reserved or ip.is_unspecified:
        return "reserved"
    return None


class Fetcher:
    """An HTTP client with the safety rules above; a context manager."""

    def __init__(
        self,
        *,
        allow_private: bool = False,
        timeout: float = _LIMITS.fetch_timeout,
        max_bytes: int = _LIMITS.max_fetch_bytes,
        delay: float = _LIMITS.host_delay,
        max_redirects: int = _LIMITS.max_redirects,
        deadline: float = _LIMITS.fetch_deadline,
        resolver: Resolver = resolve,
    ) -> None:
        self.allow_private = allow_private
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.delay = delay
        self.max_redirects = max_redirects
        self.deadline = deadline
        self.resolver = resolver
        self._client: httpx.Client | None = None
        self._last: dict[str, float] = {}
        # Conditional GET: per URL, the validators (ETag, Last-Modified) of its last answer and
        # that answer, so a poll that finds the page unchanged gets "304 Not Modified" and no
        # body (watch polls the same feeds and pages again and again). The oldest are forgotten
        # beyond _REMEMBERED bytes of answers. ``not_modified`` counts the 304s.
        self._validated: dict[str, tuple[dict[str, str], Fetched]] = {}
        self._kept = 0
        self.not_modified = 0

    @classmethod
    def with_limits(cls, limits: Limits, *, allow_private: bool = False) -> Fetcher:
        return cls(
            allow_private=allow_private,
            timeout=limits.fetch_timeout,
            max_bytes=limits.max_fetch_bytes,
            delay=limits.host_delay,
            max_redirects=limits.max_redirects,
            deadline=limits.fetch_deadline,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._client is not None:
            self._client.close()

    def check(self, url: str) -> str:
        """The URL's host, if it may be fetched; else InputError saying why not."""
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as exc:  # "http://[::1/", a port of 99999
            raise InputError(f"{url}: not a valid URL ({exc})") from None
        if parts.scheme not in ("http", "https"):
            raise InputError(f"{url}: only http and https URLs are fetched")
        host = parts.hostname
        if not host:
            raise InputError(f"{url}: no host in the URL")
        if not self.allow_private:
            port = port or (443 if parts.scheme == "https" else 80)
            for address in self.resolver(host, port):
                kind = refused_kind(address)
                if kind is not None:
                    raise _refused(url, host, address, kind)
        return host

    def get(self, url: str) -> Fetched:
        import httpx

        from newsbrief.ingest.vetted import Refused

        for _ in range(self.max_redirects + 1):
            host = self.check(url)
            self._wait(host)
            known = self._validated.get(url)
            try:
                with self.client().stream(
                    "GET", url, headers=known[0] if known else {}
                ) as response:
                    if response.status_code == 304 and known is not None:
                        self.not_modified += 1
                        return known[1]
                    if response.is_redirect and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        raise InputError(f"{url}: HTTP status {response.status_code}")
                    fetched = Fetched(
                        url=str(response.url),
                        content_type=response.headers.get("content-type", "").lower(),
                        body=self._read(url, response),
                    )
                    self._remember(url, response.headers, fetched)
                    return fetched
            except Refused as exc:  # at connection time: the name resolved differently
                raise _refused(url, exc.host, exc.address, exc.kind) from None
            except httpx.InvalidURL as exc:  # "http://8.8.8.010/": no address httpx accepts
                raise InputError(f"{url}: not a valid URL ({exc})") from None
            except httpx.HTTPError as exc:
                raise InputError(f"{url}: cannot fetch ({type(exc).__name__}: {exc})") from None
        raise InputError(f"{url}: more than {self.max_redirects} redirects")

    def _remember(self, url: str, headers: Any, fetched: Fetched) -> None:
        validators = {
            ask: headers[answer]
            for ask, answer in (("If-None-Match", "etag"), ("If-Modified-Since", "last-modified"))
            if headers.get(answer)
        }
        old = self._validated.pop(url, None)
        self._kept -= len(old[1].body) if old else 0
        if validators and len(fetched.body) <= _REMEMBERED:
            self._validated[url] = (validators, fetched)
            self._kept += len(fetched.body)
            while self._kept > _REMEMBERED:  # dicts keep insertion order: oldest first
                _, dropped = self._validated.pop(next(iter(self._validated)))
                self._kept -= len(dropped.body)

    def client(self) -> httpx.Client:
        import httpx

        from newsbrief.ingest.vetted import VettedTransport

        if self._client is None:
            self._client = httpx.Client(
                timeout=httpx.Timeout(self.timeout),
                follow_redirects=False,  # followed by hand, checking every hop
                headers={"User-Agent": USER_AGENT},
                trust_env=False,  # no proxy from the environment: the checked address is used
                # Connections go only to addresses vetted when connecting (no DNS rebinding).
                transport=VettedTransport(
                    resolver=self.resolver,
                    vetting=None if self.allow_private else refused_kind,
                ),
            )
        return self._client

    def _read(self, url: str, response: Any) -> bytes:
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise InputError(f"{url}: too large ({int(declared) // 2**20} MiB)")
        chunks: list[bytes] = []
        size = 0
        # The timeout bounds each wait for bytes; this bounds the whole body, so a server that
        # trickles a byte now and then cannot hold a run forever.
        deadline = time.monotonic() + self.deadline
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise InputError(f"{url}: too large (over {self.max_bytes // 2**20} MiB)")
            if time.monotonic() > deadline:
                raise InputError(f"{url}: too slow (not read in {self.deadline:g} s)")
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = self.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()


def _refused(url: str, host: str, address: str, kind: str) -> InputError:
    return InputError(
        f"{url}: refused: {host} is a {kind} address ({address}); --allow-private allows it"
    )


def page_article(fetched: Fetched) -> Article:
    from newsbrief.ingest.decode import decode
    from newsbrief.ingest.formats import from_html

    host = urlsplit(fetched.url).hostname or fetched.url
    article = from_html(decode(fetched.body, name=fetched.url), name=fetched.url, source=host)
    source = article.source if article.source != fetched.url else host
    return replace(article, url=fetched.url, source=source)
