"""Calibration: from profiles whose links are known, how well each pretreatment × metric separates
linked from unlinked pairs, and where to put the link threshold.

Pairs of profiles of the same group (seizure or batch) are *linked*; pairs
of different groups are *unlinked*.  All linked pairs are used; unlinked
pairs are all used when there are at most ``max_unlinked``, else a seeded
uniform random sample of that many (the report says which).

- **ROC / AUC.** The AUC is the Mann–Whitney probability that a linked pair
  scores as more similar than an unlinked pair, ties counting ½.
- **Threshold at a false-positive rate.** Of the thresholds whose share of
  unlinked pairs scored at least as similar is at most the target FPR, those
  reaching the highest true-positive rate; of these, the strictest.
- **Likelihood ratio.** Score → LR by a monotone calibration: pool-adjacent-
  violators (isotonic regression of P(linked) on the score, divided by the
  calibration set's prior odds) or logistic regression, clipped to the
  empirical lower and upper bounds (ELUB, Vergeer et al. 2016): non-decreasing
  with similarity, and never beyond what the calibration data support.
  Methods calibrated before held a kernel-density ratio: read, kept, marked
  legacy and not reported (recalibrate them).
- **The best combination** is the one finding the most linked pairs at the
  target FPR (TPR), then the highest AUC.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from labnet.catalogue.errors import CatalogueError

from .metrics import METRICS, metric, pair_scores
from .pretreat import PRETREATMENTS, ReferenceStats, pretreat

MAX_UNLINKED = 200_000
LR_GRID = 201


@dataclass
class Pairs:
    linked: np.ndarray        # (p, 2) row indices
    unlinked: np.ndarray      # (q, 2)
    unlinked_total: int       # how many unlinked pairs exist (q may be a sample)

    @property
    def sampled(self) -> bool:
        return len(self.unlinked) < self.unlinked_total


def make_pairs(groups: list[str] | np.ndarray, *, max_unlinked: int = MAX_UNLINKED, seed: int = 2026) -> Pairs:
    groups = np.asarray([str(g) for g in groups])
    n = len(groups)
    _, codes, counts = np.unique(groups, return_inverse=True, return_counts=True)
    linked_total = int((counts * (counts - 1) // 2).sum())
    if linked_total == 0:
        raise CatalogueError("No two profiles share a group (seizure or batch), so there is no linked pair to "
                             "calibrate on; choose the group column that names seizures or batches.")
    if len(counts) < 2:
        raise CatalogueError("Every profile is in the same group, so there is no unlinked pair to calibrate on.")
    order = np.argsort(codes, kind="stable")
    linked = []
    start = 0
    for size in counts:  # rows grouped by code, codes in order
        members = order[start:start + size]
        start += size
        if size > 1:
            i, j = np.triu_indices(size, 1)
            linked.append(np.column_stack([members[i], members[j]]))
    linked_pairs = np.vstack(linked)
    unlinked_total = n * (n - 1) // 2 - linked_total
    if unlinked_total <= max_unlinked:
        i, j = np.triu_indices(n, 1)
        keep = codes[i] != codes[j]
        unlinked = np.column_stack([i[keep], j[keep]])
    else:
        rng = np.random.default_rng(seed)
        chosen: set[tuple[int, int]] = set()
        while len(chosen) < max_unlinked:
            i = rng.integers(0, n, size=max_unlinked)
            j = rng.integers(0, n, size=max_unlinked)
            ok = codes[i] != codes[j]
            for a, b in zip(np.minimum(i, j)[ok], np.maximum(i, j)[ok]):
                chosen.add((int(a), int(b)))
                if len(chosen) == max_unlinked:
                    break
        unlinked = np.array(sorted(chosen))
    return Pairs(linked_pairs, unlinked, unlinked_total)


def auc(linked: np.ndarray, unlinked: np.ndarray, higher_is_similar: bool = True) -> float:
    """Mann–Whitney AUC with ties counted ½ (by average ranks)."""
    if not higher_is_similar:
        linked, unlinked = -np.asarray(linked), -np.asarray(unlinked)
    both = np.concatenate([linked, unlinked])
    ranks = _average_ranks(both)
    p, q = len(linked), len(unlinked)
    u = ranks[:p].sum() - p * (p + 1) / 2.0
    return float(u / (p * q))


def _average_ranks(values: np.ndarray) -> np.ndarray:
    order = np.argsort(values, kind="mergesort")
    sorted_values = values[order]
    boundaries = np.flatnonzero(np.diff(sorted_values)) + 1
    starts = np.concatenate([[0], boundaries])
    ends = np.concatenate([boundaries, [len(values)]])
    average = (starts + ends + 1) / 2.0          # 1-based average rank of each tie block
    ranks = np.empty(len(values))
    ranks[order] = np.repeat(average, ends - starts)
    return ranks


def roc_curve(linked: np.ndarray, unlinked: np.ndarray, higher_is_similar: bool = True
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(fpr, tpr, thresholds), from the strictest threshold to the most permissive."""
    sign = 1.0 if higher_is_similar else -1.0
    thresholds = np.unique(np.concatenate([linked, unlinked]) * sign)[::-1]
    lin = np.sort(np.asarray(linked) * sign)
    unl = np.sort(np.asarray(unlinked) * sign)
    tpr = (len(lin) - np.searchsorted(lin, thresholds, side="left")) / len(lin)
    fpr = (len(unl) - np.searchsorted(unl, thresholds, side="left")) / len(unl)
    return (np.concatenate([[0.0], fpr]), np.concatenate([[0.0], tpr]),
            np.concatenate([[np.inf * sign], thresholds * sign]))


