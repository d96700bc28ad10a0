"""Laboratory and hub identities: signing keys, HPKE keys, key ids, rotation.

An identity is a name and a set of keys: an Ed25519 signing key and an HPKE
key pair that others encrypt to.  The default HPKE suite is the hybrid
post-quantum MLKEM768-X25519 KEM (X-Wing, HPKE KEM id 0x647A) with
HKDF-SHA256 and AES-256-GCM — what a lab shares is intelligence with a long
confidentiality life; classical X25519 (0x0020) is available for peers
that cannot use it.

The hybrid KEM is X-Wing as draft-connolly-cfrg-xwing-kem-08 defines it (combiner
``SHA3-256(ss_M || ss_X || ct_X || pk_X || "\\.//^\\")``, label last), whose private key is a
**32-byte seed**: ``SHAKE256(seed, 96)`` gives the ML-KEM-768 ``d || z`` (FIPS 203 KeyGen_internal)
then the X25519 scalar.  LabNet stores that seed, so another X-Wing library reads the key.  Keys made
before this version stored the 96 expanded bytes instead (``FORM_EXPANDED``); a seed cannot be
recovered from them, so such a key keeps that form until the next rotation makes a seed.

A **key id** is the lowercase hex SHA-256 of ``algorithm || 0x00 || raw
public key`` (``algorithm`` is the ASCII name ``ed25519``,
``mlkem768-x25519`` or ``x25519``), so a key id also names its algorithm.

The **public identity document** is canonical JSON (``labnet.protocol.canonical``)
signed by its own signing key; after a rotation it also carries an
*endorsement*: the new keys signed by the previous signing key, so whoever
pinned the old identity can follow the change (several changes at once: the chain of
a hub's documents, ``labnet.protocol.keychain``).  Old key sets stay in the
(protected) key file, to read old bundles and check old receipts.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import os
import re
import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from labnet.common.messages import Message, message_of

from . import canonical
from .errors import IdentityError

IDENTITY_FORMAT = "labnet-identity"
IDENTITY_VERSION = 1
SIGNATURE_CONTEXT = b"LabNet identity v1\x00"
ROTATION_CONTEXT = b"LabNet key rotation v1\x00"
ROLES = ("lab", "hub")
ENDORSEMENT_FIELDS = {"previous_signing_key_id", "signature"}   # docs/bundle-format.md §12


@dataclass(frozen=True)
class SuiteSpec:
    """One HPKE suite (RFC 9180 ids) and how its keys are laid out as bytes."""

    code: str        # the key algorithm name, also used on the command line
    name: str        # written in bundle headers
    kem_id: int
    kdf_id: int
    aead_id: int
    enc_length: int  # bytes of the encapsulated key at the start of a sealed payload
    public_length: int
    private_length: int

    def hpke(self) -> hpke.Suite:
        kem = {0x647A: hpke.KEM.MLKEM768_X25519, 0x0020: hpke.KEM.X25519}[self.kem_id]
        return hpke.Suite(kem, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)

    def public_key(self, raw: bytes) -> Any:
        """The HPKE public key object from its raw bytes (ML-KEM key then X25519 key for the hybrid)."""
        try:
            if self.kem_id == 0x0020:
                return x25519.X25519PublicKey.from_public_bytes(raw)
            return hpke.MLKEM768X25519PublicKey(mlkem.MLKEM768PublicKey.from_public_bytes(raw[:1184]),
                                                x25519.X25519PublicKey.from_public_bytes(raw[1184:]))
        except ValueError:
            raise IdentityError(Message("The {suite} public key is damaged ({size} bytes); ask its owner for their "
                                        "identity document again.", suite=self.code, size=len(raw))) from None

    def form_of(self, raw: bytes) -> str:
        """How the private key ``raw`` is stored: ``FORM_SEED`` (X-Wing seed, or X25519 scalar) or, for a
        hybrid key made before seeds, ``FORM_EXPANDED`` (ML-KEM ``d || z`` then the X25519 scalar)."""
        if len(raw) == self.private_length:
            return FORM_SEED
        if self.kem_id == 0x647A and len(raw) == XWING_EXPANDED_LENGTH:
            return FORM_EXPANDED
        raise IdentityError(Message("The {suite} private key in the key file has {size} bytes, which is no form "
                                    "LabNet knows; the key file is damaged. Restore it from a backup.",
                                    suite=self.code, size=len(raw)))

    def _parts(self, raw: bytes) -> tuple[bytes, bytes]:
        """The ML-KEM-768 ``d || z`` and the X25519 scalar of a hybrid private key in either form."""
        expanded = xwing_expand(raw) if self.form_of(raw) == FORM_SEED else bytes(raw)
        return expanded[:64], expanded[64:]

    def private_key(self, raw: bytes) -> Any:
        """The HPKE private key object: an X25519 scalar, or an X-Wing key from its seed (or expanded form)."""
        if self.kem_id == 0x0020:
            return x25519.X25519PrivateKey.from_private_bytes(raw)
        ml_seed, x_scalar = self._parts(raw)
        return hpke.MLKEM768X25519PrivateKey(mlkem.MLKEM768PrivateKey.from_seed_bytes(ml_seed),
                                             x25519.X25519PrivateKey.from_private_bytes(x_scalar))

    def public_of(self, raw: bytes) -> bytes:
        """The raw public key of the private key ``raw`` (``pk_M || pk_X`` for X-Wing)."""
        if self.kem_id == 0x0020:
            return x25519.X25519PrivateKey.from_private_bytes(raw).public_key().public_bytes_raw()
        ml_seed, x_scalar = self._parts(raw)
        return (mlkem.MLKEM768PrivateKey.from_seed_bytes(ml_seed).public_key().public_bytes_raw()
                + x25519.X25519PrivateKey.from_private_bytes(x_scalar).public_key().public_bytes_raw())

    def generate(self) -> tuple[bytes, bytes]:
        """A new key pair as raw ``(private, public)`` bytes; an X-Wing private key is its 32-byte seed."""
        if self.kem_id == 0x0020:
            xk = x25519.X25519PrivateKey.generate()
            return xk.private_bytes_raw(), xk.public_key().public_bytes_raw()
        seed = os.urandom(XWING_SEED_LENGTH)
        return seed, self.public_of(seed)


FORM_SEED = "seed"            # X-Wing: the 32-byte seed of the draft; X25519: the 32-byte scalar
FORM_EXPANDED = "expanded"    # X-Wing keys made before seeds: SHAKE256(seed, 96), the seed itself unknown
XWING_SEED_LENGTH = 32
XWING_EXPANDED_LENGTH = 96
XWING_LABEL = b"\\.//^\\"     # the 6 bytes 5c 2e 2f 2f 5e 5c


def xwing_expand(seed: bytes) -> bytes:
    """X-Wing's expandDecapsulationKey: SHAKE256(seed, 96) = ML-KEM-768 ``d || z`` then the X25519 scalar."""
    if len(seed) != XWING_SEED_LENGTH:
        raise IdentityError(Message("An X-Wing private key seed has 32 bytes, not {size}.", size=len(seed)))
    return hashlib.shake_256(bytes(seed)).digest(XWING_EXPANDED_LENGTH)


