"""A peer hub's pinned identity with the keys it held before its rotations (issue 20).

When a peer rotates its keys, the hub pins the new ones (``labnet.protocol.keychain.follow_chain``) and keeps the
older ones, as it keeps a laboratory's: a message the peer signed with an older key and queued before the rotation
(store-and-forward: it may arrive hours later) is still its.  An older key verifies only a message made before the
hub learnt that the key was replaced (the header's ``created_at``, stamped by the peer), and none once the peer said
the key was revoked — such a key may be in other hands — or retired (from the moment it gave).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .keys import PublicIdentity, PublicKeys, b64, suite, unb64
from .keystatus import parse_instant


@dataclass(frozen=True)
class PeerIdentity(PublicIdentity):
    """``previous`` holds the peer's older keys still trusted; ``replaced`` maps each one's signing key id to the
    moment (UTC stamp) this hub learnt it was replaced."""

    replaced: Mapping[str, str] = field(default_factory=dict, compare=False)

    def signing_key_made(self, key_id: str, made_at: Any) -> PublicKeys | None:
        """The key ``key_id`` if it may verify a message made at ``made_at``: the current one always, an older one
        only for a message made before it was replaced."""
        if key_id == self.signing_key_id:
            return self.keys
        keys, until = self.signing_key(key_id), self.replaced.get(key_id)
        if keys is None or until is None or not isinstance(made_at, str):
            return None
        try:
            return keys if parse_instant(made_at) < parse_instant(until) else None
        except Exception:   # noqa: BLE001 - a made_at that is no moment is no proof of age
            return None


def signing_key_at(sender: PublicIdentity, key_id: str, made_at: Any) -> PublicKeys | None:
    """The sender's key that may verify a message signed by ``key_id`` and made at ``made_at``."""
    if isinstance(sender, PeerIdentity):
        return sender.signing_key_made(key_id, made_at)
    return sender.signing_key(key_id)


def keys_to_json(keys: PublicKeys) -> dict[str, str]:
    return {"signing": b64(keys.signing), "encryption": b64(keys.encryption), "suite": keys.suite.code}


def keys_from_json(data: Mapping[str, Any]) -> PublicKeys:
    return PublicKeys(unb64(str(data["signing"]), "signing key"), unb64(str(data["encryption"]), "encryption key"),
                      suite(str(data["suite"])))
