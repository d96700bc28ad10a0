"""The Network view against a real hub process: status, Sync now, receipts, bulletins, the hub unreachable."""

from __future__ import annotations

import pytest
import requests
from PySide6.QtCore import Qt

import windows
from factories import profile
from hub_server import LAB_PASSPHRASE, network_lab
from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from labnet import cli
from labnet.catalogue.store import Catalogue
from labnet.desktop.main_window import MainWindow


@pytest.fixture
def lab(tmp_path, monkeypatch, capsys):
    return network_lab(tmp_path, monkeypatch, capsys)


def open_window(qtbot, folder, tmp_path, *, synchronous: bool = True) -> MainWindow:
    """The main window on the Network view (``synchronous=False``: real worker threads)."""
    window = windows.open_window(qtbot, folder / "catalogue.db", tmp_path, synchronous=synchronous)
    window.show_section("network")
    return window


def test_an_enrolled_lab_syncs_from_the_view_and_sees_receipts_and_bulletins(qtbot, hub, lab, tmp_path):
    assert cli.main(["--data-dir", str(lab), "enrol", hub.enrolment_code("Accra lab")]) == 0
    window = open_window(qtbot, lab, tmp_path)
    page = window.network_page
    assert page.state_label.text() == "Enrolled with West Africa hub"
    assert "3 change(s) not yet confirmed" in page.pending_label.text()
    assert window.network_label.text() == "Network: West Africa hub, 3 change(s) to send"

    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert page.outcome_label.text() == "Sent: 3 accepted, 0 already at the hub, 0 rejected."
    assert page.bundles.rowCount() == 1
    assert page.bundles.item(0, 3).text() == "confirmed: 3 accepted, 0 already there, 0 refused"
    assert page.bundles.item(0, 1).text() == "3"
    assert "Every change is confirmed" in page.pending_label.text()
    assert window.network_label.text().endswith("0 change(s) to send")

    requests.post(f"{hub.url}/v1/admin/notices", json={"text": "Proficiency test round 4 opens Monday"},
                  headers=hub.admin, timeout=10).raise_for_status()
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert "Nothing to send" in page.outcome_label.text() and "1 new message(s)" in page.outcome_label.text()
    assert page.bulletins.item(0).text().endswith("Notice: Proficiency test round 4 opens Monday")


def test_the_hub_unreachable_is_said_plainly_and_the_next_sync_delivers(qtbot, hub, lab, tmp_path):
    assert cli.main(["--data-dir", str(lab), "enrol", hub.enrolment_code("Accra lab")]) == 0
    window = open_window(qtbot, lab, tmp_path)
    page = window.network_page
    hub.kill()
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert "cannot be reached" in page.outcome_label.text() and "Nothing is lost" in page.outcome_label.text()
    assert page.sync_button.isEnabled()
    assert "3 change(s) not yet confirmed" in page.pending_label.text()
    hub.start()
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert page.outcome_label.text().startswith("Sent: 3 accepted")


def test_a_wrong_passphrase_unlocks_nothing_and_says_so(qtbot, hub, lab, tmp_path, monkeypatch):
    assert cli.main(["--data-dir", str(lab), "enrol", hub.enrolment_code("Accra lab")]) == 0
    window = open_window(qtbot, lab, tmp_path)
    page = window.network_page
    monkeypatch.setenv("LABNET_PASSPHRASE", "not the passphrase at all")
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert page.outcome_label.text() == "That passphrase does not unlock the laboratory's keys."
    assert page.identity is None and page.bundles.rowCount() == 0


def test_a_lab_not_set_up_or_not_enrolled_is_told_what_to_do(qtbot, data_dir, tmp_path, lab):
    window = open_window(qtbot, data_dir, tmp_path)
    assert window.network_page.state_label.text() == "This laboratory has no network keys yet"
    assert not window.network_page.sync_button.isEnabled()
    window.close()
    other = open_window(qtbot, lab, tmp_path)
    assert other.network_page.state_label.text() == "Not enrolled with a hub yet"
    assert "labnet enrol CODE" in other.network_page.hub_label.text()
    assert not other.network_page.sync_button.isEnabled()


