"""An httpx transport whose connections go only to addresses that were checked (no DNS rebinding).

httpx would resolve a host name itself when it connects, after ``Fetcher.check`` looked at the
addresses, so a hostile DNS server could answer a public address to the check and 127.0.0.1 to
the connection. Here the network backend resolves the name once, refuses it if any address is
not allowed, connects to one of those vetted addresses (TLS SNI, certificate checks and the Host
header keep the name: httpcore takes them from the URL, not from the socket) and verifies the
socket's peer address before a byte is sent.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterable

import httpcore
import httpx

# ``refused_kind`` of fetch.py: why an address may not be fetched, or None.
Vetting = Callable[[str], str | None]
Resolver = Callable[[str, int], list[str]]


class Refused(Exception):
    """The connection's host resolved to an address that may not be fetched."""

    def __init__(self, host: str, address: str, kind: str) -> None:
        super().__init__(f"{host} is a {kind} address ({address})")
        self.host, self.address, self.kind = host, address, kind


class VettedBackend(httpcore.SyncBackend):
    def __init__(self, *, resolver: Resolver, vetting: Vetting | None) -> None:
        self.resolver = resolver
        self.vetting = vetting  # None: every address is allowed (--allow-private)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        if self.vetting is None:
            return super().connect_tcp(host, port, timeout, local_address, socket_options)
        addresses = self.resolver(host, port)
        for address in addresses:
            kind = self.vetting(address)
            if kind is not None:
                raise Refused(host, address, kind)
        if not addresses:
            raise httpcore.ConnectError(f"{host}: no address")
        error: Exception | None = None
        for address in dict.fromkeys(addresses):  # each vetted address once, in resolver order
            try:  # a numeric address: no second lookup that could be answered differently
                stream = super().connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
                continue
            peer = _peer(stream)
            if peer is None or not _same(peer, address):
                stream.close()
                raise httpcore.ConnectError(f"{host}: connected to {peer}, not to {address}")
            return stream
        assert error is not None
        raise error


def _peer(stream: httpcore.NetworkStream) -> str | None:
    sock = stream.get_extra_info("socket")
    if sock is None:
        return None
    return str(sock.getpeername()[0])


def _same(a: str, b: str) -> bool:
    return ipaddress.ip_address(a.split("%", 1)[0]) == ipaddress.ip_address(b.split("%", 1)[0])


class VettedTransport(httpx.HTTPTransport):
    """``httpx.HTTPTransport`` (no proxy, certificates verified) over a ``VettedBackend``."""

    def __init__(self, *, resolver: Resolver, vetting: Vetting | None) -> None:
        super().__init__(trust_env=False)
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=20)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=VettedBackend(resolver=resolver, vetting=vetting),
        )
