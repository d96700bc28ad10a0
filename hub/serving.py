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

``labnet-hub serve --workers N`` runs N such servers, one per process, on one listening socket (uvicorn's
own supervisor, which also restarts a worker that dies): each process opens the hub itself through
``worker_app``, with the options ``serve`` put in ``$LABNET_HUB_WORKER`` and the passphrase read as ``serve``
read it (the same file, else ``$LABNET_HUB_PASSPHRASE``; never a command line).  What the processes must
agree on is in the database (``hub/store_queue.py``); the connection caps above count per process.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import json
import logging
import os
import shutil
import tempfile
from argparse import Namespace
from collections import Counter
from collections.abc import Iterator
from http import HTTPStatus
from pathlib import Path
from typing import Any

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


# -- several worker processes ----------------------------------------------------------------
WORKER_ENV = "LABNET_HUB_WORKER"     # set by ``serve --workers N`` for its worker processes (JSON, no secret)
_protocol: type[H11Protocol] | None = None


class WorkerH11(H11Protocol):
    """What uvicorn is told to use in a worker process (it must name a class it can import there): the
    process's own ``hub_protocol`` class, made by ``worker_app`` from the hub's settings."""

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        if _protocol is None:
            raise RuntimeError("worker_app did not run in this process")   # internal: uvicorn loads the app first
        return _protocol(*args, **kwargs)


def worker_options(data_dir: Path, passphrase_file: Path | None, *, ingest: bool) -> str:
    """What ``worker_app`` needs, as ``serve`` puts it in ``$LABNET_HUB_WORKER``."""
    return json.dumps({"data_dir": str(data_dir), "passphrase_file": str(passphrase_file) if passphrase_file else None,
                       "ingest": ingest})


@contextlib.contextmanager
def shared_metrics_dir() -> Iterator[Path]:
    """For ``serve --workers N``: a new folder (0700) where the worker processes keep their metrics' counters
    (``labnet.hub.metrics``), named in the environment they inherit, removed with its files at the end.  Always
    a fresh one: files left by an earlier run would be added to this run's totals."""
    from .metrics import MULTIPROC_ENV

    path = Path(tempfile.mkdtemp(prefix="labnet-hub-metrics-"))   # mkdtemp: mode 0700, never an existing folder
    before = os.environ.get(MULTIPROC_ENV)
    os.environ[MULTIPROC_ENV] = str(path)
    try:
        yield path
    finally:
        if before is None:
            os.environ.pop(MULTIPROC_ENV, None)
        else:
            os.environ[MULTIPROC_ENV] = before
        shutil.rmtree(path, ignore_errors=True)


def worker_app():
    """uvicorn's app factory in each worker process of ``labnet-hub serve --workers N``."""
    global _protocol
    from .app import create_app
    from .cli_common import open_hub
    from .cli_serve import configure_logging
    from .metrics import worker_process_ends

    atexit.register(worker_process_ends)

    options = json.loads(os.environ[WORKER_ENV])
    passphrase_file = Path(options["passphrase_file"]) if options["passphrase_file"] else None
    configure_logging()
    # The store (--database, else $LABNET_HUB_DATABASE, else hub.toml) comes through the environment serve set.
    hub = open_hub(Namespace(data_dir=Path(options["data_dir"]), passphrase_file=passphrase_file, database=None,
                             i_have_a_backup=False))
    _protocol = hub_protocol(hub.settings.header_timeout_seconds, hub.settings.connections_per_address)
    logging.getLogger("labnet.hub").info("worker process %d serving%s", os.getpid(),
                                         "" if options["ingest"] else " (ingest left to labnet-hub worker)")
    return create_app(hub, ingest=options["ingest"], close_hub=True)
