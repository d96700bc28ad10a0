"""The proficiency-test routes (issue 21): a laboratory's signed results, and the administrators' rounds.

- ``POST /v1/pt/{round}/results`` (a laboratory's session): a sealed, signed submission
  (``labnet.protocol.pt_results``);
- ``GET /v1/admin/pt`` and ``GET /v1/admin/pt/{round}`` (any administrator), ``POST /v1/admin/pt`` and
  ``POST /v1/admin/pt/{round}/close``
  (a network administrator; a reviewer is refused by ``labnet.hub.admins``): the same as ``labnet-hub pt``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from starlette.concurrency import run_in_threadpool

from . import proficiency
from .errors import HubError
from .service import Hub

_ROUND = {"type": "object", "required": ["name", "deadline", "items", "labs"],
          "properties": {"name": {"type": "string"}, "deadline": {"type": "string", "format": "date-time"},
                         "items": {"type": "array", "items": {"type": "object", "required": ["material", "analyte",
                                                                                               "unit"]}},
                         "labs": {"type": "array", "items": {"type": "string"}}}}
_SUBMISSION = {"requestBody": {"required": True, "content": {"application/json": {"schema": {
    "type": "object", "required": ["envelope", "sealed", "signature"],
    "description": "A sealed, signed submission: docs/proficiency-testing.md"}}}}}


def install(app: FastAPI, hub: Hub, *, lab_of: Callable[[Request], Awaitable[str]], admin: Callable[[Request], str],
            read_body: Callable[[Request, int], Awaitable[bytes]],
            read_json: Callable[[Request], Awaitable[object]]) -> None:
    @app.post("/v1/pt/{round_id}/results", tags=["proficiency tests"], openapi_extra=_SUBMISSION)
    async def submit_results(round_id: str, request: Request) -> dict:
        """A participant's results for the round, signed by the laboratory and sealed to the hub; refused whole with
        its reason (pt-late, pt-wrong-unit, pt-unknown-analyte, pt-not-participant, pt-result-invalid, pt-seal-invalid,
        pt-replayed); the same submission sent again is answered as the first time."""
        lab_id = await lab_of(request)
        document = await read_body(request, hub.settings.max_request_bytes)
        return await run_in_threadpool(proficiency.receive, hub, lab_id, round_id, document)

    @app.get("/v1/admin/pt", tags=["administration"])
    async def rounds(request: Request) -> list[dict]:
        """Every proficiency-test round: deadline, participants, items, results and laboratories that sent them,
        closed or not."""
        await run_in_threadpool(admin, request)
        return await run_in_threadpool(proficiency.describe, hub.store)

    @app.get("/v1/admin/pt/{round_id}", tags=["administration"])
    async def round_details(round_id: str, request: Request) -> dict:
        """One round: its items, the participants' codes that sent results and, once closed, its summary."""
        await run_in_threadpool(admin, request)
        return await run_in_threadpool(proficiency.details, hub, round_id)

    @app.post("/v1/admin/pt", tags=["administration"],
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": _ROUND}}}})
    async def create_round(request: Request) -> dict:
        """Create a round; each participating laboratory gets its signed ``pt-round`` bulletin."""
        who = await run_in_threadpool(admin, request)
        body: Any = await read_json(request)
        if not isinstance(body, dict) or not isinstance(body.get("items"), list) \
                or not isinstance(body.get("labs"), list) or not all(isinstance(i, dict) for i in body["items"]):
            raise HubError('a round is {"name", "deadline", "items": [{"material", "analyte", "unit"}…], "labs": […]}')
        made = await run_in_threadpool(proficiency.create, hub, who, round_id=str(body.get("name", "")),
                                       deadline=str(body.get("deadline", "")), items=body["items"],
                                       labs=[str(lab) for lab in body["labs"]])
        return {"round": made.round_id, "deadline": made.deadline, "created_at": made.created_at}

    @app.post("/v1/admin/pt/{round_id}/close", tags=["administration"])
    async def close_round(round_id: str, request: Request) -> dict:
        """Close a round after its deadline: the round's summary (each laboratory gets its own bulletin)."""
        who = await run_in_threadpool(admin, request)
        return await run_in_threadpool(proficiency.close, hub, who, round_id)