# HPKE ids: KEM 0x647A MLKEM768-X25519 (X-Wing), 0x0020 DHKEM(X25519, HKDF-SHA256);
# KDF 0x0001 HKDF-SHA256; AEAD 0x0002 AES-256-GCM.
SUITES: dict[str, SuiteSpec] = {
    "mlkem768-x25519": SuiteSpec("mlkem768-x25519", "MLKEM768-X25519/HKDF-SHA256/AES-256-GCM",
                                 0x647A, 0x0001, 0x0002, 1120, 1216, 32),
    "x25519": SuiteSpec("x25519", "DHKEM-X25519-HKDF-SHA256/HKDF-SHA256/AES-256-GCM",
                        0x0020, 0x0001, 0x0002, 32, 32, 32),
}
DEFAULT_SUITE = "mlkem768-x25519"
SUITES_BY_NAME = {s.name: s for s in SUITES.values()}


def suite(code: str) -> SuiteSpec:
    try:
        return SUITES[code]
    except KeyError:
        raise IdentityError(Message("“{suite}” is not an encryption suite LabNet knows; use one of: {known}.",
                                    suite=code, known=", ".join(SUITES))) from None


def key_id(algorithm: str, public_raw: bytes) -> str:
    """The fingerprint that names a public key: hex SHA-256 of ``algorithm || 0x00 || key``."""
    return hashlib.sha256(algorithm.encode("ascii") + b"\x00" + bytes(public_raw)).hexdigest()


