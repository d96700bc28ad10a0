"""Reading an Excel workbook with python-calamine (issue 23): the same ``Table`` as openpyxl, ~14x faster.

openpyxl's XML parser took 36 s for a 100,000-row workbook (73 % of the import); calamine (Rust) parses
the same sheet in ~3 s of CPU with Python's lock released (the window keeps answering).  openpyxl stays
the reference: ``tabular_xlsx._read_openpyxl`` reads what calamine would read otherwise, and the tests
read the same workbooks through both readers and compare them cell by cell.

calamine's values are brought to openpyxl's (``_cell``):

* an empty cell is ``""`` in calamine, ``None`` in openpyxl;
* every number is a float in calamine; openpyxl gives an ``int`` when the file writes it without a
  point or an exponent, which Excel and openpyxl do for whole numbers below 10^16; a whole number
  of 2^53 or more may be written with more digits than a float keeps (openpyxl reads them all), so
  a sheet holding one is read by openpyxl;
* a date cell without a time is a ``date`` in calamine, a ``datetime`` at midnight in openpyxl;
* calamine gives the rows from row 1 but the columns from the first used one, every row as wide as
  the widest: the row is padded on the left and its empty cells on the right dropped (openpyxl's row
  ends at its last cell; a cell that is only formatted still counts there, so a table read by
  openpyxl may have more columns without a header or a value), and the count and width of the rows are checked against the sheet's extent (anything
  else and the workbook is read by openpyxl: ``_CalamineDiffers``).

An error cell (``#N/A``, ``#DIV/0!``…) is an empty cell in calamine but its text in openpyxl, which
the checks then refuse as a value; read as a blank it would pass where a missing value passes.  So a
workbook with an error cell in any worksheet (``t="e"`` in its XML, found by one streamed pass over the
compressed sheets) is read by openpyxl (``_calamine_reads``).

The sheet is held whole in calamine's memory while its rows are taken: ``iter_rows`` makes the Python
values a row at a time, but the parsed range stays loaded (48 bytes a cell, 345 MB for 100,000 rows of 76
columns, 490 MB at the peak of the parse) and is freed in one call with Python's lock held.  So the
streaming reader (``tabular_sheet_stream``) is tried first, and calamine reads only what it leaves aside.
"""

from __future__ import annotations

import datetime as dt
import functools
import zipfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .tabular_table import Table
from .tabular_xlsx import _headers_of, _read_workbook, _rows_have_data, _Sheet

_ERROR_CELL = (b't="e"', b"t='e'")
_BLOCK = 1 << 20
_WHOLE = 1e16  # below this, a whole number is written without a point or exponent (openpyxl reads an int)
_EXACT = 2.0 ** 53  # from here on a double skips integers: the file's digits may say more than calamine's float
_PLAIN = frozenset((str, bool, int, dt.datetime, dt.time, dt.timedelta))


class _CalamineDiffers(Exception):
    """calamine's rows of a sheet are not laid out as expected: the workbook is read by openpyxl."""


def _calamine_reads(path: Path) -> bool:
    """True when python-calamine is installed and no worksheet of ``path`` holds an error cell."""
    try:
        import python_calamine  # noqa: F401
    except ImportError:  # pragma: no cover - a dependency; openpyxl reads alone without it
        return False
    try:
        stat = path.stat()
    except OSError:
        return False
    # Asked for the list of sheets, their headers and the table in turn: the scan (0.7 s of CPU for a
    # 100,000-row sheet) is made once for the same file, unchanged (its size and time of change).
    return _no_error_cell(str(path), stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _no_error_cell(path: str, size: int, mtime_ns: int) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                name = info.filename
                if name.startswith("xl/worksheets/") and name.endswith(".xml") and _has_error_cell(zf, info):
                    return False
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError, NotImplementedError):
        return False  # openpyxl says what is wrong with the file, in the words it always did
    return True


