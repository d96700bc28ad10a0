"""Field types: what each kind of value is, in one class each.

A type owns how a value is read from a cell or typed text (``read``), stored
(its SQLite column type, ``to_sql``/``from_sql``: lists and peak tables are
JSON text), written back to a spreadsheet (``to_text``), shown in a table
(``display``), the JSON type of its canonical value and the quick check the
bundle rules use on it (``quick_check``), and what the sharing policy may do
with it (``treatments``, ``generaliser``).  ``name`` is the word the policy
file, the frozen migrations and the wire use ("text", "float"…).

Code asks a type by its attributes (``f.type.quantity``) or compares the type
object (``f.type is DATE``); a type never equals its name, and a test finds
comparisons with a name string left in LabNet's code.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import Any, Protocol

from labnet.common.numbers import finite_number

from .errors import Message
from .parsing import (
    JSON_LIST,
    JSON_LIST_ENCODE,
    JSON_PEAKS_CANONICAL_ENCODE,
    JSON_PEAKS_ENCODE,
    LIST_SEPARATOR,
    PEAK_NAME_UNSAFE,
    cas_is_valid,
    fmt_number,
    norm_key,
    parse_date,
    parse_number,
    peak_pairs,
    peaks_from_pairs,
)

Check = Callable[[Any], bool]
Generaliser = Callable[[Any, dict[str, Any]], Any]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_COUNTRY = re.compile(r"[A-Z]{2}")
# Beyond 2**53 an integer is not always its float (9007199254740993 reads as 9007199254740992.0): the quick
# checks leave such values to the full check, which refuses them as not canonical.
_EXACT = 2 ** 53


class Words(Protocol):
    """How a front end writes what a table shows (the desktop's translated words and numbers)."""

    def label(self, text: str) -> str: ...
    def date(self, iso: str) -> str: ...
    def number(self, value: float) -> str: ...
    def compounds(self, n: int) -> str: ...


def _never(value: Any) -> bool:
    return False


def number_range(value: float, step: float | None) -> list[float]:
    """``[low, high)`` holding ``value``: multiples of ``step``, or powers of ten (signed) without one."""
    if step:
        low = math.floor(round(value / step, 9)) * step  # round: 0.3 / 0.1 is 2.9999999999999996
        return [round(low, 9), round(low + step, 9)]
    if value == 0:
        return [0.0, 1.0]
    magnitude = 10.0 ** math.floor(math.log10(abs(value)))
    return [magnitude, magnitude * 10] if value > 0 else [-magnitude * 10, -magnitude]


class FieldType:
    name = ""
    sql = "TEXT"
    json_types: tuple[type, ...] = (str,)  # the JSON type of a canonical value
    quantity = False         # a number of something: right-aligned, exported as a number, generalised to ranges
    numbers_in_text = False  # its cells hold numbers written in the file's decimal convention (the import)
    flag = False             # yes or no
    many = False             # a list of items: each item pseudonymised alone
    vocabulary = False       # values from the field's choices: records can be selected by them
    converts = False         # to_sql/from_sql change the value (JSON text, 0/1)
    plain = False            # free text, kept as typed (stripped)
    fractional = False       # a number with a fractional part (written unambiguously in text exports)
    per_compound = False     # spread over one spreadsheet column per compound (peak:NAME)
    treatments = frozenset({"keep", "drop"})  # what the sharing policy may do with it
    generalised_form: str | None = None       # a generalised value's form in a bundle (month, range)

    def read(self, f: Any, raw: Any) -> Any:
        """The canonical value of a non-blank ``raw``; ValueError (the analyst's sentence) if unreadable."""
        raise NotImplementedError  # internal: every type reads its own values

    def to_sql(self, value: Any) -> Any:
        return value

    def from_sql(self, value: Any) -> Any:
        return value

    def to_text(self, value: Any) -> str:
        """The spreadsheet form of a non-None value, which ``read`` reads back."""
        if isinstance(value, float):
            return fmt_number(value)
        return str(value)

    def display(self, f: Any, value: Any, words: Words, record: dict[str, Any] | None = None) -> str:
        """A non-empty stored value as a table shows it."""
        return str(value)

    def quick_check(self, f: Any) -> Check:
        """A quick test that a value is *certainly* ``f``'s canonical form (``f.parse(v) == v``); False means
        "look closer" and the full check decides (the bundle rules; ``tests/test_sync_parser.py``)."""
        return _never

    def json_shape(self, value: Any) -> bool:
        """Beyond ``json_types``: the items of a list or a peak table are of their JSON types."""
        return True

    def generaliser(self, step: float | None) -> Generaliser | None:
        """The policy's ``generalise`` for this type (None: only a place is generalised, by its record)."""
        return None

    # A type is equal only to itself (object's identity): it never equals its name, so a comparison left as
    # ``f.type == "float"`` is False everywhere, which tests/test_field_types.py finds and refuses.
    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"<field type {self.name}>"


class Text(FieldType):
    name = "text"
    plain = True
    treatments = frozenset({"keep", "pseudonymise", "drop"})

    def read(self, f: Any, raw: Any) -> str:
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)  # a code typed as a number in Excel: 1234.0 -> "1234"
        text = str(raw).strip()
        if len(text) > 4000:
            raise ValueError(Message("is longer than 4,000 characters"))
        return text

    def quick_check(self, f: Any) -> Check:
        return lambda v: type(v) is str and 0 < len(v) <= 4000 and v.strip() == v


