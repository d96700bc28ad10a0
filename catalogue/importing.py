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

import difflib
import hashlib
import itertools
import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import partial
from operator import is_not, itemgetter
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from .errors import CatalogueError, Message, message_of
from .fields import Field, norm_key, parse_number
from .memory import collector_paused
from .records import SYSTEM_FIELDS, RecordType, record_type
from .tabular import Table, column_letter, read_table

PEAK_PREFIX = "peak:"
CHUNK = 1000  # rows between two progress reports
MAX_TEXT_PROBLEMS = 200  # lines of problems in ImportReport.to_text()

_PEAK_HEADER = re.compile(r"\s*peak(\s*:\s*|_|\s+)(\S.*?)\s*", re.IGNORECASE)
_NOT_DETECTED = frozenset({"nd", "notdetected", "<lod", "<loq", "bdl"})  # see the module docstring
_UNIT_SUFFIX = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
_TEXT_TYPES = {str, type(None)}
# str.translate table deleting what plain numbers are written with (and the join separator).
_PLAIN_NUMBER_CHARS = str.maketrans("", "", "0123456789+-.eE\x1f")

Progress = Callable[[int, int], Any]


class ImportCancelled(CatalogueError):
    """The person importing cancelled; nothing was written."""

    def __init__(self, message: str = Message("The import was cancelled; nothing was written.")) -> None:
        super().__init__(message)


@dataclass(frozen=True)
class RowProblem:
    """One reason one row of the file cannot be imported."""

    row_number: int   # as Excel shows it (the header is row 1)
    column: str       # the column header as written in the file, or "" for the row as a whole
    value: Any        # the cell as read from the file
    reason: str       # a sentence fragment for an analyst

    def to_text(self) -> str:
        where = f"Row {self.row_number}"
        if self.column:
            return f"{where}, column “{self.column}”: {_show(self.value)} — {self.reason}"
        return f"{where}: {self.reason}"


