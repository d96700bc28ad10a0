"""Validation of a comparison method on held-out data, and intervals that respect dependence between pairs.

Pairs of profiles are not independent: every pair of a seizure shares that
seizure's profiles, and a few large seizures can supply most linked pairs.  So:

- **Cross-validation by group.** Groups (seizures or batches) are dealt to
  ``folds`` folds; the LR is calibrated on the pairs of the other folds and
  applied to the pairs whose two profiles both lie in the held-out fold
  (pairs across folds are used by neither side).  Every LR the validity
  figures use was computed by a calibration that never saw either profile.
- **Validity figures** on those held-out LRs: Cllr (the log-likelihood-ratio
  cost, Brümmer & du Preez 2006), Cllr_min (the same after the best monotone
  recalibration, PAV: what discrimination alone allows), Cllr_cal =
  Cllr − Cllr_min (the cost of miscalibration), the rates of misleading
  evidence (linked pairs with LR < 1, unlinked pairs with LR > 1), and the
  data for Tippett and ECE plots.
- **Intervals by resampling whole groups.** Each bootstrap resample draws the
  groups with replacement; a linked pair counts as many times as its group
  was drawn, an unlinked pair as the product of its two groups' counts (no
  profile is scored twice).  The AUC and the TPR at the target FPR (its
  threshold found again in each resample) are computed on each resample; the
  95 % interval is the 2.5th–97.5th percentile of ``BOOTSTRAP_RESAMPLES``
  seeded resamples.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from labnet.catalogue.errors import CatalogueError

from .calibration import LikelihoodRatio, _lr_from_posterior, pav_posteriors

BOOTSTRAP_RESAMPLES = 1000
FOLDS = 5
SEED = 2026


# -- group-wise resampling ---------------------------------------------------------------------
def weighted_auc(linked: np.ndarray, unlinked: np.ndarray, w_linked: np.ndarray | None = None,
                 w_unlinked: np.ndarray | None = None, higher_is_similar: bool = True) -> float:
    """Mann–Whitney AUC with a weight per pair (ties ½); unit weights give ``calibration.auc``."""
    sign = 1.0 if higher_is_similar else -1.0
    lin, unl = np.asarray(linked, dtype=np.float64) * sign, np.asarray(unlinked, dtype=np.float64) * sign
    wl = np.ones(len(lin)) if w_linked is None else np.asarray(w_linked, dtype=np.float64)
    wu = np.ones(len(unl)) if w_unlinked is None else np.asarray(w_unlinked, dtype=np.float64)
    order = np.argsort(unl, kind="stable")
    unl, wu = unl[order], wu[order]
    cumulative = np.concatenate([[0.0], np.cumsum(wu)])
    below = cumulative[np.searchsorted(unl, lin, side="left")]
    upto = cumulative[np.searchsorted(unl, lin, side="right")]
    total = wl.sum() * cumulative[-1]
    return float((wl * (below + upto) / 2).sum() / total) if total > 0 else float("nan")


def weighted_tpr_at_fpr(linked: np.ndarray, unlinked: np.ndarray, target: float,
                        w_linked: np.ndarray | None = None, w_unlinked: np.ndarray | None = None,
                        higher_is_similar: bool = True) -> float:
    """The highest share (by weight) of linked pairs any threshold reaches while letting through at most
    ``target`` of the unlinked pairs' weight; unit weights give ``threshold_at_fpr``'s TPR."""
    sign = 1.0 if higher_is_similar else -1.0
    lin, unl = np.asarray(linked, dtype=np.float64) * sign, np.asarray(unlinked, dtype=np.float64) * sign
    wl = np.ones(len(lin)) if w_linked is None else np.asarray(w_linked, dtype=np.float64)
    wu = np.ones(len(unl)) if w_unlinked is None else np.asarray(w_unlinked, dtype=np.float64)
    values, inverse = np.unique(unl, return_inverse=True)
    weight = np.bincount(inverse, weights=wu, minlength=len(values))[::-1]   # most similar first
    passing = np.cumsum(weight) / max(wu.sum(), 1e-300)                       # FPR at threshold = that value
    allowed = np.flatnonzero(passing > target * (1 + 1e-12) + 1e-15)
    # the first value that may not pass: the threshold lies just above it
    stop = values[::-1][allowed[0]] if len(allowed) else -np.inf
    return float(wl[lin > stop].sum() / wl.sum()) if wl.sum() > 0 else float("nan")


def _group_codes(groups: np.ndarray | list) -> tuple[np.ndarray, int]:
    _, codes = np.unique(np.asarray([str(g) for g in groups]), return_inverse=True)
    return codes, int(codes.max()) + 1 if len(codes) else 0


@dataclass
class Interval:
    estimate: float
    low: float
    high: float

    def to_json(self) -> dict[str, float]:
        return {"estimate": round(self.estimate, 6), "low": round(self.low, 6), "high": round(self.high, 6)}


class _Ranked:
    """The pairs' scores sorted once, so that each resample only reweighs them."""

    def __init__(self, linked: np.ndarray, unlinked: np.ndarray, higher_is_similar: bool) -> None:
        sign = 1.0 if higher_is_similar else -1.0
        lin, unl = np.asarray(linked, dtype=np.float64) * sign, np.asarray(unlinked, dtype=np.float64) * sign
        self.values, self.inverse = np.unique(unl, return_inverse=True)        # unlinked scores ascending
        self.below = np.searchsorted(self.values, lin, side="left")           # distinct values < each linked
        self.upto = np.searchsorted(self.values, lin, side="right")
        self.lin = lin

    def figures(self, wl: np.ndarray, wu: np.ndarray, target: float) -> tuple[float, float]:
        weight = np.bincount(self.inverse, weights=wu, minlength=len(self.values))
        cumulative = np.concatenate([[0.0], np.cumsum(weight)])
        total_u, total_l = cumulative[-1], wl.sum()
        auc_ = float((wl * (cumulative[self.below] + cumulative[self.upto]) / 2).sum() / (total_l * total_u))
        passing = (total_u - cumulative[:-1]) / total_u     # FPR with the threshold at each distinct value
        allowed = np.flatnonzero(passing <= target * (1 + 1e-12) + 1e-15)
        stop = self.values[allowed[0] - 1] if len(allowed) and allowed[0] > 0 else (
            -np.inf if len(allowed) else self.values[-1])
        return auc_, float(wl[self.lin > stop].sum() / total_l)


