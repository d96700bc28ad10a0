"""The network's profiles read into a method's matrix as ``profile_matrix`` makes it (issue 20): from the peaks'
stored JSON (``read_matrix``) or from the values the store keeps packed beside it (``read_packed``,
``hub/store_peaks.py``) — the same rows, values and refusals, in the same order, either way.

Profiles whose compounds are the same target names in the same order are read together into one array (at a
million profiles, a Python loop over every peak was most of the read); a profile with anything else (a name to
tidy, a value to refuse or to read as zero, a compound not a target) goes through ``profile_matrix`` itself."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from itertools import chain, repeat
from operator import itemgetter
from typing import Any

import numpy as np

from labnet.profiling.method import ComparisonMethod
from labnet.profiling.targets import TargetList, profile_matrix

from .linking import stored_peaks
from .store_peaks import VALUES
from .store_received import Key


def read_matrix(rows: list[tuple[Key, Any]], method: ComparisonMethod) -> tuple[list[Key], np.ndarray]:
    """``(keys, values)`` of ``rows`` (``(key, peaks as stored)``) that have something to compare."""
    peaks = _parsed([p for _, p in rows])
    groups: dict[tuple[str, ...], list[int]] = {}
    slow: list[int] = []
    for i, p in enumerate(peaks):
        if type(p) is dict and p:
            groups.setdefault(tuple(p), []).append(i)
        else:
            slow.append(i)

    def block(compounds: tuple[str, ...], at: Sequence[int]) -> np.ndarray | None:
        group = [peaks[i] for i in at]
        if not set(map(type, chain.from_iterable(map(dict.values, group)))) <= {float, int}:   # text, bool, null…
            return None
        try:
            return np.fromiter(chain.from_iterable(map(dict.values, group)), dtype=np.float64,
                               count=len(at) * len(compounds)).reshape(len(at), len(compounds))
        except OverflowError:
            return None

    return _matrix([k for k, _ in rows], groups, block, peaks.__getitem__, slow, method)


def read_packed(lab_id: str, rows: Sequence[tuple[str, int, bytes]], sets: dict[int, tuple[str, ...]],
                method: ComparisonMethod) -> tuple[list[Key], np.ndarray]:
    """``read_matrix`` of laboratory ``lab_id``'s packed profiles ``(record id, set id, values)``: ``sets`` names
    each set's compounds (a set id not in it: ``KeyError``). A row whose values are not one float64 per name is an
    error (``ValueError``): the caller reads the JSON.

    Column by column (``map`` over the rows, one ``b"".join`` and ``np.frombuffer`` per list of names): a Python
    step per row was ~2.5 s of CPU at a million profiles."""
    ids = list(map(itemgetter(1), rows))
    values = list(map(itemgetter(2), rows))
    distinct = set(ids)
    names = {set_id: sets[set_id] for set_id in distinct}
    groups: dict[tuple[str, ...], Sequence[int]] = {}
    if len(distinct) == 1:   # the common case: every profile of the laboratory names the same compounds
        groups[names[ids[0]]] = range(len(rows))
    elif distinct:
        column = np.array(ids, dtype=np.int64)
        by_names: dict[tuple[str, ...], list[int]] = {}
        for set_id in distinct:   # two ids of the same names (a store's lists are unique: never) read as one
            by_names.setdefault(names[set_id], []).extend(np.flatnonzero(column == set_id).tolist())
        groups.update((compounds, sorted(rows_at)) for compounds, rows_at in by_names.items())

    def block(compounds: tuple[str, ...], at: Sequence[int]) -> np.ndarray:
        data = values if len(at) == len(rows) else [values[i] for i in at]
        if set(map(len, data)) != {VALUES.itemsize * len(compounds)}:
            raise ValueError("packed peaks of another length than their names")
        return np.frombuffer(b"".join(data), dtype=VALUES).reshape(len(at), len(compounds))

    def peaks_of(i: int) -> dict[str, float]:   # as the JSON reads: the names, each with its value
        compounds, data = names[ids[i]], bytes(values[i])
        if len(data) != VALUES.itemsize * len(compounds):
            raise ValueError("packed peaks of another length than their names")
        return dict(zip(compounds, np.frombuffer(data, dtype=VALUES).tolist(), strict=True))

    keys = list(zip(repeat(lab_id), map(itemgetter(0), rows)))
    return _matrix(keys, groups, block, peaks_of, [], method)


def _matrix(keys: list[Key], groups: Mapping[tuple[str, ...], Sequence[int]],
            block: Callable[[tuple[str, ...], Sequence[int]], np.ndarray | None], peaks_of: Callable[[int], Any],
            slow: list[int], method: ComparisonMethod) -> tuple[list[Key], np.ndarray]:
    """The matrix of ``len(keys)`` profiles: ``groups`` of rows with the same compounds (``block`` gives their
    values, or None to read them one by one), the ``slow`` rows through ``profile_matrix`` (``peaks_of``)."""
    names = tuple(method.targets)
    column = {name.casefold(): i for i, name in enumerate(names)}
    values = np.zeros((len(keys), len(names)))
    good = np.zeros(len(keys), dtype=bool)
    slow = list(slow)
    for compounds, at in groups.items():
        found = [column.get(c.casefold()) for c in compounds]
        if None in found or len(set(found)) != len(found):
            slow += at
            continue
        cols = np.array(found, dtype=np.int64)
        got = block(compounds, at)
        if got is None:
            slow += at
            continue
        plain = np.isfinite(got).all(axis=1) & (got >= 0).all(axis=1) & (got > 0).any(axis=1)
        if len(at) == len(keys) and plain.all():   # every row, each read as it is: no rows to gather
            values[:, cols] = got
            good[:] = True
            continue
        index = np.array(at, dtype=np.int64)[plain]
        values[np.ix_(index, cols)] = got[plain]
        good[index] = True
        slow += np.array(at, dtype=np.int64)[~plain].tolist()
    if slow:
        matrix = profile_matrix(((str(i), peaks_of(i)) for i in sorted(slow)), TargetList(method.drug_type, names))
        index = np.array([int(label) for label in matrix.labels], dtype=np.int64)
        if len(index):
            values[index] = matrix.values
            good[index] = True
    if good.all():
        return keys, values
    return [keys[i] for i in np.flatnonzero(good).tolist()], values[good]


def _parsed(stored: list[Any]) -> list[Any]:
    """Peaks as stored (JSON text from SQLite, parsed from PostgreSQL), as ``stored_peaks`` reads them."""
    # the C scanner, without json.loads' wrapper (a sixth of the read); typeshed does not list it
    scan = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
    out: list[Any] = []
    for value in stored:
        if type(value) is str and value[:1] == "{":
            try:
                parsed, end = scan(value, 0)
                if end == len(value):
                    value = parsed
            except (StopIteration, ValueError):
                pass
        out.append(value if type(value) is dict else stored_peaks(value))
    return out
