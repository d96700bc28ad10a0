"""The hub's bulletins: signed, numbered, addressed to one laboratory or to all, fetched incrementally.

Each bulletin is signed once, when published, and stored as the exact bytes
sent; its ``seq`` (inside the signed body) only grows, so a laboratory asks
for ``since`` the last it has and can tell nothing was skipped.
"""

from __future__ import annotations

from typing import Any

from labnet.protocol.bulletin import EVERYONE, make_bulletin
from labnet.protocol.keys import utc_stamp
from labnet.protocol.notices import Notice

from .service import Hub
from .store import HubError


def publish(hub: Hub, *, to: str, kind: str, content: dict[str, Any]) -> int:
    """Sign and store one bulletin; returns its sequence number."""
    if to != EVERYONE:
        hub.store.lab(to)  # NotFound for an unknown laboratory
    with hub.store.transaction() as conn:
        return publish_in(conn, hub, to=to, kind=kind, content=content)


def publish_in(conn, hub: Hub, *, to: str, kind: str, content: dict[str, Any]) -> int:
    """``publish`` inside the caller's transaction (so a bulletin lands with what it announces)."""
    seq = hub.store.bulletins.next_seq(conn)
    created = utc_stamp(hub.store.clock())
    document = make_bulletin(hub.identity, seq=seq, to=to, kind=kind, created_at=created, content=content)
    hub.store.bulletins.add(conn, seq=seq, to=to, kind=kind, created_at=created, document=document)
    return seq


def notice(hub: Hub, text: str, to: str = EVERYONE) -> int:
    text = text.strip()
    if not text:
        raise HubError("a notice needs some text")
    if len(text) > 10_000:
        raise HubError("a notice is at most 10,000 characters")
    return publish(hub, to=to, kind="notice", content=Notice(text).to_json())


def since(hub: Hub, lab_id: str, seq: int, limit: int = 500) -> list[bytes]:
    """The signed bulletins for ``lab_id`` (or everyone) after ``seq``, oldest first."""
    return hub.store.bulletins.since(lab_id, seq, max(1, min(limit, 5000)))
