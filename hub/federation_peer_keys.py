"""A peer hub's older keys and the revocations its announcements carried (issue 20), hub side of
``labnet.protocol.federation_keys``.

``fed_peers.identity`` holds a peer's newest keys; ``fed_peer_keys`` (the federation room's step 7) the ones its
rotations replaced, each with the moment this hub learnt it (a message signed with it is taken only if made
before), and what the peer's key documents said of its keys: retired from a moment (no message signed with it is
taken from then on) or revoked (none at all, and an announcement endorsed by it is refused even if a later key
document leaves the revocation out).  A laboratory's older keys are kept the same way (``lab_keys``, retired).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import fields
from typing import Any

from labnet.protocol import canonical
from labnet.protocol.federation_keys import PeerIdentity, keys_from_json, keys_to_json
from labnet.protocol.keys import PublicIdentity
from labnet.protocol.keystatus import KeyEvent, parse_instant, read_hub_key_document

from .db import Connection
from .federation import store
from .service import Hub


def pinned(hub: Hub, peer: dict[str, Any]) -> PeerIdentity:
    """The peer's pinned identity with its older keys still trusted (neither revoked nor past their retirement)."""
    current = PublicIdentity.from_json(peer["identity"])
    now = hub.store.clock().astimezone(dt.UTC)
    previous, replaced = [], {}
    for row in store(hub).peer_keys(peer["hub_id"]):
        if row["revoked_at"] or not row["public_keys"] or row["signing_key_id"] == current.signing_key_id:
            continue
        if row["retired_at"] and now >= parse_instant(row["retired_at"]):
            continue
        keys = keys_from_json(json.loads(row["public_keys"]))
        if keys.signing_key_id == row["signing_key_id"]:   # (a row altered by hand names another key: ignored)
            previous.append(keys)
            replaced[row["signing_key_id"]] = row["replaced_at"]
    shared = {f.name: getattr(current, f.name) for f in fields(PublicIdentity)}
    return PeerIdentity(**{**shared, "previous": tuple(previous)}, replaced=replaced)


def known_revoked(hub: Hub, hub_id: str) -> dict[str, KeyEvent]:
    """The revocations of the peer's keys its announcements carried, by signing key id."""
    return {row["signing_key_id"]: KeyEvent(row["signing_key_id"], "", "revoked", row["revoked_at"],
                                            row["revoked_reason"] or "")
            for row in store(hub).peer_keys(hub_id) if row["revoked_at"]}


def learn(hub: Hub, conn: Connection, hub_id: str, identity: PublicIdentity, content: Any, at: str) -> None:
    """Inside the transaction that pins an announcement's ``identity`` (``previous``: the keys its chain replaced,
    from the one pinned before): keep those keys, and what its key document says of the peer's older keys."""
    fed = store(hub)
    fed.keep_older_keys(conn, hub_id, [(k.signing_key_id, json.dumps(keys_to_json(k), sort_keys=True))
                                       for k in identity.previous if k.signing_key_id != identity.signing_key_id], at)
    if isinstance(content, dict) and "keys" in content:   # read already by open_announcement: it is valid
        _, events, _ = read_hub_key_document(canonical.dumps(content["keys"]))
        fed.keep_key_events(conn, hub_id, [(e.signing_key_id, e.status, e.at, e.reason) for e in events
                                           if e.signing_key_id != identity.signing_key_id], at)
