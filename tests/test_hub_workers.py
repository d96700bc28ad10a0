"""Several hub processes on one folder (issue 19): ``serve --workers N``, two ``serve`` side by side, ``worker``.

Everything the processes must agree on is in the hub's files (``hub/store_queue.py``, ``hub/uploads.py``): an
upload begun at one process resumes at another, the rate limit counts every process's requests, a separate
``labnet-hub worker`` ingests what the ``serve --no-ingest`` processes received, a worker killed mid-ingest
leaves its claim to the next one (the bundle applied once, the same receipt), and uploads complete while a
link job runs in the worker.  Real processes on loopback; SIGSTOP freezes a worker at the moment a test needs,
so no assertion depends on timing.
"""

from __future__ import annotations

import base64
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

import fault_trials
from hub_server import PASSPHRASE, HubProcess, enrol, free_port
from labnet.catalogue.demo import generate_profiles
from labnet.catalogue.store import Catalogue
from labnet.hub import db
from labnet.hub.ingest import Ingestor
from labnet.hub.linking import NetworkLinker
from labnet.hub.service import Hub, HubSettings
from labnet.protocol.bulletin import verify_bulletin
from labnet.protocol.receipt import verify_receipt
from labnet.protocol.session import sign_session_request
from labnet.sync.outbox import Outbox
from labnet.sync.policy import default_policy
from test_hub_linking import method

pytestmark = pytest.mark.slow   # hub processes, each 2-5 s to start
POLICY = default_policy()
TUS = {"Tus-Resumable": "1.0.0"}


class Command:
    """``labnet-hub COMMAND --data-dir FOLDER …`` in a process of its own, its output in a log file; ``serve``
    gets a free port and is waited for (its /health answers)."""

    def __init__(self, folder: Path, command: str, *args: str):
        self.folder = folder
        serve = command == "serve"
        self.port = free_port() if serve else None
        self.url = f"http://127.0.0.1:{self.port}"
        argv = [sys.executable, "-m", "labnet.hub.cli", command, "--data-dir", str(folder), *args]
        if serve:
            argv += ["--port", str(self.port)]
        self.log_path = folder / f"{command}-{time.monotonic_ns()}.log"
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(argv, env={**os.environ, "LABNET_HUB_PASSPHRASE": PASSPHRASE},
                                        stdout=self._log, stderr=subprocess.STDOUT)
        if serve:
            wait_until(self._up, 60, f"labnet-hub serve {' '.join(args)} to start")

    def _up(self) -> bool:
        if self.process.poll() is not None:
            raise RuntimeError(f"labnet-hub serve ended: {self.log()}")
        try:
            return requests.get(f"{self.url}/health", timeout=2).status_code == 200
        except requests.ConnectionError:
            return False

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def send(self, sig: signal.Signals) -> None:
        self.process.send_signal(sig)

    def stop(self) -> int:
        """SIGTERM, then its exit status."""
        if self.process.poll() is None:
            self.process.terminate()
        code = self.process.wait(timeout=60)
        self._log.close()
        return code

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=60)
        self._log.close()


def wait_until(predicate, seconds: float, what: str) -> None:
    """A deadline against a hang, not a measure: the tests assert states, never durations."""
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {seconds:g} s for {what}")
        time.sleep(0.01)


def read(folder: Path, sql: str, params: tuple = (), *, db: str = "hub.db") -> list[tuple]:
    """Rows of the hub's own files, read-only, as another process sees them."""
    conn = sqlite3.connect(f"file:{folder / db}?mode=ro", uri=True, timeout=30)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def writable(path: Path) -> bool:
    """Whether no process holds the file's writer lock now."""
    conn = sqlite3.connect(path, timeout=0.2)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


def queue_rows(folder: Path) -> list[tuple]:
    return read(folder, "SELECT upload_id, claimed_by, attempts FROM ingest_queue", db="uploads/uploads.db")


def session(url: str, hub_key_id: str, lab) -> dict[str, str]:
    body = sign_session_request(lab.current.signing, hub_key_id=hub_key_id, lab_id=lab.identity_id,
                                key_id=lab.public.signing_key_id)
    r = requests.post(f"{url}/v1/session", json=body, timeout=30)
    r.raise_for_status()
    return {"Authorization": f"Bearer {r.json()['token']}", **TUS}


