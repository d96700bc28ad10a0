"""Fault trials: laboratories sync into a real hub process through injected faults, then everything is checked.

Each trial is seeded and returns an ``Outcome``: how many faults were
injected and, after the laboratory has synced to the end, how many record
versions were **lost** (the lab shares them but the hub does not hold them,
or the hub holds what the lab no longer shares), **duplicated** (accepted by
the hub more than once, counted from the hub's own signed receipts),
**receipts lost** (bundles the hub processed whose receipt the lab never
recorded), and **crashes** (an exception that is not one of LabNet's own
clear errors or a network error).

Used by ``tests/test_fault_trials.py`` (a few seeds, in CI) and by
``benchmarks/reliability.py`` (many seeds, and the table in
``docs/reliability.md``).
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from hub_server import LAB_PASSPHRASE, HubProcess
from labnet import cli
from labnet.catalogue.demo import generate_profiles
from labnet.catalogue.store import Catalogue
from labnet.protocol.errors import SyncError
from labnet.protocol.keyfile import load_identity
from labnet.protocol.receipt import verify_receipt
from labnet.sync.client import SENDING_DIR, HubClient, sync_once
from labnet.sync.outbox import Outbox
from labnet.sync.policy import load_policy
from labnet.sync.state import load_state, save_state

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.netproxy import LossyLink  # noqa: E402

EXPECTED = (SyncError, requests.RequestException)   # clear errors a sync may end with on a bad link


@dataclass
class Outcome:
    fault: str
    seed: int
    changes: int = 0
    syncs: int = 0
    faults: int = 0
    failed_syncs: int = 0
    lost: int = 0
    duplicated: int = 0
    receipts_lost: int = 0
    crashes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    why_failed: dict[str, int] = field(default_factory=dict)   # first words of each failed sync's error

    @property
    def sound(self) -> bool:
        return not (self.lost or self.duplicated or self.receipts_lost or self.crashes)


class Lab:
    """A laboratory's data folder, enrolled with ``hub``, with a seeded stream of changes."""

    def __init__(self, folder: Path, hub: HubProcess, seed: int, name: str = "Trial lab", country: str = "GH"):
        os.environ["LABNET_PASSPHRASE"] = LAB_PASSPHRASE
        self.folder, self.hub, self.rng = folder, hub, random.Random(seed)
        self._quiet(["init", "--lab", name, "--country", country])
        self._quiet(["enrol", hub.enrolment_code(name, country)])
        self.identity = load_identity(folder, LAB_PASSPHRASE)
        self.lab_id = self.identity.identity_id
        self.serial = seed * 1_000_000
        self.changes = 0

    def _quiet(self, args: list[str]) -> None:
        import contextlib
        import io

        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = cli.main(["--data-dir", str(self.folder), *args])
        if code != 0:
            raise RuntimeError(f"labnet {args[0]} failed with {code}")

    def through(self, url: str) -> None:
        """Reach the hub at ``url`` from now on (a proxy in front of it)."""
        state = load_state(self.folder)
        state["hub_url"] = url
        save_state(self.folder, state)

    def change(self, n: int) -> None:
        """``n`` changes: new profiling results (most shareable), updates, deletions, some made unshareable."""
        with Catalogue.open(self.folder, user="trial") as cat:
            ids = [r["id"] for r in cat.iter_records("profiling_result")]
            fresh = generate_profiles(n, seed=self.rng.randrange(10**9), start=self.serial)
            self.serial += n
            for values in fresh:
                roll = self.rng.random()
                if ids and roll < 0.2:
                    record_id = self.rng.choice(ids)
                    cat.update("profiling_result", record_id, {"purity": round(self.rng.uniform(1, 99), 1),
                                                               "shareable": self.rng.random() < 0.85})
                elif ids and roll < 0.27:
                    record_id = ids.pop(self.rng.randrange(len(ids)))
                    cat.delete("profiling_result", record_id, reason="trial")
                else:
                    ids.append(cat.add("profiling_result", dict(values, shareable=self.rng.random() < 0.9))["id"])
                self.changes += 1

    def withdraw(self, n: int) -> list[str]:
        """``n`` shared records withdrawn: made unshareable, or (one in three) deleted; returns those still here."""
        with Catalogue.open(self.folder, user="trial") as cat:
            shared = [r["id"] for r in cat.iter_records("profiling_result") if r["shareable"]]
            kept = []
            for record_id in self.rng.sample(shared, min(n, len(shared))):
                if self.rng.random() < 1 / 3:
                    cat.delete("profiling_result", record_id, reason="withdrawn")
                else:
                    cat.update("profiling_result", record_id, {"shareable": False})
                    kept.append(record_id)
                self.changes += 1
            return kept

    def touch(self, ids: list[str]) -> None:
        """Withdrawn records changed again while they stay withdrawn: edited, or deleted."""
        with Catalogue.open(self.folder, user="trial") as cat:
            here = {r["id"] for r in cat.iter_records("profiling_result")}
            for record_id in (i for i in ids if i in here):   # the changes meanwhile deleted some
                if self.rng.random() < 0.5:
                    cat.update("profiling_result", record_id, {"purity": round(self.rng.uniform(1, 99), 1)})
                else:
                    cat.delete("profiling_result", record_id, reason="withdrawn, then deleted")
                self.changes += 1

    def sync(self) -> None:
        """One sync in this process (raises what a sync raises)."""
        with Catalogue.open(self.folder, user="trial") as cat:
            sync_once(self.folder, cat, self.identity, load_policy(self.folder),
                      client=HubClient(load_state(self.folder)["hub_url"], retries=1, backoff=0.05, timeout=10))

    def sync_process(self) -> subprocess.Popen:
        """``labnet sync`` in a process of its own, which a trial may kill."""
        env = {**os.environ, "LABNET_PASSPHRASE": LAB_PASSPHRASE}
        return subprocess.Popen([sys.executable, "-m", "labnet", "--data-dir", str(self.folder), "sync"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)

    def sync_to_the_end(self, outcome: Outcome, attempts: int = 80) -> None:
        """Sync until a sync succeeds, counting the failures; an unexpected exception is a crash."""
        for _ in range(attempts):
            outcome.syncs += 1
            try:
                self.sync()
                return
            except EXPECTED as exc:
                outcome.failed_syncs += 1
                why = str(exc)[:60]
                outcome.why_failed[why] = outcome.why_failed.get(why, 0) + 1
                time.sleep(0.05)
            except Exception as exc:  # noqa: BLE001 - a crash is what this counts
                outcome.crashes.append(f"{type(exc).__name__}: {exc}")
                return
        outcome.crashes.append(f"no sync succeeded in {attempts} attempts")


def note_crash(process: subprocess.Popen, outcome: Outcome) -> None:
    """A killed ``labnet sync`` that had already crashed (a traceback, not a clear error) counts as a crash."""
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if "Traceback" in stderr:
        outcome.crashes.append(stderr.strip().splitlines()[-1])


def kill(process: subprocess.Popen, outcome: Outcome) -> None:
    """SIGKILL ``process`` if it still runs (a fault injected), then count a crash it had before."""
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
        outcome.faults += 1
    process.wait(timeout=60)
    note_crash(process, outcome)


def wait_for_ingest(hub: HubProcess, timeout: float = 30) -> None:
    """Until every completed upload at the hub has been ingested (an orphan of a killed sync included)."""
    deadline = time.monotonic() + timeout
    while _uningested(hub) and time.monotonic() < deadline:
        time.sleep(0.1)


def check(lab: Lab, hub: HubProcess, outcome: Outcome) -> Outcome:
    """Compare what the lab shares with what the hub holds, and count receipts."""
    policy = load_policy(lab.folder)
    with Catalogue.open(lab.folder, user="trial") as cat:
        pending = Outbox(cat).pending(policy, lab.identity.pseudonym_secret).entries
        transform = policy.transformer("profiling_result", lab.identity.pseudonym_secret)
        columns = ["id", "version", *policy.columns("profiling_result")]
        shared = {}
        for record in cat.iter_records("profiling_result"):
            if transform({k: record.get(k) for k in columns}) is not None:
                shared[record["id"]] = record["version"]
        unreceipted = {r[0] for r in cat.conn.execute(
            "SELECT bundle_id FROM outbox_bundles WHERE receipt_at IS NULL")}
    conn = sqlite3.connect(f"file:{hub.folder / 'hub.db'}?mode=ro", uri=True)
    try:
        held = {r[0]: r[1] for r in conn.execute(
            "SELECT record_id, version FROM network_records WHERE lab_id = ? AND kind = 'profiling_result' "
            "AND deleted = 0", (lab.lab_id,))}
        bundles = conn.execute("SELECT bundle_id, receipt FROM bundles WHERE lab_id = ?", (lab.lab_id,)).fetchall()
    finally:
        conn.close()
    outcome.lost = (len(pending) + sum(held.get(rid) != version for rid, version in shared.items())
                    + sum(rid not in shared for rid in held))
    accepted: dict[tuple[str, str, int], int] = {}
    for _bundle_id, receipt in bundles:
        for result in verify_receipt(bytes(receipt), hub.identity.public, lab.lab_id).records:
            if result.result == "accepted":
                key = (result.kind, result.record_id, result.version)
                accepted[key] = accepted.get(key, 0) + 1
    outcome.duplicated = sum(n - 1 for n in accepted.values())
    outcome.receipts_lost = sum(bundle_id in unreceipted for bundle_id, _ in bundles)
    outcome.changes = lab.changes
    return outcome


# -- the trials ------------------------------------------------------------------------------
@contextlib.contextmanager
def network_trial(work: Path, seed: int, title: str,
                  **link: Any) -> Iterator[tuple[Outcome, HubProcess, LossyLink, Lab]]:
    """A hub process behind a LossyLink (``link`` its options) and one laboratory syncing through it;
    the trial's time goes into the outcome, and the hub and the link are stopped whatever happens."""
    started, outcome = time.monotonic(), Outcome(title, seed)
    hub = HubProcess(work / "hub")
    lossy = LossyLink(hub.port, seed=seed, **link)
    try:
        lab = Lab(work / "lab", hub, seed)
        lab.through(lossy.url)
        yield outcome, hub, lossy, lab
    finally:
        lossy.close()
        hub.stop()
    outcome.seconds = time.monotonic() - started


def lossy_link(work: Path, seed: int, rounds: int = 3) -> Outcome:
    """A link that cuts connections at random byte offsets both ways (truncating replies) and delays."""
    with network_trial(work, seed, "lossy link: drops, truncated replies, delays", drop_every=(1_000, 16_000),
                       cut_replies_every=(200, 8_000), delay=0.002) as (outcome, hub, link, lab):
        for _ in range(rounds):
            lab.change(lab.rng.randint(100, 400))
            lab.sync_to_the_end(outcome)
        wait_for_ingest(hub)
        outcome.faults = link.drops
        check(lab, hub, outcome)
    return outcome


def client_killed(work: Path, seed: int, kills: int = 4) -> Outcome:
    """``labnet sync`` SIGKILLed at random moments, over a slow link so the moments fall everywhere."""
    with network_trial(work, seed, "lab's sync process killed (SIGKILL) at random",
                       rate=25_000) as (outcome, hub, _link, lab):   # ~200 kbit/s: a sync lasts a few seconds
        for _ in range(kills):
            lab.change(lab.rng.randint(100, 400))
            process = lab.sync_process()
            time.sleep(lab.rng.uniform(0.3, 3.5))
            kill(process, outcome)
        wait_for_ingest(hub)      # an upload finished before its sync was killed is ingested meanwhile
        lab.sync_to_the_end(outcome)
        check(lab, hub, outcome)
    return outcome


def withdrawals(work: Path, seed: int, rounds: int = 3) -> Outcome:
    """Shared records withdrawn, the sync killed just after it seals its bundle (its tombstones recorded as
    sent, maybe partly uploaded, never receipted), then the withdrawn records edited or deleted again; a
    clean sync at the end must leave none of them live at the hub (the campaign's "withdrawn stays live"
    sequence)."""
    with network_trial(work, seed, "withdrawals across killed syncs",
                       rate=25_000) as (outcome, hub, _link, lab):
        lab.change(lab.rng.randint(150, 300))
        lab.sync_to_the_end(outcome)
        for _ in range(rounds):
            withdrawn = lab.withdraw(lab.rng.randint(10, 40))
            lab.change(lab.rng.randint(200, 400))   # a bundle that takes a second or two on this link
            process = lab.sync_process()
            # Killed while uploading: its tombstones are sealed and recorded as sent, not receipted.
            sealed = lab.folder / SENDING_DIR
            before = set(sealed.glob("*.lnb"))
            while process.poll() is None and not set(sealed.glob("*.lnb")) - before:
                time.sleep(0.01)
            time.sleep(lab.rng.uniform(0, 0.15))
            kill(process, outcome)
            lab.touch(withdrawn)
        wait_for_ingest(hub)
        lab.sync_to_the_end(outcome)
        check(lab, hub, outcome)
    return outcome


def _uningested(hub: HubProcess) -> int:
    """Completed uploads the hub has not ingested yet (read from its files, as a crash would leave them; from its
    database when the store is PostgreSQL, where the uploads' state is too)."""
    from labnet.hub import db
    from labnet.hub.service import database_target

    target = database_target(hub.folder)
    if db.is_postgres(target):
        store = db.open_database(target, pool_size=1)
        try:
            return len(store.query("SELECT id FROM uploads WHERE completed_at IS NOT NULL AND id NOT IN "
                                   "(SELECT upload_id FROM ingested_uploads)"))
        finally:
            store.close()
    try:
        uploads = sqlite3.connect(f"file:{hub.folder / 'uploads' / 'uploads.db'}?mode=ro", uri=True)
        store = sqlite3.connect(f"file:{hub.folder / 'hub.db'}?mode=ro", uri=True)
        try:
            completed = {r[0] for r in uploads.execute("SELECT id FROM uploads WHERE completed_at IS NOT NULL")}
            done = {r[0] for r in store.execute("SELECT upload_id FROM ingested_uploads")}
        finally:
            uploads.close()
            store.close()
    except sqlite3.Error:
        return 0
    return len(completed - done)


def hub_killed(work: Path, seed: int, kills: int = 3) -> Outcome:
    """The hub SIGKILLed mid-upload (at a random moment) or mid-ingest (as soon as an upload completes)."""
    with network_trial(work, seed, "hub killed (SIGKILL) mid-upload or mid-ingest, restarted",
                       rate=60_000) as (outcome, hub, _link, lab):
        for round_ in range(kills):
            lab.change(lab.rng.randint(200, 500))
            process = lab.sync_process()
            deadline = time.monotonic() + 30
            if round_ % 2:   # mid-ingest: the moment an upload is complete and not yet applied
                while _uningested(hub) == 0 and process.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.002)
            else:
                time.sleep(lab.rng.uniform(0.5, 3.0))
            outcome.faults += process.poll() is None or _uningested(hub) > 0
            hub.kill()
            hub.start()           # back at once: the lab's sync, retrying with backoff, may carry on
            process.wait(timeout=120)
            note_crash(process, outcome)
        wait_for_ingest(hub)
        lab.sync_to_the_end(outcome)
        check(lab, hub, outcome)
    return outcome


