"""Reading and writing spreadsheets (CSV and Excel .xlsx), knowing nothing of the store.

Reading
-------
``read_table(path)`` decides the format from the file's *content*, not its
name: a ZIP container holding ``xl/workbook.xml`` is an Excel workbook, text
is CSV (whatever its extension: .csv, .txt, .tsv), and anything else (an old
.xls, a password-protected workbook, a PDF renamed to .csv…) is refused with a
sentence saying what to do.

* CSV encodings, tried in order: UTF-8 (with or without a byte-order mark),
  UTF-16 (with a byte-order mark, or plainly recognisable), Windows-1252, and
  finally Latin-1, which accepts any byte.
* CSV delimiters: comma, semicolon, tab or vertical bar, sniffed from the
  header row and the rows after it (the delimiter that splits the header into
  the most columns and the following rows consistently).  Excel's ``sep=;``
  first line is honoured and not counted as a row.
* Excel: the first worksheet that holds any value; cells arrive as Python
  values (numbers, ``datetime`` for date cells, ``bool``, ``str``).  Formulas
  are read as the value Excel last calculated (``data_only``).
* The first non-blank row is the header.  Fully blank rows are skipped, but
  every data row keeps the row number the user sees in Excel (the header of a
  plain file is row 1, its first data row is row 2).

Writing is in ``catalogue.spreadsheet_write`` (re-exported here): UTF-8 CSV with a
byte-order mark or XLSX, and the rules against formula injection, which
``_unquote`` undoes on reading.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from .encodings import decode, utf16_without_bom
from .errors import CatalogueError, Message
from .spreadsheet_write import (_PLAIN_NUMBER, MAX_CELL_CHARS, column_letter, csv_cell,  # noqa: F401 - re-exported
                                table_format, write_table)

MAX_ROWS = 2_000_000
DELIMITERS = (",", ";", "\t", "|")

_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
_QUOTED = re.compile(r"'+[=+\-@\t\r]")               # read back without its first '
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_FORMATS_HINT = Message("Import a CSV file or an Excel workbook (.xlsx).")


@dataclass
class Table:
    """The cells of one sheet: a header row and the non-blank rows under it.

    ``rows`` are as wide as ``headers`` (short rows are padded with ``""`` for
    CSV, ``None`` for Excel); a value standing in a column with no header
    gives that column the header ``""``.  ``row_numbers[i]`` is the number
    Excel shows for ``rows[i]``.
    """

    headers: list[str]
    rows: list[list[Any]]
    row_numbers: list[int]
    sheet: str | None = None          # worksheet name (Excel only)
    format: str = "csv"               # "csv" or "xlsx"
    encoding: str | None = None       # CSV only, e.g. "utf-8", "cp1252"
    delimiter: str | None = None      # CSV only
    header_row: int = 1
    notes: list[str] = field(default_factory=list)  # things worth telling the user
    longest: int | None = None        # no cell is longer than this many characters (None: not known)


# --- reading -----------------------------------------------------------------

def read_table(path: str | os.PathLike[str], sheet: str | None = None, *, encoding: str | None = None,
               header_row: int | None = None, reading: Callable[[int], Any] | None = None) -> Table:
    """Read the first sheet of a CSV or XLSX file (or the sheet named ``sheet``); see the module docstring.

    ``encoding`` names a CSV file's encoding (``catalogue.encodings``);
    ``header_row`` is the row number (as Excel shows it) of the column names,
    instead of the first non-blank row.  ``reading(rows)`` is called every
    few thousand rows of a workbook (the slow format to read), for a sign of life.
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
        return _read_xlsx(path, sheet, header_row, reading)
    return _read_csv(path, encoding, header_row)


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
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise CatalogueError(_damaged_xlsx_message(path.name, exc)) from None
    try:
        return [(ws.title, _sheet_has_data(ws)) for ws in wb.worksheets if hasattr(ws, "iter_rows")]
    finally:
        wb.close()


