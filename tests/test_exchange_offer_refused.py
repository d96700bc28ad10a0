"""Withdrawn means withdrawn, when an offer is made (issue 21): the hub refuses a new exchange offer of a standard
whose record it holds withdrawn (deleted, or its sharing narrowed so it no longer leaves) with
``exchange-offer-withdrawn``, and the laboratory is told so in its words; an offer naming a record the hub never
held (a laboratory offering before its first sync) is taken as before, and once a sync brings the record back
shared the offer is taken again.  A real hub process; laboratories made with ``labnet init`` and ``labnet enrol``;
on SQLite and PostgreSQL (tests/conftest.py)."""

from __future__ import annotations

import pytest

from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from labnet.catalogue.store import Catalogue
from labnet.sync import exchange
from test_exchange_network import add_standard, labs, run, session  # noqa: F401  (labs: a fixture)
from test_exchange_withdrawal import open_offers, sync

pytestmark = pytest.mark.slow   # a hub process and its laboratories


def test_an_offer_of_a_record_the_hub_holds_withdrawn_is_refused(hub, labs, capsys):  # noqa: F811
    a, b = labs["lab-a"], labs["lab-b"]
    add_standard(a, "RS-0", substance="morphine")
    deleted = add_standard(a, "RS-1")
    narrowed = add_standard(a, "RS-2", substance="heroin")

    # Before the first sync the hub holds none of them: the offer is taken, as it always was.
    status, said = run(a, capsys, "offer", "RS-0", "--amount", "5", "--unit", "mg")
    assert status == 0, said
    sync(a, capsys)
    # The laboratory deletes one standard and stops sharing another; its sync withdraws both records at the hub.
    with Catalogue.open(a) as cat:
        cat.delete("reference_sample", deleted["id"], reason="used up")
        cat.update("reference_sample", narrowed["id"], {"shareable": False})
    sync(a, capsys)
    before = open_offers(b, capsys)
    assert len(before) == 1

    # Shared again here but not yet synced: the hub still holds it withdrawn, and refuses the offer saying so.
    with Catalogue.open(a) as cat:
        cat.update("reference_sample", narrowed["id"], {"shareable": True})
    status, said = run(a, capsys, "offer", "RS-2", "--amount", "5", "--unit", "mg")
    assert status == 2 and "exchange-offer-withdrawn" in said and "RS-2" in said, said
    # A signed offer naming the deleted record, as any client could send it: refused too, nothing offered.
    mine = session(a)
    with pytest.raises(exchange.RefusedExchange) as refused:
        mine.send("offer", None, {"kind": "reference", "substance": "cocaine", "record_id": deleted["id"]})
    assert refused.value.code == "exchange-offer-withdrawn"
    assert open_offers(b, capsys) == before
    with Catalogue.open(a) as cat:
        assert len(exchange.my_offers(cat)) == 1   # nothing kept here of the refused offers

    # A record the hub never held is still taken (the laboratory may offer before it syncs).
    taken = mine.send("offer", None, {"kind": "reference", "substance": "cocaine", "record_id": "never-synced"})
    assert taken["offer"] in open_offers(b, capsys)

    # Once a sync brings the standard back shared, the offer is taken.
    sync(a, capsys)
    status, said = run(a, capsys, "offer", "RS-2", "--amount", "5", "--unit", "mg")
    assert status == 0, said
    assert len(open_offers(b, capsys)) == 3

