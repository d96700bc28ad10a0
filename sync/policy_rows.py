"""The sharing policy's transform of a stored row, for the export's records never sent (issue 18).

``SharingPolicy.transformer`` takes a record as a dict and makes the shared record as a dict; an export of
100,000 records made 200,000 dicts for it.  ``row_transformer`` does the same on the row as the outbox reads it
(the policy's columns, decoded, in ``SharingPolicy.columns`` order) and gives the shared values in a list, one
per field the record type shares, in the fields' order, None where the shared record has no such field: the
record ``transformer`` makes is exactly ``{name: value for name, value in zip(names, values) if value is not
None}`` (``tests/test_policy_rows.py`` compares the two on every treatment).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import compress
from operator import itemgetter
from typing import Any

from labnet.catalogue.records import RECORD_TYPES

from .policy import KindPolicy, SharingPolicy, _generaliser, _pseudonymiser

RowTransform = Callable[[list[Any]], list[Any] | None]
# columns of a batch of rows -> (which rows leave, or None for all; the shared fields' values of those rows, by field)
ColumnTransform = Callable[[list[Sequence[Any]]], tuple[list[bool] | None, list[list[Any]]]]


def row_transformer(policy: SharingPolicy, kind: str, secret: bytes,
                    columns: list[str]) -> tuple[tuple[str, ...], RowTransform]:
    """(the shared fields' names, in order; row -> their values, or None when the record does not leave).
    ``columns``: the names of the row's values (every column ``policy.columns(kind)`` names, in any order)."""
    p = policy.kinds.get(kind) or KindPolicy(kind)
    rt = RECORD_TYPES[kind]
    at = {name: i for i, name in enumerate(columns)}
    names: list[str] = []
    treated: list[tuple[int, Callable[[Any, Any], Any]]] = []
    for name, rule in sorted(p.fields.items()):
        if rule.treatment == "drop":
            continue
        if rule.treatment == "pseudonymise":
            treated.append((len(names), _pseudonymiser(secret, name, rt.field(name).type.many)))
        elif rule.treatment == "generalise":
            treated.append((len(names), _generaliser(rt, name, rule.step)))
        names.append(name)
    if not p.share:
        return tuple(names), lambda row: None
    pick = itemgetter(*(at[name] for name in names)) if names else (lambda row: ())
    shareable = at["shareable"] if p.only_shareable else None
    where = [(at[name], allowed) for name, allowed in p.where.items()]
    # Only a place is generalised from the record's other fields (policy._generaliser); the others read the value.
    needs_record = any(rule.treatment == "generalise" and rt.field(name).type.generaliser(rule.step) is None
                       for name, rule in p.fields.items())

    def transform(row: list[Any]) -> list[Any] | None:
        if shareable is not None and row[shareable] is not True:
            return None
        for i, allowed in where:
            if row[i] not in allowed:
                return None
        values = list(pick(row)) if len(names) != 1 else [pick(row)]
        record = dict(zip(columns, row)) if needs_record else None
        for i, fn in treated:
            value = values[i]
            if value is not None:
                values[i] = fn(value, record)
        return values
    return tuple(names), transform


def column_transformer(policy: SharingPolicy, kind: str, secret: bytes,
                       columns: list[str]) -> tuple[tuple[str, ...], ColumnTransform] | None:
    """``row_transformer`` of a batch of rows given as columns (each a sequence of the batch's values, in
    ``columns`` order): (which rows leave, None meaning every one; each shared field's values of the rows that
    leave, in order).  A row leaves, and its values are treated, exactly when ``row_transformer`` gives it values,
    and they are the same.  None when a field is generalised from the record's other fields (a place): use
    ``row_transformer``."""
    p = policy.kinds.get(kind) or KindPolicy(kind)
    rt = RECORD_TYPES[kind]
    if any(rule.treatment == "generalise" and rt.field(name).type.generaliser(rule.step) is None
           for name, rule in p.fields.items()):
        return None
    names, _ = row_transformer(policy, kind, secret, columns)
    at = {name: i for i, name in enumerate(columns)}
    treated = [(i, _pseudonymiser(secret, name, rt.field(name).type.many)
                if p.fields[name].treatment == "pseudonymise" else _generaliser(rt, name, p.fields[name].step))
               for i, name in enumerate(names) if p.fields[name].treatment in ("pseudonymise", "generalise")]
    picked = [at[name] for name in names]
    shareable = at["shareable"] if p.only_shareable else None
    where = [(at[name], allowed) for name, allowed in p.where.items()]

    def transform(cols: list[Sequence[Any]]) -> tuple[list[bool] | None, list[list[Any]]]:
        n = len(cols[0]) if cols else 0
        if not p.share:
            return [False] * n, []
        leaves: list[bool] | None = None
        if shareable is not None:
            leaves = [value is True for value in cols[shareable]]
        for i, allowed in where:
            ok = [value in allowed for value in cols[i]]
            leaves = ok if leaves is None else [a and b for a, b in zip(leaves, ok)]
        if leaves is not None and all(leaves):
            leaves = None
        out = [list(cols[i]) if leaves is None else list(compress(cols[i], leaves)) for i in picked]
        for i, fn in treated:   # only the values that leave, as row_transformer treats them
            out[i] = [None if value is None else fn(value, None) for value in out[i]]
        return leaves, out
    return names, transform
