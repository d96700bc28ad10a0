"""The hub's HTTP/1.1 connections: uvicorn's, with a deadline for each request's headers and a cap per address.

uvicorn closes idle keep-alive connections, but nothing bounds how long a
client may take to send a request's headers: 500 connections that send
``GET / HTTP/1.1\\r\\nHo`` and stop (a "slowloris") would hold every slot
under the connection cap, and every laboratory would get 503.  Here a
connection whose request headers are not complete within
``header_timeout_seconds`` of its first byte (or of its opening) is closed.
Headers are a few hundred bytes: even a 64 kbit/s link carries them in a
fraction of a second.  A slow *body* is ``labnet.hub.limits``'s business (a
minimum rate) and the upload's (``tus``'s idle timeout).

Closing a slow connection is not enough when the client opens another at
once: one address may hold at most ``connections_per_address`` connections;
the next is answered 429 and closed before it is read, so a single client
cannot take the server's 500 slots (``limit_concurrency``) from everyone else.
Behind a reverse proxy every connection comes from the proxy's address: set
this above the proxy's own connections to the hub and limit clients there.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from http import HTTPStatus

from uvicorn.protocols.http.h11_impl import H11Protocol

from labnet.protocol.problems import MEDIA_TYPE, PROBLEMS, problem_json

RETRY_SECONDS = 5  # Retry-After for a connection refused as one too many from its address


def refusal(code: str, message: str) -> bytes:
    """A whole HTTP/1.1 answer (problem details), sent before a request is read, then the connection closes."""
    body = problem_json(code, message)
    status = f"{PROBLEMS[code].status} {HTTPStatus(PROBLEMS[code].status).phrase}"
    return (f"HTTP/1.1 {status}\r\nContent-Type: {MEDIA_TYPE}\r\nContent-Length: {len(body)}\r\n"
            f"Retry-After: {RETRY_SECONDS}\r\nConnection: close\r\n\r\n").encode("ascii") + body


def hub_protocol(header_seconds: float, connections_per_address: int) -> type[H11Protocol]:
    open_per_address: Counter[str] = Counter()   # shared by the server's connections (one event loop)
    too_many = refusal("too-many-connections", f"this address already has {connections_per_address} connections "
                                                "open to the hub; close some or try again in a moment")

    class HubH11(H11Protocol):
        _deadline: asyncio.TimerHandle | None = None
        _address: str | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            peer = transport.get_extra_info("peername")
            address = peer[0] if isinstance(peer, tuple) else "unix"
            if open_per_address[address] >= connections_per_address:
                transport.write(too_many)
                transport.close()
                return
            open_per_address[address] += 1
            self._address = address
            self._arm()

        def data_received(self, data: bytes) -> None:
            if self._between_requests():
                self._arm()   # a new request begins: its headers have the deadline
            super().data_received(data)
            if not self._between_requests():
                self._disarm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            if self._address is not None:
                open_per_address[self._address] -= 1
                if open_per_address[self._address] <= 0:
                    del open_per_address[self._address]
                self._address = None
            super().connection_lost(exc)

        def _between_requests(self) -> bool:
            return self.cycle is None or self.cycle.response_complete

        def _arm(self) -> None:
            if self._deadline is None:
                self._deadline = self.loop.call_later(header_seconds, self._headers_late)

        def _disarm(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None

        def _headers_late(self) -> None:
            self._deadline = None
            if self._between_requests() and not self.transport.is_closing():
                self.transport.close()

    return HubH11
