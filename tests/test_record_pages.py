"""The record pages, driven through their real widgets on a real catalogue."""

import csv

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from factories import STAFF_PASSWORDS, add_staff, days, profile, sample, training
from labnet.catalogue.store import Catalogue
from labnet.desktop import catalogue_queries, errors
from labnet.desktop.login import Session
from labnet.desktop.record_page import RecordPage
from labnet.desktop.tasks import Tasks


def run(tasks, fn):
    out = []
    tasks.run(fn, out.append, lambda exc: (_ for _ in ()).throw(exc))
    return out[0]


@pytest.fixture
def settings(tmp_path):
    # Never the user's real settings: an ini file of the test's own.
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def path(tmp_path):
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        for n, (substance, status, expiry) in enumerate([
                ("Cocaine hydrochloride", "in_use", days(400)), ("Heroin base", "in_use", days(-5)),
                ("MDMA hydrochloride", "quarantined", days(20)), ("Amphetamine sulfate", "expired", days(-40)),
                ("Ketamine", "in_use", days(900))], start=1):
            cat.add("reference_sample", sample(inventory_code=f"RS-{n:03d}", substance=substance, status=status,
                                               expiry_on=expiry, received_on=days(-300), opened_on=days(-200)))
        cat.add("training_record", training())
        cat.add("training_record", training(staff_member="Kofi Boateng", activity_type="workshop",
                                            requalification_due=days(10)))
        for n in range(1, 13):
            cat.add("profiling_result", profile(lab_sample_number=f"LS-{n:04d}",
                                                drug_type="cocaine" if n % 3 else "heroin"))
    return tmp_path / "lab" / "catalogue.db"


def make_page(qtbot, path, kind, settings, user="amina", opener=None):
    tasks = Tasks(opener or (lambda: catalogue_queries.open_catalogue(path, user)), synchronous=True)
    session = Session()
    tasks.run(catalogue_queries.session_info, session.update)
    page = RecordPage(tasks, kind, session, settings=settings)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    page.load()
    qtbot.waitUntil(lambda: page.model.is_loaded(0))   # the first rows are in
    return page


def texts(page, name):
    model = page.model
    column = model.columns.index(name)
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def select(page, column_name, text):
    row = texts(page, column_name).index(text)
    page.table.selectRow(row)
    return row


def test_search_box_is_debounced_and_filters_in_sql(qtbot, path, settings):
    page = make_page(qtbot, path, "reference_sample", settings)
    assert page.model.rowCount() == 5
    assert page.count_label.text() == "5 reference samples"
    qtbot.keyClicks(page.search, "heroin")
    assert page.model.query.search == ""  # not yet: waits for the typing to stop
    qtbot.waitUntil(lambda: page.model.query.search == "heroin", timeout=2000)
    assert texts(page, "substance") == ["Heroin base"]
    assert page.count_label.text() == "1 of 5 reference samples"


def test_status_and_expiry_filters(qtbot, path, settings):
    page = make_page(qtbot, path, "reference_sample", settings)
    page.filters.status.boxes["in_use"].setChecked(False)
    page.filters.status.boxes["expired"].setChecked(False)
    assert sorted(texts(page, "status")) == ["Quarantined"]
    assert page.filters.status.text() == "Status: 3 chosen"
    page.filters.reset()
    assert page.model.rowCount() == 5
    page.filters.expiry.setCurrentIndex(page.filters.expiry.findData("within"))
    page.filters.days.setValue(30)
    assert texts(page, "inventory_code") == ["RS-003"]
    page.filters.expiry.setCurrentIndex(page.filters.expiry.findData("expired"))
    assert texts(page, "inventory_code") == ["RS-002", "RS-004"]


def test_dashboard_presets_filter_the_page(qtbot, path, settings):
    page = make_page(qtbot, path, "reference_sample", settings)
    page.apply_preset({"status": ["in_use", "quarantined"], "expiry": "expired"})
    assert texts(page, "inventory_code") == ["RS-002"]  # RS-004 is already marked expired
    assert page.filters.expiry.currentData() == "expired"


