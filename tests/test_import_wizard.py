"""The import wizard on real files: every bad row shown, then all or only the valid rows."""

import csv

import pytest
from PySide6.QtWidgets import QMessageBox

from factories import days
from labnet.catalogue.store import Catalogue
from labnet.desktop.import_wizard import ImportWizard
from labnet.desktop.tasks import Tasks

HEADERS = ["Item code", "Substance", "CAS No", "Purity", "Unit", "Quantity", "Date received", "Status",
           "Shelf remarks"]


def good_row(n):
    return [f"RS-IMP-{n:03d}", "Cocaine hydrochloride", "53-21-4", "99,1", "mg", "100", days(-30), "in use", "x"]


BAD_ROWS = {
    # file row number -> (column, reason fragment)
    4: ("CAS No", "check digit of CAS number 53-21-5 is wrong"),
    6: ("Date received", "not a real calendar date"),
    8: ("Purity", "purity of 140 % is impossible"),
}


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)


@pytest.fixture
def tasks(tmp_path):
    tasks = Tasks(lambda: Catalogue.open(tmp_path / "lab", user="amina"), synchronous=True)
    yield tasks
    tasks.shutdown()


def count(tasks):
    out = []
    tasks.run(lambda cat: cat.count("reference_sample"), out.append)
    return out[0]


def write_csv(path, n_good=6, bad=True):
    rows = [good_row(i) for i in range(1, n_good + 1)]
    if bad:
        wrong_cas, impossible_date, too_pure = good_row(101), good_row(102), good_row(103)
        wrong_cas[2] = "53-21-5"
        impossible_date[6] = "2025-02-30"
        too_pure[3] = "140"
        rows.insert(2, wrong_cas)        # file row 4 (the header is row 1)
        rows.insert(4, impossible_date)  # file row 6
        rows.insert(6, too_pure)         # file row 8
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return path


def open_wizard(qtbot, tasks):
    wizard = ImportWizard(tasks, "reference_sample", None)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def to_preview(qtbot, wizard, path):
    wizard.pages[0].path.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.pages[1]
    wizard.next()
    assert wizard.currentPage() is wizard.pages[2]
    return wizard.pages[2]


def problem_rows(preview):
    model = preview.model
    return [[model.data(model.index(r, c)) for c in range(4)] for r in range(model.rowCount())]


def test_every_bad_row_is_shown_and_only_the_valid_rows_are_imported(qtbot, tasks, tmp_path):
    path = write_csv(tmp_path / "standards.csv")
    wizard = open_wizard(qtbot, tasks)
    imported = []
    wizard.imported.connect(imported.append)
    wizard.pages[0].path.setText(str(path))
    wizard.next()

    mapping = wizard.pages[1].table.mapping()
    assert mapping["Item code"] == "inventory_code" and mapping["CAS No"] == "cas_number"
    assert mapping["Shelf remarks"] is None  # shown as "ignore"
    table = wizard.pages[1].table
    qtbot.waitUntil(lambda: "Shelf remarks" in table.combos)  # the choices are made a few rows per turn
    assert table.combos["Shelf remarks"].currentText() == "— ignore this column —"
    wizard.next()

    preview = wizard.pages[2]
    assert [preview.counts[k].text() for k in ("new", "updated", "unchanged", "invalid")] == ["6", "0", "0", "3"]
    rows = problem_rows(preview)
    assert [(int(r[0]), r[1]) for r in rows] == [(n, col) for n, (col, _) in sorted(BAD_ROWS.items())]
    for row, (_n, (_, reason)) in zip(rows, sorted(BAD_ROWS.items())):
        assert reason in row[3], row
    assert rows[0][2] == "53-21-5" and rows[1][2] == "2025-02-30" and rows[2][2] == "140"
    assert count(tasks) == 0  # the preview wrote nothing
    assert preview.isComplete()
    wizard.next()

    page = wizard.pages[3]
    assert not page.all_rows.isEnabled() and page.valid_only.isEnabled()
    assert not page.isComplete()  # a conscious choice is needed when rows would be left out
    page.valid_only.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.pages[4]
    assert count(tasks) == 6
    assert len(imported) == 1 and imported[0].inserted == 6 and imported[0].invalid_rows == [4, 6, 8]
    assert "Imported: 6 added" in wizard.pages[4].text.text()
    assert "4, 6, 8" in wizard.pages[4].details.text()


