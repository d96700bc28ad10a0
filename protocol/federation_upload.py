"""Who is uploading to a hub's federation uploads (issue 20): a peer hub's signed upload credential.

A message to a peer above ``labnet.hub.federation_delivery.RESUMABLE_BYTES`` travels as a tus upload (the one
laboratories resume their bundles with, ``labnet.protocol.transport``) to ``/v1/federation/uploads``.  A peer hub
has no session at its peer; each request carries, as its bearer token, this credential: the sending hub's id and
signing key id, the receiving hub's id and the time it was made, signed by the sender's key.  The receiving hub
takes it from a pinned, unrevoked peer only, signed by a key it pinned, for itself, made within ``VALID_MINUTES``
of its own clock.  The credential only lets a peer write bytes to uploads of its own: the message those bytes make
is a sealed, signed message (``federation_seal``) and is checked as one when the peer asks the hub to take it.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import secrets
from typing import Any

from labnet.common.messages import Message

from . import canonical
from .federation_keys import signing_key_at
from .federation_seal import FederationError
from .keys import Identity, PublicIdentity, b64, unb64, utc_stamp

FORMAT = "labnet-federation-upload"
CONTEXT = b"LabNet federation v1 upload credential\x00"
FIELDS = {"format", "from_hub", "from_key_id", "to_hub", "issued_at", "nonce", "signature"}
VALID_MINUTES = 15   # the clocks of two hubs may differ by this much; a credential lasts as long


def make_credential(sender: Identity, to_hub: str, now: dt.datetime) -> str:
    """The bearer token ``sender`` uploads to hub ``to_hub`` with (base64url of the signed canonical JSON)."""
    body = {"format": FORMAT, "from_hub": sender.identity_id, "from_key_id": sender.public.signing_key_id,
            "to_hub": to_hub, "issued_at": utc_stamp(now), "nonce": secrets.token_hex(8)}
    signed = {**body, "signature": b64(sender.sign(CONTEXT + canonical.dumps(body)))}
    return base64.urlsafe_b64encode(canonical.dumps(signed)).decode("ascii")


def credential_sender(token: str) -> str:
    """The hub id a credential claims to come from (unchecked: to find the peer's pinned keys)."""
    return str(_read(token)["from_hub"])


def check_credential(token: str, receiver: Identity, peer: PublicIdentity, now: dt.datetime) -> dict[str, Any]:
    """The credential, if ``peer`` (its pinned keys, current or previous) signed it for ``receiver`` lately."""
    doc = _read(token)
    body = {k: v for k, v in doc.items() if k != "signature"}
    keys = signing_key_at(peer, doc["from_key_id"], doc["issued_at"])   # an older key: made before its rotation
    try:
        signature = unb64(doc["signature"], "credential's signature")
    except Exception:   # noqa: BLE001 - an IdentityError: refused below as a bad signature
        signature = b""
    if doc["from_hub"] != peer.identity_id or keys is None or not keys.verify(signature,
                                                                               CONTEXT + canonical.dumps(body)):
        raise FederationError(Message("The peer's upload credential is not signed by its pinned key."))
    if doc["to_hub"] != receiver.identity_id:
        raise FederationError(Message("The peer's upload credential is for another hub."))
    try:
        issued = dt.datetime.strptime(doc["issued_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        raise FederationError(Message("The peer's upload credential has no valid time.")) from None
    if abs((now - issued).total_seconds()) > VALID_MINUTES * 60:
        raise FederationError(Message("The peer's upload credential was made at {at}, more than {minutes} minutes "
                                      "from this hub's clock; check both hubs' clocks.", at=doc["issued_at"],
                                      minutes=VALID_MINUTES))
    return doc


def _read(token: str) -> dict[str, Any]:
    try:
        doc = canonical.loads(base64.urlsafe_b64decode(token.encode("ascii")))
    except (binascii.Error, ValueError, UnicodeError, canonical.CanonicalError):
        doc = None
    if not isinstance(doc, dict) or set(doc) != FIELDS or doc.get("format") != FORMAT \
            or not all(isinstance(doc[k], str) for k in FIELDS):
        raise FederationError(Message("The peer's upload credential is missing or malformed."))
    return doc
