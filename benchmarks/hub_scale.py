"""The hub at network scale: a crowd of laboratories uploading at once, and linking against a large network.

    python benchmarks/hub_scale.py --only crowd [--crowd 50,100,200,500] [--readings 5000] [--store sqlite|postgres|both]
    python benchmarks/hub_scale.py --only network [--network 1000000,3000000] [--new-records 1000] [--store both]

Prints one JSON line with:

- ``crowd``: for each size N, N laboratories enrolled with a hub run as ``labnet-hub serve --workers 2
  --no-ingest`` beside one ``labnet-hub worker``, each signing in and uploading one small signed bundle with
  tus (the lab-side ``HubClient``) at the same moment, while bulletin readers (16 threads, each signed in once)
  make ``--readings`` requests to the bulletins route spread over the run.  Uploads completed, refused (by
  the hub's answer), p50/p95/p99 of upload and bulletin latency, seconds from the last upload to the last
  receipt (the ingest queue drained), CPU of the serve processes, of the worker and of the PostgreSQL
  server, the load average; on PostgreSQL ``pg_activity``, the hub's database connections sampled each second
  (running, waiting and for what).  Every laboratory speaks from 127.0.0.1, so the per-address limits are raised (as
  ``benchmarks/hub.py`` does); a laboratory's own limits are the hub's defaults.
- ``network``: a network of N records, seeded fast (``COPY`` on PostgreSQL, ``executemany`` on SQLite) in the
  shape of the hub's ``network_records`` — the records of one laboratory's real bundle (applied by the
  hub) and N minus those, copies of its records with random peaks (profiles that link with nothing) under
  other laboratories' ids; a method published (linking the real laboratory's records only, before the
  seeding); then a new laboratory's bundle of ``--new-records`` profiles ingested and its link job run by
  a fresh process (a restarted ``labnet-hub worker``: every profile of the drug type read from the store):
  wall and CPU seconds and peak memory (ru_maxrss) of that process, the store's size on disk and the load average
  around the job.  The apply path is measured by
  ``benchmarks/hub.py --only apply``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import SimpleNamespace

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from benchmarks.hub import PASSPHRASE, POLICY, _children, _cpu_of, _cpu_since, enrol, lab_bundle  # noqa: E402
from benchmarks.profile_catalogue import log  # noqa: E402
from labnet.catalogue.demo import generate_profiles  # noqa: E402
from labnet.catalogue.store import Catalogue  # noqa: E402
from labnet.hub.ingest import Ingestor  # noqa: E402
from labnet.hub.service import Hub, HubSettings  # noqa: E402
from labnet.protocol.receipt import verify_receipt  # noqa: E402
from labnet.sync.client import HubClient, UploadGone  # noqa: E402
from labnet.sync.outbox import Outbox  # noqa: E402

sys.path.insert(0, str(_HERE.parent / "tests"))
from fault_trials import _uningested  # noqa: E402  (completed uploads not ingested yet, on either store)

READERS = 16


def _pct(values: list[float]) -> dict:
    if not values:
        return {}
    ordered = sorted(values)

    def at(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 3)
    return {"n": len(values), "p50": at(0.50), "p95": at(0.95), "p99": at(0.99), "max": round(ordered[-1], 3)}


def _reason(exc: Exception) -> str:
    """The refusal's kind, from the hub's answer as the client reports it (the first words of its message)."""
    text = str(exc)
    for known in ("429", "503", "413", "rate", "too many", "connections", "timed out", "Connection"):
        if known.lower() in text.lower():
            return known
    return f"{type(exc).__name__}: {text[:80]}"


def _start(folder: Path, database: str | None, workers: int = 2) -> tuple[str, list[subprocess.Popen], object]:
    import requests

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "LABNET_HUB_PASSPHRASE": PASSPHRASE}
    store = ["--database", database] if database else []
    log_file = open(folder / "serve.log", "ab")
    serve = subprocess.Popen([sys.executable, "-m", "labnet.hub.cli", "serve", "--data-dir", str(folder), *store,
                              "--port", str(port), "--workers", str(workers), "--no-ingest"], env=env,
                             stdout=log_file, stderr=subprocess.STDOUT)
    worker = subprocess.Popen([sys.executable, "-m", "labnet.hub.cli", "worker", "--data-dir", str(folder), *store,
                               "--poll-seconds", "0.1"], env=env, stdout=log_file, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while True:
        try:
            requests.get(url + "/health", timeout=2)
            break
        except requests.ConnectionError:
            if time.monotonic() > deadline or serve.poll() is not None:
                raise SystemExit(f"the hub did not start (see {folder / 'serve.log'})") from None
            time.sleep(0.1)
    time.sleep(1.0)   # every serve worker up (the first answer came from one)
    return url, [serve, worker], log_file


def bench_crowd(work: Path, labs: int, readings: int, server=None) -> dict:
    """``labs`` laboratories uploading one small bundle each at once, ``readings`` bulletin reads meanwhile."""
    from labnet.hub.bulletins import notice

    folder = work / f"crowd-{labs}-{'pg' if server else 'sqlite'}"
    database = server.new_database() if server is not None else None
    hub, _ = Hub.create(folder, name="Bench hub", country="KE", passphrase=PASSPHRASE, database=database,
                        settings=HubSettings(requests_per_minute=1_000_000, connections_per_address=100_000,
                                             slow_requests_per_address=100_000))
    t = time.perf_counter()
    prepared = [lab_bundle(work / "labs", hub, f"crowd-{labs}-{i:03d}", 5, seed=700 + i) for i in range(labs)]
    prepare_s = time.perf_counter() - t
    readers = [enrol(hub, f"reader-{labs}-{k}") for k in range(READERS)]
    for k in range(20):
        notice(hub, f"Network notice {k}: " + "x" * 200)
    public = hub.identity.public
    hub.close()
    url, processes, log_file = _start(folder, database)
    serve, worker = processes
    try:
        pids = [serve.pid, *_children(serve.pid)]
        before = {"serve": _cpu_of(pids), "worker": _cpu_of([worker.pid]),
                  "postgres": server.cpu_seconds() if hasattr(server, "cpu_seconds") else None}
        load_before = os.getloadavg()
        upload_s: list[float] = []
        read_s: list[float] = []
        refused: dict[str, int] = {}
        resent: list[str] = []
        read_refused: dict[str, int] = {}
        lock = threading.Lock()
        barrier = threading.Barrier(labs + 1)
        uploads_done = threading.Event()

        def upload(lab, header, data) -> None:
            barrier.wait()
            started = time.perf_counter()
            try:
                _upload_one(url, public, lab, header, data, resent)
                with lock:
                    upload_s.append(time.perf_counter() - started)
            except Exception as exc:  # counted by reason, not hidden
                with lock:
                    refused[_reason(exc)] = refused.get(_reason(exc), 0) + 1

        def read(lab, count: int) -> None:
            client = HubClient(url, timeout=300)
            client.sign_in(lab, public.signing_key_id)
            barrier_reader.wait()
            for _ in range(count):
                started = time.perf_counter()
                try:
                    got = len(client.bulletins(0))
                    with lock:
                        read_s.append(time.perf_counter() - started)
                        if got < 20:
                            read_refused["incomplete"] = read_refused.get("incomplete", 0) + 1
                except Exception as exc:  # counted by reason, not hidden
                    with lock:
                        read_refused[_reason(exc)] = read_refused.get(_reason(exc), 0) + 1
                # Spread over the uploads' run: a reader paces itself until the uploads end, then reads the rest.
                if not uploads_done.is_set():
                    time.sleep(0.05)

        activity = _Activity(database) if database else None
        barrier_reader = threading.Barrier(READERS + 1)
        reader_threads = [threading.Thread(target=read, args=(lab, readings // READERS + (k < readings % READERS)))
                          for k, lab in enumerate(readers)]
        upload_threads = [threading.Thread(target=upload, args=p) for p in prepared]
        for thread in reader_threads + upload_threads:
            thread.start()
        barrier_reader.wait()
        client_cpu = time.process_time()
        started = time.perf_counter()
        barrier.wait()
        for thread in upload_threads:
            thread.join()
        uploaded = time.perf_counter() - started
        sampled = activity.stop() if activity else None
        uploads_done.set()
        while _uningested(SimpleNamespace(folder=folder)):   # the ingest queue, read from the store
            time.sleep(0.05)
        queue_empty = time.perf_counter() - started
        accepted = _receipts(url, public, prepared, refused)
        drained = time.perf_counter() - started
        for thread in reader_threads:
            thread.join()
        read_wall = time.perf_counter() - started
        pg = server.cpu_seconds() if hasattr(server, "cpu_seconds") else None
        return {"store": "postgresql" if server else "sqlite", "labs": labs, "records_each": 5,
                "bundle_bytes": len(prepared[0][2]), "prepare_s": round(prepare_s, 1),
                "uploads_completed": len(upload_s), "refused": refused,
                "resent_after_upload_gone": len(resent), "records_accepted": accepted,
                "upload_wall_s": round(uploaded, 2), "upload_latency_s": _pct(upload_s),
                "queue_drain_after_uploads_s": round(queue_empty - uploaded, 2),
                # Receipts fetched one laboratory after the other (a sign-in each): an upper bound of the drain.
                "last_receipt_s": round(drained, 2),
                "bulletin_reads": len(read_s), "bulletin_refused": read_refused, "bulletin_wall_s": round(read_wall, 2),
                "bulletin_latency_s": _pct(read_s),
                "cpu_s": {"serve_processes": _cpu_since(before["serve"], pids),
                          "worker": _cpu_since(before["worker"], [worker.pid]),
                          "postgres_server": round(pg - before["postgres"], 2) if pg is not None else None,
                          "client": round(time.process_time() - client_cpu, 2)},
                "load_before": [round(x, 2) for x in load_before],
                "load_after": [round(x, 2) for x in os.getloadavg()], "pg_activity": sampled}
    finally:
        for process in (worker, serve):
            process.terminate()
            process.wait(timeout=60)
        log_file.close()
        if server is not None:
            server.drop(database)


class _Activity:
    """``pg_stat_activity`` of the hub's database sampled every 0.2 s while the uploads run: per second, the
    connections open, those running a statement, and those waiting (by wait event: a lock, the WAL's fsync,
    the client…), to see what a crowd waits for (a pool too small shows as few connections, all busy)."""

    def __init__(self, url: str):
        import psycopg

        self.conn = psycopg.connect(url, autocommit=True)
        self.started = time.perf_counter()
        self.seconds: dict[int, dict] = {}
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.done.wait(0.2):
            rows = self.conn.execute(
                "SELECT state, coalesce(wait_event_type || ':' || wait_event, '') FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()").fetchall()
            second = self.seconds.setdefault(int(time.perf_counter() - self.started), {
                "samples": 0, "connections_max": 0, "active_max": 0, "waits": {}})
            second["samples"] += 1
            second["connections_max"] = max(second["connections_max"], len(rows))
            second["active_max"] = max(second["active_max"], sum(1 for state, _ in rows if state == "active"))
            for state, wait in rows:
                if state != "idle" and wait:
                    key = f"{state} {wait}"
                    second["waits"][key] = second["waits"].get(key, 0) + 1

    def stop(self) -> dict:
        self.done.set()
        self.thread.join()
        self.conn.close()
        return {str(k): v for k, v in sorted(self.seconds.items())}


def _upload_one(url: str, public, lab, header, data: bytes, resent: list[str]) -> None:
    client = HubClient(url, timeout=300)
    client.sign_in(lab, public.signing_key_id)
    try:
        client.upload(data, resume_url=None, remember=lambda u: None, chunk_bytes=64 * 1024)
    except UploadGone:
        # As the laboratory's sync does (sync/client.py): sent afresh; a bundle the hub had received whole
        # (the last chunk's answer lost, the retry finding the upload ingested) gets the same receipt.
        resent.append(header.bundle_id)
        client.upload(data, resume_url=None, remember=lambda u: None, chunk_bytes=64 * 1024)


def _receipts(url: str, public, prepared: list, refused: dict[str, int]) -> int:
    """Every bundle's receipt, waited for (the ingest queue drained): the records accepted in all."""
    accepted = 0
    for lab, header, _ in prepared:
        hc = HubClient(url, timeout=300)
        hc.sign_in(lab, public.signing_key_id)
        try:
            accepted += verify_receipt(hc.receipt(header.bundle_id, wait=900), public,
                                       lab.identity_id).counts["accepted"]
        except Exception as exc:  # a bundle whose upload was refused has no receipt
            refused["no receipt: " + _reason(exc)] = refused.get("no receipt: " + _reason(exc), 0) + 1
    return accepted