def create(url: str, auth: dict, data: bytes) -> str:
    digest = base64.b64encode(hashlib.sha256(data).hexdigest().encode()).decode()
    r = requests.post(f"{url}/v1/uploads", headers={**auth, "Upload-Length": str(len(data)),
                                                      "Upload-Metadata": f"sha256 {digest}"}, timeout=30)
    assert r.status_code == 201, r.text
    return r.headers["Location"]


def patch(url: str, location: str, auth: dict, offset: int, chunk: bytes) -> requests.Response:
    return requests.patch(f"{url}{location}", data=chunk, timeout=60, headers={
        **auth, "Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream"})


def offset(url: str, location: str, auth: dict) -> int:
    return int(requests.head(f"{url}{location}", headers=auth, timeout=30).headers["Upload-Offset"])


def upload(url: str, auth: dict, data: bytes) -> None:
    location = create(url, auth, data)
    assert patch(url, location, auth, 0, data).status_code == 204


def receipt(url: str, auth: dict, bundle_id: str) -> bytes:
    """The bundle's receipt, once a worker has ingested it."""
    got: list[bytes] = []

    def ready() -> bool:
        r = requests.get(f"{url}/v1/receipts/{bundle_id}", headers=auth, timeout=30)
        if r.status_code == 200:
            got.append(r.content)
        return bool(got)

    wait_until(ready, 120, f"the receipt of {bundle_id}")
    return got[0]


def new_hub(folder: Path, database: str = "", **settings) -> Hub:
    hub, _ = Hub.create(folder, name="Hub", country="KE", passphrase=PASSPHRASE, settings=HubSettings(**settings),
                        database=database or None)
    return hub


def shared_state_in(folder: Path, store: str) -> None:
    """Where the processes' shared state went: uploads/uploads.db with the SQLite store; with PostgreSQL none
    (the queue, leases, uploads and rate limits are in the store's database)."""
    assert (folder / "uploads" / "uploads.db").exists() == (not store)


def shares(tmp_path: Path, hub: Hub, lab, name: str, n: int, seed: int) -> Catalogue:
    cat = Catalogue.open(tmp_path / name, user="analyst")
    for values in generate_profiles(n, seed=seed, start=seed * 100_000):
        cat.add("profiling_result", dict(values, shareable=True))
    return cat


def bundle(cat: Catalogue, lab, hub: Hub):
    [(header, data)] = Outbox(cat).export(lab, hub.identity.public, POLICY).parts
    return header, data


