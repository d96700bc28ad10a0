"""Reading cells: numbers with either decimal separator, dates in the orders people write them, peak
tables, lists; and the JSON encoders of stored lists and peak tables.  The field types
(``labnet.catalogue.field_types``) are built on these; they are also used alone (custody, the forms).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from typing import Any

from labnet.common.messages import Number, number_text

from .errors import Message, message_of

# Built once: json.dumps with options builds a new encoder on every call.
JSON_LIST = json.JSONEncoder(ensure_ascii=False)
JSON_PEAKS = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def _one_shot(encoder: json.JSONEncoder):
    """``encoder.encode`` for lists and dicts without building a C encoder on every call (JSONEncoder
    does; it was most of the cost of storing 100,000 imported peak tables); the same text, checked
    here on a sample, else ``encoder.encode`` itself."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return encoder.encode
    try:
        # No circular check: stored values are parsed data (lists of text, peak tables of numbers).
        c_encode = make(None, encoder.default, json.encoder.encode_basestring, None, encoder.key_separator,
                        encoder.item_separator, encoder.sort_keys, encoder.skipkeys, encoder.allow_nan)
    except TypeError:  # another Python's signature
        return encoder.encode

    def encode(value: Any) -> str:
        if type(value) is list or type(value) is dict:
            return "".join(c_encode(value, 0))
        return encoder.encode(value)

    sample = [{"é\"\n\u2028": 1.5, "a": 0.0, "b": 1e16, "c": 12, "d": -0.0, "e": float("inf")},
              ["x", "ü", "a\tb", ""], {}, []]
    return encode if all(_outcome(encode, v) == _outcome(encoder.encode, v) for v in sample) else encoder.encode


def _outcome(encode: Any, value: Any) -> Any:
    try:
        return encode(value)
    except ValueError as exc:   # an infinity, where NaN and infinities are refused
        return type(exc), str(exc)


JSON_LIST_ENCODE = _one_shot(JSON_LIST)
JSON_PEAKS_ENCODE = _one_shot(JSON_PEAKS)
# A peak table's canonical JSON (labnet.protocol.canonical's options: no spaces, keys sorted, no NaN), the
# stored form of a table that passed its field's quick check when written (``PeakTable.to_sql``).
JSON_PEAKS_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                                        allow_nan=False)
JSON_PEAKS_CANONICAL_ENCODE = _one_shot(JSON_PEAKS_CANONICAL)

# Characters that cannot appear in the "a; b" list form or in a peak name of
# the "name=area; …" form; values holding them are written as JSON instead.
LIST_SEPARATOR = re.compile(r"[;|\n]")
PEAK_NAME_UNSAFE = re.compile(r"[;|\n=]")

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def norm_key(text: str) -> str:
    """Fold a header or a vocabulary word for tolerant matching."""
    return re.sub(r"[\s_\-./()]+", " ", str(text).strip().lower()).strip()


def is_blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip()) or (
        isinstance(raw, float) and math.isnan(raw))


# The separators a typed number may hold; every other character is left for float() to judge.
_SEPARATORS = re.compile(r"[.,\u066b\u066c]")
_GROUPED = re.compile(r"\d{1,3}(?:X\d{3})+")   # X: the group separator, put in by _grouped
# "12,500": a comma read as a decimal comma (12.5) or as a thousands group (12500), the two conventions.
# No grouped number starts with a zero: "0,500" is a half.
_AMBIGUOUS = re.compile(r"([+-]?)((?![0\u0660])\d{1,3}),(\d{3})((?:[eE][+-]?\d+)?)")


def _grouped(digits: str, sep: str) -> bool:
    return re.fullmatch(_GROUPED.pattern.replace("X", re.escape(sep)), digits) is not None


