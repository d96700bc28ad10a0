"""The profiling maths against independent computations (scipy) and hand-worked examples."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.spatial.distance import cdist
from scipy.stats import mannwhitneyu, pearsonr

from labnet.catalogue.errors import CatalogueError
from labnet.profiling import (
    METRICS,
    Comparator,
    LikelihoodRatio,
    ReferenceStats,
    auc,
    chemical_classes,
    links_against,
    links_among,
    pair_scores,
    pretreat,
    profile_matrix,
    roc_curve,
    threshold_at_fpr,
    top_similar,
)
from labnet.profiling.calibration import make_pairs

RNG = np.random.default_rng(2026)
SCIPY = {"cosine": "cosine", "euclidean": "euclidean", "manhattan": "cityblock", "canberra": "canberra",
         "pearson": "correlation"}


def random_profiles(n: int, k: int = 12, zeros: float = 0.2) -> np.ndarray:
    values = RNG.lognormal(8, 1.5, size=(n, k))
    values[RNG.random((n, k)) < zeros] = 0.0
    values[values.sum(axis=1) == 0, 0] = 1.0
    return values


@pytest.mark.parametrize("name", [m for m in METRICS if m in SCIPY or m == "cosine2"])  # canberra-r: test_profiling_linkage.py
def test_each_metric_matches_scipy_on_random_profiles(name):
    a, b = random_profiles(40), random_profiles(55)
    ours = Comparator(name, b).block(Comparator(name, b).prepare(a), Comparator(name, b).prepared)
    if name in ("pearson", "cosine"):
        expected = 100.0 * (1.0 - cdist(a, b, SCIPY[name]))
    elif name == "cosine2":
        expected = 100.0 * (1.0 - cdist(a, b, "cosine")) ** 2
    else:
        expected = cdist(a, b, SCIPY[name])
    assert np.allclose(ours, expected, rtol=1e-9, atol=1e-7)
    assert np.allclose(pair_scores(name, a[:30], b[:30]), np.diag(expected[:30, :30]), rtol=1e-9, atol=1e-7)


def test_pearson_agrees_with_scipy_pearsonr_and_a_flat_profile_scores_zero():
    a, b = random_profiles(1)[0], random_profiles(1)[0]
    assert pair_scores("pearson", a[None], b[None])[0] == pytest.approx(100 * pearsonr(a, b).statistic)
    flat = np.ones((1, 12))
    assert pair_scores("pearson", flat, b[None])[0] == 0.0


def test_canberra_counts_a_zero_zero_term_as_zero():
    a = np.array([[0.0, 1.0, 2.0]])
    b = np.array([[0.0, 3.0, 2.0]])
    assert pair_scores("canberra", a, b)[0] == pytest.approx(0.5)


def test_pretreatments_by_their_formulas():
    x = np.array([[10.0, 30.0, 0.0, 60.0]])
    n = np.array([[10.0, 30.0, 0.0, 60.0]])  # already sums to 100
    assert np.allclose(pretreat(x * 7, "N"), n)
    assert np.allclose(pretreat(x, "N2R"), np.sqrt(n))
    assert np.allclose(pretreat(x, "N4R"), n ** 0.25)
    assert np.allclose(pretreat(x, "log"), np.log10(1 + n))
    assert np.allclose(pretreat(x, "none"), x)
    population = random_profiles(50, k=4)
    stats = ReferenceStats.of(population)
    expected_sd = (population / population.sum(axis=1, keepdims=True) * 100).std(axis=0, ddof=1)
    assert np.allclose(stats.std, expected_sd)
    assert np.allclose(pretreat(x, "N+S", stats), n / expected_sd)
    zero_sd = ReferenceStats(stats.mean, (0.0, *stats.std[1:]), stats.size)
    assert pretreat(x, "N+S", zero_sd)[0, 0] == 0.0  # a target that never varies weighs nothing
    with pytest.raises(CatalogueError, match="reference"):
        pretreat(x, "N+S")
    with pytest.raises(CatalogueError, match="not a pretreatment"):
        pretreat(x, "sqrt")


def test_missing_targets_are_zero_and_an_empty_profile_is_rejected_with_a_reason():
    matrix = profile_matrix([("a", {"benzaldehyde": 5, "P2P": 2}), ("b", {"unknown-x": 3}),
                             ("c", {"P2P": "n/a"}), ("d", {"P2P": -1}), ("e", None)],
                            ("P2P", "benzaldehyde", "DPIA"))
    assert matrix.labels == ["a"]
    assert matrix.values.tolist() == [[2.0, 5.0, 0.0]]
    reasons = dict(matrix.rejected)
    assert "none of the target compounds" in reasons["b"] and "not a number" in reasons["c"]
    assert "≥ 0" in reasons["d"] and "none of the target" in reasons["e"]
    assert matrix.unknown == {"unknown-x": 1}


def test_auc_on_a_hand_worked_example_with_ties():
    # linked 3, 2, 2; unlinked 2, 1: pairs (3>2)(3>1)(2=2)(2>1)(2=2)(2>1) → (5 + 2·½)/6
    assert auc(np.array([3.0, 2, 2]), np.array([2.0, 1])) == pytest.approx(5 / 6)
    assert auc(np.array([1.0, 2]), np.array([3.0, 4]), higher_is_similar=False) == 1.0
    lin, unl = RNG.integers(0, 10, 80).astype(float), RNG.integers(0, 7, 300).astype(float)
    assert auc(lin, unl) == pytest.approx(mannwhitneyu(lin, unl).statistic / (80 * 300))


def test_roc_curve_runs_from_origin_to_one_and_matches_auc_by_trapezoids():
    lin, unl = RNG.normal(2, 1, 200), RNG.normal(0, 1, 500)
    fpr, tpr, _ = roc_curve(lin, unl)
    assert (fpr[0], tpr[0], fpr[-1], tpr[-1]) == (0.0, 0.0, 1.0, 1.0)
    assert np.all(np.diff(fpr) >= 0) and np.all(np.diff(tpr) >= 0)
    assert np.trapezoid(tpr, fpr) == pytest.approx(auc(lin, unl), abs=1e-9)


def test_threshold_at_fpr_on_a_constructed_population():
    unlinked = np.arange(100, dtype=float)          # 0 … 99
    linked = np.array([95.5, 97.5, 98.5, 120.0])
    # FPR 5 %: at most 5 unlinked may pass (95 … 99): the most permissive threshold is 95;
    # every linked pair passes there, and the strictest threshold keeping them all is 95.5.
    threshold, fpr, tpr = threshold_at_fpr(linked, unlinked, 0.05)
    assert (threshold, fpr, tpr) == (95.5, 0.04, 1.0)
    threshold, fpr, tpr = threshold_at_fpr(linked, unlinked, 0.0)
    assert (threshold, fpr, tpr) == (120.0, 0.0, 0.25)
    # Distances: lower is more similar; the same population mirrored.
    threshold, fpr, tpr = threshold_at_fpr(-linked, -unlinked, 0.05, higher_is_similar=False)
    assert (threshold, fpr, tpr) == (-95.5, 0.04, 1.0)
    with pytest.raises(CatalogueError):
        threshold_at_fpr(linked, unlinked, 1.5)


def test_likelihood_ratio_is_large_among_linked_scores_and_small_among_unlinked():
    lin, unl = RNG.normal(90, 3, 500), RNG.normal(40, 15, 5000)
    lr = LikelihoodRatio.fit(lin, unl)
    assert lr.at(92) > 100 and lr.at(30) < 0.01
    assert np.all(np.isfinite(lr.values)) and min(lr.values) > 0
    assert LikelihoodRatio.from_json(lr.to_json()) == lr


def test_pairs_are_all_linked_pairs_and_a_sample_of_unlinked_ones():
    groups = ["a"] * 3 + ["b"] * 2 + [f"s{i}" for i in range(50)]
    pairs = make_pairs(groups, max_unlinked=100, seed=1)
    assert sorted(map(tuple, pairs.linked.tolist())) == [(0, 1), (0, 2), (1, 2), (3, 4)]
    assert len(pairs.unlinked) == 100 and pairs.sampled
    codes = np.array(groups)
    assert np.all(codes[pairs.unlinked[:, 0]] != codes[pairs.unlinked[:, 1]])
    with pytest.raises(CatalogueError, match="no linked pair"):
        make_pairs(["a", "b", "c"])


@pytest.mark.parametrize("name", ["pearson", "cosine", "euclidean", "canberra"])
@pytest.mark.parametrize("blocks", [(7, 16), (64, 64), (1024, 8192)])
def test_blockwise_links_equal_brute_force(name, blocks):
    values = pretreat(random_profiles(300, k=8), "N2R")
    full = Comparator(name, values).scores(slice(None), slice(None))
    higher = METRICS[name].higher_is_similar
    threshold = float(np.quantile(full[np.triu_indices(300, 1)], 0.98 if higher else 0.02))
    links = links_among(values, name, threshold, row_block=blocks[0], col_block=blocks[1])
    i, j = np.triu_indices(300, 1)
    mask = full[i, j] >= threshold if higher else full[i, j] <= threshold
    assert list(zip(links.i.tolist(), links.j.tolist())) == list(zip(i[mask].tolist(), j[mask].tolist()))
    queries = values[:40]
    against = links_against(queries, values, name, threshold, row_block=blocks[0], col_block=blocks[1])
    qi, qj = np.nonzero(full[:40] >= threshold if higher else full[:40] <= threshold)
    assert list(zip(against.i.tolist(), against.j.tolist())) == list(zip(qi.tolist(), qj.tolist()))


def test_top_similar_ranks_and_excludes_the_profile_itself():
    values = pretreat(random_profiles(50), "N")
    values[7] = values[3] * 1.0001
    best, scores = top_similar(values[3], values, "cosine", 5, exclude=3)
    assert best[0] == 7 and 3 not in best.tolist() and list(scores) == sorted(scores, reverse=True)
    best, scores = top_similar(values[3], values, "euclidean", 5, exclude=3)
    assert best[0] == 7 and list(scores) == sorted(scores)


def test_chemical_classes_are_connected_components():
    classes = chemical_classes(8, np.array([0, 1, 4, 6]), np.array([1, 2, 5, 7]))
    assert classes == [[0, 1, 2], [4, 5], [6, 7]]
    assert chemical_classes(3, np.array([], dtype=int), np.array([], dtype=int)) == []
