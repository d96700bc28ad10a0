"""Which column of a spreadsheet fills which field of a record type (see ``labnet.catalogue.importing``)."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import CatalogueError, Message
from .fields import Field, norm_key
from .import_report import ImportReport
from .records import SYSTEM_FIELDS, RecordType, record_type
from .tabular import Table, column_letter

PEAK_PREFIX = "peak:"

_PEAK_HEADER = re.compile(r"\s*peak(\s*:\s*|_|\s+)(\S.*?)\s*", re.IGNORECASE)
_UNIT_SUFFIX = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")


def _fold(text: Any) -> str:
    """Fold a header for matching: case, spaces, punctuation, accents, camelCase."""
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", str(text))
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"[#*:?!'’\"\[\]{},;]+", " ", text)
    return norm_key(text)


_LOOKUPS: dict[str, dict[str, str]] = {}


def _lookup(rt: RecordType) -> dict[str, str]:
    table = _LOOKUPS.get(rt.kind)
    if table is None:
        table = {}
        # Names win over labels, labels over the other known headers.
        for f in rt.fields:
            table.setdefault(_fold(f.name), f.name)
        for f in rt.fields:
            table.setdefault(_fold(f.label), f.name)
        for f in rt.fields:
            for h in f.headers:
                table.setdefault(_fold(h), f.name)
        _LOOKUPS[rt.kind] = table
    return table


def _peaks_field(rt: RecordType) -> Field | None:
    return rt.peaks_field


def _system_column(header: str) -> bool:
    return _fold(header) in {_fold(s) for s in SYSTEM_FIELDS}


def _match(rt: RecordType, header: str) -> str | None:
    if not header.strip():
        return None
    table = _lookup(rt)
    target = table.get(_fold(header))
    if target is None:
        target = table.get(_fold(_UNIT_SUFFIX.sub("", header)))  # "Weight (mg)" -> weight
    if target is not None:
        return target
    peaks = _peaks_field(rt)
    if peaks is not None:
        m = _PEAK_HEADER.fullmatch(header)
        if m:
            name = m.group(2).strip()
            if ":" not in m.group(1) and name.lower() in ("area", "areas"):
                return peaks.name  # "Peak areas": the peak table in text form
            return PEAK_PREFIX + name
    return None


def suggest_mapping(rt: RecordType | str, headers: Sequence[str]) -> dict[str, str | None]:
    """For each header, the field it will fill: a field name, ``"peak:NAME"`` for
    a peak-area column of target compound NAME, or None (ignored).

    The desktop import wizard pre-fills its choices from this; ``import_file``
    takes the (possibly edited) result as ``mapping``.
    """
    rt = record_type(rt) if isinstance(rt, str) else rt
    return {h: _match(rt, h) for h in headers}


def _resolve_target(rt: RecordType, header: str, target: Any) -> str | None:
    if target is None or (isinstance(target, str) and not target.strip()):
        return None
    target = str(target).strip()
    if rt.has_field(target):
        return target
    if target.lower().startswith(PEAK_PREFIX) and _peaks_field(rt) is not None:
        name = target[len(PEAK_PREFIX):].strip()
        if name:
            return PEAK_PREFIX + name
    found = _lookup(rt).get(_fold(target))
    if found:
        return found
    raise CatalogueError(Message("The column “{column}” is mapped to “{target}”, which is not a field of a "
                                 "{thing}. Choose one of: {fields}.", column=header, target=target,
                                 thing=rt.label.lower(), fields=", ".join(rt.field_names)))


def closest_field(rt: RecordType, header: str, among: Sequence[Field] | None = None,
                  cutoff: float = 0.75) -> Field | None:
    """The field whose name, label or known header ``header`` is closest to (a typing slip), if any."""
    table = _lookup(rt)
    allowed = None if among is None else {f.name for f in among}
    keys = [k for k, name in table.items() if allowed is None or name in allowed]
    hint = difflib.get_close_matches(_fold(_UNIT_SUFFIX.sub("", header) or header), keys, n=1, cutoff=cutoff)
    return rt.field(table[hint[0]]) if hint else None


def _unrecognised(rt: RecordType, header: str, missing: Sequence[Field]) -> str:
    near = closest_field(rt, header, missing, cutoff=0.6) or closest_field(rt, header)
    if near is None:
        return f"“{header}”"
    return Message("“{column}” — did you mean {field}?", column=header, field=near.label)


@dataclass
class _ColumnPlan:
    fields: list[tuple[int, str]]      # (column index, field name), in file order
    peaks: list[tuple[int, str]]       # (column index, compound name)
    column_of: dict[str, int]          # field name -> column index
    order: dict[str, int]              # header -> column index, to sort problems


def _plan_columns(rt: RecordType, table: Table, mapping: Mapping[str, Any] | None,
                  report: ImportReport) -> _ColumnPlan:
    headers = table.headers
    chosen, explicit = _chosen_mapping(rt, headers, mapping, report)
    plan = _ColumnPlan([], [], {}, {})
    by_field: dict[str, str] = {}
    by_compound: dict[str, str] = {}
    system: list[str] = []
    unknown: list[str] = []
    ignored_by_choice: list[str] = []
    for i, h in enumerate(headers):
        plan.order.setdefault(h, i)
        target = chosen.get(h)
        if not h:
            _headerless_column(table, i, report)
            continue
        if target is None:
            if h in explicit:
                ignored_by_choice.append(h)
            elif _system_column(h):
                system.append(h)
            else:
                unknown.append(h)
            continue
        if target.startswith(PEAK_PREFIX):
            compound = target[len(PEAK_PREFIX):]
            if compound in by_compound:
                raise CatalogueError(Message("The columns “{column}” and “{other_column}” both give the peak "
                                             "area of {compound}. Keep one of them and import again.",
                                             column=by_compound[compound], other_column=h, compound=compound))
            by_compound[compound] = h
            plan.peaks.append((i, compound))
            continue
        if target in by_field:
            label = rt.field(target).label
            raise CatalogueError(Message("The columns “{column}” and “{other_column}” both hold the {field} "
                                         "({name}). Keep one of them, or map one to nothing, and import again.",
                                         column=by_field[target], other_column=h, field=label.lower(),
                                         name=target))
        by_field[target] = h
        plan.fields.append((i, target))
        plan.column_of[target] = i

    _require_fields(rt, headers, by_field, plan, unknown, report)
    _column_notes(rt, plan, unknown, ignored_by_choice, system, report)
    return plan


def _chosen_mapping(rt: RecordType, headers: Sequence[str], mapping: Mapping[str, Any] | None,
                    report: ImportReport) -> tuple[dict[str, str | None], set[str]]:
    """Header -> field name (or ``peak:NAME``, or None): the suggestion, overridden by ``mapping``; and the
    headers the mapping chose.  A mapping naming a header the file lacks is refused (made for another file)."""
    chosen = suggest_mapping(rt, headers)
    explicit: set[str] = set()
    if mapping:
        missing = [h for h in mapping if h not in chosen]
        if missing:
            listed = ", ".join(f"“{h}”" for h in missing)
            if len(missing) == 1:
                raise CatalogueError(Message("The column mapping names {columns}, which is not a column of {file}. "
                                             "Choose the mapping again for this file.", columns=listed,
                                             file=report.file))
            raise CatalogueError(Message("The column mapping names {columns}, which are not a column of {file}. "
                                         "Choose the mapping again for this file.", columns=listed,
                                         file=report.file))
        for h, target in mapping.items():
            chosen[h] = _resolve_target(rt, h, target)
            explicit.add(h)
    report.mapping = dict(chosen)
    return chosen, explicit


def _headerless_column(table: Table, i: int, report: ImportReport) -> None:
    """Warn when column ``i``, which has no header, holds values (they are not imported)."""
    fills = getattr(table, "fills", None)  # a table read a row at a time counted them as it went
    if fills is not None:
        filled, first = fills.get(i, (0, 0))
    else:
        filled = sum(1 for row in table.rows if row[i] not in (None, "") and str(row[i]).strip())
    if filled and fills is None:
        first = next(n for n, row in zip(table.row_numbers, table.rows)
                     if row[i] not in (None, "") and str(row[i]).strip())
    if filled:
        report.warnings.append(Message.plural(
            "Column {column} has no header but holds {n:,} value (in row {row}); it was ignored. "
            "Give the column a name and import again if it matters.",
            "Column {column} has no header but holds {n:,} values (the first in row {row}); they were "
            "ignored. Give the column a name and import again if they matter.",
            filled, column=column_letter(i), row=first))


def _require_fields(rt: RecordType, headers: Sequence[str], by_field: dict[str, str], plan: _ColumnPlan,
                    unknown: list[str], report: ImportReport) -> None:
    """Refuse a file without a column for every required field, saying what is missing and what was not
    recognised (a peak table is given by its ``peak:NAME`` columns too)."""
    missing_required = [f for f in rt.fields if f.required and f.name not in by_field
                        and not (f.type.per_compound and plan.peaks)]
    if not missing_required:
        return
    names = ", ".join(f"{f.label} ({f.name})" for f in missing_required)
    if not by_field and not plan.peaks:
        shown = ", ".join(f"“{h}”" for h in headers if h)
        raise CatalogueError(Message(
            "None of the columns of {file} ({columns}) is a field of a {thing}. "
            "Check that this is a file of {things}, and that its first row holds column names "
            "such as {examples}.", file=report.file, columns=shown, thing=rt.label.lower(),
            things=rt.plural.lower(), examples=", ".join(f.name for f in rt.fields if f.required)))
    if unknown:
        raise CatalogueError(Message(
            "{file} has no column for {fields}, which every {thing} needs. Columns not recognised: {columns}. "
            "Rename the column (or map it to the field) and import again.", file=report.file, fields=names,
            thing=rt.label.lower(), columns="; ".join(_unrecognised(rt, h, missing_required) for h in unknown)))
    if len(missing_required) == 1:
        raise CatalogueError(Message(
            "{file} has no column for {fields}, which every {thing} needs. Add that column (or map an "
            "existing column to it) and import again.", file=report.file, fields=names, thing=rt.label.lower()))
    raise CatalogueError(Message(
        "{file} has no column for {fields}, which every {thing} needs. Add those columns (or map an "
        "existing column to it) and import again.", file=report.file, fields=names, thing=rt.label.lower()))


def _column_notes(rt: RecordType, plan: _ColumnPlan, unknown: list[str], ignored_by_choice: list[str],
                  system: list[str], report: ImportReport) -> None:
    """The warnings and notes about columns left out, as ``Message``s (the desktop says them in the user's
    language; the command line prints their English).  The sentences that name a list of columns take the
    verb's number from the list: ``Message.plural`` whose count is the number of columns."""
    thing = rt.label.lower()
    for h in unknown:
        near = closest_field(rt, h)
        where = dict(column=h, letter=column_letter(plan.order[h]), thing=thing)
        report.warnings.append(
            Message("Column “{column}” ({letter}) is not a field of a {thing}; it was ignored. Did you mean "
                    "“{name}”?", name=near.name, **where) if near else
            Message("Column “{column}” ({letter}) is not a field of a {thing}; it was ignored.", **where))
    if ignored_by_choice:
        report.info.append(Message.plural(
            "As chosen in the column mapping, {columns} was not imported.",
            "As chosen in the column mapping, {columns} were not imported.",
            len(ignored_by_choice), columns=", ".join(f"“{h}”" for h in ignored_by_choice)))
    if system:
        report.info.append(Message.plural(
            "The {columns} column holds LabNet's own record identity and was ignored; rows are matched to "
            "stored records by {key}.",
            "The {columns} columns hold LabNet's own record identity and were ignored; rows are matched to "
            "stored records by {key}.",
            len(system), columns=" and ".join(f"“{h}”" for h in system),
            key=", ".join(rt.field(k).label.lower() for k in rt.natural_key)))