@dataclass
class ImportReport:
    kind: str
    file: str
    rows_read: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[RowProblem] = field(default_factory=list)  # every problem of every invalid row
    warnings: list[str] = field(default_factory=list)
    info: list[str] = field(default_factory=list)
    written: bool = False   # the import was carried out (committed), even if nothing needed changing
    dry_run: bool = False
    skip_invalid: bool = False
    sheet: str | None = None
    sha256: str = ""
    mapping: dict[str, str | None] = field(default_factory=dict)  # header -> field, "peak:NAME" or None
    first_seq: int | None = None
    last_seq: int | None = None

    @property
    def invalid_rows(self) -> list[int]:
        """Row numbers with at least one problem, in order."""
        return sorted({p.row_number for p in self.problems})

    @property
    def refused(self) -> bool:
        """True when invalid rows stopped the whole import (all or nothing)."""
        return bool(self.problems) and not self.skip_invalid

    @property
    def skipped(self) -> int:
        return len(self.invalid_rows) if self.skip_invalid else 0

    def _noun(self, n: int) -> str:
        try:
            rt = record_type(self.kind)
            return rt.label.lower() if n == 1 else rt.plural.lower()
        except CatalogueError:
            return "record" if n == 1 else "records"

    def summary(self) -> str:
        """One or two sentences: what happened."""
        bad = len(self.invalid_rows)
        good = self.rows_read - bad
        counts = f"{self.inserted:,} added, {self.updated:,} updated, {self.unchanged:,} unchanged"
        if self.rows_read == 0:
            return "Nothing was imported: the file has no rows under its header row."
        if self.refused:
            rows = "1 row has" if bad == 1 else f"{bad:,} rows have"
            start = ("Dry run: this import would be refused" if self.dry_run
                     else "Nothing was written")
            return (f"{start}, because {rows} problems (listed below). Correct them in the file "
                    f"and import it again, or import again skipping invalid rows to bring in only the "
                    f"{good:,} good {self._noun(good)}.")
        if self.dry_run:
            text = (f"Dry run, nothing was written. Importing would give: {self.inserted:,} added, "
                    f"{self.updated:,} updated, {self.unchanged:,} unchanged.")
        elif self.written:
            text = f"Imported: {counts}."
        else:
            text = "Nothing was written."
        if self.skip_invalid and bad:
            rows = "1 row" if bad == 1 else f"{bad:,} rows"
            text += f" {rows} with problems {'would be' if self.dry_run else 'were'} skipped (listed below)."
        return text

    def to_text(self) -> str:
        """The report for people: a summary, then the problems row by row, then warnings and notes."""
        what = self._noun(2)
        sheet = f", sheet “{self.sheet}”" if self.sheet else ""
        lines = [f"Import of {self.file}{sheet} ({what}): {self.rows_read:,} "
                 f"{'row' if self.rows_read == 1 else 'rows'} read.", self.summary()]
        if self.problems:
            lines += ["", "Problems:"]
            shown = self.problems[:MAX_TEXT_PROBLEMS]
            lines += [f"  {p.to_text()}" for p in shown]
            if len(self.problems) > len(shown):
                rest = self.problems[len(shown):]
                rows = len({p.row_number for p in rest})
                lines.append(f"  … and {len(rest):,} more problems in {rows:,} more rows "
                             "(the JSON form of this report, labnet import --json, lists them all).")
        if self.warnings:
            lines += ["", "Warnings:"] + [f"  {w}" for w in self.warnings]
        if self.info:
            lines += ["", "Notes:"] + [f"  {i}" for i in self.info]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data."""
        return {
            "kind": self.kind, "file": self.file, "sheet": self.sheet, "sha256": self.sha256,
            "rows_read": self.rows_read, "inserted": self.inserted, "updated": self.updated,
            "unchanged": self.unchanged, "invalid_rows": len(self.invalid_rows), "skipped": self.skipped,
            "written": self.written, "dry_run": self.dry_run, "skip_invalid": self.skip_invalid,
            "refused": self.refused, "summary": self.summary(),
            "problems": [{"row": p.row_number, "column": p.column, "value": _json_value(p.value),
                          "reason": p.reason} for p in self.problems],
            "warnings": list(self.warnings), "info": list(self.info), "mapping": dict(self.mapping),
            "first_seq": self.first_seq, "last_seq": self.last_seq,
        }


# --- header mapping ------------------------------------------------------------

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
    return next((f for f in rt.fields if f.type == "peaks"), None)


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


@dataclass
class _ColumnPlan:
    fields: list[tuple[int, str]]      # (column index, field name), in file order
    peaks: list[tuple[int, str]]       # (column index, compound name)
    column_of: dict[str, int]          # field name -> column index
    order: dict[str, int]              # header -> column index, to sort problems


def _plan_columns(rt: RecordType, table: Table, mapping: Mapping[str, Any] | None,
                  report: ImportReport) -> _ColumnPlan:
    headers = table.headers
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
            filled = sum(1 for row in table.rows if row[i] not in (None, "") and str(row[i]).strip())
            if filled:
                first = next(n for n, row in zip(table.row_numbers, table.rows)
                             if row[i] not in (None, "") and str(row[i]).strip())
                report.warnings.append(
                    f"Column {column_letter(i)} has no header but holds {filled:,} "
                    f"{'value' if filled == 1 else 'values'} (the first in row {first}); they were ignored. "
                    "Give the column a name and import again if they matter.")
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

    missing_required = [f for f in rt.fields if f.required and f.name not in by_field
                        and not (f.type == "peaks" and plan.peaks)]
    if missing_required:
        names = ", ".join(f"{f.label} ({f.name})" for f in missing_required)
        if not by_field and not plan.peaks:
            shown = ", ".join(f"“{h}”" for h in headers if h)
            raise CatalogueError(Message(
                "None of the columns of {file} ({columns}) is a field of a {thing}. "
                "Check that this is a file of {things}, and that its first row holds column names "
                "such as {examples}.", file=report.file, columns=shown, thing=rt.label.lower(),
                things=rt.plural.lower(), examples=", ".join(f.name for f in rt.fields if f.required)))
        if len(missing_required) == 1:
            raise CatalogueError(Message(
                "{file} has no column for {fields}, which every {thing} needs. Add that column (or map an "
                "existing column to it) and import again.", file=report.file, fields=names, thing=rt.label.lower()))
        raise CatalogueError(Message(
            "{file} has no column for {fields}, which every {thing} needs. Add those columns (or map an "
            "existing column to it) and import again.", file=report.file, fields=names, thing=rt.label.lower()))

    known = sorted(_lookup(rt))
    for h in unknown:
        hint = difflib.get_close_matches(_fold(h), known, n=1, cutoff=0.75)
        did_you_mean = f" Did you mean “{_lookup(rt)[hint[0]]}”?" if hint else ""
        report.warnings.append(f"Column “{h}” ({column_letter(plan.order[h])}) is not a field of a "
                               f"{rt.label.lower()}; it was ignored.{did_you_mean}")
    if ignored_by_choice:
        listed = ", ".join(f"“{h}”" for h in ignored_by_choice)
        verb = "was" if len(ignored_by_choice) == 1 else "were"
        report.info.append(f"As chosen in the column mapping, {listed} {verb} not imported.")
    if system:
        listed = " and ".join(f"“{h}”" for h in system)
        key = ", ".join(rt.field(k).label.lower() for k in rt.natural_key)
        report.info.append(f"The {listed} {'column holds' if len(system) == 1 else 'columns hold'} LabNet's own "
                           f"record identity and {'was' if len(system) == 1 else 'were'} ignored; rows are matched "
                           f"to stored records by {key}.")
    return plan


# --- converting cells ------------------------------------------------------------
#
# Cells are converted column by column: each distinct text of a column is
# parsed once (drug types, countries, dates and units repeat a great deal), and
# the per-row work is left to list comprehensions.  The result is the same as
# ``Field.parse`` cell by cell (tests/test_import.py checks this against
# ``RecordType.validate``).

class _Bad:
    """A cell that could not be read, standing in a column of values until reported."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason


