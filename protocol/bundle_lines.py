"""Upsert lines made from a record's fields and checked as they are made (``Outbox.export``, issue 18).

``rules.check_built`` checks a builder's entries after ``canonical`` wrote them, value by value, from dicts;
here one record type's upsert line is written from the shared record (a dict in its fields' order, as the
sharing policy makes it) with its keys and punctuation laid out once per record type, each value's
canonical JSON written by the C functions ``json`` uses (``"text"``, ``repr`` of a float, of an integer),
and each value checked against the format rules as it is written.  The line is the one
``canonical.dumps_lines`` writes of the entry, byte for byte, and it breaks no format rule (§9) that
``check_built`` checks on one line: the entry's keys, the record id's form, seq and version, each field
declared in the manifest and its value in its form.  Whatever is not plainly so — a value of another type, an
integer beyond ±(2**53 - 1), a float not finite, a value its field's checks do not pass, a seq outside the
header's range — makes no line (``None``): the caller then hands the entry itself to ``make_bundles``, which
writes and checks it as before (and refuses it with the same words).  What a run's lines break together
(a record twice, seqs out of order) is checked on every line in ``bundle_runs``.

A field's check is a function of its value alone (``rules._KindRules``), and the canonical JSON of a value
tells its JSON type and value exactly (``1``, ``1.0`` and ``true`` differ), so a value whose text passed is
not checked again (at most ``_PASSED`` remembered per field).  A ``Canonical`` value is a text the catalogue
stored as the canonical JSON of a value that passed its field's check when written (a peak table,
``PeakTable.to_sql``): it goes into the line as it is, neither parsed nor checked again.
"""

from __future__ import annotations

import itertools
import json
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple, cast

from . import canonical
from .rules import RECORD_ID, RECORD_TYPES  # the record types as the rules know them (protocol/ imports no room)
from .valueforms import AgainstRule, form_check, quick, text_pattern

_PASSED = 4096
_STRING = json.encoder.encode_basestring   # C, as the encoder writes text
_FLOAT = float.__repr__
_INT = int.__repr__
_MAX = canonical.MAX_INTEGER
_ENCODE = canonical._ENCODER.encode
_NONE = type(None)


class Made(NamedTuple):
    """An entry's line, written and checked: what ``bundle_runs`` takes in place of the entry."""

    item: tuple     # (kind, id, version, seq, op), as bundle_runs.item
    line: bytes


