"""What the laboratories sent, as the hub holds it: received bundles with their reports, files refused unread,
and the network's records (the tables ``bundles``, ``refused_files`` and ``network_records``), read for the
administrator, for a laboratory reconciling its holdings, and for the linker's profiles.

The ingest writes them (``labnet.hub.ingest``, ``labnet.hub.applying``) through the methods at the end."""

from __future__ import annotations

import operator
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from . import store_peaks
from .db import Connection, Row

if TYPE_CHECKING:
    from .store import HubStore

PROFILE_KIND = "profiling_result"
_KEY = operator.itemgetter(0, 1, 2)   # a network record's key: lab id, kind, record id
Key = tuple[str, str]   # (lab id, record id)
_RECORD_COLUMNS = ("lab_id", "kind", "record_id", "version", "seq", "deleted", "bundle_id", "received_at", "record")



class RecordWrites(list):
    """Rows for ``ReceivedStore.upsert_records``, and the keys (lab id, kind, record id) among them that replace a
    record the hub held when they were decided (``hub/applying.py``); the others are new to the hub."""

    def __init__(self) -> None:
        super().__init__()
        self.replacing: set[tuple[str, str, str]] = set()


class ReceivedStore:
    def __init__(self, db: HubStore):
        self.db = db
        json_text, json_value = db.database.json_text, db.database.json_value
        self._drug_type = json_text("record", "drug_type")
        self._profiles = (f"SELECT lab_id, record_id, {json_value('record', 'peaks')} FROM network_records "
                          f"WHERE kind = ? AND deleted = 0 AND {self._drug_type} = ?")

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
            "SELECT lab_id, substr(received_at, 1, 10) AS day, CAST(sum(accepted) AS BIGINT) AS accepted "
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
    def record_counts(self) -> list[Row]:
        """Per laboratory and kind: ``records`` live and ``deleted`` (withdrawn)."""
        return self.db.query("SELECT lab_id, kind, CAST(sum(1 - deleted) AS BIGINT) AS records, "
                             "CAST(sum(deleted) AS BIGINT) AS deleted FROM network_records GROUP BY lab_id, kind")

    def records_page(self, *, kind: str | None, lab: str | None, include_deleted: bool, limit: int,
                     offset: int) -> tuple[int, list[Row]]:
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

    def held_page(self, lab_id: str, after: Key, limit: int) -> list[Row]:
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
            f"SELECT count(*) AS n FROM network_records WHERE kind = ? AND deleted = 0 AND {self._drug_type} = ? "
            "GROUP BY lab_id", (PROFILE_KIND, drug_type))]

    def profile_peaks(self, drug_type: str, only: Iterable[Key] | None = None) -> list[tuple[Key, Any]]:
        """``((lab id, record id), peaks as stored)`` of the live profiles of ``drug_type`` (of ``only``, if given)."""
        if only is None:
            rows = self.db.query(self._profiles, (PROFILE_KIND, drug_type))
        else:
            rows = []
            for lab_id, record_id in only:
                rows += self.db.query(f"{self._profiles} AND lab_id = ? AND record_id = ?",
                                      (PROFILE_KIND, drug_type, lab_id, record_id))
        return [((r[0], r[1]), r[2]) for r in rows]

    def profile_peaks_of(self, drug_type: str, labs: Iterable[str]) -> list[tuple[Key, Any]]:
        """``profile_peaks`` of the laboratories ``labs`` only (one query each, on the table's key)."""
        rows: list[tuple[Key, Any]] = []
        for lab_id in sorted(labs):
            rows += [((r[0], r[1]), r[2]) for r in self.db.query(
                f"{self._profiles} AND lab_id = ?", (PROFILE_KIND, drug_type, lab_id))]
        return rows

    def profile_changes(self, bundle_ids: Iterable[str]) -> list[tuple[Key, int, Any, Any]]:
        """``((lab id, record id), deleted, drug type, peaks as stored)`` of the profiling results whose latest
        decision came in one of ``bundle_ids`` (live or withdrawn): what those bundles changed and did not see
        changed again since. Read per bundle on the table's key (its laboratory's profiling results)."""
        json_text, json_value = self.db.database.json_text, self.db.database.json_value
        out: list[tuple[Key, int, Any, Any]] = []
        ids = sorted(set(bundle_ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            out += [((r[0], r[1]), r[2], r[3], r[4]) for r in self.db.query(
                f"SELECT r.lab_id, r.record_id, r.deleted, {json_text('r.record', 'drug_type')}, "
                f"{json_value('r.record', 'peaks')} FROM bundles b JOIN network_records r ON r.lab_id = b.lab_id "
                f"AND r.kind = ? AND r.bundle_id = b.bundle_id WHERE b.bundle_id IN ({','.join('?' * len(chunk))})",
                (PROFILE_KIND, *chunk))]
        return out

    def profile_records(self, keys: Iterable[Key], conn: Connection | None = None) -> dict[Key, str]:
        """The stored JSON of each live profile in ``keys`` (in the caller's transaction ``conn``, if given)."""
        query = conn.execute if conn is not None else self.db.query
        out: dict[Key, str] = {}
        for lab_id, record_id in keys:
            rows = list(query("SELECT record FROM network_records WHERE lab_id = ? AND kind = ? AND record_id = ? "
                              "AND deleted = 0", (lab_id, PROFILE_KIND, record_id)))
            if rows and rows[0][0]:
                out[(lab_id, record_id)] = rows[0][0]
        return out

    def withdrawn_among(self, conn: Connection, lab_id: str, kind: str, record_ids: list[str]) -> set[str]:
        """Inside the caller's transaction (its own writes seen): which of ``record_ids`` the hub holds withdrawn."""
        out: set[str] = set()
        for condition, params in self.db.database.among("record_id", record_ids):
            out.update(r[0] for r in conn.execute(f"SELECT record_id FROM network_records WHERE lab_id = ? AND kind = ? "
                                                  f"AND deleted = 1 AND {condition}", (lab_id, kind, *params)).fetchall())
        return out

    def held_record(self, lab_id: str, kind: str, record_id: str) -> Row | None:
        """The row the hub holds of one record (version, deleted, received_at, record), live or withdrawn."""
        rows = self.db.query("SELECT version, deleted, received_at, record FROM network_records "
                             "WHERE lab_id = ? AND kind = ? AND record_id = ?", (lab_id, kind, record_id))
        return rows[0] if rows else None

    # -- the ingest's writes (hub/applying.py) -----------------------------------------------------------
    def held_versions(self, lab_id: str, kind: str, record_ids: list[str]) -> dict[Key, tuple[int, int]]:
        """(kind, record id) -> the (version, seq) held of each of ``record_ids`` that is here."""
        held: dict[Key, tuple[int, int]] = {}
        for condition, params in self.db.database.among("record_id", record_ids):
            for row in self.db.query(f"SELECT record_id, version, seq FROM network_records WHERE lab_id = ? "
                                     f"AND kind = ? AND {condition}", (lab_id, kind, *params)):
                held[(kind, row[0])] = (row[1], row[2])
        return held

    def upsert_records(self, conn: Connection, rows: list[tuple[Any, ...]]) -> None:
        """Write (lab id, kind, record id, version, seq, deleted, bundle id, received at, record) rows in the
        caller's transaction; a row replaces the held one only when its (version, seq) is above it.  Rows given
        as ``RecordWrites`` say which replace a held record; the others are written straight in where the store
        can (PostgreSQL's ``COPY``; a key found held after all is upserted as any other)."""
        # In the table's key order: a bundle's entries come in seq order, and ids made in the same millisecond
        # (an import) are in no order, so each row would land on another page of the key's tree; sorted, the
        # upsert of a bundle's 18,022 records (in two calls) took 0.10 CPU s instead of 0.39-0.45 (the rows of a
        # bundle have distinct keys, so the order changes nothing else).
        replacing = rows.replacing if isinstance(rows, RecordWrites) else None
        if replacing is None:
            ordered, unheld = sorted(rows, key=_KEY), 0
        else:
            fresh = sorted((r for r in rows if r[:3] not in replacing), key=_KEY)
            ordered, unheld = fresh + sorted((r for r in rows if r[:3] in replacing), key=_KEY), len(fresh)
        self.db.database.upsert_many(
            conn, "network_records", _RECORD_COLUMNS + store_peaks.COLUMNS, ("lab_id", "kind", "record_id"),
            "(excluded.version, excluded.seq) > (network_records.version, network_records.seq)",
            # the packed peaks NULL: a version replaced is never read with its older values; the bundle's link
            # job packs them (hub/store_peaks.py, off the apply's path)
            [(*r, None, None) for r in ordered],
            unheld=unheld)

    # -- bundles and files as the ingest keeps them ------------------------------------------------------
    def applied(self, bundle_id: str) -> bool:
        """The bundle was applied (a bundle rejected whole reserves nothing)."""
        return bool(self.db.query("SELECT 1 FROM bundles WHERE bundle_id = ? AND status = 'processed'", (bundle_id,)))

    def bundle(self, bundle_id: str) -> Row | None:
        """The bundle's row as stored: its report, counts and receipt."""
        rows = self.db.query("SELECT * FROM bundles WHERE bundle_id = ?", (bundle_id,))
        return rows[0] if rows else None

    def receipt(self, bundle_id: str, lab_id: str) -> bytes | None:
        """The signed receipt of ``bundle_id``, if it is ``lab_id``'s."""
        rows = self.db.query("SELECT receipt FROM bundles WHERE bundle_id = ? AND lab_id = ?", (bundle_id, lab_id))
        return bytes(rows[0]["receipt"]) if rows else None

    def add_bundle(self, conn: Connection, header: Any, *, file_sha256: str, size: int, received_at: str,
                   source: str, status: str, reason: str | None, counts: dict[str, int], receipt: bytes) -> None:
        """Inside the ingest's transaction: the bundle's row; an earlier refusal of the same id (a damaged
        copy) gives way, an applied bundle is never replaced."""
        conn.execute("DELETE FROM bundles WHERE bundle_id = ? AND status = 'rejected'", (header.bundle_id,))
        conn.execute(
            "INSERT INTO bundles (bundle_id, lab_id, batch_id, part_index, part_count, seq_from, seq_to, file_sha256, "
            "size, received_at, source, status, reason, accepted, duplicate, outdated, rejected, receipt) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (header.bundle_id, header.lab_id, header.batch_id, header.part_index, header.part_count, header.seq_from,
             header.seq_to, file_sha256, size, received_at, source, status, reason, counts["accepted"],
             counts["duplicate"], counts.get("outdated", 0), counts["rejected"], receipt))

    def add_refused(self, conn: Connection, *, file_sha256: str, uploader: str | None, claimed: str | None,
                    source: str, error: str, reason: str) -> None:
        """Inside a transaction: a file refused unread, received now."""
        conn.execute("INSERT INTO refused_files (file_sha256, uploader, claimed_bundle_id, received_at, source, "
                     "error, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (file_sha256, uploader, claimed, self.db.now(), source, error, reason))

    def refusal_reason(self, file_sha256: str) -> str | None:
        """Why the file was last refused unread, if it was."""
        rows = self.db.query("SELECT reason FROM refused_files WHERE file_sha256 = ? ORDER BY rowid DESC LIMIT 1",
                             (file_sha256,))
        return rows[0]["reason"] if rows else None

    def refusal_of_claim(self, uploader: str, bundle_id: str) -> Row | None:
        """The latest refusal (``error``, ``reason``) of a file ``uploader`` sent as ``bundle_id``."""
        rows = self.db.query("SELECT error, reason FROM refused_files WHERE uploader = ? AND claimed_bundle_id = ? "
                             "ORDER BY rowid DESC LIMIT 1", (uploader, bundle_id))
        return rows[0] if rows else None

    # -- uploads ingested, each exactly once ---------------------------------------------------------------
    def ingested_upload(self, upload_id: str) -> Row | None:
        """The ``file_sha256`` and ``bundle_id`` an upload was ingested as, if it was."""
        rows = self.db.query("SELECT file_sha256, bundle_id FROM ingested_uploads WHERE upload_id = ?", (upload_id,))
        return rows[0] if rows else None

    def ingested_among(self, upload_ids: list[str]) -> set[str]:
        """Which of ``upload_ids`` were ingested."""
        done: set[str] = set()
        for start in range(0, len(upload_ids), 500):
            ids = upload_ids[start:start + 500]
            done |= {r[0] for r in self.db.query(
                f"SELECT upload_id FROM ingested_uploads WHERE upload_id IN ({','.join('?' * len(ids))})", tuple(ids))}
        return done

    def mark_ingested(self, conn: Connection, upload_id: str, file_sha256: str, bundle_id: str | None) -> None:
        """Inside the transaction that applies (or refuses) the upload's file: it is ingested, now."""
        conn.execute("INSERT INTO ingested_uploads (upload_id, file_sha256, bundle_id, ingested_at) "
                     "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", (upload_id, file_sha256, bundle_id, self.db.now()))
