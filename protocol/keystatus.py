"""The state of a hub's keys: which older key sets are retired (from a date) or revoked (compromised).

After ``labnet-hub rotate-keys`` the previous key set still opens bundles sealed to it, so that bundles on
their way (on a stick) are not lost.  ``--retire-previous-after DATE`` bounds that: bundles sealed to the
retired encryption key are refused from DATE on (``RetiredKey``).  ``labnet-hub revoke-key`` is for a key
set that may be in other hands: bundles sealed to it are refused at once (``RevokedKey``), and laboratories
stop trusting anything its signing key signed (receipts, bulletins, endorsements of new keys).

Laboratories learn it from the **hub key document**, canonical JSON signed by the hub's current signing key::

    {"format": "labnet-hub-keys", "version": 1, "identity": {<the hub's identity document>},
     "issued_at": "2026-…Z", "chain": [{<an older identity document>}, …],
     "keys": [{"signing_key_id": "…", "encryption_key_id": "…", "status": "retired", "at": "2026-…Z",
               "reason": ""}, …],
     "signature": "<base64 Ed25519 over “LabNet hub keys v1\\0” || canonical(document without signature)>"}

``chain`` (only after two rotations or more) holds the hub's older endorsed identity documents, oldest
first, so that a laboratory that missed several rotations follows them (``labnet.protocol.keychain``).
``at`` is, for a retired key set, the instant from which bundles sealed to it are refused, and for a revoked
one, when it was revoked.  A document may neither retire nor revoke the key set of its own identity (the
current one).  The hub serves it at ``GET /v1/hub/keys`` and writes it for a stick (``labnet-hub keys --out``);
a laboratory reads it at every sync and with ``labnet hub-key import`` (``labnet.protocol.pinning``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from labnet.common.messages import Message, message_of

from . import canonical
from .errors import IdentityError, WrongRecipient
from .keys import Identity, PublicIdentity, b64, unb64, utc_stamp

KEYS_FORMAT = "labnet-hub-keys"
KEYS_VERSION = 1
KEYS_CONTEXT = b"LabNet hub keys v1\x00"
STATUSES = ("retired", "revoked")


class RetiredKey(WrongRecipient):
    """4. The bundle is sealed to a hub key retired before it arrived."""


class RevokedKey(WrongRecipient):
    """4. The bundle is sealed to a hub key that was revoked (it may be in other hands)."""


@dataclass(frozen=True)
class KeyEvent:
    """One older key set of the hub, retired from ``at`` or revoked at ``at``."""

    signing_key_id: str
    encryption_key_id: str
    status: str            # retired, revoked
    at: str                # UTC, "YYYY-MM-DDTHH:MM:SSZ"
    reason: str = ""

    def to_json(self) -> dict[str, str]:
        return {"signing_key_id": self.signing_key_id, "encryption_key_id": self.encryption_key_id,
                "status": self.status, "at": self.at, "reason": self.reason}

    @classmethod
    def from_json(cls, data: Any) -> KeyEvent:
        try:
            event = cls(str(data["signing_key_id"]), str(data["encryption_key_id"]), str(data["status"]),
                        str(data["at"]), str(data["reason"]))
        except (KeyError, TypeError):
            raise IdentityError(Message("An entry of the hub's key list lacks a field (key ids, status, at, "
                                        "reason); the document is damaged.")) from None
        if event.status not in STATUSES:
            raise IdentityError(Message("The hub's key list gives a key the status “{status}”; only retired and "
                                        "revoked are known.", status=event.status))
        parse_instant(event.at)
        return event

    def names(self, key_id: str) -> bool:
        return key_id in (self.signing_key_id, self.encryption_key_id)


def parse_instant(text: str) -> dt.datetime:
    """A date (``2026-03-01``: 00:00 UTC that day) or an ISO 8601 date-time with a time zone, as UTC."""
    try:
        if len(text) == 10:
            return dt.datetime.combine(dt.date.fromisoformat(text), dt.time(), dt.UTC)
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, TypeError):
        raise IdentityError(Message("“{text}” is not a date (2026-03-01) or a date and time with its time zone "
                                    "(2026-03-01T12:00:00Z).", text=text)) from None
    if when.tzinfo is None:
        raise IdentityError(Message("“{text}” has no time zone; add one (for example Z for UTC).", text=text))
    return when.astimezone(dt.UTC)


def refusal(events: Iterable[KeyEvent], encryption_key_id: str, now: dt.datetime) -> WrongRecipient | None:
    """The refusal of a bundle sealed to ``encryption_key_id`` received at ``now`` (None: it may be opened)."""
    for event in events:
        if event.encryption_key_id != encryption_key_id:
            continue
        if event.status == "revoked":
            return RevokedKey(Message("This bundle is sealed to the hub key {key}…, which was revoked on {at} (it "
                                      "may be in other hands), so it was not opened. Import the hub's current "
                                      "keys (labnet hub-key import, or sync) and export the bundle again.",
                                      key=encryption_key_id[:16], at=event.at))
        if now >= parse_instant(event.at):
            return RetiredKey(Message("This bundle is sealed to the hub key {key}…, retired since {at}, so it was "
                                      "not opened. Import the hub's current keys (labnet hub-key import, or sync) "
                                      "and export the bundle again.", key=encryption_key_id[:16], at=event.at))
    return None


def hub_keys_document(hub: Identity, events: Iterable[KeyEvent], *, issued_at: str | None = None,
                      chain: Sequence[PublicIdentity] = ()) -> bytes:
    """The hub key document: its identity and its key events, signed by its current signing key (hub side);
    ``chain``, the hub's endorsed identity documents older than the current one (oldest first), is written
    only when there are some (``labnet.protocol.keychain``), so a hub that rotated once writes what it did."""
    body: dict[str, Any] = {"format": KEYS_FORMAT, "version": KEYS_VERSION,
                            "identity": canonical.loads(hub.public.to_json()),
                            "issued_at": issued_at or utc_stamp(), "keys": [e.to_json() for e in events]}
    if chain:
        body["chain"] = [canonical.loads(link.to_json()) for link in chain]
    return canonical.dumps({**body, "signature": b64(hub.sign(KEYS_CONTEXT + canonical.dumps(body)))})


def is_hub_keys_document(data: bytes) -> bool:
    try:
        doc = canonical.loads(data)
    except (canonical.CanonicalError, UnicodeDecodeError):
        return False
    return isinstance(doc, dict) and doc.get("format") == KEYS_FORMAT


def read_hub_keys(data: bytes) -> tuple[PublicIdentity, tuple[KeyEvent, ...]]:
    """Check a hub key document: its identity (self-signed) and its signature by that identity's key.
    Whether the identity may follow the pinned one is ``labnet.protocol.pinning``'s to decide."""
    identity, events, _ = read_hub_key_document(data)
    return identity, events


