"""The hub a laboratory sends to: its public identity, pinned in the data folder.

``keys/hub.json`` holds the hub's identity document and the keys it had
before (so receipts signed before a rotation still verify).  A new document
for the same hub replaces it only if a pinned key endorsed the new keys;
a document for another hub is refused while one is pinned.  The enrolment
issue builds on this (an enrolment code names the hub key fingerprint).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from catalogue.errors import Message

from . import canonical
from .errors import IdentityError
from .keyfile import KEYS_DIR, write_file_atomically
from .keys import PublicIdentity, PublicKeys, b64, check_rotation, suite, unb64

HUB_FILE = "hub.json"


def hub_path(data_dir: Path) -> Path:
    return Path(data_dir) / KEYS_DIR / HUB_FILE


def pin_hub(data_dir: Path, document: bytes) -> tuple[PublicIdentity, str]:
    """Pin ``document`` as this laboratory's hub; returns it and what happened (pinned, unchanged, rotated)."""
    new = PublicIdentity.from_json(document)
    if new.role != "hub":
        raise IdentityError(Message("This identity document is a {role}'s ({name}), not a hub's; nothing was "
                                    "pinned.", role=new.role, name=new.name))
    path = hub_path(data_dir)
    if path.exists():
        pinned = load_pinned_hub(data_dir)
        accepted = check_rotation(pinned, new)
        what = "unchanged" if accepted.keys == pinned.keys else "rotated"
    else:
        accepted, what = new, "pinned"
    previous = [{"signing": b64(k.signing), "encryption": b64(k.encryption), "suite": k.suite.code}
                for k in accepted.previous]
    write_file_atomically(path, canonical.dumps({"identity": canonical.loads(accepted.to_json()),
                                                 "previous_keys": previous}))
    return accepted, what


def load_pinned_hub(data_dir: Path) -> PublicIdentity:
    path = hub_path(data_dir)
    try:
        doc = canonical.loads(path.read_bytes())
        identity = PublicIdentity.from_json(doc["identity"])
        previous = tuple(PublicKeys(unb64(k["signing"], "key"), unb64(k["encryption"], "key"), suite(k["suite"]))
                         for k in doc["previous_keys"])
    except FileNotFoundError:
        raise IdentityError(Message("No hub is pinned yet: import the hub's identity document with “labnet "
                                    "hub-key import FILE” (your hub's administrator provides it).")) from None
    except (canonical.CanonicalError, KeyError, TypeError):
        raise IdentityError(Message("{path} is damaged; import the hub's identity document again.",
                                    path=path)) from None
    return replace(identity, previous=previous)
