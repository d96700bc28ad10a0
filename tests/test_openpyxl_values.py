"""The rows of a workbook the import in chunks reads with openpyxl (an error cell, a whole number of 2^53 or
more), read row by row by ``tabular_sheet_aside.openpyxl_values`` (issue 23): the values openpyxl's own
``iter_rows(values_only=True)`` gives, without the emptied row elements openpyxl's parser leaves in the
tree (the import's memory grew ~25 MB per 100,000 rows)."""

from __future__ import annotations

import weakref
from pathlib import Path

import openpyxl
from openpyxl.worksheet._reader import WorkSheetParser

from labnet.catalogue.tabular_sheet_aside import openpyxl_rows, openpyxl_values
from labnet.catalogue.tabular_xlsx import _openpyxl_rows, _read_openpyxl, _read_workbook, _Sheet, sheet_headers
from test_xlsx_stream import DATA, excel_like, sheet

# DATA's rows (missing rows 4 and 8, an empty row 9, formulas, inline and shared strings, dates) and after
# them an error cell, a 17-digit number, a row with its first cells missing, a row without r=.
ODD = DATA.replace('<row r="9"/>', '<row r="9"/><row r="10"><c r="A10" t="e"><v>#N/A</v></c>'
                   '<c r="B10"><v>12345678901234567</v></c><c r="C10" t="e"><v>#DIV/0!</v></c></row>'
                   '<row r="12"><c r="E12"><v>9007199254740993</v></c></row><row><c r="A13"><v>7</v></c></row>')


def _stock(path: Path, title: str) -> list[list]:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return [list(row) for row in _openpyxl_rows(wb[title])()]
    finally:
        wb.close()


def test_rows_are_openpyxls_own_values(tmp_path):
    f = excel_like(tmp_path / "odd.xlsx", ODD)
    for title in ("Data", "Blank"):
        with openpyxl_rows(f, title) as rows:
            assert list(rows) == _stock(f, title)
    with openpyxl_rows(f, "Data") as rows:
        got = list(rows)
    assert got[9][:3] == ["#N/A", 12345678901234567, "#DIV/0!"] and got[11] == [None] * 4 + [9007199254740993]
    assert got[3] == [] and got[7] == [] and got[8] == []   # rows missing from the XML and an empty row


def test_a_row_read_is_no_longer_held(tmp_path, monkeypatch):
    """Each row's element is freed once read: openpyxl's ``parse`` clears it and keeps it in ``sheetData``
    to the end of the sheet, so its reading grows with the sheet."""
    f = excel_like(tmp_path / "long.xlsx", sheet("".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>'
                                                         for n in range(1, 201))))
    seen: list[weakref.ref] = []
    parse_row = WorkSheetParser.parse_row

    def spy(self, element):
        seen.append(weakref.ref(element))
        return parse_row(self, element)
    monkeypatch.setattr(WorkSheetParser, "parse_row", spy)
    wb = openpyxl.load_workbook(f, read_only=True, data_only=True)
    try:
        rows = openpyxl_values(wb["Data"])
        for n, row in enumerate(rows, 1):
            assert row == (n,)
            if n == 150:
                assert sum(ref() is not None for ref in seen) <= 1 and len(seen) == 150
        assert n == 200
    finally:
        wb.close()


def test_a_workbook_opened_for_reading_is_not_parsed_for_its_sheets_size(tmp_path, monkeypatch):
    """``openpyxl_book``: openpyxl's ``load_workbook(read_only=True)`` parses a sheet that does not say its
    size (no ``<dimension>``: openpyxl's own files) whole as it opens the workbook, each row's emptied element
    kept to the end of the sheet (the import's peak at 1,000,000 rows).  Opened here, no sheet is parsed
    for it, and the rows read are openpyxl's own: without a dimension, with one, with one not from A1."""
    books = [excel_like(tmp_path / f"{name}.xlsx", ODD.replace('<dimension ref="A1:F9"/>', dimension))
             for name, dimension in (("none", ""), ("stated", '<dimension ref="A1:F9"/>'),
                                     ("offset", '<dimension ref="C3:E12"/>'))]
    expected = {(f, title): _stock(f, title) for f in books for title in ("Data", "Blank")}
    whole = {f: _stock_table(f) for f in books}

    def parse_dimensions(self):
        raise AssertionError("a sheet parsed for its size")
    monkeypatch.setattr(WorkSheetParser, "parse_dimensions", parse_dimensions)
    for f in books:
        for title in ("Data", "Blank"):
            with openpyxl_rows(f, title) as rows:
                assert list(rows) == expected[f, title]
        table = _read_openpyxl(f)
        assert (table.headers, table.rows, table.row_numbers, table.notes) == whole[f]
        assert sheet_headers(f, ["Data"]) == {"Data": expected[f, "Data"][0]}
    assert expected[books[0], "Data"] == expected[books[2], "Data"]   # iter_rows from A1 whatever the size says


def _stock_table(path: Path) -> tuple:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        table = _read_workbook([_Sheet(ws.title, _openpyxl_rows(ws)) for ws in wb.worksheets], path.name)
        return table.headers, table.rows, table.row_numbers, table.notes
    finally:
        wb.close()
