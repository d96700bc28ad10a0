"""Profiles from a file (CSV or XLSX), read rather than guessed: which sheet, which columns are target
compounds, and which pairs are linked.

**The sheet.**  A CSV file has one table.  A workbook is read from the sheet
named by ``sheet``; with no name, it must have exactly one sheet holding
values (not counting a sheet used as the lookup table), else it is refused
with the list of its sheets — a published workbook often keeps its metadata
(year, purity, postcode, coordinates…) on a second sheet, and reading that one
as profiles gives a plausible but meaningless result.

**The target compounds** come from, in this order: an explicit list
(``targets``: column names, or ``FIRST..LAST`` for the adjacent columns from
FIRST to LAST); a target list (a method's, a preset's or a drug type's): its
compounds that are columns of the sheet, as ``NAME`` or ``peak:NAME``; else the
``peak:NAME`` columns.  Nothing else is ever taken as a target: the other
numeric columns are reported as not used, so a misread sheet shows itself.

**Ground truth** (which pairs are linked): ``linked_if`` is a list of metadata
columns, and two profiles are linked when they have the same value in *every*
one of them (``--linked-if "route,precursor"``: same route and same precursor;
``--group-column G`` is ``--linked-if G``).  A rule of equalities joined by
"and" is an equivalence, so it is a group label: the group of a profile is its
tuple of values.  A profile with an empty value in a rule column cannot be
placed; it is left out with the reason.  Metadata may come from a **lookup
table** joined by key (``lookup``: a sheet of the same workbook, a file, or
``FILE#SHEET``; ``lookup_key``: the column naming the profile in the lookup,
matched to the column of the same name in the profiles' sheet, else to the id
column).  The profiles' own columns win over the lookup's of the same name.

**Numbers** written as text in the target columns are read as the catalogue's
import reads them (``labnet.profiling.file_numbers``, ``labnet.catalogue.numbers``): each
column by its own decimal separator, decided over the whole column or given
(``decimal``: --decimal-point / --decimal-comma); ``1.234`` or ``12,500`` that
the column leaves open refuses the file with every such cell's row and column.
A CSV file that is not UTF-8 is read in ``encoding`` (--encoding), or
recognised, or refused (``labnet.catalogue.encodings``).

Every refusal is a ``CatalogueError`` with a sentence naming what to fix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from labnet.catalogue.errors import CatalogueError

from .file_numbers import is_number, read_number_columns
from .targets import TargetList, profile_matrix
from .workflows import LabelledProfiles

PEAK_PREFIX = "peak:"


@dataclass
class FilePopulation(LabelledProfiles):
    """Labelled profiles read from a file, with what was read and what was not."""

    sheet: str | None = None
    unused: list[str] = field(default_factory=list)      # numeric columns that are not target compounds
    absent: list[str] = field(default_factory=list)      # targets of the list with no column in the file
    ground_truth: str = ""                                # e.g. "same route and same precursor"
    linked_if: list[str] = field(default_factory=list)
    provenance: dict[str, Any] = field(default_factory=dict)


def parse_linked_if(text: str | None) -> list[str]:
    """``"route,precursor"`` → ``["route", "precursor"]`` (same route AND same precursor)."""
    if text is None:
        return []
    columns = [c.strip() for c in text.split(",")]
    if not any(columns) or not all(columns):
        raise CatalogueError(f"--linked-if “{text}” must name one or more metadata columns separated by commas "
                             "(e.g. --linked-if \"route,precursor\": linked when both are the same).")
    return columns


def describe_rule(columns: list[str]) -> str:
    return " and ".join(f"same {c}" for c in columns)


# -- reading a sheet ----------------------------------------------------------------------
def read_sheet(path: Path, sheet: str | None = None, *, exclude: tuple[str, ...] = (), what: str = "profiles",
               encoding: str | None = None):
    """The table of ``path``: its named sheet, or its only sheet with values (``exclude``: sheets not to count);
    ``encoding`` names a CSV file's encoding when it is not UTF-8 (``labnet.catalogue.encodings``)."""
    from labnet.catalogue.tabular import read_table, workbook_sheets

    path = Path(path)
    sheets = workbook_sheets(path) if path.is_file() else None
    if sheets is None:
        if sheet is not None and path.is_file():
            raise CatalogueError(f"{path.name} is a CSV file, which has no sheets; leave out --sheet “{sheet}”.")
        return read_table(path, encoding=encoding)
    names = [name for name, _ in sheets]
    if sheet is not None:
        match = [n for n in names if n == sheet] or [n for n in names if n.strip().casefold() == sheet.strip().casefold()]
        if not match:
            raise CatalogueError(f"The workbook {path.name} has no sheet “{sheet}”; its sheets are: "
                                 f"{', '.join(names)}.")
        return read_table(path, match[0])
    excluded = {e.casefold() for e in exclude}
    candidates = [name for name, has_data in sheets if has_data and name.casefold() not in excluded]
    if len(candidates) > 1:
        raise CatalogueError(f"The workbook {path.name} has {len(candidates)} sheets with data "
                             f"({', '.join(candidates)}); say which holds the {what} with --sheet NAME.")
    if not candidates:
        raise CatalogueError(f"The workbook {path.name} has no sheet with data"
                             f"{' besides ' + ', '.join(exclude) if exclude else ''}.")
    return read_table(path, candidates[0])