# -- power loss at the laboratory ----------------------------------------------------------
WRITER = textwrap.dedent("""
    import sys, random
    sys.path.insert(0, {tests!r})
    from factories import profile
    from labnet.catalogue.records import record_type
    from labnet.catalogue.store import Catalogue
    rng = random.Random(int(sys.argv[2]))
    blank = dict.fromkeys(record_type("profiling_result").field_names)
    with Catalogue.open(sys.argv[1], user="writer") as cat:
        ids = [r["id"] for r in cat.iter_records("profiling_result")]
        n = len(ids)
        while True:
            n += 1
            choice = rng.random()
            if choice < 0.6 or not ids:
                ids.append(cat.add("profiling_result", profile(lab_sample_number=f"PL-{{n:06d}}"))["id"])
            elif choice < 0.8:
                # Bulk rows are complete, as the importer makes them.
                rows = [{{**blank, **profile(lab_sample_number=f"PLB-{{n:06d}}-{{i}}")}} for i in range(200)]
                cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", rows))
            elif choice < 0.95:
                cat.update("profiling_result", rng.choice(ids), {{"purity": round(rng.uniform(1, 90), 1)}})
            else:
                victim = ids.pop(rng.randrange(len(ids)))
                cat.delete("profiling_result", victim, reason="power-loss test")
            print(n, flush=True)
""")