def sheet_headers(path: str | os.PathLike[str], sheets: Sequence[str],
                  header_row: int | None = None) -> dict[str, list[Any]]:
    """The header row of each of ``sheets`` of an XLSX file: row ``header_row``, or the first non-blank row."""
    import openpyxl

    path = Path(path)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise CatalogueError(_damaged_xlsx_message(path.name, exc)) from None
    out: dict[str, list[Any]] = {}
    try:
        for name in sheets:
            ws = wb[name]
            for number, row in enumerate(ws.iter_rows(values_only=True), 1):
                if header_row is not None and number < header_row:
                    continue
                if header_row is not None or not _xlsx_blank(row):
                    out[name] = list(row)
                    break
    finally:
        wb.close()
    return out


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


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header and the next rows most consistently."""
    sample = text[:65536]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[: sample.rfind("\n")]  # never judge by a half row
    best, best_score = ",", None
    for delim in DELIMITERS:
        try:
            rows = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delim) if any(r)][:50]
        except csv.Error:
            continue
        if not rows:
            continue
        width = len(rows[0])
        if width < 2:
            continue
        consistent = sum(1 for r in rows[1:] if len(r) == width) / max(1, len(rows) - 1)
        score = (consistent >= 0.8, width, consistent)
        if best_score is None or score > best_score:
            best, best_score = delim, score
    return best


def _read_csv(path: Path, encoding: str | None = None, header_row: int | None = None) -> Table:
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CatalogueError(Message("The file {name} cannot be read ({reason}).", name=name,
                                     reason=exc.strerror or str(exc))) from None
    text, encoding, notes = decode(data, name, encoding)
    del data
    if not text.strip():
        raise CatalogueError(Message("The file {name} is empty. Choose the file that holds the data.", name=name))
    delimiter = None
    m = re.match(r"sep=(.)[ \t]*\r?\n", text)
    if m:  # Excel's "sep=;" first line: not a row of the table
        delimiter = m.group(1)
        text = text[m.end():]
    if delimiter is None:
        delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        # Whole-column work in C where possible: this is the import's hot path.
        records = list(itertools.islice(reader, MAX_ROWS + 1))
        if next(reader, None) is not None:
            raise CatalogueError(_too_many_rows_message(name))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise CatalogueError(_long_cell_message(name, reader.line_num, None, csv_file=True)) from None
        if reader.line_num:
            raise CatalogueError(Message("The file {name} cannot be read as CSV at line {line} ({detail}). Open it "
                                         "in a spreadsheet program, check that row, save it as CSV again, and "
                                         "import it again.", name=name, line=reader.line_num,
                                         detail=str(exc))) from None
        raise CatalogueError(Message("The file {name} cannot be read as CSV at the start ({detail}). Open it in a "
                                     "spreadsheet program, check that row, save it as CSV again, and import it "
                                     "again.", name=name, detail=str(exc))) from None
    joined = list(map("".join, records))
    longest = max(map(len, joined), default=0)
    if longest > MAX_CELL_CHARS:
        for number, rec in enumerate(records, 1):
            if rec and max(map(len, rec)) > MAX_CELL_CHARS:
                col = max(range(len(rec)), key=lambda i: len(rec[i]))
                raise CatalogueError(_long_cell_message(name, number, col, csv_file=True))
    kept = [i for i, j in enumerate(joined) if j and not j.isspace()]
    if not kept:
        raise CatalogueError(Message("The file {name} is empty: every row is blank. Choose the file that holds "
                                     "the data.", name=name))
    if "'" in text and _QUOTED.search(text):
        for i in kept:
            if "'" in joined[i]:
                records[i] = [_unquote(c) for c in records[i]]
    del joined
    if header_row is not None:  # as asked: the rows above it are not part of the table
        header_index = header_row - 1
        if header_index not in set(kept):
            raise CatalogueError(_no_header_message(name, header_row, len(records)))
        kept = [i for i in kept if i >= header_index]
    header_index = kept[0]
    headers = records[header_index]
    header_row = header_index + 1
    if len(kept) - 1 > MAX_ROWS:
        raise CatalogueError(_too_many_rows_message(name))
    if len(kept) == len(records):
        rows = records[1:]
        numbers = list(range(2, len(records) + 1))
    else:
        rows = [records[i] for i in kept[1:]]
        numbers = [i + 1 for i in kept[1:]]
    del records
    width = max(map(len, rows), default=0)
    del text
    table = Table(headers=[], rows=rows, row_numbers=numbers, format="csv", encoding=encoding,
                  delimiter=delimiter, header_row=header_row, longest=longest)
    _finish(table, headers, width, "", name)
    table.notes.extend(notes)
    return table


def _no_header_message(name: str, row: int, rows: int) -> str:
    if row > rows:
        return Message("The header row {row} is past the end of {name}, which has {rows:,} rows.", row=row,
                       name=name, rows=rows)
    return Message("Row {row} of {name}, given as the header row, is blank. Give the number of the row that holds "
                   "the column names.", row=row, name=name)


def _unquote(cell: str) -> str:
    return cell[1:] if cell[:1] == "'" and _QUOTED.match(cell) else cell


def _read_xlsx(path: Path, sheet: str | None = None, header_row: int | None = None,
               reading: Callable[[int], Any] | None = None) -> Table:
    name = path.name
    try:
        import openpyxl
        from openpyxl.utils.exceptions import InvalidFileException
    except ImportError:  # pragma: no cover - openpyxl is a dependency
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
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError,
            AttributeError, IndexError) as exc:
        raise CatalogueError(_damaged_xlsx_message(name, exc)) from None
    except Exception as exc:  # lxml/ElementTree parse errors and the like: still a damaged file
        raise CatalogueError(_damaged_xlsx_message(name, exc)) from None
    try:
        return _read_workbook(wb, name, sheet, header_row, reading)
    except CatalogueError:
        raise
    except Exception as exc:
        raise CatalogueError(_damaged_xlsx_message(name, exc)) from None
    finally:
        wb.close()


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


def _read_workbook(wb: Any, name: str, sheet: str | None = None, header_row: int | None = None,
                   reading: Callable[[int], Any] | None = None) -> Table:
    sheets = [ws for ws in wb.worksheets if hasattr(ws, "iter_rows")]
    if sheet is not None:
        named = [ws for ws in sheets if ws.title == sheet] or [ws for ws in sheets
                                                                if ws.title.strip().casefold() == sheet.strip().casefold()]
        if not named:  # the caller checks the name against workbook_sheets() and says so
            raise KeyError(sheet)
        sheets = named[:1]
    chosen = None
    for ws in sheets:
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()  # never trust the stored size: some programs write it wrongly
        rows_iter = ws.iter_rows(values_only=True)
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
    for number, row in enumerate(rows_iter, header_row + 1):
        if reading is not None and not number % 2000:
            reading(number)
        if _xlsx_blank(row):
            continue
        for col, v in enumerate(row):
            if type(v) is str and len(v) > MAX_CELL_CHARS:
                raise CatalogueError(_long_cell_message(name, number, col, csv_file=False))
        if len(numbers) >= MAX_ROWS:
            raise CatalogueError(_too_many_rows_message(name))
        if len(row) > width:
            width = len(row)
        rows.append(list(row))
        numbers.append(number)
    table = Table(headers=[], rows=rows, row_numbers=numbers, sheet=ws.title, format="xlsx", header_row=header_row)
    _finish(table, [_header_text(h) for h in header], width, None, name)
    others = [s.title for s in sheets if s is not ws and _sheet_has_data(s)] if sheet is None else []
    if others:
        listed = ", ".join(f"“{t}”" for t in others)
        table.notes.append(f"Only the sheet “{ws.title}” was read; the workbook has other sheets with data "
                           f"({listed}). Put each kind of record in a file of its own to import it.")
    return table


def _sheet_has_data(ws: Any) -> bool:
    return any(not _xlsx_blank(row) for row in ws.iter_rows(values_only=True))


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


def _finish(table: Table, headers: list[Any], width: int, pad: Any, name: str) -> None:
    """Trim and check the header row, and make every row as wide as it."""
    headers = [str(h).strip() if h is not None else "" for h in headers]
    while headers and not headers[-1]:
        headers.pop()  # trailing empty header cells (a common Excel left-over)
    width = max(width, len(headers))
    # Columns whose header is blank stay, with header "", so values in them
    # are reported rather than silently lost.
    headers += [""] * (width - len(headers))
    if not any(headers):
        raise CatalogueError(Message("The first row of {name} is blank. It must hold the column names.",
                                     name=name))
    _check_header_row(headers, name, table.header_row)
    seen: dict[str, int] = {}
    for i, h in enumerate(headers):
        if not h:
            continue
        key = h.casefold()
        if key in seen:
            raise CatalogueError(Message(
                "Columns {column} and {other_column} of {name} are both headed “{header}”. "
                "Give each column its own name (or delete the copy) and import again.",
                column=column_letter(seen[key]), other_column=column_letter(i), name=name, header=h))
        seen[key] = i
    rows = table.rows
    for i, row in enumerate(rows):
        n = len(row)
        if n < width:
            row.extend([pad] * (width - n))
        elif n > width:  # pragma: no cover - width is the widest row
            del row[width:]
    table.headers = headers


def _check_header_row(headers: list[str], name: str, row_number: int) -> None:
    """Refuse a first row that is plainly data rather than column names."""
    cells = [h for h in headers if h]
    looks_like_data = all(_is_number_text(h) or _is_date_text(h) for h in cells)
    if looks_like_data:
        shown = ", ".join(f"“{h}”" for h in cells[:3])
        raise CatalogueError(Message(
            "The first row of {name} (row {row}) holds values ({values}…), not column names. "
            "Insert a first row with a name for each column (for example the names LabNet uses when it "
            "exports), and import again.", name=name, row=row_number, values=shown))


def _is_number_text(text: str) -> bool:
    try:
        float(text.replace(",", "."))
        return True
    except ValueError:
        return False


def _is_date_text(text: str) -> bool:
    return bool(re.fullmatch(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}([ T][\d:.]+)?", text))


def _long_cell_message(name: str, row: int | None, col: int | None, *, csv_file: bool) -> str:
    where = Message("row {row}", row=row) if row else Message("one row")
    if col is not None:
        where = Message("{place}, column {column}", place=where, column=column_letter(col))
    if csv_file:
        return Message("In {name}, {where} holds more than {limit:,} characters, more than a spreadsheet cell "
                       "can hold. In a CSV file this usually means a quotation mark \" was opened and never "
                       "closed, so the rest of the file ran into one cell; check that row. Correct the file and "
                       "import it again.", name=name, where=where, limit=MAX_CELL_CHARS)
    return Message("In {name}, {where} holds more than {limit:,} characters, more than a spreadsheet cell "
                   "can hold. Correct the file and import it again.", name=name, where=where, limit=MAX_CELL_CHARS)


def _too_many_rows_message(name: str) -> str:
    return Message("The file {name} has more than {limit:,} rows, more than LabNet imports from one file. "
                   "Split it into several smaller files and import them one after the other.", name=name,
                   limit=MAX_ROWS)



__all__ = ["Table", "read_table", "workbook_sheets", "sheet_headers", "write_table", "table_format", "csv_cell", "column_letter",
           "MAX_ROWS", "MAX_CELL_CHARS"]