def threshold_at_fpr(linked: np.ndarray, unlinked: np.ndarray, target: float,
                     higher_is_similar: bool = True) -> tuple[float, float, float]:
    """(threshold, achieved FPR, TPR) at a target false-positive rate.

    The threshold reaches the highest TPR any threshold with FPR ≤ ``target``
    reaches, and is the strictest that does: it sits on the least similar
    linked pair that passes, so no false link is admitted that would not buy
    a true one.
    """
    if not 0 <= target < 1:
        raise CatalogueError(f"The false-positive rate must lie in [0, 1), not {target}.")
    sign = 1.0 if higher_is_similar else -1.0
    lin = np.sort(np.asarray(linked, dtype=np.float64) * sign)
    unl = np.sort(np.asarray(unlinked, dtype=np.float64) * sign)
    allowed = int(np.floor(target * len(unl) + 1e-9))
    candidates = np.unique(np.concatenate([lin, unl]))
    false_pos = len(unl) - np.searchsorted(unl, candidates, side="left")
    ok = candidates[false_pos <= allowed]
    permissive = float(ok.min()) if len(ok) else float(np.nextafter(unl[-1], np.inf))
    passing = lin[lin >= permissive]
    threshold = float(passing[0]) if len(passing) else permissive
    fpr = float((len(unl) - np.searchsorted(unl, threshold, side="left")) / len(unl))
    tpr = float((len(lin) - np.searchsorted(lin, threshold, side="left")) / len(lin))
    return threshold * sign, fpr, tpr


# -- likelihood ratios ---------------------------------------------------------------------
LR_CALIBRATIONS = ("pav", "logistic")
ELUB_STEP = 0.01            # log10 steps at which the empirical bounds are searched


def _oriented(scores: np.ndarray, higher_is_similar: bool) -> np.ndarray:
    scores = np.asarray(scores, dtype=np.float64)
    return scores if higher_is_similar else -scores


