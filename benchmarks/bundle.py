"""Sealed bundles against the budget in DESIGN.md: 100,000 changed records → sealed bundle in ≤ 3 s.

    python benchmarks/bundle.py [--records 100000] [--quick] [--workdir DIR]

Builds a catalogue of ``--records`` generated profiling results (all changed
since the last delivery: a first sync), then measures, in the same run:

- ``build_s``: ``Outbox.export`` from the catalogue — pending changes,
  coalescing, the default sharing policy, canonical JSON lines, zstd, HPKE
  (MLKEM768-X25519) sealing, Ed25519 signing, parts of ≤ 8 MiB, and the
  outbox rows recorded in the catalogue;
- against ``plain_json_s``: the obvious alternative, the same records read
  from the catalogue and written as one plain JSON document (no policy, no
  compression, no encryption, no signature);
- sizes: sealed bytes, bytes per record, the canonical payload after the
  policy and its compression ratio, and the plain JSON sizes;
- ``open_s``: the hub's side, ``open_bundle`` on every part (all checks,
  including the record schema).

``--quick`` uses 10,000 records.  Prints ONE JSON line on stdout; progress
goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from benchmarks.profile_catalogue import build_profile_catalogue, log  # noqa: E402

from catalogue.store import Catalogue  # noqa: E402
from sync.keys import create_identity  # noqa: E402
from sync.opening import lab_keys_from, open_bundle  # noqa: E402
from sync.outbox import Outbox  # noqa: E402
from sync.policy import default_policy  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="10,000 records")
    parser.add_argument("--workdir", type=Path, help="keep (and reuse) the catalogue here")
    args = parser.parse_args()
    records = 10_000 if args.quick else args.records
    work = args.workdir or Path(tempfile.mkdtemp(prefix="labnet-bundle-bench-"))
    try:
        figures = run(work / f"catalogue-{records}", records)
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(figures))


def run(folder: Path, records: int) -> dict:
    build = build_profile_catalogue(folder, records)
    lab = create_identity("lab", "Benchmark Laboratory", "GH")
    hub = create_identity("hub", "Benchmark Hub", "SN")
    policy = default_policy()
    with Catalogue.open(folder, user="benchmark") as cat:
        cat.conn.execute("DELETE FROM outbox_items")  # a reused catalogue starts as never sent
        cat.conn.execute("DELETE FROM outbox_bundles")
        cat.conn.execute("DELETE FROM outbox_settled")
        cat.conn.execute("DELETE FROM meta WHERE key = 'outbox_watermark'")
        log("plain JSON of the same records")
        t = time.perf_counter()
        plain = json.dumps(list(cat.iter_records("profiling_result")), ensure_ascii=False).encode("utf-8")
        plain_s = time.perf_counter() - t
        log("sealed bundle through the outbox")
        t = time.perf_counter()
        result = Outbox(cat).export(lab, hub.public, policy)
        build_s = time.perf_counter() - t
    parts = result.parts
    sealed = sum(len(data) for _, data in parts)
    payload_bytes = sum(h.payload_size for h, _ in parts)
    compressed = sealed - sum(86 + len(h.to_bytes()) + hub.public.keys.suite.enc_length + 16 for h, _ in parts)
    log("opening every part as the hub")
    t = time.perf_counter()
    opened = sum(len(open_bundle(data, hub, lab_keys_from([lab.public])).entries) for _, data in parts)
    open_s = time.perf_counter() - t
    shared = len(result.pending.entries)
    return {
        "benchmark": "bundle", "records_changed": records, "records_shared": shared, "records_opened": opened,
        "parts": len(parts), "suite": hub.public.keys.suite.name,
        "build_s": round(build_s, 2), "build_budget_s": 3.0, "plain_json_s": round(plain_s, 2),
        "sealed_bytes": sealed, "bytes_per_record": round(sealed / max(shared, 1), 1),
        "payload_bytes": payload_bytes, "compression_ratio": round(payload_bytes / max(compressed, 1), 2),
        "plain_json_bytes": len(plain), "plain_json_bytes_per_record": round(len(plain) / max(records, 1), 1),
        "sealed_vs_plain_json": round(sealed / len(plain), 3),
        "open_s": round(open_s, 2), "open_records_per_s": round(opened / open_s) if open_s else None,
        **build, "cpus": os.cpu_count(), "python": platform.python_version(),
    }


if __name__ == "__main__":
    main()
