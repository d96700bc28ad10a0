"""Opening a bundle: every check, in order, each with its own error.

1. format (``BundleFormatError``, ``BundleTruncated``);
2. size limits, before anything is decrypted (``PartTooLarge``, ``PayloadTooLarge``);
3. signature by the laboratory's registered key (``UnknownSigner``, ``BundleSignatureError``), then the
   bundle id is the one §4 of the format derives from the laboratory, hub key and payload digest
   (``BundleIdError``: no laboratory can claim or block another bundle's id);
4. recipient is one of this hub's keys (``WrongRecipient``), then not seen before (``BundleReplayed``);
5. decryption (``BundleDecryptionError``);
6. zstd frames as §6 requires (``BundleCompressionError``), decompression within the declared size
   (``DecompressionBomb``) and payload digest (``BundleDigestError``);
7. the payload's format rules (``labnet.protocol.rules``: ``BundleSchemaError`` and its subclasses
   ``ManifestPolicyMismatch``, ``BundleNotCanonical``, ``BundleSequenceError``), then the catalogue's
   record rules, which reject single records (``OpenedBundle.rejected``), not the file.

Nothing is returned unless every check of the file passed, so a caller can never apply
part of a bad bundle.  The hub calls ``open_bundle``; a laboratory uses
``inspect_bundle`` to show a header and check its signature without the
hub's key.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from labnet.common.messages import Message

from . import payload, rules
from .bundle import SIGNATURE_CONTEXT, BundleHeader, ParsedBundle, bundle_id_for, parse_bundle, seal_info
from .errors import (
    BundleDecryptionError,
    BundleDigestError,
    BundleIdError,
    BundleReplayed,
    BundleSignatureError,
    PartTooLarge,
    PayloadTooLarge,
    UnknownSigner,
    WrongRecipient,
)
from .keys import SUITES_BY_NAME, Identity, PublicIdentity, PublicKeys


@dataclass(frozen=True)
class Limits:
    """What an opener accepts; the defaults suit a regional hub."""

    max_part_bytes: int = 16 * 1024 * 1024       # one file
    max_payload_bytes: int = 64 * 1024 * 1024    # its payload once decompressed
    max_records: int = 250_000
    max_header_bytes: int = 64 * 1024


# (lab id, signing key id) -> the raw 32-byte Ed25519 public key, or None if unknown.
LabKeyLookup = Callable[[str, str], bytes | PublicKeys | None]


def lab_keys_from(identities: Iterable[PublicIdentity]) -> LabKeyLookup:
    """A lookup over known public identities (current and previous keys)."""
    table = {(i.identity_id, k.signing_key_id): k.signing for i in identities for k in i.all_keys()}
    return lambda lab_id, key_id: table.get((lab_id, key_id))


@dataclass(frozen=True)
class OpenedBundle:
    header: BundleHeader
    manifest: dict[str, Any]
    entries: Sequence[dict[str, Any]]
    size: int
    lines: list[bytes] = field(default_factory=list, repr=False)   # each entry's line, as the lab wrote it
    rejected: dict[int, str] = field(default_factory=dict)   # entry index -> the record rules it breaks


def open_bundle(data: bytes, hub: Identity, lab_key: LabKeyLookup, *, limits: Limits = Limits(),
                seen: Container[str] | Callable[[str], bool] | None = None,
                check: Callable[[bytes, Any], rules.CheckedPayload] = rules.check_payload) -> OpenedBundle:
    """Check and open one bundle file for ``hub``; raises one BundleError subclass per failed check.

    ``seen`` holds (or answers for) bundle ids already received: a match is refused as a replay,
    after the signature and recipient checks so that only an authentic bundle can claim an id.
    ``check``: step 7, ``rules.check_payload`` or the same answer found another way (the hub's on two
    cores, hub/payload_check.py).
    """
    parsed = parse_bundle(data, max_header=limits.max_header_bytes)   # 1. format
    header = parsed.header
    check_limits(parsed, limits)                                       # 2. size limits
    check_signature(parsed, lab_key)                                   # 3. signature
    if header.bundle_id != bundle_id_for(header.lab_id, header.hub_key_id, header.payload_sha256):   # 3b. id
        raise BundleIdError(Message("Bundle {bundle} does not carry the id its laboratory, hub key and payload "
                                    "derive; it was refused unread and reserves no id.", bundle=header.bundle_id))
    keys = hub.key_set_for_encryption(header.hub_key_id)               # 4. recipient
    if keys is None or keys.suite.name != header.suite:
        raise WrongRecipient(Message("This bundle is sealed to another hub key ({key}…), not to this hub's; the "
                                     "laboratory must export it again for this hub.", key=header.hub_key_id[:16]))
    if seen is not None and (seen(header.bundle_id) if callable(seen) else header.bundle_id in seen):
        raise BundleReplayed(Message("Bundle {bundle} was already received; it is not applied twice.",
                                     bundle=header.bundle_id), header.bundle_id)
    try:                                                               # 5. decryption
        compressed = keys.suite.hpke().decrypt(parsed.sealed, keys.hpke_private(), info=seal_info(parsed.header_bytes))
    except (InvalidTag, ValueError):
        raise BundleDecryptionError(Message("The bundle's sealed payload does not open with this hub's key; it "
                                            "was sealed wrongly or damaged. Ask the laboratory to export it "
                                            "again.")) from None
    rules.check_frames(compressed, header.payload_size)               # 6. zstd frames as §6 requires
    plain = payload.decompress_capped(compressed, header.payload_size)  # 6. decompression within the cap
    if hashlib.sha256(plain).hexdigest() != header.payload_sha256:    # 6. digest
        raise BundleDigestError(Message("The bundle's payload does not match the digest its header declares; it "
                                        "was corrupted before it was sealed. Ask the laboratory to export it "
                                        "again."))
    checked = check(plain, header)                                     # 7. format rules, then record rules
    return OpenedBundle(header, checked.manifest, checked.entries, parsed.size, checked.lines, checked.rejected)


def check_limits(parsed: ParsedBundle, limits: Limits) -> None:
    header = parsed.header
    if parsed.size > limits.max_part_bytes:
        raise PartTooLarge(Message("The bundle file is {size:,} bytes; this hub accepts at most {limit:,} per "
                                   "file. Export with a smaller part size.", size=parsed.size,
                                   limit=limits.max_part_bytes))
    if header.payload_size > limits.max_payload_bytes:
        raise PayloadTooLarge(Message("The bundle declares a payload of {size:,} bytes once decompressed; this "
                                      "hub accepts at most {limit:,}.", size=header.payload_size,
                                      limit=limits.max_payload_bytes))
    if header.records > limits.max_records:
        raise PayloadTooLarge(Message("The bundle declares {count:,} records; this hub accepts at most {limit:,} "
                                      "per file.", count=header.records, limit=limits.max_records))
    spec = SUITES_BY_NAME[header.suite]
    if len(parsed.sealed) < spec.enc_length + 16:
        raise PayloadTooLarge(Message("The bundle's sealed payload is shorter than its encryption suite allows."))


def check_signature(parsed: ParsedBundle, lab_key: LabKeyLookup) -> None:
    header = parsed.header
    raw = lab_key(header.lab_id, header.lab_key_id)
    if raw is None:
        raise UnknownSigner(Message("The bundle says it comes from laboratory {lab} with key {key}…, which is not "
                                    "registered here; it was refused.", lab=header.lab_id,
                                    key=header.lab_key_id[:16]))
    try:
        verifier = raw.verifier() if isinstance(raw, PublicKeys) else Ed25519PublicKey.from_public_bytes(bytes(raw))
        verifier.verify(parsed.signature, SIGNATURE_CONTEXT + parsed.signed)
    except (InvalidSignature, ValueError):
        raise BundleSignatureError(Message("The bundle's signature is not that of laboratory {lab}'s key: it was "
                                           "altered after it was signed, or signed by someone else. It was refused "
                                           "whole.", lab=header.lab_id)) from None


@dataclass(frozen=True)
class Inspection:
    header: BundleHeader
    size: int
    signature_ok: bool | None  # None: the signer's key is not known here
    signer: str | None
    recipient_ok: bool | None = None   # sealed to the pinned hub's keys (None: no hub pinned here)
    unknown_key: bool = False          # claims a known laboratory under a key it never had


def inspect_bundle(data: bytes, known: Iterable[PublicIdentity] = (), hub: PublicIdentity | None = None
                   ) -> Inspection:
    """The header; when the signer is among ``known``, whether its signature holds (a known laboratory under
    a key it never had is not valid); with the pinned ``hub``, whether it is sealed to one of its keys.
    No decryption."""
    parsed = parse_bundle(data)
    header = parsed.header
    recipient = None if hub is None else header.hub_key_id in {k.encryption_key_id for k in hub.all_keys()}
    for identity in known:
        if identity.identity_id == header.lab_id:
            keys = identity.signing_key(header.lab_key_id)
            if keys is None:
                return Inspection(header, parsed.size, False, identity.name, recipient, unknown_key=True)
            return Inspection(header, parsed.size, parsed.signature_valid(keys), identity.name, recipient)
    return Inspection(header, parsed.size, None, None, recipient)
