"""Proficiency tests in the window (issue 21), against a hub process on loopback: the result form opened from the
round's bulletin (a box per material, units shown, values checked as numbers), sent signed and kept by the hub,
refused with the hub's reason once late; then the scores recorded in the training records from the result."""

from __future__ import annotations

import datetime as dt
import time

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QGroupBox, QInputDialog, QLabel

import windows
from hub_server import LAB_PASSPHRASE
from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from labnet import cli
from labnet.catalogue.store import Catalogue
from labnet.protocol.keyfile import load_identity
from test_lab_reports import pdf_text

pytestmark = pytest.mark.slow  # a hub process and a deadline to wait for


def row_of(page, kind: str) -> int:
    page.refresh()
    return [b.kind for b in page.status.bulletins].index(kind)


def test_results_entered_in_the_window_reach_the_hub_and_the_scores_the_training_records(
        qtbot, hub, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    folder = tmp_path / "lab"
    assert cli.main(["--data-dir", str(folder), "init", "--lab", "Accra lab", "--country", "GH"]) == 0
    assert cli.main(["--data-dir", str(folder), "enrol", hub.enrolment_code("Accra lab")]) == 0
    deadline = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=20)).replace(microsecond=0)
    created = requests.post(f"{hub.url}/v1/admin/pt", headers=hub.admin, timeout=30, json={
        "name": "PT-W", "deadline": deadline.isoformat(),
        "labs": [load_identity(folder, LAB_PASSPHRASE).identity_id],
        "items": [{"material": "PT-A", "analyte": "cocaine", "unit": "%", "reference": 30.0, "sigma": 1.0},
                  {"material": "PT-B", "analyte": "levamisole", "unit": "mg/g", "reference": 5.0, "sigma": 0.5}]})
    assert created.status_code == 200, created.text
    assert cli.main(["--data-dir", str(folder), "sync"]) == 0
    capsys.readouterr()

    window = windows.open_window(qtbot, folder / "catalogue.db", tmp_path)
    page = window.network_page
    actions = page.pt_actions
    page.bulletins.setCurrentRow(row_of(page, "pt-round"))
    assert actions.enter_button.isVisibleTo(page) and not actions.record_button.isVisibleTo(page)
    qtbot.mouseClick(actions.enter_button, Qt.MouseButton.LeftButton)
    form = actions.form
    assert form is not None and form.isVisible()
    assert [box.title() for box in form.findChildren(QGroupBox)] == ["PT-A", "PT-B"]
    assert {label.text() for label in form.findChildren(QLabel)} >= {"cocaine", "levamisole", "%", "mg/g"}
    cocaine = form.findChild(type(form.fields[0][3]), "pt-value-PT-A-cocaine")
    levamisole = form.findChild(type(form.fields[0][3]), "pt-value-PT-B-levamisole")
    assert not form.send_button.isEnabled()            # nothing entered yet
    qtbot.keyClicks(cocaine, "31.5 %")
    assert not form.send_button.isEnabled() and "is not a number" in form.message.text()
    cocaine.setText("31,5")                             # a decimal comma is a number, as in a results file
    qtbot.keyClicks(levamisole, "6.6")
    assert form.send_button.isEnabled() and "2 of 2" in form.message.text()

    qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
    assert "The hub kept 2 result(s) for round PT-W" in form.message.text(), form.message.text()

    while dt.datetime.now(dt.UTC) <= deadline + dt.timedelta(seconds=1):
        time.sleep(0.5)
    qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
    said = form.message.text()
    assert "refused" in said and "(pt-late)" in said, said
    form.close()

    closed = requests.post(f"{hub.url}/v1/admin/pt/PT-W/close", headers=hub.admin, timeout=60)
    assert closed.status_code == 200, closed.text
    assert cli.main(["--data-dir", str(folder), "sync"]) == 0
    capsys.readouterr()
    page.bulletins.setCurrentRow(row_of(page, "pt-result"))
    assert actions.record_button.isVisibleTo(page) and not actions.enter_button.isVisibleTo(page)
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (asked.append(a), ("Ama Mensah", True))[1]))
    qtbot.mouseClick(actions.record_button, Qt.MouseButton.LeftButton)
    assert asked and "PT-W" in asked[0][2]
    assert "2 proficiency-test entries added" in page.outcome_label.text(), page.outcome_label.text()
    page.bulletins.setCurrentRow(row_of(page, "pt-result"))
    qtbot.mouseClick(actions.record_button, Qt.MouseButton.LeftButton)  # once each
    assert "0 proficiency-test entries added" in page.outcome_label.text()
    with Catalogue.open(folder, reader=True) as cat:
        kept = [r for r in cat.iter_records("training_record") if r["activity_type"] == "proficiency_test"]
    entries = {r["competence_area"]: r for r in kept}
    assert len(kept) == 2 and set(entries) == {"cocaine in PT-A", "levamisole in PT-B"}
    assert entries["cocaine in PT-A"]["z_score"] == pytest.approx(1.5)
    assert (entries["levamisole in PT-B"]["z_score"], entries["levamisole in PT-B"]["outcome"]) == \
        (pytest.approx(3.2), "unsatisfactory")
    assert entries["cocaine in PT-A"]["staff_member"] == "Ama Mensah"

    # the round's summary as PDF, from its bulletin
    page.bulletins.setCurrentRow(row_of(page, "pt-summary"))
    assert actions.pdf_button.isVisibleTo(page) and not actions.record_button.isVisibleTo(page)
    out = tmp_path / "summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    qtbot.mouseClick(actions.pdf_button, Qt.MouseButton.LeftButton)
    assert actions.last_written == out and "summary.pdf" in page.outcome_label.text()
    flat = " ".join(pdf_text(out).split())
    assert "Proficiency test PT-W: the round's summary" in flat and "P01 31.5 z 1.5 satisfactory" in flat
    assert "Printed by ana" in flat