def test_an_upload_resumes_at_another_process_and_a_separate_worker_ingests_it(tmp_path):
    hub = new_hub(tmp_path / "hub")
    labs = [enrol(hub, "Lab Accra"), enrol(hub, "Lab Lomé")]
    sent = []
    for k, lab in enumerate(labs):
        with shares(tmp_path, hub, lab, f"lab{k}", 40, seed=k + 1) as cat:
            sent.append(bundle(cat, lab, hub))
    key_id, public = hub.key_id, hub.identity.public
    hub.close()
    first = Command(tmp_path / "hub", "serve", "--no-ingest")
    second = Command(tmp_path / "hub", "serve", "--no-ingest")
    worker = Command(tmp_path / "hub", "worker", "--poll-seconds", "0.2")
    try:
        # A session opened at one process is good at the other (sessions are in hub.db).
        auths = [session(first.url, key_id, lab) for lab in labs]

        def send(k: int) -> None:
            begin, end = (first, second) if k == 0 else (second, first)
            header, data = sent[k]
            location = create(begin.url, auths[k], data)
            half = len(data) // 2
            assert patch(begin.url, location, auths[k], 0, data[:half]).status_code == 204
            assert offset(end.url, location, auths[k]) == half      # the other process sees the offset
            assert patch(end.url, location, auths[k], half, data[half:]).status_code == 204

        threads = [threading.Thread(target=send, args=(k,)) for k in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for k, lab in enumerate(labs):
            header = sent[k][0]
            got = receipt(first.url, auths[k], header.bundle_id)
            assert receipt(second.url, auths[k], header.bundle_id) == got
            assert verify_receipt(got, public, lab.identity_id).counts["accepted"] == 40
        assert read(tmp_path / "hub", "SELECT count(*) FROM bundles") == [(2,)]
        assert read(tmp_path / "hub", "SELECT count(*) FROM network_records") == [(80,)]
        # Each upload leaves the queue and its bytes go just after its receipt is committed (its row stays,
        # answering "complete" to a late HEAD, until it expires: tests/test_hub_upload_race.py).
        wait_until(lambda: queue_rows(tmp_path / "hub") == [] and read(
            tmp_path / "hub", "SELECT count(*) FROM uploads WHERE ingested_at IS NULL",
            db="uploads/uploads.db") == [(0,)] and not list((tmp_path / "hub" / "uploads").glob("*.part")), 60,
            "the uploads to leave the queue")
        # The HTTP processes ingested nothing themselves: every bundle went through the worker.
        assert "bundle " in worker.log() and "bundle " not in first.log() + second.log()
        assert worker.stop() == 0 and "stopped" in worker.log()     # SIGTERM: a clean stop
    finally:
        for command in (first, second, worker):
            command.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """The hub's store for a test: ``""`` (hub.db in its folder) or a fresh database of the tests' PostgreSQL
    cluster, which every process of the hub then uses (``database`` in hub.toml)."""
    if request.param == "sqlite":
        yield ""
    else:
        cluster = request.getfixturevalue("postgres_cluster")
        url = cluster.new_database()
        yield url
        cluster.drop(url)


def test_the_rate_limit_counts_the_requests_every_process_served(tmp_path, store):
    new_hub(tmp_path / "hub", store, requests_per_minute=10).close()
    first = Command(tmp_path / "hub", "serve", "--no-ingest")
    second = Command(tmp_path / "hub", "serve", "--no-ingest")
    try:
        # Anonymous requests (a session asked with a body that is not one) count against the address.
        statuses = [requests.post(f"{(first, second)[n % 2].url}/v1/session", data=b"{}", timeout=30)
                    for n in range(16)]
        codes = [r.status_code for r in statuses]
        assert codes.count(400) == 10 and codes.count(429) == 6, codes   # each process alone allowed 10
        assert all(int(r.headers["Retry-After"]) > 0 for r in statuses if r.status_code == 429)
        shared_state_in(tmp_path / "hub", store)
        if store:   # the two processes counted in the PostgreSQL store: the ten allowed, the refusals not counted
            state = db.open_database(store)
            try:
                assert [tuple(r) for r in state.query(
                    "SELECT CAST(sum(hits) AS BIGINT) FROM rate_hits WHERE scope = 'address'")] == [(10,)]
            finally:
                state.close()
    finally:
        first.stop()
        second.stop()


def test_serve_with_two_workers_takes_a_laboratorys_sync(tmp_path, monkeypatch):
    monkeypatch.setenv("LABNET_PASSPHRASE", fault_trials.LAB_PASSPHRASE)
    hub = HubProcess(tmp_path / "hub", serve_args=("--workers", "2"))
    try:
        workers = _workers_of(hub.process.pid)
        assert len(workers) == 2
        lab = fault_trials.Lab(tmp_path / "lab", hub, seed=7)
        outcome = fault_trials.Outcome("two workers", 7)
        for _ in range(2):
            lab.change(60)
            lab.sync_to_the_end(outcome)
        fault_trials.wait_for_ingest(hub)
        fault_trials.check(lab, hub, outcome)
        assert outcome.crashes == [] and (outcome.lost, outcome.duplicated, outcome.receipts_lost) == (0, 0, 0)
        # A worker process that dies is replaced by the supervisor; the hub keeps answering meanwhile.
        os.kill(int(workers[0]), signal.SIGKILL)
        wait_until(lambda: len(_workers_of(hub.process.pid)) == 2 and workers[0] not in _workers_of(hub.process.pid),
                   120, "a new worker process")
        assert requests.get(f"{hub.url}/health", timeout=30).status_code == 200
    finally:
        hub.stop()


def _workers_of(parent: int) -> list[str]:
    return [pid for pid in os.listdir("/proc") if pid.isdigit() and _child_worker(int(pid), parent)]


def test_serve_with_workers_refuses_a_wrong_passphrase_before_it_starts_them(tmp_path):
    new_hub(tmp_path / "hub").close()
    result = subprocess.run([sys.executable, "-m", "labnet.hub.cli", "serve", "--data-dir", str(tmp_path / "hub"),
                             "--port", str(free_port()), "--workers", "2"], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "LABNET_HUB_PASSPHRASE": "not the passphrase"})
    assert result.returncode == 2 and "passphrase" in result.stderr and "spawn" not in result.stderr


