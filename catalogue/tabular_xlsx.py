"""Reading an Excel workbook (.xlsx) into a ``Table``, and what its sheets hold (see ``labnet.catalogue.tabular``)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from . import tabular_table as _limits  # MAX_ROWS read at each call (tests lower it)
from .errors import CatalogueError, Message
from .spreadsheet_write import MAX_CELL_CHARS
from .tabular_table import _FORMATS_HINT, Table, _finish, _long_cell_message, _no_header_message, _too_many_rows_message


def sheet_headers(path: str | os.PathLike[str], sheets: Sequence[str],
                  header_row: int | None = None) -> dict[str, list[Any]]:
    """The header row of each of ``sheets`` of an XLSX file: row ``header_row``, or the first non-blank row."""
    from .tabular_calamine import _calamine_reads, _openpyxl_streams, calamine_headers
    from .tabular_sheet_aside import aside_headers
    from .tabular_sheet_stream import _StreamDiffers, streamed_headers

    path = Path(path)
    try:
        return streamed_headers(path, sheets, header_row)
    except _StreamDiffers:
        pass
    if not _openpyxl_streams(path) and _calamine_reads(path):
        try:  # calamine's reading without its parse of the whole sheet (tabular_sheet_aside)
            return aside_headers(path, sheets, header_row)
        except _StreamDiffers:
            pass
        try:
            return calamine_headers(path, sheets, header_row)
        except Exception:  # openpyxl reads it or says what is wrong, as it always did
            pass
    try:
        wb = openpyxl_book(path)
    except Exception as exc:
        raise CatalogueError(_damaged_xlsx_message(path.name, exc)) from None
    try:
        return _headers_of({ws.title: _Sheet(ws.title, _openpyxl_rows(ws)) for ws in wb.worksheets
                            if hasattr(ws, "iter_rows")}, sheets, header_row)
    finally:
        wb.close()


def _headers_of(by_title: dict[str, Any], sheets: Sequence[str], header_row: int | None) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for name in sheets:
        for number, row in enumerate(by_title[name].rows(), 1):
            if header_row is not None and number < header_row:
                continue
            if header_row is not None or not _xlsx_blank(row):
                out[name] = list(row)
                break
    return out


def _read_xlsx(path: Path, sheet: str | None = None, header_row: int | None = None,
               reading: Callable[[int], Any] | None = None, limit: int | None = None) -> Table:
    """The table of a workbook; with ``limit``, the header and the first ``limit`` rows only, read by
    openpyxl, which parses no further when the sheet says its size (calamine parses the whole sheet
    first; see ``tabular_calamine._openpyxl_streams``)."""
    name = path.name
    if importlib.util.find_spec("openpyxl") is None:  # pragma: no cover - openpyxl is a dependency
        raise CatalogueError(Message("Excel files cannot be read on this computer because the openpyxl package "
                                     "is missing. Reinstall LabNet, or save the sheet as CSV and import "
                                     "that.")) from None
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            mimetype = zf.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise CatalogueError(_damaged_xlsx_message(name, exc)) from None
    if "xl/workbook.xml" not in names:
        if b"opendocument.spreadsheet" in mimetype:
            raise CatalogueError(Message("The file {name} is an OpenDocument spreadsheet (.ods). Open it in "
                                         "LibreOffice or Excel and save it as an Excel workbook (.xlsx) or CSV, "
                                         "then import that file.", name=name))
        if "word/document.xml" in names:
            raise CatalogueError(Message("The file {name} is a Word document, not a spreadsheet. {hint}",
                                         name=name, hint=_FORMATS_HINT))
        raise CatalogueError(Message("The file {name} is a ZIP archive, not an Excel workbook. {hint}", name=name,
                                     hint=_FORMATS_HINT))
    from .tabular_calamine import _calamine_reads, _CalamineDiffers, _openpyxl_streams, _read_calamine
    from .tabular_sheet_aside import read_aside
    from .tabular_sheet_stream import _StreamDiffers, read_streamed

    try:  # a row at a time from the sheet's XML, in bounded memory, when it holds only what that reader reads
        return read_streamed(path, sheet, header_row, reading, limit)
    except _StreamDiffers:
        pass
    if limit is not None and not _openpyxl_streams(path) and _calamine_reads(path):
        try:  # the first rows as calamine reads them, without its parse of the whole sheet
            return read_aside(path, sheet, header_row, reading, limit)
        except _StreamDiffers:
            pass
    if (limit is None or not _openpyxl_streams(path)) and _calamine_reads(path):
        try:
            return _read_calamine(path, sheet, header_row, reading, limit)
        except CatalogueError:
            raise
        except (_CalamineDiffers, Exception):
            pass  # read by openpyxl, the reference: it reads the file or says what is wrong, as it always did
    return _read_openpyxl(path, sheet, header_row, reading, limit)


def _read_openpyxl(path: Path, sheet: str | None = None, header_row: int | None = None,
                   reading: Callable[[int], Any] | None = None, limit: int | None = None) -> Table:
    """The workbook read by openpyxl (streamed XML, ~14x slower than calamine): the reference reading,
    and the reader of a workbook with error cells (see ``_calamine_reads``)."""
    from openpyxl.utils.exceptions import InvalidFileException

    name = path.name
    try:
        wb = openpyxl_book(path)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError,
            AttributeError, IndexError) as exc:
        raise CatalogueError(_damaged_xlsx_message(name, exc)) from None
    except Exception as exc:  # lxml/ElementTree parse errors and the like: still a damaged file
        raise CatalogueError(_damaged_xlsx_message(name, exc)) from None
    try:
        sheets = [_Sheet(ws.title, _openpyxl_rows(ws)) for ws in wb.worksheets if hasattr(ws, "iter_rows")]
        return _read_workbook(sheets, name, sheet, header_row, reading, limit)
    except CatalogueError:
        raise
    except Exception as exc:
        raise CatalogueError(_damaged_xlsx_message(name, exc)) from None
    finally:
        wb.close()


def openpyxl_book(path: Path) -> Any:
    """``openpyxl.load_workbook(path, read_only=True, data_only=True)`` without openpyxl's reading of each
    worksheet's size as it opens the workbook: a sheet that does not say it in a ``<dimension>`` before its
    rows (openpyxl's own files, LabNet's exports) is parsed whole for it, each row's emptied element kept to
    the end of the sheet (+9 MB at 100,000 rows of 76 columns, ~6 s of CPU; at 1,000,000 rows the import's
    peak).  The readings here never use that size: they reset it before reading the rows
    (``_openpyxl_rows``, ``tabular_sheet_aside.openpyxl_values``), and an unsized worksheet is what the reset
    leaves (``iter_rows`` starts at A1 whatever the sheet's first cell)."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    class Unsized(ReadOnlyWorksheet):
        def _get_size(self) -> None:
            pass  # as reset_dimensions leaves it

    class Reader(ExcelReader):
        def read_worksheets(self) -> None:
            # openpyxl 3.1's read_worksheets, its read-only branch alone, with Unsized for ReadOnlyWorksheet
            from openpyxl.packaging.relationship import get_dependents, get_rels_path

            for sheet, rel in self.parser.find_sheets():
                if rel.target not in self.valid_files:
                    continue
                if "chartsheet" in rel.Type:
                    self.read_chartsheet(sheet, rel)
                    continue
                rels_path = get_rels_path(rel.target)
                if rels_path in self.valid_files:
                    get_dependents(self.archive, rels_path)  # read (and refused when damaged) as openpyxl does
                ws = Unsized(self.wb, sheet.name, rel.target, self.shared_strings)
                ws.sheet_state = sheet.state
                self.wb._sheets.append(ws)

    reader = Reader(path, read_only=True, data_only=True)
    reader.read()
    return reader.wb


def _damaged_xlsx_message(name: str, exc: BaseException) -> str:
    detail = str(exc).strip() or type(exc).__name__
    return Message("The file {name} looks like an Excel workbook but cannot be read: it is damaged or incomplete "
                   "({detail}). Open it in Excel and save it again, or save the sheet as CSV and import that.",
                   name=name, detail=detail)


def _xlsx_blank(row: Sequence[Any]) -> bool:
    for v in row:
        if v is None:
            continue
        if type(v) is str and not v.strip():
            continue
        return False
    return True


class _Sheet:
    """A worksheet as either reader gives it: its title, and its rows (a fresh iterator at each call) as
    openpyxl's ``values_only`` gives them, from row 1 and column A."""

    def __init__(self, title: str, rows: Callable[[], Iterator[Sequence[Any]]]) -> None:
        self.title, self.rows = title, rows


def _openpyxl_rows(ws: Any) -> Callable[[], Iterator[Sequence[Any]]]:
    def rows() -> Iterator[Sequence[Any]]:
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()  # never trust the stored size: some programs write it wrongly
        return ws.iter_rows(values_only=True)
    return rows


def _read_workbook(sheets: list[_Sheet], name: str, sheet: str | None = None, header_row: int | None = None,
                   reading: Callable[[int], Any] | None = None, limit: int | None = None) -> Table:
    if sheet is not None:
        named = [ws for ws in sheets if ws.title == sheet] or [ws for ws in sheets
                                                                if ws.title.strip().casefold() == sheet.strip().casefold()]
        if not named:  # the caller checks the name against workbook_sheets() and says so
            raise KeyError(sheet)
        sheets = named[:1]
    chosen = None
    for ws in sheets:
        rows_iter = iter(ws.rows())
        last = 0
        for number, row in enumerate(rows_iter, 1):
            last = number
            if header_row is not None and number < header_row:
                continue  # above the header row asked for: not part of the table
            if header_row is not None and _xlsx_blank(row):
                raise CatalogueError(_no_header_message(name, header_row, last))
            if not _xlsx_blank(row):
                chosen = (ws, rows_iter, number, list(row))
                break
        if chosen:
            break
        if header_row is not None:
            raise CatalogueError(_no_header_message(name, header_row, last))
    if chosen is None:
        raise CatalogueError(Message("The workbook {name} is empty: none of its sheets holds a value. "
                                     "Choose the file that holds the data.", name=name))
    ws, rows_iter, header_row, header = chosen
    rows: list[list[Any]] = []
    numbers: list[int] = []
    width = 0
    partial = False
    for number, row in enumerate(rows_iter, header_row + 1):
        if limit is not None and len(numbers) >= limit:
            partial = True
            break
        if reading is not None and not number % 2000:
            reading(number)
        if _xlsx_blank(row):
            continue
        for col, v in enumerate(row):
            if type(v) is str and len(v) > MAX_CELL_CHARS:
                raise CatalogueError(_long_cell_message(name, number, col, csv_file=False))
        if len(numbers) >= _limits.MAX_ROWS:
            raise CatalogueError(_too_many_rows_message(name))
        if len(row) > width:
            width = len(row)
        rows.append(list(row))
        numbers.append(number)
    table = Table(headers=[], rows=rows, row_numbers=numbers, sheet=ws.title, format="xlsx", header_row=header_row,
                  partial=partial)
    _finish(table, [_header_text(h) for h in header], width, None, name)
    others = [s.title for s in sheets if s is not ws and _rows_have_data(s.rows())] if sheet is None else []
    if others:
        table.notes.append(Message.plural(
            "Only the sheet “{sheet}” was read; the workbook has another sheet with data ({sheets}). Put each "
            "kind of record in a file of its own to import it.",
            "Only the sheet “{sheet}” was read; the workbook has other sheets with data ({sheets}). Put each "
            "kind of record in a file of its own to import it.",
            len(others), sheet=ws.title, sheets=", ".join(f"“{t}”" for t in others)))
    return table


def _sheet_has_data(ws: Any) -> bool:
    return _rows_have_data(ws.iter_rows(values_only=True))


def _rows_have_data(rows: Iterable[Sequence[Any]]) -> bool:
    return any(not _xlsx_blank(row) for row in rows)


def _header_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
