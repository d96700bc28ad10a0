"""The import wizard's first page reads the header and the first rows only (issue 23); the trial run counts.

A large file's first page must open at once in little memory: ``read_table(limit=N)`` reads the first
MiB of a CSV file (here lowered to a few KiB, so that small files stand for large ones) or stops
openpyxl's streamed reading of a workbook after N rows, and its rows must be exactly the first rows of
the whole file's reading.
"""

from __future__ import annotations

import csv

import openpyxl
import pytest

import labnet.catalogue.tabular as tabular
from labnet.catalogue.encodings import EncodingUnknown
from labnet.catalogue.tabular import read_table
from labnet.desktop import import_file_page
from labnet.desktop.import_wizard import ImportWizard
from test_import_wizard import HEADERS, good_row, no_blocking_message_boxes, tasks  # noqa: F401 - fixtures


@pytest.fixture
def small_preview(monkeypatch):
    monkeypatch.setattr(tabular, "PREVIEW_BYTES", 4096)


def write_rows(path, rows, encoding="utf-8"):
    with open(path, "w", newline="", encoding=encoding) as f:
        writer = csv.writer(f)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return path


def test_the_first_rows_of_a_csv_file_are_the_whole_readings_first_rows(tmp_path, small_preview):
    rows = [good_row(i) for i in range(1, 301)]
    for i in range(0, 300, 7):
        rows[i][8] = f"remark\nover two lines, \"quoted\" {i}"  # quoted cells across lines, one at the cut
    rows.insert(40, [""] * 9)  # a blank row: the row numbers skip it
    path = write_rows(tmp_path / "big.csv", rows)
    whole = read_table(path)
    for limit in (5, 20, 1000):
        head = read_table(path, limit=limit)
        assert head.partial
        assert head.headers == whole.headers and head.delimiter == whole.delimiter
        assert 0 < len(head.rows) <= limit
        assert head.rows == whole.rows[: len(head.rows)]
        assert head.row_numbers == whole.row_numbers[: len(head.rows)]
    assert len(read_table(path, limit=20).rows) == 20
    short = read_table(path, limit=100_000)  # the first KiB hold fewer rows than asked: those rows
    assert short.partial and len(short.rows) < len(whole.rows)


def test_a_small_file_is_read_whole_and_said_so(tmp_path):
    path = write_rows(tmp_path / "small.csv", [good_row(i) for i in range(1, 11)])
    table = read_table(path, limit=200)
    assert not table.partial and len(table.rows) == 10


def test_the_encoding_is_told_from_the_start_and_a_refused_start_reads_the_whole_file(tmp_path, small_preview):
    rows = [good_row(i) for i in range(1, 200)]
    rows[0][1] = "Cocaïne chlorhydrate"
    path = write_rows(tmp_path / "latin.csv", rows, encoding="cp1252")
    with pytest.raises(EncodingUnknown) as whole:
        read_table(path)
    with pytest.raises(EncodingUnknown) as head:
        read_table(path, limit=10)
    assert str(head.value) == str(whole.value)
    table = read_table(path, limit=10, encoding="cp1252")
    assert table.rows == read_table(path, encoding="cp1252").rows[:10]
    assert table.rows[0][1] == "Cocaïne chlorhydrate" and table.encoding == "cp1252"
    # A header row given below the first KiB: the start alone has no such row, the whole file has.
    assert read_table(path, limit=5, header_row=150, encoding="cp1252").row_numbers[0] == 151


def test_a_workbook_stops_at_the_first_rows(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(HEADERS)
    for i in range(1, 501):
        wb.active.append(good_row(i))
    path = tmp_path / "big.xlsx"
    wb.save(path)
    head, whole = read_table(path, limit=30), read_table(path)
    assert head.partial and not whole.partial
    assert head.rows == whole.rows[:30] and head.row_numbers == whole.row_numbers[:30]


def test_the_wizard_shows_the_first_rows_and_the_trial_run_counts_them_all(qtbot, tasks, tmp_path, small_preview,
                                                                         monkeypatch):
    monkeypatch.setattr(import_file_page, "PREVIEW_ROWS", 25)
    path = write_rows(tmp_path / "big.csv", [good_row(i) for i in range(1, 401)])
    wizard = ImportWizard(tasks, "reference_sample", None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.pages[0].path.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.pages[1]
    assert wizard.table.partial and len(wizard.table.rows) == 25
    assert wizard.pages[0].runner.status.text().startswith("9 columns.")
    mapping = wizard.pages[1].table
    codes = next(mapping.item(r, 1).text() for r in range(mapping.rowCount()) if mapping.item(r, 0).text() == "Item code")
    assert codes == "RS-IMP-001, RS-IMP-002, RS-IMP-003"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview is not None)
    assert wizard.preview.rows_read == 400 and wizard.preview.inserted == 400
