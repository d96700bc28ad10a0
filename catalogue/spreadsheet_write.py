"""Writing spreadsheets (CSV and Excel .xlsx); ``labnet.catalogue.tabular`` reads them back.

Writing
-------
``write_table(path, headers, rows)`` writes CSV (UTF-8 with a byte-order mark
so that Excel shows accents correctly, comma-delimited, RFC 4180 quoting, CRLF
line ends) or XLSX (header row bold and frozen), chosen by the file extension.
The file is written beside its destination and renamed into place, so a
failed export never leaves half a file.

Formula injection (OWASP "CSV injection")
-----------------------------------------
A spreadsheet program treats a cell that starts with ``=``, ``+``, ``-``,
``@``, TAB or CR as a formula, so a hostile value in the catalogue could run
when the export is opened.  The rules, chosen so that export → import is
exact for every value:

* **CSV, writing**: a text cell is written with one extra leading apostrophe
  ``'`` when it matches ``'*[=+\\-@\\t\\r]`` (any number of apostrophes, then one
  of those characters), *unless* the whole cell is a plain decimal number such
  as ``-1.5`` or ``+3e-05`` (a number cannot be a formula, and prefixing it
  would turn negative numbers into text in Excel).
* **CSV, reading**: a cell that matches ``'+[=+\\-@\\t\\r]`` loses its first
  apostrophe.  (Because the writer prefixed every cell of that shape, any text
  comes back exactly as it was exported, including text that itself starts
  with ``'=``.)  Files typed by hand follow the same rule: ``'=A1`` is read as
  the text ``=A1``.
* **XLSX**: text is always written as a string cell (never a formula, never an
  error code such as ``#N/A``); nothing is prefixed, and nothing is removed on
  reading.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .errors import CatalogueError, Message
from .numbers import unambiguous

MAX_CELL_CHARS = 32_767  # the most an Excel cell can hold
_TRIGGERS = "=+-@\t\r"
_NEEDS_QUOTE = re.compile(r"'*[=+\-@\t\r]")          # written with an extra leading '
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_XLSX_ERROR_CODES = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                               "#GETTING_DATA"})
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def column_letter(index: int) -> str:
    """Excel's name for the 0-based column ``index``: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters



