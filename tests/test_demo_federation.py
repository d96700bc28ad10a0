"""``labnet --demo`` runs two federated demo hubs (issue 20): the West African demo hub and an East African one,
peered, each with a policy for the other; their first searches find cross-network hits, and after the demo
laboratory's first "Sync now" its own profiles are searched in the other network and its Network view lists its
cross-network hits.  A later start serves both on new ports, and the peers follow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from labnet.catalogue.demo import create_demo_catalogue
from labnet.demo_federation import EAST_LABS, EAST_NAME, WEST_NAME
from labnet.demo_network import DEMO_KEYS_PASSPHRASE, start_demo_network
from labnet.desktop import catalogue_queries
from labnet.desktop.main_window import MainWindow
from labnet.desktop.tasks import Tasks
from labnet.hub.federation import store
from labnet.protocol.keyfile import load_identity
from labnet.sync.hub_admin import HubAdmin

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    create_demo_catalogue(folder, profiles=300)
    network = start_demo_network(folder)
    yield folder, network
    network.stop()


def test_two_demo_hubs_peered_with_hits_both_ways(demo):
    _, network = demo
    west, east = HubAdmin(network.url, network.admin_token), HubAdmin(network.east.url, network.east.admin_token)
    assert network.east.hub.identity.public.name == "Demo East Africa hub"
    [to_east], [to_west] = west.peers(), east.peers()
    assert (to_east["name"], to_east["state"], to_east["common_methods"]) == (EAST_NAME, "active",
                                                                              ["cocaine-network v1"])
    assert (to_west["name"], to_west["state"], to_west["common_methods"]) == (WEST_NAME, "active",
                                                                              ["cocaine-network v1"])
    assert to_east["last_contact"] and to_west["last_contact"] and to_east["waiting"] == to_west["waiting"] == 0
    assert west.peer_policy(EAST_NAME)["methods"] == ["cocaine-network v1"]
    # Nairobi profiled the same batches as Lomé: hits on both sides, the country and month released
    assert {lab["name"] for lab in east.labs()} == {name for name, *_ in EAST_LABS}
    west_hits, east_hits = west.federation_hits(), east.federation_hits()
    assert {h["side"] for h in west_hits} == {h["side"] for h in east_hits} == {"asked", "answered"}
    assert all(set(h["fields"]) <= {"seizure_country", "seizure_date"} for h in west_hits + east_hits)
    assert any(h["fields"].get("seizure_country") == "KE" for h in west_hits if h["side"] == "asked")


def test_after_its_first_sync_the_demo_lab_sees_its_cross_network_hits(qtbot, demo, tmp_path, monkeypatch):
    folder, network = demo
    monkeypatch.setenv("LABNET_PASSPHRASE", DEMO_KEYS_PASSPHRASE)
    lab_id = load_identity(folder, DEMO_KEYS_PASSPHRASE).identity_id
    west = HubAdmin(network.url, network.admin_token)
    assert not [h for h in west.federation_hits() if h["lab_id"] == lab_id]   # nothing of it sent yet
    path = folder / "catalogue.db"
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, "admin"), synchronous=True)
    window = MainWindow(path, user="admin", tasks=tasks,
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    page = window.show_section("network")
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=120_000)
    # the demo's searcher sees the West's network changed: the hubs search each other, the lab's profiles too
    qtbot.waitUntil(lambda: {h["side"] for h in west.federation_hits() if h["lab_id"] == lab_id} == {"asked",
                                                                                                    "answered"},
                    timeout=120_000)
    mine = {h["record_id"] for h in west.federation_hits() if h["lab_id"] == lab_id and h["side"] == "asked"}
    panel = page.federation
    qtbot.mouseClick(panel.look_button, Qt.MouseButton.LeftButton)
    listed = panel.texts   # when, what, record, state (the table shows them: test_federation_views_lab)
    assert panel.table.rowCount() == len(listed) > 0
    found = [r for r in listed if r[1].startswith("Found in the network of east-africa: score ")]
    assert len(found) >= len(mine) and all(r[3].startswith("Country: KE") for r in found)
    # both hubs searched again: the East's queries found the demo laboratory's profiles too
    assert any(r[1].startswith("Found by a search of east-africa: score ") for r in listed)
    assert all(r[1].startswith("Found") for r in listed)   # no follow-up asked yet
    page.last_report = None
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)   # the hit's bulletin comes with the next sync
    lines = [page.bulletins.item(i).text() for i in range(page.bulletins.count())]
    assert any("this laboratory's profiles found in the network of Demo East Africa hub" in line for line in lines)


def test_a_later_start_serves_both_hubs_on_new_ports_and_the_peers_follow(tmp_path, monkeypatch):
    from labnet.demo_federation import Searcher

    create_demo_catalogue(tmp_path, profiles=120)
    first = start_demo_network(tmp_path)
    before = (first.url, first.east.url)
    first.stop()
    again = start_demo_network(tmp_path)
    try:
        assert (again.url, again.east.url) != before
        assert store(again.hub).peer(EAST_NAME)["url"] == again.east.url
        assert store(again.east.hub).peer(WEST_NAME)["url"] == again.url
        searcher = Searcher([(again.hub, EAST_NAME)])
        searcher.search(again.hub, EAST_NAME)   # delivered at the new address, answered
        assert store(again.hub).waiting() == []
    finally:
        again.stop()
