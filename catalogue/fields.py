"""Typed fields: how a value is read from a person or a spreadsheet, checked,
and stored, and what the rest of LabNet needs to know about it.

A field parses whatever arrives (text typed in a form, a CSV cell, an Excel
date) into one canonical Python value that is also its storage and JSON form:
dates are ISO ``YYYY-MM-DD`` strings, lists and peak tables are JSON.  Parse
errors are raised as ``ValueError`` whose text is the sentence shown to the
analyst.  What a kind of value is lives in its type (``labnet.catalogue.field_types``);
what this field adds (its range, vocabulary, unit, filter, whether it describes a
tablet) is declared here, once, in ``labnet.catalogue.records``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from labnet.common.messages import Number

from .errors import Message
from .field_types import FIELD_TYPES, FieldType, field_type
from .parsing import (
    cas_is_valid,
    is_blank,
    norm_key,
    parse_date,
    parse_number,
    peak_pairs,
    peaks_from_pairs,
)

__all__ = ["Field", "FilterSpec", "FIELD_TYPES", "FieldType", "SQL_TYPES", "cas_is_valid", "is_blank", "norm_key",
           "parse_date", "parse_number", "peak_pairs", "peaks_from_pairs"]

# The SQLite column type of each field type, by name (the frozen migrations' vocabulary).
SQL_TYPES = {name: t.sql for name, t in FIELD_TYPES.items()}


@dataclass(frozen=True)
class FilterSpec:
    """How the table of a record type is filtered by a field (``labnet.desktop.filters`` builds the bar from these).

    ``how``: ``statuses`` (several codes at once), ``choice`` (one code), ``values`` (one of the values
    stored), ``expiry`` (past the date, or within a number of days), ``due`` (due within a number of days),
    ``period`` (between two dates), ``low`` (at or below the low-stock level, a custody type's stock).  ``key`` names the widgets (``filter-KEY``); a preset (the dashboard's
    links) sets a choice by the field's name, a date filter by ``key`` (and ``days``), a period by
    ``PRESET_from`` and ``PRESET_to``.  ``texts`` are the bar's words for it, in English, in the order
    ``labnet.desktop.filters`` reads them (the first entry of the list, then its accessible name…)."""

    how: str
    key: str
    texts: tuple[str, ...] = ()
    order: int = 0   # place in the bar, left to right
    preset: str = ""

@dataclass(frozen=True)
class Field:
    name: str
    type: FieldType  # given as a FieldType or its name ("float")
    label: str
    required: bool = False
    unit: str | None = None            # fixed unit shown beside the value (mm, mg, h)
    unit_field: str | None = None      # or the field of the same record that holds its unit
    choices: dict[str, str] | None = None  # code -> label, for "choice"
    synonyms: dict[str, str] = field(default_factory=dict)  # extra words -> code
    headers: tuple[str, ...] = ()      # other column names seen in spreadsheets
    minimum: float | None = None
    maximum: float | None = None
    personal: bool = False   # names or identifies a person
    sensitive: bool = False  # case numbers and other investigation details
    searchable: bool = False  # part of the text search
    tablet: bool = False     # describes a tablet (only for tablets and capsules)
    physical: bool = False   # a tablet's physical attribute, compared between tablets (profiling.tablets)
    filter: FilterSpec | None = None  # offered in the table's filter bar, and how
    due: bool = False        # a date that needs attention when past or near (shown in colour)
    help: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.type, FieldType):
            object.__setattr__(self, "type", field_type(self.type))

    @property
    def sql_type(self) -> str:
        return self.type.sql

    def parse(self, raw: Any) -> Any:
        """The canonical value of ``raw``, or None when blank; ValueError if unreadable."""
        if is_blank(raw):
            return None
        value = self.type.read(self, raw)
        if value == [] or value == {}:
            return None  # one canonical "nothing", so that an empty list survives export and import
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                raise ValueError(Message("{value} is below the minimum of {minimum}", value=Number(value),
                                         minimum=Number(self.minimum)))
            if self.maximum is not None and value > self.maximum:
                raise ValueError(Message("{value} is above the maximum of {maximum}", value=Number(value),
                                         maximum=Number(self.maximum)))
        return value

    def unit_of(self, record: dict[str, Any] | None) -> str | None:
        """The unit of this field's value in ``record``: its own, or the one chosen in ``unit_field``."""
        if self.unit is None and self.unit_field is not None and record is not None:
            return record.get(self.unit_field)
        return self.unit

    # -- storage ------------------------------------------------------------
    def to_sql(self, value: Any) -> Any:
        return None if value is None else self.type.to_sql(value)

    def from_sql(self, value: Any) -> Any:
        return None if value is None else self.type.from_sql(value)

    def to_text(self, value: Any) -> str:
        """The form written to a spreadsheet cell, which ``parse`` reads back."""
        return "" if value is None else self.type.to_text(value)
