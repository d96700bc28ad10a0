"""Network linkage: the hub compares the profiles laboratories share, under the network's harmonised methods.

A **harmonised method** is a comparison method calibrated by one laboratory
(``labnet profiles calibrate``), exported as JSON and published by the hub's
administrator: it is announced to every laboratory in a ``method`` bulletin
and becomes the method in use for its drug type.

After each ingest that brings profiling results, and after a method is
published, the linker compares the new profiles with every other
laboratory's profiles of the same drug type (the profiling engine, blockwise,
never an N×N matrix).  Links between two laboratories are stored and each
laboratory gets a ``link`` bulletin naming its own record and only the
*pseudonymised* references the other laboratory shared.  Links inside one
laboratory are that laboratory's business and are not computed here.

The work is queued in ``link_jobs`` in the same transaction that changed the
profiles, and a job's links, bulletins and done mark land in one
transaction: a crash loses no job and announces no link twice.  A bundle's
profiles are compared with the network's read from the store ``BLOCK_ROWS``
at a time (``profiling.linkage.links_against_blocks``), so the linker's
memory does not grow with the network.  A drug type of at most
``CACHE_ROWS`` profiles is kept in memory between jobs and brought up to
date from the bundle each job names; a gap (another process ingested) makes
the linker read them from the store again.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from labnet.catalogue.errors import CatalogueError, message_of
from labnet.profiling.linkage import links_against_blocks, links_among
from labnet.profiling.method import ComparisonMethod
from labnet.profiling.metrics import metric
from labnet.profiling.pretreat import pretreat
from labnet.profiling.tablets import compare_tablets
from labnet.profiling.targets import TargetList, profile_matrix
from labnet.protocol.bulletin import EVERYONE
from labnet.protocol.keys import utc_stamp
from labnet.protocol.notices import LinkNotice, MethodRef

from .bulletins import publish_in
from .service import Hub
from .store import Conflict, HubError, NotFound
from .store_received import Key

log = logging.getLogger("labnet.hub.linking")

# A bundle's profiles are compared with the network's read from the store this many at a time, so the linker's
# memory is bounded by a block (~100 MB at most with the rows' JSON), not by the network (3.6 million profiles
# of a drug type held at once took ~7.6 GB). The profiles of a drug type are kept between jobs only while there
# are at most CACHE_ROWS of them.
BLOCK_ROWS = 100_000
CACHE_ROWS = 100_000
LINKS_PER_BULLETIN = 500          # a bulletin stays far below its 1 MiB cap
# What a link bulletin tells a laboratory about the other side: only what that laboratory shared, and the
# sharing policy pseudonymises sample numbers and seizure references by default.
OTHER_FIELDS = ("lab_sample_number", "seizure_reference", "seizure_country", "seizure_date", "form")


@dataclass
class _Profiles:
    """The network's profiles of one drug type under one method's target list, raw (not pretreated)."""

    job: int                                   # the last link job these profiles reflect
    keys: list[Key] = field(default_factory=list)
    values: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))

    def replace(self, changed: set[Key], keys: list[Key], values: np.ndarray) -> None:
        keep = [k not in changed for k in self.keys]
        self.keys = [k for k, kept in zip(self.keys, keep) if kept] + keys
        self.values = np.vstack([self.values[np.array(keep, dtype=bool)], values]) if len(keep) else values


class NetworkLinker:
    def __init__(self, hub: Hub, *, block_rows: int = BLOCK_ROWS, cache_rows: int = CACHE_ROWS):
        self.hub = hub
        self.block_rows = block_rows
        self.cache_rows = cache_rows
        self.store = hub.store
        self._cache: dict[tuple[str, int], _Profiles] = {}
        self._lock = threading.Lock()    # one job at a time in this process

    # -- methods -----------------------------------------------------------------------
    def publish_method(self, definition: Any) -> dict[str, Any]:
        """Adopt a comparison method for the network: announce it to every laboratory and link with it."""
        try:
            method = ComparisonMethod.from_json(definition)
        except CatalogueError as exc:
            raise HubError(str(exc), code="method-invalid") from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise HubError(f"The comparison method is incomplete or damaged ({exc}).", code="method-invalid") from None
        if method.version < 1:
            raise HubError("Publish a saved method (exported with “labnet profiles export-method”): "
                           "it needs its name and version.", code="method-invalid")
        if not metric(method.metric).higher_is_similar and method.threshold < 0:
            raise HubError("The method's threshold must be zero or more for a distance.", code="method-invalid")
        text = json.dumps(method.to_json(), sort_keys=True, ensure_ascii=False)
        held = self.store.links.method(method.name, method.version)
        if held is not None:
            if held["definition"] != text:
                raise Conflict(f"Method “{method.label}” was published before with other parameters; a changed "
                               f"method must be saved as a new version.", code="method-conflict")
            return self._describe(method, held["bulletin_seq"], held["published_at"])
        now = utc_stamp(self.store.clock())
        with self.store.transaction() as conn:
            seq = publish_in(conn, self.hub, to=EVERYONE, kind="method", content=method.to_json())
            self.store.links.add_method(conn, name=method.name, version=method.version, drug_type=method.drug_type,
                                        definition=text, published_at=now, bulletin_seq=seq)
            self.store.links.queue(conn, "method", json.dumps([method.name, method.version]), now)
        log.info("published method %s for %s (bulletin %d)", method.label, method.drug_type, seq)
        return {**self._describe(method, seq, now), **self.false_link_estimate(method)}

    def false_link_estimate(self, method: ComparisonMethod) -> dict[str, Any]:
        """Pairs across laboratories the method will judge now, and the false links to expect among them
        at its calibrated false-positive rate: pairs grow as the square of the network, so a rate fit for one
        laboratory's catalogue can flood a network with chance links."""
        counts = self.store.received.profile_counts_per_lab(method.drug_type)
        pairs = (sum(counts) ** 2 - sum(n * n for n in counts)) // 2
        expected = round(pairs * method.fpr) if method.fpr is not None else None
        return {"cross_lab_pairs": pairs, "expected_false_links": expected}

    @staticmethod
    def _describe(method: ComparisonMethod, seq: int, published_at: str) -> dict[str, Any]:
        return {"name": method.name, "version": method.version, "drug_type": method.drug_type,
                "pretreatment": method.pretreatment, "metric": method.metric, "threshold": method.threshold,
                "auc": method.auc, "published_at": published_at, "bulletin": seq}

    def methods(self) -> list[dict[str, Any]]:
        """Every published method, newest first, with whether it is the one in use for its drug type."""
        current = {(m.name, m.version) for m in self.current_methods().values()}
        out = []
        for row in self.store.links.methods_newest_first():
            method = ComparisonMethod.from_json(json.loads(row["definition"]))
            described = self._describe(method, row["bulletin_seq"], row["published_at"])
            described["in_use"] = (method.name, method.version) in current
            described["links"] = self.store.links.link_count(method.name, method.version)
            out.append(described)
        return out

    def current_methods(self) -> dict[str, ComparisonMethod]:
        """The method in use for each drug type: the latest published."""
        current: dict[str, ComparisonMethod] = {}
        for row in self.store.links.methods_oldest_first():
            current[row["drug_type"]] = ComparisonMethod.from_json(json.loads(row["definition"]))
        return current

    def _method(self, name: str, version: int) -> ComparisonMethod:
        held = self.store.links.method(name, version)
        if held is None:
            raise NotFound(f"no published method {name} v{version}", code="unknown-method")
        return ComparisonMethod.from_json(json.loads(held["definition"]))

    # -- jobs ---------------------------------------------------------------------------
    def run_pending(self, stop: Callable[[], bool] = lambda: False) -> int:
        """Do every queued link job, oldest first, until ``stop()`` says so between two jobs; returns how many
        new links were announced."""
        announced = 0
        with self._lock:
            while not stop():
                job = self.store.links.next_job()
                if job is None:
                    return announced
                try:
                    if job["kind"] == "method":
                        name, version = json.loads(job["ref"])
                        announced += self._link_method(job["job_id"], self._method(name, version))
                    else:
                        announced += self._link_bundle(job["job_id"], job["ref"])
                except CatalogueError as exc:
                    # The engine refused the work (e.g. more links than it keeps): retrying cannot help,
                    # and left pending the job would block every later one. Done, with its reason, for
                    # the administrator (GET /v1/admin/links, failed_jobs); the links held are unchanged.
                    self._fail(job["job_id"], message_of(exc))
        return announced

    def pending(self) -> int:
        return self.store.links.pending_count()

    def _fail(self, job_id: int, reason: str) -> None:
        self.store.links.mark_refused(job_id, utc_stamp(self.store.clock()), reason)
        log.error("link job %d was refused and no links were changed: %s", job_id, reason)

    def failed(self, limit: int = 20) -> list[dict[str, Any]]:
        """The newest link jobs the engine refused, with their reason."""
        return self.store.links.refused_newest_first(limit)

    def _link_bundle(self, job_id: int, bundle_id: str) -> int:
        held = self.store.received.bundle(bundle_id)
        if held is not None:   # its profiles packed for the peers' searches (hub/store_peaks.py), not in the apply
            self.store.peaks.pack_bundle(held["lab_id"], bundle_id)
        changed = self.store.received.profiles_in_bundle(bundle_id)
        found: dict[tuple[str, int], tuple[ComparisonMethod, set[tuple[Key, Key, float]]]] = {}
        for method in self.current_methods().values():
            targets = TargetList(method.drug_type, method.targets)
            # The bundle's live profiles of the drug type (few) against the network's, a block at a time.
            new_keys, new_values = self._read(method.drug_type, targets, changed)
            cached = self._brought_forward(method, job_id, changed, new_keys, new_values)
            links: set[tuple[Key, Key, float]] = set()
            if new_keys:
                queries = pretreat(new_values, method.pretreatment, method.reference)
                held = self._slices(cached) if cached is not None else self._stored(method, job_id, targets)
                blocks = ((keys, pretreat(values, method.pretreatment, method.reference)) for keys, values in held)
                for keys, pairs in links_against_blocks(queries, blocks, method.metric, method.threshold):
                    for i, j, score in pairs:
                        a, b = new_keys[i], keys[j]
                        if a[0] != b[0]:
                            first, second = sorted((a, b))
                            links.add((first, second, float(score)))
            found[(method.name, method.version)] = (method, self._physical(method, links))
        return self._store_links(job_id, found, changed)

    def _link_method(self, job_id: int, method: ComparisonMethod) -> int:
        profiles = self._profiles(method, job_id)
        links: set[tuple[Key, Key, float]] = set()
        if len(profiles.keys) > 1:
            treated = pretreat(profiles.values, method.pretreatment, method.reference)
            for i, j, score in links_among(treated, method.metric, method.threshold):
                a, b = profiles.keys[i], profiles.keys[j]
                if a[0] != b[0]:
                    first, second = sorted((a, b))
                    links.add((first, second, float(score)))
        return self._store_links(job_id, {(method.name, method.version): (method, self._physical(method, links))},
                                 None)

    def _physical(self, method: ComparisonMethod, links: set[tuple[Key, Key, float]]) -> set:
        """Drop links whose tablets disagree physically, when the method requires it."""
        if not method.require_physical or not links:
            return links
        info = self._records({k for a, b, _ in links for k in (a, b)})
        return {(a, b, s) for a, b, s in links
                if compare_tablets(info.get(a, {}), info.get(b, {}), method.tolerances).match is not False}

    def _store_links(self, job_id: int, found: dict, changed: set[Key] | None) -> int:
        """Replace the links of the changed profiles (all of a method's when ``changed`` is None), announce
        the new ones to both laboratories, and mark the job done, in one transaction."""
        now = utc_stamp(self.store.clock())
        fresh: list[tuple[ComparisonMethod, Key, Key, float]] = []
        with self.store.transaction() as conn:
            for (name, version), (method, links) in found.items():
                old = self.store.links.pairs(conn, name, version, changed)
                self.store.links.drop_links(conn, name, version, None if changed is None else old)
                self.store.links.put_links(conn, name, version, links, now)
                fresh += [(method, a, b, s) for a, b, s in sorted(links) if (a, b) not in old]
            self._announce(conn, fresh)
            self.store.links.mark_done(conn, job_id, now)
        if fresh:
            log.info("link job %d: %d new cross-laboratory link(s)", job_id, len(fresh))
        return len(fresh)

    def _announce(self, conn, fresh: list[tuple[ComparisonMethod, Key, Key, float]]) -> None:
        """One ``link`` bulletin per laboratory and method (split past LINKS_PER_BULLETIN links)."""
        if not fresh:
            return
        info = self._records({k for _, a, b, _ in fresh for k in (a, b)}, conn)
        labs = self.store.lab_names(conn)
        per_lab: dict[tuple[str, str, int], list[dict[str, Any]]] = {}
        methods: dict[tuple[str, int], ComparisonMethod] = {}
        ratios: dict[tuple[str, int], list[float]] = {}
        for key in {(m.name, m.version) for m, _, _, _ in fresh}:
            chosen = [(m, s) for m, _, _, s in fresh if (m.name, m.version) == key]
            method = chosen[0][0]
            if method.likelihood_ratio is not None and not method.likelihood_ratio.legacy:  # legacy: not sent
                ratios[key] = method.likelihood_ratio.at(np.array([s for _, s in chosen])).tolist()
        taken: dict[tuple[str, int], int] = {}
        for method, a, b, score in fresh:
            key = (method.name, method.version)
            methods[key] = method
            lr = ratios[key][taken.get(key, 0)] if key in ratios else None
            taken[key] = taken.get(key, 0) + 1
            for mine, other in ((a, b), (b, a)):
                theirs = info.get(other, {})
                name, country = labs.get(other[0], (other[0], ""))
                entry = {"record_id": mine[1], "other_lab_id": other[0], "other_lab": name,
                         "other_lab_country": country, "score": round(score, 6), "likelihood_ratio": lr}
                entry.update({f"other_{f}": theirs.get(f) for f in OTHER_FIELDS if theirs.get(f) is not None})
                per_lab.setdefault((mine[0], method.name, method.version), []).append(entry)
        for (lab_id, name, version), entries in sorted(per_lab.items()):
            method = methods[(name, version)]
            for start in range(0, len(entries), LINKS_PER_BULLETIN):
                named = MethodRef(name, version, method.drug_type, method.metric, method.threshold,
                                  metric(method.metric).higher_is_similar, _lr_fields(method))
                publish_in(conn, self.hub, to=lab_id, kind="link",
                           content=LinkNotice(named, tuple(entries[start:start + LINKS_PER_BULLETIN])).to_json())

    # -- the network's profiles ----------------------------------------------------------
    def _records(self, keys: Iterable[Key], conn=None) -> dict[Key, dict[str, Any]]:
        return {key: json.loads(text) for key, text in self.store.received.profile_records(keys, conn).items()}

    def _profiles(self, method: ComparisonMethod, job_id: int) -> _Profiles:
        """All the method's profiles as of ``job_id`` at once (a method job compares them all with each other):
        the cache brought forward, or read from the store (and kept if it is small enough)."""
        targets = TargetList(method.drug_type, method.targets)
        cached = self._brought_forward(method, job_id, set(), [], np.zeros((0, len(targets.targets))))
        if cached is not None:
            return cached
        latest = self.store.links.last_job()
        keys, values = self._read(method.drug_type, targets, None)
        profiles = _Profiles(max(latest, job_id), keys, values)
        if len(keys) <= self.cache_rows:
            self._cache[(method.name, method.version)] = profiles
        return profiles

    def _brought_forward(self, method: ComparisonMethod, job_id: int, changed: set[Key], keys: list[Key],
                         values: np.ndarray) -> _Profiles | None:
        """The cached profiles as of ``job_id`` (the job's live profiles ``keys``/``values`` of ``changed``
        put in), or None when there are none to trust (a gap: another process ingested) or they grew past
        ``cache_rows`` (from then on they are read from the store a block at a time)."""
        name = (method.name, method.version)
        cached = self._cache.get(name)
        if cached is None or cached.job >= job_id:
            return cached
        if cached.job != self.store.links.last_job(before=job_id):
            del self._cache[name]
            return None
        cached.replace(changed, keys, values)
        cached.job = job_id
        if len(cached.keys) > self.cache_rows:
            del self._cache[name]
        return cached

    def _slices(self, profiles: _Profiles) -> Iterator[tuple[list[Key], np.ndarray]]:
        for start in range(0, len(profiles.keys), self.block_rows):
            yield profiles.keys[start:start + self.block_rows], profiles.values[start:start + self.block_rows]

    def _stored(self, method: ComparisonMethod, job_id: int,
                targets: TargetList) -> Iterator[tuple[list[Key], np.ndarray]]:
        """The method's profiles read from the store ``block_rows`` at a time; kept as the cache when the
        drug type has at most ``cache_rows`` of them (so a small network is not read again for every job)."""
        latest = self.store.links.last_job()
        kept: list[tuple[list[Key], np.ndarray]] = []
        count = 0
        for block in self.store.links.profile_blocks(method.drug_type, self.block_rows):
            keys, values = self._matrix(block, targets)
            count += len(keys)
            if count <= self.cache_rows:
                kept.append((keys, values))
            else:
                kept.clear()
            yield keys, values
        if count <= self.cache_rows:
            self._cache[(method.name, method.version)] = _Profiles(
                max(latest, job_id), [k for keys, _ in kept for k in keys],
                np.vstack([v for _, v in kept]) if kept else np.zeros((0, len(targets.targets))))

    def _read(self, drug_type: str, targets: TargetList, only: set[Key] | None) -> tuple[list[Key], np.ndarray]:
        if only is not None and not only:
            return [], np.zeros((0, len(targets.targets)))
        return self._matrix(self.store.received.profile_peaks(drug_type, only), targets)

    @staticmethod
    def _matrix(rows: Iterable[tuple[Key, Any]], targets: TargetList) -> tuple[list[Key], np.ndarray]:
        """Keys and raw values of the profiles ``rows`` (peaks as stored) that have something to compare."""
        matrix = profile_matrix(((f"{k[0]}\x00{k[1]}", stored_peaks(peaks)) for k, peaks in rows), targets)
        if matrix.rejected:   # kept out of linking, and said so: a value past float64, a profile with no target…
            log.warning("%d profile(s) of %s left out of linking: %s", len(matrix.rejected), targets.drug_type,
                        "; ".join(f"{label.replace(chr(0), ' ')}: {reason}" for label, reason in matrix.rejected[:20]))
        keys: list[Key] = []
        for label in matrix.labels:
            lab_id, record_id = label.split("\x00", 1)
            keys.append((lab_id, record_id))
        return keys, matrix.values


