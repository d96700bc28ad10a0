"""What the benchmarks share: a log line, and a big catalogue of generated profiles."""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path
from typing import Any

SEED = 2026


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def build_profile_catalogue(folder: Path, rows: int, chunk: int = 20_000) -> dict[str, Any]:
    """``rows`` generated profiling results written through the import's bulk path,
    chunk by chunk (memory: one chunk at a time).  A catalogue of the right size
    already in ``folder`` is reused."""
    from labnet.catalogue.demo import generate_profiles
    from labnet.catalogue.store import Catalogue

    folder.mkdir(parents=True, exist_ok=True)
    with Catalogue.open(folder, user="benchmark") as cat:
        have = cat.count("profiling_result")
        if have == rows:
            log(f"reusing the catalogue of {rows:,} rows in {folder}")
            return {"build_reused": True}
        if have:
            raise SystemExit(f"{folder} holds {have:,} rows, not {rows:,}; choose another folder")
        log(f"building a catalogue of {rows:,} profiling results in {folder}")
        t = time.perf_counter()
        generated = generate_profiles(rows, seed=SEED)
        done = 0
        while batch := list(itertools.islice(generated, chunk)):
            cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", batch),
                             source={"benchmark": True})
            done += len(batch)
            if done % 100_000 == 0:
                log(f"  {done:,} rows, {time.perf_counter() - t:.0f} s")
        cat.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        elapsed = time.perf_counter() - t
    size = sum(f.stat().st_size for f in folder.iterdir() if f.is_file())
    return {"build_s": round(elapsed, 1), "build_method": f"plan_upsert/apply_upsert, chunks of {chunk:,}",
            "catalogue_mb": round(size / 1e6)}