def test_training_and_profile_filters(qtbot, path, settings):
    page = make_page(qtbot, path, "training_record", settings)
    assert page.filters.staff.count() == 3  # "All staff" and the two names, read from the catalogue
    page.filters.staff.setCurrentIndex(page.filters.staff.findData("Kofi Boateng"))
    assert texts(page, "staff_member") == ["Kofi Boateng"]
    page.filters.reset()
    page.filters.requalification.setCurrentIndex(1)
    assert texts(page, "staff_member") == ["Kofi Boateng"]

    profiles = make_page(qtbot, path, "profiling_result", settings)
    assert profiles.model.rowCount() == 12
    assert texts(profiles, "lab_sample_number")[0] == "LS-0012"  # newest first
    profiles.filters.drug.setCurrentIndex(profiles.filters.drug.findData("heroin"))
    assert set(texts(profiles, "drug_type")) == {"Heroin"} and profiles.model.rowCount() == 4
    profiles.filters.dated.setChecked(True)
    profiles.filters.date_from.setDate(profiles.filters.date_from.date().addYears(-5))
    assert profiles.model.rowCount() == 4
    profiles.apply_preset({"seized_from": days(-10), "seized_to": days(0)})
    assert profiles.model.rowCount() == 0  # all were seized 60 days ago


def test_sorting_by_clicking_a_header(qtbot, path, settings):
    page = make_page(qtbot, path, "reference_sample", settings)
    column = page.model.columns.index("substance")
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2))
    values = texts(page, "substance")
    assert values == sorted(values) or values == sorted(values, reverse=True)
    assert page.model.query.order_by == "substance"


def test_create_through_the_record_form(qtbot, path, settings):
    page = make_page(qtbot, path, "reference_sample", settings)
    changed = []
    page.records_changed.connect(lambda: changed.append(True))
    page.new_record()
    (editor,) = page._dialogs
    qtbot.keyClicks(editor.field_widget("inventory_code"), "RS-900")
    qtbot.keyClicks(editor.field_widget("substance"), "Fentanyl citrate")
    editor.field_widget("received_on").clear()  # the form offers today
    qtbot.keyClicks(editor.field_widget("received_on"), days(-1))
    with qtbot.waitSignal(editor.saved):
        editor.save()
    assert "RS-900" in texts(page, "inventory_code")
    assert changed and page.model.rowCount() == 6


def test_edit_opens_the_selected_record_and_the_table_follows_the_save(qtbot, path, settings):
    page = make_page(qtbot, path, "reference_sample", settings)
    select(page, "inventory_code", "RS-005")
    page.open_selected()
    (editor,) = page._dialogs
    assert editor.record["inventory_code"] == "RS-005" and editor.record_id
    editor.field_widget("storage_location").clear()
    qtbot.keyClicks(editor.field_widget("storage_location"), "Freezer Z-9")
    with qtbot.waitSignal(editor.saved):
        editor.save()
    row = texts(page, "inventory_code").index("RS-005")
    assert texts(page, "storage_location")[row] == "Freezer Z-9"


def test_duplicate_starts_a_new_record_without_its_code(qtbot, path, settings):
    page = make_page(qtbot, path, "reference_sample", settings)
    select(page, "inventory_code", "RS-001")
    page.duplicate_selected()
    (editor,) = page._dialogs
    assert editor.record_id is None
    assert editor.record["substance"] == "Cocaine hydrochloride" and not editor.record["inventory_code"]


def test_delete_asks_first_and_leaves_a_tombstone(qtbot, path, settings, monkeypatch):
    page = make_page(qtbot, path, "reference_sample", settings)
    asked = []

    def answer(button):
        def question(parent, title, text, *args):
            asked.append(text)
            return button
        monkeypatch.setattr(QMessageBox, "question", question)

    select(page, "inventory_code", "RS-003")
    answer(QMessageBox.StandardButton.Cancel)
    page.delete_selected()
    assert "RS-003 (MDMA hydrochloride)" in asked[0] and "tombstone" in asked[0]
    assert "RS-003" in texts(page, "inventory_code")

    answer(QMessageBox.StandardButton.Yes)
    page.delete_selected()
    assert "RS-003" not in texts(page, "inventory_code")
    tombstones = run(page.tasks, lambda cat: cat.tombstones("reference_sample"))
    assert [t["natural_key"] for t in tombstones] == ['{"inventory_code": "RS-003"}']