def _lr_fields(method: ComparisonMethod) -> dict[str, Any]:
    """How each link's ``likelihood_ratio`` was calibrated and the bounds its data support (a link's LR is
    read with them and its ``score``); a legacy kernel-density LR is named but not sent (``null``)."""
    ratio = method.likelihood_ratio
    if ratio is None:
        return {}
    if ratio.legacy:
        return {"likelihood_ratio_calibration": "legacy"}
    return {"likelihood_ratio_calibration": ratio.kind, "likelihood_ratio_bounds": [ratio.lower, ratio.upper]}


def stored_peaks(value: Any) -> dict[str, Any] | None:
    """A shared record's peaks as the hub stores them: a JSON object (possibly held as JSON text), else None —
    the one reading of them for the linker, a peer's search (``profile_rows``) and a shared profile's route."""
    for _ in range(2):
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                return None
    return value if isinstance(value, dict) else None


def network_links(hub: Hub, *, lab: str | None = None, limit: int = 1000) -> list[dict[str, Any]]:
    """Stored cross-laboratory links, newest first (for the administrator)."""
    rows = hub.store.links.newest_links(lab, max(1, min(limit, 100_000)))
    return [{"method": f"{r['method_name']} v{r['method_version']}", "lab_a": r["lab_a"], "record_a": r["record_a"],
             "lab_b": r["lab_b"], "record_b": r["record_b"], "score": r["score"], "found_at": r["found_at"]}
            for r in rows]