def _has_error_cell(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    tail = b""
    with zf.open(info) as fh:
        while True:
            block = fh.read(_BLOCK)
            if not block:
                return False
            window = tail + block
            if any(mark in window for mark in _ERROR_CELL):
                return True
            tail = window[-8:]


def _openpyxl_streams(path: Path) -> bool:
    """True when every worksheet of ``path`` says its size in its first KiB (``<dimension>``, as Excel
    writes it): openpyxl then reads a sheet's first rows without the rest.  Without it (openpyxl's own
    write-only files, LabNet's exports) openpyxl parses the whole sheet to learn its size before the first
    row (10 s of Python for 100,000 rows): calamine's whole reading, in Rust, costs less."""
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                name = info.filename
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    with zf.open(info) as fh:
                        if b"<dimension" not in fh.read(1024):
                            return False
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError, NotImplementedError):
        return True  # openpyxl says what is wrong with the file
    return True


def _sheets(wb: Any) -> list[_Sheet]:
    from python_calamine import SheetTypeEnum

    return [_Sheet(m.name, _rows_of(wb, m.name)) for m in wb.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]


def _read_calamine(path: Path, sheet: str | None, header_row: int | None,
                   reading: Callable[[int], Any] | None, limit: int | None = None) -> Table:
    from python_calamine import CalamineWorkbook

    with CalamineWorkbook.from_path(str(path)) as wb:
        return _read_workbook(_sheets(wb), path.name, sheet, header_row, reading, limit)


def calamine_sheets(path: Path) -> list[tuple[str, bool]]:
    """``tabular.workbook_sheets`` read by calamine: (name, holds any value) of each worksheet.  Asked
    by the import and again by the wizard for the same file: parsed once per unchanged file."""
    stat = path.stat()
    return list(_sheets_of(str(path), stat.st_size, stat.st_mtime_ns))


@functools.lru_cache(maxsize=8)
def _sheets_of(path: str, size: int, mtime_ns: int) -> tuple[tuple[str, bool], ...]:
    from python_calamine import CalamineWorkbook

    with CalamineWorkbook.from_path(path) as wb:
        return tuple((s.title, _rows_have_data(s.rows())) for s in _sheets(wb))


def calamine_headers(path: Path, names: Sequence[str], header_row: int | None) -> dict[str, list[Any]]:
    """``tabular_xlsx.sheet_headers`` read by calamine."""
    from python_calamine import CalamineWorkbook

    with CalamineWorkbook.from_path(str(path)) as wb:
        return _headers_of({s.title: s for s in _sheets(wb)}, names, header_row)


def _rows_of(wb: Any, name: str) -> Callable[[], Iterator[Sequence[Any]]]:
    loaded: list[Any] = []

    def rows() -> Iterator[Sequence[Any]]:
        if not loaded:
            loaded.append(wb.get_sheet_by_name(name))  # parsed here, Python's lock released
        ws = loaded[0]
        if ws.start is None:
            return iter(())
        return _normalised(ws.iter_rows(), ws.start[1], ws.end)
    return rows


def _normalised(rows: Iterator[list[Any]], left: int, end: tuple[int, int]) -> Iterator[Sequence[Any]]:
    """Each row as openpyxl gives it: from column A, its values brought to openpyxl's (module docstring)."""
    pad = [None] * left
    width = end[1] - left + 1
    count = 0
    for row in rows:
        count += 1
        if len(row) != width:
            raise _CalamineDiffers()
        if not set(map(type, row)) <= _PLAIN or "" in row:
            row = [_cell(v) for v in row]
            while row and row[-1] is None:
                row.pop()  # openpyxl's row ends at its last cell (a sheet's rows are as wide as the widest)
            if not row:
                yield row
                continue
        yield pad + row if left else row
    if count != end[0] + 1:
        raise _CalamineDiffers()


def _cell(v: Any) -> Any:
    kind = type(v)
    if kind is float:
        if v.is_integer():
            if -_WHOLE < v < _WHOLE:
                return int(v)
            if not -_EXACT < v < _EXACT:
                raise _CalamineDiffers()  # 12345678901234567 in the file would be read 12345678901234568
        return v
    if kind is str:
        return v if v else None
    if kind is dt.date:
        return dt.datetime(v.year, v.month, v.day)
    return v


__all__: list[str] = []
