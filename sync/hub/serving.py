"""The hub's HTTP/1.1 connections: uvicorn's, with a deadline for each request's headers.

uvicorn closes idle keep-alive connections, but nothing bounds how long a
client may take to send a request's headers: 500 connections that send
``GET / HTTP/1.1\\r\\nHo`` and stop (a "slowloris") would hold every slot
under the connection cap, and every laboratory would get 503.  Here a
connection whose request headers are not complete within
``header_timeout_seconds`` of its first byte (or of its opening) is closed.
Headers are a few hundred bytes: even a 64 kbit/s link carries them in a
fraction of a second.  A slow *body* is the upload's business (``tus``'s idle
timeout).  Behind a reverse proxy, its own header timeout does the same.
"""

from __future__ import annotations

import asyncio

from uvicorn.protocols.http.h11_impl import H11Protocol


def with_header_deadline(seconds: float) -> type[H11Protocol]:
    class HeaderDeadlineH11(H11Protocol):
        header_seconds = seconds
        _deadline: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def data_received(self, data: bytes) -> None:
            if self._between_requests():
                self._arm()   # a new request begins: its headers have the deadline
            super().data_received(data)
            if not self._between_requests():
                self._disarm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def _between_requests(self) -> bool:
            return self.cycle is None or self.cycle.response_complete

        def _arm(self) -> None:
            if self._deadline is None:
                self._deadline = self.loop.call_later(self.header_seconds, self._headers_late)

        def _disarm(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
                self._deadline = None

        def _headers_late(self) -> None:
            self._deadline = None
            if self._between_requests() and not self.transport.is_closing():
                self.transport.close()

    return HeaderDeadlineH11
