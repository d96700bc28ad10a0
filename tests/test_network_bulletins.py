"""The Network view's bulletins are actionable (issue 22): marked read (kept in the catalogue: through a sync and a
restart), a link notice opens both seizures side by side in the Linkage view, a method notice the method."""

from __future__ import annotations

import pytest
import requests
from PySide6.QtCore import QSettings, Qt

import windows
from factories import profile
from hub_server import LAB_PASSPHRASE
from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from labnet import cli
from labnet.catalogue.store import Catalogue
from labnet.desktop.network_bulletins import SEQ
from labnet.sync.inbox import read_bulletins
from labnet.sync.state import load_state, save_state


@pytest.fixture
def lab(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "lab"
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    assert cli.main(["--data-dir", str(folder), "init", "--lab", "Accra lab", "--country", "GH"]) == 0
    with Catalogue.open(folder, user="ana") as cat:
        cat.add("profiling_result", profile(lab_sample_number="GH-0", shareable=True))
    capsys.readouterr()
    return folder


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