# -- a network of N records -------------------------------------------------------------------------------
_COLUMNS = ("lab_id", "kind", "record_id", "version", "seq", "deleted", "bundle_id", "received_at", "record")


def _seed_rows(templates: list[tuple], count: int, seed: int):
    """``count`` rows in ``network_records``' shape: the templates' records under other laboratories' ids, their
    peaks replaced by random values (so they link with nothing)."""
    rng = random.Random(seed)
    for n in range(count):
        row = templates[n % len(templates)]
        record = json.loads(row[8])
        peaks = record.get("peaks")
        if isinstance(peaks, dict):
            record["peaks"] = {name: round(rng.lognormvariate(0, 1.5), 4) for name in peaks}
        yield (f"seed-lab-{n // 100_000:03d}", row[1], f"seed-{n:09d}", row[3], row[4], row[5], "seeded",
               row[7], json.dumps(record, separators=(",", ":")))


def _seed(hub: Hub, database: str | None, count: int) -> float:
    """Network records seeded in bulk; seconds taken."""
    templates = [tuple(r) for r in hub.store.query(
        "SELECT " + ", ".join(_COLUMNS) + " FROM network_records WHERE kind = 'profiling_result'")]
    t = time.perf_counter()
    if database:
        import psycopg

        with psycopg.connect(database) as conn, conn.cursor() as cur:
            with cur.copy("COPY network_records (" + ", ".join(_COLUMNS) + ") FROM STDIN") as copy:
                for row in _seed_rows(templates, count, seed=1):
                    copy.write_row(row)
            cur.execute("ANALYZE network_records")
    else:
        _seed_sqlite(hub, count)
    return time.perf_counter() - t


