"""The hub a laboratory sends to: its public identity, pinned in the data folder.

``keys/hub.json`` holds the hub's identity document, the keys it had
before (so receipts signed before a rotation still verify) and what the hub
said of its older keys (``key_events``: retired, revoked; ``labnet.protocol.keystatus``).
A new document for the same hub replaces it only if the pinned current key endorsed the
new keys, directly or through the chain of the hub's rotations its key document carries
(``labnet.protocol.keychain``); a document for another hub is refused while one is pinned.  A
revoked key is dropped from the trusted keys and never comes back: nothing it
signed (receipts, bulletins, endorsements) is trusted any more.  Bundles are
sealed to the current key only, which a key document can neither retire nor
revoke.  The enrolment issue builds on this (an enrolment code names the hub
key fingerprint).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from labnet.common.labfolder import LabFolder
from labnet.common.messages import Message

from . import canonical
from .errors import IdentityError
from .keychain import follow_chain
from .keyfile import write_file_atomically
from .keys import PublicIdentity, PublicKeys, b64, suite, unb64
from .keystatus import KeyEvent, is_hub_keys_document, read_hub_key_document

HUB_FILE = LabFolder.HUB_PIN


def hub_path(data_dir: Path) -> Path:
    return LabFolder(data_dir).hub_pin


def pin_hub(data_dir: Path, document: bytes) -> tuple[PublicIdentity, str]:
    """Pin ``document`` — a hub identity document, or a hub key document (``labnet.protocol.keystatus``: the identity
    and what became of its older keys) — as this laboratory's hub; returns it and what happened (pinned,
    unchanged, rotated)."""
    chain: tuple[PublicIdentity, ...] = ()
    if is_hub_keys_document(document):
        new, events, chain = read_hub_key_document(document)
    else:
        new, events = PublicIdentity.from_json(document), ()
    if new.role != "hub":
        raise IdentityError(Message("This identity document is a {role}'s ({name}), not a hub's; nothing was "
                                    "pinned.", role=new.role, name=new.name))
    path = hub_path(data_dir)
    known: dict[str, KeyEvent] = {}
    if path.exists():
        pinned = load_pinned_hub(data_dir)
        known = {e.signing_key_id: e for e in load_key_events(data_dir)}
        # Revocations known here or told by this document end the chain at a revoked key (keychain).
        revoked = {e.signing_key_id: e for e in (*known.values(), *events) if e.status == "revoked"}
        accepted = follow_chain(pinned, new, chain, revoked)
        what = "unchanged" if accepted.keys == pinned.keys else "rotated"
    else:
        accepted, what = new, "pinned"
    for event in events:   # a revocation is for good; a retirement date is the latest the hub gave
        held = known.get(event.signing_key_id)
        if held is None or held.status != "revoked":
            known[event.signing_key_id] = event
    accepted = _without_revoked(accepted, known.values())
    previous = [{"signing": b64(k.signing), "encryption": b64(k.encryption), "suite": k.suite.code}
                for k in accepted.previous]
    write_file_atomically(path, canonical.dumps({"identity": canonical.loads(accepted.to_json()),
                                                 "previous_keys": previous,
                                                 "key_events": [e.to_json() for e in known.values()]}))
    return accepted, what


def _without_revoked(identity: PublicIdentity, events) -> PublicIdentity:
    revoked = {e.signing_key_id for e in events if e.status == "revoked"}
    return replace(identity, previous=tuple(k for k in identity.previous if k.signing_key_id not in revoked))


def _pinned_document(data_dir: Path) -> dict:
    path = hub_path(data_dir)
    try:
        return canonical.loads(path.read_bytes())
    except FileNotFoundError:
        raise IdentityError(Message("No hub is pinned yet: import the hub's identity document with “labnet "
                                    "hub-key import FILE” (your hub's administrator provides it).")) from None
    except canonical.CanonicalError:
        raise IdentityError(Message("{path} is damaged; import the hub's identity document again.",
                                    path=path)) from None


def load_key_events(data_dir: Path) -> tuple[KeyEvent, ...]:
    """What the hub said of its older keys, as pinned here (none before the first key document)."""
    doc = _pinned_document(data_dir)
    events = doc.get("key_events", []) if isinstance(doc, dict) else None
    if not isinstance(events, list):
        raise IdentityError(Message("{path} is damaged; import the hub's identity document again.",
                                    path=hub_path(data_dir)))
    return tuple(KeyEvent.from_json(e) for e in events)


def load_pinned_hub(data_dir: Path) -> PublicIdentity:
    """The pinned hub: its current keys and the older keys still trusted (revoked ones are not)."""
    path = hub_path(data_dir)
    doc = _pinned_document(data_dir)
    try:
        identity = PublicIdentity.from_json(doc["identity"])
        previous = tuple(PublicKeys(unb64(k["signing"], "key"), unb64(k["encryption"], "key"), suite(k["suite"]))
                         for k in doc["previous_keys"])
    except (KeyError, TypeError):
        raise IdentityError(Message("{path} is damaged; import the hub's identity document again.",
                                    path=path)) from None
    return _without_revoked(replace(identity, previous=previous), load_key_events(data_dir))
