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

``peaks_stored_canonical``: the share of the catalogue's peak tables stored as their canonical JSON, which the
export copies into its lines unparsed (a catalogue built before 2026-12-05, reused from ``--workdir``, holds
none: build a new one in another folder to measure the export as a catalogue written now gets it).

``--quick`` uses 10,000 records.  ``--repeat N`` exports the same changes N
times (the outbox emptied before each), reporting each run's wall and CPU
seconds and their medians as ``build_s``/``build_cpu_s``; ``--build-only``
skips the plain JSON and the hub's side.  Prints ONE JSON line on stdout;
progress goes to stderr.

``--memory`` (issue 23) measures instead the peak memory of ``Outbox.export`` at
``--sizes`` changed records (default 10,000, 100,000 and 300,000), each in a
fresh child process (the high-water mark ``VmHWM`` of its own memory, before and
after the export: ``ru_maxrss`` keeps the parent's size across fork and exec on
Linux, and the parent has just built the catalogue; catalogues kept in
``--workdir``), with its CPU seconds beside the wall time.  The parts are written
to a sending folder as they are sealed, as a sync does, where the code can.
``--baseline-code DIR`` runs the same children a second time with the ``labnet``
package found in DIR first on the path (a package tree of another checkout:
``git archive REV | tar -x -C SRC; python SRC/scripts/package_tree.py DIR``),
side by side::

    python benchmarks/bundle.py --memory --workdir /tmp/bundle-bench --baseline-code /tmp/old
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))
if os.environ.get("LABNET_BENCH_CODE"):
    # A child measuring other code (--baseline-code): its labnet package first, before any import of labnet
    # below binds the working tree's (a package tree: python scripts/package_tree.py DIR, run in that checkout).
    sys.path.insert(0, os.environ["LABNET_BENCH_CODE"])

from benchmarks.profile_catalogue import build_profile_catalogue, log  # noqa: E402
from labnet.catalogue.store import Catalogue  # noqa: E402
from labnet.protocol.keys import create_identity  # noqa: E402
from labnet.protocol.opening import lab_keys_from, open_bundle  # noqa: E402
from labnet.sync.outbox import Outbox  # noqa: E402
from labnet.sync.policy import default_policy  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="10,000 records")
    parser.add_argument("--repeat", type=int, default=1, help="exports measured (medians reported)")
    parser.add_argument("--build-only", action="store_true", help="only the export: no plain JSON, no opening")
    parser.add_argument("--workdir", type=Path, help="keep (and reuse) the catalogue here")
    parser.add_argument("--memory", action="store_true", help="peak memory of the export at --sizes")
    parser.add_argument("--sizes", default="10000,100000,300000", help="changed records, comma-separated")
    parser.add_argument("--baseline-code", type=Path, help="a folder holding another sync package to compare")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child_export(args.child)))
        return
    if args.memory:
        work = args.workdir or Path(tempfile.mkdtemp(prefix="labnet-bundle-bench-"))
        print(json.dumps(memory(work, [int(n) for n in args.sizes.split(",")], args.baseline_code)))
        return
    records = 10_000 if args.quick else args.records
    work = args.workdir or Path(tempfile.mkdtemp(prefix="labnet-bundle-bench-"))
    try:
        figures = run(work / f"catalogue-{records}", records, max(args.repeat, 1), args.build_only)
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(figures))


def _never_sent(cat: Catalogue) -> None:
    """A reused catalogue starts as never sent: a first sync."""
    for table in ("outbox_items", "outbox_bundles", "outbox_settled"):
        cat.conn.execute(f"DELETE FROM {table}")
    cat.conn.execute("DELETE FROM meta WHERE key = 'outbox_watermark'")


def _peaks_stored_canonical(cat: Catalogue) -> float | None:
    """The share of stored peak tables in canonical form (``PeakTable.to_sql``), which an export copies into its
    lines unparsed: a catalogue built before 2026-12-05 holds none (rebuild it in another ``--workdir``)."""
    total, canonical = cat.conn.execute(
        "SELECT count(peaks), sum(peaks LIKE '{\"%' AND instr(peaks, '\": ') = 0) FROM profiling_results").fetchone()
    return round(canonical / total, 3) if total else None


