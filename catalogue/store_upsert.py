"""Writing many records (an import, the demo): each clean row planned as an insert, an update or no
change against what is stored, then the plans written a chunk at a time (``labnet.catalogue.upsert_write``)."""

from __future__ import annotations

import contextlib
import operator
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import PermissionDenied, Problem, message_of
from .field_types import PEAK_TABLE
from .parsing import JSON_PEAKS_ENCODE
from .records import RecordType, record_type
from .store_checks import WriteChecks, transition_problems
from .store_rows import Record, from_row, natural_key
from .upsert_write import UpsertWriter
from .upsert_write import row_encoder as _row_encoder


def _spaced_peaks(rt: RecordType) -> Any:
    """``(stored, values)`` -> whether the stored row is ``values`` with each peak table in the form written
    before tables were stored canonical (``PeakTable.to_sql``): a re-import of the same values into a catalogue
    written before is "unchanged", as it was then, not an update of every record with peaks."""
    at = [(i, f.name) for i, f in enumerate(rt.fields) if f.type is PEAK_TABLE]
    if not at:
        return lambda stored, values: False
    encode = _row_encoder(rt, rt.field_names)

    def spaced(stored: tuple, values: Record) -> bool:
        if not any(type(stored[i]) is str and '": ' in stored[i] for i, _ in at):
            return False
        made = list(encode(values))
        for i, name in at:
            if values.get(name) is not None:
                made[i] = JSON_PEAKS_ENCODE(values[name])
        return tuple(made) == stored
    return spaced


@dataclass
class PlannedRow:
    """What importing one clean row would do."""

    values: Record
    action: str = "insert"           # insert, update, unchanged
    existing: Record | None = None
    problems: list[Problem] = field(default_factory=list)


@dataclass
class ApplyResult:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    first_seq: int | None = None
    last_seq: int | None = None



class UpsertPlanning(WriteChecks):
    """``Catalogue``'s planning and writing of many records (a mixin over the catalogue's connection)."""

    conn: sqlite3.Connection

    # -- writing many (import) --------------------------------------------------------
    def plan_upsert(self, kind: str, rows: Sequence[Record], stored: Sequence[tuple] | None = None) -> list[PlannedRow]:
        """Say, for each clean row, whether it would insert, update or change nothing.

        Rows are matched to stored records by natural key.  Problems found here
        are those that depend on what is stored: forbidden status changes and
        missing rights.  ``stored``: each row's values in SQL form (``_row_encoder``
        of the fields), when the caller has made them.
        """
        rt = record_type(kind)
        plans = [PlannedRow(values=row) for row in rows]
        # Compare in stored form: decoding every stored row would cost more
        # than the whole comparison (a re-import is mostly "unchanged").
        encode = _row_encoder(rt, rt.field_names)
        stored_values = operator.itemgetter(*rt.field_names)
        spaced = _spaced_peaks(rt)
        for start in range(0, len(plans), 400):
            chunk = plans[start:start + 400]
            existing = self._by_natural_key(rt, [p.values for p in chunk])
            for i, plan in enumerate(chunk, start):
                row = existing.get(natural_key(rt, plan.values))
                if row is None:
                    plan.action = "insert"
                    self._plan_rights(rt, plan)
                    continue
                was = stored_values(row)
                if was == (encode(plan.values) if stored is None else stored[i]) or spaced(was, plan.values):
                    plan.action = "unchanged"
                else:
                    plan.action, plan.existing = "update", from_row(rt, row)
                    plan.problems.extend(transition_problems(rt, plan.existing, plan.values))
                if plan.action == "update":
                    self._plan_rights(rt, plan)
        return plans

    @contextlib.contextmanager
    def _large_cache(self, rows: int) -> Iterator[None]:
        """A bigger page cache for a bulk write: with the default 2 MiB, SQLite
        spills the table's and indexes' dirty pages to disk mid-transaction
        (about a third of a 100,000-row import's time here)."""
        if rows < 10_000:
            yield
            return
        before = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute("PRAGMA cache_size = -262144")  # 256 MiB at most, only as used
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = {int(before)}")

    def _plan_rights(self, rt: RecordType, plan: PlannedRow) -> None:
        try:
            self._require_rights(rt, plan.existing, plan.values)
        except PermissionDenied as exc:
            plan.problems.append(Problem("", None, message_of(exc)))

    def apply_upsert(self, kind: str, plans: Iterable[PlannedRow], *, source: dict | None = None) -> ApplyResult:
        """Write planned rows in one transaction (all or nothing); ``upsert_writer`` writes them a chunk
        at a time."""
        plans = list(plans)
        with self.upsert_writer(kind, source=source, expected_rows=len(plans)) as writer:
            writer.write(plans)
        return writer.result

    def upsert_writer(self, kind: str, *, source: dict | None = None, expected_rows: int = 0) -> UpsertWriter:
        """A writer of planned rows chunk by chunk in one transaction (``labnet.catalogue.upsert_write``)."""
        return UpsertWriter(self, record_type(kind), source=source, expected_rows=expected_rows)

    def _by_natural_key(self, rt: RecordType, rows: Sequence[Record]) -> dict[tuple, sqlite3.Row]:
        keys = list({natural_key(rt, r) for r in rows})
        if not keys:
            return {}
        if len(rt.natural_key) == 1:
            where = f"{rt.natural_key[0]} IN ({', '.join('?' * len(keys))})"
        else:
            # OR of ANDs: SQLite answers each term from the natural-key index
            # (a row-value IN (VALUES …) would scan the table).
            term = "(" + " AND ".join(f"{k} = ?" for k in rt.natural_key) + ")"
            where = " OR ".join([term] * len(keys))
        found = self.conn.execute(f"SELECT * FROM {rt.table} WHERE {where}", [v for k in keys for v in k]).fetchall()
        return {tuple(r[k] for k in rt.natural_key): r for r in found}
