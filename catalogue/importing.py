"""Importing a spreadsheet of records into the catalogue.

``import_file(cat, kind, path)`` reads a CSV or Excel file (``tabular``), maps
its columns to the fields of the record type, checks every row exactly as
``RecordType.validate`` does, asks the store what each row would do
(``Catalogue.plan_upsert``: insert, update or nothing, and what the stored
records forbid), and writes the lot in one transaction
(``Catalogue.apply_upsert``).  It returns an ``ImportReport``.

All or nothing
    If any row has a problem, nothing is written and the report lists every
    problem of every row (row number as Excel shows it, column header as in the
    file, the value, and the reason).  With ``skip_invalid=True`` the good rows
    are written and the bad ones are listed as skipped.  ``dry_run=True`` does
    everything except writing.

No duplicates
    Rows are matched to stored records by the record type's natural key (e.g.
    the lab sample number), so importing the same file twice updates nothing
    the second time (``unchanged`` = every row).  A file that gives the same
    natural key twice is refused at the repeated row.

Columns
    A column is matched to a field by its name (``inventory_code``), its label
    (“Inventory code”) or one of the field's known spreadsheet headers (“Item
    code”), ignoring case, spaces, punctuation, accents and a trailing unit in
    brackets (“Weight (mg)”).  ``suggest_mapping`` shows the matching, and an
    explicit ``mapping`` overrides it.  Columns that match nothing are ignored
    with a warning; LabNet's own ``id`` and ``version`` columns (written by
    export) are ignored with a note.

Peak areas (profiling results)
    A column headed ``peak:NAME``, ``peak_NAME`` or ``peak NAME`` (any case)
    gives the peak area of target compound NAME.  A blank cell means the
    compound was not reported (it is left out of the peak table).  The
    entries “n.d.”, “nd”, “not detected”, “<LOD”, “<LOQ” and “BDL” (any case,
    with or without dots and spaces) mean the compound was looked for and not
    found, and are stored as a peak area of 0 (the value profiling comparison
    uses for an absent target compound).  A ``peaks`` column in the text form
    ``caffeine=12.5; P2P=0.3`` is also read, and merged with the peak columns.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from labnet.common.memory import collector_paused

from .errors import CatalogueError, Message
from .import_cells import ColumnsOf, _assemble_peaks, _convert_column
from .import_chunks import ChunkImporter
from .import_columns import PEAK_PREFIX, _peaks_field, _plan_columns, suggest_mapping
from .import_report import ImportReport, RowProblem
from .import_source import read_source
from .import_streaming import import_streaming
from .import_workbook import import_workbook
from .records import RecordType, record_type
from .tabular import Table

CHUNK = 1000  # rows checked, planned and written at a time, and between two progress reports

Progress = Callable[[int, int], Any]


class ImportCancelled(CatalogueError):
    """The person importing cancelled; nothing was written."""

    def __init__(self, message: str = Message("The import was cancelled; nothing was written.")) -> None:
        super().__init__(message)


# --- the import ------------------------------------------------------------------

def file_sha256(path: str | Path) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def import_file(cat: Any, kind: str, path: str | Path, *, dry_run: bool = False, skip_invalid: bool = False,
                mapping: Mapping[str, Any] | None = None, progress: Progress | None = None,
                decimal: str | None = None, encoding: str | None = None, sheet: str | None = None,
                header_row: int | None = None, reading: Callable[[int], Any] | None = None) -> ImportReport:
    """Import the records of one spreadsheet; see the module docstring.

    ``mapping`` overrides ``suggest_mapping`` for the headers it names.
    ``progress(done, total)`` is called every ~1,000 rows; returning False
    cancels the import (``ImportCancelled``; nothing is written).
    ``decimal`` ("point" or "comma", ``labnet.catalogue.numbers``) says how the
    file writes numbers, instead of reading it column by column;
    ``encoding`` names a CSV file's encoding instead of detecting it;
    ``sheet`` and ``header_row`` say where the table is
    (``labnet.catalogue.import_source.read_source``); ``reading(rows)`` is called
    while a workbook is read, or a CSV file is read the first time
    (``labnet.catalogue.import_streaming``), before any progress can be counted.
    """
    rt, path = record_type(kind), Path(path)
    with collector_paused():
        if sheet is None:  # a plain CSV file, in any encoding it names or shows: read twice, never held whole
            streamed = import_streaming(cat, rt, path, dry_run=dry_run, skip_invalid=skip_invalid,
                                        header_row=header_row, mapping=mapping, progress=progress,
                                        decimal=decimal, file_sha256=file_sha256, cancelled=ImportCancelled,
                                        reading=reading, encoding=encoding)
            if streamed is not None:
                return streamed
        # A workbook: its sheet read twice from its XML a row at a time, never held (import_workbook)
        streamed = import_workbook(cat, rt, path, dry_run=dry_run, skip_invalid=skip_invalid, sheet=sheet,
                                   header_row=header_row, mapping=mapping, progress=progress, decimal=decimal,
                                   file_sha256=file_sha256, cancelled=ImportCancelled, reading=reading)
        if streamed is not None:
            return streamed
        table = read_source(rt, path, sheet=sheet, header_row=header_row, encoding=encoding, reading=reading)
        return _import(cat, rt, path, table, dry_run, skip_invalid, mapping, progress, decimal)


def _import(cat: Any, rt: RecordType, path: Path, table: Table, dry_run: bool, skip_invalid: bool,
            mapping: Mapping[str, Any] | None, progress: Progress | None, decimal: str | None) -> ImportReport:
    report = ImportReport(kind=rt.kind, file=path.name, sheet=table.sheet, dry_run=dry_run,
                          skip_invalid=skip_invalid)
    report.sha256 = file_sha256(path)
    report.warnings.extend(table.notes)
    plan = _plan_columns(rt, table, mapping, report)
    numbers = table.row_numbers
    rows: list[Any] = table.rows   # each row set to None once its chunk is done
    n = report.rows_read = len(rows)
    if n == 0:
        report.warnings.append(Message("{name} has a header row but no rows of data under it.", name=path.name))
        return report

    # 1. Every cell, column by column: a column's decimal convention is decided over the whole file.
    #    One column of cells at a time is taken out of the rows (not the whole file transposed).
    row_problems: dict[int, list[tuple[int, str, str]]] = {}  # row index -> (column, field, reason)
    columns: dict[str, list[Any]] = {}
    cells = ColumnsOf(rows)
    for idx, name in plan.fields:
        values, errors = _convert_column(rt.field(name), cells[idx], table.longest, decimal)
        columns[name] = values
        for i, reason in errors.items():
            row_problems.setdefault(i, []).append((idx, name, reason))
    peaks_field = _peaks_field(rt)
    if plan.peaks and peaks_field is not None:
        columns[peaks_field.name] = _assemble_peaks(cells, plan, columns.get(peaks_field.name), row_problems,
                                                    peaks_field.name, decimal)
    del cells

    # 2. A chunk at a time: each row as a whole, what the store makes of it, and its writing
    #    (catalogue.import_chunks). The values of a chunk's rows are dropped once it is done, and so
    #    are its cells (the problems hold what they report).
    names = rt.field_names
    chunks = ChunkImporter(cat, rt, plan, report, table.headers, dry_run=dry_run, skip_invalid=skip_invalid,
                           source={"file": path.name, "sha256": report.sha256, "rows": n}, total=n)
    try:
        for start in range(0, n, CHUNK):
            stop = min(n, start + CHUNK)
            filled = [columns[name][start:stop] if name in columns else itertools.repeat(None, stop - start)
                      for name in names]
            records = [dict(zip(names, values)) for values in zip(*filled)]
            del filled
            chunks.feed(start, records, rows[start:stop], numbers[start:stop], row_problems)
            del records
            for values in columns.values():
                values[start:stop] = itertools.repeat(None, stop - start)
            rows[start:stop] = itertools.repeat(None, stop - start)
            if progress is not None and progress(stop, n) is False:
                raise ImportCancelled()
        return chunks.finish()
    except BaseException:
        chunks.abort()
        raise


__all__ = ["ImportReport", "RowProblem", "ImportCancelled", "import_file", "suggest_mapping", "file_sha256",
           "PEAK_PREFIX"]