def _index(headers: list[str]) -> dict[str, int]:
    folded: dict[str, int] = {}
    for i, h in enumerate(headers):
        if h:
            folded.setdefault(h.strip().casefold(), i)
    return folded


def _column(headers: list[str], folded: dict[str, int], wanted: str, owner: str, option: str) -> int:
    """The index of the column named ``wanted`` (case and spaces aside), or a refusal listing the columns."""
    if wanted.strip().casefold() not in folded:
        raise CatalogueError(f"{owner} has no column “{wanted}” ({option}); its columns are: "
                             f"{', '.join(h for h in headers if h)}.")
    return folded[wanted.strip().casefold()]


def _numeric(rows: list[list[Any]], column: int) -> bool:
    """A column whose first 500 cells that hold anything all hold numbers (written either way: "1,5" too)."""
    seen = 0
    for row in rows[:500]:
        cell = row[column]
        if cell in (None, ""):
            continue
        if not is_number(cell):
            return False
        seen += 1
    return seen > 0


def _target_columns(headers: list[str], rows: list[list[Any]], name: str, targets: list[str] | None,
                    target_list: TargetList | None, keep_whole_list: bool
                    ) -> tuple[list[str], Sequence[int | None], list[str]]:
    """(target names, their column or None when absent, absent names)."""
    folded = _index(headers)

    def column_of(target: str) -> int | None:
        return folded.get(target.strip().casefold(), folded.get(f"{PEAK_PREFIX}{target}".strip().casefold()))

    if targets:
        expanded: list[str] = []
        for item in targets:
            if ".." in item and column_of(item) is None:
                first, last = (part.strip() for part in item.split("..", 1))
                a, b = column_of(first), column_of(last)
                if a is None or b is None or b < a:
                    raise CatalogueError(f"--targets “{item}”: a range names two columns of {name}, the first "
                                         f"before the last (“{first}” and “{last}” are not).")
                expanded += [h[len(PEAK_PREFIX):] if h.lower().startswith(PEAK_PREFIX) else h
                             for h in headers[a:b + 1] if h]
            else:
                expanded.append(item)
        missing = [t for t in expanded if column_of(t) is None]
        if missing:
            raise CatalogueError(f"{name} has no column for the target(s) {', '.join(missing)}.")
        return expanded, [column_of(t) for t in expanded], []
    if target_list is not None:
        present = [t for t in target_list.targets if column_of(t) is not None]
        absent = [t for t in target_list.targets if column_of(t) is None]
        if not present:
            raise CatalogueError(f"None of the {len(target_list.targets)} target compounds of the "
                                 f"{target_list.drug_type} list is a column of {name}; name the target columns "
                                 "with --targets (a list, or FIRST..LAST).")
        names = list(target_list.targets) if keep_whole_list else present
        return names, [column_of(t) for t in names], absent
    peaks = [i for i, h in enumerate(headers) if h.lower().startswith(PEAK_PREFIX)]
    if not peaks:
        numeric = [h for i, h in enumerate(headers) if h and _numeric(rows, i)]
        raise CatalogueError(f"{name} does not say which columns are target compounds (no peak:NAME columns): "
                             f"name them with --targets (a list, or FIRST..LAST), or choose a target list with "
                             f"--drug-type. Its numeric columns are: {', '.join(numeric) or 'none'}.")
    names = [headers[i][len(PEAK_PREFIX):] for i in peaks]
    return names, peaks, []