def pav(y: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    """Pool-adjacent-violators: the non-decreasing sequence closest to ``y`` in weighted least squares."""
    y = np.asarray(y, dtype=np.float64)
    w = np.ones_like(y) if weights is None else np.asarray(weights, dtype=np.float64)
    means: list[float] = []
    sizes: list[float] = []
    counts: list[int] = []
    for value, weight in zip(y.tolist(), w.tolist()):
        means.append(value)
        sizes.append(weight)
        counts.append(1)
        while len(means) > 1 and means[-2] >= means[-1]:
            weight = sizes[-2] + sizes[-1]
            means[-2] = (means[-2] * sizes[-2] + means[-1] * sizes[-1]) / weight
            sizes[-2] = weight
            counts[-2] += counts[-1]
            del means[-1], sizes[-1], counts[-1]
    return np.repeat(means, counts)


def pav_posteriors(linked: np.ndarray, unlinked: np.ndarray, higher_is_similar: bool = True
                   ) -> tuple[np.ndarray, np.ndarray]:
    """(distinct oriented scores ascending, PAV posterior P(linked | score) at each), tied scores pooled first."""
    s = np.concatenate([_oriented(linked, higher_is_similar), _oriented(unlinked, higher_is_similar)])
    y = np.concatenate([np.ones(len(linked)), np.zeros(len(unlinked))])
    values, inverse, counts = np.unique(s, return_inverse=True, return_counts=True)
    hits = np.bincount(inverse, weights=y, minlength=len(values))
    # Adjacent runs of equal share (e.g. long runs of unlinked-only scores) pool without changing the fit.
    share = hits / counts
    starts = np.concatenate([[0], np.flatnonzero(np.diff(share)) + 1])
    run_hits = np.add.reduceat(hits, starts)
    run_counts = np.add.reduceat(counts, starts)
    fitted = pav(run_hits / run_counts, run_counts)
    return values, np.repeat(fitted, np.diff(np.concatenate([starts, [len(values)]])))


def _lr_from_posterior(p: np.ndarray, prior_odds: float) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(p >= 1, np.inf, p / (1 - p)) / prior_odds


def elub(lrs_linked: np.ndarray, lrs_unlinked: np.ndarray, misleading: int = 1) -> tuple[float, float]:
    """Empirical lower and upper bounds (Vergeer et al., Sci. Justice 56, 2016) of a set of LRs.

    For a decision threshold t on the LR (prior odds 1/t), the LRs' empirical cost is
    FNR(t) + t · FPR(t), with ``misleading`` maximally misleading LRs added to each side; a neutral
    system (LR = 1 always) costs min(1, t).  The upper bound is the largest t ≥ 1 up to which the LRs
    cost no more than the neutral system, the lower bound the smallest t ≤ 1 down to which they do.
    No calibration set of n unlinked pairs can support an LR above about n (nor below about 1/m
    with m linked pairs), however far apart the scores lie.
    """
    lin = np.sort(np.asarray(lrs_linked, dtype=np.float64))
    unl = np.sort(np.asarray(lrs_unlinked, dtype=np.float64))
    m, n = len(lin), len(unl)
    top = np.log10(n + misleading) + ELUB_STEP
    bottom = -np.log10(m + misleading) - ELUB_STEP

    def worse(t: np.ndarray) -> np.ndarray:
        fnr = (np.searchsorted(lin, t, side="left") + misleading) / (m + misleading)
        fpr = (n - np.searchsorted(unl, t, side="right") + misleading) / (n + misleading)
        return fnr + t * fpr > np.minimum(1.0, t) * (1 + 1e-12)

    ups = 10.0 ** np.arange(0.0, top + ELUB_STEP, ELUB_STEP)
    bad = np.flatnonzero(worse(ups))
    upper = float(ups[bad[0] - 1]) if len(bad) and bad[0] > 0 else (1.0 if len(bad) else float(ups[-1]))
    downs = 10.0 ** -np.arange(0.0, -bottom + ELUB_STEP, ELUB_STEP)
    bad = np.flatnonzero(worse(downs))
    lower = float(downs[bad[0] - 1]) if len(bad) and bad[0] > 0 else (1.0 if len(bad) else float(downs[-1]))
    return lower, upper


def _logistic(s: np.ndarray, y: np.ndarray, iterations: int = 100) -> tuple[float, float]:
    """Prior-balanced logistic regression log-odds = a + b·s (each class weighs ½): a + b·s is then ln LR."""
    w = np.where(y == 1, 0.5 / max(1, int(y.sum())), 0.5 / max(1, int(len(y) - y.sum())))
    centre, scale = float(np.mean(s)), float(np.std(s)) or 1.0
    x = np.column_stack([np.ones_like(s), (s - centre) / scale])
    beta = np.zeros(2)
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-np.clip(x @ beta, -500, 500)))
        gradient = x.T @ (w * (y - p))
        hessian = (x * (w * p * (1 - p))[:, None]).T @ x + 1e-9 * np.eye(2)
        step = np.linalg.solve(hessian, gradient)
        beta += step
        if np.abs(step).max() < 1e-10:
            break
    b = max(0.0, float(beta[1])) / scale        # a score that runs the wrong way carries no evidence
    a = float(beta[0]) - b * centre if beta[1] > 0 else 0.0
    return a, b


