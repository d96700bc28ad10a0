"""Linkage: every pair of profiles scored past the threshold, computed block by block.

Memory stays bounded whatever the number of profiles: scores are computed
for a block of ``rows × cols`` profiles at a time (two at once) (never an N × N matrix)
and only the pairs past the threshold are kept.  Scores are computed in
float32 for speed (Manhattan and Canberra in a compiled kernel), keeping every
pair within a rigorous bound on float32 rounding of the threshold — a bound
that grows with the profiles' magnitudes where the error does (see
``Comparator.candidates``) — then those pairs are scored again in float64 and
compared at the documented precision, so the links found are exactly those of
a float64 computation, for profiles of any magnitude.

While the two block threads run, BLAS is held to one thread each
(threadpoolctl): two threads each starting a multi-threaded BLAS on two cores
oversubscribe them, which is slower, the more so when the machine is busy.

Connected groups of links are *chemical classes* (union–find).
"""

from __future__ import annotations

import contextlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable, Iterator

import numpy as np

from .metrics import Comparator, pair_scores

ROW_BLOCK = 1024
COL_BLOCK = 16384          # a block of scores is at most 1024 × 16384 float32 = 64 MiB
WORKERS = 2
BLAS_THREADS: int | None = 1   # BLAS threads per block thread while blocks run (None: leave BLAS alone)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Links:
    """Pairs (i, j) with i < j (or query i, stored j) and their scores."""

    i: np.ndarray
    j: np.ndarray
    scores: np.ndarray

    def __len__(self) -> int:
        return len(self.scores)

    def __iter__(self) -> Iterator[tuple[int, int, float]]:
        return zip(self.i.tolist(), self.j.tolist(), self.scores.tolist())


def links_among(values: np.ndarray, metric_name: str, threshold: float, *, row_block: int = ROW_BLOCK,
                col_block: int = COL_BLOCK, progress: Progress | None = None) -> Links:
    """All pairs i < j of the (pretreated) rows of ``values`` scoring past ``threshold``.

    Row blocks are compared with the columns from their own first row on (the upper triangle), in
    slices of ``col_block``; two blocks run at once (numpy releases the GIL in the products and
    comparisons, so both cores work).
    """
    comparator = Comparator(metric_name, values, dtype=np.float32)
    n = len(values)
    blocks = [(r0, c0) for r0 in range(0, n, row_block) for c0 in range(r0, n, col_block)]

    def work(block: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
        r0, c0 = block
        r1, c1 = min(r0 + row_block, n), min(c0 + col_block, n)
        rows, cols = comparator.candidates(comparator.prepared[r0:r1], comparator.prepared[c0:c1], threshold)
        rows += r0
        cols += c0
        upper = cols > rows
        return rows[upper], cols[upper]

    found_i, found_j = _run(work, blocks, progress)
    return _exact(comparator, values, values, found_i, found_j, threshold)


def links_against(queries: np.ndarray, stored: np.ndarray, metric_name: str, threshold: float, *,
                  row_block: int = ROW_BLOCK, col_block: int = COL_BLOCK, progress: Progress | None = None,
                  comparator: Comparator | None = None) -> Links:
    """Pairs (query i, stored j) scoring past ``threshold``; pass a ``comparator`` built on ``stored``
    to reuse its preparation across calls."""
    comparator = comparator or Comparator(metric_name, stored, dtype=np.float32)
    prepared_q = comparator.prepare(queries)
    blocks = [(r, c) for r in range(0, len(queries), row_block) for c in range(0, len(stored), col_block)]

    def work(block: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
        r0, c0 = block
        rows, cols = comparator.candidates(prepared_q[r0:r0 + row_block], comparator.prepared[c0:c0 + col_block],
                                           threshold)
        return rows + r0, cols + c0

    found_i, found_j = _run(work, blocks, progress)
    return _exact(comparator, queries, stored, found_i, found_j, threshold)


def _run(work: Callable, blocks: list, progress: Progress | None) -> tuple[list, list]:
    """``work`` on every block, two at a time (one BLAS thread each), results in block order."""
    found_i: list = []
    found_j: list = []

    def collect(results) -> None:
        for done, (rows, cols) in enumerate(results, start=1):
            found_i.append(rows)
            found_j.append(cols)
            if progress:
                progress(done, len(blocks))

    if len(blocks) <= 1:
        collect(map(work, blocks))
        return found_i, found_j
    with _blas_limited(), ThreadPoolExecutor(max_workers=WORKERS) as pool:
        collect(pool.map(work, blocks))
    return found_i, found_j


def _blas_limited():
    if BLAS_THREADS is None:
        return contextlib.nullcontext()
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - a dependency; without it BLAS keeps its own threads
        return contextlib.nullcontext()
    return threadpool_limits(limits=BLAS_THREADS, user_api="blas")


def _exact(comparator: Comparator, a: np.ndarray, b: np.ndarray, found_i: list, found_j: list,
           threshold: float) -> Links:
    i = np.concatenate(found_i) if found_i else np.zeros(0, dtype=np.int64)
    j = np.concatenate(found_j) if found_j else np.zeros(0, dtype=np.int64)
    scores = pair_scores(comparator.metric.name, np.asarray(a)[i], np.asarray(b)[j]) if len(i) else np.zeros(0)
    keep = comparator.metric.similar(scores, threshold)
    order = np.lexsort((j[keep], i[keep]))
    return Links(i[keep][order], j[keep][order], scores[keep][order])


def top_similar(query: np.ndarray, stored: np.ndarray, metric_name: str, limit: int = 50,
                exclude: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Indices and scores of the ``limit`` stored profiles most similar to one query profile."""
    comparator = Comparator(metric_name, stored)
    scores = comparator.block(comparator.prepare(query[None, :]), comparator.prepared)[0]
    if exclude is not None:
        scores[exclude] = -np.inf if comparator.metric.higher_is_similar else np.inf
    key = -scores if comparator.metric.higher_is_similar else scores
    limit = min(limit, len(scores) - (exclude is not None))
    if limit <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    best = np.argpartition(key, limit - 1)[:limit]
    best = best[np.argsort(key[best], kind="stable")]
    return best, scores[best]


def chemical_classes(n: int, i: np.ndarray, j: np.ndarray) -> list[list[int]]:
    """Connected components (of two or more profiles) of the link graph, largest first."""
    parent = np.arange(n)

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for a, b in zip(i.tolist(), j.tolist()):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for x in set(i.tolist()) | set(j.tolist()):
        groups.setdefault(find(x), []).append(x)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: (-len(g), g[0]))
