"""The exchange's allowed steps (labnet.protocol.exchange.TRANSITIONS), its signed messages, and the hub's and the
laboratory's rooms for it, without a network: the hub's rules called in this process on a real store (SQLite and
PostgreSQL)."""

from __future__ import annotations

import pytest

from hub_server import enrol
from hub_server import hub_in_process as hub  # noqa: F401  (a fixture)
from labnet.catalogue import database
from labnet.catalogue.store import Catalogue
from labnet.common import sqlite as common_sqlite
from labnet.hub import exchange as hub_exchange
from labnet.hub.errors import HubError
from labnet.hub.store_exchange import ROOM, ExchangeStore
from labnet.protocol import canonical
from labnet.protocol.exchange import (
    FINAL_BY_KIND,
    OFFERER,
    PROVIDER,
    REQUESTER,
    STATES,
    TRANSITIONS,
    ExchangeError,
    ExchangeSignatureError,
    allowed_actions,
    make_message,
    next_state,
    verify_message,
)
from labnet.protocol.keys import create_identity
from labnet.sync import exchange_store

ROLES = (REQUESTER, PROVIDER, OFFERER)


def pytest_generate_tests(metafunc):
    """The hub's tests here on both its stores, SQLite and PostgreSQL (tests/conftest.py's hub_store)."""
    if "hub" in metafunc.fixturenames:
        metafunc.parametrize("hub_store", ["sqlite", "postgresql"], indirect=True, scope="module")
CUSTODY = {"custody": {"by": "Ama Mensah", "at": "2026-12-05T09:00:00Z", "condition": "sealed",
                       "courier_reference": "DHL-1"}}


@pytest.mark.parametrize("kind", TRANSITIONS)
def test_an_ended_exchange_takes_no_step_from_anyone(kind):
    for state in FINAL_BY_KIND[kind]:
        assert [allowed_actions(kind, state, role) for role in ROLES] == [[], [], []], state
        for action in TRANSITIONS[kind]:
            with pytest.raises(ExchangeError) as refused:
                next_state(kind, state, action, REQUESTER)
            assert refused.value.code == "exchange-transition-refused"


@pytest.mark.parametrize("kind", TRANSITIONS)
def test_every_state_of_an_exchange_can_be_reached_and_every_open_one_can_end(kind):
    reached, frontier = {"requested"}, ["requested"]
    while frontier:
        state = frontier.pop()
        for role in ROLES:
            for action in allowed_actions(kind, state, role):
                target = next_state(kind, state, action, role)
                if target not in reached:
                    reached.add(target)
                    frontier.append(target)
    assert reached == set(STATES) - ({"reported"} if kind == "reference" else set())   # a standard is not reported
    for state in reached - FINAL_BY_KIND[kind]:   # something can always end it: cancel before, lost after dispatch
        assert any(allowed_actions(kind, state, role) for role in ROLES), state


def test_the_happy_paths_and_who_takes_each_step():
    path = [("accept", OFFERER), ("dispatch", PROVIDER), ("receive", REQUESTER)]
    state = "requested"
    for action, role in path:
        state = next_state("reference", state, action, role)
    assert state == "received"
    state = "requested"
    for action, role in [("accept", OFFERER), ("dispatch", REQUESTER), ("receive", PROVIDER), ("report", PROVIDER)]:
        state = next_state("profiling", state, action, role)
    assert state == "reported"


@pytest.mark.parametrize("kind, state, action, role, code", [
    ("reference", "requested", "receive", REQUESTER, "exchange-transition-refused"),   # out of order
    ("reference", "accepted", "dispatch", REQUESTER, "exchange-transition-refused"),   # the provider sends
    ("reference", "accepted", "accept", OFFERER, "exchange-transition-refused"),
    ("reference", "dispatched", "cancel", REQUESTER, "exchange-transition-refused"),   # too late: lost or refuse
    ("profiling", "accepted", "dispatch", PROVIDER, "exchange-transition-refused"),   # the requester sends
    ("profiling", "accepted", "report", PROVIDER, "exchange-transition-refused"),     # not received yet
    ("reference", "requested", "accept", None, "exchange-not-party"),
    ("reference", "requested", "report", OFFERER, "exchange-transition-refused"),     # not a reference step
])
def test_a_step_not_allowed_is_refused_with_its_code(kind, state, action, role, code):
    with pytest.raises(ExchangeError) as refused:
        next_state(kind, state, action, role)
    assert refused.value.code == code