class _Quantity(FieldType):
    quantity = True
    numbers_in_text = True
    treatments = frozenset({"keep", "generalise", "drop"})
    generalised_form = "range"

    def display(self, f: Any, value: Any, words: Words, record: dict[str, Any] | None = None) -> str:
        if not isinstance(value, (int, float)):
            return str(value)
        text = words.number(value) if abs(value) < 1e15 else str(value)
        unit = f.unit_of(record)
        return f"{text} {unit}" if unit else text

    def generaliser(self, step: float | None) -> Generaliser:
        return lambda value, record: number_range(float(value), step)


class Integer(_Quantity):
    name = "int"
    sql = "INTEGER"
    json_types = (int,)

    def read(self, f: Any, raw: Any) -> int:
        value = parse_number(raw)
        if not value.is_integer():
            raise ValueError(Message("“{raw}” is not a whole number", raw=raw))
        return int(value)

    def quick_check(self, f: Any) -> Check:
        low, high = f.minimum, f.maximum
        return lambda v: type(v) is int and -_EXACT <= v <= _EXACT and (low is None or v >= low) and (
            high is None or v <= high)


class Number(_Quantity):
    name = "float"
    sql = "REAL"
    fractional = True
    json_types = (int, float)

    def read(self, f: Any, raw: Any) -> float:
        return parse_number(raw)

    def quick_check(self, f: Any) -> Check:
        low, high = f.minimum, f.maximum

        def number(v: Any) -> bool:
            if type(v) is int:
                if not -_EXACT <= v <= _EXACT:
                    return False
            elif type(v) is not float or not math.isfinite(v):
                return False
            return (low is None or v >= low) and (high is None or v <= high)
        return number


class Date(FieldType):
    name = "date"
    treatments = frozenset({"keep", "generalise", "drop"})
    generalised_form = "month"

    def read(self, f: Any, raw: Any) -> str:
        return parse_date(raw)

    def display(self, f: Any, value: Any, words: Words, record: dict[str, Any] | None = None) -> str:
        return words.date(value)

    def quick_check(self, f: Any) -> Check:
        def date(v: Any) -> bool:
            if type(v) is not str or not _ISO_DATE.fullmatch(v):
                return False
            try:
                return f.parse(v) == v
            except ValueError:
                return False
        return date

    def generaliser(self, step: float | None) -> Generaliser:
        return lambda value, record: value[:7]