# The rows made by SQLite itself (the peaks of each template record replaced by random values in SQL): at 10M
# rows, making them in Python took ~27 minutes at load 10; committed a million at a time, so the write-ahead
# log is folded back into the file as it goes instead of growing to the size of the whole network.
_SEED_SQL = """
WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)
INSERT INTO network_records (lab_id, kind, record_id, version, seq, deleted, bundle_id, received_at, record)
SELECT printf('seed-lab-%03d', i / 100000), t.kind, printf('seed-%09d', i), t.version, t.seq, t.deleted, 'seeded',
       t.received_at,
       CASE WHEN json_type(t.record, '$.peaks') = 'object'
            THEN json_set(t.record, '$.peaks', json((SELECT json_group_object(key, round(exp(
                     (abs(random()) % 6000000) / 1000000.0 - 3.0), 4)) FROM json_each(t.record, '$.peaks'))))
            ELSE t.record END
FROM n JOIN seed_templates t ON t.k = n.i % ?
"""


def _seed_sqlite(hub: Hub, count: int) -> None:
    with hub.store.transaction() as conn:
        conn.execute("CREATE TEMP TABLE seed_templates (k INTEGER PRIMARY KEY, kind, version, seq, deleted, "
                     "received_at, record)")
        conn.execute("INSERT INTO seed_templates SELECT row_number() OVER () - 1, kind, version, seq, deleted, "
                     "received_at, record FROM network_records WHERE kind = 'profiling_result'")
        (templates,) = conn.execute("SELECT count(*) FROM seed_templates").fetchone()
    for start in range(0, count, 1_000_000):
        with hub.store.transaction() as conn:
            conn.execute(_SEED_SQL, (start, min(count, start + 1_000_000), templates))
        log(f"  seeded {min(count, start + 1_000_000):,} rows")


