"""Pretreatments: what is done to a profile's peak areas before two profiles are compared.

Each row (one profile, k target peak areas x₁…x_k ≥ 0, not all zero) becomes:

- ``none``: the areas as measured;
- ``N``: each area as a percentage of the profile's total, 100·xᵢ/Σx (removes
  the effect of how much material was injected);
- ``N2R``: the square root of N, √(100·xᵢ/Σx) (lets minor peaks weigh more);
- ``N4R``: the fourth root of N (more so);
- ``log``: log₁₀(1 + N);
- ``N+S``: N, then each target divided by its standard deviation over a
  reference population (so that every target weighs alike whatever its
  usual size).  The population's per-target mean and standard deviation are
  part of the comparison method, frozen with it, so a score means the same in
  every laboratory that uses the method.  A target that never varies in the
  population (standard deviation 0) carries no information; it is given
  weight 0.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from catalogue.errors import CatalogueError

PRETREATMENTS = ("none", "N", "N2R", "N4R", "log", "N+S")
LABELS = {"none": "raw areas", "N": "normalised to the sum (N)", "N2R": "square root of N (N2R)",
          "N4R": "fourth root of N (N4R)", "log": "log10(1 + N)", "N+S": "N, scaled by the reference SD (N+S)"}


@dataclass(frozen=True)
class ReferenceStats:
    """Per-target mean and standard deviation of N over a reference population of ``size`` profiles."""

    mean: tuple[float, ...]
    std: tuple[float, ...]
    size: int

    @classmethod
    def of(cls, values: np.ndarray) -> "ReferenceStats":
        if len(values) < 2:
            raise CatalogueError("N+S needs a reference population of at least two profiles.")
        n = normalise(values)
        return cls(tuple(float(v) for v in n.mean(axis=0)), tuple(float(v) for v in n.std(axis=0, ddof=1)), len(values))

    def to_json(self) -> dict:
        return {"mean": list(self.mean), "std": list(self.std), "size": self.size}

    @classmethod
    def from_json(cls, doc: dict) -> "ReferenceStats":
        return cls(tuple(float(v) for v in doc["mean"]), tuple(float(v) for v in doc["std"]), int(doc["size"]))


def normalise(values: np.ndarray) -> np.ndarray:
    """N: each row as percentages of its total (rows with no peak stay zero)."""
    values = np.asarray(values, dtype=np.float64)
    totals = values.sum(axis=1, keepdims=True)
    return np.divide(values * 100.0, totals, out=np.zeros_like(values), where=totals > 0)


def pretreat(values: np.ndarray, name: str, stats: ReferenceStats | None = None) -> np.ndarray:
    """The pretreated copy of ``values`` (n × k)."""
    if name not in PRETREATMENTS:
        raise CatalogueError(f"“{name}” is not a pretreatment; use one of {', '.join(PRETREATMENTS)}.")
    values = np.asarray(values, dtype=np.float64)
    if name == "none":
        return values.copy()
    n = normalise(values)
    if name == "N":
        return n
    if name == "N2R":
        return np.sqrt(n)
    if name == "N4R":
        return np.sqrt(np.sqrt(n))
    if name == "log":
        return np.log10(1.0 + n)
    if stats is None:
        raise CatalogueError("N+S needs the reference population's statistics (they come with the method).")
    std = np.asarray(stats.std, dtype=np.float64)
    if std.shape != (values.shape[1],):
        raise CatalogueError(f"The reference statistics have {std.size} targets, the profiles {values.shape[1]}.")
    weights = np.divide(1.0, std, out=np.zeros_like(std), where=std > 0)
    return n * weights
