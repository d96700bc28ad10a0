"""The network's profiles as a peer's search compares them (issue 20): per method, the pretreated live profiles of
the laboratories that let their profiling results beyond the network, held between searches and brought forward
from the hub's own change sequence instead of read again whole.

Every change to the network's profiles is a link job (``link_jobs``, written in the transaction that applied the
bundle: ``hub/ingest.py``), so the profiles held reflect a set of jobs; the next search reads the jobs since, and
the profiling results those bundles decided last (``ReceivedStore.profile_changes``): a withdrawn or replaced
record leaves, a live one comes back as it is now. A laboratory's ceiling (``fed_ceilings``) is read at every
search: a laboratory that no longer allows it leaves at once, one that newly does is read alone. A job committed
late under a lower id (PostgreSQL, two ingests at once) is found by the count of jobs up to the highest held; a
store whose jobs are not those held (restored, replaced) is read again whole.

Brought forward, the kept rows' values and the comparator's prepared rows are copied once and only the new rows
prepared (``Comparator.kept_and_added``). The state is kept beside the hub's keys
(``federation/profiles/<method>.npz``: the pretreated values, the comparator's prepared rows, the keys, the jobs
they reflect), written after each change on a thread of its own, so a restart brings the file forward instead of
reading a million profiles or preparing them again. A file that does not open, is for another method, or
whose prepared rows a sample prepared again contradicts, is ignored.

Read whole (a hub that never kept them), the profiles come from the peak areas the store keeps packed beside each
record's JSON (``hub/store_peaks.py``, ``read_labs``): bytes, not the JSON of a million records; what is not
packed is read from its JSON, in the same query. Each page is pretreated as it is read. The hub's worker brings
them forward after its link jobs (``IngestWorker``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np

from labnet.profiling.method import ComparisonMethod
from labnet.profiling.metrics import Comparator
from labnet.profiling.pretreat import pretreat

from . import federation_policy
from .federation import store
from .profile_rows import read_matrix, read_packed
from .service import Hub
from .store import HubStore
from .store_received import Key

log = logging.getLogger("labnet.hub.federation")
KIND = federation_policy.KIND
BLOCK = 100_000   # profiles parsed at once
FORMAT = 3   # of the file kept beside the store (3: with the comparator's prepared rows)


@dataclass
class NetworkProfiles:
    """One method's searchable profiles: ``keys[i]`` is ``treated[i]`` (pretreated under the method, float64 as
    the engine scores them), ``labs`` the laboratories that allowed them, ``jobs`` the link jobs they reflect."""

    fingerprint: str
    keys: list[Key]
    treated: np.ndarray
    labs: frozenset[str]
    jobs: np.ndarray   # sorted job ids
    ref: str           # the highest job's ref (a store whose job of that id names another bundle is another store)
    comparator: Comparator | None = None
    kept: bool = False   # what the file beside the store holds already

    def __post_init__(self) -> None:
        self.treated = np.ascontiguousarray(self.treated, dtype=np.float64)
        self.jobs = np.asarray(self.jobs, dtype=np.int64)

    @property
    def job(self) -> int:
        return int(self.jobs[-1]) if len(self.jobs) else 0

    def prepared(self, method: ComparisonMethod) -> NetworkProfiles:
        self.comparator = Comparator(method.metric, self.treated, dtype=np.float32) if self.keys else None
        return self


# Per store object (weakly: a closed hub's go with it, and another store never finds them), per method.
_held: weakref.WeakKeyDictionary[Any, dict[str, NetworkProfiles]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()
_save_lock = threading.Lock()
_pending: dict[Path, NetworkProfiles] = {}
_savers: dict[Path, threading.Thread] = {}


def current(hub: Hub, method: ComparisonMethod, fingerprint: str) -> NetworkProfiles:
    """The method's searchable profiles as of now: those held (in memory, else in the file beside the store)
    brought forward, or read whole when they cannot be."""
    with _lock:
        mine = _held.setdefault(hub.store, {})
        labs = frozenset(store(hub).labs_beyond(KIND))
        held = mine.get(fingerprint) or _load(hub, method, fingerprint)
        fresh = _forward(hub, method, held, labs) if held is not None else None
        if fresh is None:
            fresh = _read_whole(hub, method, fingerprint, labs)
        if fresh is not mine.get(fingerprint):
            mine[fingerprint] = fresh
            if not fresh.kept:
                _save_later(hub, fresh)
        return fresh


def forget(hub: Hub) -> None:
    """Drop what this process holds for ``hub`` (the hub closes; a test starts cold)."""
    with _lock:
        _held.pop(hub.store, None)


# -- reading ---------------------------------------------------------------------------------------------------------
def _read_whole(hub: Hub, method: ComparisonMethod, fingerprint: str, labs: frozenset[str]) -> NetworkProfiles:
    jobs = hub.store.links.jobs()   # before the records: a change committed meanwhile is read again next time
    with _small_pages():
        keys, treated = read_labs(hub.store, method, labs, lambda values: _pretreat(values, method))
        log.info("federation: read %d profiles under %s whole", len(keys), method.label)
        return NetworkProfiles(fingerprint, keys, treated, labs, np.array([r[0] for r in jobs]),
                               jobs[-1][2] if jobs else "").prepared(method)


@contextmanager
def _small_pages() -> Iterator[None]:
    """NumPy's new arrays without its advice to the kernel to back them with huge pages, while a million profiles
    are read whole. Where the kernel compacts memory for such advice when a page is first touched (transparent
    huge pages with defrag "madvise", as on this machine), the fresh arrays of that read cost 2.4-3.3 s of system
    CPU, ~1 s without (benchmarks/federation.py's hub of 1,000,000). Only where the pages come from changes."""
    try:   # the switch NumPy documents beside its NUMPY_MADVISE_HUGEPAGE
        from numpy._core.multiarray import _set_madvise_hugepage  # type: ignore[attr-defined]
    except ImportError:
        yield
        return
    before = _set_madvise_hugepage(False)
    try:
        yield
    finally:
        _set_madvise_hugepage(before)


def _forward(hub: Hub, method: ComparisonMethod, held: NetworkProfiles, labs: frozenset[str]
             ) -> NetworkProfiles | None:
    """``held`` brought to now, or None when the store's jobs are not those it reflects."""
    links = hub.store.links
    if held.job and [r[2] for r in links.jobs(held.job - 1, held.job)] != [held.ref]:
        return None
    new = links.jobs(held.job)
    if links.job_count(held.job) != len(held.jobs):   # committed late under a lower id, or lost
        below = links.jobs(0, held.job)
        ids = np.array([r[0] for r in below], dtype=np.int64)
        if not np.isin(held.jobs, ids).all():
            return None
        seen = set(held.jobs.tolist())
        new = [r for r in below if r[0] not in seen] + new
    if not new and labs == held.labs:
        return held
    changes = hub.store.received.profile_changes(r[2] for r in new if r[1] == "bundle")
    changed = {k for k, *_ in changes}
    kept_labs, added_labs = labs & held.labs, labs - held.labs
    keep = np.fromiter((k not in changed and k[0] in kept_labs for k in held.keys), dtype=bool, count=len(held.keys))
    rows = [(k, peaks) for k, deleted, drug_type, peaks in changes
            if not deleted and drug_type == method.drug_type and k[0] in kept_labs]
    keys, values = _read_blocks(rows, method)
    if added_labs:
        more_keys, more = read_labs(hub.store, method, added_labs)
        keys, values = keys + more_keys, np.vstack([values, more])
    log.info("federation: %s brought forward by %d job(s): %d profiles out, %d in", method.label, len(new),
             int((~keep).sum()), len(keys))
    jobs = np.union1d(held.jobs, np.array([r[0] for r in new], dtype=np.int64))
    ref = held.ref if not new or new[-1][0] < held.job else new[-1][2]
    kept_keys = [k for k, kept in zip(held.keys, keep.tolist()) if kept] + keys
    added = _pretreat(values, method)
    if held.comparator is None or not kept_keys:
        return NetworkProfiles(held.fingerprint, kept_keys, np.vstack([held.treated[keep], added]), labs, jobs,
                               ref).prepared(method)
    # The kept rows' values and prepared rows copied once, the new ones prepared alone: a new matrix and a new
    # comparator over a million rows were ~4 s of CPU after a bundle of 2,000 records.
    comparator = held.comparator.kept_and_added(keep, added)
    return NetworkProfiles(held.fingerprint, kept_keys, comparator.values, labs, jobs, ref, comparator)


def _pretreat(values: np.ndarray, method: ComparisonMethod) -> np.ndarray:
    # row by row: a profile's pretreated values depend on it and the method's frozen statistics alone
    return pretreat(values, method.pretreatment, method.reference) if len(values) else \
        np.zeros((0, len(method.targets)))


def read_labs(db: HubStore, method: ComparisonMethod, labs: frozenset[str],
              each: Callable[[np.ndarray], np.ndarray] = lambda values: values) -> tuple[list[Key], np.ndarray]:
    """The live profiles of ``labs`` under ``method``: those the store keeps packed read from their bytes, a page
    at a time (``hub/store_peaks.py``), the others (or all, if a packed row is damaged) from their JSON; each
    page's values as ``each`` makes them (a row's own function: pretreated a page at a time, the temporaries are
    a page's, not a million rows' of fresh memory, and the raw values are never stacked)."""
    peaks = db.peaks
    keys: list[Key] = []
    blocks = [each(np.zeros((0, len(method.targets))))]
    unpacked: list[tuple[Key, Any]] = []
    try:
        sets = peaks.sets(method.drug_type)
        for lab_id, page in peaks.profiles_of(method.drug_type, labs):
            ids = set(map(itemgetter(1), page))
            if None in ids:   # not packed: read from its JSON, after the packed (as the JSON reading orders them)
                unpacked += [((lab_id, r[0]), r[3]) for r in page if r[1] is None]
                page = [r for r in page if r[1] is not None]
                ids.discard(None)
            if not sets.keys() >= ids:   # a list of names first written since
                sets = peaks.sets(method.drug_type)
            found, values = read_packed(lab_id, page, sets, method)
            keys += found
            blocks.append(each(values))
    except (ValueError, KeyError) as exc:   # a row's bytes not those of its names: its JSON says what it holds
        log.warning("federation: the packed profiles were not used (%s); their JSON is read", exc)
        keys, values = read_json(db, method, labs)
        return keys, each(values)
    found, values = _read_blocks(unpacked, method)
    keys += found
    blocks.append(each(values))
    return keys, np.vstack(blocks)


def read_json(db: HubStore, method: ComparisonMethod, labs: frozenset[str]) -> tuple[list[Key], np.ndarray]:
    """The live profiles of ``labs`` under ``method`` read from their JSON alone (as before they were packed)."""
    return _read_blocks(db.received.profile_peaks_of(method.drug_type, labs), method)


def _read_blocks(rows: list[tuple[Key, Any]], method: ComparisonMethod) -> tuple[list[Key], np.ndarray]:
    """``read_matrix`` a block of rows at a time: the parsed peaks (a dictionary each, ~1.5 KB) of one block are
    held at once, not a million of them (B's peak memory was 4.3 GB at a million)."""
    keys: list[Key] = []
    blocks = [np.zeros((0, len(method.targets)))]
    for start in range(0, len(rows), BLOCK):
        found, values = read_matrix(rows[start:start + BLOCK], method)
        keys += found
        blocks.append(values)
    return keys, np.vstack(blocks)


# -- the file beside the store --------------------------------------------------------------------------------------
def path(hub: Hub, fingerprint: str) -> Path:
    return hub.folder / "federation" / "profiles" / f"{hashlib.sha256(fingerprint.encode()).hexdigest()[:32]}.npz"


def _save_later(hub: Hub, profiles: NetworkProfiles) -> None:
    """Write ``profiles`` on a thread of its own (the search does not wait); one writer per file, the latest
    state written last."""
    target = path(hub, profiles.fingerprint)
    with _save_lock:
        _pending[target] = profiles
        if target in _savers:
            return
        _savers[target] = thread = threading.Thread(target=_saver, args=(target,), name="federation-profiles-save",
                                                    daemon=True)
    thread.start()


def _saver(target: Path) -> None:
    while True:
        with _save_lock:
            profiles = _pending.pop(target, None)
            if profiles is None:
                del _savers[target]
                return
        try:
            save(target, profiles)
        except OSError as exc:
            log.warning("federation: could not keep the profiles in %s (%s); they are read from the store", target,
                        exc)


def flush() -> None:
    """Wait until every state handed to a writer is written (a test, a hub closing)."""
    while True:
        with _save_lock:
            threads = list(_savers.values())
        if not threads:
            return
        for thread in threads:
            thread.join()


def save(target: Path, profiles: NetworkProfiles) -> None:
    """Write ``profiles`` to ``target`` whole or not at all (a temporary file renamed)."""
    labs = sorted({k[0] for k in profiles.keys})
    lab_index = {lab: i for i, lab in enumerate(labs)}
    records = "\n".join(k[1] for k in profiles.keys)
    if records.count("\n") != max(len(profiles.keys) - 1, 0):
        raise OSError("a record id holds a line break")   # kept in memory only: read from the store at a restart
    meta = {"format": FORMAT, "fingerprint": profiles.fingerprint, "labs": sorted(profiles.labs), "key_labs": labs,
            "ref": profiles.ref}
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    with open(temporary, "wb") as out:
        np.savez(out, treated=profiles.treated, jobs=profiles.jobs, prepared=_prepared(profiles),
                 lab=np.array([lab_index[k[0]] for k in profiles.keys], dtype=np.int32),
                 records=np.frombuffer(records.encode("utf-8"), dtype=np.uint8),
                 meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8))
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, target)


