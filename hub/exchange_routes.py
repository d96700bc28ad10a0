"""The exchange routes (issue 21), all in a laboratory's signed-in session:

- ``POST /v1/exchange/messages``: a signed exchange message (``labnet.protocol.exchange``): an offer, its
  withdrawal, a request, or a step of an exchange;
- ``GET /v1/exchange/offers``: the network's open offers;
- ``GET /v1/exchange``: the exchanges this laboratory asked for, provides, or was routed to;
- ``GET /v1/exchange/{exchange}``: one of them with its steps.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request
from starlette.concurrency import run_in_threadpool

from . import exchange
from .service import Hub
from .store_exchange import ExchangeStore

_MESSAGE = {"requestBody": {"required": True, "content": {"application/json": {"schema": {
    "type": "object", "required": ["message", "signature"],
    "description": "A signed exchange message: docs/exchange.md"}}}}}


def install(app: FastAPI, hub: Hub, *, lab_of: Callable[[Request], Awaitable[str]],
            read_body: Callable[[Request, int], Awaitable[bytes]]) -> None:
    store = ExchangeStore(hub.store)   # migrates the exchange room of the hub's file

    @app.post("/v1/exchange/messages", tags=["exchange"], openapi_extra=_MESSAGE)
    async def message(request: Request) -> dict:
        """A laboratory's signed offer, withdrawal, request or step; refused with its problem code
        (exchange-message-invalid, signature-invalid, wrong-uploader, exchange-unknown, exchange-no-offer,
        exchange-offer-withdrawn, exchange-not-party, exchange-transition-refused)."""
        lab_id = await lab_of(request)
        document = await read_body(request, hub.settings.max_request_bytes)
        return await run_in_threadpool(exchange.receive, hub, store, lab_id, document)

    @app.get("/v1/exchange/offers", tags=["exchange"])
    async def offers(request: Request) -> list[dict]:
        """The network's open offers: reference standards (their shared fields) and profiling."""
        await lab_of(request)
        return await run_in_threadpool(exchange.offers, hub, store)

    @app.get("/v1/exchange", tags=["exchange"])
    async def mine(request: Request) -> list[dict]:
        """The exchanges this laboratory asked for, provides, or was routed to, newest first."""
        lab_id = await lab_of(request)
        return await run_in_threadpool(exchange.exchanges, hub, store, lab_id)

    @app.get("/v1/exchange/{exchange_id}", tags=["exchange"])
    async def one(exchange_id: str, request: Request) -> dict:
        """One exchange with its steps (custody entries, the shared record sent) for a laboratory party to it."""
        lab_id = await lab_of(request)
        return await run_in_threadpool(exchange.exchange, hub, store, lab_id, exchange_id)
