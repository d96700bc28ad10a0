"""Likelihood ratios that stand up in court: monotone, bounded by the data, checked against an independent
PAV; validity figures on held-out groups; intervals that resample whole groups (issue 17)."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import isotonic_regression

from labnet import cli
from labnet.profiling import ComparisonMethod, LikelihoodRatio
from labnet.profiling.calibration import Combination, Evaluation, auc, elub, lr_number, make_pairs, pav, pav_posteriors
from labnet.profiling.pretreat import ReferenceStats
from labnet.profiling.validation import (
    cllr,
    cross_validate,
    ece,
    group_bootstrap,
    group_folds,
    pav_lrs,
    tippett,
    weighted_auc,
    weighted_tpr_at_fpr,
)

RNG = np.random.default_rng(17)


# -- monotone and bounded ------------------------------------------------------------------------------
scores = st.lists(st.floats(-50, 150, allow_nan=False, width=32), min_size=1, max_size=60)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(linked=scores, unlinked=scores, higher=st.booleans(), kind=st.sampled_from(["pav", "logistic"]))
def test_the_lr_is_monotone_in_similarity_and_never_beyond_its_bounds(linked, unlinked, higher, kind):
    lin, unl = np.array(linked, dtype=np.float64), np.array(unlinked, dtype=np.float64)
    lr = LikelihoodRatio.fit(lin, unl, higher, kind)
    low, high = lr.bounds
    assert 0 < low <= 1 <= high < np.inf
    # no calibration set of n unlinked (m linked) pairs supports more than about n + 1 (less than 1/(m + 1))
    assert high <= (len(unl) + 1) * 1.03 and low >= 1 / ((len(lin) + 1) * 1.03)
    probe = np.sort(np.concatenate([lin, unl, np.linspace(-1e3, 1e3, 101)]))
    values = lr.at(probe)
    assert np.all(np.isfinite(values)) and np.all(values >= low * (1 - 1e-12)) and np.all(values <= high * (1 + 1e-12))
    steps = np.diff(values) if higher else -np.diff(values)
    assert np.all(steps >= -1e-9 * values[1:])
    assert LikelihoodRatio.from_json(json.loads(json.dumps(lr.to_json()))) == lr


def test_lr_bounds_follow_the_evidence_not_the_distance_between_the_scores():
    # Well separated: the old kernel ratio reached 10⁷ here; the data support about as much as there are pairs.
    lin, unl = RNG.normal(99, 0.1, 1000), RNG.normal(10, 1, 100_000)
    lr = LikelihoodRatio.fit(lin, unl)
    low, high = lr.bounds
    assert 3e4 < high <= 100_001 and 1 / 1001 <= low < 1 / 300
    assert lr.at(1e9) == pytest.approx(high) and lr.at(-1e9) == pytest.approx(low)
    # Entirely dissimilar profiles never get evidence for a link.
    assert lr.at(unl.min() - 100) < 1 and lr.at(np.median(unl)) < 1
    # Overlapping populations: far narrower bounds than the number of pairs.
    overlap = LikelihoodRatio.fit(RNG.normal(60, 10, 1000), RNG.normal(40, 10, 100_000))
    assert overlap.bounds[1] < high / 10


def _legacy_kde_lr(linked, unlinked, grid):
    """The density ratio LabNet used before (Silverman kernels, floored at 10⁻⁶ of the peak)."""
    def kde(sample):
        sd, iqr = sample.std(ddof=1), np.subtract(*np.percentile(sample, [75, 25]))
        h = 0.9 * min(sd, iqr / 1.34) * len(sample) ** -0.2
        z = (grid[:, None] - sample[None, :]) / h
        return np.exp(-0.5 * z * z).sum(axis=1) / (len(sample) * h * np.sqrt(2 * np.pi))
    f_l, f_u = kde(linked), kde(unlinked)
    return np.maximum(f_l, f_l.max() * 1e-6) / np.maximum(f_u, f_u.max() * 1e-6)


def test_the_most_similar_profile_no_longer_gets_a_lower_lr_than_the_next():
    # Canberra distances (lower = more similar): linked pairs cluster at 0.08–0.10 with a few very close
    # ones, unlinked pairs spread from 0.05 up.  The kernel ratio dipped between the two linked modes.
    linked = np.concatenate([RNG.normal(0.09, 0.006, 300), RNG.normal(0.02, 0.003, 20)])
    unlinked = np.abs(RNG.normal(0.6, 0.2, 20_000)) + 0.05
    closest, next_ = 0.067, 0.081
    old = _legacy_kde_lr(-linked, -unlinked, -np.array([closest, next_]))
    assert old[0] < old[1]                  # the bug: the closest profile weighed less
    lr = LikelihoodRatio.fit(linked, unlinked, higher_is_similar=False)
    assert lr.at(closest) >= lr.at(next_)
    grid = np.linspace(0, 1.5, 400)
    assert np.all(np.diff(lr.at(grid)) <= 1e-12)


# -- PAV against an independent implementation ------------------------------------------------------
def test_pav_equals_scipys_isotonic_regression():
    for _ in range(20):
        y = RNG.normal(size=200) + np.linspace(0, 2, 200)
        w = RNG.uniform(0.1, 3, size=200)
        assert np.allclose(pav(y, w), isotonic_regression(y, weights=w).x, atol=1e-12)


def test_pav_posteriors_equal_scipy_on_synthetic_scores_with_ties():
    lin = np.round(RNG.normal(70, 10, 400), 1)
    unl = np.round(RNG.normal(50, 12, 4000), 1)
    values, posterior = pav_posteriors(lin, unl)
    # independently: one point per pair, sorted by score, tied scores pooled into their mean first
    s = np.concatenate([lin, unl])
    y = np.concatenate([np.ones(len(lin)), np.zeros(len(unl))])
    distinct, inverse, counts = np.unique(s, return_inverse=True, return_counts=True)
    means = np.bincount(inverse, weights=y) / counts
    expected = isotonic_regression(means, weights=counts.astype(float)).x
    assert np.array_equal(values, distinct) and np.allclose(posterior, expected, atol=1e-12)
    # The fitted LR, inside its bounds, is that posterior's odds over the prior odds.
    lr = LikelihoodRatio.fit(lin, unl)
    low, high = lr.bounds
    with np.errstate(divide="ignore"):
        odds = expected / (1 - expected) / (len(lin) / len(unl))
    inside = (odds > low * 1.001) & (odds < high / 1.001)
    assert inside.sum() > 10
    assert np.allclose(lr.at(distinct[inside]), odds[inside], rtol=1e-9)
    # Distances are the same calibration mirrored.
    mirrored = LikelihoodRatio.fit(-lin, -unl, higher_is_similar=False)
    assert np.allclose(mirrored.at(-distinct), lr.at(distinct)) and mirrored.bounds == lr.bounds


def test_logistic_calibration_recovers_a_known_log_lr():
    # Two normals with equal spread: ln LR is exactly linear in the score.
    lin, unl = RNG.normal(1, 1, 20_000), RNG.normal(-1, 1, 20_000)
    lr = LikelihoodRatio.fit(lin, unl, calibration="logistic")
    params = dict(lr.params)
    assert params["b"] == pytest.approx(2.0, rel=0.05) and params["a"] == pytest.approx(0.0, abs=0.05)
    assert lr.to_json()["calibration"] == "logistic" and set(lr.to_json()["params"]) == {"a", "b"}


def test_elub_on_constructed_lrs():
    # Perfectly separated LRs: the bounds are set by the number of pairs only.
    low, high = elub(np.full(99, np.inf), np.zeros(999))
    assert high == pytest.approx(1000, rel=0.03) and low == pytest.approx(1 / 100, rel=0.03)
    # LRs no better than chance support nothing beyond 1.
    assert elub(np.ones(50), np.ones(50)) == (1.0, 1.0)


def test_lr_numbers_for_reading():
    assert [lr_number(x) for x in (120, 1.0, 0.02, 123456.0, 2500)] == ["120", "1", "1/50", "1.2×10⁵", "2,500"]


# -- old methods -----------------------------------------------------------------------------------
def old_method_json() -> dict:
    return {"format": "labnet-comparison-method", "version": 1, "name": "cocaine-2025", "method_version": 3,
            "drug_type": "cocaine", "targets": ["a", "b"], "pretreatment": "N2R", "metric": "pearson",
            "threshold": 99.3, "reference": {"mean": [1.0, 2.0], "std": [0.5, 0.5], "size": 10},
            "auc": 0.99, "fpr": 0.01, "tpr": 0.95,
            "likelihood_ratio": {"grid": [90.0, 95.0, 100.0], "values": [0.5, 120.0, 87.8]},
            "population": {}, "tolerances": {}, "require_physical": False, "created_at": "2025-01-01",
            "created_by": "amina"}


def test_methods_with_the_old_kernel_lr_still_load_are_marked_legacy_and_keep_their_json():
    doc = old_method_json()
    method = ComparisonMethod.from_json(doc)
    assert method.likelihood_ratio.legacy and method.likelihood_ratio.bounds is None
    assert method.to_json()["likelihood_ratio"] == doc["likelihood_ratio"]   # unchanged: hashes still match
    fresh = LikelihoodRatio.fit(RNG.normal(90, 3, 200), RNG.normal(40, 15, 2000))
    assert not fresh.legacy and fresh.to_json()["calibration"] == "pav"
    damaged = dict(doc, likelihood_ratio={**fresh.to_json(), "values": [1e9] * len(fresh.grid)})
    with pytest.raises(Exception, match="damaged"):
        ComparisonMethod.from_json(damaged)


# -- validity on held-out groups ------------------------------------------------------------------
def population(groups: int, rng, separation: float = 3.0, max_unlinked: int = 10 ** 9):
    """Seizures of 1–5 profiles on one latent axis, each with its own spread; score = −distance."""
    sizes = rng.integers(1, 6, groups)
    labels = np.repeat(np.arange(groups), sizes)
    centre = rng.normal(0, separation, groups)[labels]
    spread = rng.uniform(0.2, 1.5, groups)[labels]       # some seizures are tighter than others
    x = centre + spread * rng.normal(size=len(labels))
    pairs = make_pairs(labels, max_unlinked=max_unlinked)
    score = lambda p: -np.abs(x[p[:, 0]] - x[p[:, 1]])  # noqa: E731
    return labels, pairs, score(pairs.linked), score(pairs.unlinked)


def test_cllr_on_hand_computed_lrs():
    assert cllr(np.ones(5), np.ones(7)) == pytest.approx(1.0)
    assert cllr(np.array([10.0]), np.array([0.1])) == pytest.approx(np.log2(1.1))
    # PAV can only lower it
    lin, unl = np.array([0.5, 4.0, 30.0]), np.array([0.2, 3.0, 0.05, 1.5])
    assert cllr(*pav_lrs(lin, unl)) <= cllr(lin, unl)


def test_folds_keep_each_group_on_one_side():
    labels = np.repeat(np.arange(40), RNG.integers(1, 6, 40))
    fold = group_folds(labels, 5)
    assert set(fold.tolist()) == set(range(5))
    for g in range(40):
        assert len(set(fold[labels == g].tolist())) == 1


def test_validity_figures_on_held_out_groups():
    labels, pairs, lin, unl = population(150, np.random.default_rng(3))
    v = cross_validate(lin, unl, pairs.linked, pairs.unlinked, labels)
    assert 0 < v.cllr_min <= v.cllr < 1 and v.cllr_cal == pytest.approx(v.cllr - v.cllr_min)
    assert 0 < v.misleading_linked < 0.5 and 0 < v.misleading_unlinked < 0.5
    # only held-out pairs: both profiles in the same fold
    assert v.linked_pairs <= len(lin) and v.unlinked_pairs < len(unl)
    doc = v.to_json()
    t = doc["tippett"]
    assert t["linked"][0] == 1.0 and t["unlinked"][-1] == 0.0 and np.all(np.diff(t["linked"]) <= 0)
    e = doc["ece"]
    assert e["lr"][40] == pytest.approx(v.cllr, abs=1e-5) and e["pav"][40] == pytest.approx(v.cllr_min, abs=1e-5)
    assert max(e["neutral"]) == pytest.approx(1.0)
    # Scores that carry no evidence: Cllr near 1 or above, the LRs close to 1.
    labels, pairs, lin, unl = population(150, np.random.default_rng(4), separation=0.0)
    noise = cross_validate(lin, unl, pairs.linked, pairs.unlinked, labels)
    assert noise.cllr > 0.9


def test_tippett_and_ece_data_shapes():
    t = tippett(np.array([10.0, 100.0]), np.array([0.1, 1.0]))
    assert len(t["log10_lr"]) == len(t["linked"]) == len(t["unlinked"])
    e = ece(np.array([10.0, 100.0]), np.array([0.1, 1.0]))
    assert len(e["prior_log10_odds"]) == len(e["lr"]) == len(e["pav"]) == len(e["neutral"])


# -- intervals by resampling groups -------------------------------------------------------------------
def test_weighted_figures_with_unit_weights_are_the_plain_ones():
    from labnet.profiling.calibration import threshold_at_fpr

    lin, unl = np.round(RNG.normal(70, 10, 300), 0), np.round(RNG.normal(50, 12, 3000), 0)
    assert weighted_auc(lin, unl) == pytest.approx(auc(lin, unl), abs=1e-12)
    for target in (0.0, 0.001, 0.01, 0.1, 0.5):
        assert weighted_tpr_at_fpr(lin, unl, target) == threshold_at_fpr(lin, unl, target)[2]
        assert weighted_tpr_at_fpr(-lin, -unl, target, higher_is_similar=False) == \
            threshold_at_fpr(-lin, -unl, target, higher_is_similar=False)[2]
    # integer weights are the same as repeating the pairs
    wl, wu = RNG.integers(0, 3, 300), RNG.integers(0, 3, 3000)
    assert weighted_auc(lin, unl, wl, wu) == pytest.approx(auc(np.repeat(lin, wl), np.repeat(unl, wu)), abs=1e-12)
    assert weighted_tpr_at_fpr(lin, unl, 0.05, wl, wu) == pytest.approx(
        threshold_at_fpr(np.repeat(lin, wl), np.repeat(unl, wu), 0.05)[2])


def test_group_bootstrap_intervals_cover_the_population_auc():
    # The population's AUC: one very large population (linked pairs weigh as their group's pairs, as in any
    # sample of it).  Then 100 laboratories' calibration sets of 60 seizures each, 200 resamples each.
    labels, pairs, lin, unl = population(20_000, np.random.default_rng(99), max_unlinked=400_000)
    truth = auc(lin, unl)
    covered, widths = 0, []
    for k in range(100):
        labels, pairs, lin, unl = population(60, np.random.default_rng(1000 + k))
        interval = group_bootstrap(lin, unl, pairs.linked, pairs.unlinked, labels, fpr=0.05, resamples=200,
                                   seed=k)["auc"]
        covered += interval.low <= truth <= interval.high
        widths.append(interval.high - interval.low)
    # 95 of 100 with these seeds; resampling pairs instead of seizures covers 57 (docs/profiling.md).
    assert covered >= 90, covered
    assert np.median(widths) < 0.12


def test_the_best_combination_is_chosen_at_the_target_fpr_and_a_harmonised_one_is_kept():
    ref = ReferenceStats.of(np.ones((3, 2)))
    combos = [Combination("N", "cosine", 0.99, 1.0, 0.01, 0.60), Combination("N2R", "pearson", 0.97, 1.0, 0.01, 0.90),
              Combination("N+S", "canberra", 0.95, 1.0, 0.01, 0.80)]
    evaluation = Evaluation(combos, 10, 100, 100, 20, 5, 0.01, ref)
    assert evaluation.best.metric == "pearson"                       # TPR at the FPR, not the AUC
    assert evaluation.choose() == (combos[1], "best")
    assert evaluation.choose([("N+S", "canberra")]) == (combos[2], "harmonised")
    assert evaluation.choose([("log", "canberra")]) == (combos[1], "best")    # not evaluated here


# -- the command line ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def groups_csv(tmp_path_factory):
    rng = np.random.default_rng(5)
    path = tmp_path_factory.mktemp("lr") / "groups.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["sample", "seizure", "peak:a", "peak:b", "peak:c", "peak:d"])
        for g in range(60):
            centre = rng.uniform(1, 100, 4)
            for k in range(int(rng.integers(1, 5))):
                writer.writerow([f"s{g}-{k}", f"z{g}", *np.round(centre * rng.lognormal(0, 0.15, 4), 3)])
    return path


def test_evaluate_json_gives_intervals_validity_and_the_lr_curve(groups_csv, capsys):
    assert cli.main(["profiles", "evaluate", str(groups_csv), "--id-column", "sample", "--group-column", "seizure",
                     "--pretreatment", "N2R", "--metric", "canberra", "--fpr", "0.05", "--resamples", "100",
                     "--json"]) == 0
    chosen = json.loads(capsys.readouterr().out)["chosen"]
    assert chosen["chosen_because"] == "only" and chosen["resamples"] == 100
    for name in ("auc_interval", "tpr_interval"):
        i = chosen[name]
        assert i["low"] <= i["estimate"] <= i["high"]
    assert chosen["auc_interval"]["estimate"] == pytest.approx(chosen["auc"], abs=1e-6)
    v = chosen["validity"]
    assert 0 <= v["cllr_min"] <= v["cllr"] and v["cllr_cal"] == pytest.approx(v["cllr"] - v["cllr_min"], abs=2e-6)
    lr = chosen["likelihood_ratio"]
    low, high = lr["bounds"]
    curve = lr["curve"]
    assert lr["calibration"] == "pav" and curve and set(curve[0]) == {"score", "lr"}
    assert all(low <= p["lr"] <= high for p in curve)
    assert all(a["lr"] >= b["lr"] for a, b in zip(curve, curve[1:]))   # canberra: lower is more similar
    assert [p["score"] for p in curve] == sorted(p["score"] for p in curve)


def test_evaluate_text_shows_the_intervals_and_the_lr_bounds(groups_csv, capsys):
    assert cli.main(["profiles", "evaluate", str(groups_csv), "--id-column", "sample", "--group-column", "seizure",
                     "--pretreatment", "N", "--resamples", "50", "--lr-calibration", "logistic"]) == 0
    out = capsys.readouterr().out
    assert "95% interval" in out and "resamples of whole groups" in out
    assert "Likelihood ratio by LOGISTIC, bounded by the data to 1/" in out and "Cllr_min" in out