def group_bootstrap(linked: np.ndarray, unlinked: np.ndarray, linked_pairs: np.ndarray, unlinked_pairs: np.ndarray,
                    groups: np.ndarray | list, *, fpr: float, higher_is_similar: bool = True,
                    resamples: int = BOOTSTRAP_RESAMPLES, seed: int = SEED, level: float = 0.95
                    ) -> dict[str, Interval]:
    """Percentile intervals of the AUC and the TPR at ``fpr`` by resampling whole groups.

    ``linked_pairs`` / ``unlinked_pairs`` are the (row, row) index pairs the scores belong to, ``groups``
    the group of each row.  A resample that happens to hold no linked pair is left out.
    """
    codes, k = _group_codes(groups)
    gl = codes[np.asarray(linked_pairs)[:, 0]]
    gu = codes[np.asarray(unlinked_pairs)]
    ranked = _Ranked(linked, unlinked, higher_is_similar)
    rng = np.random.default_rng(seed)
    aucs, tprs = np.full(resamples, np.nan), np.full(resamples, np.nan)
    for r in range(resamples):
        counts = np.bincount(rng.integers(0, k, size=k), minlength=k).astype(np.float64)
        wl, wu = counts[gl], counts[gu[:, 0]] * counts[gu[:, 1]]
        if wl.sum() > 0 and wu.sum() > 0:
            aucs[r], tprs[r] = ranked.figures(wl, wu, fpr)
    tail = (1 - level) / 2 * 100

    def interval(estimate: float, sample: np.ndarray) -> Interval:
        sample = sample[np.isfinite(sample)]
        if not len(sample):
            return Interval(estimate, float("nan"), float("nan"))
        low, high = np.percentile(sample, [tail, 100 - tail])
        return Interval(estimate, float(low), float(high))

    auc_, tpr_ = ranked.figures(np.ones(len(gl)), np.ones(len(gu)), fpr)
    return {"auc": interval(auc_, aucs), "tpr": interval(tpr_, tprs)}


# -- validity of LRs ------------------------------------------------------------------------------
def cllr(lr_linked: np.ndarray, lr_unlinked: np.ndarray) -> float:
    """½ [mean over linked of log₂(1 + 1/LR) + mean over unlinked of log₂(1 + LR)]."""
    with np.errstate(divide="ignore", over="ignore"):
        lin = np.log2(1 + 1 / np.asarray(lr_linked, dtype=np.float64))
        unl = np.log2(1 + np.asarray(lr_unlinked, dtype=np.float64))
    return float(0.5 * (lin.mean() + unl.mean()))


