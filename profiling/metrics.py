"""Comparison metrics: how alike two pretreated profiles a and b (k targets each) are.

| metric | score | range | more similar |
|---|---|---|---|
| ``pearson`` | 100 · Pearson correlation of a and b | −100 … 100 | higher |
| ``cosine`` | 100 · a·b / (‖a‖ ‖b‖) | 0 … 100 (peak areas are ≥ 0) | higher |
| ``cosine2`` | 100 · (a·b / (‖a‖ ‖b‖))² (squared cosine) | 0 … 100 | higher |
| ``euclidean`` | √Σ(aᵢ − bᵢ)² | 0 … ∞ | lower |
| ``manhattan`` | Σ|aᵢ − bᵢ| | 0 … ∞ | lower |
| ``canberra`` | Σ |aᵢ − bᵢ| / (|aᵢ| + |bᵢ|), a 0/0 term counting 0 (scipy's convention) | 0 … k | lower |
| ``canberra-r`` | the same sum with 0/0 terms dropped and rescaled by k / (terms kept) (R's ``dist()``) | 0 … k | lower |

A profile whose pretreated values are all equal has no correlation with
anything: its Pearson score is 0.  Two all-zero profiles score 0 with either
Canberra (R would say NA; such profiles are left out before comparing).

**Precision.** Every score is rounded before it is compared or reported:
similarities (bounded, ×100) to 9 decimals, distances to 12 significant
digits (``Metric.comparable``), and the threshold likewise.  Computations
that are equal in exact arithmetic but summed in a different order (e.g.
Manhattan between N-profiles sharing no target, 200 in exact arithmetic) so
give the same score: ties are ties, whatever computed them.

``Comparator`` prepares a set of profiles once (centred and scaled rows for
Pearson and the cosines) so that a block of scores between m new and n
stored profiles is one matrix product — the reason 20,000 profiles compare
in about a second.  Manhattan and Canberra have no such shortcut: they run in
a compiled kernel (numba, ``_kernels``), or in numpy slices of bounded size
when numba is missing.

``Comparator.candidates`` is the fast pre-filter of linkage: it computes in
float32 and keeps every pair that *could* pass the threshold, with a margin
taken from a rigorous bound on float32 rounding for that metric and those
profiles' magnitudes (see ``candidates``); linkage then scores the candidates
again in float64, so the links are exactly those of a float64 computation
whatever the magnitudes.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

import numpy as np

from labnet.catalogue.errors import CatalogueError

SIMILARITY_DECIMALS = 9     # similarities (×100, bounded) are compared rounded to 1e-9
DISTANCE_DIGITS = 12        # distances are compared rounded to 12 significant digits


def _round_significant(x: np.ndarray, digits: int) -> np.ndarray:
    x = np.asarray(x, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        magnitude = np.floor(np.log10(np.abs(x)))
        magnitude = np.where(np.isfinite(magnitude), np.clip(magnitude, -280, 280), 0.0)
        scale = 10.0 ** (digits - 1 - magnitude)
        out = np.round(x * scale) / scale
    return np.where(np.isfinite(x), out, x)


@dataclass(frozen=True)
class Metric:
    name: str
    label: str
    higher_is_similar: bool

    def comparable(self, scores) -> np.ndarray:
        """Scores at the precision they are compared and reported at (see the module's *Precision*)."""
        if self.higher_is_similar:
            return np.round(np.asarray(scores, dtype=np.float64), SIMILARITY_DECIMALS)
        return _round_significant(scores, DISTANCE_DIGITS)

    def similar(self, scores: np.ndarray, threshold: float) -> np.ndarray:
        """Which scores count as a link at ``threshold`` (the threshold itself included), both compared at
        the documented precision."""
        s, t = self.comparable(scores), float(self.comparable(threshold))
        return s >= t if self.higher_is_similar else s <= t


METRICS: dict[str, Metric] = {m.name: m for m in (
    Metric("pearson", "Pearson correlation (×100)", True),
    Metric("cosine", "cosine (×100)", True),
    Metric("cosine2", "squared cosine (×100)", True),
    Metric("euclidean", "Euclidean distance", False),
    Metric("manhattan", "Manhattan distance", False),
    Metric("canberra", "Canberra distance", False),
    Metric("canberra-r", "Canberra distance (R's dist())", False),
)}

_SLICE_CELLS = 4_000_000  # elements of one m × n × k slice for the numpy fallback (~32 MB)
_KINDS = {"manhattan": 0, "canberra": 1, "canberra-r": 2, "euclidean": 3}
# float32 is used by the pre-filter only when every non-zero |value| is within this range: no overflow of
# squared sums, no underflow (the error bounds below are relative); otherwise it runs in float64.
_FLOAT32_RANGE = (1e-30, 1e15)


def metric(name: str) -> Metric:
    try:
        return METRICS[name]
    except KeyError:
        raise CatalogueError(f"“{name}” is not a comparison metric; use one of {', '.join(METRICS)}.") from None


class Comparator:
    """Profiles prepared once for one metric; ``scores(i, j)`` blocks come from them.

    ``dtype=np.float32`` asks for the linkage pre-filter's precision; it falls back to float64 when the
    values are outside float32's safe range (``_FLOAT32_RANGE``) or, for Manhattan and Canberra, when the
    compiled kernel is not available."""

    def __init__(self, name: str, values: np.ndarray, *, dtype: type = np.float64):
        self.metric = metric(name)
        self.requested = dtype
        self.values = np.ascontiguousarray(values, dtype=np.float64)
        self.dtype = np.float64 if dtype is np.float64 else self._prefilter_dtype(self.values)
        self.prepared = self._prepare(self.values)

    def __len__(self) -> int:
        return len(self.values)

    def kept_and_added(self, keep: np.ndarray, added: np.ndarray) -> Comparator:
        """The comparator of ``values[keep]`` followed by ``added``: each row is prepared on its own, so the
        kept rows' preparation is copied, not done again (at a million rows a new Comparator took ~2 s of CPU;
        the float32 pre-filter's margin covers any last-bit difference in how a row was summed)."""
        added = np.ascontiguousarray(added, dtype=np.float64).reshape(-1, self.values.shape[1])
        kept = int(np.count_nonzero(keep))
        values = np.empty((kept + len(added), self.values.shape[1]))
        np.compress(keep, self.values, axis=0, out=values[:kept])
        values[kept:] = added
        new = object.__new__(Comparator)
        new.metric, new.requested, new.values = self.metric, self.requested, values
        if self.dtype is np.float64 and self.requested is not np.float64:   # the range may allow float32 now
            new.dtype = new._prefilter_dtype(values)
        elif self.dtype is np.float32 and new._prefilter_dtype(added) is np.float64:   # an added row outside it
            new.dtype = np.float64
        else:
            new.dtype = self.dtype
        if new.dtype is not self.dtype:
            new.prepared = new._prepare(values)
            return new
        new.prepared = np.empty((len(values), values.shape[1]), dtype=self.prepared.dtype)
        np.compress(keep, self.prepared, axis=0, out=new.prepared[:kept])
        new.prepared[kept:] = new._prepare(added)
        return new

    @classmethod
    def from_prepared(cls, name: str, values: np.ndarray, prepared: np.ndarray, *,
                      requested: type = np.float32) -> Comparator:
        """A comparator from what one had prepared (``prepared``, of the dtype it chose; kept in a file), checked:
        the shapes agree and a sample of rows prepared again agrees, else ValueError."""
        new = object.__new__(cls)
        new.metric, new.requested = metric(name), requested
        new.values = np.ascontiguousarray(values, dtype=np.float64)
        new.dtype = np.float32 if prepared.dtype == np.float32 else np.float64
        if prepared.shape != new.values.shape or prepared.dtype != new.dtype or (
                requested is np.float64 and new.dtype is not np.float64):
            raise ValueError("the prepared rows do not fit the values")
        sample = np.unique(np.linspace(0, len(values) - 1, min(len(values), 1000)).astype(np.int64))
        if len(sample) and not np.allclose(new._prepare(new.values[sample]), prepared[sample], rtol=1e-6,
                                           atol=1e-30):
            raise ValueError("the prepared rows are not those of the values")
        new.prepared = np.ascontiguousarray(prepared)
        return new

    def _prefilter_dtype(self, values: np.ndarray) -> type:
        if self.metric.name in _KINDS and self.metric.name != "euclidean" and _kernels() is None:
            return np.float64
        magnitudes = np.abs(values[values != 0])
        if magnitudes.size and (magnitudes.min() < _FLOAT32_RANGE[0] or magnitudes.max() > _FLOAT32_RANGE[1]
                                or not np.isfinite(magnitudes.max())):
            return np.float64
        return np.float32

    def _prepare(self, values: np.ndarray) -> np.ndarray:
        name = self.metric.name
        if name == "pearson":
            centred = values - values.mean(axis=1, keepdims=True)
            return _unit_rows(centred).astype(self.dtype)
        if name in ("cosine", "cosine2"):
            return _unit_rows(values).astype(self.dtype)
        return values.astype(self.dtype)

    def prepare(self, values: np.ndarray) -> np.ndarray:
        """Other profiles prepared the same way (to compare new profiles with these)."""
        return self._prepare(np.ascontiguousarray(values, dtype=np.float64))

    def block(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Scores between prepared rows ``a`` (m) and ``b`` (n): an m × n array (float64 comparators give
        the scores at the documented precision)."""
        name = self.metric.name
        if name in ("pearson", "cosine", "cosine2"):
            s = a @ b.T
            np.clip(s, -1.0, 1.0, out=s)
            if name == "cosine2":
                s *= s
            s *= 100.0
        else:  # differences taken directly, never ‖a‖² + ‖b‖² − 2a·b (which cancels on large values)
            s = _distance_block(a, b, name)
        return self.metric.comparable(s) if self.dtype is np.float64 else s

    def candidates(self, a: np.ndarray, b: np.ndarray, threshold: float) -> tuple[np.ndarray, np.ndarray]:
        """(rows, cols) of the pairs in the block that may pass ``threshold``: a superset of the pairs whose
        float64 score (``pair_scores``, at the documented precision) passes.

        The threshold is first widened by the rounding of the documented precision, then by a bound on
        the rounding error of this computation (u = 2⁻²⁴ in float32, k targets, every bound valid for any
        order of summation, as BLAS may use):

        - Pearson, cosines: rows are unit vectors, so |a·b computed − a·b| ≤ (k + 2)·u; the margin is
          (k + 6)·u on a·b (the threshold moved onto a·b: cosine × 100 ≥ t ⇔ a·b ≥ t/100).
        - Euclidean: d² = ‖a‖² + ‖b‖² − 2a·b computed with error ≤ (2k + 11)·u·(‖a‖² + ‖b‖²); the norms
          are scaled by s = 1 − (2k + 16)·u before the sum, so the computed value is never above the
          exact d² (the margin grows with the magnitudes, as the error does).
        - Manhattan: error ≤ (k + 3)·u·(‖a‖₁ + ‖b‖₁), the margin (k + 6)·u·(‖a‖₁ + ‖b‖₁) per pair.
        - Canberra: each term in [0, 1] is off by ≤ 6u, the sum by ≤ k·(k + 7)·u; the margin k·(k + 8)·u
          (R's convention: on the sum before it is rescaled by k / terms kept).
        """
        name = self.metric.name
        k = a.shape[1] if a.ndim == 2 else 0
        u = float(np.finfo(a.dtype).eps) / 2
        if self.metric.higher_is_similar:
            t = float(self.metric.comparable(threshold)) - 2e-9
            limit = t / 100.0 if name != "cosine2" else math.sqrt(max(t, 0.0) / 100.0)
            limit -= (k + 6) * u
            s = a @ b.T
            if name == "cosine2" and (np.any(a < 0) or np.any(b < 0)):  # a negative cosine squares to a link too
                np.abs(s, out=s)
            return _pairs(s >= _down(limit, s.dtype))
        t = float(self.metric.comparable(threshold))
        t += abs(t) * 1e-10
        if name == "euclidean":
            scale = a.dtype.type(1.0 - (2 * k + 16) * u)
            d2 = a @ b.T
            d2 *= -2.0
            d2 += scale * np.einsum("ij,ij->i", a, a)[:, None]
            d2 += scale * np.einsum("ij,ij->i", b, b)[None, :]
            tiny = 8 * (k + 8) * float(np.finfo(a.dtype).tiny)
            return _pairs(d2 <= _up(max(t, 0.0) ** 2 + tiny, d2.dtype))
        kernels = _kernels()
        if kernels is None or a.dtype != b.dtype:
            return _pairs(_distance_block(a, b, name) <= t)
        bt, c0 = self._transposed(b)
        if name == "manhattan":
            margin = (k + 6) * u
            l1a = np.abs(a).sum(axis=1, dtype=np.float64)
            l1b = np.zeros(c0 + len(b))
            l1b[c0:] = np.abs(b).sum(axis=1, dtype=np.float64)
        else:
            margin = k * (k + 8) * u
            l1a = l1b = np.zeros(0)
        capacity = max(1 << 16, 32 * len(a))  # candidates are few; a denser block runs again, sized
        while True:
            out_i = np.empty(capacity, dtype=np.int64)
            out_j = np.empty(capacity, dtype=np.int64)
            found = kernels.candidates(np.ascontiguousarray(a), bt, c0, c0 + len(b), _KINDS[name], t, margin,
                                       l1a, l1b, out_i, out_j)
            if found <= capacity:
                return out_i[:found], out_j[:found]
            capacity = found

    def _transposed(self, b: np.ndarray) -> tuple[np.ndarray, int]:
        """``b`` as columns of a C-contiguous k × n array for the kernel, and the first one's index: a
        slice of ``prepared`` uses ``prepared``'s transposed copy, made once."""
        p = self.prepared
        if b.dtype == p.dtype and (b.base is p or b is p) and len(b) and b.flags.c_contiguous:
            offset = b.__array_interface__["data"][0] - p.__array_interface__["data"][0]
            start, rest = divmod(offset, p.strides[0]) if p.strides[0] else (0, 0)
            if rest == 0 and 0 <= start <= len(p) - len(b):
                if getattr(self, "_prepared_t", None) is None:
                    self._prepared_t = np.ascontiguousarray(p.T)
                return self._prepared_t, int(start)
        return np.ascontiguousarray(b.T), 0

    def scores(self, rows: slice | np.ndarray, cols: slice | np.ndarray) -> np.ndarray:
        return self.block(self.prepared[rows], self.prepared[cols])


def _pairs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The (rows, columns) where a 2-D ``mask`` holds."""
    rows, cols = np.nonzero(mask)
    return rows, cols


def _down(x: float, dtype) -> np.ndarray:
    """``x`` as ``dtype`` (a 0-d value), rounded towards −∞ (a limit compared with a float32 array must not
    move up)."""
    y = np.asarray(x, dtype=dtype)
    return np.nextafter(y, dtype.type(-np.inf)) if float(y) > x else y


def _up(x: float, dtype) -> np.ndarray:
    y = np.asarray(x, dtype=dtype)
    return np.nextafter(y, dtype.type(np.inf)) if float(y) < x else y


def pair_scores(name: str, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Scores of row i of ``a`` with row i of ``b`` (pretreated, same shape): a vector, at the documented
    precision (``Metric.comparable``)."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    m = metric(name)
    return m.comparable(_raw_pair_scores(m.name, a, b))


def _raw_pair_scores(m: str, a: np.ndarray, b: np.ndarray) -> np.ndarray:
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
    return _canberra(a, b, m, axis=1)


def _unit_rows(values: np.ndarray) -> np.ndarray:
    norms = np.sqrt(np.einsum("ij,ij->i", values, values))[:, None]
    return np.divide(values, norms, out=np.zeros_like(values), where=norms > 0)


def _canberra(a: np.ndarray, b: np.ndarray, name: str, axis: int) -> np.ndarray:
    """Canberra by its definition: terms |aᵢ − bᵢ| / (|aᵢ| + |bᵢ|); ``canberra`` counts a 0/0 term as 0,
    ``canberra-r`` drops it and rescales the sum by k / (terms kept), as R's ``dist()`` does (0 when no
    term is kept)."""
    num = np.abs(a - b)
    den = np.abs(a) + np.abs(b)
    total = np.divide(num, den, out=np.zeros_like(num), where=den > 0).sum(axis=axis)
    if name == "canberra":
        return total
    k = num.shape[axis]
    kept = (den > 0).sum(axis=axis)
    return np.divide(total * k, kept, out=np.zeros_like(total), where=kept > 0)


def _distance_block(a: np.ndarray, b: np.ndarray, name: str) -> np.ndarray:
    kernels = _kernels()
    if kernels is not None and a.dtype == b.dtype and a.dtype in (np.float32, np.float64):
        out = np.empty((len(a), len(b)), dtype=a.dtype)
        kernels.scores(np.ascontiguousarray(a), np.ascontiguousarray(b.T), 0, len(b), _KINDS[name], out)
        return out
    return _sliced(a, b, name)


def _sliced(a: np.ndarray, b: np.ndarray, name: str) -> np.ndarray:
    """The numpy fallback: an m × n block in slices of at most ``_SLICE_CELLS`` elements."""
    m, n, k = len(a), len(b), a.shape[1] if a.ndim == 2 else 0
    out = np.empty((m, n))
    step = max(1, _SLICE_CELLS // max(1, n * k))
    for start in range(0, m, step):
        a3, b3 = a[start:start + step, None, :], b[None, :, :]
        if name == "manhattan":
            out[start:start + step] = np.abs(a3 - b3).sum(axis=2)
        elif name == "euclidean":
            diff = a3 - b3
            out[start:start + step] = np.sqrt(np.einsum("ijk,ijk->ij", diff, diff))
        else:
            out[start:start + step] = _canberra(a3, b3, name, axis=2)
    return out


# -- the compiled kernel ------------------------------------------------------------------------------------
_KERNELS: object = None
_KERNELS_TRIED = False


def _kernels():
    """The numba kernels (compiled on first use), or None when numba is missing or refused
    (``LABNET_NO_NUMBA=1`` forces the numpy fallback)."""
    global _KERNELS, _KERNELS_TRIED
    if not _KERNELS_TRIED:
        _KERNELS_TRIED = True
        if os.environ.get("LABNET_NO_NUMBA") != "1":
            try:
                _KERNELS = _build_kernels()
            except Exception:  # noqa: BLE001 — no numba (or no LLVM for this CPU): numpy does the work
                _KERNELS = None
    return _KERNELS


def _build_kernels():
    from . import _kernels as compiled

    # Compiled (or loaded from numba's cache) here, on tiny arrays of every type linkage passes, so that a
    # numba that cannot compile on this machine means the numpy fallback, not an error mid-linkage.
    for dtype in (np.float32, np.float64):
        a = np.ones((2, 3), dtype=dtype)
        bt = np.ascontiguousarray(a.T)
        l1 = np.ones(2)
        out = np.empty(4, dtype=np.int64)
        for kind in (0, 1, 2):
            compiled.candidates(a, bt, 0, 2, kind, 1.0, 1e-6, l1, l1, out, out.copy())
        for kind in (0, 1, 2, 3):
            compiled.scores(a, bt, 0, 2, kind, np.empty((2, 2), dtype=dtype))
    return _Kernels(compiled.scores, compiled.candidates)


@dataclass(frozen=True)
class _Kernels:
    scores: object
    candidates: object
