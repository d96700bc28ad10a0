"""The laboratory's Network view across networks (issue 20), driving the real widgets against two real hub
processes: a sync brings the cross-network hit's bulletin and lists the hit; the querying laboratory asks for
details; the owning laboratory, in its own window, sees the follow-ups to answer, approves one choosing what to
release and declines the other; the asking laboratory then sees what was released and the refusal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

import windows
from hub_server import LAB_PASSPHRASE, HubProcess
from labnet.catalogue.store import Catalogue
from labnet.desktop import network_federation
from labnet.hub.linking import NetworkLinker
from test_federation import METHOD, Opened, peer_by_file, policies
from test_federation import cli as hub_cli
from test_federation_followup import catalogue_actions, lab
from test_hub_linking import BATCH, OTHER, near

pytestmark = pytest.mark.slow


def window_on(qtbot, folder, tmp_path, name: str):
    window = windows.open_window(qtbot, folder / "catalogue.db", tmp_path / name, synchronous=True)
    window.show_section("network")
    return window


def rows(panel) -> list[list[str]]:
    """Each row as said (when, what, record, state), checked against the table: when, record, what and state."""
    shown = [[panel.table.item(r, c).text() for c in range(panel.table.columnCount())]
             for r in range(panel.table.rowCount())]
    assert shown == [[when, record, what + (f"\n{state}" if state else "")]
                     for when, what, record, state in panel.texts]
    return panel.texts


def concerned(folder) -> set[str]:
    """The records the catalogue's federation entries name."""
    with Catalogue.open(folder, reader=True) as cat:
        return {r["record_id"] for r in cat.conn.execute(
            "SELECT record_id FROM audit_log WHERE action LIKE 'federation-%'")}


def test_hits_and_follow_ups_in_the_network_view_of_both_laboratories(qtbot, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    west, east = HubProcess(tmp_path / "west"), HubProcess(tmp_path / "east")
    try:
        for process in (west, east):
            with Opened(process) as hub:
                NetworkLinker(hub).publish_method(METHOD.to_json())
        accra, accra_ids = lab(tmp_path, west, "accra", "GH", BATCH, OTHER)
        nairobi, nairobi_ids = lab(tmp_path, east, "nairobi", "KE", near(BATCH, 1.1), near(OTHER, 0.9))
        peer_by_file(west, east, tmp_path)
        policies(west, east)
        assert "1 answered" in hub_cli(west, "peer", "search", "east").stdout
        capsys.readouterr()

        window = window_on(qtbot, accra, tmp_path, "accra-window")
        page, panel = window.network_page, window.network_page.federation
        assert panel.table.rowCount() == 0 and not panel.ask_button.isEnabled()
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        lines = [page.bulletins.item(i).text() for i in range(page.bulletins.count())]
        assert any(line.endswith("2 cross-network hit(s): this laboratory's profiles found in the network of "
                                 "West Africa hub") for line in lines), lines
        # the sync brought the hit's bulletin: the panel asked the hub for the hits at once
        listed = rows(panel)
        assert len(listed) == 2 and all(r[1].startswith("Found in the network of east: score ") for r in listed)
        assert sorted(r[2] for r in listed) == ["accra-1", "accra-2"]   # the laboratory's own sample numbers
        assert panel.said.text() == "2 cross-network hit(s); 0 follow-up(s) to answer."

        questions = iter([("Same batch? May we see the seizure's country?", True), ("", True)])
        monkeypatch.setattr(network_federation.QInputDialog, "getText", lambda *a, **k: next(questions))
        for sample in ("accra-1", "accra-2"):   # (the list is asked again after each: follow-ups first)
            panel.table.selectRow(next(i for i, r in enumerate(rows(panel)) if r[1].startswith("Found")
                                       and r[2] == sample))
            assert panel.ask_button.isEnabled() and not panel.approve_button.isEnabled()
            qtbot.mouseClick(panel.ask_button, Qt.MouseButton.LeftButton)
        assert page.outcome_label.text() == "Follow-up asked of east; the answer comes as a bulletin."
        assert sum(r[3] == "waiting" for r in rows(panel)) == 2
        assert catalogue_actions(accra).count("federation-ask") == 2 and concerned(accra) == set(accra_ids)

        other = window_on(qtbot, nairobi, tmp_path, "nairobi-window")
        theirs, their_panel = other.network_page, other.network_page.federation
        qtbot.mouseClick(theirs.sync_button, Qt.MouseButton.LeftButton)
        lines = [theirs.bulletins.item(i).text() for i in range(theirs.bulletins.count())]
        assert any("asks for the details of a hit on one of this laboratory's records" in line for line in lines)
        asked = {r[2]: i for i, r in enumerate(rows(their_panel)) if r[3] == "to answer"}
        assert set(asked) == {"nairobi-1", "nairobi-2"}
        assert their_panel.said.text() == "2 cross-network hit(s); 2 follow-up(s) to answer."
        assert rows(their_panel)[asked["nairobi-1"]][1] == ("Follow-up asked by west: Same batch? May we see the "
                                                             "seizure's country?")

        their_panel.table.selectRow(asked["nairobi-1"])
        assert their_panel.approve_button.isEnabled() and not their_panel.ask_button.isEnabled()
        qtbot.mouseClick(their_panel.approve_button, Qt.MouseButton.LeftButton)
        dialog = their_panel.dialog
        assert dialog is not None and dialog.isVisible() and "peaks" not in dialog.boxes
        dialog.boxes["seizure_country"].setChecked(True)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert theirs.outcome_label.text() == "Follow-up approved: the chosen fields go to the asking network."
        row = {r[2]: r for r in rows(their_panel) if r[1].startswith("Follow-up")}
        assert row["nairobi-1"][3] == "approved: Country: KE"

        monkeypatch.setattr(network_federation.QInputDialog, "getText",
                            lambda *a, **k: ("an open investigation", True))
        their_panel.table.selectRow(next(i for i, r in enumerate(rows(their_panel)) if r[2] == "nairobi-2"
                                         and r[3] == "to answer"))
        qtbot.mouseClick(their_panel.decline_button, Qt.MouseButton.LeftButton)
        assert theirs.outcome_label.text() == "Follow-up declined."
        assert not their_panel.approve_button.isEnabled()   # nothing left to answer in the selected row
        assert {"federation-approved", "federation-declined"} <= set(catalogue_actions(nairobi))
        assert concerned(nairobi) == set(nairobi_ids)   # each decision names the record it concerns

        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        lines = [page.bulletins.item(i).text() for i in range(page.bulletins.count())]
        assert any(line.endswith("approved your follow-up: Country: KE") for line in lines), lines
        assert any(line.endswith("declined your follow-up: an open investigation") for line in lines), lines
        states = sorted(r[3] for r in rows(panel) if r[1].startswith("Follow-up"))
        assert states == ["approved: Country: KE", "declined: an open investigation"]
    finally:
        west.stop()
        east.stop()