def pav_lrs(lr_linked: np.ndarray, lr_unlinked: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The LRs after the best monotone recalibration (PAV on log LR), in-sample: what Cllr_min is of."""
    a, b = np.log10(np.asarray(lr_linked, dtype=np.float64)), np.log10(np.asarray(lr_unlinked, dtype=np.float64))
    values, posterior = pav_posteriors(a, b)
    lrs = _lr_from_posterior(posterior, len(a) / len(b))
    return lrs[np.searchsorted(values, a)], lrs[np.searchsorted(values, b)]


def tippett(lr_linked: np.ndarray, lr_unlinked: np.ndarray, points: int = 121) -> dict[str, list[float]]:
    """Share of linked and of unlinked pairs whose LR is at least 10^x, for x over the LRs' range."""
    a, b = np.log10(lr_linked), np.log10(lr_unlinked)
    both = np.concatenate([a, b])
    lo, hi = float(both.min()) - 0.5, float(both.max()) + 0.5
    x = np.linspace(lo, hi, points)
    a, b = np.sort(a), np.sort(b)
    return {"log10_lr": [round(float(v), 4) for v in x],
            "linked": [round(float(v), 6) for v in (len(a) - np.searchsorted(a, x, side="left")) / len(a)],
            "unlinked": [round(float(v), 6) for v in (len(b) - np.searchsorted(b, x, side="left")) / len(b)]}


def ece(lr_linked: np.ndarray, lr_unlinked: np.ndarray, points: int = 81, span: float = 4.0
        ) -> dict[str, list[float]]:
    """Empirical cross-entropy (Ramos et al. 2013) against the prior log₁₀ odds, for the LRs, for the
    LRs after PAV (the best they could be), and for LR = 1 always (no evidence)."""
    prior = np.linspace(-span, span, points)
    odds = 10.0 ** prior
    p_linked = odds / (1 + odds)

    def curve(lin: np.ndarray, unl: np.ndarray) -> list[float]:
        with np.errstate(divide="ignore", over="ignore"):
            a = np.log2(1 + 1 / (np.asarray(lin)[None, :] * odds[:, None])).mean(axis=1)
            b = np.log2(1 + np.asarray(unl)[None, :] * odds[:, None]).mean(axis=1)
        return [round(float(v), 6) for v in p_linked * a + (1 - p_linked) * b]

    best = pav_lrs(lr_linked, lr_unlinked)
    return {"prior_log10_odds": [round(float(v), 4) for v in prior], "lr": curve(lr_linked, lr_unlinked),
            "pav": curve(*best), "neutral": curve(np.ones(1), np.ones(1))}


def group_folds(groups: np.ndarray | list, folds: int = FOLDS, seed: int = SEED) -> np.ndarray:
    """A fold per row, every row of a group in the same fold: groups shuffled (seeded), then dealt,
    largest first, to the fold with the fewest rows."""
    codes, k = _group_codes(groups)
    if k < folds:
        raise CatalogueError(f"Cross-validation by group needs at least {folds} groups; there are {k}.")
    sizes = np.bincount(codes, minlength=k)
    order = np.random.default_rng(seed).permutation(k)
    order = order[np.argsort(-sizes[order], kind="stable")]
    fold_of_group = np.empty(k, dtype=np.int64)
    filled = np.zeros(folds)
    for g in order:
        f = int(np.argmin(filled))
        fold_of_group[g] = f
        filled[f] += sizes[g]
    return fold_of_group[codes]


@dataclass
class Validity:
    calibration: str
    folds: int
    linked_pairs: int          # held-out pairs the figures are computed on
    unlinked_pairs: int
    cllr: float
    cllr_min: float
    misleading_linked: float   # share of linked pairs with LR < 1
    misleading_unlinked: float  # share of unlinked pairs with LR > 1
    lr_linked: np.ndarray = field(repr=False)
    lr_unlinked: np.ndarray = field(repr=False)

    @property
    def cllr_cal(self) -> float:
        return self.cllr - self.cllr_min

    def to_json(self, plots: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "calibration": self.calibration, "folds": self.folds, "held_out_linked_pairs": self.linked_pairs,
            "held_out_unlinked_pairs": self.unlinked_pairs, "cllr": round(self.cllr, 6),
            "cllr_min": round(self.cllr_min, 6), "cllr_cal": round(self.cllr_cal, 6),
            "misleading_linked": round(self.misleading_linked, 6),
            "misleading_unlinked": round(self.misleading_unlinked, 6)}
        if plots:
            out["tippett"] = tippett(self.lr_linked, self.lr_unlinked)
            out["ece"] = ece(self.lr_linked, self.lr_unlinked)
        return out


def cross_validate(linked: np.ndarray, unlinked: np.ndarray, linked_pairs: np.ndarray, unlinked_pairs: np.ndarray,
                   groups: np.ndarray | list, *, higher_is_similar: bool = True, calibration: str = "pav",
                   folds: int = FOLDS, seed: int = SEED) -> Validity:
    """Held-out LRs by cross-validation whose folds keep each group on one side, and their validity."""
    fold = group_folds(groups, folds, seed)
    fl = fold[np.asarray(linked_pairs)]
    fu = fold[np.asarray(unlinked_pairs)]
    out_l: list[np.ndarray] = []
    out_u: list[np.ndarray] = []
    for f in range(folds):
        train_l = (fl[:, 0] != f) & (fl[:, 1] != f)
        train_u = (fu[:, 0] != f) & (fu[:, 1] != f)
        test_l = (fl[:, 0] == f) & (fl[:, 1] == f)
        test_u = (fu[:, 0] == f) & (fu[:, 1] == f)
        if not train_l.any() or not train_u.any() or not (test_l.any() or test_u.any()):
            continue
        lr = LikelihoodRatio.fit(linked[train_l], unlinked[train_u], higher_is_similar, calibration)
        out_l.append(lr.at(linked[test_l]))
        out_u.append(lr.at(unlinked[test_u]))
    lin = np.concatenate(out_l) if out_l else np.empty(0)
    unl = np.concatenate(out_u) if out_u else np.empty(0)
    if not len(lin) or not len(unl):
        raise CatalogueError("Too few groups with linked pairs to validate likelihood ratios on held-out data.")
    best_l, best_u = pav_lrs(lin, unl)
    return Validity(calibration, folds, len(lin), len(unl), cllr(lin, unl), cllr(best_l, best_u),
                    float(np.mean(lin < 1)), float(np.mean(unl > 1)), lin, unl)


# -- one combination, validated --------------------------------------------------------------------
@dataclass
class Validation:
    combination: Any             # calibration.Combination
    why: str                     # "only", "harmonised" or "best"
    intervals: dict[str, Interval]
    resamples: int
    likelihood_ratio: LikelihoodRatio
    validity: Validity | None    # None when there are too few groups to hold any out

    def to_json(self, plots: bool = True) -> dict[str, Any]:
        lr = self.likelihood_ratio
        out = {**self.combination.to_json(), "chosen_because": self.why,
               "auc_interval": self.intervals["auc"].to_json(), "tpr_interval": self.intervals["tpr"].to_json(),
               "interval_level": 0.95, "resamples": self.resamples, "resampled_unit": "group",
               "likelihood_ratio": {"calibration": lr.kind, "bounds": [lr.lower, lr.upper],
                                    "params": dict(lr.params), "curve": lr.curve()},
               "validity": self.validity.to_json(plots) if self.validity else None}
        return out


def validate(values: np.ndarray, evaluation: Any, combination: Any = None, *, why: str | None = None,
             calibration: str = "pav", resamples: int = BOOTSTRAP_RESAMPLES, folds: int = FOLDS,
             seed: int = SEED) -> Validation:
    """Intervals, the LR and its held-out validity for one combination of ``evaluation`` (its choice unless
    given), on the profiles ``values`` it was computed from."""
    from .metrics import METRICS, pair_scores
    from .pretreat import pretreat

    if combination is None:
        combination, why = evaluation.choose()
    pairs, groups = evaluation.pairs, np.asarray(evaluation.group_labels)
    higher = METRICS[combination.metric].higher_is_similar
    lin, unl = combination.linked_scores, combination.unlinked_scores
    if lin is None or unl is None:
        treated = pretreat(values, combination.pretreatment, evaluation.reference)
        lin = pair_scores(combination.metric, treated[pairs.linked[:, 0]], treated[pairs.linked[:, 1]])
        unl = pair_scores(combination.metric, treated[pairs.unlinked[:, 0]], treated[pairs.unlinked[:, 1]])
    intervals = group_bootstrap(lin, unl, pairs.linked, pairs.unlinked, groups, fpr=evaluation.target_fpr,
                                higher_is_similar=higher, resamples=resamples, seed=seed)
    lr = LikelihoodRatio.fit(lin, unl, higher, calibration)
    try:
        validity = cross_validate(lin, unl, pairs.linked, pairs.unlinked, groups, higher_is_similar=higher,
                                  calibration=calibration, folds=folds, seed=seed)
    except CatalogueError:
        validity = None
    return Validation(combination, why or "given", intervals, resamples, lr, validity)