def short_key_id(kid: str) -> str:
    """The first 16 hex digits in groups of four, for people comparing fingerprints."""
    return " ".join(kid[i:i + 4] for i in range(0, 16, 4))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any, what: str) -> bytes:
    try:
        return base64.b64decode(str(text), validate=True)
    except (binascii.Error, ValueError):
        raise IdentityError(Message("The {what} is not valid base64.", what=what)) from None


def signed_by(raw: bytes | None, signature: Any, what: str, data: bytes) -> bool:
    """Whether ``signature`` (base64, named ``what``) is the Ed25519 signature of ``data`` by the public key
    ``raw``; a key that is unknown or revoked (None), bad base64 or a bad key are never a valid signature."""
    try:
        decoded = unb64(signature, what)
        if raw is None:
            return False
        Ed25519PublicKey.from_public_bytes(raw).verify(decoded, data)
    except (IdentityError, InvalidSignature, ValueError):
        return False
    return True


def utc_stamp(when: dt.datetime | None = None) -> str:
    return (when or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class PublicKeys:
    """The public half of one key set."""

    signing: bytes      # raw Ed25519 public key, 32 bytes
    encryption: bytes   # raw HPKE public key
    suite: SuiteSpec

    @property
    def signing_key_id(self) -> str:
        return key_id("ed25519", self.signing)

    @property
    def encryption_key_id(self) -> str:
        return key_id(self.suite.code, self.encryption)

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.signing)

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            self.verifier().verify(signature, message)
            return True
        except InvalidSignature:
            return False

    def hpke_public(self) -> Any:
        return self.suite.public_key(self.encryption)


@dataclass(frozen=True)
class KeySet:
    """One generation of private keys (the first of an identity's list is current)."""

    signing: Ed25519PrivateKey
    encryption: bytes  # raw private key, see SuiteSpec.private_key
    suite: SuiteSpec
    created_at: str

    @classmethod
    def generate(cls, suite_code: str = DEFAULT_SUITE, created_at: str | None = None) -> KeySet:
        spec = suite(suite_code)
        private, _ = spec.generate()
        return cls(Ed25519PrivateKey.generate(), private, spec, created_at or utc_stamp())

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(self.signing.public_key().public_bytes_raw(), self.suite.public_of(self.encryption),
                          self.suite)

    @property
    def encryption_form(self) -> str:
        return self.suite.form_of(self.encryption)

    def hpke_private(self) -> Any:
        return self.suite.private_key(self.encryption)

    def to_json(self) -> dict[str, Any]:
        return {"signing": b64(self.signing.private_bytes_raw()), "encryption": b64(self.encryption),
                "encryption_form": self.encryption_form, "suite": self.suite.code, "created_at": self.created_at}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeySet:
        """A key set from the key file; a key set without ``encryption_form`` (key file version 1) holds
        its hybrid key expanded, and one that has it must hold the key in the form it names."""
        spec = suite(data["suite"])
        keys = cls(Ed25519PrivateKey.from_private_bytes(unb64(data["signing"], "signing key")),
                   unb64(data["encryption"], "encryption key"), spec, data["created_at"])
        stated = data.get("encryption_form", FORM_EXPANDED if spec.kem_id == 0x647A else FORM_SEED)
        if stated != keys.encryption_form:
            raise IdentityError(Message("The key file says its {suite} key is stored as “{stated}” but it is not; "
                                        "the key file is damaged. Restore it from a backup.", suite=spec.code,
                                        stated=stated))
        return keys


