"""The workbook reader (python-calamine) against openpyxl's reading of the same workbooks, cell by cell.

openpyxl is the reference (``labnet.catalogue.tabular_calamine``'s docstring): each workbook below is read by
both, and the tables must be the same, value and type of every cell, row numbers, header, notes and
refusals.  Formulas carry the value Excel last calculated (written into the file's XML here, since
openpyxl writes none); error cells and integers past 2^53, which calamine reads otherwise, must
send the workbook to openpyxl.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from labnet.catalogue.errors import CatalogueError
from labnet.catalogue.tabular import read_table, sheet_headers, workbook_sheets, write_table
from labnet.catalogue.tabular_calamine import (
    _calamine_reads,
    _openpyxl_streams,
    _read_calamine,
    calamine_headers,
    calamine_sheets,
)
from labnet.catalogue.tabular_sheet_stream import _StreamDiffers, read_streamed
from labnet.catalogue.tabular_xlsx import _read_openpyxl

STREAM_LEFT: list[str] = []  # workbooks the streaming reader left to calamine (and the test expects it)


def typed(rows: list[list[Any]]) -> list[list[tuple[str, Any]]]:
    return [[(type(v).__name__, v) for v in row] for row in rows]


def both(path: Path, sheet: str | None = None, header_row: int | None = None) -> Any:
    """The table as calamine reads it, after checking openpyxl reads the same, or the same refusal."""
    try:
        reference = _read_openpyxl(path, sheet, header_row)
    except CatalogueError as exc:
        with pytest.raises(CatalogueError) as raised:
            _read_calamine(path, sheet, header_row, None)
        assert str(raised.value) == str(exc)
        try:
            with pytest.raises(CatalogueError) as raised:
                read_streamed(path, sheet, header_row, None)
            assert str(raised.value) == str(exc)
        except _StreamDiffers:
            STREAM_LEFT.append(path.name)
        return exc
    table = _read_calamine(path, sheet, header_row, None)
    try:
        streamed = read_streamed(path, sheet, header_row, None)
    except _StreamDiffers:
        STREAM_LEFT.append(path.name)
    else:  # the streaming reader (tabular_sheet_stream) reads the same, or leaves the workbook to calamine
        assert streamed.headers == table.headers and typed(streamed.rows) == typed(table.rows)
        assert (streamed.row_numbers, streamed.sheet, streamed.header_row, streamed.notes) == (
            table.row_numbers, table.sheet, table.header_row, table.notes)
    assert table.headers == reference.headers
    assert typed(table.rows) == typed(reference.rows)
    assert table.row_numbers == reference.row_numbers
    assert (table.sheet, table.header_row, table.format, table.notes) == (
        reference.sheet, reference.header_row, reference.format, reference.notes)
    return table


def with_cached_values(path: Path, cached: dict[str, tuple[str, str]]) -> None:
    """Give the formulas in cells ``cached`` (cell -> (type, text)) the value Excel would have stored."""
    with zipfile.ZipFile(path) as zf:
        items = {info.filename: zf.read(info) for info in zf.infolist()}
    xml = items["xl/worksheets/sheet1.xml"].decode()
    for ref, (kind, text) in cached.items():
        xml, n = re.subn(rf'<c r="{ref}"( s="\d+")?( t="\w+")?><f>(.*?)</f><v\s*/>',
                         lambda m, ref=ref, kind=kind, text=text:
                         f'<c r="{ref}"{m.group(1) or ""}{kind and f" t={chr(34)}{kind}{chr(34)}"}>'
                         f'<f>{m.group(3)}</f><v>{text}</v>', xml)
        assert n == 1, ref
    items["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in items.items():
            zf.writestr(name, data)


def test_values_of_every_kind_read_the_same(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Code", "When", "Day", "Time", "Span", "Whole", "Real", "Flag", "Text"])
    values = [
        ["A1", dt.datetime(2024, 1, 2, 13, 4, 5), dt.date(2024, 3, 4), dt.time(13, 5), dt.timedelta(hours=30),
         5, 2.5, True, "plain"],
        ["A2", dt.datetime(2024, 1, 2), dt.datetime(1999, 12, 31), dt.time(0, 0, 1), dt.timedelta(0),
         -7, 0.1, False, "  spaces kept  "],
        ["A3", None, None, None, None, 1e15, 1 / 3, None, "line\nbreak"],
        ["A4", dt.datetime(1900, 3, 1), dt.date(1904, 1, 1), dt.time(23, 59, 59), dt.timedelta(days=400),
         999_999_999_999_999, 5e15, None, "Ünïcødé – “quotes” 中文"],
        [1234, 45000, 0, -0.0, 1e-300, 12.0, -2.5e-5, 1, "'=not a formula"],
    ]
    for row in values:
        ws.append(row)
    for cell, fmt in (("B8", "yyyy-mm-dd"), ("C8", "dd/mm/yyyy"), ("D8", "h:mm"), ("E8", "0.00%"),
                      ("F8", "[$-409]d-mmm-yyyy;@"), ("G8", '"d"0'), ("H8", "0.00E+00"), ("I8", "@")):
        ws[cell] = 45000.25
        ws[cell].number_format = fmt
    path = tmp_path / "kinds.xlsx"
    wb.save(path)
    assert _calamine_reads(path)
    table = both(path)
    assert table.rows[0][1] == dt.datetime(2024, 1, 2, 13, 4, 5) and table.rows[0][2] == dt.datetime(2024, 3, 4)
    assert [type(v) for v in table.rows[0][5:8]] == [int, float, bool]
    assert table.rows[5][1] == dt.datetime(2023, 3, 15, 6, 0) and table.rows[5][4] == 45000.25
    assert read_table(path).rows == table.rows  # and read_table takes calamine's reading


def test_layout_blank_rows_columns_and_merged_header_read_the_same(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["D3"] = "Report of the month"            # a title above the table
    ws.merge_cells("D3:F3")
    ws["C5"], ws["D5"], ws["F5"] = "Code", "Name", "Weight"   # a blank header cell between
    ws["C6"], ws["D6"], ws["E6"], ws["F6"] = "X1", "one", "stray", 1.5
    ws["C8"], ws["F8"] = "X2", 2                 # a blank row above, blank cells in it
    ws.merge_cells("D9:E10")
    ws["C9"], ws["D9"] = "X3", "merged value"
    ws["H12"] = " "                              # a cell of spaces: a blank row
    path = tmp_path / "layout.xlsx"
    wb.save(path)
    table = both(path)
    assert table.header_row == 3 and table.row_numbers[0] == 5
    table = both(path, header_row=5)
    assert table.headers[2:6] == ["Code", "Name", "", "Weight"]
    assert table.row_numbers == [6, 8, 9, 10, 12][: len(table.row_numbers)]
    refused = both(path, header_row=4)           # a blank row given as the header: the same refusal
    assert isinstance(refused, CatalogueError) and "blank" in str(refused)
    assert isinstance(both(path, header_row=40), CatalogueError)


def test_sheets_chosen_named_and_noted_the_same(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Empty"
    data = wb.create_sheet("Data")
    data.append(["Code", "Weight"])
    data.append(["X1", 1])
    notes = wb.create_sheet("Notes")
    notes["B2"] = "read me"
    hidden = wb.create_sheet("Hidden")
    hidden.sheet_state = "hidden"
    hidden.append(["Other", "Table"])
    hidden.append([1, 2])
    path = tmp_path / "sheets.xlsx"
    wb.save(path)
    table = both(path)
    assert table.sheet == "Data" and "Notes" in table.notes[0] and "Hidden" in table.notes[0]
    assert both(path, sheet=" hidden ").sheet == "Hidden"
    assert both(path, sheet="Notes").headers == ["", "read me"]
    assert isinstance(both(path, sheet="Empty"), CatalogueError)


def test_formulas_read_as_their_cached_values(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Code", "Sum", "Label", "Check", "Date", "Never calculated"])
    ws.append(["X1", "=1+2", '=A2&"-b"', "=B2>2", "=DATE(2024,5,6)", "=NOW()"])
    ws["E2"].number_format = "yyyy-mm-dd"
    path = tmp_path / "formulas.xlsx"
    wb.save(path)
    with_cached_values(path, {"B2": ("", "3"), "C2": ("str", "X1-b"), "D2": ("b", "1"), "E2": ("", "45418")})
    table = both(path)
    assert table.rows == [["X1", 3, "X1-b", True, dt.datetime(2024, 5, 6), None]]


def test_error_cells_and_long_integers_are_read_by_openpyxl(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Code", "Purity"])
    ws.append(["X1", "=1/0"])
    path = tmp_path / "errors.xlsx"
    wb.save(path)
    with_cached_values(path, {"B2": ("e", "#DIV/0!")})
    assert not _calamine_reads(path)  # calamine reads an error cell as empty: a blank would pass the checks
    assert read_table(path).rows == [["X1", "#DIV/0!"]]

    path = tmp_path / "long.xlsx"
    write_table(path, ["Code", "Number"], [["X1", 12345678901234567]])  # written with all its digits
    # past 2^53: calamine's float would say ...568
    assert _calamine_reads(path)
    assert read_table(path).rows == [["X1", 12345678901234567]]


def test_refusals_are_the_same(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["1", "2", "3"])
    path = tmp_path / "numbers.xlsx"
    wb.save(path)
    assert "not column names" in str(both(path))
    wb = openpyxl.Workbook()
    wb.active.append(["Code", "code"])
    wb.save(path)
    assert "both headed" in str(both(path))
    wb = openpyxl.Workbook()
    wb.save(path)
    assert "empty" in str(both(path))


def test_sheets_and_headers_listed_the_same(tmp_path):
    """Without a stated size (LabNet's own exports) openpyxl parses a whole sheet before its first row, so
    calamine lists the sheets and their headers; the same answers as openpyxl's."""
    wb = openpyxl.Workbook()
    wb.active.title = "Empty"
    notes = wb.create_sheet("Notes")
    notes["C3"] = "  "
    notes["B4"] = "read me"
    data = wb.create_sheet("Data")
    data.append([None])
    data.append(["Code", "Weight", None, "Extra"])
    data.append(["X1", 1])
    path = tmp_path / "sheets.xlsx"
    wb.save(path)
    assert _openpyxl_streams(path)  # openpyxl's own saving states each sheet's size
    listed = workbook_sheets(path)
    assert listed == [("Empty", False), ("Notes", True), ("Data", True)] == calamine_sheets(path)
    for row in (None, 2, 4):
        assert calamine_headers(path, ["Notes", "Data"], row) == sheet_headers(path, ["Notes", "Data"], row)
    exported = tmp_path / "exported.xlsx"
    write_table(exported, ["Code", "Weight"], [["X1", 1]])
    assert not _openpyxl_streams(exported)  # written as LabNet exports: read by calamine
    assert workbook_sheets(exported) == [(read_table(exported).sheet, True)]
    assert sheet_headers(exported, [read_table(exported).sheet]) == {read_table(exported).sheet: ["Code", "Weight"]}
    head = read_table(exported, limit=10)
    assert head.rows == [["X1", 1]] and not head.partial
