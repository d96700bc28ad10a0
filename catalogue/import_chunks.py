"""The second half of an import, a chunk of rows at a time (see ``labnet.catalogue.importing``).

``ChunkImporter.feed`` takes the records of a chunk of rows (their cells
already converted, with the problems found doing so) and checks each as a
whole, refuses a natural key the file gave before, asks the store what each
clean row would do (``Catalogue.plan_upsert``), turns the chunk's problems into
``RowProblem``s in row order, and — while nothing has been refused, or with
``skip_invalid`` — writes the chunk's good rows through one
``Catalogue.upsert_writer`` (one transaction for the whole file).  The first
refused row rolls back what was written; the chunks after it are still
checked, so the report lists every problem.  ``finish`` commits.  What a
chunk needed is dropped when the next one comes: only the natural keys seen
(to refuse a repeat) and the problems stay.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from .errors import Message
from .import_columns import _ColumnPlan
from .import_report import ImportReport, RowProblem
from .import_seen import SeenKeys
from .records import RecordType
from .upsert_write import IMPORT_CACHE_MIB, UpsertWriter, stored_records

RowProblems = dict[int, list[tuple[int, str, str]]]  # row index -> (column, field, reason)


class RowChecks:
    """What the file alone says of each row: its cells' problems, the record's own checks
    (``RecordType.check_record``) and a natural key the file gave before.  Holds the keys seen
    (to refuse a repeat); run where the rows are read (this process, or ``import_worker``'s)."""

    def __init__(self, rt: RecordType, plan: _ColumnPlan, headers: Sequence[str]) -> None:
        self.rt, self.plan, self.headers = rt, plan, headers
        self.seen = SeenKeys()  # natural key -> the row number that gave it first (bounded memory)
        self._key_of = itemgetter(*rt.natural_key)
        names = rt.natural_key
        self._key_column = plan.column_of.get(names[0], -1) if len(names) == 1 else -1

    def check(self, start: int, records: list[dict[str, Any]], cells: Sequence[Sequence[Any]],
              numbers: Sequence[int], row_problems: RowProblems) -> tuple[list[int], dict[int, list[RowProblem]]]:
        """Rows ``start`` … of the file: their records, cells as read and row numbers; ``row_problems``
        holds (at least) those found converting their cells, keyed by row index, and loses this chunk's.
        Returns the positions in the chunk of the rows without a problem (for the store to plan), and
        the problems of the others, by position."""
        rt, column_of, key_of = self.rt, self.plan.column_of, self._key_of
        check_record, key_names, key_column = rt.check_record, rt.natural_key, self._key_column
        no_problems: frozenset[str] = frozenset()
        candidates: list[int] = []
        for j, rec in enumerate(records):
            i = start + j
            problems = row_problems.get(i)
            found = check_record(rec, frozenset(p[1] for p in problems) if problems else no_problems)
            if found:
                problems = row_problems.setdefault(i, [])
                problems.extend((column_of.get(p.field, -1), p.field, p.message) for p in found)
            if not problems:
                candidates.append(j)
        # A natural key the file gave before (in an earlier row of this chunk or an earlier chunk).
        firsts = self.seen.first_rows([key_of(records[j]) for j in candidates], [numbers[j] for j in candidates])
        if any(first is not None for first in firsts):
            from .store import describe_key  # not loaded by import_worker's reading process otherwise

            kept = []
            for j, first in zip(candidates, firsts):
                if first is None:
                    kept.append(j)
                    continue
                row_problems[start + j] = [(key_column, key_names[0] if key_column >= 0 else "",
                                            Message("repeats {key} from row {row}", key=describe_key(rt, records[j]),
                                                    row=first))]
            candidates = kept
        rendered: dict[int, list[RowProblem]] = {}
        for j in range(len(records)):
            found_here = row_problems.pop(start + j, None)
            if found_here:
                rendered[j] = row_problems_of(self.rt, self.headers, found_here, records[j], cells[j], numbers[j])
        return candidates, rendered


class ChunkImporter:
    def __init__(self, cat: Any, rt: RecordType, plan: _ColumnPlan, report: ImportReport, headers: Sequence[str],
                 *, dry_run: bool, skip_invalid: bool, source: dict, total: int) -> None:
        self.cat, self.rt, self.plan, self.report, self.headers = cat, rt, plan, report, headers
        self.dry_run, self.skip_invalid, self.source, self.total = dry_run, skip_invalid, source, total
        self.checks = RowChecks(rt, plan, headers)
        self.counts = {"insert": 0, "update": 0, "unchanged": 0}
        self.writer: Any = None
        self._stored_record: Callable[[tuple], Mapping[str, Any]] | None = None

    def feed(self, start: int, records: list[dict[str, Any]], cells: Sequence[Sequence[Any]],
             numbers: Sequence[int], row_problems: RowProblems) -> None:
        """Rows ``start`` … of the file (see ``RowChecks.check``): checked, planned and written."""
        candidates, rendered = self.checks.check(start, records, cells, numbers, row_problems)
        self.settle(len(records), [records[j] for j in candidates], candidates,
                    lambda k: cells[candidates[k]], [numbers[j] for j in candidates], rendered)

    def settle(self, size: int, records: Sequence[Mapping[str, Any]] | None, positions: Sequence[int],
               cells_of: Callable[[int], Sequence[Any]], numbers: Sequence[int],
               rendered: dict[int, list[RowProblem]], stored: Sequence[tuple] | None = None) -> None:
        """The store's part of a chunk of ``size`` rows: ``records`` (at ``positions`` in the chunk, with
        ``cells_of(k)`` the cells of the k-th and ``numbers`` the row numbers) passed the file's checks,
        ``rendered`` holds the others' problems by position.  Asks the store what each would do, reports
        every problem in row order, and writes the good rows — while nothing has been refused, or with
        skip_invalid.  ``stored``: each record's values in SQL form, when already made (then
        ``records`` may be None: they are read from it, ``upsert_write.StoredRecord``)."""
        rt, column_of = self.rt, self.plan.column_of
        if records is None:
            if self._stored_record is None:
                self._stored_record = stored_records(rt)
            records = list(map(self._stored_record, stored or ()))
        good: list[Any] = []
        good_stored: list[tuple] | None = [] if stored is not None else None
        if records:
            for k, p in enumerate(self.cat.plan_upsert(rt.kind, records, stored)):
                if p.problems:
                    found = [(column_of.get(pr.field, -1), pr.field, pr.message) for pr in p.problems]
                    rendered[positions[k]] = row_problems_of(rt, self.headers, found, records[k], cells_of(k),
                                                             numbers[k])
                else:
                    good.append(p)
                    if good_stored is not None and stored is not None:   # made together
                        good_stored.append(stored[k])
                    self.counts[p.action] += 1
        if rendered:
            for j in sorted(rendered):
                self.report.problems.extend(rendered[j])
        writing = not self.dry_run and (self.skip_invalid or not self.report.problems)
        if writing and any(p.action != "unchanged" for p in good):
            if self.writer is None:
                self.writer = UpsertWriter(self.cat, rt, source=self.source, expected_rows=self.total,
                                           cache_mib=IMPORT_CACHE_MIB)
            self.writer.write(good, good_stored)
        elif self.writer is not None and not writing:
            self.abort()  # a refused row: nothing of the file is written

    def finish(self) -> ImportReport:
        """Commit what was written (nothing when refused or a dry run); the report says what was done."""
        report = self.report
        self.checks.seen.close()  # the keys' temporary file, if they spilled to one
        if report.refused:
            self.abort()
            return report
        counts = self.counts
        report.inserted, report.updated, report.unchanged = counts["insert"], counts["update"], counts["unchanged"]
        if self.dry_run or not any(counts.values()):
            report.written = not self.dry_run and any(counts.values())
            self.abort()
            return report
        if self.writer is not None:
            writer, self.writer = self.writer, None
            result = writer.finish()
            report.inserted, report.updated = result.inserted, result.updated
            report.first_seq, report.last_seq = result.first_seq, result.last_seq
        report.written = True
        return report

    def abort(self) -> None:
        if self.writer is not None:
            writer, self.writer = self.writer, None
            writer.abort()


def row_problems_of(rt: RecordType, headers: Sequence[str], found: list[tuple[int, str, str]],
                    record: Mapping[str, Any], cells: Sequence[Any], number: int) -> list[RowProblem]:
    """One row's problems (column, field, reason) as the report shows them, in column order."""
    out: list[RowProblem] = []
    for col, name, reason in sorted(found, key=lambda p: (p[0] < 0, p[0])):
        if col >= 0:
            out.append(RowProblem(number, headers[col], cells[col], reason))
        else:
            # A field with no column in the file (e.g. a rule about a value it lacks).
            out.append(RowProblem(number, "", record.get(name) if name else None, _with_label(rt, name, reason)))
    return out


def _with_label(rt: RecordType, name: str, reason: str) -> str:
    if not name or not rt.has_field(name):
        return reason
    label = rt.field(name).label
    return reason if label.lower() in reason.lower() else Message("{field}: {reason}", field=label, reason=reason)


__all__ = ["ChunkImporter", "RowChecks", "RowProblems", "row_problems_of"]
