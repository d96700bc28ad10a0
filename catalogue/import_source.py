"""Where the table to import is: which sheet of a workbook, which row holds the column names.

A CSV file is one table.  In a workbook with one sheet of values, that sheet
is read.  When several sheets hold values (a template's “Instructions”
sheet, a second table…), the sheet to read is the one whose column names are
fields of the record type being imported — when exactly one sheet is such.
Otherwise LabNet does not guess: it refuses with the list of the sheets, and
the person names one (``--sheet NAME``, or the sheet choice in the wizard).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from .errors import CatalogueError, Message
from .import_columns import suggest_mapping
from .records import RecordType
from .tabular import Table, sheet_headers, workbook_sheets
from .tabular import read_table as _read_table


class SheetNotObvious(CatalogueError):
    """A workbook with several sheets of values and no one sheet plainly the data: ``sheets`` lists them all."""

    def __init__(self, message: str, sheets: list[str]) -> None:
        super().__init__(message)
        self.sheets = sheets


MIN_MATCHED = 2  # column names that must be fields of the record type for a sheet to look like its data


def read_source(rt: RecordType, path: Path, *, sheet: str | None = None, header_row: int | None = None,
                encoding: str | None = None, reading: Callable[[int], Any] | None = None,
                limit: int | None = None) -> Table:
    """The table to import from ``path``; see the module docstring.  ``limit``: its header and first
    ``limit`` rows only (``tabular.read_table``), chosen as the whole file's would be."""
    read_table = partial(_read_table, limit=limit)
    try:
        sheets = workbook_sheets(path) if path.is_file() else None
    except CatalogueError:  # not a workbook after all: read_table says what the file is, in its words
        sheets = None
    if sheets is None:  # a CSV file, or no file (read_table says so)
        if sheet is not None and path.is_file():
            raise CatalogueError(Message("{name} is a CSV file, which has no sheets; import it without choosing "
                                         "a sheet.", name=path.name))
        return read_table(path, encoding=encoding, header_row=header_row, reading=reading)
    names = [n for n, _ in sheets]
    if sheet is not None:
        return read_table(path, _named(path, names, sheet), header_row=header_row, reading=reading)
    with_values = [n for n, has in sheets if has]
    if len(with_values) <= 1:
        return read_table(path, with_values[0] if with_values else None, header_row=header_row, reading=reading)
    headers = sheet_headers(path, with_values, header_row)
    looking = [n for n in with_values if data_like(rt, headers.get(n))]
    if len(looking) == 1:
        table = read_table(path, looking[0], header_row=header_row, reading=reading)
        others = ", ".join(f"“{n}”" for n in with_values if n != looking[0])
        table.notes.append(Message("The sheet “{sheet}” was read: it is the only sheet whose column names are "
                                   "fields of a {thing}. The other sheets with values ({others}) were not read.",
                                   sheet=looking[0], thing=rt.label.lower(), others=others))
        return table
    listed = ", ".join(f"“{n}”" for n in names)
    if looking:
        why = Message("{count} of them look like {things} ({sheets})", count=len(looking),
                      things=rt.plural.lower(), sheets=", ".join(f"“{n}”" for n in looking))
    else:
        why = Message("none of them has column names that are fields of a {thing}", thing=rt.label.lower())
    raise SheetNotObvious(Message(
        "The workbook {name} has several sheets with values and {why}, so LabNet will not guess which to import. "
        "Its sheets are: {sheets}. Import it again choosing the sheet (--sheet NAME, or the sheet choice in the "
        "import window).", name=path.name, why=why, sheets=listed), names)


def data_like(rt: RecordType, headers: list[Any] | None) -> bool:
    """True when at least MIN_MATCHED of ``headers`` are fields (or peak columns) of ``rt``."""
    if not headers:
        return False
    texts = [str(h).strip() for h in headers if h is not None and str(h).strip()]
    return sum(1 for target in suggest_mapping(rt, texts).values() if target) >= MIN_MATCHED


def _named(path: Path, names: list[str], sheet: str) -> str:
    match = [n for n in names if n == sheet] or [n for n in names if n.strip().casefold() == sheet.strip().casefold()]
    if not match:
        raise CatalogueError(Message("The workbook {name} has no sheet “{sheet}”. Its sheets are: {sheets}.",
                                     name=path.name, sheet=sheet, sheets=", ".join(f"“{n}”" for n in names)))
    return match[0]


__all__ = ["read_source", "data_like", "SheetNotObvious"]