_not_none = partial(is_not, None)


def _numbers(cells: Sequence[Any], resolve: Callable[[str], Any],
             check: Callable[[float], bool]) -> tuple[list[Any], dict[int, str]]:
    """A column of text cells as floats.

    ``float()`` reads the usual cells; every distinct text it refuses goes
    once through ``resolve`` (which returns the value, or raises ValueError
    with the reason).  Values for which ``check`` is false (out of range, not
    finite) are sent through ``resolve`` as well, to get the reason.
    """
    has_bad = False
    values: list[Any] | None = None
    if not "\x1f".join(cells).translate(_PLAIN_NUMBER_CHARS):  # digits, signs, points, exponents only
        try:
            values = [float(c) if c else None for c in cells]
        except ValueError:  # "-", "1.2.3"…: read as below
            values = None
    if values is None:
        special: dict[str, Any] = {}
        for text in set(cells):
            if text:
                try:
                    float(text)
                except ValueError:
                    try:
                        special[text] = resolve(text)
                    except ValueError as exc:
                        special[text] = _Bad(message_of(exc))
                        has_bad = True
        values = [special[c] if c in special else (float(c) if c else None) for c in cells]
    numbers = [v for v in values if type(v) is float] if has_bad else list(filter(_not_none, values))
    # One pass each in C: the sum is NaN or infinite if any value is (or, rarely,
    # if finite values overflow, which only costs the slow check below).
    total = sum(numbers)
    if numbers and not (total - total == 0.0 and check(min(numbers)) and check(max(numbers))):
        for i, v in enumerate(values):
            if type(v) is float and not check(v):
                try:
                    values[i] = resolve(cells[i])
                except ValueError as exc:
                    values[i] = _Bad(message_of(exc))
                    has_bad = True
    errors: dict[int, str] = {}
    if has_bad:
        for i, v in enumerate(values):
            if type(v) is _Bad:
                errors[i] = v.reason
                values[i] = None
    return values, errors


def _float_check(f: Field) -> Callable[[float], bool]:
    lo = -math.inf if f.minimum is None else f.minimum
    hi = math.inf if f.maximum is None else f.maximum
    return lambda v: lo <= v <= hi and v - v == 0.0