def test_a_decline_leaves_the_request_to_the_others_and_the_last_ends_it():
    assert next_state("reference", "requested", "decline", OFFERER, others_left=2) == "requested"
    assert next_state("reference", "requested", "decline", OFFERER, others_left=0) == "declined"


LAB = create_identity("lab", "Message Lab", "GH")


def test_a_message_reads_back_and_its_signature_covers_it():
    data = make_message(LAB, hub_id="hub-1", created_at="2026-12-05T09:00:00Z", action="dispatch",
                        exchange_id="ex-1", content={**CUSTODY, "amount": 5, "unit": "mg",
                                                     "record": {"substance": "cocaine", "quantity": [10.0, 100.0]}})
    key = {(LAB.identity_id, LAB.public.signing_key_id): LAB.public.keys.signing}
    read = verify_message(data, "hub-1", lambda lab, kid: key.get((lab, kid)))
    assert (read.action, read.exchange_id, read.content["custody"]["courier_reference"]) == ("dispatch", "ex-1",
                                                                                             "DHL-1")
    with pytest.raises(ExchangeError):
        verify_message(data, "another-hub", lambda lab, kid: key.get((lab, kid)))
    with pytest.raises(ExchangeSignatureError):
        verify_message(data.replace(b"DHL-1", b"DHL-2"), "hub-1", lambda lab, kid: key.get((lab, kid)))
    with pytest.raises(ExchangeSignatureError):
        verify_message(data, "hub-1", lambda lab, kid: None)   # a key the hub does not know (or revoked)


@pytest.mark.parametrize("action, content", [
    ("offer", {"kind": "reference"}),                                    # no substance
    ("offer", {"kind": "plutonium", "substance": "x"}),
    ("request", {"kind": "reference", "substance": "cocaine", "amount": -1}),
    ("request", {"kind": "reference", "substance": "cocaine", "lot": "L-1"}),   # a field no request has
    ("dispatch", {}),                                                    # no custody entry
    ("dispatch", {"custody": {"by": "", "at": "now"}}),
    ("dispatch", {**CUSTODY, "record": {"nested": {"a": {"b": 1}}}}),
    ("report", {"result": {}}),
    ("teleport", {}),
])
def test_a_message_not_of_its_form_is_refused(action, content):
    with pytest.raises(ExchangeError) as refused:
        make_message(LAB, hub_id="h", created_at="t", action=action, exchange_id="ex-1", content=content)
    assert refused.value.code == "exchange-message-invalid"


def test_an_offer_names_no_exchange_and_a_step_names_one():
    body = {"format": "labnet-exchange-message", "version": 1, "lab_id": LAB.identity_id,
            "lab_key_id": LAB.public.signing_key_id, "hub_id": "h", "created_at": "t", "action": "accept",
            "exchange": None, "content": {}}
    from labnet.protocol.exchange import EXCHANGE_CONTEXT
    from labnet.protocol.keys import b64

    data = canonical.dumps({"message": body, "signature": b64(LAB.sign(EXCHANGE_CONTEXT + canonical.dumps(body)))})
    with pytest.raises(ExchangeError) as refused:
        verify_message(data, "h", lambda lab, kid: LAB.public.keys.signing)
    assert refused.value.code == "exchange-message-invalid"


# -- the hub, in this process ---------------------------------------------------------------------------------
def _send(hub, store, lab, action, exchange_id=None, **content):  # noqa: F811
    data = make_message(lab, hub_id=hub.identity.identity_id, created_at="2026-12-05T09:00:00Z", action=action,
                        exchange_id=exchange_id, content=content)
    return hub_exchange.receive(hub, store, lab.identity_id, data)


