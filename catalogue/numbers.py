"""Numbers written as text, read the same way whatever the writer's locale — or refused.

``12,500`` is twelve thousand five hundred with a decimal point and twelve and a
half with a decimal comma; ``1.234`` likewise.  Reading such a cell by one
convention is a silent 1000× error in a peak area or an amount, so an import
decides the convention **per column over the whole file**:

* A cell that reads only one way is evidence for its convention: ``12,5``,
  ``0,25``, ``1.234,5``, ``1.234.567`` and ``1 234,5`` for the decimal comma;
  ``12.5``, ``0.234``, ``1,234.5``, ``1,234,567`` and ``1234.567`` for the
  decimal point.  (A thousands group has exactly three digits, follows one to
  three digits that do not start with 0, and is never mixed with an exponent.)
* A cell that reads the same both ways (``12500``, ``-7``, ``1e5``,
  ``1 234``) says nothing and is always read.
* A cell that reads two ways (``12,500``, ``1.234``, ``1,5`` is *not* one: a
  group of one digit is no thousands group) is read by the column's convention
  when the column's other cells show one and only one; otherwise it is
  refused with what it could mean and what to write.
* A convention given by the person importing (``--decimal-comma`` /
  ``--decimal-point``) decides every two-way cell, and a cell that can only be
  read by the other convention is refused: it contradicts what was said.

Spaces (also no-break and thin spaces) group thousands in both conventions;
the Arabic decimal and thousands separators (U+066B, U+066C) mean what they
say; U+2212 is a minus sign.  Numbers stored as numbers (an Excel numeric
cell) are never ambiguous and never come through here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from labnet.common.messages import Number

from .errors import Message

POINT = "point"   # 1,234.5
COMMA = "comma"   # 1.234,5
STYLES = (POINT, COMMA)

_SPACES = " \u00a0\u2009\u202f"
_SEP = {POINT: (".", ","), COMMA: (",", ".")}  # style -> (decimal, group)


def _pattern(decimal: str, group: str) -> re.Pattern[str]:
    d, g = re.escape(decimal), re.escape(group)
    plain = rf"(?:\d+(?:{d}\d*)?|{d}\d+)(?:[eE][+-]?\d+)?"
    grouped = rf"(?![0\u0660\u06f0])\d{{1,3}}(?P<g>[{g}{_SPACES}])\d{{3}}(?:(?P=g)\d{{3}})*(?:{d}\d*)?"
    return re.compile(rf"[+-]?(?:{plain}|{grouped})")


_PATTERNS = {style: _pattern(*_SEP[style]) for style in STYLES}
_STRIP_GROUPS = {style: str.maketrans({c: None for c in _SEP[style][1] + _SPACES}) for style in STYLES}


def _normalise(text: str, style: str) -> str:
    text = text.strip().replace("\u2212", "-")
    if "\u066b" in text or "\u066c" in text:  # Arabic separators say which is which
        decimal, group = _SEP[style]
        text = text.replace("\u066b", decimal).replace("\u066c", group)
    return text


def value_in(text: str, style: str) -> float | None:
    """The number ``text`` is in ``style``, or None when it is not a number written that way."""
    t = _normalise(text, style)
    if not _PATTERNS[style].fullmatch(t):
        return None
    t = t.translate(_STRIP_GROUPS[style])
    if style == COMMA:
        t = t.replace(",", ".")
    try:
        return float(t)
    except ValueError:  # pragma: no cover - the pattern admits only what float() reads
        return None


_TWO_WAY_POINT = re.compile(r"-?[1-9]\d{0,2}\.\d{3}")


def unambiguous(text: str) -> str:
    """A number's text as LabNet writes it (a decimal point, no grouping), made to read one way only:
    "12.345" could be read as 12345 with a decimal comma, "12.3450" cannot and is the same number."""
    return text + "0" if _TWO_WAY_POINT.fullmatch(text) else text


def readings(text: str) -> tuple[float | None, float | None]:
    """(value with a decimal point, value with a decimal comma); None where it is not a number."""
    return value_in(text, POINT), value_in(text, COMMA)


def style_name(style: str) -> str:
    return Message("decimal point") if style == POINT else Message("decimal comma")


DECIMAL, GROUP, CONTESTED = "decimal", "group", "contested"


def roles_in(text: str, point: float | None, comma: float | None) -> dict[str, str]:
    """What a cell that reads one way only shows about its separators: {".": role, ",": role}."""
    if (point is None) == (comma is None):
        return {}
    style = POINT if point is not None else COMMA
    decimal, group = _SEP[style]
    return {s: (DECIMAL if s == decimal else GROUP) for s in (decimal, group) if s in text}


@dataclass(frozen=True)
class ColumnStyle:
    """What one column shows (or was told) about its separators, and how it reads its cells.

    ``roles`` maps "." and "," to DECIMAL, GROUP or CONTESTED (the column
    shows both, or shows both separators in the same role); a separator
    the column never shows in a one-way cell is absent.
    """

    roles: dict[str, str]
    given: str | None = None   # POINT or COMMA when chosen by the person importing

    def read(self, text: str) -> float:
        """The value of one text cell; ValueError with the reason when it cannot be read for sure."""
        point, comma = readings(text)
        if point is None and comma is None:
            raise ValueError(Message("“{raw}” is not a number", raw=text.strip()))
        if point == comma:
            return point  # type: ignore[return-value]  # no separator, or spaces only
        if self.given is not None:
            chosen = point if self.given == POINT else comma
            if chosen is None:
                found = POINT if point is not None else COMMA
                raise ValueError(Message(
                    "“{raw}” is written with a {found}, but the file was said to use a {chosen}; correct the "
                    "cell or choose the other decimal separator", raw=text.strip(), found=style_name(found),
                    chosen=style_name(self.given)))
            return chosen
        if point is not None and comma is not None:  # one separator, three digits after it
            sep = "." if "." in text else ","
            role = self.roles.get(sep)
            if role == DECIMAL:
                return point if sep == "." else comma
            if role == GROUP:
                return comma if sep == "." else point
            raise ValueError(ambiguous_reason(text, point, comma, contested=role == CONTESTED))
        shown = roles_in(text, point, comma)
        contested = [s for s in shown if self.roles.get(s) == CONTESTED]
        if contested:
            raise ValueError(Message(
                "“{raw}” is written with a {found}, but other cells of this column use the other decimal "
                "separator; write every number of the column the same way, or choose the file's decimal "
                "separator (--decimal-point or --decimal-comma)", raw=text.strip(),
                found=style_name(POINT if point is not None else COMMA)))
        return point if point is not None else comma  # type: ignore[return-value]


def asks_for_style(reason: Any) -> bool:
    """True when a problem's reason is a number that the file's decimal separator decides (or contradicts
    the one chosen): choosing it, in the wizard or on the command line, is the remedy."""
    if getattr(reason, "template", None) in _STYLE_TEMPLATES:
        return True
    return any(asks_for_style(v) for v in getattr(reason, "values", {}).values() if isinstance(v, Message))


def ambiguous_reason(text: str, point: float, comma: float, contested: bool = False) -> Message:
    """Why a two-way cell is refused, and what to write instead."""
    why = (Message("this column uses both a decimal point and a decimal comma")
           if contested else Message("no other cell of this column shows whether “{sep}” is the decimal "
                                     "separator", sep="." if "." in text else ","))
    return Message("“{raw}” is {point} in a file with a decimal point but {comma} in a file with a decimal "
                   "comma, and {why}; write it as {point} or {comma} without a thousands separator, or choose the file's decimal separator "
                   "(--decimal-point or --decimal-comma)", raw=text.strip(), point=Number(point),
                   comma=Number(comma), why=why)


_STYLE_TEMPLATES = frozenset({
    ambiguous_reason("1.234", 1.234, 1234.0).template,
    Message("“{raw}” is written with a {found}, but the file was said to use a {chosen}; correct the "
            "cell or choose the other decimal separator", raw="", found="", chosen="").template,
    Message("“{raw}” is written with a {found}, but other cells of this column use the other decimal "
            "separator; write every number of the column the same way, or choose the file's decimal "
            "separator (--decimal-point or --decimal-comma)", raw="", found="").template,
})


def column_style(texts: Iterable[Any], given: str | None = None) -> ColumnStyle:
    """The convention of a column from its distinct text cells (blank and non-text cells are skipped)."""
    if given is not None:
        if given not in STYLES:
            raise ValueError(f"unknown decimal style {given!r}")  # internal: callers pass POINT, COMMA or None
        return ColumnStyle({}, given)
    seen = new_evidence()
    add_evidence(seen, texts)
    return style_of(seen)


def new_evidence() -> dict[str, set[str]]:
    """What a column's cells have shown so far about "." and "," (``add_evidence``), to be decided by
    ``style_of`` once the whole column has been seen: a file read a chunk at a time."""
    return {".": set(), ",": set()}


def add_evidence(seen: dict[str, set[str]], texts: Iterable[Any]) -> None:
    for text in texts:
        if type(text) is not str or ("." not in text and "," not in text):
            continue
        for sep, role in roles_in(text, *readings(text)).items():
            seen[sep].add(role)


def style_of(seen: dict[str, set[str]]) -> ColumnStyle:
    """The style ``column_style`` gives a column whose cells showed ``seen``."""
    roles = {sep: (CONTESTED if len(found) > 1 else next(iter(found))) for sep, found in seen.items() if found}
    if roles.get(".") == roles.get(",") and "." in roles:  # both decimal (or both grouping): a mixed column
        roles = {".": CONTESTED, ",": CONTESTED}
    return ColumnStyle(roles)


def point_roles(decimal_points: bool) -> ColumnStyle:
    """The style of a column whose cells have no comma: the point is decimal when some cell shows it."""
    return ColumnStyle({".": DECIMAL} if decimal_points else {})


__all__ = ["POINT", "COMMA", "STYLES", "ColumnStyle", "column_style", "readings", "value_in",
           "ambiguous_reason", "asks_for_style", "unambiguous", "style_name", "roles_in", "point_roles", "new_evidence", "add_evidence", "style_of"]
