"""Exporting records to a spreadsheet that imports back exactly.

Columns, in this order:

* one per field, headed by the field *name* (``inventory_code``, not the
  label): stable, machine-readable, and matched first on import;
* for profiling results, instead of the ``peaks`` field, one ``peak:NAME``
  column per target compound found in the exported records (sorted by name),
  holding its peak area, blank where a record has no area for it;
* ``id`` and ``version`` last: the record's identity, for reference.  Import
  ignores them (with a note) and matches records by their natural key.

Cell values:

* CSV: every value as ``Field.to_text`` writes it (dates ``YYYY-MM-DD``,
  booleans ``yes``/``no``, lists ``a; b``, numbers in their shortest exact
  form with a decimal point), with formula injection neutralised as described
  in ``labnet.catalogue.tabular``.
* XLSX: numbers as numbers (exact doubles); everything else as text in the
  same form as CSV — in particular dates are ISO text rather than Excel date
  cells, so that no locale setting can turn 2024-03-05 into 3 May, and text is
  always a text cell (never a formula).

Export then import into an empty catalogue gives the same records; importing
the export back into the same catalogue changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from .numbers import unambiguous
from .records import RecordType, record_type
from .tabular import table_format, write_table

PEAK_PREFIX = "peak:"
SYSTEM_COLUMNS = ("id", "version")


def export_records(cat: Any, kind: str, path: str | Path, *,
                   records: Iterable[dict] | Callable[[], Iterable[dict]] | None = None) -> int:
    """Write the records of ``kind`` (all of them, or ``records``, e.g. a filtered
    view) to ``path`` (.csv or .xlsx); returns the number of records written.

    ``records`` may be a function returning a fresh iterator: it is then read
    twice (once for the peak columns, once to write) and never held in memory,
    which is how a million-record view is exported.
    """
    rt = record_type(kind)
    fmt = table_format(path)  # refuse a bad extension before reading anything
    if records is None:
        def source() -> Iterable[dict]:
            return cat.iter_records(rt.kind)
    elif callable(records):
        source = records
    else:
        listed = list(records)

        def source() -> Iterable[dict]:
            return iter(listed)

    peaks = rt.peaks_field
    compounds: list[str] = []
    if peaks is not None:
        seen: set[str] = set()
        for rec in source():
            table = rec.get(peaks.name)
            if table:
                seen.update(table)
        compounds = sorted(seen)

    headers = export_headers(rt, compounds)
    return write_table(path, headers, _rows(rt, source(), compounds, fmt), sheet=rt.plural)


def export_headers(rt: RecordType, compounds: list[str]) -> list[str]:
    headers: list[str] = []
    for f in rt.fields:
        if f.type.per_compound:
            headers += [PEAK_PREFIX + c for c in compounds]
        else:
            headers.append(f.name)
    return headers + list(SYSTEM_COLUMNS)


def _rows(rt: RecordType, records: Iterable[dict], compounds: list[str], fmt: str) -> Iterator[list[Any]]:
    native = fmt == "xlsx"
    plan: list[tuple[str, str, Callable[[Any], str] | None]] = []   # a text column has its writer
    for f in rt.fields:
        if f.type.per_compound:
            plan.append((f.name, "peaks", None))
        elif native and f.type.quantity:
            plan.append((f.name, "number", None))
        elif f.type.fractional:  # 1.234 written 1.2340: read back the same by any import (catalogue.numbers)
            plan.append((f.name, "text", partial(_unambiguous_text, f)))
        else:
            plan.append((f.name, "text", f.to_text))
    for rec in records:
        row: list[Any] = []
        for name, how, to_text in plan:
            value = rec.get(name)
            if to_text is not None:
                row.append(to_text(value) if value is not None else None)
            elif how == "number":
                row.append(value)
            else:
                table = value or {}
                if native:
                    row.extend(table.get(c) for c in compounds)
                else:
                    row.extend(_area_text(table.get(c)) for c in compounds)
        row.append(rec.get("id"))
        row.append(rec.get("version"))
        yield row


def _unambiguous_text(f, value: Any) -> str:
    return unambiguous(f.to_text(value))


def _area_text(value: float | None) -> str | None:
    if value is None:
        return None
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return unambiguous(repr(float(value)))  # 1.234 is written 1.2340: read back the same by any import


__all__ = ["export_records", "export_headers", "PEAK_PREFIX"]
