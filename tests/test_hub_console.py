"""The hub console against a real hub process: a named administrator signs in (a reviewer's controls that
would change something disabled), labs, enrolment codes with QR, revocation, bundles from a stick with the
receipt handed back, statistics, links, the audit trail; a wrong password or address said plainly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from factories import profile
from hub_server import ADMIN_PASSWORD, LAB_PASSPHRASE, PASSPHRASE, RunningHub
from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from labnet import cli
from labnet.catalogue.store import Catalogue
from labnet.desktop.hub_console import HubConsole
from labnet.hub import cli as hub_cli
from labnet.hub.service import Hub
from labnet.protocol.keyfile import load_public_identity


def sign_in(qtbot, widget: HubConsole, name: str, password: str, token: str = "") -> None:
    """Through the sign-in dialog, as a person would: name, password, the Sign in button."""
    widget.connect_hub()
    dialog = widget.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText(name)
    dialog.password.setText(password)
    dialog.token.setText(token)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def new_console(qtbot, tmp_path, url: str) -> HubConsole:
    widget = HubConsole(QSettings(str(tmp_path / "console.ini"), QSettings.Format.IniFormat), synchronous=True)
    qtbot.addWidget(widget)
    widget.show()
    widget.url.setText(url)
    return widget


@pytest.fixture
def console(qtbot, tmp_path, hub):
    widget = new_console(qtbot, tmp_path, hub.url)
    sign_in(qtbot, widget, "admin", ADMIN_PASSWORD)
    return widget


def test_the_administrator_enrols_a_lab_with_a_code_sees_its_bundle_and_revokes_it(console, hub, tmp_path,
                                                                                  monkeypatch, capsys):
    assert console.state.text().startswith(f"Signed in to {hub.url} as admin (network administrator): 0 laboratories")
    assert all(button.isEnabled() for button in console.change_buttons)
    console.issue_code_for("Accra lab", "gh")
    code = console.last_dialog.code.text()
    assert code.startswith("LN1-") and not console.last_dialog.qr.pixmap().isNull()
    # The laboratory enrols with it and sends three profiles.
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    lab = tmp_path / "lab"
    assert cli.main(["--data-dir", str(lab), "init", "--lab", "Accra lab", "--country", "GH"]) == 0
    with Catalogue.open(lab, user="ana") as cat:
        for i in range(3):
            cat.add("profiling_result", profile(lab_sample_number=f"GH-{i}", shareable=True))
    assert cli.main(["--data-dir", str(lab), "enrol", code]) == 0
    assert cli.main(["--data-dir", str(lab), "sync"]) == 0
    console.refresh()
    assert console.labs.rowCount() == 1 and console.labs.item(0, 0).text() == "Accra lab"
    assert console.labs.item(0, 4).text() == "active"
    assert console.bundles.rowCount() == 1 and console.bundles.item(0, 2).text() == "3"
    assert console.stats.item(0, 2).text() == "3"
    # Revoked: the lab is refused at its next sync.
    console.labs.selectRow(0)
    console.revoke(console.selected_lab()["lab_id"], "left the network")
    assert console.labs.item(0, 4).text() == "revoked: left the network"
    capsys.readouterr()
    assert cli.main(["--data-dir", str(lab), "sync"]) == 2
    assert "revoked" in capsys.readouterr().err
    # Each act is in the hub's audit trail, under the administrator's name, newest first.
    acts = [(console.audit.item(r, 1).text(), console.audit.item(r, 2).text()) for r in range(console.audit.rowCount())]
    assert acts[:4] == [("admin", "lab.revoke"), ("client:127.0.0.1", "lab.enrol"), ("admin", "lab.enrolment-code"),
                        ("admin", "admin.sign-in")]


def test_a_reviewer_sees_everything_and_its_change_controls_are_disabled(qtbot, tmp_path, hub, monkeypatch):
    monkeypatch.setenv("LABNET_HUB_PASSWORD", "a reviewer's own long passphrase")
    assert hub_cli.main(["admin", "add", "rita", "--role", "reviewer", "--data-dir", str(hub.folder)]) == 0
    widget = new_console(qtbot, tmp_path, hub.url)
    sign_in(qtbot, widget, "rita", "a reviewer's own long passphrase")
    assert widget.state.text().startswith(f"Signed in to {hub.url} as rita (reviewer, read only)")
    assert widget.tabs.isEnabled()
    assert not any(button.isEnabled() for button in widget.change_buttons)
    assert "reviewer" in widget.code_button.toolTip()
    assert widget.audit.item(0, 1).text() == "rita" and widget.audit.item(0, 2).text() == "admin.sign-in"
    # Asked anyway (the controls bypassed), the hub refuses.
    widget.issue_code_for("Sneaky lab", "GH")
    assert "network administrator" in widget.state.text()


def test_a_bundle_from_a_stick_is_imported_and_its_receipt_saved_for_the_lab(console, hub, tmp_path, monkeypatch):
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    lab = tmp_path / "lab"
    assert cli.main(["--data-dir", str(lab), "init", "--lab", "Lomé lab", "--country", "TG"]) == 0
    console.issue_code_for("Lomé lab", "TG")
    assert cli.main(["--data-dir", str(lab), "enrol", console.last_dialog.code.text()]) == 0
    with Catalogue.open(lab, user="kodjo") as cat:
        cat.add("profiling_result", profile(shareable=True))
    stick = tmp_path / "stick"
    assert cli.main(["--data-dir", str(lab), "bundle", "export", "--out", str(stick / "b.lnb")]) == 0
    console.choose_receipt_path = lambda: stick / "receipt.json"
    console.import_path(stick / "b.lnb")
    assert console.state.text().startswith("Imported: 1 accepted, 0 duplicate, 0 rejected. Receipt saved to")
    assert cli.main(["--data-dir", str(lab), "receipt", "import", str(stick / "receipt.json")]) == 0
    console.import_path(tmp_path / "lab" / "catalogue.db")      # not a bundle
    assert console.state.text().startswith("Not imported:")
    assert load_public_identity(lab).name == "Lomé lab"


def test_a_wrong_password_or_address_is_said_plainly(qtbot, tmp_path, hub):
    widget = new_console(qtbot, tmp_path, hub.url)
    sign_in(qtbot, widget, "admin", "not the password at all")
    assert "name or password is wrong" in widget.state.text() and not widget.tabs.isEnabled()
    assert widget.admin is None
    widget.url.setText("hub.example.org")
    sign_in(qtbot, widget, "admin", ADMIN_PASSWORD)
    assert "is not a hub address" in widget.state.text()
    widget.url.setText("http://127.0.0.1:9")
    sign_in(qtbot, widget, "admin", ADMIN_PASSWORD)
    assert "cannot be reached" in widget.state.text() and widget.admin is None


def test_the_first_administrator_sets_its_password_with_the_one_time_token(qtbot, tmp_path):
    hub, token = Hub.create(tmp_path / "hub", name="New hub", country="KE", passphrase=PASSPHRASE)
    running = RunningHub(tmp_path / "hub", hub=hub)
    try:
        widget = new_console(qtbot, tmp_path, running.url)
        sign_in(qtbot, widget, "", ADMIN_PASSWORD, token=token)
        assert widget.state.text().startswith(f"Signed in to {running.url} as admin (network administrator)")
        sign_in(qtbot, widget, "", "another long passphrase", token=token)   # spent
        assert "already used" in widget.state.text()
        sign_in(qtbot, widget, "admin", ADMIN_PASSWORD)
        assert widget.state.text().startswith(f"Signed in to {running.url} as admin")
    finally:
        running.stop()