def read_hub_key_document(data: bytes) -> tuple[PublicIdentity, tuple[KeyEvent, ...], tuple[PublicIdentity, ...]]:
    """``read_hub_keys`` and the chain of the hub's older identity documents (each self-signed; whether each
    endorses the next is ``labnet.protocol.keychain``'s to check)."""
    try:
        doc = canonical.loads(data)
    except (canonical.CanonicalError, UnicodeDecodeError) as exc:
        raise IdentityError(Message("This is not a hub key document: it {reason}.", reason=message_of(exc))) from None
    if not isinstance(doc, dict) or doc.get("format") != KEYS_FORMAT or doc.get("version") != KEYS_VERSION:
        raise IdentityError(Message("This is not a LabNet hub key document (version {version}).",
                                    version=KEYS_VERSION))
    if set(doc) - {"chain"} != {"format", "version", "identity", "issued_at", "keys", "signature"} \
            or not isinstance(doc["keys"], list) or not isinstance(doc["identity"], dict) \
            or not isinstance(doc.get("chain", []), list):
        raise IdentityError(Message("The hub key document lacks a field or holds one LabNet does not know; it was "
                                    "altered or made by another program."))
    identity = PublicIdentity.from_json(doc["identity"])
    if identity.role != "hub":
        raise IdentityError(Message("The key document's identity is a {role}'s, not a hub's.", role=identity.role))
    signature = unb64(doc.pop("signature"), "key document signature")
    if not identity.keys.verify(signature, KEYS_CONTEXT + canonical.dumps(doc)):
        raise IdentityError(Message("The hub key document's signature is not the hub's current key's: it was "
                                    "altered or forged. Nothing was changed."))
    parse_instant(str(doc["issued_at"]))
    events = tuple(KeyEvent.from_json(e) for e in doc["keys"])
    current = identity.keys
    if any(e.names(current.signing_key_id) or e.names(current.encryption_key_id) for e in events):
        raise IdentityError(Message("The hub key document retires or revokes the hub's own current key; it "
                                    "cannot be used. Ask the hub's administrator."))
    return identity, events, tuple(PublicIdentity.from_json(link) for link in doc.get("chain", []))
