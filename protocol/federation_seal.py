"""A sealed, signed message between two hubs (issue 20): a search or its answer, sealed and signed as bundles are.

The layout is a bundle's (``labnet.protocol.bundle``, ``docs/bundle-format.md`` §3) under its own magic, so
neither can be taken for the other::

    offset  size  field
    0       8     magic 89 4C 4E 46 0D 0A 1A 0A  ("\\x89LNF\\r\\n\\x1a\\n")
    8       2     format version = 1
    10      4     header length H (1..65536)
    14      H     header: canonical JSON (type, ids of sender and recipient, keys, digest of the payload…)
    14+H    8     sealed length S
    22+H    S     HPKE enc || AEAD ciphertext of the zstd-compressed payload (info = context || SHA-256(header))
    22+H+S  64    Ed25519 signature by the sending hub over SIGNATURE_CONTEXT || bytes [0, 22+H+S)

The signature is checked against the sender's pinned key before anything is decrypted; the seal binds the
payload to its header (sender, recipient key, message id, type).
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from labnet.common.messages import Message

from . import canonical, payload
from .errors import SyncError
from .federation_keys import PeerIdentity, signing_key_at
from .keychain import PEER_AGAIN, follow_chain
from .keys import Identity, PublicIdentity, PublicKeys, b64, unb64
from .keystatus import KeyEvent, read_hub_key_document

MAGIC = b"\x89LNF\r\n\x1a\n"
FORMAT_VERSION = 1
SIGNATURE_CONTEXT = b"LabNet federation v1 signature\x00"
SEAL_CONTEXT = b"LabNet federation v1 seal\x00"
PREFIX = struct.Struct(">8sHI")
SEALED_LENGTH = struct.Struct(">Q")
SIGNATURE_LENGTH = 64
MAX_HEADER = 65536
MAX_PAYLOAD = 256 * 1024 * 1024
TYPES = ("search", "answer", "follow-up", "follow-up-answer", "announce")
HEADER_FIELDS = {"format", "version", "type", "message_id", "from_hub", "from_key_id", "to_hub", "to_key_id",
                 "created_at", "payload_size", "payload_sha256"}


class FederationError(SyncError):
    """A message from a peer hub that cannot be read or trusted; nothing of it was used."""


@dataclass(frozen=True)
class Opened:
    header: dict[str, Any]
    content: Any


def seal(sender: Identity, recipient: PublicKeys, recipient_hub: str, *, kind: str, message_id: str,
         created_at: str, content: Any) -> bytes:
    """``content`` (JSON) compressed, sealed to the recipient's encryption key and signed by the sender."""
    if kind not in TYPES:
        raise ValueError(f"a federation message is one of {TYPES}")   # internal: a programming error
    plain = canonical.dumps(content)
    header = canonical.dumps({
        "format": "labnet-federation", "version": FORMAT_VERSION, "type": kind, "message_id": message_id,
        "from_hub": sender.identity_id, "from_key_id": sender.public.signing_key_id, "to_hub": recipient_hub,
        "to_key_id": recipient.encryption_key_id, "created_at": created_at, "payload_size": len(plain),
        "payload_sha256": hashlib.sha256(plain).hexdigest()})
    info = SEAL_CONTEXT + hashlib.sha256(header).digest()
    sealed = recipient.suite.hpke().encrypt(payload.compress(plain), recipient.hpke_public(), info=info)
    signed = PREFIX.pack(MAGIC, FORMAT_VERSION, len(header)) + header + SEALED_LENGTH.pack(len(sealed)) + sealed
    return signed + sender.sign(SIGNATURE_CONTEXT + signed)


def read_header(data: bytes) -> dict[str, Any]:
    """The header of a message, unverified (to find its sender's pinned key)."""
    data = bytes(data)
    if len(data) < PREFIX.size or data[:8] != MAGIC:
        raise FederationError(Message("This is not a LabNet federation message."))
    _, version, length = PREFIX.unpack_from(data)
    if version != FORMAT_VERSION or not 1 <= length <= MAX_HEADER or len(data) < PREFIX.size + length:
        raise FederationError(Message("The federation message is damaged or of a version this LabNet cannot read."))
    try:
        header = canonical.loads(data[PREFIX.size:PREFIX.size + length])
    except (canonical.CanonicalError, UnicodeDecodeError):
        header = None
    if not isinstance(header, dict) or set(header) != HEADER_FIELDS or header.get("type") not in TYPES \
            or header.get("format") != "labnet-federation" \
            or not all(isinstance(header[k], str) for k in HEADER_FIELDS - {"version", "payload_size"}) \
            or type(header["payload_size"]) is not int or not 0 <= header["payload_size"] <= MAX_PAYLOAD:
        raise FederationError(Message("The federation message's header is malformed."))
    return header


