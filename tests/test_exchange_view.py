"""The Exchange view (issue 21) driven in two laboratories' windows against a real hub process: offer, request,
accept, dispatch and receive with its buttons, the work on the network worker (never the window's thread), the
step buttons enabled only for the steps allowed, the hub's refusal shown with its code."""

from __future__ import annotations

import threading

import pytest

import windows
from hub_server import LAB_PASSPHRASE
from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from labnet import cli
from labnet.catalogue.store import Catalogue

pytestmark = pytest.mark.slow  # a hub process and two windows with worker threads


def lab(tmp_path, hub, name, capsys):  # noqa: F811
    folder = tmp_path / name
    assert cli.main(["--data-dir", str(folder), "init", "--lab", name, "--country", "GH"]) == 0
    assert cli.main(["--data-dir", str(folder), "enrol", hub.enrolment_code(name)]) == 0
    capsys.readouterr()
    return folder


@pytest.fixture
def opened():
    """The windows a test opens; their Network views' timers stopped after it (a sync the changes made here
    scheduled would fire in a later test, on a window whose workers have shut down)."""
    windows_opened = []
    yield windows_opened
    for window in windows_opened:
        window.network_page.change_timer.stop()
        window.network_page.auto_timer.stop()


def view_of(qtbot, folder, tmp_path, opened):
    window = windows.open_window(qtbot, folder / "catalogue.db", tmp_path / folder.name, synchronous=False)
    opened.append(window)
    qtbot.waitUntil(lambda: window.session.ready, timeout=20_000)
    view = window.show_section("exchange")
    assert view is window.exchange_view
    qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
    return window, view


def answer(view, values):
    """The form a button opens, answered with ``values`` (the keys it asks for must all be among them)."""
    def ask(title, fields):
        assert {key for key, _, _ in fields} <= set(values), (title, fields)
        return {key: values[key] for key, _, _ in fields}
    view.ask = ask


def press(qtbot, view, button):
    assert button.isEnabled()
    button.click()
    qtbot.waitUntil(lambda: not view.busy, timeout=60_000)


