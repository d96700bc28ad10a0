"""The numbers of a worksheet's XML as ``tabular_sheet_stream`` reads them: the file's digits, and what a
cell style's number format makes of them (a number, a date or time, a duration), as calamine and openpyxl
read them; a format less plain than these raises ``_StreamDiffers`` (the workbook is then read by them)."""

from __future__ import annotations

import re
from typing import Any

_WHOLE = 1e16
_EXACT = 2.0 ** 53
_DURATION = re.compile(r'\[(?:h+|m+|s+)\](?::mm|:ss)*(?:\.0+)?')
_DATE_IDS = frozenset((14, 15, 16, 17, 22))          # dates (with a time of day for 22)
_TIME_IDS = frozenset((18, 19, 20, 21, 45, 47))      # times of day (46, [h]:mm:ss: a duration)
_PLAIN_IDS = frozenset((*range(0, 14), *range(37, 45), 48, 49))


class _StreamDiffers(Exception):
    """The workbook holds something ``tabular_sheet_stream`` leaves to calamine or openpyxl (its docstring)."""


class _Aside:
    """A cell ``tabular_sheet_stream`` does not read, as its XML: its type (``t``), its attributes after its
    reference, and what it holds (read by ``tabular_sheet_aside`` as the whole reading reads it)."""

    __slots__ = ("kind", "attrs", "content")

    def __init__(self, kind: str, attrs: str, content: str) -> None:
        self.kind, self.attrs, self.content = kind, attrs, content


def _number(v: str) -> Any:
    if "_" in v or v != v.strip():
        raise _StreamDiffers()
    f = float(v)
    if f.is_integer():
        if -_WHOLE < f < _WHOLE:
            return int(f)
        if not -_EXACT < f < _EXACT:
            raise _StreamDiffers()  # its digits may say more than a float keeps
    elif f != f or f in (float("inf"), float("-inf")):
        raise _StreamDiffers()
    return f


def _date(number: Any, date1904: bool, duration: bool) -> Any:
    """The date, time or duration of a number in a date or duration format, as openpyxl's ``from_excel``
    gives it (checked against calamine on 3,000 random values in three formats: the same); a workbook
    counting from 1904 (old Mac Excel) is left aside, not checked."""
    from openpyxl.utils.datetime import WINDOWS_EPOCH, from_excel

    if date1904:
        raise _StreamDiffers()
    if duration:
        if number < 0:
            raise _StreamDiffers()
        return from_excel(number, timedelta=True)
    if number < 0 or number >= 2958466:  # before the epoch, after 9999-12-31
        raise _StreamDiffers()
    return from_excel(number, WINDOWS_EPOCH)


def _number_kind(fmt_id: int, custom: dict[int, str]) -> str:
    """"n" for a number format, "d" for a plain date or time one, "t" for a duration ([h]:mm:ss);
    raises for anything less plain, which calamine and openpyxl might read otherwise."""
    if fmt_id in custom:
        section = custom[fmt_id].split(";")[0]
        bare = re.sub(r'"[^"]*"|\\.|\[\$[^\]]*\]|\[(?:Red|Black|Blue|Green|White|Yellow|Cyan|Magenta)\]', "",
                      section, flags=re.I)
        if _DURATION.fullmatch(bare):
            return "t"
        if "[" in bare:
            raise _StreamDiffers()  # an elapsed time within other text, a condition…
        if re.search(r"[dmyhsDMYHS]", bare) is None:
            return "n"
        if re.fullmatch(r"(?:[dmyhs]+|AM/PM|A/P|[/:.,\- @]|0+)*", bare, flags=re.I) is None:
            raise _StreamDiffers()
        return "d"
    if fmt_id in _DATE_IDS or fmt_id in _TIME_IDS:
        return "d"
    if fmt_id == 46:
        return "t"  # [h]:mm:ss
    if fmt_id in _PLAIN_IDS:
        return "n"
    raise _StreamDiffers()  # a locale's built-in format (27-36, 50-81…)


__all__: list[str] = []
