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

Each block's candidates are scored again in float64 in that block (a bounded slice of profiles, never
the rows of every candidate at once), and the links kept are capped at ``MAX_LINKS``: a threshold that
links more pairs than that (a loose false-positive rate on a big catalogue: 1 % of 5·10⁹ pairs) is
refused with the count so far, after a fraction of the work, instead of filling the memory.

``links_against_blocks`` takes the stored profiles as an iterator of blocks (the hub reads them from its
database a block at a time), so not even the stored matrix need be held whole.

Connected groups of links are *chemical classes* (union–find in numpy: hooking and pointer jumping).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TypeVar

import numpy as np

from labnet.catalogue.errors import CatalogueError, Message

from .metrics import Comparator, pair_scores

ROW_BLOCK = 1024
COL_BLOCK = 16384          # a block of scores is at most 1024 × 16384 float32 = 64 MiB
WORKERS = 2
BLAS_THREADS: int | None = 1   # BLAS threads per block thread while blocks run (None: leave BLAS alone)
MAX_LINKS = 5_000_000      # links kept at most (20 bytes each: 100 MB); past it the threshold is refused
RESCORE = 100_000          # candidates scored again in float64 at once (their two profiles: ≤ 2 × 100,000 rows)


class TooManyLinks(CatalogueError):
    """The threshold links more pairs than ``MAX_LINKS``: refused, nothing kept."""