def _plain_number(text: str, raw: Any) -> str:
    """``text`` (spaces taken out) with its decimal separator a point and its thousands groups taken out,
    when one reading of it is possible in every convention; else ValueError.

    A point alone is the decimal point ("1.234" = 1.234), as in science, CSV and JSON; a comma alone a
    decimal comma ("1,5" = 1.5) except before exactly three digits ("12,500": 12.5 in French, 12500 in
    English, refused).  Where both appear, the last is the decimal separator.  "٫" is always the decimal
    separator, "٬" always a group.  A group separator is accepted only between groups of three digits."""
    seps = _SEPARATORS.findall(text)
    if not seps:
        return text
    kinds = set(seps)
    m = _AMBIGUOUS.fullmatch(text)
    if m:
        sign, whole, part, exp = m.groups()
        raise ValueError(Message("“{raw}” could be {decimal} or {grouped}: write {decimal} or {grouped}",
                                 raw=str(raw).strip(), decimal=Number(float(f"{sign}{whole}.{part}{exp}")),
                                 grouped=Number(float(f"{sign}{whole}{part}{exp}"))))
    decimal: str | None
    if "\u066b" in kinds:
        decimal = "\u066b"
    elif "\u066c" in kinds:
        others = kinds - {"\u066c"}
        decimal = others.pop() if len(others) == 1 else None
    elif kinds == {",", "."}:
        decimal = seps[-1]
    elif len(seps) == 1:
        decimal = seps[0]
    else:
        decimal = None   # "1,234,567", "1.234.567": only groups
    groups = kinds - {decimal}
    if len(groups) > 1 or (decimal is not None and seps.count(decimal) > 1):
        raise ValueError(Message("“{raw}” is not a number", raw=raw))
    whole, _, fraction = text.partition(decimal) if decimal else (text, "", "")
    if groups:
        group = groups.pop()
        if group in fraction:
            raise ValueError(Message("“{raw}” is not a number", raw=raw))
        sign = whole[:1] if whole[:1] in "+-" else ""
        if not _grouped(whole[len(sign):], group):
            raise ValueError(Message("“{raw}” has its thousands separators in the wrong place", raw=raw))
        whole = whole.replace(group, "")
    return f"{whole}.{fraction}" if decimal else whole


def parse_number(raw: Any) -> float:
    """A number from a cell: accepts decimal commas and thousands separators where one reading is possible
    (``_plain_number``); a text two conventions read differently is refused, never guessed."""
    if isinstance(raw, bool):
        raise ValueError(Message("expected a number, not yes/no"))
    if isinstance(raw, ViewNumber):
        return parse_number_as(str(raw), raw.decimal, raw.group)
    if isinstance(raw, (int, float)):
        try:
            value = float(raw)
        except OverflowError:   # an integer beyond any float (a spreadsheet can hold one)
            raise ValueError(Message("“{raw}” is too large a number", raw=raw)) from None
    else:
        text = str(raw).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        text = text.replace("−", "-")
        if "_" in text:  # float() reads "1_0" as 10; nobody writes a number so
            raise ValueError(Message("“{raw}” is not a number", raw=raw))
        text = _plain_number(text, raw)
        try:
            value = float(text)
        except ValueError:
            raise ValueError(Message("“{raw}” is not a number", raw=raw)) from None
    if math.isnan(value) or math.isinf(value):
        raise ValueError(Message("“{raw}” is not a finite number", raw=raw))
    return value


_SPACES = "\u00a0\u202f "


def parse_number_as(raw: Any, decimal: str, group: str) -> float:
    """A number typed in a view whose convention is known (the desktop: its locale's ``decimal`` and ``group``
    separators): "12,500" is 12500 in English, 12.5 in French, "12.500" 12500 in Spanish; "1,5" is refused in
    English (a group of one digit).  A text holding a separator that is not the view's is read as
    ``parse_number`` reads it (a point alone the decimal point; what two conventions read differently refused)."""
    text = str(raw).strip()
    if group in _SPACES:   # fr, ru: any space groups thousands
        text = text.translate({ord(s): group for s in _SPACES})
    used = set(_SEPARATORS.findall(text)) | {c for c in text if c in _SPACES}
    if not used or not used <= {decimal, group}:
        return parse_number(text)
    if text.count(decimal) > 1:
        raise ValueError(Message("“{raw}” is not a number", raw=raw))
    whole, point, fraction = text.partition(decimal)
    sign = whole[:1] if whole[:1] in "+-−" else ""
    if group in fraction or (group in whole and not _grouped(whole[len(sign):], group)):
        raise ValueError(Message("“{raw}” has its thousands separators in the wrong place", raw=raw))
    return parse_number(whole.replace(group, "") + ("." + fraction if point else ""))


