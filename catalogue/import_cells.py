"""Converting the cells of a spreadsheet column by column (see ``labnet.catalogue.importing``).

Each distinct text of a column is parsed once (drug types, countries, dates and
units repeat a great deal), and the per-row work is left to list
comprehensions.  The result is the same as ``Field.parse`` cell by cell
(tests/test_import.py checks this against ``RecordType.validate``), except for
numbers, which are read by the convention of their whole column
(``labnet.catalogue.numbers``): a cell such as ``12,500`` that ``Field.parse`` would
read one way is refused unless the column shows which way it is written.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from functools import partial
from itertools import compress, repeat
from operator import is_not, itemgetter
from typing import Any

from .errors import Message, message_of
from .fields import Field, is_blank, parse_number, peak_pairs, peaks_from_pairs
from .import_columns import _ColumnPlan
from .numbers import COMMA, DECIMAL, POINT, ColumnStyle, add_evidence, column_style, readings

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
NOT_READ: Any = object()  # _fast_floats not yet tried on these cells


# A cell "1.234" / "12,500": one separator, then exactly three digits (see catalogue.numbers).
_TWO_WAY = {sep: re.compile(r"(?<![^\x1f])[+-]?[1-9]\d{0,2}" + re.escape(sep) + r"\d{3}(?![^\x1f])")
            for sep in ".,"}
# What every two-way cell ends with: found (or not) some forty times faster than the whole form.
_THREE_AFTER = {sep: re.compile(re.escape(sep) + r"\d{3}(?![^\x1f])") for sep in ".,"}
_PLAIN_COMMA_CHARS = str.maketrans("", "", "0123456789+-,eE\x1f")
_COMMA_TO_POINT = str.maketrans(",", ".")


def _fast_floats(cells: Sequence[str], decimal: str | None) -> tuple[list[Any], ColumnStyle] | None:
    """The floats of a column of plain numbers with one kind of separator, read in C; None otherwise.

    A column whose only separator is "." (or only ",") and in which some cell
    shows it is the decimal separator ("12.5", "0,25") is read by ``float()``
    in one pass; a column of "1.234" or "12,500" and plain integers shows
    nothing, and goes cell by cell (``column_style``), where those are refused.
    """
    joined = "\x1f".join(cells)
    if not joined.strip("\x1f"):  # every cell blank (a compound that no row reports)
        return [None] * len(cells), column_style((), decimal)
    if not joined.translate(_PLAIN_NUMBER_CHARS):
        sep, style, texts = ".", POINT, cells
    elif not joined.translate(_PLAIN_COMMA_CHARS):
        sep, style, texts = ",", COMMA, joined.translate(_COMMA_TO_POINT).split("\x1f")
        if len(texts) != len(cells):  # a cell holding the join character itself: cell by cell
            return None
    else:
        return None
    if decimal is not None and decimal != style and sep in joined:
        return None  # contradicts the convention given: cell by cell, for the reasons
    try:
        values = [float(c) if c else None for c in texts]
    except ValueError:  # "-", "1.2.3"…: cell by cell
        return None
    if decimal is not None:
        return values, column_style((), decimal)
    two_way = len(_TWO_WAY[sep].findall(joined)) if _THREE_AFTER[sep].search(joined) else 0
    if two_way and joined.count(sep) == two_way:
        return None  # only "1.234"-like cells: nothing says what the separator is
    return values, ColumnStyle({sep: DECIMAL} if sep in joined else {})


def _agrees(fast: ColumnStyle, style: ColumnStyle) -> bool:
    """Whether ``float()``'s reading of a chunk of plain numbers (``_fast_floats``, whose cells showed
    ``fast``) is what the whole column's ``style`` reads them as."""
    return fast.given == style.given and all(style.roles.get(sep) == role for sep, role in fast.roles.items())


def _numbers(cells: Sequence[str], resolver: Callable[[ColumnStyle], Callable[[str], Any]],
             check: Callable[[float], bool], decimal: str | None,
             style: ColumnStyle | None = None, fast: Any = NOT_READ) -> tuple[list[Any], dict[int, str]]:
    """A column of text cells as floats, read by the column's convention (``labnet.catalogue.numbers``).

    ``resolver(style)`` gives the function that reads one text (returning the
    value, or raising ValueError with the reason).  Plain columns are read by
    ``float()`` in one pass (``_fast_floats``); otherwise every distinct text
    goes once through the resolver.  Values for which ``check`` is false (out
    of range, not finite) are sent through it as well, to get the reason.
    ``style``: the whole column's, when ``cells`` are a chunk of it.
    """
    has_bad = False
    if fast is NOT_READ:
        fast = _fast_floats(cells, decimal)
    if fast is not None and style is not None and not _agrees(fast[1], style):
        fast = None
    if fast is not None:
        values, fast_style = fast
        resolve = resolver(fast_style if style is None else style)
    else:
        if style is None:
            style = column_style(set(cells), decimal)
        resolve = resolver(style)
        special: dict[str, Any] = {}
        for text in set(cells):
            if text:
                try:
                    special[text] = resolve(text)
                except ValueError as exc:
                    special[text] = _Bad(message_of(exc))
                    has_bad = True
        values = [special[c] if c else None for c in cells]
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


