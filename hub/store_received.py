"""What the laboratories sent, as the hub holds it: received bundles with their reports, files refused unread,
and the network's records (the tables ``bundles``, ``refused_files`` and ``network_records``), read for the
administrator, for a laboratory reconciling its holdings, and for the linker's profiles.

The ingest writes them (``labnet.hub.ingest``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import HubStore

PROFILE_KIND = "profiling_result"
Key = tuple[str, str]   # (lab id, record id)

_PROFILES = ("SELECT lab_id, record_id, json_extract(record, '$.peaks') FROM network_records WHERE kind = ? "
             "AND deleted = 0 AND json_extract(record, '$.drug_type') = ?")


class ReceivedStore:
    def __init__(self, db: HubStore):
        self.db = db

    # -- bundles and refused files, for the administrator -------------------------------------------------
    def bundles_newest_first(self, limit: int) -> list[dict[str, Any]]:
        """Received bundles with their import reports and their laboratory's name."""
        return [dict(r) for r in self.db.query(
            "SELECT b.bundle_id, b.lab_id, l.name AS lab_name, b.part_index, b.part_count, b.seq_from, b.seq_to, "
            "b.size, b.received_at, b.source, b.status, b.reason, b.accepted, b.duplicate, b.outdated, b.rejected "
            "FROM bundles b JOIN labs l USING (lab_id) ORDER BY b.received_at DESC LIMIT ?", (limit,))]

    def refused_newest_first(self, limit: int) -> list[dict[str, Any]]:
        """Files refused unread (no authentic bundle in them), newest first."""
        return [dict(r) for r in self.db.query(
            "SELECT file_sha256, uploader, claimed_bundle_id, received_at, source, error, reason "
            "FROM refused_files ORDER BY rowid DESC LIMIT ?", (limit,))]

    def accepted_per_day(self) -> list[dict[str, Any]]:
        """Records accepted per laboratory and day (of processed bundles), oldest day first."""
        return [dict(r) for r in self.db.query(
            "SELECT lab_id, substr(received_at, 1, 10) AS day, sum(accepted) AS accepted "
            "FROM bundles WHERE status = 'processed' GROUP BY lab_id, day ORDER BY day")]

    def last_bundle_per_lab(self) -> dict[str, str]:
        """When each laboratory's latest bundle arrived."""
        return {r["lab_id"]: r["at"] for r in self.db.query(
            "SELECT lab_id, max(received_at) AS at FROM bundles GROUP BY lab_id")}

    def bundles_per_status(self) -> dict[str, int]:
        return {r["status"]: r["n"] for r in self.db.query("SELECT status, count(*) AS n FROM bundles GROUP BY status")}

    def refused_count(self) -> int:
        return self.db.query("SELECT count(*) FROM refused_files")[0][0]

    # -- the network's records ---------------------------------------------------------------------------
    def record_counts(self) -> list[sqlite3.Row]:
        """Per laboratory and kind: ``records`` live and ``deleted`` (withdrawn)."""
        return self.db.query("SELECT lab_id, kind, sum(deleted = 0) AS records, sum(deleted) AS deleted "
                             "FROM network_records GROUP BY lab_id, kind")

    def records_page(self, *, kind: str | None, lab: str | None, include_deleted: bool, limit: int,
                     offset: int) -> tuple[int, list[sqlite3.Row]]:
        """How many records match, and one page of them, latest received first."""
        where, params = ["1 = 1"], []
        if kind:
            where.append("kind = ?")
            params.append(kind)
        if lab:
            where.append("lab_id = ?")
            params.append(lab)
        if not include_deleted:
            where.append("deleted = 0")
        clause = " AND ".join(where)
        total = self.db.query(f"SELECT count(*) FROM network_records WHERE {clause}", tuple(params))[0][0]
        rows = self.db.query(f"SELECT lab_id, kind, record_id, version, deleted, received_at, record "
                             f"FROM network_records WHERE {clause} ORDER BY received_at DESC, record_id LIMIT ? OFFSET ?",
                             (*params, limit, offset))
        return total, rows

    def held_page(self, lab_id: str, after: Key, limit: int) -> list[sqlite3.Row]:
        """One page of a laboratory's records in (kind, id) order after ``after``, as its decisions left them."""
        return self.db.query("SELECT kind, record_id, version, seq, deleted, record FROM network_records"
                             " WHERE lab_id = ? AND (kind, record_id) > (?, ?) ORDER BY kind, record_id LIMIT ?",
                             (lab_id, after[0], after[1], limit))

    # -- the network's profiles, for the linker ----------------------------------------------------------
    def profiles_in_bundle(self, bundle_id: str) -> set[Key]:
        """The profiling results a bundle brought (live or withdrawn)."""
        return {(r["lab_id"], r["record_id"]) for r in self.db.query(
            "SELECT lab_id, record_id FROM network_records WHERE bundle_id = ? AND kind = ?", (bundle_id, PROFILE_KIND))}

    def profile_counts_per_lab(self, drug_type: str) -> list[int]:
        """How many live profiles of ``drug_type`` each laboratory shares (laboratories with none left out)."""
        return [r["n"] for r in self.db.query(
            "SELECT count(*) AS n FROM network_records WHERE kind = ? AND deleted = 0 AND "
            "json_extract(record, '$.drug_type') = ? GROUP BY lab_id", (PROFILE_KIND, drug_type))]

    def profile_peaks(self, drug_type: str, only: Iterable[Key] | None = None) -> list[tuple[Key, Any]]:
        """``((lab id, record id), peaks as stored)`` of the live profiles of ``drug_type`` (of ``only``, if given)."""
        if only is None:
            rows = self.db.query(_PROFILES, (PROFILE_KIND, drug_type))
        else:
            rows = []
            for lab_id, record_id in only:
                rows += self.db.query(f"{_PROFILES} AND lab_id = ? AND record_id = ?",
                                      (PROFILE_KIND, drug_type, lab_id, record_id))
        return [((r[0], r[1]), r[2]) for r in rows]

    def profile_records(self, keys: Iterable[Key], conn: sqlite3.Connection | None = None) -> dict[Key, str]:
        """The stored JSON of each live profile in ``keys`` (in the caller's transaction ``conn``, if given)."""
        query = conn.execute if conn is not None else self.db.query
        out: dict[Key, str] = {}
        for lab_id, record_id in keys:
            rows = list(query("SELECT record FROM network_records WHERE lab_id = ? AND kind = ? AND record_id = ? "
                              "AND deleted = 0", (lab_id, PROFILE_KIND, record_id)))
            if rows and rows[0][0]:
                out[(lab_id, record_id)] = rows[0][0]
        return out

    # -- the ingest's writes (hub/applying.py) -----------------------------------------------------------
    def held_versions(self, lab_id: str, kind: str, record_ids: list[str]) -> dict[Key, tuple[int, int]]:
        """(kind, record id) -> the (version, seq) held of each of ``record_ids`` that is here."""
        held: dict[Key, tuple[int, int]] = {}
        for start in range(0, len(record_ids), 900):
            chunk = record_ids[start:start + 900]
            for row in self.db.query(f"SELECT record_id, version, seq FROM network_records WHERE lab_id = ? "
                                     f"AND kind = ? AND record_id IN ({','.join('?' * len(chunk))})",
                                     (lab_id, kind, *chunk)):
                held[(kind, row[0])] = (row[1], row[2])
        return held

    @staticmethod
    def upsert_records(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
        """Write (lab id, kind, record id, version, seq, deleted, bundle id, received at, record) rows in the
        caller's transaction; a row replaces the held one only when its (version, seq) is above it."""
        conn.executemany(
            "INSERT INTO network_records (lab_id, kind, record_id, version, seq, deleted, bundle_id, received_at, "
            "record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (lab_id, kind, record_id) DO UPDATE SET "
            "version = excluded.version, seq = excluded.seq, deleted = excluded.deleted, "
            "bundle_id = excluded.bundle_id, received_at = excluded.received_at, record = excluded.record "
            "WHERE (excluded.version, excluded.seq) > (network_records.version, network_records.seq)", rows)