def check_catalogue(folder) -> int:
    with Catalogue.open(folder, user="checker") as cat:
        assert cat.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert cat.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        report = cat.verify()
        assert report.ok, report.problems
        seqs = [c.seq for c in cat.changes_since(0)]
        # AUTOINCREMENT never reuses a number; a rolled-back transaction leaves no row at all.
        assert seqs == sorted(seqs) and len(seqs) == len(set(seqs))
        latest = {}
        for change in cat.changes_since(0):
            latest[(change.kind, change.record_id)] = change
        live = {r["id"]: r["version"] for r in cat.iter_records("profiling_result")}
        for (_kind, record_id), change in latest.items():
            if change.op == "delete":
                assert record_id not in live
            else:
                assert live[record_id] == change.version
        assert set(live) == {rid for (k, rid), c in latest.items() if c.op != "delete"}
        return len(live)



def power_loss(work: Path, seed: int, kills: int = 3) -> Outcome:
    """A process writing to the catalogue (adds, bulk upserts, updates, deletions) SIGKILLed at random
    moments; after each kill the catalogue must be whole (``check_catalogue``)."""
    started, outcome = time.monotonic(), Outcome("catalogue writer killed (SIGKILL) mid-transaction", seed)
    script = work / "writer.py"
    script.write_text(WRITER.format(tests=str(Path(__file__).resolve().parent)))
    folder = work / "lab"
    rng = random.Random(seed)
    for trial in range(kills):
        writer = subprocess.Popen([sys.executable, str(script), str(folder), str(seed * 10 + trial)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        first = writer.stdout.readline()   # it writes; now kill it at a random moment
        if not first:
            outcome.crashes.append(writer.stderr.read().decode(errors="replace").strip()[-300:])
            break
        time.sleep(rng.uniform(0.05, 0.8))
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        outcome.faults += 1
        try:
            outcome.changes = check_catalogue(folder)
        except AssertionError as exc:
            outcome.lost += 1
            outcome.crashes.append(f"catalogue not sound after kill {trial + 1}: {exc}")
            break
    outcome.seconds = time.monotonic() - started
    return outcome


TRIALS = {"lossy_link": lossy_link, "client_killed": client_killed, "hub_killed": hub_killed,
          "withdrawals": withdrawals, "power_loss": power_loss}
