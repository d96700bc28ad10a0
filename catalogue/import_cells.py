"""Converting the cells of a spreadsheet column by column (see ``catalogue.importing``).

Each distinct text of a column is parsed once (drug types, countries, dates and
units repeat a great deal), and the per-row work is left to list
comprehensions.  The result is the same as ``Field.parse`` cell by cell
(tests/test_import.py checks this against ``RecordType.validate``), except for
numbers, which are read by the convention of their whole column
(``catalogue.numbers``): a cell such as ``12,500`` that ``Field.parse`` would
read one way is refused unless the column shows which way it is written.
"""

from __future__ import annotations

import math
import re
from functools import partial
from operator import is_not
from typing import Any, Callable, Sequence

from .errors import Message, message_of
from .fields import Field, parse_number
from .import_columns import _ColumnPlan

_NOT_DETECTED = frozenset({"nd", "notdetected", "<lod", "<loq", "bdl"})  # see catalogue.importing
_TEXT_TYPES = {str, type(None)}
# str.translate table deleting what plain numbers are written with (and the join separator).
_PLAIN_NUMBER_CHARS = str.maketrans("", "", "0123456789+-.eE\x1f")


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