def test_a_clean_file_imports_all_rows(qtbot, tasks, tmp_path):
    path = write_csv(tmp_path / "clean.csv", n_good=4, bad=False)
    wizard = open_wizard(qtbot, tasks)
    to_preview(qtbot, wizard, path)
    wizard.next()
    page = wizard.pages[3]
    assert page.all_rows.isEnabled() and page.all_rows.isChecked() and not page.valid_only.isEnabled()
    wizard.next()
    assert count(tasks) == 4 and wizard.report.inserted == 4


def test_cancel_during_the_import_writes_nothing(qtbot, tasks, tmp_path):
    path = write_csv(tmp_path / "big.csv", n_good=2500, bad=False)
    wizard = open_wizard(qtbot, tasks)
    to_preview(qtbot, wizard, path)
    wizard.next()
    page = wizard.pages[3]
    # Press Cancel as soon as the import reports its first progress.
    page.runner.bar.valueChanged.connect(lambda value: value and page.runner.cancel_button.click())
    wizard.next()
    assert wizard.currentPage() is page  # stays, to try again or go back
    assert "cancelled; nothing was written" in page.runner.status.text()
    assert count(tasks) == 0 and wizard.report is None
    assert page.isComplete()  # the choice still stands; Import can be pressed again


def test_the_wizard_cancel_button_stops_a_running_import_first(qtbot, tasks, tmp_path):
    path = write_csv(tmp_path / "big.csv", n_good=1500, bad=False)
    wizard = open_wizard(qtbot, tasks)
    to_preview(qtbot, wizard, path)
    wizard.next()
    page = wizard.pages[3]
    page.runner.bar.valueChanged.connect(lambda value: value and wizard.reject())
    wizard.next()
    assert wizard.isVisible() and count(tasks) == 0
    assert "cancelled" in page.runner.status.text()


def test_a_file_that_cannot_be_read_keeps_the_first_page(qtbot, tasks, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    wizard = open_wizard(qtbot, tasks)
    wizard.pages[0].path.setText(str(empty))
    wizard.next()
    assert wizard.currentPage() is wizard.pages[0]
    assert "is empty" in wizard.pages[0].runner.status.text()
    wizard.pages[0].path.setText(str(tmp_path / "missing.xlsx"))
    wizard.next()
    assert wizard.currentPage() is wizard.pages[0]
    assert "does not exist" in wizard.pages[0].runner.status.text()


def test_mapping_needs_every_required_field_once(qtbot, tasks, tmp_path):
    path = write_csv(tmp_path / "standards.csv")
    wizard = open_wizard(qtbot, tasks)
    wizard.pages[0].path.setText(str(path))
    wizard.next()
    mapping_page = wizard.pages[1]
    mapping_page.table.choose("Substance", None)
    assert not mapping_page.isComplete() and "Substance" in mapping_page.message.text()
    mapping_page.table.choose("Substance", "substance")
    mapping_page.table.choose("Shelf remarks", "lot")
    mapping_page.table.choose("Unit", "lot")
    assert not mapping_page.isComplete() and "“Unit”, “Shelf remarks”" in mapping_page.message.text()
    mapping_page.table.choose("Unit", "unit")
    assert mapping_page.isComplete()
    wizard.next()
    assert wizard.preview.mapping["Shelf remarks"] == "lot"


def test_the_wizard_works_with_the_real_worker_thread(qtbot, tmp_path):
    path = write_csv(tmp_path / "standards.csv")
    tasks = Tasks(lambda: Catalogue.open(tmp_path / "lab", user="amina"))
    try:
        wizard = open_wizard(qtbot, tasks)
        wizard.pages[0].path.setText(str(path))
        wizard.next()  # reads the file on the worker, then moves on by itself
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.pages[1], timeout=5000)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.pages[2].isComplete(), timeout=5000)
        assert wizard.pages[2].model.rowCount() == 3
        wizard.next()
        wizard.pages[3].valid_only.setChecked(True)
        with qtbot.waitSignal(wizard.imported, timeout=5000):
            wizard.next()
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.pages[4], timeout=5000)
        qtbot.waitUntil(lambda: tasks.pending == 0, timeout=5000)
    finally:
        tasks.shutdown()
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        assert cat.count("reference_sample") == 6
