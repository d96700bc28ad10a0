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
transaction: a crash loses no job and announces no link twice.  The
profiles of a drug type are kept in memory between jobs and brought up to
date from the bundle each job names; a gap (another process ingested) makes
the linker reload them from the store.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from labnet.catalogue.errors import CatalogueError, message_of
from labnet.profiling.linkage import links_against, links_among
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

log = logging.getLogger("labnet.hub.linking")

PROFILE_KIND = "profiling_result"
LINKS_PER_BULLETIN = 500          # a bulletin stays far below its 1 MiB cap
# What a link bulletin tells a laboratory about the other side: only what that laboratory shared, and the
# sharing policy pseudonymises sample numbers and seizure references by default.
OTHER_FIELDS = ("lab_sample_number", "seizure_reference", "seizure_country", "seizure_date", "form")

Key = tuple[str, str]   # (lab id, record id)


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
    def __init__(self, hub: Hub):
        self.hub = hub
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
        rows = self.store.query("SELECT definition, bulletin_seq, published_at FROM hub_methods "
                                "WHERE name = ? AND version = ?", (method.name, method.version))
        if rows:
            if rows[0]["definition"] != text:
                raise Conflict(f"Method “{method.label}” was published before with other parameters; a changed "
                               f"method must be saved as a new version.", code="method-conflict")
            return self._describe(method, rows[0]["bulletin_seq"], rows[0]["published_at"])
        now = utc_stamp(self.store.clock())
        with self.store.transaction() as conn:
            seq = publish_in(conn, self.hub, to=EVERYONE, kind="method", content=method.to_json())
            conn.execute("INSERT INTO hub_methods (name, version, drug_type, definition, published_at, bulletin_seq) "
                         "VALUES (?, ?, ?, ?, ?, ?)", (method.name, method.version, method.drug_type, text, now, seq))
            conn.execute("INSERT INTO link_jobs (kind, ref, created_at) VALUES ('method', ?, ?)",
                         (json.dumps([method.name, method.version]), now))
        log.info("published method %s for %s (bulletin %d)", method.label, method.drug_type, seq)
        return {**self._describe(method, seq, now), **self.false_link_estimate(method)}

    def false_link_estimate(self, method: ComparisonMethod) -> dict[str, Any]:
        """Pairs across laboratories the method will judge now, and the false links to expect among them
        at its calibrated false-positive rate: pairs grow as the square of the network, so a rate fit for one
        laboratory's catalogue can flood a network with chance links."""
        counts = [r["n"] for r in self.store.query(
            "SELECT count(*) AS n FROM network_records WHERE kind = ? AND deleted = 0 AND "
            "json_extract(record, '$.drug_type') = ? GROUP BY lab_id", (PROFILE_KIND, method.drug_type))]
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
        for row in self.store.query("SELECT definition, bulletin_seq, published_at FROM hub_methods "
                                    "ORDER BY published_at DESC, rowid DESC"):
            method = ComparisonMethod.from_json(json.loads(row["definition"]))
            described = self._describe(method, row["bulletin_seq"], row["published_at"])
            described["in_use"] = (method.name, method.version) in current
            described["links"] = self.store.query(
                "SELECT count(*) AS n FROM network_links WHERE method_name = ? AND method_version = ?",
                (method.name, method.version))[0]["n"]
            out.append(described)
        return out

    def current_methods(self) -> dict[str, ComparisonMethod]:
        """The method in use for each drug type: the latest published."""
        current: dict[str, ComparisonMethod] = {}
        for row in self.store.query("SELECT drug_type, definition FROM hub_methods ORDER BY published_at, rowid"):
            current[row["drug_type"]] = ComparisonMethod.from_json(json.loads(row["definition"]))
        return current

    def _method(self, name: str, version: int) -> ComparisonMethod:
        rows = self.store.query("SELECT definition FROM hub_methods WHERE name = ? AND version = ?", (name, version))
        if not rows:
            raise NotFound(f"no published method {name} v{version}", code="unknown-method")
        return ComparisonMethod.from_json(json.loads(rows[0]["definition"]))

    # -- jobs ---------------------------------------------------------------------------
    def run_pending(self) -> int:
        """Do every queued link job, oldest first; returns how many new links were announced."""
        announced = 0
        with self._lock:
            while True:
                rows = self.store.query("SELECT job_id, kind, ref FROM link_jobs WHERE done_at IS NULL "
                                        "ORDER BY job_id LIMIT 1")
                if not rows:
                    return announced
                job = rows[0]
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

    def pending(self) -> int:
        return self.store.query("SELECT count(*) AS n FROM link_jobs WHERE done_at IS NULL")[0]["n"]

    def _fail(self, job_id: int, reason: str) -> None:
        with self.store.transaction() as conn:
            conn.execute("UPDATE link_jobs SET done_at = ?, error = ? WHERE job_id = ?",
                         (utc_stamp(self.store.clock()), reason, job_id))
        log.error("link job %d was refused and no links were changed: %s", job_id, reason)

    def failed(self, limit: int = 20) -> list[dict[str, Any]]:
        """The newest link jobs the engine refused, with their reason."""
        return [dict(r) for r in self.store.query("SELECT job_id, kind, ref, done_at, error FROM link_jobs "
                                                  "WHERE error IS NOT NULL ORDER BY job_id DESC LIMIT ?", (limit,))]

    def _link_bundle(self, job_id: int, bundle_id: str) -> int:
        rows = self.store.query("SELECT lab_id, record_id FROM network_records WHERE bundle_id = ? AND kind = ?",
                                (bundle_id, PROFILE_KIND))
        changed = {(r["lab_id"], r["record_id"]) for r in rows}
        found: dict[tuple[str, int], tuple[ComparisonMethod, set[tuple[Key, Key, float]]]] = {}
        for method in self.current_methods().values():
            profiles = self._profiles(method, job_id, changed)
            at = [k for k, key in enumerate(profiles.keys) if key in changed]
            links: set[tuple[Key, Key, float]] = set()
            if at and len(profiles.keys) > 1:
                treated = pretreat(profiles.values, method.pretreatment, method.reference)
                pairs = links_against(treated[at], treated, method.metric, method.threshold)
                for i, j, score in pairs:
                    a, b = profiles.keys[at[i]], profiles.keys[j]
                    if a[0] != b[0]:
                        first, second = sorted((a, b))
                        links.add((first, second, float(score)))
            found[(method.name, method.version)] = (method, self._physical(method, links))
        return self._store_links(job_id, found, changed)

    def _link_method(self, job_id: int, method: ComparisonMethod) -> int:
        profiles = self._profiles(method, job_id, set())
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
                old = self._old_links(conn, name, version, changed)
                if changed is None:
                    conn.execute("DELETE FROM network_links WHERE method_name = ? AND method_version = ?",
                                 (name, version))
                else:
                    conn.executemany("DELETE FROM network_links WHERE method_name = ? AND method_version = ? AND "
                                     "lab_a = ? AND record_a = ? AND lab_b = ? AND record_b = ?",
                                     [(name, version, *a, *b) for a, b in old])
                conn.executemany("INSERT OR REPLACE INTO network_links (method_name, method_version, lab_a, "
                                 "record_a, lab_b, record_b, score, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                 [(name, version, *a, *b, s, now) for a, b, s in links])
                fresh += [(method, a, b, s) for a, b, s in sorted(links) if (a, b) not in old]
            self._announce(conn, fresh)
            conn.execute("UPDATE link_jobs SET done_at = ? WHERE job_id = ?", (now, job_id))
        if fresh:
            log.info("link job %d: %d new cross-laboratory link(s)", job_id, len(fresh))
        return len(fresh)

    @staticmethod
    def _old_links(conn, name: str, version: int, changed: set[Key] | None) -> set[tuple[Key, Key]]:
        sql = ("SELECT lab_a, record_a, lab_b, record_b FROM network_links WHERE method_name = ? "
               "AND method_version = ?")
        if changed is None:
            rows = conn.execute(sql, (name, version)).fetchall()
        else:
            rows = []
            for lab, record in changed:   # two lookups, each on an index (an OR would scan the table)
                rows += conn.execute(f"{sql} AND lab_a = ? AND record_a = ?", (name, version, lab, record)).fetchall()
                rows += conn.execute(f"{sql} AND lab_b = ? AND record_b = ?", (name, version, lab, record)).fetchall()
        return {((r[0], r[1]), (r[2], r[3])) for r in rows}

    def _announce(self, conn, fresh: list[tuple[ComparisonMethod, Key, Key, float]]) -> None:
        """One ``link`` bulletin per laboratory and method (split past LINKS_PER_BULLETIN links)."""
        if not fresh:
            return
        info = self._records({k for _, a, b, _ in fresh for k in (a, b)}, conn)
        labs = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT lab_id, name, country FROM labs")}
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
        query = conn.execute if conn is not None else self.store.query
        out: dict[Key, dict[str, Any]] = {}
        for lab_id, record_id in keys:
            rows = list(query("SELECT record FROM network_records WHERE lab_id = ? AND kind = ? AND record_id = ? "
                              "AND deleted = 0", (lab_id, PROFILE_KIND, record_id)))
            if rows and rows[0][0]:
                out[(lab_id, record_id)] = json.loads(rows[0][0])
        return out

    def _profiles(self, method: ComparisonMethod, job_id: int, changed: set[Key]) -> _Profiles:
        """The method's profiles as of ``job_id``: the cache brought forward by one job, or reloaded."""
        targets = TargetList(method.drug_type, method.targets)
        cached = self._cache.get((method.name, method.version))
        previous = self.store.query("SELECT coalesce(max(job_id), 0) AS j FROM link_jobs WHERE job_id < ?",
                                    (job_id,))[0]["j"]
        if cached is not None and cached.job >= job_id:
            return cached
        if cached is not None and cached.job == previous:
            keys, values = self._read(method.drug_type, targets, changed)
            cached.replace(changed, keys, values)
            cached.job = job_id
            return cached
        latest = self.store.query("SELECT coalesce(max(job_id), 0) AS j FROM link_jobs")[0]["j"]
        keys, values = self._read(method.drug_type, targets, None)
        fresh = self._cache[(method.name, method.version)] = _Profiles(max(latest, job_id), keys, values)
        return fresh

    def _read(self, drug_type: str, targets: TargetList, only: set[Key] | None) -> tuple[list[Key], np.ndarray]:
        sql = ("SELECT lab_id, record_id, json_extract(record, '$.peaks') FROM network_records WHERE kind = ? "
               "AND deleted = 0 AND json_extract(record, '$.drug_type') = ?")
        if only is None:
            rows = self.store.query(sql, (PROFILE_KIND, drug_type))
        else:
            rows = []
            for lab_id, record_id in only:
                rows += self.store.query(f"{sql} AND lab_id = ? AND record_id = ?",
                                         (PROFILE_KIND, drug_type, lab_id, record_id))
        labelled = [((r[0], r[1]), _peaks(r[2])) for r in rows]
        matrix = profile_matrix(((f"{k[0]}\x00{k[1]}", peaks) for k, peaks in labelled), targets)
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


def _peaks(value: Any) -> dict[str, Any] | None:
    """A shared record's peaks: a JSON object (possibly held as JSON text)."""
    for _ in range(2):
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                return None
    return value if isinstance(value, dict) else None


def network_links(hub: Hub, *, lab: str | None = None, limit: int = 1000) -> list[dict[str, Any]]:
    """Stored cross-laboratory links, newest first (for the administrator)."""
    sql = "SELECT * FROM network_links"
    params: tuple = ()
    if lab:
        sql += " WHERE lab_a = ? OR lab_b = ?"
        params = (lab, lab)
    rows = hub.store.query(f"{sql} ORDER BY found_at DESC, score DESC LIMIT ?", (*params, max(1, min(limit, 100_000))))
    return [{"method": f"{r['method_name']} v{r['method_version']}", "lab_a": r["lab_a"], "record_a": r["record_a"],
             "lab_b": r["lab_b"], "record_b": r["record_b"], "score": r["score"], "found_at": r["found_at"]}
            for r in rows]
