"""Every fault and attack LabNet is tested against, run many times, as one table.

    python benchmarks/reliability.py [--trials 10] [--quick] [--write docs/reliability.md]

- **Fault trials** (``tests/fault_trials.py``), ``--trials`` seeds each: a link
  that drops connections both ways and truncates replies; the lab's
  ``labnet sync`` SIGKILLed at random; the hub SIGKILLed mid-upload and
  mid-ingest, then restarted; a catalogue writer SIGKILLed mid-transaction.
  After each: record versions lost, duplicated (from the hub's signed
  receipts), receipts lost, crashes.
- **Hostile input and attacks**: the property-based and attack test suites,
  run by pytest (each property test runs its declared number of random
  examples): passed / failed.
- **Load**: 50 laboratories uploading while 500 requests fetch bulletins
  (``benchmarks/hub.py``'s ``bench_concurrent``).

Prints one JSON line; ``--write FILE`` also puts the table in FILE between
the ``<!-- reliability:begin -->`` and ``<!-- reliability:end -->`` markers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
ROOT = _HERE.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import fault_trials  # noqa: E402
from benchmarks.profile_catalogue import log  # noqa: E402

SUITES = [
    ("bundle parser: random bytes, every single-byte change, truncation, bombs (hypothesis)",
     "tests/test_sync_parser.py"),
    ("tampered bundles: every check refuses with its own error", "tests/test_sync_bundle.py"),
    ("receipts, bulletins, CSV/XLSX imports and exports (hypothesis)", "tests/test_fuzz_inputs.py"),
    ("hub API from its OpenAPI document, no 500 (schemathesis)", "tests/test_hub_fuzz_api.py"),
    ("hub API attacks: SQL metacharacters, path traversal, wrong lab, slow clients, bad auth headers",
     "tests/test_hub_hostile.py"),
    ("sessions: unauthenticated, replayed, tampered, clock skew, other lab's key, revoked",
     "tests/test_hub_auth.py"),
    ("uploads: sizes, checksums, other lab's upload, torn appends, stalled chunks", "tests/test_hub_tus.py"),
    ("keys: never on disk in clear, wrong passphrase, weakened KDF, rotation", "tests/test_sync_keys.py"),
    ("disk full and read-only data folder", "tests/test_storage_faults.py"),
    ("end to end: revoked lab, damaged bundle, key rotation in flight, hub killed mid-upload",
     "tests/test_network_e2e.py"),
]


def run_trials(trials: int) -> list[dict]:
    rows = []
    for name, trial in fault_trials.TRIALS.items():
        outcomes = []
        for seed in range(1, trials + 1):
            log(f"{name}, seed {seed}")
            with tempfile.TemporaryDirectory(prefix=f"labnet-{name}-") as tmp:
                outcomes.append(trial(Path(tmp), seed))
        rows.append({"fault": outcomes[0].fault, "trials": len(outcomes),
                     "faults_injected": sum(o.faults for o in outcomes),
                     "changes": sum(o.changes for o in outcomes),
                     "failed_syncs_retried": sum(o.failed_syncs for o in outcomes),
                     "lost": sum(o.lost for o in outcomes), "duplicated": sum(o.duplicated for o in outcomes),
                     "receipts_lost": sum(o.receipts_lost for o in outcomes),
                     "crashes": sum(len(o.crashes) for o in outcomes),
                     "first_crash": next((c for o in outcomes for c in o.crashes), None),
                     "seconds": round(sum(o.seconds for o in outcomes), 1)})
    return rows


def run_suites() -> list[dict]:
    rows = []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for what, path in SUITES:
        log(path)
        t = time.monotonic()
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", path], cwd=ROOT,
                              env=env, capture_output=True, text=True)
        tail = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr.strip()[-200:]
        counts = {k: int(n) for n, k in re.findall(r"(\d+) (passed|failed|xfailed|skipped|error)", tail)}
        rows.append({"attack": what, "suite": path, "passed": counts.get("passed", 0),
                     "failed": counts.get("failed", 0) + counts.get("error", 0),
                     "xfailed": counts.get("xfailed", 0), "skipped": counts.get("skipped", 0),
                     "seconds": round(time.monotonic() - t, 1)})
    return rows


def run_load(quick: bool) -> dict:
    from benchmarks.hub import bench_concurrent

    log("load: 50 labs uploading, 500 fetching bulletins")
    with tempfile.TemporaryDirectory(prefix="labnet-load-") as tmp:
        return bench_concurrent(Path(tmp), 10 if quick else 50, 50 if quick else 200, 50 if quick else 500)


def markdown(report: dict) -> str:
    lines = [f"Produced by `python benchmarks/reliability.py --trials {report['trials']} --write "
             f"docs/reliability.md` on {report['date']} ({report['machine']}); "
             f"{report['seconds'] / 60:.0f} minutes.", "",
             "| fault | trials | faults injected | changes | syncs that failed and were retried | lost | "
             "duplicated | receipts lost | crashes |", "|---|---|---|---|---|---|---|---|---|"]
    for r in report["faults"]:
        lines.append(f"| {r['fault']} | {r['trials']} | {r['faults_injected']} | {r['changes']:,} | "
                     f"{r['failed_syncs_retried']} | {r['lost']} | {r['duplicated']} | {r['receipts_lost']} | "
                     f"{r['crashes']} |")
    lines += ["", "| hostile input or attack | tests | passed | failed | known bugs (xfail) |", "|---|---|---|---|---|"]
    for r in report["suites"]:
        total = r["passed"] + r["failed"] + r["xfailed"] + r["skipped"]
        lines.append(f"| {r['attack']} (`{r['suite']}`) | {total} | {r['passed']} | {r['failed']} | {r['xfailed']} |")
    load = report["load"]
    lines += ["", "| load | outcome |", "|---|---|",
              f"| {load['labs']} laboratories uploading {load['records_each']} records each while "
              f"{load['bulletin_fetches']} requests sign in and fetch the bulletins, all at once | "
              f"{load['errors']} errors; {load['records_sent']:,} sent, {load['records_stored']:,} stored, "
              f"{load['lost']} lost; uploads p50 {load['latency_s']['p50']} s, p99 {load['latency_s']['p99']} s; "
              f"bulletins complete {load['bulletin_fetches_complete']}/{load['bulletin_fetches']}, "
              f"p50 {load['bulletin_latency_s']['p50']} s, p99 {load['bulletin_latency_s']['p99']} s |"]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=10, help="seeds per fault trial (default 10)")
    parser.add_argument("--quick", action="store_true", help="2 trials each and a small load, for a smoke run")
    parser.add_argument("--write", type=Path, metavar="FILE", help="put the table in FILE between the markers")
    args = parser.parse_args()
    os.environ.setdefault("LABNET_PASSPHRASE", fault_trials.LAB_PASSPHRASE)
    trials = 2 if args.quick else args.trials
    started = time.monotonic()
    report = {"benchmark": "reliability", "trials": trials, "date": dt.date.today().isoformat(),
              "machine": f"{os.cpu_count()} CPUs, Python {platform.python_version()}",
              "faults": run_trials(trials), "suites": run_suites(), "load": run_load(args.quick)}
    report["seconds"] = round(time.monotonic() - started, 1)
    print(json.dumps(report))
    if args.write:
        text = args.write.read_text(encoding="utf-8")
        begin, end = "<!-- reliability:begin -->", "<!-- reliability:end -->"
        if begin not in text or end not in text:
            raise SystemExit(f"{args.write} has no {begin} … {end} markers")
        head, rest = text.split(begin, 1)
        _, tail = rest.split(end, 1)
        args.write.write_text(f"{head}{begin}\n{markdown(report)}\n{end}{tail}", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
