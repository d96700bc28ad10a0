"""The hub console's proficiency-test page against a hub process (issue 21): a round created in its dialog (and
one refused, the hub's reason shown in the dialog), the result form previewed, the results sent sealed by two
laboratories, the close refused before the deadline and done after it, the summary shown (assigned value, σ_pt,
z per anonymous code, the plots), each act in the audit trail; a reviewer sees the rounds and cannot change them."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import QDateTime, Qt

from hub_server import LAB_PASSPHRASE
from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from labnet import cli
from labnet.hub import cli as hub_cli
from test_hub_console import console, new_console, sign_in  # noqa: F401  (console: a fixture)

pytestmark = pytest.mark.slow  # a hub process, two laboratories and a deadline to wait for


def enrolled_lab(tmp_path, hub, name: str, capsys) -> object:
    folder = tmp_path / name
    assert cli.main(["--data-dir", str(folder), "init", "--lab", name, "--country", "GH"]) == 0
    assert cli.main(["--data-dir", str(folder), "enrol", hub.enrolment_code(name)]) == 0
    capsys.readouterr()
    return folder


def fill(dialog, name: str, seconds: int, labs: int) -> None:
    dialog.name.setText(name)
    dialog.deadline.setDateTime(QDateTime.currentDateTime().addSecs(seconds))
    dialog.materials.setText("PT-A")
    dialog.analytes.setText("cocaine:%, levamisole:%")
    dialog.make_items_button.click()
    for row in range(labs):
        dialog.labs.item(row).setCheckState(Qt.CheckState.Checked)


def test_a_round_created_closed_and_its_summary_in_the_console(console, hub, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    labs = [enrolled_lab(tmp_path, hub, name, capsys) for name in ("lab-a", "lab-b")]
    console.refresh()
    page = console.pt
    assert page.table.rowCount() == 0 and page.new_button.isEnabled()
    console.tabs.setCurrentWidget(page)
    page.new_button.click()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible() and dialog.labs.count() == 2
    fill(dialog, "PT-C1", 25, 2)
    assert [[dialog.items.item(r, c).text() for c in range(3)] for r in range(2)] == [
        ["PT-A", "cocaine", "%"], ["PT-A", "levamisole", "%"]]
    # a reference that is not a number is said in the dialog, and nothing is sent
    dialog.items.item(1, 3).setText("five")
    dialog.create_button.click()
    assert "Reference value" in dialog.error.text() and "not a number" in dialog.error.text()
    dialog.items.item(1, 3).setText("5,0")           # a decimal comma, as in a results file
    dialog.items.item(1, 5).setText("0.5")
    # refused by the hub, with its reason, in the dialog that stays open: a deadline already passed
    dialog.deadline.setDateTime(QDateTime.currentDateTime().addSecs(-60))
    dialog.create_button.click()
    assert dialog.isVisible() and "has already passed" in dialog.error.text()
    assert "has already passed" in console.state.text() and page.table.rowCount() == 0
    dialog.name.setText("PT C1!")                    # and a malformed name
    dialog.deadline.setDateTime(QDateTime.currentDateTime().addSecs(25))
    dialog.create_button.click()
    assert dialog.isVisible() and "a round's name is 1 to 64 letters" in dialog.error.text()
    # the result form, as the laboratories will see it
    dialog.name.setText("PT-C1")
    dialog.preview_button.click()
    form = dialog.preview_form
    assert [(m, a, u) for m, a, u, _ in form.fields] == [("PT-A", "cocaine", "%"), ("PT-A", "levamisole", "%")]
    assert not form.send_button.isEnabled()
    form.fields[0][3].setText("31.2")
    assert not form.send_button.isEnabled()          # a preview sends nothing
    form.close()
    dialog.create_button.click()
    assert not dialog.isVisible()
    assert console.state.text().startswith("Round PT-C1 created")
    assert [page.table.item(0, c).text() for c in (0, 1, 3, 4, 5)] == ["PT-C1", "open", "2", "0 of 2", "0"]

    # the two laboratories send their results (sealed, labnet pt submit)
    for folder, cocaine, levamisole in ((labs[0], 30.0, 5.1), (labs[1], 31.0, 6.8)):
        path = tmp_path / f"{folder.name}.csv"
        path.write_text(f"material,analyte,value,unit\nPT-A,cocaine,{cocaine},%\nPT-A,levamisole,{levamisole},%\n",
                        encoding="utf-8")
        assert cli.main(["--data-dir", str(folder), "pt", "submit", "--round", "PT-C1", str(path)]) == 0, \
            capsys.readouterr()
    console.refresh()
    assert [page.table.item(0, c).text() for c in (4, 5)] == ["2 of 2", "4"]
    page.table.selectRow(0)
    assert page.details["round"] == "PT-C1" and page.details["summary"] is None
    assert page.details["submitted"] == ["P01", "P02"]
    # before the deadline: the console says so; asked anyway, the hub refuses
    page.close_selected()
    assert "takes results until" in console.state.text()
    page.close_round("PT-C1")
    assert "close it after that" in console.state.text()
    deadline = dt.datetime.fromisoformat(page.rounds[0]["deadline"])
    while dt.datetime.now(dt.UTC) <= deadline + dt.timedelta(seconds=1):
        time.sleep(0.5)
    console.refresh()
    assert page.table.item(0, 1).text() == "deadline passed: to close"
    page.confirm_close = lambda round_id: round_id == "PT-C1"   # the question box, answered yes
    page.close_button.click()
    assert page.table.item(0, 1).text().startswith("closed ")
    assert not page.close_button.isEnabled()
    summary = page.details["summary"]
    assert summary is not None and [i["analyte"] for i in summary["items"]] == ["cocaine", "levamisole"]
    cocaine_table, levamisole_table = page.summary_tables
    # two results cannot give Algorithm A's value: no score, and the reason; the reference value scores both
    assert {cocaine_table.item(r, 3).text() for r in range(2)} == {"not scored"}
    rows = sorted([levamisole_table.item(r, c).text() for c in range(5)] for r in range(2))
    assert [row[0] for row in rows] == ["P01", "P02"]
    assert sorted((row[1], row[2], row[3], row[4]) for row in rows) == [
        ("5.1", "z", "0.20", "satisfactory"), ("6.8", "z", "3.60", "unsatisfactory")]
    assigned = [label.text() for label in page.body.findChildren(type(console.state), "hub-pt-assigned")]
    assert any(text.startswith("No assigned value:") for text in assigned)
    assert "Assigned value x_pt = 5 (reference value), σ_pt = 0.5, u(x_pt) = 0." in assigned
    assert len(page.charts) == 2 and not any(chart.pixmap().isNull() for chart in page.charts)
    console.refresh()
    acts = [(console.audit.item(r, 1).text(), console.audit.item(r, 2).text(), console.audit.item(r, 3).text())
            for r in range(console.audit.rowCount())]
    assert ("admin", "pt.close", "PT-C1") in acts and ("admin", "pt.create", "PT-C1") in acts
    assert acts.index(("admin", "pt.close", "PT-C1")) < acts.index(("admin", "pt.create", "PT-C1"))


def test_a_reviewer_sees_the_rounds_and_cannot_create_or_close(qtbot, tmp_path, hub, monkeypatch):
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    folder = tmp_path / "lab"
    assert cli.main(["--data-dir", str(folder), "init", "--lab", "Lab", "--country", "GH"]) == 0
    assert cli.main(["--data-dir", str(folder), "enrol", hub.enrolment_code("Lab")]) == 0
    import requests

    from labnet.protocol.keyfile import load_identity

    deadline = (dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).replace(microsecond=0).isoformat()
    made = requests.post(f"{hub.url}/v1/admin/pt", headers=hub.admin, timeout=30, json={
        "name": "PT-V", "deadline": deadline, "labs": [load_identity(folder, LAB_PASSPHRASE).identity_id],
        "items": [{"material": "PT-A", "analyte": "cocaine", "unit": "%"}]})
    assert made.status_code == 200, made.text
    monkeypatch.setenv("LABNET_HUB_PASSWORD", "a reviewer's own long passphrase")
    assert hub_cli.main(["admin", "add", "rita", "--role", "reviewer", "--data-dir", str(hub.folder)]) == 0
    widget = new_console(qtbot, tmp_path, hub.url)
    sign_in(qtbot, widget, "rita", "a reviewer's own long passphrase")
    page = widget.pt
    assert [page.table.item(0, c).text() for c in (0, 1, 3, 4, 5)] == ["PT-V", "open", "1", "0 of 1", "0"]
    page.table.selectRow(0)
    assert page.details["round"] == "PT-V"
    assert not page.new_button.isEnabled() and not page.close_button.isEnabled()
    assert "reviewer" in page.new_button.toolTip()
    page.close_round("PT-V")                         # asked anyway (the button bypassed), the hub refuses
    assert "network administrator" in widget.state.text()
