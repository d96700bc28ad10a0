"""The form of each value in a bundle's payload (``docs/bundle-format.md`` §7), for ``labnet.protocol.rules``.

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

from labnet.catalogue.field_types import FieldType
from labnet.catalogue.records import RecordType
from labnet.common.messages import Message, message_of
from labnet.common.numbers import finite_number

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


def form_allowed(field_type: FieldType, kind: str, name: str, form: str) -> bool:
    """Whether a value of this type may travel in ``form``: what the policy's treatments of the type make."""
    return {"keep": True, "pseudonym": "pseudonymise" in field_type.treatments,
            "month": field_type.generalised_form == "month", "range": field_type.generalised_form == "range",
            "place": (kind, name) in PLACE_GENERALISATION}[form]


def quick(rt: RecordType, name: str, form: str):
    """For kept fields, ``fast_canonical``; other forms have only their full check."""
    return fast_canonical(rt.field(name)) if form == "keep" else _never


def _never(value: Any) -> bool:
    return False


def form_check(rt: RecordType, name: str, form: str):
    """A function value -> what makes it no value of this field in this form (None when it is one)."""
    f = rt.field(name)
    if form == "keep":
        kind = f.type
        json_types = kind.json_types

        def keep(value: Any) -> str | AgainstRule | None:
            if not isinstance(value, json_types) or (isinstance(value, bool) and not kind.flag) \
                    or (isinstance(value, float) and not math.isfinite(value)):
                return Message("{value} is not a value of a {type} field", value=repr(value), type=kind.name)
            if not kind.json_shape(value):  # the items of a list, the compounds and areas of a peak table
                return Message("{value} is not a value of a {type} field", value=repr(value), type=kind.name)
            try:
                parsed = f.parse(value)
            except ValueError as exc:
                return AgainstRule(message_of(exc))   # in its form, but against the field's own rules
            return None if parsed == value else Message("{value} is not written in its canonical form",
                                                        value=repr(value))
        return keep
    if form == "pseudonym":
        if f.type.many:
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


def text_pattern(rt: RecordType, name: str, form: str) -> re.Pattern[str] | None:
    """The pattern a text must match whole to be a value of this field in this form, for the forms whose check of
    a text is exactly that (a pseudonym, a month; ``form_check`` is the definition), else None: a writer of many
    values checks texts in C with it (``protocol/bundle_lines.py``)."""
    if form == "pseudonym" and not rt.field(name).type.many:
        return _PSEUDONYM
    return _MONTH if form == "month" else None


def fast_canonical(f) -> Any:
    """A quick test that a value is *certainly* ``f``'s canonical form (``f.parse(v) == v``); False means
    "look closer" and the full check decides.  It makes the hub's schema check several times faster, and
    ``tests/test_sync_parser.py`` checks that it never accepts what the full check refuses.  Each field
    type owns its own (``labnet.catalogue.field_types``; CAS numbers have none: always the full check)."""
    return f.type.quick_check(f)


def _check_range(value: Any) -> str | None:
    if (isinstance(value, list) and len(value) == 2
            and all(finite_number(x) for x in value)   # an integer past float64 refused, not an OverflowError
            and value[0] < value[1]):
        return None
    return Message("expected a range [low, high) of two numbers, low below high")