@dataclass(frozen=True)
class PublicIdentity:
    """What a laboratory or hub tells others about itself; signed by its own signing key."""

    role: str
    identity_id: str
    name: str
    country: str
    created_at: str
    keys: PublicKeys
    endorsement: dict[str, str] | None = None  # {"previous_signing_key_id", "signature"}
    signature: bytes = b""
    previous: tuple[PublicKeys, ...] = field(default=(), compare=False)  # known older keys (not in the document)

    def body(self) -> dict[str, Any]:
        return {
            "format": IDENTITY_FORMAT, "version": IDENTITY_VERSION, "role": self.role, "id": self.identity_id,
            "name": self.name, "country": self.country, "created_at": self.created_at,
            "signing_key": {"algorithm": "ed25519", "key_id": self.keys.signing_key_id,
                            "public_key": b64(self.keys.signing)},
            "encryption_key": {"algorithm": self.keys.suite.code, "suite": self.keys.suite.name,
                               "key_id": self.keys.encryption_key_id, "public_key": b64(self.keys.encryption)},
        }

    def unsigned(self) -> dict[str, Any]:
        doc = self.body()
        if self.endorsement:
            doc["endorsement"] = dict(self.endorsement)
        return doc

    def to_json(self) -> bytes:
        """The identity document: canonical JSON bytes."""
        return canonical.dumps({**self.unsigned(), "signature": b64(self.signature)})

    @property
    def signing_key_id(self) -> str:
        return self.keys.signing_key_id

    @property
    def encryption_key_id(self) -> str:
        return self.keys.encryption_key_id

    def all_keys(self) -> tuple[PublicKeys, ...]:
        return (self.keys, *self.previous)

    def signing_key(self, kid: str) -> PublicKeys | None:
        return next((k for k in self.all_keys() if k.signing_key_id == kid), None)

    @classmethod
    def from_json(cls, data: bytes | str | dict[str, Any]) -> PublicIdentity:
        """Read and check an identity document (key ids and self-signature)."""
        try:
            doc = data if isinstance(data, dict) else canonical.loads(data)
        except canonical.CanonicalError as exc:
            raise IdentityError(Message("This is not a LabNet identity document: it {reason}.",
                                        reason=message_of(exc))) from None
        if not isinstance(doc, dict) or doc.get("format") != IDENTITY_FORMAT:
            raise IdentityError(Message("This is not a LabNet identity document (its format is not “{expected}”).",
                                        expected=IDENTITY_FORMAT))
        if doc.get("version") != IDENTITY_VERSION:
            raise IdentityError(Message("This identity document has version {version}; this LabNet reads version "
                                        "{expected}. Update LabNet.", version=repr(doc.get("version")),
                                        expected=IDENTITY_VERSION))
        try:
            sk, ek = doc["signing_key"], doc["encryption_key"]
            if sk["algorithm"] != "ed25519":
                raise IdentityError(Message("The identity's signing key must be Ed25519."))
            spec = suite(ek["algorithm"])
            keys = PublicKeys(unb64(sk["public_key"], "signing key"), unb64(ek["public_key"], "encryption key"), spec)
            identity = cls(str(doc["role"]), str(doc["id"]), str(doc["name"]), str(doc["country"]),
                           str(doc["created_at"]), keys, doc.get("endorsement"),
                           unb64(doc["signature"], "identity signature"))
            declared = (sk["key_id"], ek["key_id"], ek["suite"])
        except (KeyError, TypeError):
            raise IdentityError(Message("The identity document lacks a field it needs (id, name, country, keys, "
                                        "signature); ask its owner to export it again.")) from None
        if identity.role not in ROLES:
            raise IdentityError(Message("The identity's role “{role}” is neither lab nor hub.", role=identity.role))
        endorsement = doc.get("endorsement")
        if endorsement is not None and not (isinstance(endorsement, dict) and set(endorsement) == ENDORSEMENT_FIELDS
                                            and all(isinstance(v, str) for v in endorsement.values())):
            raise IdentityError(Message("The identity document's endorsement is not the two texts LabNet signs "
                                        "(previous_signing_key_id, signature); it was altered or made by another "
                                        "program."))
        if len(keys.signing) != 32 or len(keys.encryption) != spec.public_length:
            raise IdentityError(Message("A public key in the identity document has the wrong length; the file is "
                                        "damaged."))
        spec.public_key(keys.encryption)
        if declared != (keys.signing_key_id, keys.encryption_key_id, spec.name):
            raise IdentityError(Message("The key ids in the identity document do not match its keys; the file was "
                                        "altered."))
        try:
            written = canonical.dumps(doc)
        except canonical.CanonicalError:   # e.g. an integer beyond §2's range, in a document given as a dict
            written = b""
        if identity.canonical_bytes() != written:
            raise IdentityError(Message("The identity document holds fields LabNet does not know; it was altered "
                                        "or made by another program."))
        if not keys.verify(identity.signature, SIGNATURE_CONTEXT + canonical.dumps(identity.unsigned())):
            raise IdentityError(Message("The identity document's signature is not valid; it was altered after it "
                                        "was made."))
        return identity

    def canonical_bytes(self) -> bytes:
        return self.to_json()


