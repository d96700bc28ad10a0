"""Withdrawn means withdrawn (issue 21): an exchange offer of a reference standard goes with its record.  A
laboratory that withdraws the standard's record (deletes it, or narrows its sharing so that it no longer leaves)
withdraws, at its next sync, the offer it made of it: at the hub (an entry of the hub's audit trail, once), in the
other laboratories' view of the network's offers (a request finds no offer), and in its own view at its next look
at its exchanges (an entry of its audit trail, once).  A real hub process; laboratories made with ``labnet init``
and ``labnet enrol``, synced with ``labnet sync``; on SQLite and PostgreSQL (tests/conftest.py)."""

from __future__ import annotations

import json

import pytest

from hub_server import PASSPHRASE
from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from labnet import cli
from labnet.catalogue.store import Catalogue
from labnet.hub.service import Hub
from labnet.sync import exchange
from test_exchange_network import add_standard, labs, run, session  # noqa: F401  (labs: a fixture)

pytestmark = pytest.mark.slow   # a hub process and three laboratories


def sync(folder, capsys) -> None:
    assert cli.main(["--data-dir", str(folder), "sync"]) == 0
    capsys.readouterr()


def open_offers(folder, capsys) -> set[str]:
    """The network's open offers as another laboratory reads them (``labnet exchange offers``)."""
    status, said = run(folder, capsys, "offers", "--json")
    assert status == 0, said
    return {o["offer"] for o in json.loads(said)}


def hub_withdrawals(hub) -> list[dict]:  # noqa: F811
    opened = Hub.open(hub.folder, PASSPHRASE)
    try:
        return [e for e in opened.store.admins.entries(None, 10_000) if e["action"] == "exchange.offer-withdrawn"]
    finally:
        opened.close()


def lab_withdrawals(folder) -> list[dict]:
    with Catalogue.open(folder) as cat:
        return [e for e in cat.audit_entries() if e["action"] == "exchange-withdraw"]


def test_an_offer_is_withdrawn_with_its_record(hub, labs, capsys):  # noqa: F811
    a, b, c = labs["lab-a"], labs["lab-b"], labs["lab-c"]
    deleted = add_standard(a, "RS-1")
    narrowed = add_standard(a, "RS-2", substance="heroin")
    add_standard(a, "RS-3", substance="morphine")   # kept: its offer stands
    sync(a, capsys)   # the standards are at the hub
    mine = session(a)
    with Catalogue.open(a) as cat:
        offers = {code: exchange.offer_standard(cat, a, mine.identity, code, amount="5", unit="mg",
                                                session=mine)["offer"] for code in ("RS-1", "RS-2", "RS-3")}
        profiling = exchange.offer_profiling(cat, a, mine.identity, "cocaine", session=mine)["offer"]
    assert open_offers(b, capsys) == {*offers.values(), profiling}

    # The laboratory deletes one standard and stops sharing another; its next sync withdraws both records.
    with Catalogue.open(a) as cat:
        cat.delete("reference_sample", deleted["id"], reason="used up")
        cat.update("reference_sample", narrowed["id"], {"shareable": False})
    sync(a, capsys)

    # At the hub: both offers withdrawn, each once in its audit trail, naming the record; the others stand.
    withdrawn = hub_withdrawals(hub)
    assert sorted(e["target"] for e in withdrawn) == sorted([offers["RS-1"], offers["RS-2"]]), withdrawn
    assert {json.loads(e["detail"])["record"] for e in withdrawn} == {deleted["id"], narrowed["id"]}
    # In another laboratory's view: gone, and a request for them finds nobody offering them.
    assert open_offers(b, capsys) == {offers["RS-3"], profiling}
    status, said = run(c, capsys, "request", "cocaine", "--amount", "1", "--unit", "mg")
    assert status == 2 and "exchange-no-offer" in said
    status, said = run(c, capsys, "request", "morphine", "--amount", "1", "--unit", "mg")
    assert status == 0, said   # the standard still shared is still offered

    # In the offering laboratory's own view, at its next look at its exchanges: withdrawn, each once in its
    # audit trail (by the hub), the others open.
    assert not lab_withdrawals(a)
    assert run(a, capsys, "requests")[0] == 0
    with Catalogue.open(a) as cat:
        state = {o["offer_id"]: o["withdrawn_at"] for o in exchange.my_offers(cat)}
    assert state[offers["RS-1"]] and state[offers["RS-2"]] and not state[offers["RS-3"]] and not state[profiling]
    told = lab_withdrawals(a)
    assert sorted((e["record_id"], e["detail"]["by"]) for e in told) == sorted([(deleted["id"], "hub"),
                                                                               (narrowed["id"], "hub")]), told

    # Exactly once: another sync and another look change nothing, at the hub or here.
    sync(a, capsys)
    assert run(a, capsys, "requests")[0] == 0
    assert len(hub_withdrawals(hub)) == 2 and len(lab_withdrawals(a)) == 2
