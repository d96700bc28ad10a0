"""The Network view's bulletins are actionable (issue 22): marked read (kept in the catalogue: through a sync and a
restart), a link notice opens both seizures side by side in the Linkage view, a method notice the method."""

from __future__ import annotations

import pytest
import requests
from PySide6.QtCore import QSettings, Qt

import windows
from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from hub_server import network_lab
from labnet import cli
from labnet.desktop.network_bulletins import SEQ
from labnet.sync.inbox import read_bulletins
from labnet.sync.state import load_state, save_state


@pytest.fixture
def lab(tmp_path, monkeypatch, capsys):
    return network_lab(tmp_path, monkeypatch, capsys, profiles=1)


def _bold(page) -> list[bool]:
    return [page.bulletins.item(i).font().bold() for i in range(page.bulletins.count())]


def test_a_notice_marked_read_stays_read_through_a_sync_and_a_restart(qtbot, hub, lab, tmp_path):  # noqa: F811
    assert cli.main(["--data-dir", str(lab), "enrol", hub.enrolment_code("Accra lab")]) == 0
    for text in ("Round 4 opens Monday", "The hub restarts at noon"):
        requests.post(f"{hub.url}/v1/admin/notices", json={"text": text}, headers=hub.admin,
                      timeout=10).raise_for_status()
    window = windows.open_window(qtbot, lab / "catalogue.db", tmp_path)
    page = window.show_section("network")
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert page.bulletins.count() == 2 and _bold(page) == [True, True]   # newest first, both unread
    page.bulletins.item(0).setSelected(True)
    assert page.mark_read_button.isEnabled() and not page.mark_unread_button.isEnabled()
    qtbot.mouseClick(page.mark_read_button, Qt.MouseButton.LeftButton)
    assert _bold(page) == [False, True]
    newest = page.bulletins.item(0).data(SEQ)
    assert read_bulletins(lab) == {newest}

    state = load_state(lab)   # a sync that read the state before the notice was marked read, saving after
    state.pop("bulletins_read", None)
    save_state(lab, state)
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert _bold(page) == [False, True]
    window.close()

    again = windows.open_window(qtbot, lab / "catalogue.db", tmp_path / "again")
    page = again.show_section("network")
    assert _bold(page) == [False, True]
    page.bulletins.item(0).setSelected(True)
    assert page.mark_unread_button.isEnabled()
    qtbot.mouseClick(page.mark_unread_button, Qt.MouseButton.LeftButton)
    assert _bold(page) == [True, True] and read_bulletins(lab) == set()


@pytest.mark.slow   # the demo network (a hub and four laboratories) takes ~15 s to start
def test_a_link_notice_opens_both_seizures_in_the_linkage_view_and_a_method_notice_the_method(qtbot, tmp_path,
                                                                                             monkeypatch):
    from labnet.catalogue.demo import create_demo_catalogue
    from labnet.demo_network import DEMO_KEYS_PASSPHRASE, start_demo_network
    from labnet.desktop import catalogue_queries
    from labnet.desktop.main_window import MainWindow
    from labnet.desktop.tasks import Tasks
    from labnet.sync.hub_admin import HubAdmin

    folder = tmp_path / "demo"
    create_demo_catalogue(folder, profiles=300)
    network = start_demo_network(folder)
    try:
        monkeypatch.setenv("LABNET_PASSPHRASE", DEMO_KEYS_PASSPHRASE)
        path = folder / "catalogue.db"
        tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, "admin"), synchronous=True)
        window = MainWindow(path, user="admin", tasks=tasks,
                            settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        page = window.show_section("network")
        admin = HubAdmin(network.url, network.admin_token)
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: admin.links(limit=1)["pending_jobs"] == 0, timeout=60_000)
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)   # brings the link job's bulletins
        items = {page.shown_bulletins[page.bulletins.item(i).data(SEQ)].kind: page.bulletins.item(i)
                 for i in range(page.bulletins.count()) if page.bulletins.item(i).data(SEQ) is not None}
        assert {"link", "method"} <= set(items), [page.bulletins.item(i).text() for i in range(page.bulletins.count())]

        link_item, method_seq = items["link"], items["method"].data(SEQ)   # the items go when the list is redone
        notice = page.shown_bulletins[link_item.data(SEQ)]
        page.bulletins.itemActivated.emit(link_item)   # what a double-click does
        if len(notice.content["links"]) > 1:           # several links: a menu chooses one
            page.link_menu.actions()[0].trigger()
        first = notice.content["links"][0]
        linkage = window.linkage_page
        assert window.current_key() == "linkage" and linkage.tabs.currentWidget() is linkage.similar_tab
        pair = linkage.similar_tab.pair
        assert not pair.isHidden()
        assert pair.horizontalHeaderItem(1).text() == f"{first['other_lab']} ({first['other_lab_country']})"
        cells = {pair.verticalHeaderItem(r).text(): (pair.item(r, 0).text(), pair.item(r, 1).text())
                 for r in range(pair.rowCount())}
        assert cells["Lab sample number"] == (page.status.samples[first["record_id"]],
                                              first.get("other_lab_sample_number", ""))
        assert cells["Score"][1] == f"{first['score']:.4g}"
        assert cells["Method"][1].startswith(f"{notice.content['method']['name']} v")
        assert linkage.similar_tab.record_id == first["record_id"]   # this laboratory's profile compared
        assert linkage.similar_tab.search.text() == page.status.samples[first["record_id"]]
        assert linkage.similar_tab.method.currentData() == notice.content["method"]["name"] + " (network)"
        assert notice.seq in read_bulletins(folder)                  # opened: read

        window.show_section("network")
        method_notice = page.shown_bulletins[method_seq]
        page.bulletins.itemActivated.emit(page.bulletins.item(
            next(i for i in range(page.bulletins.count()) if page.bulletins.item(i).data(SEQ) == method_notice.seq)))
        assert window.current_key() == "linkage"
        assert linkage.similar_tab.method.currentData() == method_notice.content["name"] + " (network)"
    finally:
        network.stop()
