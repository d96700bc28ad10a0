"""Linking the catalogue pauses Python's cyclic garbage collector (issue 23): a full collection started by
the links and classes it makes held Python's lock 140 ms on the window's worker, freezing the window. The
collector comes back on afterwards, and a collector already off (the window keeps it off,
desktop/collector.py) stays off."""

from __future__ import annotations

import gc

import pytest

from labnet.catalogue.demo import generate_profiles
from labnet.catalogue.store import Catalogue
from labnet.desktop import linkage_queries
from labnet.profiling import calibrate, catalogue_population, link_catalogue, save_calibrated_method


class Context:
    """The catalogue worker's task context: notes whether the collector ran at each progress report."""

    def __init__(self) -> None:
        self.collector_on: list[bool] = []

    def progress(self, done: int, total: int, message: str = "") -> None:
        self.collector_on.append(gc.isenabled())

    def check(self) -> None:
        self.collector_on.append(gc.isenabled())


@pytest.fixture()
def catalogue(tmp_path):
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", list(generate_profiles(400, seed=7))))
        population = catalogue_population(cat, "cocaine")
        save_calibrated_method(cat, "m", population, calibrate(population, fpr=0.01))
        yield cat


@pytest.fixture()
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_paused_while_linking_and_back_on_after(catalogue, collector_on):
    context = Context()
    result = linkage_queries.run_linkage(catalogue, context, "m")
    assert result.links > 0 and result.classes
    assert context.collector_on and not any(context.collector_on)   # every report, and after the linking
    assert gc.isenabled()

    seen: list[bool] = []
    report = link_catalogue(catalogue, linkage_queries.load_method(catalogue, "m"),
                            progress=lambda done, total: seen.append(gc.isenabled()))
    assert seen and not any(seen) and gc.isenabled()
    assert report.links == result.links


def test_a_collector_kept_off_stays_off(catalogue):
    was = gc.isenabled()
    gc.disable()
    try:
        linkage_queries.run_linkage(catalogue, Context(), "m")
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()