def _lookup_table(path: Path, lookup: str, key: str, encoding: str | None = None):
    """(rows by key, the lookup's headers, a description) of the lookup table."""
    from labnet.catalogue.tabular import workbook_sheets

    sheets = workbook_sheets(path) or []
    if any(name.strip().casefold() == lookup.strip().casefold() for name, _ in sheets):
        table, where = read_sheet(path, lookup), f"sheet {lookup} of {path.name}"
    else:
        file, _, sheet = lookup.partition("#")
        other = Path(file)
        if not other.is_file():
            listed = f" (its sheets: {', '.join(n for n, _ in sheets)})" if sheets else ""
            raise CatalogueError(f"--lookup “{lookup}” is neither a sheet of {path.name}{listed} nor a file.")
        table = read_sheet(other, sheet or None, what="lookup table", encoding=encoding)
        where = f"{other.name}{'#' + sheet if sheet else ''}"
    headers = [h.strip() for h in table.headers]
    folded = _index(headers)
    at = _column(headers, folded, key, f"The lookup table ({where})", "--lookup-key")
    rows: dict[str, dict[str, Any]] = {}
    first_row: dict[str, int] = {}
    for row, number in zip(table.rows, table.row_numbers):
        value = _text(row[at])
        if not value:
            continue
        record = {h: row[i] for i, h in enumerate(headers) if h and i != at}
        if value in rows and rows[value] != record:
            raise CatalogueError(f"The lookup table ({where}) has two different rows for {key} “{value}” (rows "
                                 f"{first_row[value]} and {number}); keep one.")
        rows[value] = record
        first_row.setdefault(value, number)
    return rows, [h for h in headers if h], where