def test_automatic_sync_backs_off_while_the_hub_is_down_and_delivers_when_it_is_back(qtbot, hub, lab, tmp_path):
    from labnet.desktop.network_sync import FIRST_RETRY_SECONDS

    assert cli.main(["--data-dir", str(lab), "enrol", hub.enrolment_code("Accra lab")]) == 0
    window = open_window(qtbot, lab, tmp_path)
    page = window.network_page
    assert page.auto_check.isChecked() and page.auto_timer.isActive()
    assert page.auto_timer.interval() == page.interval.value() * 60_000
    hub.kill()
    page.auto_sync()                      # what the timer does
    assert page.retry_seconds == FIRST_RETRY_SECONDS and "tries again in 1 min" in page.outcome_label.text()
    assert window.network_label.text() == ("Network: West Africa hub cannot be reached; 3 change(s) wait, "
                                           "next try in 1 min")
    assert page.auto_timer.isActive() and page.auto_timer.interval() == FIRST_RETRY_SECONDS * 1000
    page.auto_sync()
    assert page.retry_seconds == 2 * FIRST_RETRY_SECONDS
    hub.start()
    page.auto_sync()
    assert page.outcome_label.text().startswith("Sent: 3 accepted") and page.retry_seconds == 0
    # A change made in another view brings a sync shortly after (debounced).
    with Catalogue.open(lab, user="ana") as cat:
        cat.add("profiling_result", profile(lab_sample_number="GH-99", shareable=True))
    page.debounce.setValue(10)
    window.change_notices.check()           # what its timer does: the record written above is seen
    assert page.change_timer.isActive() and page.change_timer.interval() == 10_000
    page.change_timer.timeout.emit()
    assert page.outcome_label.text().startswith("Sent: 1 accepted")
    page.auto_check.setChecked(False)
    assert not page.auto_timer.isActive()


def test_automatic_sync_never_asks_for_the_passphrase_out_of_the_blue(qtbot, hub, lab, tmp_path, monkeypatch):
    assert cli.main(["--data-dir", str(lab), "enrol", hub.enrolment_code("Accra lab")]) == 0
    monkeypatch.delenv("LABNET_PASSPHRASE")
    window = open_window(qtbot, lab, tmp_path)
    window.network_page.auto_sync()
    assert "waits until the keys are unlocked" in window.network_page.outcome_label.text()


def test_a_bundle_goes_out_on_a_stick_and_its_receipt_and_bulletins_come_back(qtbot, hub, lab, tmp_path,
                                                                              monkeypatch):
    from hub_server import PASSPHRASE
    from labnet.hub import cli as hub_cli
    from labnet.protocol.keyfile import load_public_identity

    # An offline laboratory: enrolled by files, never online; the hub works from its command line.
    hub.stop()
    monkeypatch.setenv("LABNET_HUB_PASSPHRASE", PASSPHRASE)
    lab_id = load_public_identity(lab).identity_id
    assert hub_cli.main(["enroll", "--data-dir", str(hub.folder), "--lab", "Accra lab", "--country", "GH",
                         "--out", str(tmp_path / "enrolment.json")]) == 0
    assert cli.main(["--data-dir", str(lab), "enrol", str(tmp_path / "enrolment.json"),
                     "--out", str(tmp_path / "registration.json")]) == 0
    assert hub_cli.main(["import", "--data-dir", str(hub.folder), str(tmp_path / "registration.json")]) == 0
    window = open_window(qtbot, lab, tmp_path)
    page = window.network_page
    stick = tmp_path / "stick"
    stick.mkdir()
    page.choose_folder = lambda: stick
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "3 record(s) sealed into labnet-" in page.outcome_label.text()
    [bundle] = list(stick.glob("*.lnb"))
    assert hub_cli.main(["import", "--data-dir", str(hub.folder), str(bundle), "--receipt-out",
                         str(stick / "receipt.json")]) == 0
    assert hub_cli.main(["notice", "--data-dir", str(hub.folder), "--text", "Welcome, Accra"]) == 0
    assert hub_cli.main(["bulletins", "--data-dir", str(hub.folder), "--lab", lab_id, "--out",
                         str(stick / "bulletins.jsonl")]) == 0
    page.choose_file = lambda: stick / "receipt.json"
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert page.outcome_label.text() == "Receipt applied: 3 accepted, 0 already at the hub, 0 rejected."
    assert page.bundles.item(0, 3).text().startswith("confirmed: 3 accepted")
    page.choose_file = lambda: stick / "bulletins.jsonl"
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert page.outcome_label.text() == "1 bulletin(s) checked, 1 new."
    assert page.bulletins.item(0).text().endswith("Notice: Welcome, Accra")
    page.choose_file = lambda: bundle          # not a file from the hub
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "neither a receipt nor a bulletin file" in page.outcome_label.text()
    # The hub rotates its keys and retires the old one: its key document comes on the stick too.
    from labnet.protocol.pinning import load_pinned_hub

    old = load_pinned_hub(lab)
    assert hub_cli.main(["rotate-keys", "--data-dir", str(hub.folder), "--retire-previous-after", "2031-01-01"]) == 0
    assert hub_cli.main(["keys", "--data-dir", str(hub.folder), "--out", str(stick / "hub-keys.json")]) == 0
    page.choose_file = lambda: stick / "hub-keys.json"
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert page.outcome_label.text().startswith("Followed the hub's new keys")
    assert page.outcome_label.text().endswith("Older hub keys: 1 retired, 0 revoked.")
    assert load_pinned_hub(lab).encryption_key_id != old.encryption_key_id
    with Catalogue.open(lab, user="ana") as cat:
        cat.add("profiling_result", profile(lab_sample_number="GH-77", shareable=True))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    from labnet.protocol.bundle import parse_bundle

    [fresh] = set(stick.glob("*.lnb")) - {bundle}
    assert parse_bundle(fresh.read_bytes()).header.hub_key_id == load_pinned_hub(lab).encryption_key_id