class ViewNumber(str):
    """Text typed in a view, with the view's separators: ``parse_number`` reads it by ``parse_number_as``, so
    that a reading the view refuses is refused by the catalogue too (with the view's reason)."""

    decimal: str
    group: str

    def __new__(cls, text: str, decimal: str, group: str) -> ViewNumber:
        made = super().__new__(cls, text)
        made.decimal, made.group = decimal, group
        return made


def peak_pairs(raw: Any) -> list[tuple[Any, Any]]:
    """The (compound, area) pairs of a peak table: a dict, JSON text, or "caffeine=12.5; P2P=0.3"."""
    if isinstance(raw, dict):
        pairs = list(raw.items())
    else:
        text = str(raw).strip()
        if text.startswith("{"):
            try:
                pairs = list(json.loads(text).items())
            except (ValueError, AttributeError):
                raise ValueError(Message("“{raw}” is not a readable peak table", raw=raw)) from None
        else:
            pairs = []
            for part in re.split(r"[;|\n]", text):
                if not part.strip():
                    continue
                name, sep, area = part.partition("=") if "=" in part else part.partition(":")
                if not sep:
                    raise ValueError(Message("“{part}” should be written compound=area", part=part.strip()))
                pairs.append((name, area))
    return pairs


def peaks_from_pairs(pairs: list[tuple[Any, Any]], number: Any) -> dict[str, float]:
    """The peak table of ``pairs``, each area read by ``number`` (a function of the area cell)."""
    peaks: dict[str, float] = {}
    for name, area in pairs:
        name = str(name).strip()
        if not name:
            raise ValueError(Message("a peak has no compound name"))
        try:
            value = number(area)
        except ValueError as exc:
            if number is not parse_number:  # a reader with its own reason (catalogue.numbers)
                raise ValueError(Message("the peak area of {name}: {reason}", name=name,
                                         reason=message_of(exc))) from None
            raise ValueError(Message("the peak area of {name} (“{area}”) is not a number",
                                     name=name, area=area)) from None
        if value < 0:
            raise ValueError(Message("the peak area of {name} is negative", name=name))
        if name in peaks:
            raise ValueError(Message("compound {name} appears twice", name=name))
        peaks[name] = value
    return peaks


def parse_date(raw: Any) -> str:
    """An ISO date from a cell.  Ambiguous day/month orders are refused."""
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat()
    if isinstance(raw, dt.date):
        return raw.isoformat()
    text = str(raw).strip()
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+Z?)?", text)
    if m:
        y, mo, d = map(int, m.groups())
        return _make_date(y, mo, d, raw)
    m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
    if m:
        a, b, y = map(int, m.groups())
        if a > 12 >= b:
            return _make_date(y, b, a, raw)
        if b > 12 >= a:
            return _make_date(y, a, b, raw)
        if a == b:
            return _make_date(y, a, b, raw)
        raise ValueError(Message("“{raw}” could be {one} or {other}; write the date as YYYY-MM-DD",
                                 raw=raw, one=f"{y}-{b:02d}-{a:02d}", other=f"{y}-{a:02d}-{b:02d}"))
    m = re.fullmatch(r"(\d{1,2})[ -]([A-Za-z]{3})[A-Za-z]*\.?[ -,]*(\d{4})", text)
    if m and m.group(2).lower() in _MONTHS:
        return _make_date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)), raw)
    raise ValueError(Message("“{raw}” is not a date; write it as YYYY-MM-DD", raw=raw))


def _make_date(y: int, m: int, d: int, raw: Any) -> str:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        raise ValueError(Message("“{raw}” is not a real calendar date", raw=raw)) from None


def cas_is_valid(cas: str) -> bool:
    """CAS Registry Number check digit: the weighted sum of the other digits mod 10."""
    m = re.fullmatch(r"(\d{2,7})-(\d{2})-(\d)", cas)
    if not m:
        return False
    digits = (m.group(1) + m.group(2))[::-1]
    return sum((i + 1) * int(c) for i, c in enumerate(digits)) % 10 == int(m.group(3))



def fmt_number(value: float) -> str:
    """Shortest text that reads back as the same float (a sentence's number: ``Number``, which says the same)."""
    return number_text(value)