def _text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def read_file_population(path: Path, id_column: str, group_column: str | None = None,
                         targets: list[str] | None = None, drug_type: str = "file", *,
                         target_list: TargetList | None = None, sheet: str | None = None,
                         linked_if: list[str] | None = None, lookup: str | None = None,
                         lookup_key: str | None = None, signed: bool = False,
                         keep_whole_list: bool = False, need_ground_truth: bool = True,
                         encoding: str | None = None, decimal: str | None = None) -> FilePopulation:
    """Profiles of a CSV/XLSX file with their ground truth; see the module docstring.

    ``encoding`` names the encoding of the CSV files read (the profiles', a lookup file's) when it is not
    UTF-8; ``decimal`` (``labnet.catalogue.numbers.POINT``/``COMMA``) how the file writes numbers, else each
    target column's convention is read from the column, and a number it leaves open refused
    (``labnet.profiling.file_numbers``)."""
    from .method import file_sha256, population_sha256
    from .targets import load_target_list

    path = Path(path)
    rules = ([group_column] if group_column else []) + [c for c in (linked_if or []) if c not in (group_column,)]
    if need_ground_truth and not rules:
        raise CatalogueError("Say which pairs are linked: --group-column G (same group) or --linked-if "
                             "\"COL1,COL2\" (same value in every one of these columns).")
    if lookup is not None and not lookup_key:
        raise CatalogueError("--lookup needs --lookup-key COL, the column that names each profile in the lookup table.")
    if lookup_key and lookup is None:
        raise CatalogueError("--lookup-key needs --lookup FILE_OR_SHEET, the table to join.")
    table = read_sheet(path, sheet, exclude=(lookup,) if lookup else (), encoding=encoding)
    name = path.name + (f" (sheet {table.sheet})" if table.sheet else "")
    headers = [h.strip() for h in table.headers]
    folded = _index(headers)
    id_at = _column(headers, folded, id_column, name, "--id-column")

    lookup_rows: dict[str, dict[str, Any]] = {}
    lookup_headers: list[str] = []
    key_at = id_at
    if lookup is not None and lookup_key is not None:   # one without the other was refused above
        lookup_rows, lookup_headers, _ = _lookup_table(path, lookup, lookup_key, encoding)
        key_at = folded.get(lookup_key.strip().casefold(), id_at)
    lookup_folded = {h.casefold(): h for h in lookup_headers}
    for column in rules:
        if column.strip().casefold() not in folded and column.strip().casefold() not in lookup_folded:
            where = f"{name}" + (" or the lookup table" if lookup else "")
            raise CatalogueError(f"There is no column “{column}” in {where} for the ground truth; the columns are: "
                                 f"{', '.join(h for h in [*headers, *lookup_headers] if h)}.")

    if target_list is None and not targets and drug_type not in ("", "file"):
        try:
            target_list = load_target_list(drug_type)
        except CatalogueError:
            target_list = None
    names, columns, absent = _target_columns(headers, table.rows, name, targets, target_list, keep_whole_list)
    reserved = {id_at, key_at} | {folded[c.strip().casefold()] for c in rules if c.strip().casefold() in folded}
    clash = [names[k] for k, c in enumerate(columns) if c in reserved]
    if clash:
        raise CatalogueError(f"{', '.join(clash)} cannot be both a target compound and the id or a ground-truth "
                             "column.")
    used = {c for c in columns if c is not None} | reserved
    unused = [h for i, h in enumerate(headers) if h and i not in used and _numeric(table.rows, i)]
    numbers = read_number_columns(table.rows, table.row_numbers, [c for c in columns if c is not None], headers,
                                 name, decimal)

    if not signed:
        for k, c in enumerate(columns):
            if c is None:
                continue
            for row, number, value in zip(table.rows, table.row_numbers, numbers[c]):
                if isinstance(value, (int, float)) and value < 0:   # text left as text is rejected later
                    raise CatalogueError(f"{names[k]} has a negative value in {name} (row {number}: {row[c]}). "
                                         "Peak areas cannot be negative; if these are isotope ratios (δ values) or "
                                         "other signed variables, add --signed (they are then compared after the Z "
                                         "pretreatment).")

    drug = target_list.drug_type if target_list is not None else drug_type
    target_names = TargetList(drug, tuple(names), target_list.source if target_list else "",
                              presets=target_list.presets if target_list else ())
    peaks: list[tuple[str, dict[str, Any]]] = []
    groups: dict[str, str] = {}
    rejected: list[tuple[str, str]] = []
    seen: dict[str, int] = {}
    for i, (row, number) in enumerate(zip(table.rows, table.row_numbers)):
        label = _text(row[id_at]) or f"row {number}"
        if label in seen:
            rejected.append((label, f"the id {label} is used again (rows {seen[label]} and {number}); each profile "
                                    "needs its own"))
            continue
        seen[label] = number
        meta: dict[str, Any] = {}
        if lookup is not None:
            key = _text(row[key_at])
            if key not in lookup_rows:
                rejected.append((label, f"the lookup table has no row for {lookup_key} “{key}”"))
                continue
            meta.update({h.casefold(): v for h, v in lookup_rows[key].items()})
        meta.update({h.casefold(): row[i] for i, h in enumerate(headers) if h})
        if rules:
            values = [_text(meta.get(c.strip().casefold())) for c in rules]
            empty = [c for c, v in zip(rules, values) if not v]
            if empty:
                rejected.append((label, f"no value in {', '.join(empty)}, so it cannot be placed by the ground "
                                        "truth"))
                continue
            groups[label] = values[0] if len(values) == 1 else " & ".join(
                f"{c}={v}" for c, v in zip(rules, values))
        peaks.append((label, {names[k]: (numbers[c][i] if c is not None else (None if signed else 0))
                              for k, c in enumerate(columns)}))
    matrix = profile_matrix(peaks, target_names, signed=signed)
    labels = matrix.labels
    group_list = [groups.get(x, "") for x in labels]
    provenance = {"data_sha256": population_sha256(target_names.targets, labels, group_list, matrix.values),
                  "source_file": path.name, "source_file_sha256": file_sha256(path),
                  "sheet": table.sheet, "ground_truth": describe_rule(rules) if rules else None,
                  "targets_from": ("--targets" if targets else f"the {target_list.drug_type} target list"
                                   if target_list else "the peak:NAME columns")}
    return FilePopulation(target_names, matrix.values, labels, group_list, [*rejected, *matrix.rejected],
                          sheet=table.sheet, unused=unused, absent=absent,
                          ground_truth=describe_rule(rules) if rules else "", linked_if=rules, provenance=provenance)


def population_provenance(population: LabelledProfiles, source: str) -> dict[str, Any]:
    """What a method calibrated on ``population`` records of its data (the catalogue's, or a file's)."""
    from .method import population_sha256

    own = getattr(population, "provenance", None)
    if own:
        return dict(own)
    return {"data_sha256": population_sha256(population.targets.targets, [str(x) for x in population.labels],
                                             list(population.groups), population.values),
            "source": source, "ground_truth": "same seizure" if source == "catalogue" else None}

