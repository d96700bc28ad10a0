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
Workbooks, and CSV files that are not plain
UTF-8 (or have anything to complain about) are read whole by
``catalogue.importing``, which says what is wrong.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any, Callable, Mapping

from .errors import CatalogueError, Message
from .import_cells import _assemble_peaks, _convert_column, column_evidence
from .import_chunks import ChunkImporter, RowProblems
from .import_columns import _peaks_field, _plan_columns
from .import_report import ImportReport
from .numbers import ColumnStyle, new_evidence, style_of
from .records import RecordType
from .tabular import _sniff_format
from .tabular_stream import CsvStream, StreamTable, _NotPlain

# Files smaller than this are read whole.  Every plain CSV file streams (the second reading costs
# about what holding the whole table did); read at each call, so a test can send a file the other way.
STREAM_MIN_BYTES = 0
CHUNK = 1000  # rows converted, checked and written at a time, and between two progress reports


def import_streaming(cat: Any, rt: RecordType, path: Path, *, dry_run: bool, skip_invalid: bool,
                     header_row: int | None,
                     mapping: Mapping[str, Any] | None, progress: Callable[[int, int], Any] | None,
                     decimal: str | None, file_sha256: Callable[[Path], str],
                     cancelled: Callable[[], BaseException],
                     reading: Callable[[int], Any] | None = None) -> ImportReport | None:
    """The import of ``path`` read twice a chunk at a time; None when it is not a file read so
    (see the module docstring): the caller then reads it whole.  ``reading(rows)`` is told every
    2,000 rows of the first reading (before any progress can be counted)."""
    try:
        if not path.is_file() or path.stat().st_size < STREAM_MIN_BYTES:
            return None
        with path.open("rb") as fh:
            if _sniff_format(fh.read(8192), path) != "csv":
                return None
    except (OSError, CatalogueError):
        return None
    sha256 = file_sha256(path)
    evidence: dict[int, tuple[Any, dict[str, set[str]]]] = {}  # column -> (field or None for a peak, seen)

    def on_header(table: StreamTable) -> None:
        try:
            plan = _plan_columns(rt, table, mapping, ImportReport(kind=rt.kind, file=path.name))
        except CatalogueError:
            raise _NotPlain() from None  # said by the whole-file import, in its words
        if decimal is not None:
            return  # a convention given reads every chunk alike
        for idx, name in plan.fields:
            f = rt.field(name)
            if f.type.numbers_in_text:
                evidence[idx] = (f, new_evidence())
        if plan.peaks and _peaks_field(rt) is not None:
            for idx, _ in plan.peaks:
                evidence[idx] = (None, new_evidence())

    read = [0]

    def first_pass(rows: list[list[str]]) -> None:
        by_column = list(zip(*rows))  # rows at least as wide as the header: one transposition in C
        for idx, (f, seen) in evidence.items():
            column_evidence(f, by_column[idx], seen)
        read[0] += len(rows)
        if reading is not None and not read[0] % 2000:
            reading(read[0])

    stream = CsvStream.open(path, header_row, first_pass, on_header)
    if stream is None:
        return None
    table = stream.table
    report = ImportReport(kind=rt.kind, file=path.name, sheet=None, dry_run=dry_run, skip_invalid=skip_invalid)
    report.sha256 = sha256
    report.warnings.extend(table.notes)
    plan = _plan_columns(rt, table, mapping, report)
    styles: dict[int, ColumnStyle] = {idx: style_of(seen) for idx, (_, seen) in evidence.items()}
    n = report.rows_read = stream.count
    names = rt.field_names
    peaks_field = _peaks_field(rt)
    chunks = ChunkImporter(cat, rt, plan, report, table.headers, dry_run=dry_run, skip_invalid=skip_invalid,
                           source={"file": path.name, "sha256": sha256, "rows": n}, total=n)
    try:
        start = 0
        rows = stream.rows()
        while start < n:
            batch = list(itertools.islice(rows, CHUNK))
            if not batch:
                break
            numbers = [number for number, _ in batch]
            cells = [rec for _, rec in batch]
            del batch
            row_problems: RowProblems = {}
            columns: dict[str, list[Any]] = {}
            by_column = list(zip(*cells))  # every row is as wide as the header
            for idx, name in plan.fields:
                values, errors = _convert_column(rt.field(name), by_column[idx], table.longest, decimal,
                                                 styles.get(idx))
                columns[name] = values
                for i, reason in errors.items():
                    row_problems.setdefault(start + i, []).append((idx, name, reason))
            if plan.peaks and peaks_field is not None:
                columns[peaks_field.name] = _assemble_peaks(
                    by_column, plan, columns.get(peaks_field.name), row_problems, peaks_field.name,
                    decimal, None if decimal is not None else styles, start)
            size = len(cells)
            filled = [columns[name] if name in columns else itertools.repeat(None, size) for name in names]
            records = [dict(zip(names, values)) for values in zip(*filled)]
            del filled, columns, by_column
            chunks.feed(start, records, cells, numbers, row_problems)
            del records, cells
            start += size
            if progress is not None and progress(start, n) is False:
                raise cancelled()
        if start != n or next(rows, None) is not None or file_sha256(path) != sha256:
            raise CatalogueError(Message("The file {name} changed while it was being imported; nothing was "
                                         "written. Import it again.", name=path.name))
        return chunks.finish()
    except BaseException:
        chunks.abort()
        raise


__all__ = ["import_streaming", "STREAM_MIN_BYTES"]