def _child_worker(pid: int, parent: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return int(stat.rsplit(")", 1)[1].split()[1]) == parent and b"spawn_main" in cmdline


def test_a_worker_killed_mid_ingest_leaves_the_bundle_to_the_next_applied_once(tmp_path, store):
    folder = tmp_path / "hub"
    hub, _ = Hub.create(folder, name="Hub", country="KE", passphrase=PASSPHRASE, database=store or None)
    lab = enrol(hub)
    with shares(tmp_path, hub, lab, "lab", 2000, seed=3) as cat:
        header, data = bundle(cat, lab, hub)
    key_id, public = hub.key_id, hub.identity.public
    hub.close()
    hub_db = db.open_database(store or folder / "hub.db")   # the hub's store as its processes see it

    def rows(sql: str, params: tuple = ()) -> list[tuple]:
        return [tuple(r) for r in hub_db.query(sql, params)]

    def queued() -> list[tuple]:   # the ingest queue, in the PostgreSQL store when it is one
        return rows("SELECT upload_id, claimed_by, attempts FROM ingest_queue") if store else queue_rows(folder)

    serve = Command(folder, "serve", "--no-ingest")
    doomed = Command(folder, "worker", "--lease-seconds", "2", "--poll-seconds", "0.05")
    successor = None
    try:
        auth = session(serve.url, key_id, lab)
        upload(serve.url, auth, data)
        wait_until(lambda: any(claimed for _, claimed, _ in queued()), 60, "the worker to claim the upload")
        doomed.send(signal.SIGSTOP)   # frozen mid-ingest, then killed there, as a power cut or the OOM killer would
        [(upload_id, claimed_by, attempts)] = queued()
        assert attempts == 1 and rows("SELECT count(*) FROM ingested_uploads") == [(0,)], \
            "the worker had finished before it was stopped: not a mid-ingest fault"
        doomed.kill()
        assert fault_trials._uningested(serve) == 1   # what the fault trials wait for, read on either store
        successor = Command(folder, "worker", "--poll-seconds", "0.05")
        got = receipt(serve.url, auth, header.bundle_id)
        assert "attempt 2" in successor.log()   # it took the dead worker's claim once the lease ran out
        assert verify_receipt(got, public, lab.identity_id).counts == {"accepted": 2000, "duplicate": 0,
                                                                         "rejected": 0}
        assert rows("SELECT count(*) FROM bundles WHERE bundle_id = ?", (header.bundle_id,)) == [(1,)]
        assert rows("SELECT count(*) FROM network_records") == [(2000,)]
        assert rows("SELECT upload_id FROM ingested_uploads") == [(upload_id,)]
        # The upload leaves the queue just after its receipt is committed.
        wait_until(lambda: queued() == [], 60, "the upload to leave the queue")
        # Sent again (a laboratory that never got the answer): the same receipt, nothing applied twice.
        upload(serve.url, auth, data)
        wait_until(lambda: queued() == [], 60, "the second upload's ingest")
        assert receipt(serve.url, auth, header.bundle_id) == got
        assert rows("SELECT count(*) FROM bundles") == [(1,)]
        assert rows("SELECT count(*) FROM network_records") == [(2000,)]
        shared_state_in(folder, store)
    finally:
        for command in (serve, doomed, successor):
            if command is not None:
                command.stop()
        hub_db.close()


def test_an_upload_completes_while_the_worker_is_in_a_link_job(tmp_path):
    hub = new_hub(tmp_path / "hub")
    a, b = enrol(hub, "Lab Accra"), enrol(hub, "Lab Lomé")
    NetworkLinker(hub).publish_method(method().to_json())   # a link job over the whole network
    with shares(tmp_path, hub, a, "a", 300, seed=5) as cat_a, shares(tmp_path, hub, b, "b", 300, seed=6) as cat_b:
        for lab, cat in ((a, cat_a), (b, cat_b)):
            assert Ingestor(hub).ingest(bundle(cat, lab, hub)[1], source="file").status == "processed"
        cat_a.add("profiling_result", dict(next(generate_profiles(1, seed=9, start=900_000)), shareable=True))
        header, data = bundle(cat_a, a, hub)
    key_id, public = hub.key_id, hub.identity.public
    pending_before = NetworkLinker(hub).pending()
    hub.close()
    assert pending_before == 3   # the method's job and the two bundles'
    folder = tmp_path / "hub"
    serve = Command(folder, "serve", "--no-ingest")
    worker = Command(folder, "worker", "--poll-seconds", "0.05")
    try:
        def linking() -> bool:
            held = read(folder, "SELECT holder FROM leases WHERE name = 'linking'", db="uploads/uploads.db")
            return bool(held) and read(folder, "SELECT count(*) FROM link_jobs WHERE done_at IS NULL")[0][0] > 0

        auth = session(serve.url, key_id, a)
        wait_until(linking, 120, "the worker to start the link jobs")
        # Held in the middle of the link jobs for as long as the upload takes (the upload only reads hub.db, which
        # a writer frozen there does not stop). Frozen while it renews its lease it would hold the uploads' file's
        # writer lock, which a running worker holds for a moment only: then let it go on and freeze it again.
        for _ in range(200):
            worker.send(signal.SIGSTOP)
            if linking() and writable(folder / "uploads" / "uploads.db"):
                break
            worker.send(signal.SIGCONT)
            time.sleep(0.01)
        else:
            raise AssertionError("the link jobs ended before the worker could be held in one")
        location = create(serve.url, auth, data)
        assert patch(serve.url, location, auth, 0, data).status_code == 204
        assert offset(serve.url, location, auth) == len(data)     # complete, and queued for the worker
        assert linking() and [u for u, _, _ in queue_rows(folder)] == [location.rsplit("/", 1)[1]]
        worker.send(signal.SIGCONT)
        got = receipt(serve.url, auth, header.bundle_id)
        assert verify_receipt(got, public, a.identity_id).counts["accepted"] == 1
        wait_until(lambda: read(folder, "SELECT count(*) FROM link_jobs WHERE done_at IS NULL") == [(0,)], 120,
                   "the link jobs to end")
    finally:
        worker.send(signal.SIGCONT)
        worker.stop()
        serve.stop()


def test_a_worker_killed_in_a_link_job_leaves_it_to_the_next_and_no_link_is_announced_twice(tmp_path):
    hub = new_hub(tmp_path / "hub")
    labs = [enrol(hub, "Lab Accra"), enrol(hub, "Lab Lomé")]
    NetworkLinker(hub).publish_method(method().to_json())
    for k, lab in enumerate(labs):
        with shares(tmp_path, hub, lab, f"lab{k}", 300, seed=11 + k) as cat:
            assert Ingestor(hub).ingest(bundle(cat, lab, hub)[1], source="file").status == "processed"
    public = hub.identity.public
    hub.close()
    folder = tmp_path / "hub"
    doomed = Command(folder, "worker", "--lease-seconds", "2", "--poll-seconds", "0.05")
    successor = None
    try:
        wait_until(lambda: bool(read(folder, "SELECT holder FROM leases WHERE name = 'linking'",
                                     db="uploads/uploads.db")), 120, "the worker to start the link jobs")
        doomed.send(signal.SIGSTOP)
        pending = read(folder, "SELECT count(*) FROM link_jobs WHERE done_at IS NULL")[0][0]
        doomed.kill()   # wherever it was: computing, or inside a job's transaction (rolled back)
        successor = Command(folder, "worker", "--poll-seconds", "0.05")
        wait_until(lambda: read(folder, "SELECT count(*) FROM link_jobs WHERE done_at IS NULL") == [(0,)], 120,
                   "the link jobs to end")
        assert pending > 0, "the link jobs had ended before the worker was killed"
        links = read(folder, "SELECT lab_a, lab_b FROM network_links")
        assert links, "the network holds no cross-laboratory link to announce"
        for lab in labs:
            announced = [entry for (document,) in read(folder, "SELECT document FROM bulletins WHERE kind = 'link' "
                                                               "AND to_lab = ?", (lab.identity_id,))
                         for entry in verify_bulletin(bytes(document), public, lab.identity_id).content["links"]]
            assert len(announced) == sum(lab.identity_id in pair for pair in links)   # each link told once
    finally:
        for command in (doomed, successor):
            if command is not None:
                command.stop()
