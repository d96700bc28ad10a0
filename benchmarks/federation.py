"""Hub-to-hub search, end to end on loopback (issue 20): Q query profiles from hub A against a peer network of N.

Hub B is made with N amphetamine profiles of one laboratory that allows them beyond its network (written
through the store's own upsert, as an ingest writes them: making N bundles is the bundle benchmark's business),
hub A with Q profiles, of which H are near-copies of B's (hits) and the rest random (misses); both publish the
same method; they peer by file; each has a policy listing the method.  B then runs as its own process
(``labnet-hub serve``) on loopback; A (this process) builds a search, delivers it (HTTP to B, which compares,
seals and signs its answer), verifies and applies the answer.  Timed twice: the first search (B reads and
pretreats its network's profiles) and a second (B's profiles held since).

    .venv/bin/python benchmarks/federation.py --profiles 1000000 --queries 1000

Prints wall and CPU seconds of each side, the load average, the hits found, and the bytes on the wire per query
profile (the sealed search and the sealed answer).
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

from hub_server import PASSPHRASE, enrol, free_port  # noqa: E402
from labnet.hub import federation, federation_search  # noqa: E402
from labnet.hub.linking import NetworkLinker  # noqa: E402
from labnet.hub.service import Hub, HubSettings  # noqa: E402
from labnet.hub.store_federation import FederationStore  # noqa: E402
from labnet.profiling.method import ComparisonMethod  # noqa: E402
from labnet.profiling.pretreat import ReferenceStats  # noqa: E402
from labnet.profiling.targets import load_target_list  # noqa: E402

TARGETS = load_target_list("amphetamine").targets
BLOCK = 50_000


def profiles(rng: np.random.Generator, n: int) -> np.ndarray:
    """Peak areas, independent log-normal: two random profiles correlate far below the method's threshold."""
    return rng.lognormal(0.0, 1.0, size=(n, len(TARGETS))).round(4)


def fill(hub: Hub, lab_id: str, values: np.ndarray, prefix: str) -> None:
    """The profiles as the network holds a laboratory's shared records, and its ceiling: beyond the network."""
    now = "2026-12-01T00:00:00Z"
    federation.store(hub)   # the federation room's tables (an Ingestor makes them when a hub serves)
    for start in range(0, len(values), BLOCK):
        rows = []
        for i, row in enumerate(values[start:start + BLOCK].tolist(), start=start):
            record = {"drug_type": "amphetamine", "lab_sample_number": f"ps:{i:032x}", "seizure_country": "KE",
                      "peaks": dict(zip(TARGETS, row))}
            rows.append((lab_id, "profiling_result", f"{prefix}-{i:08d}", 1, i + 1, 0, "bench", now,
                         json.dumps(record, separators=(",", ":"))))
        with hub.store.transaction() as conn:
            hub.store.received.upsert_records(conn, rows)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profiles", type=int, default=1_000_000, help="profiles in the peer network (N)")
    parser.add_argument("--queries", type=int, default=1000, help="query profiles (Q)")
    parser.add_argument("--hits", type=int, default=100, help="queries that are near-copies of the peer's (H)")
    parser.add_argument("--keep", type=Path, help="build the hubs in this folder and keep them")
    args = parser.parse_args()
    rng = np.random.default_rng(20)
    root = args.keep or Path(tempfile.mkdtemp(prefix="labnet-federation-"))
    port = free_port()
    started = time.perf_counter()
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
    reply, _ = federation.accept(b, federation.invite(a, "east", "bench")[0], "bench", "west")
    federation.register_reply(a, reply, "bench", "file")
    for hub, peer in ((a, "east"), (b, "west")):
        (hub.folder / "federation").mkdir(exist_ok=True)
        (hub.folder / "federation" / f"{peer}.toml").write_text(
            f'methods = ["{definition["name"]} v1"]\n[fields]\nseizure_country = "keep"\n', encoding="utf-8")
    b.close()
    print(f"made: {args.profiles:,} profiles at B, {args.queries:,} queries at A "
          f"({time.perf_counter() - started:.1f} s)", flush=True)

    server = subprocess.Popen([sys.executable, "-m", "labnet.hub.cli", "serve", "--data-dir", str(root / "b"),
                               "--port", str(port)], env={**os.environ, "LABNET_HUB_PASSPHRASE": PASSPHRASE},
                              stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        while True:
            try:
                requests.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except requests.ConnectionError:
                time.sleep(0.2)
        fed = federation.store(a)
        for run in ("first", "second"):
            wall, cpu, b_cpu = time.perf_counter(), time.process_time(), cpu_of(server.pid)
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
            print(f"{run} search: {wall:.2f} s wall (A builds {built:.2f} s), A CPU {cpu:.2f} s, B CPU {b_cpu:.2f} s;"
                  f" {len(hits)} hits, {len(expected & found)}/{args.hits} near-copies found, "
                  f"{len(found - expected)} other queries hit; search {sent:,} bytes "
                  f"({sent / args.queries:.0f} per query profile), answer {answer:,} bytes "
                  f"({answer / args.queries:.0f} per query profile); load average {os.getloadavg()[0]:.2f}",
                  flush=True)
    finally:
        server.terminate()
        server.wait(timeout=60)
        a.close()
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


def b_answer(folder: Path, search_id: str) -> bytes:
    hub = Hub.open(folder, PASSPHRASE)
    try:
        return bytes(federation.store(hub).answered(search_id)["answer"])
    finally:
        hub.close()


if __name__ == "__main__":
    main()
