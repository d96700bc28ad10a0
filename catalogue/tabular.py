"""Reading and writing spreadsheets (CSV and Excel .xlsx), knowing nothing of the store.

Reading
-------
``read_table(path)`` decides the format from the file's *content*, not its
name: a ZIP container holding ``xl/workbook.xml`` is an Excel workbook, text
is CSV (whatever its extension: .csv, .txt, .tsv), and anything else (an old
.xls, a password-protected workbook, a PDF renamed to .csv…) is refused with a
sentence saying what to do.

* CSV encodings (``labnet.catalogue.encodings``): UTF-8 (with or without a
  byte-order mark), UTF-16 (with a byte-order mark, or plainly recognisable);
  any other encoding only when charset-normalizer is confident of it, or when
  named (``encoding=``); otherwise the file is refused, naming ``--encoding``.
* CSV delimiters: comma, semicolon, tab or vertical bar, sniffed from the
  header row and the rows after it (the delimiter that splits the header into
  the most columns and the following rows consistently).  Excel's ``sep=;``
  first line is honoured and not counted as a row.
* Excel: the first worksheet that holds any value; cells arrive as Python
  values (numbers, ``datetime`` for date cells, ``bool``, ``str``).  Formulas
  are read as the value Excel last calculated (``data_only``).  Read by
  python-calamine (``tabular_calamine``), its values brought to openpyxl's,
  which reads what calamine would read otherwise.
* The first non-blank row is the header (or row ``header_row``).  Fully blank rows are skipped, but
  every data row keeps the row number the user sees in Excel (the header of a
  plain file is row 1, its first data row is row 2).

The work is done by ``tabular_csv`` and ``tabular_xlsx`` on the ``Table`` of
``tabular_table``; writing is in ``labnet.catalogue.spreadsheet_write`` (re-exported here): UTF-8 CSV with a
byte-order mark or XLSX, and the rules against formula injection, which
``_unquote`` undoes on reading.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .encodings import utf16_without_bom
from .errors import CatalogueError, Message
from .spreadsheet_write import _PLAIN_NUMBER, MAX_CELL_CHARS, column_letter, csv_cell, table_format, write_table  # noqa: F401 - re-exported
from .tabular_csv import DELIMITERS, _read_csv, _unquote  # noqa: F401 - re-exported
from .tabular_table import _FORMATS_HINT, MAX_ROWS, Table
from .tabular_xlsx import _damaged_xlsx_message, _read_xlsx, _sheet_has_data, openpyxl_book, sheet_headers

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"


def read_table(path: str | os.PathLike[str], sheet: str | None = None, *, encoding: str | None = None,
               header_row: int | None = None, reading: Callable[[int], Any] | None = None,
               limit: int | None = None) -> Table:
    """Read the first sheet of a CSV or XLSX file (or the sheet named ``sheet``); see the module docstring.

    ``encoding`` names a CSV file's encoding (``labnet.catalogue.encodings``);
    ``header_row`` is the row number (as Excel shows it) of the column names,
    instead of the first non-blank row.  ``reading(rows)`` is called every
    few thousand rows of a workbook (the slow format to read), for a sign of life.
    ``limit``: the header and about the first ``limit`` rows only (``Table.partial`` when more
    follow), read without reading the rest: the import wizard's preview of a large file.
    """
    path = Path(path)
    if header_row is not None and header_row < 1:
        raise CatalogueError(Message("The header row must be a row number (1 or more), not {row}.", row=header_row))
    name = path.name
    if not path.exists():
        raise CatalogueError(Message("The file {path} does not exist. Check the name and the folder, and try "
                                     "again.", path=path))
    if path.is_dir():
        raise CatalogueError(Message("The path {path} is a folder, not a file. Choose the spreadsheet file "
                                     "itself.", path=path))
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
    except OSError as exc:
        raise CatalogueError(Message("The file {name} cannot be opened ({reason}). "
                                     "Close it in any other program that has it open, and try again.", name=name,
                                     reason=exc.strerror or str(exc))) from None
    if not head:
        raise CatalogueError(Message("The file {name} is empty. Choose the file that holds the data.", name=name))
    kind = _sniff_format(head, path)
    if kind == "xlsx":
        return _read_xlsx(path, sheet, header_row, reading, limit)
    if limit is not None:
        return _csv_head(path, encoding, header_row, limit)
    return _read_csv(path, encoding, header_row)


PREVIEW_BYTES = 1 << 20  # the start of a CSV file read for a preview


def _csv_head(path: Path, encoding: str | None, header_row: int | None, limit: int) -> Table:
    """The first ``limit`` rows of a CSV file, from its first MiB cut at a line's end; the whole file when
    it is smaller, in UTF-16 (whose line ends are two bytes), or when the start alone is refused (the
    whole file's reading says why, in its words, or finds the header further down)."""
    try:
        with path.open("rb") as fh:
            data = fh.read(PREVIEW_BYTES + 1)
    except OSError:
        data = b""
    cut = data.rfind(b"\n", 0, PREVIEW_BYTES) + 1
    if (len(data) <= PREVIEW_BYTES or not cut or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
            or utf16_without_bom(data[:8192])):
        table = _read_csv(path, encoding, header_row)
    else:
        try:
            table = _read_csv(path, encoding, header_row, data=data[:cut])
        except CatalogueError:
            table = _read_csv(path, encoding, header_row)
        else:
            # The last line read may be the start of a row whose quoted cell goes on below the cut.
            table.partial = True
            if len(table.rows) > 1:
                del table.rows[-1], table.row_numbers[-1]
    if len(table.rows) > limit:
        table.partial = True
        del table.rows[limit:], table.row_numbers[limit:]
    return table


def workbook_sheets(path: str | os.PathLike[str]) -> list[tuple[str, bool]] | None:
    """The sheets of an XLSX file as (name, holds any value), in order; None for a CSV file."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
    except OSError:
        return None
    if not head or _sniff_format(head, path) != "xlsx":
        return None

    from .tabular_calamine import _calamine_reads, _openpyxl_streams, calamine_sheets
    from .tabular_sheet_aside import aside_sheets
    from .tabular_sheet_stream import _StreamDiffers, streamed_sheets

    try:  # each sheet read to its first value only (tabular_sheet_stream)
        return streamed_sheets(path)
    except _StreamDiffers:
        pass
    if not _openpyxl_streams(path) and _calamine_reads(path):
        try:  # calamine's reading without its parse of the whole sheet (tabular_sheet_aside)
            return aside_sheets(path)
        except _StreamDiffers:
            pass
        try:
            return calamine_sheets(path)
        except Exception:  # openpyxl reads it or says what is wrong, as it always did
            pass

    try:  # not sized first: openpyxl would parse each whole sheet for it (openpyxl_book)
        wb = openpyxl_book(path)
    except Exception as exc:
        raise CatalogueError(_damaged_xlsx_message(path.name, exc)) from None
    try:
        return [(ws.title, _sheet_has_data(ws)) for ws in wb.worksheets if hasattr(ws, "iter_rows")]
    finally:
        wb.close()


def _sniff_format(head: bytes, path: Path) -> str:
    name = path.name
    if head.startswith(_ZIP_MAGIC):
        return "xlsx"  # checked further when opened
    if head.startswith(_OLE2_MAGIC):
        raise CatalogueError(_ole2_message(path))
    if head.startswith(b"%PDF"):
        raise CatalogueError(Message("The file {name} is a PDF document, not a spreadsheet. {hint}", name=name,
                                     hint=_FORMATS_HINT))
    has_bom = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8))
    if not has_bom and b"\x00" in head and utf16_without_bom(head) is None:
        raise CatalogueError(Message("The file {name} is not a CSV or Excel file (it holds binary data). {hint}",
                                     name=name, hint=_FORMATS_HINT))
    probe = head.lstrip(codecs.BOM_UTF8).lstrip()[:200].lower()
    if probe.startswith((b"<!doctype html", b"<html", b"<table")):
        raise CatalogueError(Message("The file {name} is a web page (HTML), not a spreadsheet, even if its name "
                                     "says otherwise. Open it in Excel and save it as an Excel workbook (.xlsx) or "
                                     "CSV, then import that file.", name=name))
    if probe.startswith(b"<?xml"):
        raise CatalogueError(Message("The file {name} is an XML file, not a spreadsheet. Open it in Excel and save "
                                     "it as an Excel workbook (.xlsx) or CSV, then import that file.", name=name))
    if probe.startswith(b"{\\rtf"):
        raise CatalogueError(Message("The file {name} is a word-processor (RTF) document, not a spreadsheet. "
                                     "{hint}", name=name, hint=_FORMATS_HINT))
    return "csv"


def _ole2_message(path: Path) -> str:
    # A password-protected .xlsx is kept in the same container format as an
    # old .xls; its directory names a stream "EncryptionInfo".
    try:
        with path.open("rb") as fh:
            data = fh.read(8 * 1024 * 1024)
    except OSError:
        data = b""
    if "EncryptionInfo".encode("utf-16-le") in data:
        return Message("The file {name} is protected by a password, so LabNet cannot read it. Open it in Excel, "
                       "remove the password (File › Info › Protect Workbook › Encrypt with Password, then clear "
                       "it), save it, and import it again.", name=path.name)
    return Message("The file {name} is an old-format Excel workbook (.xls, Excel 97–2003), which LabNet does not "
                   "read. Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) or as CSV, and "
                   "import that file.", name=path.name)


__all__ = ["Table", "read_table", "workbook_sheets", "sheet_headers", "write_table", "table_format", "csv_cell", "column_letter",
           "MAX_ROWS", "MAX_CELL_CHARS"]
