"""Linkage is exact for every metric × pretreatment at any magnitude; Canberra's two conventions; ties.

The reference is brute force in float64: scipy's ``cdist`` (or, where scipy has no such metric, the
formula written out), every pair, compared with the threshold at the documented precision
(``Metric.comparable``).  No test here asserts on time.
"""

from __future__ import annotations

import zlib

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.spatial.distance import cdist

from labnet.profiling import (
    METRICS,
    PRETREATMENTS,
    Comparator,
    ReferenceStats,
    links_against,
    links_among,
    pair_scores,
    pretreat,
)
from labnet.profiling import metrics as metrics_module

MAGNITUDES = ["1", "1e2", "1e4", "1e6", "1e8", "mixed 1 to 1e8"]


def batches(n: int, k: int, magnitude: str, noise: float, seed: int) -> np.ndarray:
    """Production batches of 5 profiles (``noise`` relative, ~20 % targets absent) at ``magnitude``."""
    rng = np.random.default_rng(seed)
    base = rng.lognormal(0, 1, (n // 5, k)) * (rng.random((n // 5, k)) > 0.2)
    if magnitude.startswith("mixed"):
        base *= 10.0 ** rng.uniform(0, 8, (n // 5, 1))
    else:
        base *= float(magnitude)
    values = np.repeat(base, 5, axis=0) * rng.lognormal(0, noise, (len(base) * 5, k))
    values[values.sum(axis=1) == 0, 0] = float(magnitude) if not magnitude.startswith("mixed") else 1.0
    return values


def brute_force(name: str, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Every score of rows of ``a`` against rows of ``b`` in float64, independently of LabNet's code."""
    if name == "pearson":
        return 100.0 * (1.0 - cdist(a, b, "correlation"))
    if name in ("cosine", "cosine2"):
        c = 1.0 - cdist(a, b, "cosine")
        return 100.0 * (c * c if name == "cosine2" else c)
    if name == "canberra-r":
        return r_canberra_matrix(a, b)
    return cdist(a, b, {"euclidean": "euclidean", "manhattan": "cityblock", "canberra": "canberra"}[name])


def r_canberra(x: list[float], y: list[float]) -> float:
    """R's ``dist(method = "canberra")`` as written in R's src/library/stats/src/distance.c (R_canberra),
    for non-negative values: terms with 0/0 are omitted, and the sum is scaled by nc / count."""
    nc, count, dist = len(x), 0, 0.0
    for xi, yi in zip(x, y):
        total, diff = abs(xi + yi), abs(xi - yi)
        if total > np.finfo(float).tiny or diff > np.finfo(float).tiny:
            dist += diff / total
            count += 1
    if count == 0:
        return 0.0  # R: NA; LabNet: 0 (two all-zero profiles are never compared)
    if count != nc:
        dist /= count / nc
    return dist


def r_canberra_matrix(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.array([[r_canberra(list(x), list(y)) for y in b] for x in a])


def passing(name: str, scores: np.ndarray, threshold: float) -> np.ndarray:
    return METRICS[name].similar(scores, threshold)


def thresholds(name: str, scores: np.ndarray) -> list[float]:
    """Thresholds where pairs are dense: inside the linked (within-batch) scores and between batches;
    each is a score some pair has, so ties at the threshold are tested too."""
    s = np.sort(scores)
    if METRICS[name].higher_is_similar:
        s = s[::-1]
    return [float(s[int(q * (len(s) - 1))]) for q in (0.005, 0.02, 0.1)]


@pytest.mark.parametrize("magnitude", MAGNITUDES)
@pytest.mark.parametrize("pretreatment", PRETREATMENTS)
@pytest.mark.parametrize("name", list(METRICS))
def test_links_are_exactly_brute_force_for_every_metric_pretreatment_and_magnitude(name, pretreatment, magnitude):
    raw = batches(150, 12, magnitude, noise=0.002, seed=zlib.crc32(f"{name} {pretreatment} {magnitude}".encode()))
    stats = ReferenceStats.of(raw) if pretreatment == "N+S" else None
    values = pretreat(raw, pretreatment, stats)
    full = brute_force(name, values, values)
    i, j = np.triu_indices(len(values), 1)
    queries = values[::7]
    for threshold in thresholds(name, full[i, j]):
        mask = passing(name, full[i, j], threshold)
        links = links_among(values, name, threshold, row_block=64, col_block=96)
        assert list(zip(links.i.tolist(), links.j.tolist())) == list(zip(i[mask].tolist(), j[mask].tolist()))
        qi, qj = np.nonzero(passing(name, full[::7], threshold))
        against = links_against(queries, values, name, threshold, row_block=8, col_block=64)
        assert list(zip(against.i.tolist(), against.j.tolist())) == list(zip(qi.tolist(), qj.tolist()))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), name=st.sampled_from(list(METRICS)),
       magnitude=st.sampled_from(MAGNITUDES), noise=st.sampled_from([1e-4, 1e-3, 0.02]),
       quantile=st.floats(0.001, 0.3))
def test_no_link_is_lost_by_the_float32_prefilter(seed, name, magnitude, noise, quantile):
    """Raw areas (no pretreatment): the pre-filter keeps every pair whose float64 score passes."""
    values = batches(60, 9, magnitude, noise, seed)
    i, j = np.triu_indices(len(values), 1)
    scores = pair_scores(name, values[i], values[j])
    ordered = np.sort(scores)[::-1] if METRICS[name].higher_is_similar else np.sort(scores)
    threshold = float(ordered[int(quantile * (len(ordered) - 1))])
    mask = passing(name, scores, threshold)
    links = links_among(values, name, threshold, row_block=16, col_block=24)
    assert list(zip(links.i.tolist(), links.j.tolist())) == list(zip(i[mask].tolist(), j[mask].tolist()))


@pytest.mark.parametrize("name", ["euclidean", "manhattan", "canberra", "canberra-r", "cosine"])
def test_values_outside_float32s_range_are_prefiltered_in_float64(name):
    values = batches(60, 8, "1", 0.001, 3) * 1e20
    comparator = Comparator(name, values, dtype=np.float32)
    assert comparator.dtype is np.float64
    i, j = np.triu_indices(len(values), 1)
    scores = brute_force(name, values, values)[i, j]
    threshold = thresholds(name, scores)[1]
    links = links_among(values, name, threshold, row_block=16, col_block=16)
    mask = passing(name, scores, threshold)
    assert list(zip(links.i.tolist(), links.j.tolist())) == list(zip(i[mask].tolist(), j[mask].tolist()))


@pytest.mark.parametrize("name", ["manhattan", "canberra", "canberra-r", "euclidean"])
def test_numpy_fallback_gives_the_same_links_and_scores_as_the_compiled_kernel(name, monkeypatch):
    values = batches(80, 10, "1e4", 0.002, 5)
    threshold = thresholds(name, brute_force(name, values, values)[np.triu_indices(80, 1)])[1]
    compiled = links_among(values, name, threshold, row_block=16, col_block=32)
    block = Comparator(name, values).scores(slice(None), slice(None))
    monkeypatch.setattr(metrics_module, "_KERNELS", None)
    monkeypatch.setattr(metrics_module, "_KERNELS_TRIED", True)
    fallback = links_among(values, name, threshold, row_block=16, col_block=32)
    assert fallback.i.tolist() == compiled.i.tolist() and fallback.j.tolist() == compiled.j.tolist()
    assert fallback.scores.tolist() == compiled.scores.tolist()
    assert np.array_equal(Comparator(name, values).scores(slice(None), slice(None)), block)


def test_canberra_r_drops_zero_zero_terms_and_rescales_the_sum():
    a = np.array([[0.0, 1.0, 2.0]])
    b = np.array([[0.0, 3.0, 2.0]])
    assert pair_scores("canberra", a, b)[0] == pytest.approx(0.5)             # 0 + 2/4 + 0
    assert pair_scores("canberra-r", a, b)[0] == pytest.approx(0.5 * 3 / 2)   # (2/4 + 0) · 3 terms / 2 kept
    # No 0/0 term: both conventions agree.
    assert pair_scores("canberra-r", a + 1, b + 1)[0] == pair_scores("canberra", a + 1, b + 1)[0]
    # Two all-zero profiles: 0 with both (R says NA).
    assert pair_scores("canberra-r", np.zeros((1, 3)), np.zeros((1, 3)))[0] == 0.0


def test_canberra_r_matches_rs_formula_written_out():
    rng = np.random.default_rng(17)
    a = rng.lognormal(3, 2, (25, 11)) * (rng.random((25, 11)) > 0.4)
    b = rng.lognormal(3, 2, (30, 11)) * (rng.random((30, 11)) > 0.4)
    expected = r_canberra_matrix(a, b)
    comparator = Comparator("canberra-r", b)
    assert np.allclose(comparator.block(comparator.prepare(a), comparator.prepared), expected, rtol=1e-12)
    assert np.allclose(pair_scores("canberra-r", a[:25], b[:25]), np.diag(expected[:25, :25]), rtol=1e-12)
    # scipy's canberra is the other convention (0/0 counted 0, no rescaling).
    assert np.allclose(Comparator("canberra", b).block(a, b), cdist(a, b, "canberra"), rtol=1e-12)


def test_ties_are_ties_whatever_the_order_of_summation():
    """N-profiles of 3 targets sharing no target: Manhattan 200, Canberra 6 (R's convention: k), Euclidean
    on N2R √200, cosine 0 — in
    exact arithmetic all alike.  Computed in any target order (another summation order), by
    ``pair_scores``, the compiled kernel or numpy, they are equal, so a threshold on that score takes
    all of them or none."""
    rng = np.random.default_rng(4)
    k = 14
    raw = np.zeros((40, k))
    for row in raw:
        chosen = rng.choice(k, 3, replace=False)
        row[chosen] = rng.lognormal(5, 2, 3)
    i, j = np.triu_indices(40, 1)
    disjoint = ~np.any((raw[i] > 0) & (raw[j] > 0), axis=1)
    assert disjoint.sum() > 300
    expected = {("N", "manhattan"): 200.0, ("N", "canberra"): 6.0, ("N", "canberra-r"): float(k),
                ("N2R", "euclidean"): float(np.sqrt(200.0)),
                ("N", "cosine"): 0.0, ("N", "cosine2"): 0.0}
    for (pretreatment, name), value in expected.items():
        values = pretreat(raw, pretreatment)
        seen = set()
        for order in (np.arange(k), rng.permutation(k), rng.permutation(k)):
            seen |= set(pair_scores(name, values[i][:, order], values[j][:, order])[disjoint].tolist())
            seen |= set(Comparator(name, values[:, order]).scores(slice(None), slice(None))[i, j][disjoint].tolist())
        assert seen == {float(METRICS[name].comparable(value))}, (pretreatment, name, seen)
        links = links_among(values, name, value, row_block=8, col_block=16)
        found = set(zip(links.i.tolist(), links.j.tolist()))
        assert set(zip(i[disjoint].tolist(), j[disjoint].tolist())) <= found


def test_scores_are_reported_at_the_documented_precision():
    assert METRICS["cosine"].comparable(99.1234567891234) == 99.123456789
    assert METRICS["manhattan"].comparable(199.99999999999997) == 200.0
    assert METRICS["euclidean"].comparable(123456789.123456789) == 123456789.123
    # A threshold is compared at the same precision: the threshold itself is included.
    assert METRICS["manhattan"].similar(np.array([200.00000000000003]), 199.99999999999997).all()


def test_squared_cosine_links_negative_cosines_of_signed_values():
    rng = np.random.default_rng(8)
    base = rng.normal(0, 1, (10, 6))
    values = np.vstack([base, -base * 1.001, rng.normal(0, 1, (20, 6))])   # signed values (e.g. δ values)
    links = links_among(values, "cosine2", 99.0)
    i, j = np.triu_indices(len(values), 1)
    mask = passing("cosine2", brute_force("cosine2", values, values)[i, j], 99.0)
    assert list(zip(links.i.tolist(), links.j.tolist())) == list(zip(i[mask].tolist(), j[mask].tolist()))
    assert {(n, n + 10) for n in range(10)} <= set(zip(links.i.tolist(), links.j.tolist()))