def run(folder: Path, records: int, repeat: int = 1, build_only: bool = False) -> dict:
    build = build_profile_catalogue(folder, records)
    lab = create_identity("lab", "Benchmark Laboratory", "GH")
    hub = create_identity("hub", "Benchmark Hub", "SN")
    policy = default_policy()
    builds = []
    with Catalogue.open(folder, user="benchmark") as cat:
        _never_sent(cat)
        stored_canonical = _peaks_stored_canonical(cat)
        plain, plain_s = b"", None
        if not build_only:
            log("plain JSON of the same records")
            t = time.perf_counter()
            plain = json.dumps(list(cat.iter_records("profiling_result")), ensure_ascii=False).encode("utf-8")
            plain_s = round(time.perf_counter() - t, 2)
        for n in range(repeat):
            log(f"sealed bundle through the outbox ({n + 1} of {repeat})")
            _never_sent(cat)
            load = os.getloadavg()[0]
            t, cpu = time.perf_counter(), time.process_time()
            result = Outbox(cat).export(lab, hub.public, policy)
            builds.append((round(time.perf_counter() - t, 2), round(time.process_time() - cpu, 2), load))
    build_s, build_cpu_s = statistics.median(b[0] for b in builds), statistics.median(b[1] for b in builds)
    parts = result.parts
    sealed = sum(len(data) for _, data in parts)
    payload_bytes = sum(h.payload_size for h, _ in parts)
    compressed = sealed - sum(86 + len(h.to_bytes()) + hub.public.keys.suite.enc_length + 16 for h, _ in parts)
    opened, open_s = None, None
    if not build_only:
        log("opening every part as the hub")
        t = time.perf_counter()
        opened = sum(len(open_bundle(data, hub, lab_keys_from([lab.public])).entries) for _, data in parts)
        open_s = round(time.perf_counter() - t, 2)
    shared = sum(h.records for h, _ in parts)
    return {
        "benchmark": "bundle", "records_changed": records, "records_shared": shared, "records_opened": opened,
        "parts": len(parts), "suite": hub.public.keys.suite.name,
        "build_s": build_s, "build_cpu_s": build_cpu_s, "build_budget_s": 3.0,
        "build_runs": [{"wall_s": w, "cpu_s": c, "load_average_before": la} for w, c, la in builds],
        "load_average": os.getloadavg()[0], "plain_json_s": plain_s,
        "sealed_bytes": sealed, "bytes_per_record": round(sealed / max(shared, 1), 1),
        "payload_bytes": payload_bytes, "compression_ratio": round(payload_bytes / max(compressed, 1), 2),
        "plain_json_bytes": len(plain) or None, "plain_json_bytes_per_record": round(len(plain) / max(records, 1), 1),
        "sealed_vs_plain_json": round(sealed / len(plain), 3) if plain else None,
        "open_s": open_s, "open_records_per_s": round(opened / open_s) if opened and open_s else None,
        "peaks_stored_canonical": stored_canonical,
        # The catalogue's own build under its own names: its "build_s" used to replace the bundle's here.
        **{k if k.startswith("catalogue") else f"catalogue_{k}": v for k, v in build.items()},
        "cpus": os.cpu_count(), "python": platform.python_version(),
    }


def memory(work: Path, sizes: list[int], baseline: Path | None) -> dict:
    out: dict = {"benchmark": "bundle-memory", "cpus": os.cpu_count(), "python": platform.python_version()}
    for records in sizes:
        folder = work / f"catalogue-{records}"
        build_profile_catalogue(folder, records)
        for name, code in (("streaming", None), ("before", baseline)):
            if name == "before" and code is None:
                continue
            log(f"export of {records:,} changed records in a child process ({name})")
            env = {**os.environ, "LABNET_BENCH_CODE": str(code) if code else ""}
            answer = subprocess.run([sys.executable, __file__, "--child", str(folder)], env=env, check=True,
                                    capture_output=True, text=True)
            figures = json.loads(answer.stdout.strip().splitlines()[-1])
            for key, value in figures.items():
                out[f"{name}_{records}_{key}"] = value
    return out


def child_export(folder: Path) -> dict:
    """In a fresh process: one export of every change in ``folder``'s catalogue, and the peak memory."""
    if os.environ.get("LABNET_BENCH_CODE"):   # put first on the path at the top of this module
        from labnet.protocol.keys import create_identity  # an older tree's name
        from labnet.sync.outbox import Outbox as Exporter  # an older tree's name
        from labnet.sync.policy import default_policy  # an older tree's name
    else:
        from labnet.protocol.keys import create_identity
        from labnet.sync.outbox import Outbox as Exporter
        from labnet.sync.policy import default_policy

    lab = create_identity("lab", "Benchmark Laboratory", "GH")
    hub = create_identity("hub", "Benchmark Hub", "SN")
    with Catalogue.open(folder, user="benchmark") as cat:
        cat.conn.execute("DELETE FROM outbox_items")   # every change unsent: a first sync
        cat.conn.execute("DELETE FROM outbox_bundles")
        cat.conn.execute("DELETE FROM outbox_settled")
        cat.conn.execute("DELETE FROM meta WHERE key = 'outbox_watermark'")
        sending = Path(tempfile.mkdtemp(prefix="labnet-bundle-sending-"))

        def write(header, data) -> Path:   # where a sync keeps each part until its receipt
            path = sending / f"{header.bundle_id}.lnb"
            path.write_bytes(data)
            return path
        streams = "write" in inspect.signature(Exporter.export).parameters
        before = _peak_mb()
        t, cpu = time.perf_counter(), time.process_time()
        result = Exporter(cat).export(lab, hub.public, default_policy(), **({"write": write} if streams else {}))
        seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
        peak = _peak_mb()
        cat.conn.execute("DELETE FROM outbox_items")
        cat.conn.execute("DELETE FROM outbox_bundles")
    sizes = [(h, len(d)) for h, d in result.parts] + [(h, p.stat().st_size) for h, p in getattr(result, "files", [])]
    shutil.rmtree(sending, ignore_errors=True)
    return {"maxrss_mb": round(peak), "maxrss_before_export_mb": round(before), "export_s": round(seconds, 2),
            "export_cpu_s": round(cpu, 2), "load_average": os.getloadavg()[0], "parts_written": streams,
            "parts": len(sizes), "records_shared": sum(h.records for h, _ in sizes),
            "sealed_mb": round(sum(n for _, n in sizes) / 2**20, 1),
            "sync_code": str(Path(sys.modules[Exporter.__module__].__file__).parent)}


def _peak_mb() -> float:
    """This process's own high-water mark (VmHWM; ru_maxrss elsewhere, which may hold the parent's)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
