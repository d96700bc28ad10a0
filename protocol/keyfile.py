"""Private keys at rest: never in clear on disk.

The key file (``keys/identity.key`` in the data folder) is JSON holding the
public identity document, how the secret part is protected, and the secret
part itself encrypted with AES-256-GCM.  The AES key comes either from a
passphrase through Argon2id (memory-hard: 64 MiB, 3 passes, 4 lanes by
default, RFC 9106's second recommendation) or from a random 32-byte key held
by the operating system's keyring (optional: needs the ``keyring`` package
and a working backend).  Everything but the ciphertext is bound to it as
associated data, so changing the KDF parameters or the identity in the file
makes it fail to open rather than open weakened.

Key file **version 2** (written since X-Wing keys are stored as their
32-byte seed) names each key set's ``encryption_form``; version 1 files (every
hybrid key expanded to 96 bytes) still open, and are written as version 2 at
their next save — the expanded keys in them stay expanded (a seed cannot be
recovered from them), the keys of every later rotation are seeds.  See
docs/bundle-format.md, "Key files".

Writes go to a temporary file, fsynced, then renamed over the old one: an
interrupted rotation leaves the old key file whole.  A wrong passphrase
raises ``WrongPassphrase`` and changes nothing.
"""

from __future__ import annotations

import errno
import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from labnet.common.labfolder import LabFolder
from labnet.common.messages import Message

from . import canonical
from .errors import IdentityError, IdentityExists, NoIdentity, WriteFailed, WrongPassphrase
from .keys import Identity, KeySet, PublicIdentity, b64, unb64

KEYFILE_FORMAT = "labnet-keyfile"
KEYFILE_VERSION = 2
KEYFILE_VERSIONS = (1, 2)   # 1: hybrid keys expanded (before X-Wing seeds); still read
KEYS_DIR = LabFolder.KEYS
KEY_FILE = "identity.key"
PUBLIC_FILE = "identity.json"
PASSPHRASE_ENV = "LABNET_PASSPHRASE"
MIN_PASSPHRASE = 10
KEYRING_SERVICE = "LabNet identity"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost; stored in the key file so it opens with the cost it was made with."""

    iterations: int = 3
    lanes: int = 4
    memory_kib: int = 64 * 1024

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        return Argon2id(salt=salt, length=32, iterations=self.iterations, lanes=self.lanes,
                        memory_cost=self.memory_kib).derive(passphrase.encode("utf-8"))


@dataclass(frozen=True)
class Passphrase:
    """Protection by a passphrase (Argon2id)."""

    passphrase: str
    kdf: KdfParams = KdfParams()

    def check_strength(self) -> None:
        if len(self.passphrase) < MIN_PASSPHRASE:
            raise IdentityError(Message("The passphrase is too short; use at least {count} characters (a few "
                                        "unrelated words are easy to remember and hard to guess).",
                                        count=MIN_PASSPHRASE))


@dataclass(frozen=True)
class Keyring:
    """Protection by a random key kept in the operating system's keyring."""

    service: str = KEYRING_SERVICE


Protector = Passphrase | Keyring


def key_paths(data_dir: Path) -> tuple[Path, Path]:
    folder = LabFolder(data_dir).keys
    return folder / KEY_FILE, folder / PUBLIC_FILE


def has_identity(data_dir: Path) -> bool:
    return key_paths(data_dir)[0].exists()


def save_identity(data_dir: Path, identity: Identity, protector: Protector, *, replace_existing: bool = False) -> Path:
    """Write the key file (encrypted) and the public identity document."""
    key_path, public_path = key_paths(data_dir)
    if key_path.exists() and not replace_existing:
        raise IdentityExists(Message("{path} already holds this folder's identity; LabNet never overwrites keys. "
                                     "Use “labnet identity rotate” for new keys, or choose another --data-dir.",
                                     path=key_path))
    secret = canonical.dumps({"key_sets": [k.to_json() for k in identity.key_sets],
                              "pseudonym_secret": b64(identity.pseudonym_secret)})
    if isinstance(protector, Passphrase):
        protector.check_strength()
        salt = os.urandom(16)
        protection = {"method": "passphrase", "kdf": "argon2id", "salt": b64(salt),
                      "iterations": protector.kdf.iterations, "lanes": protector.kdf.lanes,
                      "memory_kib": protector.kdf.memory_kib}
        wrapping_key = protector.kdf.derive(protector.passphrase, salt)
    else:
        protection = {"method": "keyring", "service": protector.service, "account": identity.identity_id}
        wrapping_key = secrets.token_bytes(32)
        _keyring_set(protector.service, identity.identity_id, wrapping_key)
    envelope: dict[str, Any] = {"format": KEYFILE_FORMAT, "version": KEYFILE_VERSION, "cipher": "AES-256-GCM",
                                "identity": canonical.loads(identity.public.to_json()), "protection": protection}
    nonce = os.urandom(12)
    ciphertext = AESGCM(wrapping_key).encrypt(nonce, secret, canonical.dumps(envelope))
    envelope.update(nonce=b64(nonce), ciphertext=b64(ciphertext))
    key_path.parent.mkdir(parents=True, exist_ok=True)
    _write_atomically(key_path, canonical.dumps(envelope), private=True)
    _write_atomically(public_path, identity.public.to_json())
    return key_path


