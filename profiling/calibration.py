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
- **Likelihood ratio.** LR(s) = f_linked(s) / f_unlinked(s), the two score
  densities estimated by Gaussian kernels (Silverman's bandwidth); each
  density is floored at 10⁻⁶ of its peak so the ratio stays finite in the
  tails, where it should be read as "beyond the data", not as a number.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from catalogue.errors import CatalogueError

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


@dataclass(frozen=True)
class LikelihoodRatio:
    """LR on a grid of scores (frozen with a method); ``at`` interpolates, clamping outside the grid."""

    grid: tuple[float, ...]
    values: tuple[float, ...]

    @classmethod
    def fit(cls, linked: np.ndarray, unlinked: np.ndarray, points: int = LR_GRID) -> "LikelihoodRatio":
        lo = float(min(linked.min(), unlinked.min()))
        hi = float(max(linked.max(), unlinked.max()))
        grid = np.linspace(lo, hi if hi > lo else lo + 1.0, points)
        f_l, f_u = _kde(linked, grid), _kde(unlinked, grid)
        f_l = np.maximum(f_l, f_l.max() * 1e-6)
        f_u = np.maximum(f_u, f_u.max() * 1e-6)
        return cls(tuple(float(g) for g in grid), tuple(float(v) for v in f_l / f_u))

    def at(self, scores: np.ndarray | float) -> np.ndarray:
        return np.interp(scores, self.grid, self.values)

    def to_json(self) -> dict:
        return {"grid": list(self.grid), "values": list(self.values)}

    @classmethod
    def from_json(cls, doc: dict) -> "LikelihoodRatio":
        return cls(tuple(map(float, doc["grid"])), tuple(map(float, doc["values"])))


def _kde(sample: np.ndarray, grid: np.ndarray) -> np.ndarray:
    sample = np.asarray(sample, dtype=np.float64)
    n = len(sample)
    sd = sample.std(ddof=1) if n > 1 else 0.0
    iqr = np.subtract(*np.percentile(sample, [75, 25])) if n > 1 else 0.0
    spread = min(sd, iqr / 1.34) if iqr > 0 else sd
    h = 0.9 * spread * n ** -0.2 if spread > 0 else max(1e-3, abs(float(sample.mean())) * 1e-3)
    if n > 20_000:  # the density barely changes; a fixed subsample keeps this quick
        sample = np.random.default_rng(0).choice(sample, 20_000, replace=False)
        n = 20_000
    out = np.zeros_like(grid)
    for start in range(0, n, 2000):
        z = (grid[:, None] - sample[None, start:start + 2000]) / h
        out += np.exp(-0.5 * z * z).sum(axis=1)
    return out / (n * h * np.sqrt(2 * np.pi))


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

    @property
    def best(self) -> Combination:
        return max(self.combinations, key=lambda c: (round(c.auc, 9), c.tpr))

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
                      len(set(map(str, groups))), fpr, reference)
