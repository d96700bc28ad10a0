"""The hub key document (docs/bundle-format.md §16): what a reader refuses, and how a laboratory keeps what it
learnt — a revocation for good, a retirement with its latest date."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from labnet.protocol import canonical
from labnet.protocol.errors import IdentityError
from labnet.protocol.keys import b64, create_identity, rotate
from labnet.protocol.keystatus import (
    KEYS_CONTEXT,
    KeyEvent,
    RetiredKey,
    RevokedKey,
    hub_keys_document,
    read_hub_keys,
    refusal,
)
from labnet.protocol.pinning import load_key_events, load_pinned_hub, pin_hub

HUB = create_identity("hub", "East Africa hub", "KE")
NEW = rotate(HUB)
OLD = HUB.current.public


def event(status: str, at: str = "2030-01-01T00:00:00Z", keys=OLD, reason: str = "") -> KeyEvent:
    return KeyEvent(keys.signing_key_id, keys.encryption_key_id, status, at, reason)


def signed(body: dict) -> bytes:
    """A document with ``body`` as given, properly signed by the new key (so only the rule under test refuses)."""
    unsigned = {k: v for k, v in body.items() if k != "signature"}
    return canonical.dumps({**unsigned, "signature": b64(NEW.sign(KEYS_CONTEXT + canonical.dumps(unsigned)))})


def test_a_document_is_read_back_and_each_broken_rule_is_refused():
    document = hub_keys_document(NEW, [event("retired")], issued_at="2026-12-01T00:00:00Z")
    identity, events = read_hub_keys(document)
    assert identity.keys == NEW.public.keys and events == (event("retired"),)
    body = json.loads(document)
    cases = {
        "signature is not the hub's": canonical.dumps({**body, "issued_at": "2026-12-02T00:00:00Z"}),
        "one LabNet does not know": signed({**body, "extra": 1}),
        "only retired and revoked": signed({**body, "keys": [{**body["keys"][0], "status": "suspended"}]}),
        "is not a date": signed({**body, "keys": [{**body["keys"][0], "at": "next week"}]}),
        "lacks a field": signed({**body, "keys": [{"status": "retired"}]}),
        "own current key": hub_keys_document(NEW, [event("revoked", keys=NEW.public.keys, reason="x")]),
        "not a hub's": hub_keys_document(create_identity("lab", "A lab", "GH"), []),
    }
    for expected, data in cases.items():
        with pytest.raises(IdentityError, match=expected):
            read_hub_keys(data)


def test_the_refusal_of_a_bundle_depends_on_the_key_and_the_instant():
    at = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    retired = [event("retired")]
    assert refusal(retired, OLD.encryption_key_id, at - dt.timedelta(seconds=1)) is None
    assert isinstance(refusal(retired, OLD.encryption_key_id, at), RetiredKey)
    assert refusal(retired, NEW.public.encryption_key_id, at) is None
    assert isinstance(refusal([event("revoked", reason="stolen")], OLD.encryption_key_id, at - dt.timedelta(days=999)),
                      RevokedKey)


def test_a_lab_keeps_a_revocation_for_good_and_the_latest_retirement_date(tmp_path):
    (tmp_path / "keys").mkdir()
    pin_hub(tmp_path, HUB.public.to_json())
    pin_hub(tmp_path, hub_keys_document(NEW, [event("retired")]))
    assert load_pinned_hub(tmp_path).signing_key(OLD.signing_key_id) is not None     # retired: still trusted
    pin_hub(tmp_path, hub_keys_document(NEW, [event("retired", at="2029-06-01T00:00:00Z")]))
    assert [e.at for e in load_key_events(tmp_path)] == ["2029-06-01T00:00:00Z"]
    pin_hub(tmp_path, hub_keys_document(NEW, [event("revoked", at="2029-07-01T00:00:00Z", reason="stolen")]))
    assert load_pinned_hub(tmp_path).signing_key(OLD.signing_key_id) is None
    # An earlier document, shown again (or one leaving the revocation out), undoes nothing.
    pin_hub(tmp_path, hub_keys_document(NEW, [event("retired")]))
    pin_hub(tmp_path, NEW.public.to_json())
    assert [(e.status, e.reason) for e in load_key_events(tmp_path)] == [("revoked", "stolen")]
    assert load_pinned_hub(tmp_path).signing_key(OLD.signing_key_id) is None
