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
- ``S+N``: the other order: each raw area divided by its standard deviation
  over the reference population (S), then the row normalised to 100 (N).
  The order matters for Canberra: Canberra is unchanged when a target is
  multiplied by a constant, so N+S with Canberra scores exactly as N does,
  whereas S+N changes the weights before the sum is taken.
- ``Z``: for signed variables (isotope ratios δ¹³C, δ¹⁵N…, which are negative
  as often as not, or any measurement that is not a peak area): each variable
  standardised over the reference population, (xᵢ − meanᵢ) / sdᵢ.  N and the
  roots and logarithm built on it assume non-negative amounts that add up to
  a total; a δ value is a difference from a standard, so a "share of the
  total" or a root of it means nothing.  Z keeps the sign and puts every
  variable on the same scale; the reference mean and SD are frozen with the
  method like those of N+S.

``PRETREATMENTS`` are the six compared by default on peak areas;
``SIGNED_PRETREATMENTS`` those that apply to signed variables; every name
``pretreat`` accepts is in ``ALL_PRETREATMENTS``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from labnet.catalogue.errors import CatalogueError

PRETREATMENTS = ("none", "N", "N2R", "N4R", "log", "N+S")
SIGNED_PRETREATMENTS = ("none", "Z")
ALL_PRETREATMENTS = PRETREATMENTS + ("S+N", "Z")
LABELS = {"none": "raw areas", "N": "normalised to the sum (N)", "N2R": "square root of N (N2R)",
          "N4R": "fourth root of N (N4R)", "log": "log10(1 + N)", "N+S": "N, scaled by the reference SD (N+S)"}
# Not yet in the desktop's translated texts (the desktop lists the six above).
MORE_LABELS = {"S+N": "scaled by the reference SD, then N (S+N)", "Z": "standardised per variable (Z)"}
NEEDS_REFERENCE = ("N+S", "S+N", "Z")


@dataclass(frozen=True)
class ReferenceStats:
    """Per-target mean and standard deviation of N over a reference population of ``size`` profiles.

    ``raw_mean`` and ``raw_std`` are the same of the values as measured (used by S+N and Z); methods saved
    before they existed do not have them, and their JSON stays exactly as it was.
    """

    mean: tuple[float, ...]
    std: tuple[float, ...]
    size: int
    raw_mean: tuple[float, ...] | None = None
    raw_std: tuple[float, ...] | None = None

    @classmethod
    def of(cls, values: np.ndarray) -> ReferenceStats:
        if len(values) < 2:
            raise CatalogueError("N+S needs a reference population of at least two profiles.")
        values = np.asarray(values, dtype=np.float64)
        n = normalise(values)
        return cls(tuple(float(v) for v in n.mean(axis=0)), tuple(float(v) for v in n.std(axis=0, ddof=1)), len(values),
                   tuple(float(v) for v in values.mean(axis=0)), tuple(float(v) for v in values.std(axis=0, ddof=1)))

    def to_json(self) -> dict:
        doc = {"mean": list(self.mean), "std": list(self.std), "size": self.size}
        if self.raw_mean is not None and self.raw_std is not None:
            doc["raw_mean"], doc["raw_std"] = list(self.raw_mean), list(self.raw_std)
        return doc

    @classmethod
    def from_json(cls, doc: dict) -> ReferenceStats:
        raw = doc.get("raw_mean") is not None and doc.get("raw_std") is not None
        return cls(tuple(float(v) for v in doc["mean"]), tuple(float(v) for v in doc["std"]), int(doc["size"]),
                   tuple(float(v) for v in doc["raw_mean"]) if raw else None,
                   tuple(float(v) for v in doc["raw_std"]) if raw else None)


_SIGNED_REFUSAL = ("{name} applies to amounts that cannot be negative (peak areas); these values include negative "
                   "ones (isotope ratios or other signed variables): use the Z pretreatment (or none).")


def normalise(values: np.ndarray) -> np.ndarray:
    """N: each row as percentages of its total (rows with no peak stay zero)."""
    values = np.asarray(values, dtype=np.float64)
    totals = values.sum(axis=1, keepdims=True)
    return np.divide(values * 100.0, totals, out=np.zeros_like(values), where=totals > 0)


def pretreat(values: np.ndarray, name: str, stats: ReferenceStats | None = None) -> np.ndarray:
    """The pretreated copy of ``values`` (n × k)."""
    if name not in ALL_PRETREATMENTS:
        raise CatalogueError(f"“{name}” is not a pretreatment; use one of {', '.join(ALL_PRETREATMENTS)}.")
    values = np.asarray(values, dtype=np.float64)
    if name == "none":
        return values.copy()
    if name in ("S+N", "Z"):
        if stats is None or stats.raw_std is None or stats.raw_mean is None:
            raise CatalogueError(f"{name} needs the reference population's statistics of the values as measured "
                                 "(they come with a method calibrated by this version of LabNet).")
        mean, std = (np.asarray(v, dtype=np.float64) for v in (stats.raw_mean, stats.raw_std))
        if std.shape != (values.shape[1],):
            raise CatalogueError(f"The reference statistics have {std.size} targets, the profiles {values.shape[1]}.")
        weights = np.divide(1.0, std, out=np.zeros_like(std), where=std > 0)
        if name == "Z":
            return (values - mean) * weights
        if (values < 0).any():
            raise CatalogueError(_SIGNED_REFUSAL.format(name=name))
        return normalise(values * weights)
    if (values < 0).any():
        raise CatalogueError(_SIGNED_REFUSAL.format(name=name))
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
