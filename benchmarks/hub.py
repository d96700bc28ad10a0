"""The hub under load: records applied per second, 50 laboratories at once, a poor link.

    python benchmarks/hub.py [--records 20000] [--repeat 1] [--labs 50] [--link-rate 8000] [--quick]
    python benchmarks/hub.py --only apply --postgres        # (or --database postgresql://…) the apply on PostgreSQL
                             [--only apply|concurrent|lossy|linking|workers]

Prints one JSON line with:

- ``apply``: a sealed bundle of ``--records`` profiling results (from a
  generated catalogue, through the outbox and the default policy) ingested by
  ``Ingestor.ingest`` — every check of ``open_bundle``, the upsert keyed by
  (lab, record, version), the signed receipt — in records/s (budget ≥ 20,000),
  beside the obvious alternative: the same records' JSON inserted with one
  ``executemany`` and no checks at all (on PostgreSQL, ``--postgres`` or
  ``--database URL``: the hub's store there, beside plain ``COPY`` of the
  same rows into a table of the same shape).  ``--repeat N`` applies it N times,
  each into a fresh copy of the hub, and gives the median and spread of the
  wall clock, the CPU time of the hub process and of its second process, the
  critical path an idle two-core machine would take, and the load average;
- ``concurrent``: ``--labs`` laboratories enrolled with a hub process, each
  signing in, uploading its bundle with tus and fetching its receipt at the
  same moment as ``--fetchers`` sign-ins fetching the bulletins: latency
  percentiles, errors, records lost, bulletin fetches incomplete;
- ``lossy_link``: one laboratory uploading through a loopback proxy paced to
  ``--link-rate`` bytes/s (8,000 = 64 kbit/s) that drops the connection every
  30–90 kB: goodput, bytes on the wire against the sealed bundle (budget
  ≤ 1.05×), bytes re-sent after the drops (budget: at most one chunk each);
- ``linking``: a network of ``--network-labs`` laboratories holding
  ``--network-records`` profiles in all; a method calibrated at one of them is
  published (the full cross-laboratory linkage of its drug type, timed), then
  one more laboratory's bundle of ``--new-records`` profiles is ingested and
  its link job timed — with the profiles in memory (a running hub) and cold
  (just restarted) — beside the obvious alternative: linking the whole
  network again after each ingest;
- ``workers``: ``--worker-uploads`` laboratories' bundles uploaded with tus by
  ``--worker-clients`` client threads to ``labnet-hub serve --workers N
  --no-ingest`` beside one ``labnet-hub worker``, for N = 1 and 2 on copies of
  one hub: uploads/s until the last upload completed, seconds until the last
  receipt, the CPU of the serve processes, of the worker and of this (client)
  process, and the load average before and after.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from benchmarks.netproxy import LossyLink  # noqa: E402
from benchmarks.profile_catalogue import build_profile_catalogue, log  # noqa: E402
from labnet.catalogue.demo import generate_profiles  # noqa: E402
from labnet.catalogue.store import Catalogue  # noqa: E402
from labnet.hub import admins, enrolment, payload_check
from labnet.hub.applying import EarlyWrite  # noqa: E402
from labnet.hub.ingest import Ingestor  # noqa: E402
from labnet.hub.linking import NetworkLinker  # noqa: E402
from labnet.hub.service import Hub, HubSettings  # noqa: E402
from labnet.protocol.enrolment import enrolment_request  # noqa: E402
from labnet.protocol.keys import create_identity  # noqa: E402
from labnet.protocol.receipt import verify_receipt  # noqa: E402
from labnet.sync.client import HubClient  # noqa: E402
from labnet.sync.outbox import Outbox  # noqa: E402
from labnet.sync.policy import default_policy  # noqa: E402

PASSPHRASE = "benchmark hub passphrase"
POLICY = default_policy()


def enrol(hub: Hub, name: str):
    lab = create_identity("lab", name, "GH")
    token = hub.store.new_enrolment_code(name, "GH", dt.timedelta(days=1))
    enrolment.register(hub.store, hub.key_id, enrolment_request(lab, hub.key_id, token))
    return lab


def bench_apply(work: Path, records: int, repeat: int = 1, server=None) -> dict:
    """The apply ``repeat`` times, each into a fresh copy of the same hub (the bundle is built once): the median
    of each figure with its spread (min-max), CPU beside wall, and the load average before each run.

    ``server`` (tests/pg_cluster.py's ``Server`` or ``Cluster``): the hub's store is a PostgreSQL database of it
    (each run's a copy, ``CREATE DATABASE … TEMPLATE``), and the plain alternative is ``COPY`` of the same rows
    into a table of the same shape; else the SQLite file and one ``executemany``."""
    build_profile_catalogue(work / "lab", records)
    original = server.new_database() if server is not None else None
    hub, _ = Hub.create(work / "hub-apply", name="Bench hub", country="KE", passphrase=PASSPHRASE,
                        settings=HubSettings(max_upload_bytes=64 * 1024 * 1024), database=original)
    lab = enrol(hub, "Bench lab")
    with Catalogue.open(work / "lab", user="benchmark") as cat:
        parts = Outbox(cat).export(lab, hub.identity.public, POLICY, max_part_bytes=16 * 1024 * 1024).parts
    hub.close()
    shared = sum(h.records for h, _ in parts)
    payload_check.warm()   # a running hub started its second process at its first large bundle (once)
    runs = []
    for i in range(repeat):
        copy = server.new_database(template=original) if server is not None else None
        runs.append(_apply_once(work / "hub-apply", work / f"hub-apply-{i}", parts, copy,
                                getattr(server, "cpu_seconds", None)))   # a cluster of our own: its CPU too
        if server is not None:
            server.drop(copy)
    rows = runs[-1]["rows"]
    for run in runs:
        del run["rows"]
    if server is None:
        plain = sqlite3.connect(work / "plain.db")
        plain.execute("CREATE TABLE r (lab_id, kind, record_id, version, deleted, bundle_id, received_at, record, "
                      "PRIMARY KEY (lab_id, kind, record_id)) WITHOUT ROWID")
        t, plain_cpu = time.perf_counter(), time.process_time()
        with plain:
            plain.executemany("INSERT INTO r VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        plain_elapsed, plain_cpu = time.perf_counter() - t, time.process_time() - plain_cpu
        plain.close()
        plain_name = "plain_executemany"
    else:
        plain_elapsed, plain_cpu = _copy_rows(original, rows)
        server.drop(original)
        plain_name = "plain_copy"

    def spread(values: list[float], digits: int | None = 3) -> dict:
        return {"median": round(statistics.median(values), digits), "min": round(min(values), digits),
                "max": round(max(values), digits)}

    figures = ("seconds", "cpu_seconds", "worker_cpu_seconds", "critical_path_cpu_seconds", "load_average_before")
    rates = {"records_per_s": "seconds", "records_per_cpu_s": "cpu_seconds",
             "records_per_critical_path_s": "critical_path_cpu_seconds"}
    if all("server_cpu_seconds" in run for run in runs):
        # The hub process waits while the server writes: on an idle two-core machine the wall clock would be
        # about the hub's critical path plus the server's CPU (an upper bound: some of it overlaps the hub's).
        for run in runs:
            run["critical_path_with_server_cpu_seconds"] = round(run["critical_path_cpu_seconds"] +
                                                                 run["server_cpu_seconds"], 3)
        figures += ("server_cpu_seconds", "critical_path_with_server_cpu_seconds")
        rates["records_per_critical_path_with_server_s"] = "critical_path_with_server_cpu_seconds"
    return {"records": shared, "parts": len(parts), "repeat": repeat, "stored": runs[-1]["stored"],
            **{key: spread([run[key] for run in runs]) for key in figures},
            **{rate: spread([shared / run[key] for run in runs], None) for rate, key in rates.items()},
            "runs": runs, "load_average_after": round(os.getloadavg()[0], 2),
            "store": "sqlite" if server is None else "postgresql",
            f"{plain_name}_seconds": round(plain_elapsed, 3), f"{plain_name}_cpu_seconds": round(plain_cpu, 3),
            "plain_records_per_s": round(shared / plain_elapsed)}


def _copy_rows(url: str, rows: list) -> tuple[float, float]:
    """``COPY`` of ``rows`` into a table shaped like network_records, in one transaction: wall and CPU seconds of
    this process (the server's own CPU is not in it)."""
    import psycopg

    with psycopg.connect(url) as conn:
        conn.execute("CREATE TABLE plain_records (lab_id TEXT NOT NULL, kind TEXT NOT NULL, record_id TEXT NOT NULL, "
                     "version BIGINT NOT NULL, deleted BIGINT NOT NULL, bundle_id TEXT NOT NULL, "
                     "received_at TEXT NOT NULL, record TEXT, PRIMARY KEY (lab_id, kind, record_id))")
        conn.commit()
        t, cpu = time.perf_counter(), time.process_time()
        with conn.cursor() as cursor, cursor.copy("COPY plain_records FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        conn.commit()
        return time.perf_counter() - t, time.process_time() - cpu


def _apply_once(original: Path, folder: Path, parts: list, database: str | None = None,
                server_cpu=None) -> dict:
    """One apply of ``parts`` by a fresh copy of the hub in ``original`` (its store ``database`` when given):
    wall, CPU of the hub process and of its second process, and the critical path an idle two-core machine
    would take."""
    shutil.copytree(original, folder)
    hub = Hub.open(folder, PASSPHRASE, database=database)
    ingestor = Ingestor(hub)
    load = os.getloadavg()[0]
    worker = _worker_cpu()
    # What the hub process does beside the second process: check its part of the lines and write their records.
    beside = _time_calls([(payload_check.rules, "_check"), (EarlyWrite, "write_first")])
    server_before = server_cpu() if server_cpu else 0.0   # its backends, read while they run (before the close)
    t, cpu = time.perf_counter(), time.process_time()   # CPU time too: the wall clock of a shared machine varies 2x
    try:
        for _, data in parts:
            result = ingestor.ingest(data, source="file")
            assert result.status == "processed", result.reason
    finally:
        beside.restore()
    elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
    worker = _worker_cpu() - worker
    server = {"server_cpu_seconds": round(server_cpu() - server_before, 3)} if server_cpu else {}
    # On an idle two-core machine the wall clock would be the hub process's CPU with the part it spends beside the
    # second process replaced by the longer of the two (less the hand-over between them).
    critical = cpu - beside.cpu + max(beside.cpu, worker)
    stored = hub.store.query("SELECT count(*) FROM network_records")[0][0]
    rows = [(r["lab_id"], r["kind"], r["record_id"], r["version"], r["deleted"], r["bundle_id"], r["received_at"],
             r["record"]) for r in hub.store.query("SELECT * FROM network_records")]
    hub.close()
    shutil.rmtree(folder)
    return {"seconds": round(elapsed, 3), "cpu_seconds": round(cpu, 3), "worker_cpu_seconds": round(worker, 3),
            "critical_path_cpu_seconds": round(critical, 3), "load_average_before": round(load, 2),
            "stored": stored, "rows": rows, **server}


class _time_calls:
    """Adds up the CPU time of calls to the given functions (in this process) until ``restore``."""

    def __init__(self, targets):
        self.cpu = 0.0
        self.saved = [(owner, name, getattr(owner, name)) for owner, name in targets]
        for owner, name, function in self.saved:
            setattr(owner, name, self._timed(function))

    def _timed(self, function):
        def timed(*args, **kwargs):
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.cpu += time.process_time() - start
        return timed

    def restore(self) -> None:
        for owner, name, function in self.saved:
            setattr(owner, name, function)


def _worker_cpu() -> float:
    """CPU seconds used so far by the hub's second process (hub/payload_check.py), read from /proc (0 elsewhere)."""
    pool = payload_check._pool
    total = 0.0
    for process in (pool._processes or {}).values() if pool is not None else ():
        try:
            fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")   # utime + stime
    return total


class HubServer:
    def __init__(self, folder: Path):
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        hub, setup_token = Hub.create(folder, name="Bench hub", country="KE", passphrase=PASSPHRASE,
                                     # Every simulated laboratory speaks from 127.0.0.1: the per-address
                                     # limits would count them as one client.
                                     settings=HubSettings(public_url=self.url, requests_per_minute=100_000,
                                                          connections_per_address=10_000,
                                                          slow_requests_per_address=10_000))
        self.hub = hub
        # The first administrator's password set with its one-time token: a session for the administration routes.
        self.admin = admins.set_first_password(hub.store, setup_token, PASSPHRASE, "benchmark")["token"]
        env = {**os.environ, "LABNET_HUB_PASSPHRASE": PASSPHRASE}
        self.log = open(folder / "serve.log", "ab")
        self.process = subprocess.Popen([sys.executable, "-m", "labnet.hub.cli", "serve", "--data-dir", str(folder),
                                         "--port", str(self.port)], env=env, stdout=self.log, stderr=subprocess.STDOUT)
        import requests

        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(self.url + "/health", timeout=2)
                break
            except requests.ConnectionError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise SystemExit("the hub did not start") from None
                time.sleep(0.1)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()
        self.hub.close()


def lab_bundle(work: Path, hub: Hub, name: str, records: int, seed: int):
    lab = enrol(hub, name)
    with Catalogue.open(work / name, user="benchmark") as cat:
        rows = [dict(r, shareable=True) for r in generate_profiles(records, seed=seed)]
        cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", rows))
        [(header, data)] = Outbox(cat).export(lab, hub.identity.public, POLICY).parts
    return lab, header, data


def sync_one(url: str, hub_public, lab, header, data, chunk: int) -> tuple[float, int]:
    client = HubClient(url, timeout=120)
    t = time.perf_counter()
    client.sign_in(lab, hub_public.signing_key_id)
    client.upload(data, resume_url=None, remember=lambda u: None, chunk_bytes=chunk)
    receipt = verify_receipt(client.receipt(header.bundle_id, wait=300), hub_public, lab.identity_id)
    return time.perf_counter() - t, receipt.counts["accepted"]


def fetch_bulletins(url: str, hub_public, lab) -> tuple[float, int]:
    client = HubClient(url, timeout=120)
    t = time.perf_counter()
    client.sign_in(lab, hub_public.signing_key_id)
    lines = client.bulletins(0)
    return time.perf_counter() - t, len(lines)


def bench_concurrent(work: Path, labs: int, records: int, fetchers: int = 500) -> dict:
    """``labs`` laboratories uploading at once while ``fetchers`` requests fetch bulletins (10 per lab)."""
    from labnet.hub.bulletins import notice

    server = HubServer(work / "hub-concurrent")
    try:
        prepared = [lab_bundle(work, server.hub, f"lab-{i:02d}", records, seed=100 + i) for i in range(labs)]
        for k in range(20):
            notice(server.hub, f"Network notice {k}: " + "x" * 200)
        latencies: list[float] = []
        accepted: list[int] = []
        errors: list[str] = []
        fetch_latencies: list[float] = []
        fetched: list[int] = []
        barrier = threading.Barrier(labs + fetchers)

        def fetch(lab):
            barrier.wait()
            try:
                seconds, count = fetch_bulletins(server.url, server.hub.identity.public, lab)
                fetch_latencies.append(seconds)
                fetched.append(count)
            except Exception as exc:  # counted, not hidden
                errors.append(f"bulletins: {type(exc).__name__}: {exc}")

        def run(lab, header, data):
            barrier.wait()
            try:
                seconds, count = sync_one(server.url, server.hub.identity.public, lab, header, data, 64 * 1024)
                latencies.append(seconds)
                accepted.append(count)
            except Exception as exc:  # counted, not hidden
                errors.append(f"{type(exc).__name__}: {exc}")

        threads = [threading.Thread(target=run, args=p) for p in prepared]
        threads += [threading.Thread(target=fetch, args=(prepared[k % labs][0],)) for k in range(fetchers)]
        t = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - t
        conn = sqlite3.connect(work / "hub-concurrent" / "hub.db")
        stored = conn.execute("SELECT count(*) FROM network_records").fetchone()[0]
        conn.close()
        q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
        sent = sum(h.records for _, h, _ in prepared)
        return {"labs": labs, "records_each": records, "wall_seconds": round(wall, 2),
                "latency_s": {"p50": round(q[49], 2), "p90": round(q[89], 2), "p99": round(q[98], 2),
                              "max": round(max(latencies), 2) if latencies else None},
                "errors": len(errors), "first_error": errors[0] if errors else None,
                "records_sent": sent, "records_accepted": sum(accepted), "records_stored": stored,
                "lost": sent - stored, "bulletin_fetches": fetchers,
                "bulletin_fetches_complete": sum(n == 20 for n in fetched),
                "bulletin_latency_s": _percentiles(fetch_latencies)}
    finally:
        server.stop()


def _cpu_of(pids: list[int]) -> dict[int, float]:
    """utime + stime of each process still running, from /proc (seconds)."""
    found = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        found[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return found


def _cpu_since(before: dict[int, float], pids: list[int]) -> float | None:
    """CPU seconds the processes used since ``before``; None if one of them ended meanwhile (its time is lost)."""
    now = _cpu_of(pids)
    if set(now) != set(before):
        return None
    return round(sum(now[pid] - before[pid] for pid in before), 2)


def _children(parent: int) -> list[int]:
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                stat = Path(f"/proc/{name}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == parent:
                found.append(int(name))
    return found


def _upload_all(url: str, public, prepared: list, clients: int) -> tuple[int, list[str]]:
    """Every prepared bundle uploaded (tus, 64 KiB chunks) by ``clients`` threads; how many completed, errors."""
    pending = list(prepared)
    lock = threading.Lock()
    done: list[str] = []
    errors: list[str] = []

    def client() -> None:
        while True:
            with lock:
                if not pending:
                    return
                lab, header, data = pending.pop()
            try:
                hc = HubClient(url, timeout=120)
                hc.sign_in(lab, public.signing_key_id)
                hc.upload(data, resume_url=None, remember=lambda u: None, chunk_bytes=64 * 1024)
                done.append(header.bundle_id)
            except Exception as exc:  # counted, not hidden
                errors.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(done), errors


def bench_workers(work: Path, uploads: int, records: int, clients: int, counts=(1, 2), repeat: int = 1) -> dict:
    """Uploads/s into ``serve --workers N --no-ingest`` (a ``labnet-hub worker`` beside it), N in ``counts``, each
    run ``repeat`` times in turn (1, 2, 1, 2…, on a fresh copy of one hub each time): every run's figures, and
    the median of each."""
    import socket

    import requests

    template = work / "hub-workers"
    hub, _ = Hub.create(template, name="Bench hub", country="KE", passphrase=PASSPHRASE,
                        settings=HubSettings(requests_per_minute=100_000, connections_per_address=10_000,
                                             slow_requests_per_address=10_000, open_uploads_per_lab=100))
    prepared = [lab_bundle(work, hub, f"wlab-{i:03d}", records, seed=500 + i) for i in range(uploads)]
    public = hub.identity.public
    hub.close()
    env = {**os.environ, "LABNET_HUB_PASSPHRASE": PASSPHRASE}
    out: dict = {"uploads": uploads, "records_each": records, "client_threads": clients,
                 "bundle_bytes": sum(len(d) for _, _, d in prepared) // uploads}
    runs: dict[int, list[dict]] = {n: [] for n in counts}
    for attempt, n in ((r, n) for r in range(repeat) for n in counts):
        folder = work / f"hub-workers-{n}-{attempt}"
        shutil.copytree(template, folder)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        url = f"http://127.0.0.1:{port}"
        log_file = open(folder / "serve.log", "ab")
        serve = subprocess.Popen([sys.executable, "-m", "labnet.hub.cli", "serve", "--data-dir", str(folder),
                                  "--port", str(port), "--workers", str(n), "--no-ingest"], env=env,
                                 stdout=log_file, stderr=subprocess.STDOUT)
        worker = subprocess.Popen([sys.executable, "-m", "labnet.hub.cli", "worker", "--data-dir", str(folder),
                                   "--poll-seconds", "0.1"], env=env, stdout=log_file, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    requests.get(url + "/health", timeout=2)
                    break
                except requests.ConnectionError:
                    if time.monotonic() > deadline:
                        raise SystemExit("the hub did not start") from None
                    time.sleep(0.1)
            time.sleep(1.0)   # every worker process up (the first answer came from one)
            processes = [serve.pid, *_children(serve.pid)]
            before = {"serve": _cpu_of(processes), "worker": _cpu_of([worker.pid])}
            load_before = os.getloadavg()
            client_cpu = time.process_time()
            started = time.perf_counter()
            done, errors = _upload_all(url, public, prepared, clients)
            uploaded = time.perf_counter() - started
            accepted = 0
            for lab, header, _ in prepared:
                hc = HubClient(url, timeout=120)
                hc.sign_in(lab, public.signing_key_id)
                accepted += verify_receipt(hc.receipt(header.bundle_id, wait=600), public,
                                           lab.identity_id).counts["accepted"]
            receipted = time.perf_counter() - started
            runs[n].append({
                "uploads_per_s": round(done / uploaded, 1), "upload_wall_s": round(uploaded, 2),
                "all_receipts_wall_s": round(receipted, 2), "errors": len(errors),
                "first_error": errors[0] if errors else None, "records_accepted": accepted,
                "serve_processes": len(before["serve"]),   # N workers and their supervisor; 1 for --workers 1
                "cpu_s": {"serve_processes": _cpu_since(before["serve"], processes),
                          "worker": _cpu_since(before["worker"], [worker.pid]),
                          "client": round(time.process_time() - client_cpu, 2)},
                "load_before": [round(x, 2) for x in load_before],
                "load_after": [round(x, 2) for x in os.getloadavg()]})
        finally:
            for process in (worker, serve):
                process.terminate()
                process.wait(timeout=60)
            log_file.close()
    for n, measured in runs.items():
        out[f"workers_{n}"] = {"median": {key: statistics.median(run[key] for run in measured)
                                          for key in ("uploads_per_s", "upload_wall_s", "all_receipts_wall_s")},
                               "runs": measured}
    return out


def _percentiles(values: list[float]) -> dict:
    if not values:
        return {}
    q = statistics.quantiles(values, n=100) if len(values) > 1 else values * 99
    return {"p50": round(q[49], 2), "p90": round(q[89], 2), "p99": round(q[98], 2), "max": round(max(values), 2)}


def bench_lossy(work: Path, rate: int, records: int, chunk: int) -> dict:
    server = HubServer(work / "hub-lossy")
    link = LossyLink(server.port, rate=rate, drop_every=(30_000, 90_000), seed=7)
    try:
        lab, header, data = lab_bundle(work, server.hub, "lab-far-away", records, seed=9)
        client = HubClient(link.url, timeout=60, retries=20, backoff=0.2)
        t = time.perf_counter()
        client.sign_in(lab, server.hub.key_id)
        before = link.upstream_bytes
        _, body_bytes = client.upload(data, resume_url=None, remember=lambda u: None, chunk_bytes=chunk)
        wire = link.upstream_bytes - before
        upload_s = time.perf_counter() - t
        receipt = verify_receipt(client.receipt(header.bundle_id, wait=300), server.hub.identity.public)
        return {"rate_bytes_per_s": rate, "sealed_bytes": len(data), "chunk_bytes": chunk, "drops": link.drops,
                "upload_seconds": round(upload_s, 1), "goodput_bytes_per_s": round(len(data) / upload_s),
                # Chunk bytes handed to the link, counting a chunk cut by a drop in full (an upper bound).
                "chunk_bytes_attempted": body_bytes, "resent_at_most": body_bytes - len(data),
                "resent_per_drop_at_most": round((body_bytes - len(data)) / link.drops) if link.drops else 0,
                "wire_upstream_bytes": wire, "wire_over_sealed": round(wire / len(data), 3),
                "accepted": receipt.counts["accepted"]}
    finally:
        link.close()
        server.stop()


def bench_linking(work: Path, labs: int, records: int, new_records: int) -> dict:
    from labnet.profiling.workflows import calibrate, catalogue_population, save_calibrated_method

    hub, _ = Hub.create(work / "hub-link", name="Bench hub", country="KE", passphrase=PASSPHRASE,
                        settings=HubSettings(max_upload_bytes=64 * 1024 * 1024))
    ingestor = Ingestor(hub)
    each = records // labs
    for k in range(labs):
        _, _, data = lab_bundle(work / "link", hub, f"Network lab {k}", each, seed=100 + k)
        assert ingestor.ingest(data, source="file").status == "processed"
    drug, count = hub.store.query("SELECT json_extract(record, '$.drug_type') AS d, count(*) AS n FROM network_records "
                                  "GROUP BY d ORDER BY n DESC LIMIT 1")[0]
    with Catalogue.open(work / "link" / "Network lab 0", user="benchmark") as cat:
        population = catalogue_population(cat, drug)
        # At network scale pairs grow as N²: the method is calibrated at FPR 1e-4, not a single lab's 1e-2.
        method = save_calibrated_method(cat, f"{drug}-network", population, calibrate(population, fpr=1e-4))
    linker = NetworkLinker(hub)
    linker.run_pending()                         # the ingests' jobs (no method yet: nothing to do)
    t = time.perf_counter()
    estimate = linker.publish_method(method.to_json())
    network_links = linker.run_pending()
    publish_seconds = time.perf_counter() - t
    # A new laboratory: half its profiles from lab 0's batches (so links exist), half its own.
    lab = enrol(hub, "New lab")
    with Catalogue.open(work / "link" / "New lab", user="benchmark") as cat:
        rows = [dict(r, shareable=True) for r in generate_profiles(new_records // 2, seed=100, start=10**6)]
        rows += [dict(r, shareable=True) for r in generate_profiles(new_records - len(rows), seed=999,
                                                                     start=2 * 10**6)]
        cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", rows))
        parts = Outbox(cat).export(lab, hub.identity.public, POLICY, max_part_bytes=16 * 1024 * 1024).parts
    for _, data in parts:
        assert ingestor.ingest(data, source="file").status == "processed"
    pending = hub.store.query("SELECT job_id FROM link_jobs WHERE done_at IS NULL")
    warm = NetworkLinker(hub)
    warm._cache = linker._cache            # the running hub's profiles, as they were before this ingest
    t = time.perf_counter()
    new_links = warm.run_pending()
    warm_seconds = time.perf_counter() - t
    # The same jobs again on a just-restarted hub (profiles read from the store, links already known).
    with hub.store.transaction() as conn:
        conn.executemany("UPDATE link_jobs SET done_at = NULL WHERE job_id = ?", [(r["job_id"],) for r in pending])
    t = time.perf_counter()
    NetworkLinker(hub).run_pending()
    cold_seconds = time.perf_counter() - t
    # The obvious alternative: link the whole network again after the ingest.
    with hub.store.transaction() as conn:
        conn.execute("INSERT INTO link_jobs (kind, ref, created_at) VALUES ('method', ?, 'now')",
                     (json.dumps([method.name, method.version]),))
    t = time.perf_counter()
    NetworkLinker(hub).run_pending()
    relink_seconds = time.perf_counter() - t
    profiles = len(linker._cache[(method.name, method.version)].keys)
    hub.close()
    return {"labs": labs, "records": records, "drug_type": drug, "profiles_of_drug_type": profiles,
            "method": method.label, "publish_and_link_network_seconds": round(publish_seconds, 3),
            "combination": f"{method.pretreatment} + {method.metric}", "method_fpr": method.fpr,
            "threshold": method.threshold,
            "expected_false_links": estimate["expected_false_links"],
            "network_links": network_links, "new_records": new_records, "new_links": new_links,
            "link_job_seconds_warm": round(warm_seconds, 3), "link_job_seconds_cold": round(cold_seconds, 3),
            "relink_whole_network_seconds": round(relink_seconds, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=20_000, help="records in the apply-rate bundle")
    parser.add_argument("--repeat", type=int, default=1, help="applies of that bundle (each into a fresh copy of "
                        "the hub): the median and spread of each figure")
    parser.add_argument("--labs", type=int, default=50, help="laboratories uploading at once")
    parser.add_argument("--lab-records", type=int, default=200, help="records in each concurrent lab's bundle")
    parser.add_argument("--fetchers", type=int, default=500, help="bulletin fetches at the same moment")
    parser.add_argument("--link-rate", type=int, default=8000, help="bytes/s of the lossy link (8000 = 64 kbit/s)")
    parser.add_argument("--link-records", type=int, default=1500, help="records sent over the lossy link")
    parser.add_argument("--chunk", type=int, default=64 * 1024, help="tus chunk size over the lossy link")
    parser.add_argument("--network-labs", type=int, default=5, help="laboratories in the linkage network")
    parser.add_argument("--network-records", type=int, default=100_000, help="profiles they hold in all")
    parser.add_argument("--new-records", type=int, default=1000, help="profiles in the new laboratory's bundle")
    parser.add_argument("--worker-uploads", type=int, default=60, help="bundles uploaded in the workers part")
    parser.add_argument("--worker-records", type=int, default=200, help="records in each of those bundles")
    parser.add_argument("--worker-clients", type=int, default=8, help="client threads uploading them")
    parser.add_argument("--worker-repeat", type=int, default=1, help="runs of each worker count, in turn")
    parser.add_argument("--only", choices=("apply", "concurrent", "lossy", "linking", "workers"),
                        help="run one part")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    store = parser.add_mutually_exclusive_group()
    store.add_argument("--database", metavar="URL", help="apply into PostgreSQL: databases made (and dropped) "
                       "on the server of this postgresql:// URL, whose role may CREATE DATABASE")
    store.add_argument("--postgres", action="store_true", help="apply into PostgreSQL 15: a throwaway cluster "
                       "started for the run (fsync on, as in production; tests/pg_cluster.py)")
    args = parser.parse_args(argv)
    if args.quick:
        args.records, args.labs, args.lab_records, args.link_records, args.link_rate = 2000, 10, 50, 300, 64_000
        args.network_records, args.new_records, args.fetchers = 5000, 200, 50
        args.worker_uploads, args.worker_records = 12, 50
    server = None
    if args.postgres or args.database:
        sys.path.insert(0, str(_HERE.parent / "tests"))
        import pg_cluster

        server = pg_cluster.Cluster(durable=True).start() if args.postgres else pg_cluster.Server(args.database)
    try:
        figures = _run_parts(args, server)
    finally:
        if args.postgres and server is not None:
            server.stop()
    print(json.dumps({"benchmark": "hub", "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
                      **figures}))
    return 0


def _run_parts(args: argparse.Namespace, server) -> dict:
    with tempfile.TemporaryDirectory(prefix="labnet-hub-bench-") as tmp:
        work = Path(tmp)
        figures = {}
        parts = {"apply": lambda: bench_apply(work, args.records, args.repeat, server),
                 "concurrent": lambda: bench_concurrent(work, args.labs, args.lab_records, args.fetchers),
                 "lossy_link": lambda: bench_lossy(work, args.link_rate, args.link_records, args.chunk),
                 "linking": lambda: bench_linking(work, args.network_labs, args.network_records, args.new_records),
                 "workers": lambda: bench_workers(work, args.worker_uploads, args.worker_records,
                                                  args.worker_clients, repeat=args.worker_repeat)}
        for name, run in parts.items():
            if args.only and not name.startswith(args.only):
                continue
            log(name)
            figures[name] = run()
    return figures


if __name__ == "__main__":
    raise SystemExit(main())