def _field_reader(f: Field, style: ColumnStyle) -> Callable[[Any], Any]:
    """``f.parse`` with text numbers read by the column's convention (numbers, and the areas of a peaks
    column); other cells (blank, Excel numbers) as ``f.parse`` reads them."""
    parse = f.parse
    if f.type.per_compound:
        read_area = partial(_area_in_text, style)

        def peaks(raw: Any) -> Any:
            if is_blank(raw) or isinstance(raw, dict):
                return parse(raw)
            return peaks_from_pairs(peak_pairs(raw), read_area) or None
        return peaks

    def number(raw: Any) -> Any:
        if type(raw) is str and raw.strip():
            return parse(style.read(raw))
        return parse(raw)
    return number


def _area_in_text(style: ColumnStyle, area: Any) -> float:
    if type(area) is not str:
        return parse_number(area)
    value = style.read(area)
    if not math.isfinite(value):   # "P2P=1e400" in a peaks column was kept as Infinity
        raise ValueError(Message("“{raw}” is not a finite number", raw=area.strip()))
    return value


def _column_style(f: Field, cells: Sequence[Any], decimal: str | None) -> ColumnStyle:
    texts = {c for c in cells if type(c) is str}
    if f.type.per_compound:  # the areas written in the column's peak tables
        areas: set[str] = set()
        for text in texts:
            try:
                areas.update(a for _, a in peak_pairs(text) if type(a) is str)
            except ValueError:
                continue  # reported when the cell is read
        texts = areas
    return column_style(texts, decimal)


def _convert_column(f: Field, cells: Sequence[Any], longest: int | None = None,
                    decimal: str | None = None, style: ColumnStyle | None = None,
                    fast: Any = NOT_READ) -> tuple[list[Any], dict[int, str]]:
    """Parse one column; returns the values and {row index: reason} for the cells that failed.

    Gives what ``Field.parse`` gives cell by cell, faster: text columns are
    stripped in one pass, number columns read by ``float()`` first, and other
    columns (dates, choices, countries…) parse each distinct text once.
    Numbers written as text are read by the convention of the column, or
    ``decimal`` (``labnet.catalogue.numbers``); ``style``: the whole column's (``column_evidence``),
    when ``cells`` are a chunk of it.
    """
    errors: dict[int, str] = {}
    numeric = f.type.numbers_in_text
    if set(map(type, cells)) <= _TEXT_TYPES:  # CSV, or an Excel column of text
        if f.type.plain:
            values = [c.strip() or None if c else None for c in cells]
            if (longest is None or longest > 4000) and max(map(len, filter(None, values)), default=0) > 4000:
                for i, v in enumerate(values):
                    if v is not None and len(v) > 4000:
                        try:
                            values[i] = f.parse(cells[i])
                        except ValueError as exc:
                            values[i], errors[i] = None, message_of(exc)
            return values, errors
        if f.type.fractional and None not in cells:
            return _numbers(cells, partial(_field_reader, f), _float_check(f), decimal, style, fast)
        if numeric and style is None:
            style = _column_style(f, cells, decimal)
        parse = _field_reader(f, style) if numeric and style is not None else f.parse
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
        if f.type.many:  # never share one list between records
            values = [v[:] if v is not None else None for v in values]
        if bad:
            errors = {i: bad[c] for i, c in enumerate(cells) if c in bad}
        return values, errors
    if numeric and style is None:
        style = _column_style(f, cells, decimal)
    return _parse_each(cells, _field_reader(f, style) if numeric and style is not None else f.parse)


