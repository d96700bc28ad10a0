"""The compiled kernels of Manhattan, Canberra and Euclidean blocks (numba; imported only through
``labnet.profiling.metrics._kernels``, which falls back to numpy when this module cannot be loaded).

Cached on disk next to this file when running from sources; a frozen application (PyInstaller) has no
sources for numba to key its cache on, so there it compiles once per process (~2 s, at the first linkage).

Columns come transposed (``bt``: k × n) so that the innermost loop runs over contiguous columns j and
LLVM vectorises it; columns are taken in tiles of ``TILE`` so that the accumulators stay in L1 and the
tile of ``bt`` in L2 while every row passes over it.  No fastmath: each pair's sum is computed in IEEE
order, so the error bounds of ``Comparator.candidates`` hold.
"""

from __future__ import annotations

import math
import sys

import numba
import numpy as np

_jit = numba.njit(nogil=True, cache=not getattr(sys, "frozen", False))
TILE = 2048

MANHATTAN, CANBERRA, CANBERRA_R, EUCLIDEAN = 0, 1, 2, 3


@_jit
def accumulate(row, bt, kind, j0, j1, acc, kept):
    """acc[j − j0] for columns j0 … j1 − 1 of ``bt`` (C-contiguous, so that the loops vectorise) and, for
    R's Canberra, kept: the terms with a non-zero denominator."""
    k = bt.shape[0]
    m = j1 - j0
    acc[:m] = 0
    if kind == CANBERRA_R:
        kept[:m] = 0
    tiny = np.finfo(bt.dtype).tiny
    for f in range(k):
        x = row[f]
        ax = abs(x)
        col = bt[f, j0:j1]
        if kind == MANHATTAN:
            for j in range(m):
                acc[j] += abs(x - col[j])
        elif kind == EUCLIDEAN:
            for j in range(m):
                d = x - col[j]
                acc[j] += d * d
        elif kind == CANBERRA:
            for j in range(m):
                acc[j] += abs(x - col[j]) / max(ax + abs(col[j]), tiny)   # a 0/0 term: 0 / tiny = 0
        else:
            for j in range(m):
                den = ax + abs(col[j])
                acc[j] += abs(x - col[j]) / max(den, tiny)
                kept[j] += den > 0


@_jit
def scores(a, bt, c0, c1, kind, out):
    """out[i, j]: the score of row i of ``a`` and column c0 + j of ``bt``."""
    k = bt.shape[0]
    acc = np.empty(TILE, dtype=bt.dtype)
    kept = np.empty(TILE, dtype=np.int32)
    for j0 in range(c0, c1, TILE):
        j1 = min(j0 + TILE, c1)
        for i in range(a.shape[0]):
            accumulate(a[i], bt, kind, j0, j1, acc, kept)
            for j in range(j1 - j0):
                if kind == EUCLIDEAN:
                    out[i, j0 - c0 + j] = math.sqrt(acc[j])
                elif kind == CANBERRA_R:
                    out[i, j0 - c0 + j] = acc[j] * k / kept[j] if kept[j] > 0 else 0.0
                else:
                    out[i, j0 - c0 + j] = acc[j]


@_jit
def candidates(a, bt, c0, c1, kind, limit, margin, l1a, l1b, out_i, out_j):
    """The pairs (i, j) — row i of ``a``, column c0 + j of ``bt`` — whose computed score is within the
    error bound of passing ``limit`` (checked in float64), written to out_i/out_j up to their length;
    returns how many there are (call again with longer arrays when that is more than fitted).
    l1b is indexed like the columns of ``bt``."""
    k = bt.shape[0]
    acc = np.empty(TILE, dtype=bt.dtype)
    kept = np.empty(TILE, dtype=np.int32)
    capacity = len(out_i)
    found = 0
    for j0 in range(c0, c1, TILE):
        j1 = min(j0 + TILE, c1)
        for i in range(a.shape[0]):
            accumulate(a[i], bt, kind, j0, j1, acc, kept)
            if kind == MANHATTAN:
                lim = limit + margin * l1a[i]
                for j in range(j1 - j0):
                    if np.float64(acc[j]) <= lim + margin * l1b[j0 + j]:
                        if found < capacity:
                            out_i[found] = i
                            out_j[found] = j0 - c0 + j
                        found += 1
            elif kind == CANBERRA:
                lim = limit + margin
                for j in range(j1 - j0):
                    if np.float64(acc[j]) <= lim:
                        if found < capacity:
                            out_i[found] = i
                            out_j[found] = j0 - c0 + j
                        found += 1
            else:   # R's convention: score = sum · k / kept, the bound on the sum
                for j in range(j1 - j0):
                    ok = np.float64(acc[j]) <= limit * kept[j] / k + margin if kept[j] > 0 else 0.0 <= limit
                    if ok:
                        if found < capacity:
                            out_i[found] = i
                            out_j[found] = j0 - c0 + j
                        found += 1
    return found