def table_format(path: str | os.PathLike[str]) -> str:
    """"csv" or "xlsx", from the file name; CatalogueError for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix in (".csv", ".txt"):
        return "csv"
    if suffix == ".xlsx":
        return "xlsx"
    raise CatalogueError(Message("LabNet cannot write “{name}”: give the file name the extension .csv "
                                 "(for any spreadsheet program) or .xlsx (Excel workbook).", name=Path(path).name))


def write_table(path: str | os.PathLike[str], headers: Sequence[str], rows: Iterable[Sequence[Any]],
                *, sheet: str = "Data") -> int:
    """Write ``headers`` and ``rows`` to ``path`` (.csv or .xlsx); returns the number of rows.

    Values may be ``str``, ``int``, ``float``, ``bool`` (written yes/no),
    dates (written as ISO ``YYYY-MM-DD`` text) or ``None`` (an empty cell).
    """
    path = Path(path)
    fmt = table_format(path)
    if not path.parent.is_dir():
        raise CatalogueError(Message("The folder {folder} does not exist. Choose an existing folder to export to.",
                                     folder=path.parent))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if fmt == "csv":
            count = _write_csv(tmp, headers, rows)
        else:
            count = _write_xlsx(tmp, headers, rows, sheet)
        os.replace(tmp, path)
    except PermissionError:
        tmp.unlink(missing_ok=True)
        raise CatalogueError(Message("The file {path} cannot be written: it is open in another program (Excel?) "
                                     "or the folder is read-only. Close it, or choose another name, and export "
                                     "again.", path=path)) from None
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CatalogueError(Message("The file {path} cannot be written ({reason}). Choose another folder and "
                                     "export again.", path=path, reason=exc.strerror or str(exc))) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count


def _number_text(value: float | int) -> str:
    """The shortest text that reads back as the same number (as ``Field.to_text``)."""
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(Message("{value} cannot be written to a spreadsheet", value=value))
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return unambiguous(repr(value))  # 1.234 is written 1.2340: read back the same by any import
    return str(value)


def csv_cell(value: Any) -> str:
    """The text of one CSV cell, with formula injection neutralised (see the module docstring)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return _number_text(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if text and (text[0] in _TRIGGERS or text[0] == "'") and _NEEDS_QUOTE.match(text) \
            and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def _check_length(text: str, row: int, col: int) -> None:
    if len(text) > MAX_CELL_CHARS:
        raise CatalogueError(Message("Row {row}, column {column} would hold {length:,} characters, "
                                     "more than the {limit:,} a spreadsheet cell can hold; nothing was "
                                     "exported. Shorten that value and export again.", row=row,
                                     column=column_letter(col), length=len(text), limit=MAX_CELL_CHARS))


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=",", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow([csv_cell(h) for h in headers])
        for row_number, row in enumerate(rows, 2):
            cells = [csv_cell(v) for v in row]
            joined = "".join(cells)
            if len(joined) > MAX_CELL_CHARS or "\x00" in joined:
                for col, text in enumerate(cells):
                    _check_length(text, row_number, col)
                    if "\x00" in text:
                        raise CatalogueError(Message("Row {row}, column {column} holds a NUL "
                                                     "character, which a CSV file cannot hold; nothing was "
                                                     "exported. Remove that character and export again.",
                                                     row=row_number, column=column_letter(col)))
            writer.writerow(cells)
            count += 1
    return count


def _write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], sheet: str) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=_sheet_title(sheet))
    ws.freeze_panes = "A2"
    for i, h in enumerate(headers):
        ws.column_dimensions[column_letter(i)].width = min(60, max(10, len(str(h)) + 2))
    bold = Font(bold=True)

    def string_cell(text: str, row: int, col: int, font: Any = None) -> Any:
        _check_length(text, row, col)
        if _ILLEGAL_XML.search(text):
            raise CatalogueError(Message(
                "Row {row}, column {column} holds a control character that an Excel file cannot "
                "hold; nothing was exported. Export to CSV instead, or remove that character.", row=row,
                column=column_letter(col)))
        cell = WriteOnlyCell(ws, value=text)
        cell.data_type = "s"  # text, never a formula or an error code, whatever it starts with
        if font is not None:
            cell.font = font
        return cell

    def number_cell(value: float | int) -> Any:
        # A number cell whose text is the shortest exact form (repr), which
        # openpyxl writes as given; its own formatting keeps only 16 digits.
        cell = WriteOnlyCell(ws, value=repr(value))
        cell.data_type = "n"
        return cell

    try:
        count = _append_rows(ws, headers, rows, string_cell, number_cell, bold)
    except BaseException:
        try:  # finish the sheet's temporary file so nothing is left open
            ws.close()
        except Exception:
            pass
        raise
    wb.save(path)
    return count


def _append_rows(ws: Any, headers: Sequence[str], rows: Iterable[Sequence[Any]], string_cell: Any,
                 number_cell: Any, bold: Any) -> int:
    ws.append([string_cell(str(h), 1, i, bold) for i, h in enumerate(headers)])
    count = 0
    for row_number, row in enumerate(rows, 2):
        out: list[Any] = []
        for col, v in enumerate(row):
            if v is None or v == "":
                out.append(None)
            elif isinstance(v, bool):
                out.append("yes" if v else "no")
            elif isinstance(v, (int, float)):
                if isinstance(v, float) and not math.isfinite(v):
                    raise CatalogueError(Message("Row {row}, column {column} holds {value}, which a "
                                                 "spreadsheet cannot hold; nothing was exported.", row=row_number,
                                                 column=column_letter(col), value=v))
                if float(f"{v:.16g}") != v or (isinstance(v, int) and abs(v) >= 10**15):
                    out.append(number_cell(v))  # openpyxl would round it to 16 digits
                else:
                    out.append(v)
            elif isinstance(v, (dt.date, dt.datetime)):
                out.append(csv_cell(v))
            else:
                text = str(v)
                if text[0] == "=" or text in _XLSX_ERROR_CODES or len(text) > MAX_CELL_CHARS \
                        or _ILLEGAL_XML.search(text):
                    out.append(string_cell(text, row_number, col))
                else:
                    out.append(text)
        ws.append(out)
        count += 1
    return count


def _sheet_title(title: str) -> str:
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", title).strip() or "Data"
    return cleaned[:31]



__all__ = ["write_table", "table_format", "csv_cell", "column_letter", "MAX_CELL_CHARS"]