def sign_document(keys: KeySet, identity: PublicIdentity) -> PublicIdentity:
    signature = keys.signing.sign(SIGNATURE_CONTEXT + canonical.dumps(identity.unsigned()))
    return replace(identity, signature=signature)


@dataclass
class Identity:
    """An unlocked identity: the public document, every key set (current first) and the pseudonym secret."""

    public: PublicIdentity
    key_sets: list[KeySet]
    pseudonym_secret: bytes

    @property
    def current(self) -> KeySet:
        return self.key_sets[0]

    @property
    def identity_id(self) -> str:
        return self.public.identity_id

    def sign(self, message: bytes) -> bytes:
        return self.current.signing.sign(message)

    def encryption_key_ids(self) -> list[str]:
        return [k.public.encryption_key_id for k in self.key_sets]

    def key_set_for_encryption(self, kid: str) -> KeySet | None:
        return next((k for k in self.key_sets if k.public.encryption_key_id == kid), None)


_COUNTRY = re.compile(r"[A-Z]{2}")


def create_identity(role: str, name: str, country: str, *, suite_code: str = DEFAULT_SUITE,
                    identity_id: str | None = None) -> Identity:
    """A new identity with fresh keys and a fresh 32-byte pseudonym secret."""
    name, country = name.strip(), country.strip().upper()
    if role not in ROLES:
        raise IdentityError(Message("“{role}” is not an identity role; use lab or hub.", role=role))
    if not name:
        raise IdentityError(Message("The laboratory needs a name (--lab NAME)."))
    if not _COUNTRY.fullmatch(country):
        raise IdentityError(Message("“{country}” is not a two-letter ISO 3166 country code (e.g. GH, PE, TH).",
                                    country=country))
    keys = KeySet.generate(suite_code)
    public = PublicIdentity(role, identity_id or str(uuid.uuid4()), name, country, keys.created_at, keys.public)
    return Identity(sign_document(keys, public), [keys], os.urandom(32))


def rotate(identity: Identity, *, suite_code: str | None = None) -> Identity:
    """New keys, endorsed by the current signing key; the old key sets are kept (current first)."""
    old = identity.current
    new = KeySet.generate(suite_code or old.suite.code)
    public = replace(identity.public, keys=new.public, endorsement=None, signature=b"",
                     previous=(old.public, *identity.public.previous))
    endorsement = old.signing.sign(ROTATION_CONTEXT + canonical.dumps(public.body()))
    public = replace(public, endorsement={"previous_signing_key_id": old.public.signing_key_id,
                                          "signature": b64(endorsement)})
    return Identity(sign_document(new, public), [new, *identity.key_sets], identity.pseudonym_secret)


def endorser_of(new: PublicIdentity) -> str:
    """The signing key id ``new``'s endorsement names (empty: none)."""
    return str((new.endorsement or {}).get("previous_signing_key_id", ""))


def endorses(keys: PublicKeys, new: PublicIdentity) -> bool:
    """Whether ``new`` carries an endorsement naming ``keys`` whose signature ``keys`` verify."""
    if endorser_of(new) != keys.signing_key_id:
        return False
    signature = unb64((new.endorsement or {}).get("signature", ""), "endorsement")
    return keys.verify(signature, ROTATION_CONTEXT + canonical.dumps(new.body()))


def check_rotation(pinned: PublicIdentity, new: PublicIdentity) -> PublicIdentity:
    """Accept ``new`` as the successor of ``pinned`` only if the pinned current signing key endorsed it.

    Returns ``new`` carrying the pinned keys as its previous keys (still trusted for old receipts).
    """
    if new.identity_id != pinned.identity_id or new.role != pinned.role:
        raise IdentityError(Message("This identity document is for {name} ({identity}), not for the pinned "
                                    "{pinned} ({pinned_identity}); nothing was changed.", name=new.name,
                                    identity=new.identity_id, pinned=pinned.name,
                                    pinned_identity=pinned.identity_id))
    if new.keys == pinned.keys:
        return replace(new, previous=pinned.previous)
    # Only the pinned *current* key may endorse a successor: an older key kept
    # to check old receipts may have been stolen since it was retired, and
    # must not be able to hand the identity to someone else.
    if not endorses(pinned.keys, new):
        raise IdentityError(Message("The new keys of {name} are not endorsed by the keys pinned here, so they "
                                    "cannot be trusted; check the file's origin with its owner. Nothing was "
                                    "changed.", name=pinned.name))
    return replace(new, previous=pinned.all_keys())