def load_identity(data_dir: Path, passphrase: str | None = None) -> Identity:
    """Open the key file; ``passphrase`` is needed unless the keyring protects it."""
    envelope = _read_envelope(data_dir)
    protection = envelope["protection"]
    ciphertext = unb64(envelope.pop("ciphertext"), "key file")
    nonce = unb64(envelope.pop("nonce"), "key file")
    if protection.get("method") == "passphrase":
        if passphrase is None:
            raise WrongPassphrase(Message("The laboratory's keys are protected by a passphrase; give it at the "
                                          "prompt, in {variable}, or with --passphrase-file.",
                                          variable=PASSPHRASE_ENV))
        try:
            kdf = KdfParams(int(protection["iterations"]), int(protection["lanes"]), int(protection["memory_kib"]))
            wrapping_key = kdf.derive(passphrase, unb64(protection["salt"], "key file salt"))
        except (KeyError, ValueError, TypeError):
            raise IdentityError(Message("The key file's protection settings are damaged; restore it from a "
                                        "backup.")) from None
    elif protection.get("method") == "keyring":
        wrapping_key = _keyring_get(str(protection.get("service")), str(protection.get("account")))
    else:
        raise IdentityError(Message("The key file uses a protection LabNet does not know ({method}).",
                                    method=repr(protection.get("method"))))
    try:
        secret = AESGCM(wrapping_key).decrypt(nonce, ciphertext, canonical.dumps(envelope))
    except InvalidTag:
        if protection.get("method") == "passphrase":
            raise WrongPassphrase(Message("The passphrase is wrong (or the key file was altered); nothing was "
                                          "changed. Try again, taking care of capitals and spaces.")) from None
        raise IdentityError(Message("The key kept in the system keyring does not open the key file; it was "
                                    "replaced or the key file was altered.")) from None
    data = canonical.loads(secret)
    if envelope["version"] == 1 and any("encryption_form" in k for k in data["key_sets"]):
        raise IdentityError(Message("The key file says it is version 1 but holds version 2 keys; it was "
                                    "altered. Restore it from a backup."))
    key_sets = [KeySet.from_json(k) for k in data["key_sets"]]
    public = PublicIdentity.from_json(envelope["identity"])
    if public.keys != key_sets[0].public:
        raise IdentityError(Message("The key file's identity does not match its keys; the file was altered."))
    public = replace(public, previous=tuple(k.public for k in key_sets[1:]))
    return Identity(public, key_sets, unb64(data["pseudonym_secret"], "pseudonym secret"))


def load_public_identity(data_dir: Path) -> PublicIdentity:
    """The identity document, without unlocking anything."""
    return PublicIdentity.from_json(_read_envelope(data_dir)["identity"])


def protection_of(data_dir: Path) -> str:
    return str(_read_envelope(data_dir)["protection"].get("method"))


def _read_envelope(data_dir: Path) -> dict[str, Any]:
    key_path, _ = key_paths(data_dir)
    try:
        raw = key_path.read_bytes()
    except FileNotFoundError:
        raise NoIdentity(Message("This data folder has no laboratory identity yet ({path} is missing); create one "
                                 "with “labnet init --lab NAME --country CC”.", path=key_path)) from None
    try:
        envelope = canonical.loads(raw)
        if envelope.get("format") != KEYFILE_FORMAT or envelope.get("version") not in KEYFILE_VERSIONS:
            raise canonical.CanonicalError("has the wrong format")  # internal: caught just below
        envelope["protection"], envelope["identity"], envelope["nonce"], envelope["ciphertext"]
    except (canonical.CanonicalError, AttributeError, KeyError):
        raise IdentityError(Message("{path} is not a LabNet key file or is damaged; restore it from a backup.",
                                    path=key_path)) from None
    return envelope


def _write_atomically(path: Path, data: bytes, *, private: bool = False) -> None:
    tmp = path.with_name(path.name + ".tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    fd = os.open(tmp, flags, 0o600 if private else 0o644)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old file or the new one; a disk
    or stick that is full or read-only is a ``WriteFailed`` naming the file (no partial file is left)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(path, data)
    except OSError as exc:
        reasons: dict[int | None, str] = {errno.ENOSPC: Message("the disk or stick is full"),
                                          errno.EFBIG: Message("the file is too large for that disk"),
                                          errno.EROFS: Message("the disk or stick is read-only"),
                                          errno.EACCES: Message("permission is denied"),
                                          errno.EPERM: Message("permission is denied")}
        reason = reasons.get(exc.errno, exc.strerror or str(exc))
        raise WriteFailed(Message("{path} could not be written: {reason}. Nothing was left half-written; make room "
                                  "or choose another place, then try again.", path=path, reason=reason)) from None


# -- the OS keyring (optional) ------------------------------------------------------------
def _keyring_module():
    try:
        import keyring  # optional: only when the user chose the keyring
        from keyring.backends import fail
    except ImportError:
        raise IdentityError(Message("No system keyring is available (the Python package “keyring” is not "
                                    "installed); protect the keys with a passphrase instead.")) from None
    if isinstance(keyring.get_keyring(), fail.Keyring):
        raise IdentityError(Message("This computer has no usable system keyring; protect the keys with a "
                                    "passphrase."))
    return keyring


def keyring_available() -> bool:
    try:
        _keyring_module()
        return True
    except IdentityError:
        return False


def _keyring_set(service: str, account: str, key: bytes) -> None:
    _keyring_module().set_password(service, account, b64(key))


def _keyring_get(service: str, account: str) -> bytes:
    stored = _keyring_module().get_password(service, account)
    if stored is None:
        raise IdentityError(Message("The system keyring holds no key for this identity ({service}, {account}); "
                                    "it was removed, or this is another user account.", service=service,
                                    account=account))
    return unb64(stored, "keyring entry")
