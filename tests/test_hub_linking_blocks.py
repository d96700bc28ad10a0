"""The hub's linker reads the network's profiles a block at a time (issue 19): the same links, scores and
likelihood ratios as comparing the new profiles with every profile at once, whatever the block size."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from labnet.catalogue.store import Catalogue
from labnet.hub.linking import NetworkLinker, stored_peaks
from labnet.profiling import linkage
from labnet.profiling.calibration import LikelihoodRatio
from labnet.profiling.linkage import links_against, links_against_blocks
from labnet.profiling.pretreat import pretreat
from labnet.profiling.targets import TargetList, profile_matrix
from test_hub_ingest import enrol, hub  # noqa: F401  (the hub fixture)
from test_hub_linking import BATCH, OTHER, OTHER2, bulletins_for, method, result, send

FAMILIES = (BATCH, OTHER, OTHER2)


def noisy(rng: np.random.Generator, peaks: dict) -> dict:
    """A profile of the batch ``peaks``, scaled (another injection) and a little off, as a re-analysis is."""
    scale = rng.uniform(0.3, 3.0)
    return {k: round(v * scale * rng.uniform(0.93, 1.07), 4) for k, v in peaks.items()}


def whole_matrix_links(hub, m) -> dict[tuple, float]:  # noqa: F811
    """Every cross-laboratory pair of the network's live profiles past the method's threshold, each profile
    compared with all the others at once (the linker's computation before it read in blocks)."""
    targets = TargetList(m.drug_type, m.targets)
    rows = hub.store.received.profile_peaks(m.drug_type)
    matrix = profile_matrix(((f"{k[0]}\x00{k[1]}", stored_peaks(p)) for k, p in rows), targets)
    keys = [tuple(label.split("\x00", 1)) for label in matrix.labels]
    treated = pretreat(matrix.values, m.pretreatment, m.reference)
    out = {}
    for i, j, score in links_against(treated, treated, m.metric, m.threshold):
        a, b = keys[i], keys[j]
        if a[0] != b[0]:
            out[tuple(sorted((a, b)))] = score
    return out


@pytest.mark.parametrize("block_rows, cache_rows", [(4, 0), (5, 12), (10**6, 10**6)],
                         ids=["blocks-no-cache", "cache-outgrown", "one-block-cached"])
def test_blockwise_links_are_those_of_the_whole_matrix(tmp_path, hub, block_rows, cache_rows):  # noqa: F811
    rng = np.random.default_rng(19)
    ratio = LikelihoodRatio.fit(rng.normal(98, 1.5, 300), rng.normal(60, 20, 5000))
    m = dataclasses.replace(method(), likelihood_ratio=ratio)
    linker = NetworkLinker(hub, block_rows=block_rows, cache_rows=cache_rows)
    linker.publish_method(m.to_json())
    labs = [enrol(hub, f"Lab {n}") for n in range(3)]
    cats = [Catalogue.open(tmp_path / f"lab{n}", user="analyst") for n in range(3)]
    try:
        added = []
        updated: set[str] = set()
        for round_ in range(2):
            for lab, cat in zip(labs, cats):
                for _ in range(9):
                    added.append((cat, cat.add("profiling_result",
                                               result(peaks=noisy(rng, FAMILIES[rng.integers(3)])))))
                if round_ == 1:   # a correction and a withdrawal: their links must go
                    mine = [r for c, r in added if c is cat]
                    cat.update("profiling_result", mine[0]["id"], {"peaks": noisy(rng, OTHER2)})
                    updated.add(mine[0]["id"])
                    cat.delete("profiling_result", mine[1]["id"], reason="withdrawn")
                send(hub, lab, cat)
                linker.run_pending()
        expected = whole_matrix_links(hub, m)
        assert len(expected) > 3 * block_rows or block_rows > 1000   # a network of many blocks, many links
        stored = {((r["lab_a"], r["record_a"]), (r["lab_b"], r["record_b"])): r["score"]
                  for r in hub.store.query("SELECT * FROM network_links")}
        assert stored == expected                       # the same pairs, the same scores to the last bit
        # Every link announced to both laboratories once, with its LR from its score.
        told: dict[tuple, list] = {}
        for lab in labs:
            for bulletin in bulletins_for(hub, lab, "link"):
                for entry in bulletin.content["links"]:
                    told.setdefault((lab.identity_id, entry["record_id"], entry["other_lab_id"]), []).append(
                        (entry["score"], entry["likelihood_ratio"]))
        announced = sum(len(v) for v in told.values())
        assert announced >= 2 * len(expected)
        for (a, b), score in expected.items():
            for mine in (a, b):
                other = b if mine == a else a
                scores = [s for s, _ in told[(mine[0], mine[1], other[0])]]
                # A link kept through a correction keeps its first announcement (no link is announced twice).
                if a[1] not in updated and b[1] not in updated:
                    assert round(score, 6) in scores
        for entries in told.values():
            for score, lr in entries:
                assert lr == pytest.approx(float(ratio.at(score)), rel=1e-6)
    finally:
        for cat in cats:
            cat.close()


def test_links_against_blocks_equals_links_against_on_all_the_rows():
    rng = np.random.default_rng(5)
    centres = rng.lognormal(0, 1, (6, 12))
    stored = np.abs(centres[rng.integers(6, size=230)] * rng.uniform(0.95, 1.05, (230, 12)))
    queries = np.abs(centres[rng.integers(6, size=17)] * rng.uniform(0.95, 1.05, (17, 12)))
    for name, threshold in (("pearson", 99.0), ("manhattan", 1.5), ("canberra", 1.0), ("euclidean", 0.8)):
        whole = links_against(queries, stored, name, threshold)
        i, j, s = [], [], []
        edges = [0, 1, 50, 50, 97, 230]   # an empty block and a block of one row among them
        blocks = ((start, stored[start:end]) for start, end in zip(edges, edges[1:]))
        for start, found in links_against_blocks(queries, blocks, name, threshold, row_block=8, col_block=16):
            i.append(found.i)
            j.append(found.j + start)
            s.append(found.scores)
        i, j, s = np.concatenate(i), np.concatenate(j), np.concatenate(s)
        order = np.lexsort((j, i))
        assert len(whole) > 20
        assert np.array_equal(whole.i, i[order]) and np.array_equal(whole.j, j[order])
        assert np.array_equal(whole.scores, s[order])


def test_too_many_links_over_all_the_blocks_is_refused(monkeypatch):
    # Each block alone is under the cap; together they are past it: refused, not kept in part.
    stored = np.tile(np.arange(1.0, 6.0), (40, 1))
    blocks = ((k, stored[k:k + 10]) for k in range(0, 40, 10))
    seen = []
    with pytest.raises(linkage.TooManyLinks, match="too loose"):
        for _, found in links_against_blocks(stored[:2], blocks, "pearson", 99.0, max_links=50):
            seen.append(len(found))
    assert seen == [20, 20]