class YesNo(FieldType):
    name = "bool"
    sql = "INTEGER"
    json_types = (bool,)
    flag = True
    converts = True

    def read(self, f: Any, raw: Any) -> bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, (int, float)) and raw in (0, 1):
            return bool(raw)
        word = norm_key(raw)
        if word in ("yes", "y", "true", "1", "oui", "si", "sí", "x"):
            return True
        if word in ("no", "n", "false", "0", "non"):
            return False
        raise ValueError(Message("“{raw}” is not yes or no", raw=raw))

    def to_sql(self, value: Any) -> Any:
        return int(bool(value))

    def from_sql(self, value: Any) -> Any:
        return bool(value)

    def to_text(self, value: Any) -> str:
        return "yes" if value else "no"

    def display(self, f: Any, value: Any, words: Words, record: dict[str, Any] | None = None) -> str:
        return "✓" if value else ""

    def quick_check(self, f: Any) -> Check:
        return lambda v: type(v) is bool


class Choice(FieldType):
    name = "choice"
    vocabulary = True

    def read(self, f: Any, raw: Any) -> str:
        assert f.choices is not None
        word = norm_key(raw)
        for code, label in f.choices.items():
            if word in (norm_key(code), norm_key(label)):
                return code
        for synonym, code in f.synonyms.items():
            if word == norm_key(synonym):
                return code
        allowed = ", ".join(f.choices.values())
        raise ValueError(Message("“{raw}” is not one of: {allowed}", raw=raw, allowed=allowed))

    def display(self, f: Any, value: Any, words: Words, record: dict[str, Any] | None = None) -> str:
        if not f.choices:
            return str(value)
        return words.label(f.choices.get(value, str(value)))

    def quick_check(self, f: Any) -> Check:
        codes = frozenset(code for code in f.choices or {} if f.parse(code) == code)
        return lambda v: type(v) is str and v in codes


class CasNumber(FieldType):
    name = "cas"

    def read(self, f: Any, raw: Any) -> str:
        text = str(raw).strip()
        if not re.fullmatch(r"\d{2,7}-\d{2}-\d", text):
            raise ValueError(Message("“{raw}” is not a CAS number (digits in the form 1234-56-7)", raw=raw))
        if not cas_is_valid(text):
            raise ValueError(Message("the check digit of CAS number {cas} is wrong; check for a typing error", cas=text))
        return text
    # no quick check: CAS numbers always have the full one


class Country(FieldType):
    name = "country"

    def read(self, f: Any, raw: Any) -> str:
        text = str(raw).strip().upper()
        if not re.fullmatch(r"[A-Z]{2}", text):
            raise ValueError(Message("“{raw}” is not a two-letter ISO 3166 country code (e.g. KE, PE, TH)", raw=raw))
        return text

    def quick_check(self, f: Any) -> Check:
        return lambda v: type(v) is str and _COUNTRY.fullmatch(v) is not None


class TextList(FieldType):
    name = "list"
    json_types = (list,)
    many = True
    converts = True
    treatments = frozenset({"keep", "pseudonymise", "drop"})

    def read(self, f: Any, raw: Any) -> list[str]:
        if isinstance(raw, (list, tuple)):
            items = [str(x).strip() for x in raw]
        else:
            text = str(raw).strip()
            if text.startswith("["):
                try:
                    items = [str(x).strip() for x in json.loads(text)]
                except (ValueError, TypeError):
                    raise ValueError(Message("“{raw}” is not a readable list", raw=raw)) from None
            else:
                items = [x.strip() for x in re.split(r"[;|\n]", text)]
        return [x for x in items if x]

    def to_sql(self, value: Any) -> Any:
        return JSON_LIST_ENCODE(value)

    def from_sql(self, value: Any) -> Any:
        return json.loads(value)

    def to_text(self, value: Any) -> str:
        if not value:
            return ""
        text = "; ".join(value)
        # Items that hold a separator (or would read as JSON) are written as JSON,
        # which read also reads, so that every list reads back the same.
        if text.startswith("[") or any(LIST_SEPARATOR.search(x) for x in value):
            return JSON_LIST.encode(list(value))
        return text

    def display(self, f: Any, value: Any, words: Words, record: dict[str, Any] | None = None) -> str:
        return "; ".join(str(v) for v in value)

    def quick_check(self, f: Any) -> Check:
        def items(v: Any) -> bool:
            if type(v) is not list or not v:
                return False
            for x in v:
                if type(x) is not str or not x or x.strip() != x:
                    return False
            return True
        return items

    def json_shape(self, value: Any) -> bool:
        return all(type(x) is str for x in value)


