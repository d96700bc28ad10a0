"""Importing a large CSV file in bounded memory (issue 23): read twice, never held whole.

The first reading (``tabular_stream.CsvStream.open``) learns the header, the
number and width of the rows, and — for each column whose numbers are written
as text — what its cells show about the decimal separator
(``import_cells.column_evidence``), which decides the column's convention over
the whole file exactly as ``import_cells._convert_column`` does holding the
whole column.  The second reading converts, checks and writes 1,000 rows at a
time (``import_chunks.ChunkImporter``, one transaction: all or nothing).  The
repeats of a natural key are refused from the keys seen so far, as before.

The file's SHA-256 is taken before the first reading and checked after the
second: a file changed in between is refused and nothing is written.
A CSV file in an encoding named by the person importing (``encoding``) or
recognised from its bytes streams too, decoded as it is read
(``tabular_stream``).  Workbooks, and CSV files the stream leaves aside (UTF-16,
bytes its encoding cannot decode, anything to complain about) are read whole by
``labnet.catalogue.importing``, which says what is wrong.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from .errors import CatalogueError, Message
from .import_cells import NOT_READ, _assemble_peaks, _convert_column, column_evidence
from .import_chunks import ChunkImporter, RowProblems
from .import_columns import _ColumnPlan, _peaks_field, _plan_columns
from .import_report import ImportReport
from .numbers import ColumnStyle, new_evidence, style_of
from .records import RecordType
from .tabular import _sniff_format
from .tabular_stream import CsvStream, StreamTable, _NotPlain, recognise

# Files smaller than this are read whole.  Every plain CSV file streams (the second reading costs
# about what holding the whole table did); read at each call, so a test can send a file the other way.
STREAM_MIN_BYTES = 0
CHUNK = 1000  # rows converted, checked and written at a time, and between two progress reports
# Files at least this large are read and checked in a second process (``import_worker``) while this one
# writes; below it, starting that process (~0.3 s) costs more than it saves.  Read at each call.
PARALLEL_MIN_BYTES = 4 << 20


def plain_csv(path: Path) -> bool:
    """Whether ``path`` is a file that may stream (a CSV file, not a workbook); the first reading says
    the rest."""
    try:
        if not path.is_file() or path.stat().st_size < STREAM_MIN_BYTES:
            return False
        with path.open("rb") as fh:
            return _sniff_format(fh.read(8192), path) == "csv"
    except (OSError, CatalogueError):
        return False


def first_reading(rt: RecordType, path: Path, header_row: int | None, mapping: Mapping[str, Any] | None,
                  decimal: str | None, reading: Callable[[int], Any] | None = None, encoding: str | None = None,
                  recognised: bool = False) -> tuple[CsvStream, dict[int, ColumnStyle]] | None:
    """The file read once (``CsvStream.open``), with the decimal convention of each number column over
    the whole file (by column index); None when the file is not read so (see the module docstring).
    ``reading(rows)`` is told every 2,000 rows."""
    evidence: dict[int, tuple[Any, dict[str, set[str]]]] = {}  # column -> (field or None for a peak, seen)

    def on_header(table: StreamTable) -> None:
        evidence.update(evidence_columns(rt, header_plan(rt, table, mapping, path), decimal))

    read = [0]

    def first_pass(rows: list[list[str]]) -> None:
        by_column = list(zip(*rows))  # rows at least as wide as the header: one transposition in C
        for idx, (f, seen) in evidence.items():
            column_evidence(f, by_column[idx], seen)
        read[0] += len(rows)
        if reading is not None and not read[0] % 2000:
            reading(read[0])

    stream = CsvStream.open(path, header_row, first_pass, on_header, encoding, recognised)
    if stream is None:
        return None
    return stream, {idx: style_of(seen) for idx, (_, seen) in evidence.items()}


def header_plan(rt: RecordType, table: StreamTable, mapping: Mapping[str, Any] | None, path: Path) -> _ColumnPlan:
    """The plan of the columns from the header row alone; a header the whole-file import refuses
    leaves the file to it (it says why, in its words)."""
    try:
        return _plan_columns(rt, table, mapping, ImportReport(kind=rt.kind, file=path.name))
    except CatalogueError:
        raise _NotPlain() from None


def evidence_columns(rt: RecordType, plan: _ColumnPlan, decimal: str | None) -> dict[int, tuple[Any, dict]]:
    """The columns whose decimal convention is decided over the file (none when ``decimal`` is given):
    index -> (field, or None for a peak column; what its cells have shown, ``numbers.new_evidence``)."""
    evidence: dict[int, tuple[Any, dict[str, set[str]]]] = {}
    if decimal is not None:
        return evidence  # a convention given reads every chunk alike
    for idx, name in plan.fields:
        f = rt.field(name)
        if f.type.numbers_in_text:
            evidence[idx] = (f, new_evidence())
    if plan.peaks and _peaks_field(rt) is not None:
        for idx, _ in plan.peaks:
            evidence[idx] = (None, new_evidence())
    return evidence


Chunk = tuple[int, list[dict[str, Any]], list[list[str]], list[int], RowProblems]


def converted_chunks(rt: RecordType, stream: CsvStream, plan: _ColumnPlan, styles: dict[int, ColumnStyle],
                     decimal: str | None) -> Iterator[Chunk]:
    """The second reading, CHUNK rows at a time: (index of the first row, records, cells as read, row
    numbers, the problems of converting the cells by row index).  Raises when the file does not hold
    the rows the first reading counted."""
    table, n = stream.table, stream.count
    start = 0
    rows = stream.rows()
    while start < n:
        batch = list(itertools.islice(rows, CHUNK))
        if not batch:
            break
        numbers = [number for number, _ in batch]
        cells = [rec for _, rec in batch]
        del batch
        records, row_problems = convert_chunk(rt, plan, start, cells, styles, decimal, table.longest)
        yield start, records, cells, numbers, row_problems
        start += len(cells)
    if start != n or next(rows, None) is not None:
        raise file_changed(stream.path)


def convert_chunk(rt: RecordType, plan: _ColumnPlan, start: int, cells: list[list[str]],
                  styles: dict[int, ColumnStyle], decimal: str | None, longest: int | None = None,
                  by_column: list[tuple[str, ...]] | None = None,
                  fast: dict[int, Any] | None = None) -> tuple[list[dict[str, Any]], RowProblems]:
    """The records of a chunk of rows (row ``start`` of the file first, each row at least as wide as
    the header row), and the problems of converting their cells by row index; ``by_column``: the
    chunk's cells column by column, when already made; ``fast``: what ``column_evidence`` made of
    them, by column index."""
    fast = fast or {}
    names = rt.field_names
    peaks_field = _peaks_field(rt)
    row_problems: RowProblems = {}
    columns: dict[str, list[Any]] = {}
    if by_column is None:
        by_column = list(zip(*cells))  # every row is as wide as the header
    for idx, name in plan.fields:
        values, errors = _convert_column(rt.field(name), by_column[idx], longest, decimal, styles.get(idx),
                                         fast.get(idx, NOT_READ))
        columns[name] = values
        for i, reason in errors.items():
            row_problems.setdefault(start + i, []).append((idx, name, reason))
    if plan.peaks and peaks_field is not None:
        columns[peaks_field.name] = _assemble_peaks(
            by_column, plan, columns.get(peaks_field.name), row_problems, peaks_field.name,
            decimal, None if decimal is not None else styles, start, fast)
    size = len(cells)
    filled = [columns[name] if name in columns else itertools.repeat(None, size) for name in names]
    return [dict(zip(names, values)) for values in zip(*filled)], row_problems


def file_changed(path: Path) -> CatalogueError:
    return CatalogueError(Message("The file {name} changed while it was being imported; nothing was written. "
                                  "Import it again.", name=path.name))


def import_streaming(cat: Any, rt: RecordType, path: Path, *, dry_run: bool, skip_invalid: bool,
                     header_row: int | None,
                     mapping: Mapping[str, Any] | None, progress: Callable[[int, int], Any] | None,
                     decimal: str | None, file_sha256: Callable[[Path], str],
                     cancelled: Callable[[], BaseException],
                     reading: Callable[[int], Any] | None = None, encoding: str | None = None) -> ImportReport | None:
    """The import of ``path`` a chunk at a time; None when it is not a file read so (see the module
    docstring): the caller then reads it whole.  A file of at least ``PARALLEL_MIN_BYTES`` is read
    once, converted and checked in a second process while this one writes (``labnet.catalogue.import_worker``);
    a smaller one, or one whose decimal convention a column shows only after some of its cells, is
    read twice here.  ``reading(rows)`` is told every 2,000 rows of a first reading (before any
    progress can be counted)."""
    if not plain_csv(path):
        return None
    recognised = False
    if encoding is None:  # a file that is not UTF-8: its encoding recognised here, once (tabular_stream.recognise)
        try:
            seen = recognise(path)
        except _NotPlain:
            return None  # read whole, where what is wrong is said
        if seen is not None:
            encoding, recognised = seen, True
    # A second process is started by its own command and handed a pipe's file descriptor (POSIX);
    # an installed (frozen) application has no interpreter to start: there it is read here.
    if path.stat().st_size >= PARALLEL_MIN_BYTES and os.name == "posix" and not getattr(sys, "frozen", False):
        from .import_worker import READ_AGAIN, import_parallel

        found = import_parallel(cat, rt, path, dry_run=dry_run, skip_invalid=skip_invalid, header_row=header_row,
                                mapping=mapping, progress=progress, decimal=decimal, cancelled=cancelled,
                                encoding=encoding, recognised=recognised)
        if found != READ_AGAIN:
            return found  # type: ignore[return-value]
    sha256 = file_sha256(path)
    reread = first_reading(rt, path, header_row, mapping, decimal, reading, encoding, recognised)
    if reread is None:
        return None
    stream, styles = reread
    report, plan, chunks = start_report(cat, rt, path, stream.table, stream.count, sha256, mapping,
                                        dry_run=dry_run, skip_invalid=skip_invalid)
    n = stream.count
    try:
        for start, records, cells, numbers, row_problems in converted_chunks(rt, stream, plan, styles, decimal):
            chunks.feed(start, records, cells, numbers, row_problems)
            del records, cells
            done = start + len(numbers)
            if progress is not None and progress(done, n) is False:
                raise cancelled()
        if file_sha256(path) != sha256:
            raise file_changed(path)
        return chunks.finish()
    except BaseException:
        chunks.abort()
        raise


def start_report(cat: Any, rt: RecordType, path: Path, table: StreamTable, rows: int, sha256: str,
                 mapping: Mapping[str, Any] | None, *, dry_run: bool, skip_invalid: bool,
                 sheet: str | None = None) -> tuple[ImportReport, _ColumnPlan, ChunkImporter]:
    """The report as the reading leaves it (notes, mapping, warnings about columns), the plan of the
    columns, and the importer of the chunks, for a file (a workbook's ``sheet``) of ``rows`` rows of data."""
    report = ImportReport(kind=rt.kind, file=path.name, sheet=sheet, dry_run=dry_run, skip_invalid=skip_invalid)
    report.sha256 = sha256
    report.warnings.extend(table.notes)
    plan = _plan_columns(rt, table, mapping, report)
    report.rows_read = rows
    chunks = ChunkImporter(cat, rt, plan, report, table.headers, dry_run=dry_run, skip_invalid=skip_invalid,
                           source={"file": path.name, "sha256": sha256, "rows": rows}, total=rows)
    return report, plan, chunks


__all__ = ["import_streaming", "first_reading", "converted_chunks", "start_report", "plain_csv",
           "file_changed", "STREAM_MIN_BYTES", "PARALLEL_MIN_BYTES"]
