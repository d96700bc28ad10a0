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
- **Slow and reconnecting clients** (``tests/hub_attacks.py``), against a hub
  process with its default settings: a flood of anonymous sign-ins whose body
  comes a byte every 5 s, a header slowloris, both reopening every connection
  the hub closes, and a laboratory holding ``PATCH`` bodies open; meanwhile a
  monitor asks ``/health`` four times a second (1 s timeout) and another
  laboratory signs in and uploads.

Prints one JSON line; ``--write FILE`` also puts the tables in FILE between
the ``<!-- reliability:begin -->`` and ``<!-- reliability:end -->`` markers,
the attacks' between ``<!-- attacks:begin -->`` and ``<!-- attacks:end -->``
(``--attacks-only`` runs and writes only those).
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

import requests

_HERE = Path(__file__).resolve().parent
ROOT = _HERE.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import fault_trials  # noqa: E402
import hub_attacks  # noqa: E402
from benchmarks.profile_catalogue import log  # noqa: E402

SUITES = [
    ("bundle parser: random bytes, every single-byte change, truncation, bombs (hypothesis)",
     "tests/test_sync_parser.py"),
    ("tampered bundles: every check refuses with its own error", "tests/test_sync_bundle.py"),
    ("receipts, bulletins, CSV/XLSX imports and exports (hypothesis)", "tests/test_fuzz_inputs.py"),
    ("hub API from its OpenAPI document, no 500 (schemathesis)", "tests/test_hub_fuzz_api.py"),
    ("hub API attacks: SQL metacharacters, path traversal, wrong lab, slow clients, bad auth headers, "
     "numbers that are not ASCII digits, deep or mistyped JSON, hoarded uploads", "tests/test_hub_hostile.py"),
    ("slow-body flood, reconnecting header slowloris, a lab holding PATCH open: health and labs served "
     "(hub process)", "tests/test_hub_attacks.py"),
    ("hub limits: ASCII-digit counts, JSON depth on a hostile megabyte, body rate, slow requests per address, "
     "open uploads per lab", "tests/test_hub_limits.py"),
    ("sessions: unauthenticated, replayed, tampered, clock skew, other lab's key, revoked",
     "tests/test_hub_auth.py"),
    ("uploads: sizes, checksums, other lab's upload, torn appends, stalled chunks", "tests/test_hub_tus.py"),
    ("keys: never on disk in clear, wrong passphrase, weakened KDF, rotation", "tests/test_sync_keys.py"),
    ("disk full and read-only data folder", "tests/test_storage_faults.py"),
    ("end to end: revoked lab, damaged bundle, key rotation in flight, hub killed mid-upload",
     "tests/test_network_e2e.py"),
    ("withdrawn means withdrawn: a state machine of adds, edits, withdrawals, deletions, policy changes, killed "
     "syncs, cut links, lost and late sticks, a hub restored from an older backup and reconciling syncs; after "
     "each clean sync the hub holds exactly what the policy shares (hypothesis)", "tests/test_sync_delivery.py"),
    ("reconciliation with a hub whose database was edited behind LabNet's back (hub process)",
     "tests/test_sync_reconcile.py"),
    ("the sync client's wire through a real reverse proxy: stalled chunks, cut 201, 5xx and 429, a Host-rewriting "
     "proxy, stale upload addresses, sessions ending mid-upload", "tests/test_sync_transport.py"),
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


ATTACK_CONNECTIONS = 520   # more than the server's 500 slots


def run_attacks(quick: bool) -> list[dict]:
    """Each attack for 30 s (10 s with ``--quick``) against a hub process with its default limits."""
    from hub_server import HubProcess

    seconds = 10 if quick else 30
    rows = []
    with tempfile.TemporaryDirectory(prefix="labnet-attacks-") as tmp:
        hub = HubProcess(Path(tmp) / "hub", requests_per_minute=100_000)
        try:
            lab, hub_key_id = hub_attacks.enrolled_lab(hub.url, hub.admin, "Bystander Lab")
            hostile, _ = hub_attacks.enrolled_lab(hub.url, hub.admin, "Hostile Lab")

            def a_labs_sync():
                auth = hub_attacks.signed_in(hub.url, lab, hub_key_id, timeout=5)
                return hub_attacks.upload(hub.url, auth, b"a small bundle" * 100, timeout=5)

            auth = hub_attacks.signed_in(hub.url, hostile, hub_key_id)
            tus = {**auth, "Tus-Resumable": "1.0.0"}
            uploads = [requests.post(f"{hub.url}/v1/uploads", headers={**tus, "Upload-Length": "1000000"},
                                     timeout=10).headers["Location"] for _ in range(2)]

            def held(path: str) -> hub_attacks.Flood:
                def offset() -> int:
                    return int(requests.head(hub.url + path, headers=tus, timeout=10).headers["Upload-Offset"])
                return hub_attacks.patch_hold(hub.port, auth, path, count=1, interval=1.0, offset=offset)

            attacks = [
                (f"{ATTACK_CONNECTIONS} anonymous sign-ins, a body byte every 5 s, each closed one reopened",
                 hub_attacks.slow_body(hub.port, ATTACK_CONNECTIONS, interval=5.0)),
                (f"header slowloris: {ATTACK_CONNECTIONS} connections, a header byte a second, each closed one "
                 "reopened", hub_attacks.header_slowloris(hub.port, ATTACK_CONNECTIONS, interval=1.0)),
                ("an enrolled laboratory sends a PATCH body a byte a second, again after each cut",
                 held(uploads[0])),
            ]
            for what, flood in attacks:
                log(f"attack: {what}")
                report = hub_attacks.under_attack(hub.url, flood, seconds, a_labs_sync)
                rows.append({"attack": what, "seconds": seconds, "health": report["health"].summary(),
                             "attacker": report["attacker"].summary(),
                             "other_lab": "synced" if "result" in report else report.get("error", "?")})
        finally:
            hub.stop()
        rows.append({"tracebacks_in_log": (Path(tmp) / "hub" / "serve.log").read_text(errors="replace")
                     .count("Traceback")})
    return rows


def attacks_markdown(rows: list[dict]) -> str:
    lines = ["| slow or reconnecting client (hub's default limits) | health probes answered | within 1 s | "
             "p50 / max | the attacker got | longest connection | another lab's sign-in and upload |",
             "|---|---|---|---|---|---|---|"]
    for r in rows:
        if "attack" not in r:
            continue
        h, a = r["health"], r["attacker"]
        answers = ", ".join(f"{n:,}× {status}" for status, n in a["answers"].items()) or "nothing"
        lines.append(f"| {r['attack']}, {r['seconds']} s | {h['answered']}/{h['probes']} | {h['within_1s']} | "
                     f"{h['p50_s']} s / {h['max_s']} s | {answers}; {a['closed_without_answer']:,} closed | "
                     f"{a['longest_open_s']} s | {r['other_lab']} |")
    tracebacks = next((r["tracebacks_in_log"] for r in rows if "tracebacks_in_log" in r), None)
    lines += ["", f"Tracebacks in the hub's log after the attacks: {tracebacks}."]
    return "\n".join(lines)


def write_between(path: Path, begin: str, end: str, table: str) -> None:
    text = path.read_text(encoding="utf-8")
    if begin not in text or end not in text:
        raise SystemExit(f"{path} has no {begin} … {end} markers")
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    path.write_text(f"{head}{begin}\n{table}\n{end}{tail}", encoding="utf-8")


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
    parser.add_argument("--attacks-only", action="store_true", help="only the slow and reconnecting clients")
    args = parser.parse_args()
    os.environ.setdefault("LABNET_PASSPHRASE", fault_trials.LAB_PASSPHRASE)
    trials = 2 if args.quick else args.trials
    started = time.monotonic()
    report = {"benchmark": "reliability", "trials": trials, "date": dt.date.today().isoformat(),
              "machine": f"{os.cpu_count()} CPUs, Python {platform.python_version()}"}
    if not args.attacks_only:
        report.update(faults=run_trials(trials), suites=run_suites(), load=run_load(args.quick))
    report["attacks"] = run_attacks(args.quick)
    report["seconds"] = round(time.monotonic() - started, 1)
    print(json.dumps(report))
    if args.write:
        command = "--attacks-only" if args.attacks_only else f"--trials {trials}"
        if not args.attacks_only:
            write_between(args.write, "<!-- reliability:begin -->", "<!-- reliability:end -->", markdown(report))
        write_between(args.write, "<!-- attacks:begin -->", "<!-- attacks:end -->",
                      f"Produced by `python benchmarks/reliability.py {command} --write docs/reliability.md` "
                      f"on {report['date']} ({report['machine']}).\n\n" + attacks_markdown(report["attacks"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
