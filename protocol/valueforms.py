"""The form of each value in a bundle's payload (``docs/bundle-format.md`` §7), for ``protocol.rules``.

A ``keep`` value is its field's canonical value: of the field's JSON type, and what the catalogue's own
parser gives back unchanged.  A value of the right type that the parser refuses (a word not in a vocabulary,
a number above its maximum, 30 February) is in its form but breaks its field's rules: ``AgainstRule``, which
rejects that record alone.  The other forms (pseudonym, month, range, place) are checked for their shape.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from common.messages import Message, message_of
from catalogue.records import RecordType

# How a generalised place is replaced: by the first of these fields that has a value (the payload's "place" form;
# the lab's policy and the hub's rules read the same table).
PLACE_GENERALISATION: dict[tuple[str, str], tuple[str, ...]] = {
    ("profiling_result", "seizure_place"): ("seizure_region", "seizure_country"),
}


FORMS = ("keep", "pseudonym", "month", "range", "place")
_PSEUDONYM = re.compile(r"ps:[0-9a-f]{32}")
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


@dataclass(frozen=True)
class AgainstRule:
    """A value in its form that breaks its field's own rules (a record rule, not a format rule)."""

    reason: str


def form_allowed(field_type: str, kind: str, name: str, form: str) -> bool:
    return {"keep": True, "pseudonym": field_type in ("text", "list"), "month": field_type == "date",
            "range": field_type in ("float", "int"), "place": (kind, name) in PLACE_GENERALISATION}[form]


def quick(rt: RecordType, name: str, form: str):
    """For kept fields, ``fast_canonical``; other forms have only their full check."""
    return fast_canonical(rt.field(name)) if form == "keep" else _never


def _never(value: Any) -> bool:
    return False


_JSON_TYPES = {"text": str, "date": str, "choice": str, "cas": str, "country": str, "list": list, "peaks": dict,
               "bool": bool, "int": int, "float": (int, float)}


def form_check(rt: RecordType, name: str, form: str):
    """A function value -> what makes it no value of this field in this form (None when it is one)."""
    f = rt.field(name)
    if form == "keep":
        json_types = _JSON_TYPES[f.type]

        def keep(value: Any) -> str | None:
            if not isinstance(value, json_types) or (isinstance(value, bool) and f.type != "bool") \
                    or (isinstance(value, float) and not math.isfinite(value)):
                return Message("{value} is not a value of a {type} field", value=repr(value), type=f.type)
            if (f.type == "list" and not all(type(x) is str for x in value)) or (f.type == "peaks" and not all(
                    type(k) is str and type(a) in (int, float) and math.isfinite(a) for k, a in value.items())):
                return Message("{value} is not a value of a {type} field", value=repr(value), type=f.type)
            try:
                parsed = f.parse(value)
            except ValueError as exc:
                return AgainstRule(message_of(exc))   # in its form, but against the field's own rules
            return None if parsed == value else Message("{value} is not written in its canonical form",
                                                        value=repr(value))
        return keep
    if form == "pseudonym":
        if f.type == "list":
            return lambda v: None if isinstance(v, list) and v and all(
                isinstance(x, str) and _PSEUDONYM.fullmatch(x) for x in v) \
                else Message("expected a list of pseudonyms")
        return lambda v: None if isinstance(v, str) and _PSEUDONYM.fullmatch(v) \
            else Message("expected a pseudonym (ps:…)")
    if form == "month":
        return lambda v: None if isinstance(v, str) and _MONTH.fullmatch(v) \
            else Message("expected a month written YYYY-MM")
    if form == "range":
        return _check_range
    return lambda v: None if isinstance(v, str) and 0 < len(v) <= 4000 \
        else Message("expected a region or country name")


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_COUNTRY = re.compile(r"[A-Z]{2}")


def fast_canonical(f) -> Any:
    """A quick test that a value is *certainly* ``f``'s canonical form (``f.parse(v) == v``); False means
    "look closer" and the full check decides.  It makes the hub's schema check several times faster, and
    ``tests/test_sync_parser.py`` checks that it never accepts what the full check refuses."""
    low, high = f.minimum, f.maximum

    def in_range(v: Any) -> bool:
        return (low is None or v >= low) and (high is None or v <= high)

    if f.type == "text":
        return lambda v: type(v) is str and 0 < len(v) <= 4000 and v.strip() == v
    if f.type == "choice":
        codes = frozenset(code for code in f.choices or {} if f.parse(code) == code)
        return lambda v: type(v) is str and v in codes
    if f.type == "country":
        return lambda v: type(v) is str and _COUNTRY.fullmatch(v) is not None
    if f.type == "date":
        def date(v: Any) -> bool:
            if type(v) is not str or not _ISO_DATE.fullmatch(v):
                return False
            try:
                return f.parse(v) == v
            except ValueError:
                return False
        return date
    if f.type == "float":
        return lambda v: type(v) in (int, float) and math.isfinite(v) and in_range(v)
    if f.type == "int":
        return lambda v: type(v) is int and in_range(v)
    if f.type == "bool":
        return lambda v: type(v) is bool
    if f.type == "list":
        def items(v: Any) -> bool:
            if type(v) is not list or not v:
                return False
            for x in v:
                if type(x) is not str or not x or x.strip() != x:
                    return False
            return True
        return items
    if f.type == "peaks":
        def peaks(v: Any) -> bool:
            if type(v) is not dict or not v:
                return False
            for k, a in v.items():
                if type(k) is not str or not k or k.strip() != k or type(a) not in (int, float) or not (
                        0 <= a < math.inf):
                    return False
            return True
        return peaks
    return lambda v: False   # CAS numbers: always the full check


def _check_range(value: Any) -> str | None:
    if (isinstance(value, list) and len(value) == 2
            and all(isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x) for x in value)
            and value[0] < value[1]):
        return None
    return Message("expected a range [low, high) of two numbers, low below high")
