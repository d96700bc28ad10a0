"""The laboratory's part in cross-network searches (issue 20), for the window's Network view: its hits and
follow-ups as its hub lists them, a follow-up asked of a peer network, a follow-up asked of it approved (naming
the fields of its record to release) or declined.

The same routes as ``labnet federation hits|follow-ups|ask|answer`` (``labnet.hub.federation_routes``), in the
laboratory's signed-in session; each ask and decision is an entry of the catalogue's audit trail
(``federation-ask``, ``federation-approved``, ``federation-declined``, as the command line writes them).  The
hub's refusal comes back as ``RefusedFederation`` with its problem code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from labnet.catalogue import audit
from labnet.catalogue.errors import Message
from labnet.catalogue.store import Catalogue, utc_now
from labnet.common.sqlite import transaction
from labnet.protocol.keys import Identity

from .client import RefusedByHub, signed_in
from .transport import NetworkError


class RefusedFederation(RefusedByHub):
    """The hub refused; ``code`` is its problem code."""

    def __init__(self, message: Message, code: str | None):
        super().__init__(message)
        self.code = code


def _call(data_dir: Path, identity: Identity, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
    _, client, _ = signed_in(data_dir, identity)
    response = client.request(method, path, auth=True, retry=False, json=body) if body is not None else \
        client.request(method, path, auth=True)
    if response.status_code != 200:
        raise RefusedFederation(Message("the hub refused: {reason}", reason=client.refusal(response)),
                                client.code(response))
    try:
        return response.json()
    except ValueError:
        raise NetworkError(Message("the hub's answer arrived incomplete; ask again")) from None


def overview(cat: Catalogue, data_dir: Path, identity: Identity) -> dict[str, Any]:
    """This laboratory's cross-network hits and follow-ups (asked by it and of it), as its hub holds them, and
    the sample number of each record they name (``samples``: record id -> lab sample number)."""
    from labnet.profiling.catalogue_profiles import record_info

    hits = _call(data_dir, identity, "GET", "/v1/federation/hits")["hits"]
    followups = _call(data_dir, identity, "GET", "/v1/federation/followups")["followups"]
    ids = sorted({row["record_id"] for row in hits + followups})
    return {"hits": hits, "followups": followups,
            "samples": {rid: info["lab_sample_number"] for rid, info in record_info(cat, ids).items()}}


def _audit(cat: Catalogue, action: str, detail: dict[str, Any], record_id: str | None) -> None:
    with transaction(cat.conn):
        audit.append(cat.conn, [audit.AuditEvent(utc_now(), cat.actor.username, f"federation-{action}",
                                                 "profiling_result" if record_id else None, record_id, detail)])


def ask(cat: Catalogue, data_dir: Path, identity: Identity, hit: dict[str, Any], question: str) -> dict[str, Any]:
    """Ask the peer network for the details of one of this laboratory's hits."""
    answer = _call(data_dir, identity, "POST", "/v1/federation/followups",
                   {"hit_ref": hit["hit_ref"], "query_ref": hit["query_ref"], "question": question})
    _audit(cat, "ask", {"request": answer["request_id"], "hit": hit["hit_ref"], "peer": answer["peer"]},
           hit.get("record_id"))
    return answer


def decide(cat: Catalogue, data_dir: Path, identity: Identity, followup: dict[str, Any], approve: bool,
           release: list[str], note: str) -> dict[str, Any]:
    """Approve (releasing the named fields of the record, as the network holds it) or decline a follow-up asked
    of this laboratory."""
    answer = _call(data_dir, identity, "POST", f"/v1/federation/followups/{followup['request_id']}/decision",
                   {"approve": approve, "release": release if approve else [], "note": note})
    _audit(cat, answer["state"], {"request": followup["request_id"], "released": sorted(answer.get("released") or {})},
           followup.get("record_id"))
    return answer
