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
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Mapping

from .errors import CatalogueError, Message
from .import_cells import _assemble_peaks, _convert_column
from .import_columns import PEAK_PREFIX, _ColumnPlan, _peaks_field, _plan_columns, suggest_mapping
from .import_report import ImportReport, RowProblem
from .memory import collector_paused
from .records import RecordType, record_type
from .import_source import read_source
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
    ``decimal`` ("point" or "comma", ``catalogue.numbers``) says how the
    file writes numbers, instead of reading it column by column;
    ``encoding`` names a CSV file's encoding instead of detecting it;
    ``sheet`` and ``header_row`` say where the table is
    (``catalogue.import_source.read_source``); ``reading(rows)`` is called
    while a workbook is read, before any progress can be counted.
    """
    with collector_paused():
        table = read_source(record_type(kind), Path(path), sheet=sheet, header_row=header_row,
                            encoding=encoding, reading=reading)
        return _import(cat, record_type(kind), Path(path), table, dry_run, skip_invalid, mapping, progress,
                       decimal)


def _import(cat: Any, rt: RecordType, path: Path, table: Table, dry_run: bool, skip_invalid: bool,
            mapping: Mapping[str, Any] | None, progress: Progress | None, decimal: str | None) -> ImportReport:
    report = ImportReport(kind=rt.kind, file=path.name, sheet=table.sheet, dry_run=dry_run,
                          skip_invalid=skip_invalid)
    report.sha256 = file_sha256(path)
    report.warnings.extend(table.notes)
    plan = _plan_columns(rt, table, mapping, report)
    rows, numbers = table.rows, table.row_numbers
    n = report.rows_read = len(rows)
    if n == 0:
        report.warnings.append(f"{path.name} has a header row but no rows of data under it.")
        return report

    # 1. Every cell, column by column: a column's decimal convention is decided over the whole file.
    #    One column of cells at a time is taken out of the rows (not the whole file transposed).
    row_problems: dict[int, list[tuple[int, str, str]]] = {}  # row index -> (column, field, reason)
    columns: dict[str, list[Any]] = {}
    cells = _Cells(rows)
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

    # 2. A chunk at a time: each row as a whole, what the store makes of it, and (when nothing is
    #    refused so far) its writing, in one transaction that a refusal found later rolls back.
    #    The chunk's records, plans and SQL rows are dropped once it is written, and so are the
    #    cells and values of its rows that have no problem (those with one stay, to be reported).
    names = rt.field_names
    check_record = rt.check_record
    key_names = rt.natural_key
    key_of = itemgetter(*key_names)
    key_column = plan.column_of.get(key_names[0], -1) if len(key_names) == 1 else -1
    column_of = plan.column_of
    seen_keys: dict[Any, int] = {}
    no_problems: frozenset[str] = frozenset()
    kept: dict[int, dict[str, Any]] = {}  # the records of rows with a problem, for the report
    counts = {"insert": 0, "update": 0, "unchanged": 0}
    source = {"file": path.name, "sha256": report.sha256, "rows": n}
    writer = None
    try:
        for start in range(0, n, CHUNK):
            stop = min(n, start + CHUNK)
            filled = [columns[name][start:stop] if name in columns else itertools.repeat(None, stop - start)
                      for name in names]
            records = [dict(zip(names, values)) for values in zip(*filled)]
            del filled
            candidates: list[int] = []
            for i in range(start, stop):
                rec = records[i - start]
                problems = row_problems.get(i)
                found = check_record(rec, frozenset(p[1] for p in problems) if problems else no_problems)
                if found:
                    problems = row_problems.setdefault(i, [])
                    problems.extend((column_of.get(p.field, -1), p.field, p.message) for p in found)
                if problems:
                    continue
                key = key_of(rec)
                first = seen_keys.get(key)
                if first is not None:
                    row_problems[i] = [(key_column, key_names[0] if key_column >= 0 else "",
                                        Message("repeats {key} from row {row}", key=_describe_key(rt, rec),
                                                row=numbers[first]))]
                    continue
                seen_keys[key] = i
                candidates.append(i)
            good_plans: list[Any] = []
            if candidates:
                planned = cat.plan_upsert(rt.kind, [records[i - start] for i in candidates])
                for i, p in zip(candidates, planned):
                    if p.problems:
                        row_problems[i] = [(plan.column_of.get(pr.field, -1), pr.field, pr.message)
                                           for pr in p.problems]
                    else:
                        good_plans.append(p)
                        counts[p.action] += 1
            for i in range(start, stop):
                if i in row_problems:
                    kept[i] = records[i - start]
                else:
                    rows[i] = None  # type: ignore[call-overload]  # never reported: its cells can go
            for values in columns.values():
                values[start:stop] = itertools.repeat(None, stop - start)
            del records
            writing = not dry_run and (skip_invalid or not row_problems)
            if writing and any(p.action != "unchanged" for p in good_plans):
                if writer is None:
                    writer = cat.upsert_writer(rt.kind, source=source, expected_rows=n)
                writer.write(good_plans)
            elif writer is not None and not writing:
                writer.abort()  # a refused row: nothing of the file is written
                writer = None
            del good_plans
            if progress is not None and progress(stop, n) is False:
                raise ImportCancelled()

        report.problems = _row_problems(rt, table, plan, row_problems, kept)
        if report.refused:
            if writer is not None:  # pragma: no cover - a refusal aborts the writer when found
                writer.abort()
            return report

        # 3. Commit (or, in a dry run, say what would be written).
        report.inserted, report.updated, report.unchanged = counts["insert"], counts["update"], counts["unchanged"]
        if dry_run or not any(counts.values()):
            report.written = not dry_run and any(counts.values())
            return report
        if writer is not None:
            result = writer.finish()
            writer = None
            report.inserted, report.updated, report.unchanged = result.inserted, result.updated, counts["unchanged"]
            report.first_seq, report.last_seq = result.first_seq, result.last_seq
        report.written = True
        return report
    except BaseException:
        if writer is not None:
            writer.abort()
        raise


class _Cells:
    """The file's cells column by column, each column taken out of the rows when asked for."""

    def __init__(self, rows: list[list[Any]]) -> None:
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows[0]) if self.rows else 0

    def __getitem__(self, idx: int) -> list[Any]:
        return list(map(itemgetter(idx), self.rows))


