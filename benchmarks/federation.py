"""Hub-to-hub search, end to end on loopback (issue 20): Q query profiles from hub A against a peer network of N.

Hub B is made with N amphetamine profiles of one laboratory that allows them beyond its network (written
through the store's own upsert, as an ingest writes them: making N bundles is the bundle benchmark's business),
hub A with Q profiles, of which H are near-copies of B's (hits) and the rest random (misses); both publish the
same method; they peer by file; each has a policy listing the method.  A second laboratory of B shares
CHANGED profiles through real bundles (a catalogue, the outbox, the ingest).  B then runs as its own process
(``labnet-hub serve``) on loopback; A (this process) builds a search, delivers it (HTTP to B, which compares,
seals and signs its answer), verifies and applies the answer.  Timed four times:

- ``first``: B started with nothing kept (its network's profiles read from the store, whole);
- ``later``: the same again (B's profiles held since);
- ``changed``: after the second laboratory withdrew CHANGED profiles and shared CHANGED new ones (one bundle,
  ingested by a second process of B while B serves; its link job done by B before the search);
- ``restarted``: B stopped and started again (the profiles kept beside its store brought forward).

    .venv/bin/python benchmarks/federation.py --profiles 1000000 --queries 1000

Prints wall and CPU seconds of each side, the load average, the hits found, and the bytes on the wire per query
profile (the sealed search and the sealed answer).  ``--keep DIR`` keeps the hubs; ``--reuse`` searches hubs
kept before (their kept profiles removed first, so ``first`` is cold again).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from factories import profile  # noqa: E402
from hub_server import PASSPHRASE, enrol, free_port, peer_by_file  # noqa: E402
from labnet.catalogue.store import Catalogue  # noqa: E402
from labnet.hub import federation, federation_search  # noqa: E402
from labnet.hub.ingest import Ingestor  # noqa: E402
from labnet.hub.linking import NetworkLinker  # noqa: E402
from labnet.hub.service import Hub, HubSettings  # noqa: E402
from labnet.hub.store_federation import FederationStore  # noqa: E402
from labnet.profiling.method import ComparisonMethod  # noqa: E402
from labnet.profiling.pretreat import ReferenceStats  # noqa: E402
from labnet.profiling.targets import load_target_list  # noqa: E402
from labnet.protocol import keyfile  # noqa: E402
from labnet.protocol.keys import Identity  # noqa: E402
from labnet.sync.outbox import Outbox  # noqa: E402
from labnet.sync.policy import DEFAULT_POLICY_TOML, parse_policy  # noqa: E402

TARGETS = load_target_list("amphetamine").targets
BLOCK = 50_000
LAB_KDF = keyfile.KdfParams(1, 1, 8 * 1024)   # the benchmark's own laboratory key file: no need to be slow
CHANGED = 1000   # profiles withdrawn, and new ones shared, between the later and the changed search
BEYOND = parse_policy(DEFAULT_POLICY_TOML.replace("[profiling_result]\nshare = true\n",
                                                  "[profiling_result]\nshare = true\nbeyond_network = true\n"))


def profiles(rng: np.random.Generator, n: int) -> np.ndarray:
    """Peak areas, independent log-normal: two random profiles correlate far below the method's threshold."""
    return rng.lognormal(0.0, 1.0, size=(n, len(TARGETS))).round(4)


def fill(hub: Hub, lab_id: str, values: np.ndarray, prefix: str) -> None:
    """The profiles as the network holds a laboratory's shared records (each block as one bundle's, packed as that
    bundle's link job packs them: hub/store_peaks.py), and its ceiling: beyond the network."""
    now = "2026-12-01T00:00:00Z"
    federation.store(hub)   # the federation room's tables (an Ingestor makes them when a hub serves)
    for start in range(0, len(values), BLOCK):
        rows, bundle_id = [], f"bench-{start // BLOCK}"
        for i, row in enumerate(values[start:start + BLOCK].tolist(), start=start):
            record = {"drug_type": "amphetamine", "lab_sample_number": f"ps:{i:032x}", "seizure_country": "KE",
                      "peaks": dict(zip(TARGETS, row))}
            rows.append((lab_id, "profiling_result", f"{prefix}-{i:08d}", 1, i + 1, 0, bundle_id, now,
                         json.dumps(record, separators=(",", ":"))))
        with hub.store.transaction() as conn:
            hub.store.received.upsert_records(conn, rows)
        hub.store.peaks.pack_bundle(lab_id, bundle_id)
    with hub.store.transaction() as conn:
        FederationStore.set_ceilings(conn, lab_id, {"profiling_result": True}, len(values), "bench", now)
    # The method's own link job (every pair of the network: the linker's benchmark) is not what is measured here.
    while (job := hub.store.links.next_job()) is not None:
        with hub.store.transaction() as conn:
            hub.store.links.mark_done(conn, job["job_id"], now)