def test_the_policy_editor_previews_what_leaves_and_saves_what_labnet_share_preview_then_shows(
        qtbot, lab, tmp_path, capsys):
    import json

    window = open_window(qtbot, lab, tmp_path)
    page = window.network_page
    qtbot.mouseClick(page.policy_button, Qt.MouseButton.LeftButton)
    editor = page.policy_editor
    qtbot.addWidget(editor)
    assert editor.summary.text().startswith("3 record(s) would leave (profiling result: 3)")
    assert "GH-0" not in editor.preview_text.toPlainText() and "ps:" in editor.preview_text.toPlainText()
    # The seizure country now stays here; the preview follows at once.
    combo = editor.treatment[("profiling_result", "seizure_country")]
    combo.setCurrentIndex(combo.findData("drop"))
    editor.refresh_preview()
    assert all("seizure_country" not in e["record"] for e in editor.last_preview["entries"])
    # Profiling results not shared at all: nothing would leave.
    editor.share["profiling_result"].setChecked(False)
    editor.refresh_preview()
    assert editor.summary.text().startswith("0 record(s) would leave") and editor.last_preview["withheld"] == 3
    editor.share["profiling_result"].setChecked(True)
    editor.refresh_preview()
    previewed = editor.last_preview["entries"]
    assert editor.save_button.isEnabled()
    editor.save()
    assert (lab / "sharing-policy.toml.bak").exists()
    capsys.readouterr()
    assert cli.main(["--data-dir", str(lab), "share", "preview", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["entries"] == previewed
    assert page.outcome_label.text() == "Sharing policy saved; the next sync follows it."


def test_only_an_administrator_may_save_the_policy(qtbot, lab, tmp_path):
    window = open_window(qtbot, lab, tmp_path)
    window.network_page.may_edit_policy = lambda: False
    qtbot.mouseClick(window.network_page.policy_button, Qt.MouseButton.LeftButton)
    qtbot.addWidget(window.network_page.policy_editor)
    assert not window.network_page.policy_editor.save_button.isEnabled()


def test_the_first_run_wizard_makes_the_administrator_the_keys_and_enrols(qtbot, data_dir, tmp_path, hub):
    from labnet.catalogue.store import Catalogue as Cat

    window = open_window(qtbot, data_dir, tmp_path)
    page = window.network_page
    assert page.setup_button.isVisible() and page.setup_button.text() == "Set up the network keys…"
    page.has_accounts = lambda: False
    wizard = page.set_up()
    qtbot.addWidget(wizard)
    wizard.lab.setText("Accra lab")
    wizard.country.setText("gh")
    wizard.passphrase.setText("short")
    wizard.accept()
    assert wizard.problem.text() == "The passphrase: at least 12 characters, typed the same twice."
    wizard.passphrase.setText(LAB_PASSPHRASE)
    wizard.passphrase_again.setText(LAB_PASSPHRASE)
    wizard.username.setText("aminata")
    wizard.full_name.setText("Aminata Diallo")
    wizard.password.setText("a good password")
    wizard.password_again.setText("a good password")
    wizard.code.setText("not a code")
    wizard.accept()
    assert "starts with LN1-" in wizard.problem.text()
    wizard.code.setText(hub.enrolment_code("Accra lab"))
    wizard.accept()
    assert wizard.result_info["hub"] == "West Africa hub"
    assert page.state_label.text() == "Enrolled with West Africa hub" and not page.setup_button.isVisible()
    with Cat.open(data_dir, user="aminata") as cat:
        assert [u["role"] for u in cat.users()] == ["administrator"]


def test_a_lab_with_keys_enrols_later_from_the_view(qtbot, lab, tmp_path, hub):
    window = open_window(qtbot, lab, tmp_path)
    page = window.network_page
    assert page.setup_button.text() == "Enrol with a code…"
    page.enrol(hub.enrolment_code("Accra lab"))
    assert page.outcome_label.text() == "Enrolled with West Africa hub; Sync now shares what the policy allows."
    assert page.state_label.text() == "Enrolled with West Africa hub"


def test_closing_the_window_mid_upload_loses_nothing_and_the_next_start_resumes(qtbot, hub, lab, tmp_path):
    """A real worker thread, a slow link: the window closes while the bundle is on its way."""
    import sys as _sys
    from pathlib import Path as _Path

    _sys.path.insert(0, str(_Path(__file__).resolve().parent.parent))
    from benchmarks.netproxy import LossyLink
    from labnet.sync.state import load_state, save_state

    with Catalogue.open(lab, user="ana") as cat:
        rows = [profile(lab_sample_number=f"SLOW-{i}", shareable=True, purity=i % 97 + 1.5) for i in range(2500)]
        cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", rows))
    assert cli.main(["--data-dir", str(lab), "enrol", hub.enrolment_code("Accra lab")]) == 0
    link = LossyLink(hub.port, rate=40_000)          # ~320 kbit/s: the upload takes several chunks
    state = load_state(lab)
    state["hub_url"] = link.url
    save_state(lab, state)
    try:
        window = open_window(qtbot, lab, tmp_path, synchronous=False)
        page = window.network_page
        qtbot.waitUntil(lambda: page.status is not None, timeout=10_000)
        page.sync_now()
        qtbot.waitUntil(lambda: "Sending bundle" in page.outcome_label.text(), timeout=30_000)
        window.close()                                   # mid-upload
        assert load_state(lab).get("uploads"), "the upload's address is kept for the next start"
        again = open_window(qtbot, lab, tmp_path, synchronous=False)
        page = again.network_page
        qtbot.waitUntil(lambda: page.status is not None, timeout=10_000)
        page.sync_now()
        qtbot.waitUntil(lambda: page.last_report is not None, timeout=120_000)
        assert page.last_report.records["accepted"] + page.last_report.records["duplicate"] == 2503
        again.close()
    finally:
        link.close()
    import sqlite3

    conn = sqlite3.connect(hub.folder / "hub.db")
    try:
        assert conn.execute("SELECT count(*) FROM network_records").fetchone()[0] == 2503
    finally:
        conn.close()


def test_check_with_the_hub_mends_what_the_hub_lost(qtbot, hub, lab, tmp_path):
    import sqlite3

    assert cli.main(["--data-dir", str(lab), "enrol", hub.enrolment_code("Accra lab")]) == 0
    window = open_window(qtbot, lab, tmp_path)
    page = window.network_page
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert page.outcome_label.text() == "Sent: 3 accepted, 0 already at the hub, 0 rejected."
    conn = sqlite3.connect(hub.folder / "hub.db")   # the hub restored from a backup made before one record came
    with conn:
        conn.execute("DELETE FROM network_records WHERE record_id = (SELECT min(record_id) FROM network_records)")
    conn.close()
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert "Nothing to send" in page.outcome_label.text()          # the receipts say all is delivered
    assert page.check_button.isEnabled()
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.outcome_label.text() == ("The hub holds 2 of this laboratory's records. "
                                         "Sent: 1 accepted, 0 already at the hub, 0 rejected.")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.outcome_label.text() == ("The hub holds 3 of this laboratory's records. They are what the sharing "
                                         "policy shares: nothing to send.")