@dataclass(frozen=True)
class LikelihoodRatio:
    """Score → LR, monotone and bounded, frozen with a method.

    ``kind`` says how it was calibrated: ``pav`` (pool-adjacent-violators on score → P(linked), divided by
    the calibration set's prior odds; between the fitted points log LR is interpolated linearly) or
    ``logistic`` (ln LR = a + b·s, ``params``).  Both are clipped to the empirical bounds ``lower`` …
    ``upper`` (ELUB), so no LR goes beyond what the calibration data support, and both are
    non-decreasing with similarity.  ``kde`` is the density ratio of methods calibrated before version 2:
    read and kept (so their JSON is unchanged), but marked ``legacy`` and not reported as a number.
    """

    grid: tuple[float, ...]
    values: tuple[float, ...]
    kind: str = "kde"
    lower: float | None = None
    upper: float | None = None
    higher_is_similar: bool = True
    params: tuple[tuple[str, float], ...] = ()

    @property
    def legacy(self) -> bool:
        return self.kind == "kde"

    @property
    def bounds(self) -> tuple[float, float] | None:
        return None if self.lower is None or self.upper is None else (self.lower, self.upper)

    @classmethod
    def fit(cls, linked: np.ndarray, unlinked: np.ndarray, higher_is_similar: bool = True,
            calibration: str = "pav") -> LikelihoodRatio:
        linked = np.asarray(linked, dtype=np.float64)
        unlinked = np.asarray(unlinked, dtype=np.float64)
        if calibration not in LR_CALIBRATIONS:
            raise CatalogueError(f"The likelihood-ratio calibration is one of {', '.join(LR_CALIBRATIONS)}, "
                                 f"not “{calibration}”.")
        if not len(linked) or not len(unlinked):
            raise CatalogueError("A likelihood ratio needs linked and unlinked pairs to calibrate on.")
        prior_odds = len(linked) / len(unlinked)
        sign = 1.0 if higher_is_similar else -1.0
        if calibration == "pav":
            values, posterior = pav_posteriors(linked, unlinked, higher_is_similar)
            raw = _lr_from_posterior(posterior, prior_odds)
            at = np.searchsorted(values, _oriented(linked, higher_is_similar))
            lower, upper = elub(raw[at], raw[np.searchsorted(values, _oriented(unlinked, higher_is_similar))])
            clipped = np.clip(raw, lower, upper)
            keep = np.ones(len(values), dtype=bool)   # inside a run of equal LR only its ends matter
            keep[1:-1] = ~((clipped[1:-1] == clipped[:-2]) & (clipped[1:-1] == clipped[2:]))
            grid, lrs = values[keep] * sign, clipped[keep]
            params: tuple[tuple[str, float], ...] = (("prior_odds", prior_odds),)
        else:
            s = np.concatenate([_oriented(linked, higher_is_similar), _oriented(unlinked, higher_is_similar)])
            y = np.concatenate([np.ones(len(linked)), np.zeros(len(unlinked))])
            a, b = _logistic(s, y)
            ln_lr = a + b * s
            ln_lr = np.clip(ln_lr, -700, 700)
            lower, upper = elub(np.exp(ln_lr[:len(linked)]), np.exp(ln_lr[len(linked):]))
            grid = np.linspace(s.min(), s.max() if s.max() > s.min() else s.min() + 1, LR_GRID) * sign
            lrs = np.clip(np.exp(np.clip(a + b * grid * sign, -700, 700)), lower, upper)
            params = (("a", a), ("b", b))
        order = np.argsort(grid, kind="stable")
        return cls(tuple(float(g) for g in grid[order]), tuple(float(v) for v in lrs[order]), calibration,
                   lower, upper, higher_is_similar, params)

    def at(self, scores: np.ndarray | float) -> np.ndarray:
        """The LR of each score (for ``kde``, the legacy curve as it was)."""
        scores = np.asarray(scores, dtype=np.float64)
        if self.kind == "logistic":
            p = dict(self.params)
            return np.clip(np.exp(np.clip(p["a"] + p["b"] * _oriented(scores, self.higher_is_similar), -700, 700)),
                           self.lower, self.upper)
        if self.kind == "pav":
            return 10.0 ** np.interp(scores, self.grid, np.log10(self.values))
        return np.interp(scores, self.grid, self.values)

    def curve(self) -> list[dict[str, float]]:
        """The calibration curve as ``{"score", "lr"}`` points, ascending by score."""
        return [{"score": g, "lr": v} for g, v in zip(self.grid, self.values)]

    def to_json(self) -> dict:
        if self.legacy:
            return {"grid": list(self.grid), "values": list(self.values)}
        return {"calibration": self.kind, "grid": list(self.grid), "values": list(self.values),
                "bounds": [self.lower, self.upper], "higher_is_similar": self.higher_is_similar,
                "params": dict(self.params)}

    @classmethod
    def from_json(cls, doc: dict) -> LikelihoodRatio:
        grid, values = tuple(map(float, doc["grid"])), tuple(map(float, doc["values"]))
        kind = str(doc.get("calibration", "kde"))
        if kind == "kde":
            return cls(grid, values)
        if kind not in LR_CALIBRATIONS:
            raise ValueError(f"unknown likelihood-ratio calibration {kind!r}")
        lower, upper = map(float, doc["bounds"])
        if len(grid) != len(values) or not 0 < lower <= upper or min(values) < lower or max(values) > upper:
            raise ValueError("likelihood-ratio curve outside its bounds")
        return cls(grid, values, kind, lower, upper, bool(doc.get("higher_is_similar", True)),
                   tuple(sorted((str(k), float(v)) for k, v in (doc.get("params") or {}).items())))