def method(rng: np.random.Generator) -> ComparisonMethod:
    return ComparisonMethod("bench-amphetamine", "amphetamine", TARGETS, "N", "pearson", 99.0,
                            ReferenceStats.of(profiles(rng, 200)), auc=0.99, version=1)


def cpu_of(pid: int) -> float:
    """User + system CPU seconds of process ``pid`` (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Lab:
    """B's second laboratory: its catalogue, sent to B in bundles as a laboratory's sync sends them."""

    def __init__(self, root: Path, identity: Identity):
        self.folder, self.identity = root / "lab-c", identity

    def share(self, hub: Hub, add: np.ndarray, withdraw: int = 0) -> None:
        with Catalogue.open(self.folder, user="analyst") as cat:
            held = [r["id"] for r in cat.iter_records("profiling_result")] if withdraw else []
            for record_id in held[:withdraw]:
                cat.delete("profiling_result", record_id, reason="withdrawn")
            start = len(held)
            for n, row in enumerate(add.tolist(), start=start + 1):
                cat.add("profiling_result", profile(shareable=True, lab_sample_number=f"C-{n:08d}",
                                                    peaks=dict(zip(TARGETS, row))))
            for _, data in Outbox(cat).export(self.identity, hub.identity.public, BEYOND).parts:
                assert Ingestor(hub).ingest(data, source="file").status == "processed"


def make(root: Path, port: int, args: argparse.Namespace, rng: np.random.Generator) -> None:
    a, _ = Hub.create(root / "a", name="West hub", country="GH", passphrase=PASSPHRASE)
    b, _ = Hub.create(root / "b", name="East hub", country="KE", passphrase=PASSPHRASE,
                      settings=HubSettings(public_url=f"http://127.0.0.1:{port}"))
    definition = method(rng).to_json()
    network = profiles(rng, args.profiles)
    picked = rng.choice(args.profiles, size=args.hits, replace=False)
    queries = np.vstack([network[picked] * rng.normal(1.0, 0.01, size=(args.hits, len(TARGETS))),
                         profiles(rng, args.queries - args.hits)]).round(4)
    for hub, values, prefix in ((b, network, "b"), (a, queries, "a")):
        NetworkLinker(hub).publish_method(definition)
        fill(hub, enrol(hub, f"{prefix} laboratory").identity_id, values, prefix)
    lab = enrol(b, "c laboratory")
    keyfile.save_identity(root / "lab-c-keys", lab, keyfile.Passphrase(PASSPHRASE, LAB_KDF))
    Lab(root, lab).share(b, profiles(rng, CHANGED))
    while (job := b.store.links.next_job()) is not None:   # the linker's business, not measured here
        with b.store.transaction() as conn:
            b.store.links.mark_done(conn, job["job_id"], "2026-12-01T00:00:00Z")
    peer_by_file(a, b, f"{definition['name']} v1", {"seizure_country": "keep"}, actor="bench")
    a.close()
    b.close()


def serve(root: Path, port: int) -> subprocess.Popen:
    server = subprocess.Popen([sys.executable, "-m", "labnet.hub.cli", "serve", "--data-dir", str(root / "b"),
                               "--port", str(port)], env={**os.environ, "LABNET_HUB_PASSPHRASE": PASSPHRASE},
                              stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    server.started = time.perf_counter()   # type: ignore[attr-defined]
    while True:
        try:
            requests.get(f"http://127.0.0.1:{port}/health", timeout=2)
            return server
        except requests.ConnectionError:
            time.sleep(0.2)


def stop(server: subprocess.Popen) -> None:
    server.terminate()
    server.wait(timeout=60)


def peak_memory(pid: int) -> str:
    """The process's peak resident memory (Linux: VmHWM)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return f"{int(line.split()[1]) / 1024:.0f} MB"
    return "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profiles", type=int, default=1_000_000, help="profiles in the peer network (N)")
    parser.add_argument("--queries", type=int, default=1000, help="query profiles (Q)")
    parser.add_argument("--hits", type=int, default=100, help="queries that are near-copies of the peer's (H)")
    parser.add_argument("--keep", type=Path, help="build the hubs in this folder and keep them")
    parser.add_argument("--reuse", action="store_true", help="search the hubs kept in --keep before")
    args = parser.parse_args()
    rng = np.random.default_rng(20)
    root = args.keep or Path(tempfile.mkdtemp(prefix="labnet-federation-"))
    port = free_port()
    started = time.perf_counter()
    if args.reuse:   # B serves where A peered with it
        shutil.rmtree(root / "b" / "federation" / "profiles", ignore_errors=True)
        port = int((root / "port").read_text(encoding="utf-8"))
    else:
        make(root, port, args, rng)
        (root / "port").write_text(str(port), encoding="utf-8")
        print(f"made: {args.profiles:,} profiles at B, {args.queries:,} queries at A "
              f"({time.perf_counter() - started:.1f} s)", flush=True)
    a = Hub.open(root / "a", PASSPHRASE)
    server = serve(root, port)
    try:
        fed = federation.store(a)
        changed_at = 0.0
        for run in ("first", "later", "changed", "restarted"):
            if run == "changed":
                change(root, rng)
            if run == "restarted":   # once B has written what it holds (else the restart brings an older file forward)
                kept = root / "b" / "federation" / "profiles"
                while not any(f.stat().st_mtime > changed_at for f in kept.glob("*.npz")) or any(kept.glob("*.tmp")):
                    time.sleep(0.5)
                stop(server)
                server = serve(root, port)
            changed_at = time.time() if run == "changed" else changed_at
            wall, cpu, b_cpu = time.perf_counter(), time.process_time(), cpu_of(server.pid)
            if run in ("first", "restarted"):   # B reads (or loads) its profiles at start-up, on a thread
                print(f"{run}: B healthy after {wall - server.started:.2f} s, {b_cpu:.2f} s of CPU since it "
                      f"started", flush=True)
            [search_id] = federation_search.build(a, "east", "bench")
            built = time.perf_counter() - wall
            done = federation_search.deliver(a, "east")
            wall, cpu, b_cpu = time.perf_counter() - wall, time.process_time() - cpu, cpu_of(server.pid) - b_cpu
            assert done == {"answered": 1, "waiting": 0}, done
            hits = [h for h in fed.hits("asked") if h["search_id"] == search_id]
            found = {h["record_id"] for h in hits}
            expected = {f"a-{i:08d}" for i in range(args.hits)}
            sent = len(fed.sent(search_id)["document"])
            answer = len(b_answer(root / "b", search_id))
            since = f" (B started {time.perf_counter() - server.started:.2f} s before the answer, {cpu_of(server.pid):.2f} s of CPU)" \
                if run in ("first", "restarted") else ""
            print(f"{run} search: {wall:.2f} s wall{since} (A builds {built:.2f} s), A CPU {cpu:.2f} s, B CPU {b_cpu:.2f} s;"
                  f" {len(hits)} hits, {len(expected & found)}/{args.hits} near-copies found, "
                  f"{len(found - expected)} other queries hit; search {sent:,} bytes "
                  f"({sent / args.queries:.0f} per query profile), answer {answer:,} bytes "
                  f"({answer / args.queries:.0f} per query profile); B's peak memory {peak_memory(server.pid)}; "
                  f"load average {os.getloadavg()[0]:.2f}",
                  flush=True)
    finally:
        stop(server)
        a.close()
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


def change(root: Path, rng: np.random.Generator) -> None:
    """B's second laboratory withdraws CHANGED profiles and shares CHANGED new ones (one bundle, ingested by a
    second process of B); B's linker does the bundle's link job before the search is timed."""
    b = Hub.open(root / "b", PASSPHRASE)
    try:
        identity = keyfile.load_identity(root / "lab-c-keys", PASSPHRASE)
        took = time.perf_counter()
        Lab(root, identity).share(b, profiles(rng, CHANGED), withdraw=CHANGED)
        print(f"changed: {CHANGED:,} withdrawn and {CHANGED:,} shared at B in one bundle "
              f"({time.perf_counter() - took:.1f} s to make and ingest)", flush=True)
        while b.store.links.pending_count():
            time.sleep(0.5)
    finally:
        b.close()


def b_answer(folder: Path, search_id: str) -> bytes:
    hub = Hub.open(folder, PASSPHRASE)
    try:
        return bytes(federation.store(hub).answered(search_id)["answer"])
    finally:
        hub.close()


if __name__ == "__main__":
    main()