def open_message(data: bytes, recipient: Identity, sender: PublicIdentity) -> Opened:
    """Check the signature against ``sender`` (its current or a previous pinned key), then decrypt and check."""
    return _open(data, recipient, sender)


def open_announcement(data: bytes, recipient: Identity, pinned: PublicIdentity,
                      known_revoked: Mapping[str, KeyEvent] | None = None) -> tuple[Opened, PublicIdentity]:
    """A peer's announcement (``type`` announce: its identity, its methods and its hub key document), signed by
    its pinned key or by new keys a chain of endorsements leads to from its pinned current key.

    The key document (``labnet.protocol.keystatus``, signed by the announced keys) carries the peer's older
    identity documents and what became of its older keys, so a peer that missed several rotations walks the
    chain as a laboratory does (``labnet.protocol.keychain.follow_chain``): a link endorsed by another key than
    the one before it, with a signature that is not valid, or by a key the document says was revoked, refuses
    the announcement with a message naming the link.  An announcement without a key document (a hub of before)
    is checked against one rotation (``keys.check_rotation``).  Returns the message and the identity to pin from
    now on.  A new key is learnt from the content before the signature is checked (by that key, endorsed).
    ``known_revoked``: the revocations earlier announcements carried, kept by the recipient, so an announcement
    that leaves one out (a thief's) is still walked against it."""
    if read_header(data)["type"] != "announce":
        raise FederationError(Message("This federation message is not an announcement."))
    content = _open(data, recipient, None).content
    try:
        announced = PublicIdentity.from_json(canonical.dumps(content["identity"]))
    except Exception:   # noqa: BLE001 - anything but an identity document is refused
        raise FederationError(Message("The peer's announcement does not hold a hub identity.")) from None
    try:
        chain: tuple[PublicIdentity, ...] = ()
        revoked: dict[str, KeyEvent] = dict(known_revoked or {})
        if isinstance(content, dict) and "keys" in content:
            described, events, chain = read_hub_key_document(canonical.dumps(content["keys"]))
            if described.keys != announced.keys or described.identity_id != announced.identity_id:
                raise FederationError(Message("The peer's announcement holds the key document of other keys than "
                                              "the ones it announces; nothing was changed."))
            revoked.update({e.signing_key_id: e for e in events if e.status == "revoked"})
        identity = follow_chain(pinned, announced, chain, revoked, again=PEER_AGAIN)
    except FederationError:
        raise
    except SyncError as exc:   # an IdentityError: the keys not endorsed, a chain broken, or another identity
        raise FederationError(exc.args[0] if exc.args else str(exc)) from None
    except Exception:   # noqa: BLE001 - a key document that cannot be read refuses the announcement
        raise FederationError(Message("The peer's announcement holds a key document that cannot be read.")) from None
    return _open(data, recipient, identity), identity


def _open(data: bytes, recipient: Identity, sender: PublicIdentity | None) -> Opened:
    data = bytes(data)
    header = read_header(data)
    length = PREFIX.unpack_from(data)[2]
    at = PREFIX.size + length
    if len(data) < at + SEALED_LENGTH.size:
        raise FederationError(Message("The federation message is cut short."))
    (sealed_length,) = SEALED_LENGTH.unpack_from(data, at)
    end = at + SEALED_LENGTH.size + sealed_length
    if len(data) != end + SIGNATURE_LENGTH:
        raise FederationError(Message("The federation message is cut short or has bytes after its signature."))
    if sender is not None:   # None: only for an announcement, checked by its caller (open_announcement)
        keys = signing_key_at(sender, header["from_key_id"], header.get("created_at"))
        if header["from_hub"] != sender.identity_id or keys is None \
                or not keys.verify(data[end:], SIGNATURE_CONTEXT + data[:end]):
            raise FederationError(Message("The federation message's signature is not the peer's pinned key's: it "
                                          "was altered, forged or signed with a key this hub does not know."))
    if header["to_hub"] != recipient.identity_id:
        raise FederationError(Message("This federation message is for another hub."))
    keyset = recipient.key_set_for_encryption(header["to_key_id"])
    if keyset is None:
        raise FederationError(Message("This federation message is sealed to a key this hub does not hold."))
    header_bytes = data[PREFIX.size:at]
    try:
        compressed = keyset.suite.hpke().decrypt(data[at + SEALED_LENGTH.size:end], keyset.hpke_private(),
                                                 info=SEAL_CONTEXT + hashlib.sha256(header_bytes).digest())
        plain = payload.decompress_capped(compressed, header["payload_size"])
    except Exception:   # noqa: BLE001 - any failure to decrypt or expand is one refusal
        raise FederationError(Message("The federation message cannot be decrypted; it is damaged.")) from None
    if hashlib.sha256(plain).hexdigest() != header["payload_sha256"]:
        raise FederationError(Message("The federation message's content does not match its digest."))
    try:
        content = canonical.loads(plain)
    except (canonical.CanonicalError, UnicodeDecodeError):
        raise FederationError(Message("The federation message's content is not canonical JSON.")) from None
    return Opened(header, content)