_LINK_JOB = """
import json, resource, sys, time
from labnet.hub.linking import NetworkLinker
from labnet.hub.service import Hub
hub = Hub.open(sys.argv[1], sys.argv[2], database=sys.argv[3] or None)
t, c = time.perf_counter(), time.process_time()
links = NetworkLinker(hub).run_pending()
print(json.dumps({"links": links, "wall_s": round(time.perf_counter() - t, 2), "cpu_s": round(time.process_time() - c, 2),
                  "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))
"""


def bench_network(work: Path, records: int, new_records: int, server=None) -> dict:
    from labnet.hub.linking import NetworkLinker
    from labnet.profiling.workflows import calibrate, catalogue_population, save_calibrated_method

    name = f"network-{records}-{'pg' if server else 'sqlite'}"
    database = server.new_database() if server is not None else None
    hub, _ = Hub.create(work / name, name="Bench hub", country="KE", passphrase=PASSPHRASE, database=database,
                        settings=HubSettings(max_upload_bytes=64 * 1024 * 1024))
    ingestor = Ingestor(hub)
    try:
        _, _, data = lab_bundle(work / name, hub, "Network lab 0", 5000, seed=100)
        assert ingestor.ingest(data, source="file").status == "processed"
        with Catalogue.open(work / name / "Network lab 0", user="benchmark") as cat:
            drug = cat.conn.execute("SELECT drug_type FROM profiling_results GROUP BY drug_type "
                                    "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
            population = catalogue_population(cat, drug)
            method = save_calibrated_method(cat, f"{drug}-network", population, calibrate(population, fpr=1e-4))
        linker = NetworkLinker(hub)
        linker.publish_method(method.to_json())
        linker.run_pending()
        seed_s = _seed(hub, database, records - 5000)
        total = hub.store.query("SELECT count(*) FROM network_records")[0][0]
        of_drug = sum(hub.store.received.profile_counts_per_lab(drug))
        lab = enrol(hub, "New lab")
        with Catalogue.open(work / name / "New lab", user="benchmark") as cat:
            rows = [dict(r, shareable=True) for r in generate_profiles(new_records // 2, seed=100, start=10**6)]
            rows += [dict(r, shareable=True) for r in generate_profiles(new_records - len(rows), seed=999,
                                                                         start=2 * 10**6)]
            cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", rows))
            parts = Outbox(cat).export(lab, hub.identity.public, POLICY, max_part_bytes=16 * 1024 * 1024).parts
        t = time.perf_counter()
        for _, part in parts:
            assert ingestor.ingest(part, source="file").status == "processed"
        ingest_s = time.perf_counter() - t
        size = _store_bytes(hub, work / name)
        hub.close()
        load_before = os.getloadavg()
        done = subprocess.run([sys.executable, "-c", _LINK_JOB, str(work / name), PASSPHRASE, database or ""],
                              capture_output=True, text=True, check=True, cwd=_HERE.parent)
        job = json.loads(done.stdout.strip().splitlines()[-1])
        return {"store": "postgresql" if server else "sqlite", "records": total, "drug_type": drug,
                "of_drug_type": of_drug, "seed_s": round(seed_s, 1), "new_records": new_records,
                "new_bundle_ingest_s": round(ingest_s, 2), "link_job": job,
                "store_mb": round(size / 2**20), "load_before": [round(x, 2) for x in load_before],
                "load_after": [round(x, 2) for x in os.getloadavg()]}
    finally:
        if server is not None:
            server.drop(database)


def _store_bytes(hub: Hub, folder: Path) -> int:
    """The store's size on disk: hub.db and its journal on SQLite, the database on PostgreSQL."""
    if hub.store.dialect == "sqlite":
        return sum(p.stat().st_size for p in folder.glob("hub.db*"))
    return hub.store.query("SELECT pg_database_size(current_database())")[0][0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=("crowd", "network"), help="run one part")
    parser.add_argument("--crowd", default="50,100,200,500", help="laboratories uploading at once (a list)")
    parser.add_argument("--readings", type=int, default=5000, help="bulletin reads during each crowd run")
    parser.add_argument("--network", default="1000000,3000000", help="records in the network (a list)")
    parser.add_argument("--new-records", type=int, default=1000, help="profiles in the new laboratory's bundle")
    parser.add_argument("--store", choices=("sqlite", "postgres", "both"), default="both")
    args = parser.parse_args(argv)
    cluster = None
    if args.store != "sqlite":
        import pg_cluster

        cluster = pg_cluster.Cluster(durable=True).start()
    servers = {"sqlite": [None], "postgres": [cluster], "both": [None, cluster]}[args.store]
    figures: dict = {"crowd": [], "network": []}
    try:
        with tempfile.TemporaryDirectory(prefix="labnet-hub-scale-") as tmp:
            work = Path(tmp)
            if args.only in (None, "crowd"):
                for labs in (int(n) for n in args.crowd.split(",")):
                    for server in servers:
                        log(f"crowd {labs} {'postgres' if server else 'sqlite'}")
                        figures["crowd"].append(bench_crowd(work, labs, args.readings, server))
                        print(json.dumps(figures["crowd"][-1]), file=sys.stderr, flush=True)
            if args.only in (None, "network"):
                for records in (int(n) for n in args.network.split(",")):
                    for server in servers:
                        log(f"network {records} {'postgres' if server else 'sqlite'}")
                        figures["network"].append(bench_network(work, records, args.new_records, server))
                        print(json.dumps(figures["network"][-1]), file=sys.stderr, flush=True)
    finally:
        if cluster is not None:
            cluster.stop()
    print(json.dumps({"benchmark": "hub_scale", "machine": {"cpus": os.cpu_count()},
                      "max_rss_mb_this_process": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                      **figures}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