def test_two_offering_laboratories_accept_at_once_and_the_second_is_refused(hub):  # noqa: F811
    store = ExchangeStore(hub.store)
    a, b, c = (enrol(hub, name) for name in ("Lab A", "Lab B", "Lab C"))
    for lab in (a, b):
        _send(hub, store, lab, "offer", kind="reference", substance="Cocaine")
    asked = _send(hub, store, c, "request", kind="reference", substance="cocaine")   # any case
    assert asked["state"] == "requested" and asked["role"] == REQUESTER
    assert _send(hub, store, a, "accept", asked["exchange"])["provider"] == a.identity_id
    with pytest.raises(HubError) as refused:
        _send(hub, store, b, "accept", asked["exchange"])
    assert refused.value.code == "exchange-not-party"
    # the state moves only from the state it was read in: a step that read an older state changes nothing
    with hub.store.transaction() as conn:
        assert not store.move(conn, asked["exchange"], "requested", "cancelled", "2026-12-05T09:01:00Z")
    assert store.exchange(asked["exchange"]).state == "accepted"
    # a request for one laboratory goes to it alone, when it offers the substance
    named = _send(hub, store, c, "request", kind="reference", substance="cocaine", to=b.identity_id)
    assert store.routes(named["exchange"]) == {b.identity_id: None}
    with pytest.raises(HubError) as refused:
        _send(hub, store, c, "request", kind="reference", substance="cocaine", to=c.identity_id)
    assert refused.value.code == "exchange-no-offer"
    # a laboratory signed in as itself cannot send another's message
    data = make_message(a, hub_id=hub.identity.identity_id, created_at="t", action="cancel",
                        exchange_id=asked["exchange"], content={})
    with pytest.raises(HubError) as refused:
        hub_exchange.receive(hub, store, c.identity_id, data)
    assert refused.value.code == "wrong-uploader"


def test_the_hub_keeps_the_exchange_in_a_room_of_its_own(hub):  # noqa: F811
    ExchangeStore(hub.store)
    rows = hub.store.query("SELECT room, version FROM room_versions ORDER BY room")
    assert dict((r[0], r[1]) for r in rows)["exchange"] == ROOM.latest == 2   # step 2: an offer names its record
    ExchangeStore(hub.store)   # opened again: nothing to do


def test_the_laboratory_keeps_the_exchange_in_a_room_of_its_own(tmp_path):
    with Catalogue.open(tmp_path) as cat:
        exchange_store.ensure(cat.conn, cat.path)
        exchange_store.ensure(cat.conn, cat.path)
        assert common_sqlite.room_versions(cat.conn)["exchange"] == exchange_store.ROOM.latest
        assert database.up_to_date(cat.conn)
    with Catalogue.open(tmp_path) as cat:   # the catalogue opens the file with the exchange's tables in it
        assert exchange_store.exchanges(cat.conn) == []


# -- the laboratory's own checks, before anything leaves ----------------------------------------------------------
def _standard(cat, code, **more):
    return cat.add("reference_sample", {"inventory_code": code, "substance": "cocaine", "received_on": "2026-01-10",
                                        "quantity": 10, "remaining_quantity": 10, "unit": "mg", "status": "in_use",
                                        "shareable": True, **more})


@pytest.mark.parametrize("more, amount, said", [
    ({"shareable": False}, None, "does not leave the laboratory under its sharing policy"),
    ({"status": "consumed", "remaining_quantity": 0}, None, "not on the shelf"),
    ({"expiry_on": "2026-02-01"}, None, "expired on 2026-02-01"),
    ({}, "11", "Only 10 mg of RS-1 remain"),
])
def test_a_standard_that_cannot_leave_is_not_offered(tmp_path, more, amount, said):
    from labnet.catalogue.errors import CatalogueError
    from labnet.sync import exchange

    with Catalogue.open(tmp_path) as cat:
        _standard(cat, "RS-1", **more)
        with pytest.raises(CatalogueError) as refused:   # before any session with a hub is opened
            exchange.offer_standard(cat, tmp_path, LAB, "RS-1", amount=amount, unit="mg")
    assert said in str(refused.value)


def test_a_certificate_that_is_not_the_one_the_record_names_is_refused(tmp_path):
    import base64
    import hashlib

    from labnet.catalogue.errors import CatalogueError
    from labnet.sync import exchange_apply

    data = b"%PDF-1.4 the real certificate"
    sent = {"record": {"substance": "cocaine"}, "amount": 1.0, "unit": "mg",
            "certificate": {"name": "c.pdf", "sha256": hashlib.sha256(data).hexdigest(),
                            "data": base64.b64encode(data.replace(b"real", b"fake")).decode()}}
    ex = {"exchange": "ex-0123456789abcdef", "substance": "cocaine", "provider": "lab-x", "provider_name": "X"}
    with Catalogue.open(tmp_path) as cat:
        exchange_store.ensure(cat.conn, cat.path)
        with pytest.raises(CatalogueError) as refused, cat.transaction():
            exchange_apply.received(cat, ex, sent, "RS-9", {"by": "me", "at": "now"})
        assert "not the one the sender's record names" in str(refused.value)
        assert cat.find("reference_sample", {"inventory_code": "RS-9"}) is None   # nothing of it was kept
