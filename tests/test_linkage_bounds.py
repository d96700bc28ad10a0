"""Linking stays bounded: a threshold that links too many pairs is refused early (nothing stored changes),
Cancel stops the blocks not yet started, and the numpy union–find gives the connected components."""

from __future__ import annotations

import threading
import types

import numpy as np
import pytest

from labnet.catalogue.demo import generate_profiles
from labnet.catalogue.store import Catalogue
from labnet.profiling import (
    calibrate,
    catalogue_population,
    chemical_classes,
    link_catalogue,
    linkage,
    save_calibrated_method,
    stored_links,
)
from labnet.profiling.linkage import TooManyLinks, links_among


def components(n: int, i, j) -> list[list[int]]:
    """Connected components by a plain breadth-first search: the reference."""
    neighbours: dict[int, set[int]] = {}
    for a, b in zip(i, j):
        neighbours.setdefault(a, set()).add(b)
        neighbours.setdefault(b, set()).add(a)
    seen, out = set(), []
    for start in sorted(neighbours):
        if start in seen:
            continue
        group, frontier = {start}, [start]
        while frontier:
            frontier = [y for x in frontier for y in neighbours[x] if y not in group]
            group.update(frontier)
        seen |= group
        out.append(sorted(group))
    return sorted(out, key=lambda g: (-len(g), g[0]))


@pytest.mark.parametrize("seed", range(6))
def test_the_numpy_union_find_gives_the_connected_components(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 3000))
    m = int(rng.integers(0, 2 * n))
    i, j = rng.integers(0, n, m), rng.integers(0, n, m)
    keep = i != j
    i, j = i[keep], j[keep]
    assert chemical_classes(n, i, j) == components(n, i.tolist(), j.tolist())
    # a long path numbered backwards: the worst case for hooking onto the smaller root
    path = np.arange(n - 1, 0, -1)
    assert chemical_classes(n, path, path - 1) == [list(range(n))]


def test_too_many_links_are_refused_after_part_of_the_work():
    values = np.random.default_rng(3).random((3000, 12)) + 1.0
    seen = []
    with pytest.raises(TooManyLinks) as refused:
        links_among(values, "cosine", 50.0, row_block=100, col_block=400, max_links=200_000,
                    progress=lambda done, total: seen.append((done, total)))
    assert "more than 200000 pairs" in str(refused.value) and "lower false-positive rate" in str(refused.value)
    assert seen and seen[-1][0] < seen[-1][1] // 2        # stopped well before the end
    found = links_among(values[:300], "cosine", 50.0, max_links=10**9)
    assert len(found) == 300 * 299 // 2                     # without a cap: every pair


def test_cancel_stops_the_blocks_not_yet_started(monkeypatch):
    values = np.random.default_rng(4).random((2000, 10))
    started = []
    lock = threading.Lock()
    original = linkage.Comparator.candidates

    def counting(self, a, b, threshold):
        with lock:
            started.append(1)
        return original(self, a, b, threshold)

    class Stop(Exception):
        pass

    at_stop = []

    class RecordingEvent(threading.Event):
        def set(self):  # the moment Cancel reaches the pool: how many blocks had started by then
            with lock:
                at_stop.append(len(started))
            super().set()

    def progress(done, total):
        if done == 3:
            raise Stop()

    monkeypatch.setattr(linkage.Comparator, "candidates", counting)   # counts the blocks, computes them
    # linkage's own stop event only (threading.Event is its one use of the module), not every Event in the process
    monkeypatch.setattr(linkage, "threading", types.SimpleNamespace(Event=RecordingEvent))
    with pytest.raises(Stop):
        links_among(values, "cosine", 99.9, row_block=50, col_block=50, progress=progress)
    blocks = sum(len(range(r, 2000, 50)) for r in range(0, 2000, 50))
    # After the stop, at most the blocks each worker had already let through start; the rest never run
    # (before, all 820 ran). Counted at the stop itself, not at the progress call: on a loaded machine the
    # workers may run ahead of the thread collecting their results, which is allowed.
    assert at_stop and len(started) <= at_stop[0] + linkage.WORKERS < blocks, (at_stop, len(started), blocks)


@pytest.mark.slow   # 16 s under --durations
def test_a_refused_linkage_keeps_the_links_stored_before(tmp_path, monkeypatch):
    folder = tmp_path / "lab"
    with Catalogue.open(folder, user="amina") as cat:
        cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", list(generate_profiles(600, seed=5))))
        population = catalogue_population(cat, "cocaine")
        method = save_calibrated_method(cat, "m", population, calibrate(population, fpr=0.01))
        report = link_catalogue(cat, method)
        before = stored_links(cat, method)
        assert report.links == len(before) > 0 and report.pairs.shape == (report.links, 2)
        assert sorted(tuple(sorted((str(report.ids[a]), str(report.ids[b])))) for a, b in report.pairs.tolist()) == \
            [(a, b) for a, b, _ in before]
        monkeypatch.setattr(linkage, "MAX_LINKS", len(before) - 1)
        with pytest.raises(TooManyLinks):
            link_catalogue(cat, method)
        assert stored_links(cat, method) == before
