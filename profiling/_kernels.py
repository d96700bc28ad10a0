"""The compiled kernels of Manhattan, Canberra and Euclidean blocks (numba; imported only through
``profiling.metrics._kernels``, which falls back to numpy when this module cannot be loaded).

Cached on disk next to this file when running from sources; a frozen application (PyInstaller) has no
sources for numba to key its cache on, so there it compiles once per process (~2 s, at the first linkage).
"""

from __future__ import annotations

import math
import sys

import numba
import numpy as np

_jit = numba.njit(nogil=True, cache=not getattr(sys, "frozen", False))


@_jit
def accumulate(row, bt, kind, acc, kept):
    # acc[j] (and kept[j], the terms with a non-zero denominator) for one row against columns bt (k × n):
    # the loop over j is innermost and contiguous, so LLVM vectorises it (no fastmath: IEEE order kept
    # per pair, so the error bounds of ``Comparator.candidates`` hold).
    k, n = bt.shape
    acc[:] = 0
    kept[:] = 0
    for f in range(k):
        x = row[f]
        ax = abs(x)
        col = bt[f]
        if kind == 0:
            for j in range(n):
                acc[j] += abs(x - col[j])
        elif kind == 3:
            for j in range(n):
                d = x - col[j]
                acc[j] += d * d
        else:
            tiny = np.finfo(bt.dtype).tiny
            for j in range(n):
                den = ax + abs(col[j])
                acc[j] += abs(x - col[j]) / max(den, tiny)   # a 0/0 term: 0 / tiny = 0
                kept[j] += den > 0



@_jit
def scores(a, bt, kind, out):
    k, n = bt.shape
    acc = np.empty(n, dtype=bt.dtype)
    kept = np.empty(n, dtype=np.int32)
    for i in range(a.shape[0]):
        accumulate(a[i], bt, kind, acc, kept)
        for j in range(n):
            if kind == 3:
                out[i, j] = math.sqrt(acc[j])
            elif kind == 2:
                out[i, j] = acc[j] * k / kept[j] if kept[j] > 0 else 0.0
            else:
                out[i, j] = acc[j]



@_jit
def candidates(a, bt, kind, limit, margin, l1a, l1b, mask):
    # mask[i, j]: the float32 score is within the error bound of passing ``limit`` (checked in float64).
    k, n = bt.shape
    acc = np.empty(n, dtype=bt.dtype)
    kept = np.empty(n, dtype=np.int32)
    for i in range(a.shape[0]):
        accumulate(a[i], bt, kind, acc, kept)
        for j in range(n):
            s = np.float64(acc[j])
            if kind == 0:
                mask[i, j] = s <= limit + margin * (l1a[i] + l1b[j])
            elif kind == 1:
                mask[i, j] = s <= limit + margin
            else:   # R's convention: score = sum · k / kept, bound on the sum
                mask[i, j] = s <= limit * kept[j] / k + margin if kept[j] > 0 else 0.0 <= limit
