"""Comparison metrics: how alike two pretreated profiles a and b (k targets each) are.

| metric | score | range | more similar |
|---|---|---|---|
| ``pearson`` | 100 · Pearson correlation of a and b | −100 … 100 | higher |
| ``cosine`` | 100 · a·b / (‖a‖ ‖b‖) | 0 … 100 (peak areas are ≥ 0) | higher |
| ``cosine2`` | 100 · (a·b / (‖a‖ ‖b‖))² (squared cosine) | 0 … 100 | higher |
| ``euclidean`` | √Σ(aᵢ − bᵢ)² | 0 … ∞ | lower |
| ``manhattan`` | Σ|aᵢ − bᵢ| | 0 … ∞ | lower |
| ``canberra`` | Σ |aᵢ − bᵢ| / (|aᵢ| + |bᵢ|), a 0/0 term counting 0 | 0 … k | lower |

A profile whose pretreated values are all equal has no correlation with
anything: its Pearson score is 0.

``Comparator`` prepares a set of profiles once (centred and scaled rows for
Pearson and the cosines, squared norms for Euclidean) so that a block of
scores between m new and n stored profiles is one matrix product — the
reason 20,000 profiles compare in about a second.  Manhattan and Canberra
have no such shortcut and are computed in slices of bounded size.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from catalogue.errors import CatalogueError


@dataclass(frozen=True)
class Metric:
    name: str
    label: str
    higher_is_similar: bool

    def similar(self, scores: np.ndarray, threshold: float) -> np.ndarray:
        """Which scores count as a link at ``threshold`` (the threshold itself included)."""
        return scores >= threshold if self.higher_is_similar else scores <= threshold


METRICS: dict[str, Metric] = {m.name: m for m in (
    Metric("pearson", "Pearson correlation (×100)", True),
    Metric("cosine", "cosine (×100)", True),
    Metric("cosine2", "squared cosine (×100)", True),
    Metric("euclidean", "Euclidean distance", False),
    Metric("manhattan", "Manhattan distance", False),
    Metric("canberra", "Canberra distance", False),
)}

_SLICE_CELLS = 4_000_000  # elements of one m × n × k slice for Manhattan and Canberra (~32 MB)


def metric(name: str) -> Metric:
    try:
        return METRICS[name]
    except KeyError:
        raise CatalogueError(f"“{name}” is not a comparison metric; use one of {', '.join(METRICS)}.") from None


class Comparator:
    """Profiles prepared once for one metric; ``scores(i, j)`` blocks come from them."""

    def __init__(self, name: str, values: np.ndarray, *, dtype: type = np.float64):
        self.metric = metric(name)
        self.values = np.ascontiguousarray(values, dtype=np.float64)
        self.dtype = dtype
        self.prepared = self._prepare(self.values)

    def __len__(self) -> int:
        return len(self.values)

    def _prepare(self, values: np.ndarray) -> np.ndarray:
        name = self.metric.name
        if name == "pearson":
            centred = values - values.mean(axis=1, keepdims=True)
            return _unit_rows(centred).astype(self.dtype)
        if name in ("cosine", "cosine2"):
            return _unit_rows(values).astype(self.dtype)
        if name == "euclidean":
            return values.astype(self.dtype)
        return values

    def prepare(self, values: np.ndarray) -> np.ndarray:
        """Other profiles prepared the same way (to compare new profiles with these)."""
        return self._prepare(np.ascontiguousarray(values, dtype=np.float64))

    def block(self, a: np.ndarray, b: np.ndarray, a_raw: np.ndarray | None = None,
              b_raw: np.ndarray | None = None) -> np.ndarray:
        """Scores between prepared rows ``a`` (m) and ``b`` (n): an m × n array."""
        name = self.metric.name
        if name in ("pearson", "cosine", "cosine2"):
            s = a @ b.T
            np.clip(s, -1.0, 1.0, out=s)
            if name == "cosine2":
                s *= s
            s *= 100.0
            return s
        if name == "euclidean":
            aa = np.einsum("ij,ij->i", a, a)[:, None]
            bb = np.einsum("ij,ij->i", b, b)[None, :]
            d2 = aa + bb - 2.0 * (a @ b.T)
            np.maximum(d2, 0.0, out=d2)
            return np.sqrt(d2, out=d2)
        return _sliced(a, b, name)

    def candidates(self, a: np.ndarray, b: np.ndarray, threshold: float, margin: float
                   ) -> tuple[np.ndarray, np.ndarray]:
        """(rows, cols) of the pairs in the block scoring within ``margin`` of passing ``threshold``.

        Cheaper than ``block`` followed by a comparison: the threshold is moved onto the raw
        product (cosine × 100 ≥ t  ⇔  a·b ≥ t/100; d ≤ t  ⇔  d² ≤ t²), so no pass over the
        block rescales, clips or takes square roots.
        """
        name = self.metric.name
        if name in ("pearson", "cosine"):
            return np.nonzero(a @ b.T >= (threshold - margin) / 100.0)
        if name == "cosine2":
            return np.nonzero(a @ b.T >= np.sqrt(max(threshold - margin, 0.0) / 100.0))
        if name == "euclidean":
            limit = (threshold + margin) ** 2
            d2 = a @ b.T
            d2 *= -2.0
            d2 += np.einsum("ij,ij->i", a, a)[:, None]
            d2 += np.einsum("ij,ij->i", b, b)[None, :]
            return np.nonzero(d2 <= limit)
        return np.nonzero(self.block(a, b) <= threshold + margin)

    def scores(self, rows: slice | np.ndarray, cols: slice | np.ndarray) -> np.ndarray:
        return self.block(self.prepared[rows], self.prepared[cols])


def pair_scores(name: str, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Scores of row i of ``a`` with row i of ``b`` (pretreated, same shape): a vector."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    m = metric(name).name
    if m == "pearson":
        ac, bc = a - a.mean(axis=1, keepdims=True), b - b.mean(axis=1, keepdims=True)
        return 100.0 * np.clip(np.einsum("ij,ij->i", _unit_rows(ac), _unit_rows(bc)), -1, 1)
    if m in ("cosine", "cosine2"):
        c = np.clip(np.einsum("ij,ij->i", _unit_rows(a), _unit_rows(b)), -1, 1)
        return 100.0 * (c * c if m == "cosine2" else c)
    diff = a - b
    if m == "euclidean":
        return np.sqrt(np.einsum("ij,ij->i", diff, diff))
    if m == "manhattan":
        return np.abs(diff).sum(axis=1)
    return _canberra_terms(a, b).sum(axis=1)


def _unit_rows(values: np.ndarray) -> np.ndarray:
    norms = np.sqrt(np.einsum("ij,ij->i", values, values))[:, None]
    return np.divide(values, norms, out=np.zeros_like(values), where=norms > 0)


def _canberra_terms(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    num = np.abs(a - b)
    den = np.abs(a) + np.abs(b)
    return np.divide(num, den, out=np.zeros_like(num), where=den > 0)


def _sliced(a: np.ndarray, b: np.ndarray, name: str) -> np.ndarray:
    m, n, k = len(a), len(b), a.shape[1] if a.ndim == 2 else 0
    out = np.empty((m, n))
    step = max(1, _SLICE_CELLS // max(1, n * k))
    for start in range(0, m, step):
        a3 = a[start:start + step, None, :]
        if name == "manhattan":
            out[start:start + step] = np.abs(a3 - b[None, :, :]).sum(axis=2)
        else:
            out[start:start + step] = _canberra_terms(a3, b[None, :, :]).sum(axis=2)
    return out