class Canonical:
    """Stored text that is already the canonical JSON of a value checked when it was written.  Not a str: a
    field's texts met before are looked up by value, and this is no text value."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def __eq__(self, other: object) -> bool:
        return type(other) is Canonical and other.text == self.text

    __hash__ = None   # type: ignore[assignment]


def makers(manifest: dict[str, Any], seq_from: int, seq_to: int) -> dict[str, UpsertLines]:
    """An ``UpsertLines`` for each record type the manifest declares."""
    return {kind: UpsertLines(kind, forms, seq_from, seq_to) for kind, forms in manifest["fields"].items()
            if kind in RECORD_TYPES and isinstance(forms, dict)}


class UpsertLines:
    """Upsert lines of one record type under one manifest (its fields and their forms)."""

    def __init__(self, kind: str, forms: dict[str, str], seq_from: int, seq_to: int):
        rt = RECORD_TYPES[kind]
        self.kind, self.seq_from, self.seq_to = kind, seq_from, seq_to
        self.head = '","kind":' + _STRING(kind) + ',"op":"upsert","record":{'
        self.fields = {name: _Field(_STRING(name) + ":", quick(rt, name, form), form_check(rt, name, form),
                                    text_pattern(rt, name, form))
                       for name, form in forms.items() if rt.has_field(name)}
        # A record's field names, in its order -> their _Field, when they are declared and in code-point order
        # (each once): records of a type mostly have the same few sets of fields.
        self.layouts: dict[tuple[str, ...], list[_Field] | None] = {}

    def layout(self, names: tuple[str, ...]) -> list[_Field] | None:
        """The fields of records given as values in the order of ``names`` (``line``): None unless each is
        declared, once, in code-point order (as the sharing policy writes them)."""
        if names in self.layouts:
            return self.layouts[names]
        found = [self.fields.get(name) for name in names]
        layout = None if None in found or list(names) != sorted(set(names)) else cast(list[_Field], found)
        if len(self.layouts) < _PASSED:
            self.layouts[names] = layout
        return layout

    def __call__(self, record_id: Any, seq: Any, version: Any, record: dict[str, Any]) -> Made | None:
        """The upsert line of this record, or None: the entry must be written and checked as before."""
        layout = self.layout(tuple(record))
        return None if layout is None else self.line(record_id, seq, version, layout, record.values())

    def line(self, record_id: Any, seq: Any, version: Any, layout: list[_Field], values: Iterable[Any]) -> Made | None:
        """The upsert line of the record whose fields (``layout``) have these values, a None value meaning no
        such field in the record; None when the entry must be written and checked as before."""
        return self.lines(layout, [(record_id, seq, version, list(values))])[0]

    def lines(self, layout: list[_Field], rows: Sequence[tuple[Any, Any, Any, Sequence[Any]]]) -> list[Made | None]:
        """``line`` of each row (record id, seq, version, values in ``layout``'s order), a batch at a time: each
        field's values are written column by column, the texts met before looked up in C (``map``), so the
        per-value work in Python is left to values not met before (issue 18: a third of the lines' time)."""
        if not rows:
            return []
        ids, seqs, versions, values = zip(*rows)
        return self.columns(layout, ids, seqs, versions, list(zip(*values)) if layout else [])

    def columns(self, layout: list[_Field], ids: Sequence[Any], seqs: Sequence[Any], versions: Sequence[Any],
                values: Sequence[Sequence[Any]]) -> list[Made | None]:
        """``lines`` of rows given as columns: their ids, seqs, versions, and each field's values (``layout``'s
        order; None where a record has no such field)."""
        if not ids:
            return []
        bad: set[int] = set()   # rows that make no line
        if not self._heads_plain(ids, seqs, versions):
            bad.update(j for j, (record_id, seq, version) in enumerate(zip(ids, seqs, versions))
                       if not self._head_ok(record_id, seq, version))
        columns = [field.column(col, bad) for field, col in zip(layout, values)]
        row_parts: Iterable[tuple] = zip(*columns) if columns else itertools.repeat(())
        head, kind = self.head, self.kind
        # One f-string a line (one copy of its text; ``{seq}`` of an int is its repr); a bad row's text is made
        # too, and dropped below.
        texts = [f'{{"id":"{record_id}{head}{",".join(filter(None, parts))}}},"seq":{seq},"version":{version}}}\n'
                 for record_id, seq, version, parts in zip(ids, seqs, versions, row_parts)]
        try:
            data: list[bytes | None] = [text.encode("utf-8") for text in texts]
        except UnicodeEncodeError:   # a lone surrogate: refused as canonical JSON refuses it
            data = [_encoded(text) for text in texts]
        out: list[Made | None] = [_MADE(Made, ((kind, record_id, version, seq, "upsert"), line))
                                  for record_id, seq, version, line in zip(ids, seqs, versions, data)]
        if bad or None in data:
            for j, line in enumerate(data):
                if line is None or j in bad:
                    out[j] = None
        return out

    def _heads_plain(self, ids: Sequence[Any], seqs: Sequence[Any], versions: Sequence[Any]) -> bool:
        """Whether every row's id, seq and version are plainly good (``_head_ok`` of each), checked in C."""
        return set(map(type, ids)) == {str} and set(map(type, seqs)) == {int} \
            and set(map(type, versions)) == {int} and all(map(RECORD_ID.fullmatch, ids)) \
            and max(1, self.seq_from) <= min(seqs) and max(seqs) <= min(_MAX, self.seq_to) \
            and 1 <= min(versions) and max(versions) <= _MAX

    def _head_ok(self, record_id: Any, seq: Any, version: Any) -> bool:
        return type(record_id) is str and RECORD_ID.fullmatch(record_id) is not None and type(seq) is int \
            and 1 <= seq <= _MAX and self.seq_from <= seq <= self.seq_to and type(version) is int \
            and 1 <= version <= _MAX


def _encoded(text: str) -> bytes | None:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


_MADE = tuple.__new__   # Made(item, line) without NamedTuple's __new__ in Python (what it calls)


class _Field:
    """One declared field: ``"name":`` then each value's canonical JSON, checked once per text."""

    __slots__ = ("key", "quick", "full", "pattern", "texts", "lists", "passed")

    def __init__(self, key: str, is_quick: Callable[[Any], bool], full: Callable[[Any], Any],
                 pattern: re.Pattern[str] | None = None):
        self.key, self.quick, self.full = key, is_quick, full
        self.pattern = pattern   # a text passes ``full`` exactly when it matches this whole (valueforms.text_pattern)
        self.texts: dict[str, str] = {}   # a text value that passed -> its part of the line
        self.lists: dict[tuple[str, ...], str] = {}   # the same for a list of texts (as a tuple: equal only so)
        self.passed: set[str] = set()     # the canonical JSON of other values that passed

    def _passes(self, value: Any) -> bool:
        if self.quick(value):
            return True
        problem = self.full(value)
        return problem is None or type(problem) is AgainstRule   # a record rule: the hub's to apply, not a format rule

    def part(self, value: Any) -> str | None:
        """``"name":`` and the value's canonical JSON, once checked (None when the entry must go as before)."""
        t = type(value)
        if t is str:
            return self.text(value)
        if t is Canonical:
            return self.key + value.text
        return self.other(value)

    def column(self, col: Sequence[Any], bad: set[int]) -> list[str | None]:
        """``part`` of each value of one field in a batch of rows (None for an absent value); the rows whose
        value makes no part are added to ``bad``.  A column of texts is looked up in C, one of floats written in
        C and checked once per new text; any other goes value by value through ``part``."""
        kinds = set(map(type, col))
        kinds.discard(_NONE)
        if kinds <= {str}:
            return self._texts_column(col, bad)
        if kinds == {float}:
            return self._floats(col, bad)
        if kinds == {Canonical}:
            key = self.key
            return [None if value is None else key + value.text for value in col]
        if kinds == {list}:
            return self._lists(col, bad)
        return self._each(col, bad, [None] * len(col))

    def _each(self, col: Sequence[Any], bad: set[int], got: list[str | None]) -> list[str | None]:
        """``part`` of each value present whose part is not in ``got`` yet, value by value."""
        for j, value in enumerate(col):
            if got[j] is None and value is not None:
                part = got[j] = (self.texts.get(value) if type(value) is str else None) or self.part(value)
                if part is None:
                    bad.add(j)
        return got

    def _texts_column(self, col: Sequence[Any], bad: set[int]) -> list[str | None]:
        texts = self.texts
        if len(texts) > _PASSED - len(col):   # room for the whole column: no clearing midway
            texts.clear()
        got = list(map(texts.get, col))
        if got.count(None) == col.count(None):   # every text met before (an absent value is None in both)
            return got
        missed = set(itertools.compress(col, map(operator.not_, got)))
        missed.discard(None)
        if self.pattern is not None and all(map(self.pattern.fullmatch, missed)):   # each checked in C
            texts.update(zip(missed, map(self.key.__add__, map(_STRING, missed))))
            return list(map(texts.get, col))
        refused = {value for value in missed if self.text(value) is None}
        if refused:
            bad.update(j for j, value in enumerate(col) if value in refused)
        return list(map(texts.get, col))

    def _lists(self, col: Sequence[Any], bad: set[int]) -> list[str | None]:
        """Lists of texts met before looked up in C (as tuples: a list of other items is never a key there)."""
        lists = self.lists
        if len(lists) > _PASSED - len(col):
            lists.clear()
        keys: list[Any] = [None if value is None else tuple(value) for value in col]
        try:
            got = list(map(lists.get, keys))
        except TypeError:   # an item that cannot be a key (a dict): value by value
            got = [None] * len(col)
        return got if got.count(None) == keys.count(None) else self._each(col, bad, got)

    def _floats(self, col: Sequence[Any], bad: set[int]) -> list[str | None]:
        """A column of floats (and absent values): ``repr`` of each (what json writes of a finite float), each new
        text checked once.  ``repr`` gives the float back exactly (-0.0 too), so the check reads ``float(text)``;
        NaN and the infinities (``nan``, ``inf``, ``-inf``) are refused, as canonical JSON refuses them."""
        texts = [None if value is None else _FLOAT(value) for value in col]
        new = {text for text in set(texts) if text is not None} - self.passed
        refused = set()
        for text in new:
            value = float(text)
            if value - value == 0 and self._passes(value):
                if len(self.passed) >= _PASSED:
                    self.passed.clear()
                self.passed.add(text)
            else:
                refused.add(text)
        if refused:
            bad.update(j for j, text in enumerate(texts) if text in refused)
        key = self.key
        return [None if text is None else key + text for text in texts]

    def text(self, value: str) -> str | None:
        if not self._passes(value):
            return None
        texts = self.texts
        if len(texts) >= _PASSED:
            texts.clear()
        part = texts[value] = self.key + _STRING(value)
        return part

    def other(self, value: Any) -> str | None:
        """A value not text: its canonical JSON (None for what canonical JSON refuses or is not plainly so)."""
        if type(value) is list and value and all(type(x) is str for x in value):
            return self._texts(value)
        text = _json(value)
        if text is None:
            return None
        if text not in self.passed:
            if not self._passes(value):
                return None
            if len(self.passed) >= _PASSED:
                self.passed.clear()
            self.passed.add(text)
        return self.key + text

    def _texts(self, value: list[str]) -> str | None:
        key = tuple(value)
        part = self.lists.get(key)
        if part is None:
            if not self._passes(value):
                return None
            if len(self.lists) >= _PASSED:
                self.lists.clear()
            part = self.lists[key] = self.key + _ENCODE(value)
        return part


def _json(value: Any) -> str | None:
    """The canonical JSON of a value neither text nor a list of texts, when it is plainly written so."""
    t = type(value)
    if t is float:
        return _FLOAT(value) if value - value == 0 else None   # NaN and infinities: refused, as canonical JSON does
    if t is bool:
        return "true" if value else "false"
    if t is int:
        return _INT(value) if -_MAX <= value <= _MAX else None
    if t is list and value and all(type(x) is float and x - x == 0 for x in value):
        return _ENCODE(value)
    if t is dict:   # a peak table stored before tables were stored canonical, parsed
        try:
            return canonical.dumps(value).decode("utf-8")
        except canonical.CanonicalError:
            return None
    return None