class PeakTable(FieldType):
    name = "peaks"
    json_types = (dict,)
    numbers_in_text = True  # the areas
    converts = True
    per_compound = True

    def read(self, f: Any, raw: Any) -> dict[str, float]:
        """Target compound -> peak area.  Text form: "caffeine=12.5; P2P=0.3"."""
        return peaks_from_pairs(peak_pairs(raw), parse_number)

    def to_sql(self, value: Any) -> Any:
        """JSON text.  A table that passes the quick check (``canonical_peaks``) is stored as its canonical JSON
        (``labnet.protocol.canonical``: no spaces), which a bundle carries as it is stored, unchecked and
        unparsed (``sync/outbox_plan.py``); any other is stored as before, with spaces after ``:`` and ``,``,
        and is parsed and checked in full when it leaves.  A stored text without ``": `` was written here,
        canonical and checked: every non-empty table in the spaced form holds ``": `` after its first key, and
        a canonical text holding it is stored spaced."""
        if canonical_peaks(value):
            text = JSON_PEAKS_CANONICAL_ENCODE(value)
            if '": ' not in text:
                return text
        return JSON_PEAKS_ENCODE(value)

    def from_sql(self, value: Any) -> Any:
        return json.loads(value)

    def to_text(self, value: Any) -> str:
        if not value:
            return ""
        if any(PEAK_NAME_UNSAFE.search(k) or k.startswith("{") for k in value):
            return JSON_LIST.encode(value)
        return "; ".join(f"{k}={fmt_number(v)}" for k, v in value.items())

    def display(self, f: Any, value: Any, words: Words, record: dict[str, Any] | None = None) -> str:
        return words.compounds(len(value))

    def quick_check(self, f: Any) -> Check:
        def peaks(v: Any) -> bool:
            if type(v) is not dict or not v:
                return False
            for k, a in v.items():
                if type(k) is not str or not k or k.strip() != k or type(a) not in (int, float) or not (
                        0 <= a < math.inf):
                    return False
            return True
        return peaks

    def json_shape(self, value: Any) -> bool:
        # finite_number, not math.isfinite: an integer past float64 (10**400) is refused, not an OverflowError
        return all(type(k) is str and type(a) in (int, float) and finite_number(a) for k, a in value.items())


def canonical_peaks(value: Any) -> bool:
    """``PeakTable.quick_check`` (a table certainly in its canonical form), with integer areas within
    ±(2**53 - 1), which canonical JSON writes (beyond, it refuses them): what a stored canonical text promises."""
    if type(value) is not dict or not value:
        return False
    for k, a in value.items():
        if type(a) is float:
            if not 0.0 <= a < _INF:
                return False
        elif type(a) is not int or not 0 <= a < _EXACT:
            return False
        if type(k) is not str or not k or k.strip() != k:
            return False
    return True


_INF = math.inf


TEXT, INTEGER, NUMBER, DATE, YES_NO = Text(), Integer(), Number(), Date(), YesNo()
CHOICE, CAS_NUMBER, COUNTRY, TEXT_LIST, PEAK_TABLE = Choice(), CasNumber(), Country(), TextList(), PeakTable()

# By the name the schema, the policy file and the frozen migrations use.
FIELD_TYPES: dict[str, FieldType] = {t.name: t for t in (
    TEXT, INTEGER, NUMBER, DATE, YES_NO, CHOICE, CAS_NUMBER, COUNTRY, TEXT_LIST, PEAK_TABLE)}


def field_type(name: str | FieldType) -> FieldType:
    if isinstance(name, FieldType):
        return name
    try:
        return FIELD_TYPES[name]
    except KeyError:
        raise KeyError(f"no field type {name!r}; use one of {', '.join(FIELD_TYPES)}") from None  # internal: schema