def _load(hub: Hub, method: ComparisonMethod, fingerprint: str) -> NetworkProfiles | None:
    target = path(hub, fingerprint)
    if not target.exists():
        return None
    try:
        return load(target, fingerprint, len(method.targets), method)
    except Exception as exc:   # whatever is wrong with the file (cut short, not a zip, other arrays): not used
        log.warning("federation: %s was not used (%s); the profiles are read from the store", target, exc)
        return None


def load(target: Path, fingerprint: str, targets: int, method: ComparisonMethod) -> NetworkProfiles:
    with np.load(target, allow_pickle=False) as data:
        meta = json.loads(data["meta"].tobytes())
        if meta["format"] != FORMAT or meta["fingerprint"] != fingerprint:
            raise ValueError("another method or format")
        treated, jobs, lab, prepared = data["treated"], data["jobs"], data["lab"], data["prepared"]
        records = data["records"].tobytes().decode("utf-8").split("\n") if len(lab) else []
    if treated.shape != (len(records), targets) or len(lab) != len(records):
        raise ValueError("the arrays do not agree")
    key_labs = meta["key_labs"]
    keys = list(zip([key_labs[i] for i in lab.tolist()], records))
    profiles = NetworkProfiles(fingerprint, keys, treated, frozenset(meta["labs"]), np.sort(jobs), meta["ref"],
                               kept=True)
    if not keys:
        return profiles
    # The comparator from its prepared rows kept beside the values (preparing a million again: ~2 s of CPU at
    # every restart), a sample of them prepared again and checked.
    profiles.comparator = Comparator.from_prepared(method.metric, profiles.treated, prepared)
    return profiles


def _prepared(profiles: NetworkProfiles) -> np.ndarray:
    if profiles.comparator is None:
        return np.zeros((0, profiles.treated.shape[1]), dtype=np.float32)
    return profiles.comparator.prepared