Progress = Callable[[int, int], None]
T = TypeVar("T")


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
                col_block: int = COL_BLOCK, progress: Progress | None = None,
                max_links: int | None = None) -> Links:
    """All pairs i < j of the (pretreated) rows of ``values`` scoring past ``threshold``.

    Row blocks are compared with the columns from their own first row on (the upper triangle), in
    slices of ``col_block``; two blocks run at once (numpy releases the GIL in the products and
    comparisons, so both cores work).  More than ``max_links`` links (None: ``MAX_LINKS``) raise
    ``TooManyLinks``.
    """
    comparator = Comparator(metric_name, values, dtype=np.float32)
    n = len(values)
    blocks = [(r0, c0) for r0 in range(0, n, row_block) for c0 in range(r0, n, col_block)]

    def work(block: tuple[int, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        r0, c0 = block
        r1, c1 = min(r0 + row_block, n), min(c0 + col_block, n)
        rows, cols = comparator.candidates(comparator.prepared[r0:r1], comparator.prepared[c0:c1], threshold)
        rows += r0
        cols += c0
        upper = cols > rows
        return _exact(comparator, values, values, rows[upper], cols[upper], threshold)

    return _run(work, blocks, progress, max_links, n * (n - 1) // 2)


def links_against(queries: np.ndarray, stored: np.ndarray, metric_name: str, threshold: float, *,
                  row_block: int = ROW_BLOCK, col_block: int = COL_BLOCK, progress: Progress | None = None,
                  comparator: Comparator | None = None, max_links: int | None = None) -> Links:
    """Pairs (query i, stored j) scoring past ``threshold``; pass a ``comparator`` built on ``stored``
    to reuse its preparation across calls."""
    comparator = comparator or Comparator(metric_name, stored, dtype=np.float32)
    prepared_q = comparator.prepare(queries)
    blocks = [(r, c) for r in range(0, len(queries), row_block) for c in range(0, len(stored), col_block)]

    def work(block: tuple[int, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        r0, c0 = block
        rows, cols = comparator.candidates(prepared_q[r0:r0 + row_block], comparator.prepared[c0:c0 + col_block],
                                           threshold)
        return _exact(comparator, queries, stored, rows + r0, cols + c0, threshold)

    return _run(work, blocks, progress, max_links, len(queries) * len(stored))


def links_against_blocks(queries: np.ndarray, blocks: Iterable[tuple[T, np.ndarray]], metric_name: str,
                         threshold: float, *, row_block: int = ROW_BLOCK, col_block: int = COL_BLOCK,
                         max_links: int | None = None) -> Iterator[tuple[T, Links]]:
    """``links_against`` over stored profiles that arrive in blocks (e.g. read from a database a block at a
    time): for each ``(tag, stored block)`` in turn, the tag and the pairs (query i, row j *of that block*)
    scoring past ``threshold``.  Only one stored block is held at once (by the caller's iterator), so memory
    is bounded by the block size whatever the number of stored profiles; the pairs and scores are those of
    ``links_against`` on all the stored rows at once (the same float32 prefilter and float64 rescoring, pair by
    pair).  More than ``max_links`` links in all (None: ``MAX_LINKS``) raise ``TooManyLinks``."""
    cap = MAX_LINKS if max_links is None else max_links
    kept = compared = 0
    for tag, stored in blocks:
        found = Links(*_EMPTY)
        if len(queries) and len(stored):
            # A block past the cap on its own is refused inside, after a fraction of its work.
            found = links_against(queries, stored, metric_name, threshold, row_block=row_block,
                                  col_block=col_block, max_links=cap)
        kept += len(found)
        compared += len(stored)
        if kept > cap:
            raise TooManyLinks(Message(
                "The method's threshold links more than {cap} pairs ({found} after comparing {queries} profiles "
                "with {compared} stored profiles): it is too loose for this network. Calibrate the method at a "
                "lower false-positive rate.", cap=cap, found=kept, queries=len(queries), compared=compared))
        yield tag, found


def _run(work: Callable, blocks: list, progress: Progress | None, max_links: int | None, pairs: int) -> Links:
    """``work`` on every block, two at a time (one BLAS thread each), links in (i, j) order.

    A failure while collecting (Cancel raised from ``progress``, too many links) stops the blocks not yet
    started instead of running them all before the error is seen."""
    found: list = []
    kept = 0
    max_links = MAX_LINKS if max_links is None else max_links
    stop = threading.Event()

    def guarded(block):
        return _EMPTY if stop.is_set() else work(block)

    def collect(results) -> None:
        nonlocal kept
        for done, block in enumerate(results, start=1):
            found.append(block)
            kept += len(block[0])
            if kept > max_links:
                raise TooManyLinks(Message(
                    "The method's threshold links more than {cap} pairs ({found} after {percent} % of the "
                    "{pairs} comparisons): it is too loose for this catalogue. Calibrate the method at a lower "
                    "false-positive rate.", cap=max_links, found=kept, percent=max(1, 100 * done // len(blocks)),
                    pairs=pairs))
            if progress:
                progress(done, len(blocks))

    if len(blocks) <= 1:
        collect(map(work, blocks))
    else:
        pool = ThreadPoolExecutor(max_workers=WORKERS)
        try:
            with _blas_limited():
                collect(pool.map(guarded, blocks))
        except BaseException:
            stop.set()
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    if not found:
        return Links(*_EMPTY)
    i, j, scores = (np.concatenate([b[k] for b in found]) for k in range(3))
    order = np.lexsort((j, i))
    return Links(i[order], j[order], scores[order])


_EMPTY = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0))


def _blas_limited():
    if BLAS_THREADS is None:
        return contextlib.nullcontext()
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - a dependency; without it BLAS keeps its own threads
        return contextlib.nullcontext()
    return threadpool_limits(limits=BLAS_THREADS, user_api="blas")


def _exact(comparator: Comparator, a: np.ndarray, b: np.ndarray, i: np.ndarray, j: np.ndarray,
           threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The candidates (i, j) that pass in float64, scored ``RESCORE`` at a time (memory bounded)."""
    a, b = np.asarray(a), np.asarray(b)
    out_i, out_j, out_s = [], [], []
    for k in range(0, len(i), RESCORE):
        ci, cj = i[k:k + RESCORE].astype(np.int64), j[k:k + RESCORE].astype(np.int64)
        scores = pair_scores(comparator.metric.name, a[ci], b[cj])
        keep = comparator.metric.similar(scores, threshold)
        out_i.append(ci[keep])
        out_j.append(cj[keep])
        out_s.append(scores[keep])
    if not out_i:
        return _EMPTY
    return np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_s)


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
    """Connected components (of two or more profiles) of the link graph, largest first.

    Union–find in numpy (millions of links as Python integers took minutes and gigabytes): every
    round hooks the larger root of each link's two roots onto the smaller, then jumps pointers until
    each profile points at its root; it stops when every link joins two profiles of one root.
    """
    i, j = np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64)
    parent = np.arange(n)
    while True:
        ri, rj = parent[i], parent[j]
        differ = ri != rj
        if not differ.any():
            break
        ri, rj = ri[differ], rj[differ]
        np.minimum.at(parent, np.maximum(ri, rj), np.minimum(ri, rj))
        while True:
            jumped = parent[parent]
            if (jumped == parent).all():
                break
            parent = jumped
    members = np.unique(np.concatenate([i, j]))
    roots = parent[members]
    order = np.lexsort((members, roots))
    members, roots = members[order], roots[order]
    starts = np.flatnonzero(np.r_[True, roots[1:] != roots[:-1]])
    groups = np.split(members, starts[1:]) if len(members) else []
    return sorted((g.tolist() for g in groups), key=lambda g: (-len(g), g[0]))
