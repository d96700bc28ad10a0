"""``labnet --demo``'s network: a hub on loopback with three other laboratories enrolled and synced; the demo
catalogue's laboratory syncs into it at once and hears of links with another laboratory's seizures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from labnet.catalogue.demo import create_demo_catalogue
from labnet.demo_network import DEMO_ADMIN, DEMO_ADMIN_PASSWORD, DEMO_KEYS_PASSPHRASE, OTHER_LABS, start_demo_network
from labnet.desktop import catalogue_queries
from labnet.desktop.main_window import MainWindow
from labnet.desktop.tasks import Tasks
from labnet.sync.hub_admin import HubAdmin

# The demo network (a hub and four laboratories) takes ~15 s to start under --durations.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    create_demo_catalogue(folder, profiles=300)
    network = start_demo_network(folder)
    yield folder, network
    network.stop()


def test_the_demo_hub_holds_three_other_labs_synced_and_the_networks_method(demo):
    _, network = demo
    admin = HubAdmin(network.url, network.admin_token)
    labs = admin.labs()
    assert {lab["name"] for lab in labs} == {name for name, *_ in OTHER_LABS} | {"Demo forensic laboratory, Accra"}
    stats = admin.stats()
    assert {r["lab"] for r in stats["records"]} == {name for name, *_ in OTHER_LABS}
    [method] = admin.methods()
    assert method["name"] == "cocaine-network" and method["drug_type"] == "cocaine" and method["in_use"]


def test_sync_now_in_the_demo_shares_and_brings_links_and_the_console_opens_connected(qtbot, demo, tmp_path,
                                                                                     monkeypatch):
    folder, network = demo
    monkeypatch.setenv("LABNET_PASSPHRASE", DEMO_KEYS_PASSPHRASE)
    path = folder / "catalogue.db"
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, "admin"), synchronous=True)
    window = MainWindow(path, user="admin", tasks=tasks,
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window.hub_defaults = (network.url, DEMO_ADMIN, DEMO_ADMIN_PASSWORD)
    qtbot.addWidget(window)
    page = window.show_section("network")
    assert page.state_label.text() == "Enrolled with Demo West Africa hub"
    admin = HubAdmin(network.url, network.admin_token)
    with qtbot.waitSignal(page.links_found, timeout=60_000, raising=False) as heard:
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.last_report is not None, timeout=60_000)   # the first sync has ended
        if not heard.signal_triggered:
            # The hub links just after its receipt, a job's links and bulletins in one transaction: once it
            # has no link job left, a second sync brings the bulletin.
            qtbot.waitUntil(lambda: admin.links(limit=1)["pending_jobs"] == 0, timeout=60_000)
            qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert heard.signal_triggered, page.outcome_label.text()
    texts = [page.bulletins.item(i).text() for i in range(page.bulletins.count())]
    assert any("with seizures of Laboratoire national de Lomé (TG)" in t and "this laboratory's FDL-" in t
               for t in texts), texts
    console = window.open_hub_console()
    qtbot.addWidget(console)
    # The sign-in dialog offers the demo's administrator: one press signs in.
    assert console.sign_in_dialog.name.text() == DEMO_ADMIN
    qtbot.mouseClick(console.sign_in_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert console.labs.rowCount() == 4 and console.links.rowCount() > 0


def test_the_demo_network_comes_back_on_a_new_port_and_the_labs_follow(tmp_path, monkeypatch):
    from labnet.sync.state import load_state

    create_demo_catalogue(tmp_path, profiles=60)
    first = start_demo_network(tmp_path)
    first.stop()
    again = start_demo_network(tmp_path)
    try:
        assert load_state(tmp_path)["hub_url"] == again.url
        assert all(load_state(lab)["hub_url"] == again.url for lab in (tmp_path / "demo-network" / "labs").iterdir())
        assert len(HubAdmin(again.url, again.admin_token).labs()) == 4
    finally:
        again.stop()