def _convert_column(f: Field, cells: Sequence[Any], longest: int | None = None) -> tuple[list[Any], dict[int, str]]:
    """Parse one column; returns the values and {row index: reason} for the cells that failed.

    Gives what ``Field.parse`` gives cell by cell, faster: text columns are
    stripped in one pass, number columns read by ``float()`` first, and other
    columns (dates, choices, countries…) parse each distinct text once.
    """
    errors: dict[int, str] = {}
    if set(map(type, cells)) <= _TEXT_TYPES:  # CSV, or an Excel column of text
        if f.type == "text":
            values = [c.strip() or None if c else None for c in cells]
            if (longest is None or longest > 4000) and max(map(len, filter(_not_none, values)), default=0) > 4000:
                for i, v in enumerate(values):
                    if v is not None and len(v) > 4000:
                        try:
                            values[i] = f.parse(cells[i])
                        except ValueError as exc:
                            values[i], errors[i] = None, message_of(exc)
            return values, errors
        if f.type == "float" and None not in cells:
            return _numbers(cells, f.parse, _float_check(f))
        parse = f.parse
        parsed: dict[Any, Any] = {}
        bad: dict[Any, str] = {}
        for text in set(cells):
            if not text:
                parsed[text] = None
                continue
            try:
                parsed[text] = parse(text)
            except ValueError as exc:
                parsed[text] = None
                bad[text] = message_of(exc)
        values = [parsed[c] for c in cells]
        if f.type == "list":  # never share one list between records
            values = [v[:] if v is not None else None for v in values]
        if bad:
            errors = {i: bad[c] for i, c in enumerate(cells) if c in bad}
        return values, errors
    return _parse_each(cells, f.parse)


def _peak_area(raw: Any, compound: str) -> float | None:
    """The peak area in one cell; None when blank; ValueError with the reason."""
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise ValueError(Message("a peak area must be a number, not yes/no"))
    if isinstance(raw, (int, float)):
        try:
            value = float(raw)
        except OverflowError:
            raise ValueError(Message("the peak area of {compound} is too large a number",
                                     compound=compound)) from None
    else:
        text = str(raw).strip()
        if not text:
            return None
        if re.sub(r"[\s.]", "", text.lower()) in _NOT_DETECTED:
            return 0.0
        try:
            value = parse_number(text)
        except ValueError:
            raise ValueError(Message("“{raw}” is not a peak area (a number). Leave the cell blank if {compound} "
                                     "was not reported, or write n.d. if it was not detected", raw=raw,
                                     compound=compound)) from None
    if value - value != 0.0:
        raise ValueError(Message("“{raw}” is not a finite number", raw=raw))
    if value < 0:
        raise ValueError(Message("a peak area cannot be negative"))
    return value


def _peak_ok(v: float) -> bool:
    return v >= 0 and v - v == 0.0


def _convert_peaks(cells: Sequence[Any], compound: str) -> tuple[list[Any], dict[int, str]]:
    resolve = partial(_peak_area, compound=compound)
    if set(map(type, cells)) == {str}:
        return _numbers(cells, resolve, _peak_ok)
    return _parse_each(cells, resolve)


# --- the import ------------------------------------------------------------------

def file_sha256(path: str | Path) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def import_file(cat: Any, kind: str, path: str | Path, *, dry_run: bool = False, skip_invalid: bool = False,
                mapping: Mapping[str, Any] | None = None, progress: Progress | None = None) -> ImportReport:
    """Import the records of one spreadsheet; see the module docstring.

    ``mapping`` overrides ``suggest_mapping`` for the headers it names.
    ``progress(done, total)`` is called every ~1,000 rows; returning False
    cancels the import (``ImportCancelled``; nothing is written).
    """
    with collector_paused():
        return _import(cat, record_type(kind), Path(path), dry_run, skip_invalid, mapping, progress)