def _describe_key(rt: RecordType, rec: dict[str, Any]) -> str:
    return ", ".join(f"{rt.field(k).label.lower()} {rec.get(k)}" for k in rt.natural_key)


def _row_problems(rt: RecordType, table: Table, plan: _ColumnPlan,
                  row_problems: dict[int, list[tuple[int, str, str]]],
                  records: Mapping[int, dict[str, Any]]) -> list[RowProblem]:
    out: list[RowProblem] = []
    headers = table.headers
    for i in sorted(row_problems):
        row = table.rows[i]
        items = sorted(row_problems[i], key=lambda p: (p[0] < 0, p[0]))
        for col, name, reason in items:
            if col >= 0:
                out.append(RowProblem(table.row_numbers[i], headers[col], row[col], reason))
            else:
                # A field with no column in the file (e.g. a rule about a value it lacks).
                out.append(RowProblem(table.row_numbers[i], "", records[i].get(name) if name else None,
                                      _with_label(rt, name, reason)))
    return out


def _with_label(rt: RecordType, name: str, reason: str) -> str:
    if not name or not rt.has_field(name):
        return reason
    label = rt.field(name).label
    return reason if label.lower() in reason.lower() else Message("{field}: {reason}", field=label, reason=reason)


__all__ = ["ImportReport", "RowProblem", "ImportCancelled", "import_file", "suggest_mapping", "file_sha256",
           "PEAK_PREFIX"]
