"""Linkage speed: all links among 20,000 profiles, and 1,000 new profiles against 1,000,000 stored.

    python benchmarks/linkage.py [--profiles 20000] [--targets 30] [--stored 1000000] [--new 1000]
                                 [--metrics cosine,manhattan,canberra,canberra-r] [--skip-against] [--quick]

Prints one JSON line:

- ``among``: one entry per metric: every pair of ``--profiles`` profiles ×
  ``--targets`` targets (synthetic production batches of 3–8 profiles with
  5–10 % noise), N2R-pretreated, pairs past the threshold kept —
  ``profiling.links_among`` (blocks, float32 then float64 near the threshold;
  Manhattan and Canberra in the compiled kernel) beside
  ``scipy.spatial.distance.cdist`` on the same data in the same run (the upper
  triangle in row blocks of 2,000, since the whole matrix would take
  ``full_matrix_gb``; its scores compared with the threshold as they come),
  with the links each found (``links_differing``: pairs found by one only, which
  can only be ties at the threshold), the peak memory of each (tracemalloc) and ``cdist_ratio``
  (cdist's time over ours).  Cosine's threshold is 99; the distances' is the
  90th percentile of within-batch scores.  Cosine is timed twice: with one BLAS
  thread per block thread (``seconds``, LabNet's default) and with BLAS's own
  threads (``seconds_blas_default``); ``load_average`` says how busy the
  machine was.  ``canberra-r`` (R's convention) has no cdist counterpart.
- ``against``: ``--new`` profiles against ``--stored`` (budget ≤ 5 s), from a
  matrix in memory (with one BLAS thread per block thread, and with BLAS's own
  threads) and including loading it from the catalogue's cache file format
  (``.npz``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from benchmarks.profile_catalogue import log  # noqa: E402
from labnet.profiling import METRICS, Comparator, linkage, links_against, links_among, pair_scores, pretreat

SEED = 2026
THRESHOLD = 99.0  # cosine ×100 on N2R: within-batch pairs score ~99.5, different batches far lower


def batches(n: int, k: int, rng: np.random.Generator, labels: list | None = None) -> np.ndarray:
    """``n`` profiles in batches of 3–8 sharing a base profile, 5–10 % noise per peak, ~10 % targets absent
    (each profile's batch number appended to ``labels`` when given)."""
    out = np.empty((n, k))
    done = 0
    while done < n:
        size = min(int(rng.integers(3, 9)), n - done)
        base = np.exp(rng.normal(9, 1.5, k)) * (rng.random(k) > 0.1)
        noise = rng.uniform(0.05, 0.10)
        scale = rng.uniform(0.6, 1.6, (size, 1))
        out[done:done + size] = base * scale * np.exp(rng.normal(0, noise, (size, k)))
        if labels is not None:
            labels.extend([done] * size)
        done += size
    out[out.sum(axis=1) == 0, 0] = 1.0
    return out


def peak_memory(run):
    tracemalloc.start()
    t = time.perf_counter()
    result = run()
    elapsed = time.perf_counter() - t
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, elapsed, peak / 2**20


def threshold_for(name: str, values: np.ndarray, labels: np.ndarray) -> float:
    if name == "cosine":
        return THRESHOLD
    sample = min(len(values), 2000)
    i, j = np.triu_indices(sample, 1)
    same = labels[i] == labels[j]
    return float(np.quantile(pair_scores(name, values[i[same]], values[j[same]]), 0.9))


def bench_among(n: int, k: int, name: str) -> dict:
    from scipy.spatial.distance import cdist

    labels: list = []
    values = pretreat(batches(n, k, np.random.default_rng(SEED), labels), "N2R")
    threshold = threshold_for(name, values, np.array(labels))
    metric = METRICS[name]
    links_among(values[:2000], name, threshold)  # warm up BLAS threads, load the compiled kernel
    ours, ours_s, ours_mb = peak_memory(lambda: links_among(values, name, threshold))
    row = {"metric": name, "pretreatment": "N2R", "threshold": round(threshold, 6), "links": len(ours),
           "seconds": round(ours_s, 3), "peak_mb": round(ours_mb, 1)}
    if name == "cosine":
        linkage.BLAS_THREADS = None
        try:
            _, blas_s, _ = peak_memory(lambda: links_among(values, name, threshold))
        finally:
            linkage.BLAS_THREADS = 1
        row["seconds_blas_default"] = round(blas_s, 3)
    scipy_name = {"cosine": "cosine", "manhattan": "cityblock", "canberra": "canberra", "euclidean": "euclidean"}
    if name not in scipy_name:
        return row

    def with_cdist():
        found = []
        for start in range(0, n, 2000):
            scores = cdist(values[start:start + 2000], values[start:], scipy_name[name])
            if name == "cosine":
                scores = 100.0 * (1.0 - scores)
            i, j = np.nonzero(scores >= threshold if metric.higher_is_similar else scores <= threshold)
            keep = j > i
            found.append(np.column_stack([i[keep] + start, j[keep] + start]))
        return np.vstack(found)

    theirs, theirs_s, theirs_mb = peak_memory(with_cdist)
    theirs_set, ours_set = set(map(tuple, theirs.tolist())), set(zip(ours.i.tolist(), ours.j.tolist()))
    row.update({"cdist_seconds": round(theirs_s, 3), "cdist_peak_mb": round(theirs_mb, 1),
                "cdist_links": len(theirs), "same_links": theirs_set == ours_set,
                "links_differing": len(theirs_set ^ ours_set), "cdist_ratio": round(theirs_s / ours_s, 1),
                "full_matrix_gb": round(n * n * 8 / 2**30, 1)})
    return row


def bench_against(stored: int, new: int, k: int) -> dict:
    rng = np.random.default_rng(SEED + 1)
    values = pretreat(batches(stored, k, rng), "N2R")
    queries = values[rng.choice(stored, new, replace=False)] * np.exp(rng.normal(0, 0.03, (new, k)))
    t = time.perf_counter()
    comparator = Comparator("cosine", values, dtype=np.float32)
    prepare_s = time.perf_counter() - t
    t = time.perf_counter()
    links = links_against(queries, values, "cosine", THRESHOLD, comparator=comparator)
    compare_s = time.perf_counter() - t
    linkage.BLAS_THREADS = None
    try:
        t = time.perf_counter()
        links_against(queries, values, "cosine", THRESHOLD, comparator=comparator)
        compare_blas_s = time.perf_counter() - t
    finally:
        linkage.BLAS_THREADS = 1
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "profiles-cocaine.npz"
        ids = np.array([f"{i:036d}" for i in range(stored)], dtype="S36")  # as the catalogue's cache stores them
        np.savez(path, ids=ids, values=values, seq=1, fingerprint="x", rejected="[]")
        t = time.perf_counter()
        with np.load(path) as cached:
            loaded, _ = cached["values"], cached["ids"].astype(str)
        load_s = time.perf_counter() - t
        t = time.perf_counter()
        links_against(queries, loaded, "cosine", THRESHOLD)
        from_cache_s = time.perf_counter() - t + load_s
    return {"stored": stored, "new": new, "targets": k, "links": len(links),
            "prepare_stored_seconds": round(prepare_s, 3), "compare_seconds": round(compare_s, 3),
            "compare_seconds_blas_default": round(compare_blas_s, 3),
            "seconds_in_memory": round(prepare_s + compare_s, 3),
            "seconds_from_cache_file": round(from_cache_s, 3), "cache_load_seconds": round(load_s, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profiles", type=int, default=20_000)
    parser.add_argument("--targets", type=int, default=30)
    parser.add_argument("--stored", type=int, default=1_000_000)
    parser.add_argument("--new", type=int, default=1_000)
    parser.add_argument("--metrics", default="cosine,manhattan,canberra,canberra-r",
                        help="comma-separated metrics for the links among --profiles")
    parser.add_argument("--skip-against", action="store_true", help="only the links among --profiles")
    parser.add_argument("--quick", action="store_true", help="2,000 profiles and 100,000 stored")
    args = parser.parse_args(argv)
    if args.quick:
        args.profiles, args.stored = 2_000, 100_000
    load = os.getloadavg()[0]
    among = []
    for name in args.metrics.split(","):
        log(f"all links among {args.profiles:,}, {name}")
        among.append(bench_among(args.profiles, args.targets, name))
    against = None
    if not args.skip_against:
        log(f"{args.new:,} against {args.stored:,}")
        against = bench_against(args.stored, args.new, args.targets)
    try:
        import numba
        numba_version = numba.__version__
    except ImportError:
        numba_version = None
    print(json.dumps({"benchmark": "linkage", "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                                                           "numpy": np.__version__, "numba": numba_version,
                                                           "load_average": [round(load, 2),
                                                                            round(os.getloadavg()[0], 2)]},
                      "among": among, "against": against}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
