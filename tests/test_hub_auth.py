"""Laboratories prove who they are to the hub: enrolment codes, signed session requests, bearer sessions."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from hub_server import store_target, store_text
from labnet.hub.auth import lab_for_token, open_session
from labnet.hub.store import Forbidden, HubError, HubStore, Unauthenticated
from labnet.protocol.session import sign_session_request

HUB_KEY = "hub-key-1"
T0 = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self):
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(tmp_path, clock):
    hub = HubStore(store_target(tmp_path / "hub.db"), clock=clock, backup_dir=tmp_path)
    yield hub
    hub.close()


def raw(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def enrol(store: HubStore, lab_id: str = "lab-a") -> tuple[Ed25519PrivateKey, str]:
    key = Ed25519PrivateKey.generate()
    key_id = hashlib.sha256(raw(key)).hexdigest()[:32]
    code = store.new_enrolment_code("Forensic Lab A", "ke", dt.timedelta(days=1))
    with store.transaction() as conn:
        store.claim_enrolment_code(conn, code)
        store.add_lab(conn, lab_id=lab_id, name="Forensic Lab A", country="KE", identity="{}",
                      signing_key_id=key_id, keys=[(key_id, "signing", raw(key))])
    return key, key_id


def request(key, key_id, lab_id="lab-a", hub=HUB_KEY, when=T0):
    return sign_session_request(key, hub_key_id=hub, lab_id=lab_id, key_id=key_id, when=when)


def test_a_signed_request_opens_a_session_whose_token_names_the_lab(store):
    key, key_id = enrol(store)
    session = open_session(store, HUB_KEY, request(key, key_id))
    assert lab_for_token(store, f"Bearer {session['token']}") == "lab-a"
    # Only the digest of the token is kept.
    dump = store_text(store)
    assert session["token"] not in dump


def test_an_enrolment_code_enrols_once_and_expires(store, clock):
    code = store.new_enrolment_code("Lab B", "fr", dt.timedelta(hours=1))
    with store.transaction() as conn:
        store.claim_enrolment_code(conn, code)
    with pytest.raises(Unauthenticated, match="already used"), store.transaction() as conn:
        store.claim_enrolment_code(conn, code)
    late = store.new_enrolment_code("Lab C", "FR", dt.timedelta(hours=1))
    clock.now += dt.timedelta(hours=2)
    with pytest.raises(Unauthenticated, match="expired"), store.transaction() as conn:
        store.claim_enrolment_code(conn, late)
    with pytest.raises(Unauthenticated, match="not known"), store.transaction() as conn:
        store.claim_enrolment_code(conn, "made-up")
    with pytest.raises(HubError, match="country code"):
        store.new_enrolment_code("Lab D", "France", dt.timedelta(hours=1))
    assert sorted(c["lab_name"] for c in store.enrolment_codes()) == ["Lab B", "Lab C"]


def test_a_replayed_request_is_refused(store):
    key, key_id = enrol(store)
    signed = request(key, key_id)
    open_session(store, HUB_KEY, signed)
    with pytest.raises(Unauthenticated, match="replay"):
        open_session(store, HUB_KEY, signed)


@pytest.mark.parametrize("change, error, words", [
    (lambda r: {**r, "hub_key_id": "another-hub"}, Unauthenticated, "another hub"),
    (lambda r: {**r, "nonce": r["nonce"][::-1]}, Unauthenticated, "signature"),
    (lambda r: {**r, "lab_id": "lab-z"}, Unauthenticated, "not enrolled"),
    (lambda r: {**r, "key_id": "0" * 32}, Unauthenticated, "current signing key"),
    (lambda r: {**r, "signature": "***"}, HubError, "base64"),
    (lambda r: {k: v for k, v in r.items() if k != "nonce"}, HubError, "nonce"),
    (lambda r: {**r, "time": "yesterday"}, HubError, "ISO 8601"),
])
def test_tampered_requests_are_refused_with_their_reason(store, change, error, words):
    key, key_id = enrol(store)
    with pytest.raises(error, match=words):
        open_session(store, HUB_KEY, change(request(key, key_id)))


def test_a_clock_far_from_the_hubs_is_refused(store):
    key, key_id = enrol(store)
    with pytest.raises(Unauthenticated, match="clock"):
        open_session(store, HUB_KEY, request(key, key_id, when=T0 - dt.timedelta(minutes=6)))


def test_another_labs_key_cannot_sign_for_it(store):
    enrol(store, "lab-a")
    other, other_id = enrol(store, "lab-b")
    with pytest.raises(Unauthenticated):
        open_session(store, HUB_KEY, request(other, other_id, lab_id="lab-a"))


def test_revocation_ends_sessions_at_once_and_refuses_new_ones(store):
    key, key_id = enrol(store)
    session = open_session(store, HUB_KEY, request(key, key_id))
    store.revoke("lab-a", "left the network")
    with pytest.raises(HubError):
        lab_for_token(store, f"Bearer {session['token']}")
    with pytest.raises(Forbidden, match="left the network"):
        open_session(store, HUB_KEY, request(key, key_id))


def test_sessions_expire_and_bad_headers_are_refused(store, clock):
    key, key_id = enrol(store)
    session = open_session(store, HUB_KEY, request(key, key_id))
    for header in (None, "", "Basic abc", "Bearer ", f"Bearer {session['token']}x"):
        with pytest.raises(Unauthenticated):
            lab_for_token(store, header)
    clock.now += dt.timedelta(hours=2)
    with pytest.raises(Unauthenticated, match="expired"):
        lab_for_token(store, f"Bearer {session['token']}")