def test_delete_through_the_keyboard_in_each_view(qtbot, path, settings, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    for kind, _column in (("training_record", "staff_member"), ("profiling_result", "lab_sample_number")):
        page = make_page(qtbot, path, kind, settings)
        before = page.model.rowCount()
        page.table.selectRow(0)
        page.table.setFocus()
        page.actions["delete"].trigger()
        assert page.model.rowCount() == before - 1


def test_export_writes_the_current_filtered_view(qtbot, path, settings, monkeypatch, tmp_path):
    page = make_page(qtbot, path, "profiling_result", settings)
    target = tmp_path / "heroin.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    page.filters.drug.setCurrentIndex(page.filters.drug.findData("heroin"))
    page.export_view()
    with target.open(encoding="utf-8-sig") as f:  # the file starts with a BOM, for Excel
        rows = list(csv.DictReader(f))
    assert len(rows) == 4 and {r["drug_type"] for r in rows} == {"heroin"}
    assert rows[0]["lab_sample_number"] == "LS-0012"  # in the view's order
    assert "4 profiling results were written" in told[0]


def test_column_choice_is_remembered(qtbot, path, settings):
    page = make_page(qtbot, path, "reference_sample", settings)
    page.toggle_column("storage_location", False)
    page.toggle_column("lot", True)
    assert "lot" in page.model.columns and "storage_location" not in page.model.columns
    again = make_page(qtbot, path, "reference_sample", settings)
    assert again.model.columns == page.model.columns
    assert again.table.horizontalHeader().count() == len(page.model.columns)


def test_the_record_form_missing_is_said_plainly(qtbot, path, settings, monkeypatch):
    import sys
    page = make_page(qtbot, path, "reference_sample", settings)
    monkeypatch.setitem(sys.modules, "labnet.desktop.forms", None)
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    page.new_record()
    assert "not part of this version" in said[0]


@pytest.fixture
def accounts(tmp_path):
    with Catalogue.open(tmp_path / "staffed", user="owner") as cat:
        add_staff(cat)
        cat.add("reference_sample", sample(inventory_code="RS-100"))
    return tmp_path / "staffed" / "catalogue.db"


def signed_in_page(qtbot, path, settings, username, password):
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, "someone"), synchronous=True)
    session = Session()
    tasks.run(lambda cat: catalogue_queries.sign_in(cat, username, password), session.update)
    page = RecordPage(tasks, "reference_sample", session, settings=settings)
    qtbot.addWidget(page)
    page.show()
    page.load()
    qtbot.waitUntil(lambda: page.model.is_loaded(0))   # the first rows are in
    page.table.selectRow(0)
    return page


def test_an_analyst_may_not_dispose_and_is_told_so(qtbot, accounts, settings, monkeypatch):
    page = signed_in_page(qtbot, accounts, settings, "ana", STAFF_PASSWORDS["ana"])
    dispose = page.actions["dispose"]
    assert not dispose.isEnabled()
    assert dispose.toolTip() == "Only a quality manager may dispose of a reference standard."
    assert page.actions["delete"].isEnabled() and page.actions["withdraw"].isEnabled()
    # Tried anyway (a script, a stale button): the catalogue refuses, and the message says why.
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    shown = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc: shown.append(str(exc)))
    page.dispose_selected()
    assert shown == ["Only a quality manager may dispose of a reference standard. "
                     "You are signed in as ana (analyst)."]
    assert texts(page, "status") == ["In use"]


def test_a_quality_manager_disposes(qtbot, accounts, settings, monkeypatch):
    page = signed_in_page(qtbot, accounts, settings, "qm", STAFF_PASSWORDS["qm"])
    assert page.actions["dispose"].isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.dispose_selected()
    assert texts(page, "status") == ["Disposed"]


def test_nobody_signed_in_may_change_nothing(qtbot, accounts, settings):
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(accounts, "ana"), synchronous=True)
    session = Session()
    tasks.run(catalogue_queries.session_info, session.update)
    assert not session.ready
    page = RecordPage(tasks, "reference_sample", session, settings=settings)
    qtbot.addWidget(page)
    assert not page.actions["new"].isEnabled()
    assert page.actions["new"].toolTip() == "Sign in first."
    # The catalogue agrees: without a password, --user ana is not enough.
    with pytest.raises(Exception, match="may not change records"):
        run(tasks, lambda cat: cat.add("reference_sample", sample(inventory_code="RS-101")))