# -- receipts: every hop acknowledged, signed ---------------------------------------------------------------------
RECEIPT_FORMAT = "labnet-federation-receipt"
RECEIPT_CONTEXT = b"LabNet federation v1 receipt\x00"
RECEIPT_FIELDS = {"format", "message_id", "sha256", "from_hub", "from_key_id", "to_hub", "received_at", "signature"}


def make_receipt(receiver: Identity, message: bytes, received_at: str) -> bytes:
    """The receiving hub's signed word that it took ``message`` (a sealed message it opened and used): its id
    and the SHA-256 of its bytes, for the hub that sent it."""
    header = read_header(message)
    body = {"format": RECEIPT_FORMAT, "message_id": header["message_id"],
            "sha256": hashlib.sha256(bytes(message)).hexdigest(), "from_hub": receiver.identity_id,
            "from_key_id": receiver.public.signing_key_id, "to_hub": header["from_hub"], "received_at": received_at}
    signature = receiver.sign(RECEIPT_CONTEXT + canonical.dumps(body))
    return canonical.dumps({**body, "signature": b64(signature)})


def check_receipt(data: bytes, message: bytes, sender: Identity, peer: PublicIdentity) -> dict[str, Any]:
    """The receipt ``peer`` gave for our ``message``: signed by its pinned key, or by an older key of its endorsed
    chain (``peer`` a ``PeerIdentity``: its revoked keys left out) for a receipt it says it signed before that key
    was replaced; for this very message (id and digest) and for us; refused otherwise (a receipt proves delivery,
    so none is guessed)."""
    try:
        doc = canonical.loads(bytes(data))
    except (canonical.CanonicalError, UnicodeDecodeError, TypeError):
        doc = None
    if not isinstance(doc, dict) or set(doc) != RECEIPT_FIELDS or doc.get("format") != RECEIPT_FORMAT \
            or not all(isinstance(doc[k], str) for k in RECEIPT_FIELDS):
        raise FederationError(Message("The peer's receipt is missing or malformed."))
    header = read_header(message)
    body = {k: v for k, v in doc.items() if k != "signature"}
    # The key by its id in the peer's endorsed chain: an older one only for a receipt it signed before this hub
    # learnt it was replaced (a receipt delivered late, or checked again later), as for the peer's messages.
    # A plain identity carries no moments to weigh an older key by: its current key alone.
    chained = isinstance(peer, PeerIdentity)
    keys = signing_key_at(peer, doc["from_key_id"], doc["received_at"]) if chained \
        else peer.keys if doc["from_key_id"] == peer.signing_key_id else None
    try:
        signature = unb64(doc["signature"], "receipt's signature")
    except SyncError:   # IdentityError: refused below as a bad signature
        signature = b""
    if chained and doc["from_hub"] == peer.identity_id and keys is None \
            and peer.signing_key(doc["from_key_id"]) is not None:
        raise FederationError(Message("The peer's receipt is signed by its key {key}…, which it had replaced before "
                                      "the moment the receipt says it was signed ({at}): the receipt is refused.",
                                      key=doc["from_key_id"][:16], at=doc["received_at"]))
    if doc["from_hub"] != peer.identity_id or keys is None \
            or not keys.verify(signature, RECEIPT_CONTEXT + canonical.dumps(body)):
        raise FederationError(Message("The peer's receipt is not signed by its pinned key: it was altered or "
                                      "forged."))
    if doc["message_id"] != header["message_id"] or doc["sha256"] != hashlib.sha256(bytes(message)).hexdigest() \
            or doc["to_hub"] != sender.identity_id:
        raise FederationError(Message("The peer's receipt is for another message."))
    return doc