def test_two_laboratories_exchange_a_standard_through_their_windows(qtbot, hub, tmp_path, monkeypatch,  # noqa: F811
                                                                    capsys, opened):
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)   # the keys unlocked as the Network view does
    a, c = lab(tmp_path, hub, "lab-a", capsys), lab(tmp_path, hub, "lab-c", capsys)
    with Catalogue.open(a) as cat:
        cat.add("reference_sample", {"inventory_code": "RS-1", "substance": "cocaine", "salt_form": "hydrochloride",
                                     "lot": "LOT-9", "received_on": "2026-01-10", "quantity": 50,
                                     "remaining_quantity": 50, "unit": "mg", "status": "in_use", "shareable": True})
    window_a, view_a = view_of(qtbot, a, tmp_path, opened)
    window_c, view_c = view_of(qtbot, c, tmp_path, opened)
    threads = set()
    original = view_a.tasks.run

    def run(fn, *args, **kwargs):   # note the thread each piece of the view's work runs on
        return original(lambda cat: (threads.add(threading.get_ident()), fn(cat))[1], *args, **kwargs)
    view_a.tasks.run = run

    answer(view_a, {"code": "RS-1", "amount": "10", "unit": "mg"})
    press(qtbot, view_a, view_a.offer_button)
    assert view_a.offers_table.rowCount() == 1 and view_a.offers_table.item(0, 2).text() == "cocaine"
    assert "lot" not in view_a.offers_table.item(0, 4).text().split(", ")
    assert threads and threading.get_ident() not in threads

    answer(view_c, {"substance": "morphine", "amount": "", "unit": "mg", "purpose": "", "needed_by": ""})
    press(qtbot, view_c, view_c.request_button)
    assert "exchange-no-offer" in view_c.outcome.text()
    answer(view_c, {"substance": "cocaine", "amount": "5", "unit": "mg", "purpose": "validation",
                    "needed_by": "2027-01-15"})
    press(qtbot, view_c, view_c.request_button)
    assert view_c.requests.rowCount() == 1
    exchange_id = view_c.requests.item(0, 8).text()
    assert view_c.requests.item(0, 3).text() == "Requested"
    view_c.select(exchange_id)
    assert [a for a, b in view_c.step_buttons.items() if b.isEnabled()] == ["cancel"]   # the requester's only step

    press(qtbot, view_a, view_a.refresh_button)
    view_a.select(exchange_id)
    assert view_a.requests.item(0, 4).text() == "Offered to you"
    assert sorted(a for a, b in view_a.step_buttons.items() if b.isEnabled()) == ["accept", "decline"]
    press(qtbot, view_a, view_a.step_buttons["accept"])
    assert view_a.outcome.text() == f"Exchange {exchange_id}: Accepted."
    view_a.select(exchange_id)
    answer(view_a, {"sample": "RS-1", "by": "Kofi", "condition": "sealed", "courier": "DHL-5"})
    press(qtbot, view_a, view_a.step_buttons["dispatch"])
    assert view_a.requests.item(0, 3).text() == "Dispatched"

    press(qtbot, view_c, view_c.refresh_button)
    view_c.select(exchange_id)
    assert sorted(a for a, b in view_c.step_buttons.items() if b.isEnabled()) == ["lost", "receive", "refuse"]
    answer(view_c, {"code": "RS-NET-1", "by": "Ama", "condition": "intact", "courier": ""})
    press(qtbot, view_c, view_c.step_buttons["receive"])
    assert view_c.requests.item(0, 3).text() == "Received"
    shipments = [[view_c.shipments.item(r, k).text() for k in (1, 2, 4, 5)] for r in range(view_c.shipments.rowCount())]
    assert shipments == [["Dispatched", "Kofi", "sealed", "DHL-5"], ["Received", "Ama", "intact", "—"]]
    view_c.select(exchange_id)
    assert not any(b.isEnabled() for b in view_c.step_buttons.values())   # it has ended
    with Catalogue.open(c) as cat:
        got = cat.find("reference_sample", {"inventory_code": "RS-NET-1"})
    assert (got["substance"], got["quantity"], got["status"], got["lot"]) == ("cocaine", 5.0, "quarantined", None)

    # an offer is withdrawn by the laboratory that made it, from its Offers tab
    view_c.offers_table.selectRow(0)
    assert not view_c.withdraw_button.isEnabled()       # lab-c's window: not its offer
    view_a.offers_table.selectRow(0)
    press(qtbot, view_a, view_a.withdraw_button)
    assert view_a.offers_table.rowCount() == 0 and view_a.outcome.text() == "The offer is withdrawn."
    answer(view_a, {"drug_type": "heroin"})
    press(qtbot, view_a, view_a.profiling_button)
    assert [view_a.offers_table.item(0, k).text() for k in (1, 2)] == ["Profiling", "heroin"]


def test_the_network_view_says_what_an_exchange_bulletin_holds(qtbot, tmp_path, monkeypatch, capsys):
    from labnet.protocol.bulletin import Bulletin

    folder = tmp_path / "lab"
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    assert cli.main(["--data-dir", str(folder), "init", "--lab", "Accra lab", "--country", "GH"]) == 0
    capsys.readouterr()
    window = windows.open_window(qtbot, folder / "catalogue.db", tmp_path)
    said = window.network_page.describe(Bulletin(3, "hub", "lab", "exchange", "2026-12-05T09:00:00Z", {
        "exchange": "ex-1", "kind": "reference", "action": "dispatch", "by": "lab-id", "by_name": "Lomé lab",
        "state": "dispatched", "substance": "cocaine"}, b""))
    assert said == "Exchange of cocaine (Dispatched by Lomé lab): Dispatched"