def _import(cat: Any, rt: RecordType, path: Path, dry_run: bool, skip_invalid: bool,
            mapping: Mapping[str, Any] | None, progress: Progress | None) -> ImportReport:
    table = read_table(path)
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

    # 1. Every cell, column by column.
    row_problems: dict[int, list[tuple[int, str, str]]] = {}  # row index -> (column, field, reason)
    columns: dict[str, list[Any]] = {}
    cells = list(zip(*rows))  # the file column by column
    for idx, name in plan.fields:
        values, errors = _convert_column(rt.field(name), cells[idx], table.longest)
        columns[name] = values
        for i, reason in errors.items():
            row_problems.setdefault(i, []).append((idx, name, reason))
    peaks_field = _peaks_field(rt)
    if plan.peaks and peaks_field is not None:
        columns[peaks_field.name] = _assemble_peaks(cells, plan, columns.get(peaks_field.name), row_problems,
                                                    peaks_field.name)
    del cells

    names = rt.field_names
    filled = [columns[name] if name in columns else itertools.repeat(None, n) for name in names]
    records = [dict(zip(names, values)) for values in zip(*filled)]
    del filled, columns

    # 2. Each row as a whole, then what the store makes of it, chunk by chunk.
    check_record = rt.check_record
    key_names = rt.natural_key
    key_of = itemgetter(*key_names)
    key_column = plan.column_of.get(key_names[0], -1) if len(key_names) == 1 else -1
    column_of = plan.column_of
    seen_keys: dict[Any, int] = {}
    good_plans: list[Any] = []
    no_problems: frozenset[str] = frozenset()
    for start in range(0, n, CHUNK):
        stop = min(n, start + CHUNK)
        candidates: list[int] = []
        for i in range(start, stop):
            rec = records[i]
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
        if candidates:
            planned = cat.plan_upsert(rt.kind, [records[i] for i in candidates])
            for i, p in zip(candidates, planned):
                if p.problems:
                    row_problems[i] = [(plan.column_of.get(pr.field, -1), pr.field, pr.message)
                                       for pr in p.problems]
                else:
                    good_plans.append(p)
        if progress is not None and progress(stop, n) is False:
            raise ImportCancelled()

    report.problems = _row_problems(rt, table, plan, row_problems, records)
    if report.refused:
        return report

    # 3. Write (or, in a dry run, say what would be written).
    actions = [p.action for p in good_plans]
    report.inserted, report.updated = actions.count("insert"), actions.count("update")
    report.unchanged = actions.count("unchanged")
    if dry_run or not good_plans:
        report.written = not dry_run and bool(good_plans)
        return report
    if report.inserted or report.updated:
        result = cat.apply_upsert(rt.kind, good_plans,
                                  source={"file": path.name, "sha256": report.sha256, "rows": n})
        report.inserted, report.updated, report.unchanged = result.inserted, result.updated, result.unchanged
        report.first_seq, report.last_seq = result.first_seq, result.last_seq
    report.written = True
    return report


def _parse_each(cells: Sequence[Any], parse: Callable[[Any], Any]) -> tuple[list[Any], dict[int, str]]:
    """Each cell parsed; a cell that does not parse is None, with its reason by position."""
    values: list[Any] = []
    errors: dict[int, str] = {}
    for i, c in enumerate(cells):
        try:
            values.append(parse(c))
        except ValueError as exc:
            values.append(None)
            errors[i] = message_of(exc)
    return values, errors


def _assemble_peaks(cells: list[Sequence[Any]], plan: _ColumnPlan, text_peaks: list[Any] | None,
                    row_problems: dict[int, list[tuple[int, str, str]]], field_name: str) -> list[Any]:
    """The peak table of each row, from the peak:NAME columns (and a peaks column, if any)."""
    compounds = [name for _, name in plan.peaks]
    columns = []
    for idx, name in plan.peaks:
        values, errors = _convert_peaks(cells[idx], name)
        columns.append(values)
        for i, reason in errors.items():
            row_problems.setdefault(i, []).append((idx, field_name, reason))
    if text_peaks is None:
        return [{c: v for c, v in zip(compounds, values) if v is not None} or None for values in zip(*columns)]
    out: list[Any] = []
    for i, values in enumerate(zip(*columns)):
        table = {c: v for c, v in zip(compounds, values) if v is not None}
        if text_peaks is not None and text_peaks[i]:
            merged = dict(text_peaks[i])
            for c, v in table.items():
                if c in merged:
                    idx = plan.peaks[compounds.index(c)][0]
                    row_problems.setdefault(i, []).append(
                        (idx, field_name, Message("{compound} is given both here and in the peaks column",
                                                  compound=c)))
                merged[c] = v
            table = merged
        out.append(table or None)
    return out


def _describe_key(rt: RecordType, rec: dict[str, Any]) -> str:
    return ", ".join(f"{rt.field(k).label.lower()} {rec.get(k)}" for k in rt.natural_key)


def _row_problems(rt: RecordType, table: Table, plan: _ColumnPlan,
                  row_problems: dict[int, list[tuple[int, str, str]]], records: list[dict]) -> list[RowProblem]:
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


def _show(value: Any) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        return "empty"
    text = _json_value(value)
    text = text if len(text) <= 80 else text[:77] + "…"
    return f"“{text}”"


def _json_value(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else str(int(value))
    if hasattr(value, "isoformat"):
        text = value.isoformat()
        return text[:10] if text.endswith("T00:00:00") else text
    return str(value)


__all__ = ["ImportReport", "RowProblem", "ImportCancelled", "import_file", "suggest_mapping", "file_sha256",
           "PEAK_PREFIX"]