def column_evidence(f: Field | None, cells: Sequence[str], seen: dict[str, set[str]]) -> Any:
    """Add what a chunk of a column's text cells shows about its separators to ``seen``
    (``labnet.catalogue.numbers.add_evidence``): for a numeric field ``f``, or a peak column (``f`` None).
    ``numbers.style_of(seen)`` over all the chunks is the style ``_convert_column`` decides over the
    whole column.  A chunk of plain numbers with one separator is judged in C (``_fast_floats``);
    returns what ``_fast_floats`` made of the cells (for ``_convert_column`` to reuse), or NOT_READ."""
    if f is not None and f.type.per_compound:
        areas: set[str] = set()
        for text in set(cells):
            if type(text) is str:
                try:
                    areas.update(a for _, a in peak_pairs(text) if type(a) is str)
                except ValueError:
                    continue  # reported when the cell is read
        add_evidence(seen, areas)
        return NOT_READ
    if None in cells:
        add_evidence(seen, set(cells))
        return NOT_READ
    fast = _fast_floats(cells, None)
    if fast is not None:
        for sep, role in fast[1].roles.items():
            seen[sep].add(role)
        return fast
    add_evidence(seen, set(cells))
    return fast


class ColumnsOf(Sequence[list[Any]]):
    """Rows' cells column by column, each column taken out of the rows when asked for (not the
    whole table transposed at once)."""

    def __init__(self, rows: list[list[Any]]) -> None:
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows[0]) if self.rows else 0

    def __getitem__(self, idx: int) -> list[Any]:  # type: ignore[override]  # by index only, never a slice
        return list(map(itemgetter(idx), self.rows))


def _peak_area(raw: Any, compound: str, style: ColumnStyle) -> float | None:
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
        if readings(text) == (None, None):
            raise ValueError(Message("“{raw}” is not a peak area (a number). Leave the cell blank if {compound} "
                                     "was not reported, or write n.d. if it was not detected", raw=raw,
                                     compound=compound))
        value = style.read(text)
    if value - value != 0.0:
        raise ValueError(Message("“{raw}” is not a finite number", raw=raw))
    if value < 0:
        raise ValueError(Message("a peak area cannot be negative"))
    return value


def _peak_ok(v: float) -> bool:
    return v >= 0 and v - v == 0.0


def _convert_peaks(cells: Sequence[Any], compound: str, decimal: str | None,
                   style: ColumnStyle | None = None, fast: Any = NOT_READ) -> tuple[list[Any], dict[int, str]]:
    def resolver(style: ColumnStyle) -> Callable[[Any], Any]:
        return partial(_peak_area, compound=compound, style=style)
    if set(map(type, cells)) == {str}:
        return _numbers(cells, resolver, _peak_ok, decimal, style, fast)
    if style is None:
        style = column_style({c for c in cells if type(c) is str}, decimal)
    return _parse_each(cells, resolver(style))


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


def _assemble_peaks(cells: Sequence[Sequence[Any]], plan: _ColumnPlan, text_peaks: list[Any] | None,
                    row_problems: dict[int, list[tuple[int, str, str]]], field_name: str,
                    decimal: str | None = None, styles: dict[int, ColumnStyle] | None = None,
                    offset: int = 0, fast: dict[int, Any] | None = None) -> list[Any]:
    """The peak table of each row, from the peak:NAME columns (and a peaks column, if any).

    ``styles``: each peak column's (by index) over the whole file, when ``cells`` are a chunk of it
    whose first row is row ``offset`` of the file (the index ``row_problems`` is keyed by);
    ``fast``: what ``column_evidence`` made of a column's cells, by index."""
    compounds = [name for _, name in plan.peaks]
    columns = []
    for idx, name in plan.peaks:
        values, errors = _convert_peaks(cells[idx], name, decimal, None if styles is None else styles[idx],
                                        NOT_READ if fast is None else fast.get(idx, NOT_READ))
        columns.append(values)
        for i, reason in errors.items():
            row_problems.setdefault(i + offset, []).append((idx, field_name, reason))
    if text_peaks is None:
        # Column by column, touching only the cells that hold a value (a file with several drugs'
        # compounds is mostly blank): the same tables, keys in column order, as row by row.
        n = len(cells[0]) if cells else 0
        tables: list[dict[str, float]] = [{} for _ in range(n)]
        for c, values in zip(compounds, columns):
            for i in compress(range(n), map(is_not, values, repeat(None))):
                tables[i][c] = values[i]
        return [t or None for t in tables]
    out: list[Any] = []
    for i, row_values in enumerate(zip(*columns)):
        table = {c: v for c, v in zip(compounds, row_values) if v is not None}
        if text_peaks is not None and text_peaks[i]:
            merged = dict(text_peaks[i])
            for c, v in table.items():
                if c in merged:
                    idx = plan.peaks[compounds.index(c)][0]
                    row_problems.setdefault(i + offset, []).append(
                        (idx, field_name, Message("{compound} is given both here and in the peaks column",
                                                  compound=c)))
                merged[c] = v
            table = merged
        out.append(table or None)
    return out