def lr_number(value: float) -> str:
    """An LR written for reading: 120, 1.2×10⁵, 1/50, 1."""
    if not np.isfinite(value) or value <= 0:
        return "–"
    if value >= 1:
        return _sig(value)
    return "1/" + _sig(1 / value)


def _sig(x: float) -> str:
    if x < 1e4:
        return f"{x:.3g}" if x < 1000 else f"{x:,.0f}"
    mantissa, exponent = f"{x:.1e}".split("e")
    return f"{mantissa}×10{str(int(exponent)).translate(str.maketrans('-0123456789', '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'))}"


@dataclass
class Combination:
    pretreatment: str
    metric: str
    auc: float
    threshold: float
    fpr: float
    tpr: float
    linked_scores: np.ndarray | None = field(default=None, repr=False)
    unlinked_scores: np.ndarray | None = field(default=None, repr=False)

    def to_json(self) -> dict:
        return {"pretreatment": self.pretreatment, "metric": self.metric, "auc": round(self.auc, 6),
                "threshold": self.threshold, "fpr": self.fpr, "tpr": self.tpr}


@dataclass
class Evaluation:
    combinations: list[Combination]
    linked_pairs: int
    unlinked_pairs: int
    unlinked_total: int
    profiles: int
    groups: int
    target_fpr: float
    reference: ReferenceStats
    pairs: Pairs | None = field(default=None, repr=False)        # the pairs the scores are of
    group_labels: tuple[str, ...] = field(default=(), repr=False)

    def choose(self, harmonised: Sequence[tuple[str, str]] = ()) -> tuple[Combination, str]:
        """The combination to use and why: ``only`` (one was evaluated), ``harmonised`` (of the harmonised or
        published (pretreatment, metric) combinations for the drug type that were evaluated, the one with
        the highest TPR: kept even when another does better, which the caller reports beside it), or
        ``best`` (the highest TPR at the target FPR)."""
        if len(self.combinations) == 1:
            return self.combinations[0], "only"
        presets = [c for c in self.combinations if (c.pretreatment, c.metric) in set(map(tuple, harmonised))]
        if presets:
            return max(presets, key=lambda c: (round(c.tpr, 9), round(c.auc, 9))), "harmonised"
        return self.best, "best"

    @property
    def best(self) -> Combination:
        """The combination with the highest TPR at the target FPR (then the highest AUC)."""
        return max(self.combinations, key=lambda c: (round(c.tpr, 9), round(c.auc, 9)))

    def get(self, pretreatment: str, metric_name: str) -> Combination:
        return next(c for c in self.combinations if (c.pretreatment, c.metric) == (pretreatment, metric_name))


def evaluate(values: np.ndarray, groups: list[str], *, pretreatments: tuple[str, ...] = PRETREATMENTS,
             metrics: tuple[str, ...] = tuple(METRICS), fpr: float = 0.01, max_unlinked: int = MAX_UNLINKED,
             seed: int = 2026, keep_scores: bool = False,
             progress: Callable[[int, int], None] | None = None) -> Evaluation:
    """Every pretreatment × metric on these labelled profiles (rows of ``values``, group per row)."""
    if len(values) != len(groups):
        raise CatalogueError("There must be one group label per profile.")
    if len(values) < 3:
        raise CatalogueError("Calibration needs at least three profiles.")
    for name in metrics:
        metric(name)
    pairs = make_pairs(groups, max_unlinked=max_unlinked, seed=seed)
    reference = ReferenceStats.of(values)
    combos = []
    total, done = len(pretreatments) * len(metrics), 0
    for p in pretreatments:
        treated = pretreat(values, p, reference)
        for m in metrics:
            lin = pair_scores(m, treated[pairs.linked[:, 0]], treated[pairs.linked[:, 1]])
            unl = pair_scores(m, treated[pairs.unlinked[:, 0]], treated[pairs.unlinked[:, 1]])
            higher = METRICS[m].higher_is_similar
            threshold, achieved, tpr = threshold_at_fpr(lin, unl, fpr, higher)
            combos.append(Combination(p, m, auc(lin, unl, higher), threshold, achieved, tpr,
                                      lin if keep_scores else None, unl if keep_scores else None))
            done += 1
            if progress:
                progress(done, total)
    return Evaluation(combos, len(pairs.linked), len(pairs.unlinked), pairs.unlinked_total, len(values),
                      len(set(map(str, groups))), fpr, reference, pairs, tuple(map(str, groups)))
