"""The network's profiles read into a method's matrix as ``profile_matrix`` makes it (issue 20): from the peaks'
stored JSON (``read_matrix``) or from the values the store keeps packed beside it (``read_packed``,
``hub/store_peaks.py``) — the same rows, values and refusals, in the same order, either way.

Profiles whose compounds are the same target names in the same order are read together into one array (at a
million profiles, a Python loop over every peak was most of the read); a profile with anything else (a name to
tidy, a value to refuse or to read as zero, a compound not a target) goes through ``profile_matrix`` itself."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from itertools import chain
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

    def block(compounds: tuple[str, ...], at: list[int]) -> np.ndarray | None:
        group = [peaks[i] for i in at]
        if not set(map(type, chain.from_iterable(map(dict.values, group)))) <= {float, int}:   # text, bool, null…
            return None
        try:
            return np.fromiter(chain.from_iterable(map(dict.values, group)), dtype=np.float64,
                               count=len(at) * len(compounds)).reshape(len(at), len(compounds))
        except OverflowError:
            return None

    return _matrix([k for k, _ in rows], groups, block, peaks.__getitem__, slow, method)


def read_packed(rows: Sequence[tuple[Key, int, bytes]], sets: dict[int, tuple[str, ...]], method: ComparisonMethod
                ) -> tuple[list[Key], np.ndarray]:
    """``read_matrix`` of packed profiles ``(key, set id, values)``: ``sets`` names each set's compounds. A row
    whose values are not one float64 per name is an error (``ValueError``): the caller reads the JSON."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for i, (_, set_id, _) in enumerate(rows):
        groups.setdefault(sets[set_id], []).append(i)

    def block(compounds: tuple[str, ...], at: list[int]) -> np.ndarray:
        data = [bytes(rows[i][2]) for i in at]
        if any(len(d) != VALUES.itemsize * len(compounds) for d in data):
            raise ValueError("packed peaks of another length than their names")
        return np.frombuffer(b"".join(data), dtype=VALUES).reshape(len(at), len(compounds))

    def peaks_of(i: int) -> dict[str, float]:   # as the JSON reads: the names, each with its value
        names = sets[rows[i][1]]
        data = bytes(rows[i][2])
        if len(data) != VALUES.itemsize * len(names):
            raise ValueError("packed peaks of another length than their names")
        return dict(zip(names, np.frombuffer(data, dtype=VALUES).tolist(), strict=True))

    return _matrix([r[0] for r in rows], groups, block, peaks_of, [], method)


def _matrix(keys: list[Key], groups: dict[tuple[str, ...], list[int]],
            block: Callable[[tuple[str, ...], list[int]], np.ndarray | None], peaks_of: Callable[[int], Any],
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
        index = np.array(at)[plain]
        values[np.ix_(index, cols)] = got[plain]
        good[index] = True
        slow += np.array(at)[~plain].tolist()
    if slow:
        matrix = profile_matrix(((str(i), peaks_of(i)) for i in sorted(slow)), TargetList(method.drug_type, names))
        index = np.array([int(label) for label in matrix.labels], dtype=np.int64)
        if len(index):
            values[index] = matrix.values
            good[index] = True
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
