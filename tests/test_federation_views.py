"""The hub console's Federation tab (issue 20) against two real hub processes: the peers with state and last
contact, a peer's policy edited with its preview (what a search sends, what a hit releases) and saved, the
cross-network hits and follow-ups; a reviewer sees them and saves nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hub_server import ADMIN_PASSWORD
from labnet.hub import cli as hub_cli_main
from labnet.hub.federation_policy import load
from test_federation import METHOD, Opened, audit_actions, cli, network, peer_by_file, policies  # noqa: F401
from test_hub_console import new_console, sign_in

pytestmark = pytest.mark.slow
LABEL = f"{METHOD.name} v{METHOD.version}"


def searched(west, east, tmp_path, east_fields: str = "") -> None:
    peer_by_file(west, east, tmp_path)
    policies(west, east, east_fields)
    assert "1 answered" in cli(west, "peer", "search", "east").stdout


def test_the_console_shows_peers_hits_and_edits_a_policy_with_its_preview(qtbot, tmp_path, network):
    west, east, labs = network
    searched(west, east, tmp_path, '[fields]\nseizure_country = "keep"\n')
    console = new_console(qtbot, tmp_path, east.url)
    sign_in(qtbot, console, "admin", ADMIN_PASSWORD)
    page = console.federation
    assert [page.table.item(0, c).text() for c in (0, 2, 4, 5)] == ["west", "active", LABEL, "0"]
    assert page.table.item(0, 3).text() not in ("", "never")   # the search was the last contact
    # east answered: the hit on Nairobi's record, Kampala's (which stays home) not there
    hits = [[page.hits.item(r, c).text() for c in range(page.hits.columnCount())] for r in range(page.hits.rowCount())]
    assert len(hits) == 1 and hits[0][1] == "their query" and hits[0][2] == "west"
    assert hits[0][3] == "Lab Nairobi" and hits[0][4] == labs["nairobi_ids"][0]
    assert hits[0][8] == "Country: KE"

    page.table.selectRow(0)
    assert page.policy["peer"] == "west" and page.policy["methods"] == [LABEL]
    assert page.method_boxes[LABEL].isChecked()
    assert page.field_boxes["seizure_country"].currentData() == "keep"
    assert page.field_boxes["lab_sample_number"].currentData() == "drop"
    # the preview: the one profile of the one laboratory that allows it; a hit releases the country
    assert page.last_preview["methods"] == [{"method": LABEL, "searched": True, "profiles": 2, "labs": 1}]
    assert page.last_preview["example"] == {"seizure_country": "KE"}
    assert "2 profile(s) of 1 laboratory(ies)" in page.preview.text()
    assert not page.save_button.isEnabled()

    combo = page.field_boxes["lab_sample_number"]
    combo.setCurrentIndex(combo.findData("pseudonymise"))
    page.ask_preview()   # (the timer's job, asked at once)
    assert page.last_preview["example"]["lab_sample_number"].startswith("ps:")
    page.method_boxes[LABEL].setChecked(False)
    page.ask_preview()
    assert page.last_preview["methods"][0]["searched"] is False and "not searched" in page.preview.text()
    page.method_boxes[LABEL].setChecked(True)
    assert page.save_button.isEnabled()
    page.save()
    assert console.state.text() == "The policy for west is saved."
    saved = load(east.folder, "west")
    assert saved.methods == (LABEL,) and saved.fields == {"seizure_country": "keep",
                                                          "lab_sample_number": "pseudonymise"}
    with Opened(east) as hub:
        assert "peer.policy" in audit_actions(hub)


def test_follow_ups_listed_and_a_reviewer_saves_nothing(qtbot, tmp_path, network, monkeypatch):
    west, east, labs = network
    searched(west, east, tmp_path)
    with Opened(west) as hub:
        from labnet.hub import federation_followup
        from labnet.hub.store_federation import of

        hit = of(hub.store).hits("asked")[0]
        federation_followup.ask(hub, hit["lab_id"], hit["hit_ref"], hit["query_ref"], "Same batch?")
    cli(west, "peer", "deliver")
    monkeypatch.setenv("LABNET_HUB_PASSWORD", "a reviewer's own long passphrase")
    assert hub_cli_main.main(["admin", "add", "rita", "--role", "reviewer", "--data-dir", str(east.folder)]) == 0
    console = new_console(qtbot, tmp_path, east.url)
    sign_in(qtbot, console, "rita", "a reviewer's own long passphrase")
    page = console.federation
    rows = [[page.followups.item(0, c).text() for c in range(page.followups.columnCount())]]
    assert rows[0][1:] == ["their query", "west", "Lab Nairobi", labs["nairobi_ids"][0], "Same batch?",
                           "waiting for the owner"]
    page.table.selectRow(0)
    assert page.policy["peer"] == "west"
    # Right to left (Arabic) the peer is chosen and kept across a refresh too: QTableView.selectRow selected
    # nothing there, so labnet screenshots waited for a policy never asked for
    console.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    page.table.clearSelection()
    page.policy = None
    page.select("west")
    assert page.selected()["name"] == "west" and page.policy["peer"] == "west"
    console.refresh()
    assert page.selected()["name"] == "west"
    assert not page.method_boxes[LABEL].isEnabled() and not page.save_button.isEnabled()
    assert "reviewer" in page.save_button.toolTip()
    before = (east.folder / "federation" / "west.toml").read_text()
    page.save()                                   # asked anyway (the button bypassed), the hub refuses
    assert "network administrator" in console.state.text()
    assert (east.folder / "federation" / "west.toml").read_text() == before
