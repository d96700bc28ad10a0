"""The table read from a spreadsheet, and the checks and sentences the CSV and workbook readers share
(``labnet.catalogue.tabular`` reads; ``tabular_csv`` and ``tabular_xlsx`` do the work for each format)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .errors import CatalogueError, Message
from .spreadsheet_write import MAX_CELL_CHARS, column_letter

MAX_ROWS = 2_000_000
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
    partial: bool = False             # only the header and the first rows were read (a preview)


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
    for row in rows:
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


def _no_header_message(name: str, row: int, rows: int) -> str:
    if row > rows:
        return Message.plural("The header row {row} is past the end of {name}, which has {n:,} row.",
                              "The header row {row} is past the end of {name}, which has {n:,} rows.", rows,
                              row=row, name=name)
    return Message("Row {row} of {name}, given as the header row, is blank. Give the number of the row that holds "
                   "the column names.", row=row, name=name)
