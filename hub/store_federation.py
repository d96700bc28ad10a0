"""The hub's federation tables (issue 20), in their own room ``federation`` of the hub's file.

Peers pinned by key id, one-time peering invitations, each laboratory's ceiling (whether its records of a type
may be searched beyond this network, from the manifest of its latest bundle), the searches sent (kept until
answered: store-and-forward), the searches answered (kept by search id: a search received again gets the same
answer, so nothing is compared or announced twice), the hits on both sides, and follow-up requests.

Portable SQL only (TEXT, INTEGER, BLOB, REAL; ``ON CONFLICT``; no ``rowid`` or AUTOINCREMENT): the hub's store is
getting a PostgreSQL dialect (hub/db.py).
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from labnet.common import clock
from labnet.common import sqlite as common_sqlite

if TYPE_CHECKING:
    from .db import Connection
    from .store import HubStore

ROOM = "federation"
_MADE = threading.Lock()
IN_FLIGHT = 30 + 600   # seconds: a first attempt's connect and answer time-outs (hub/federation_search.py)
MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "peers, invitations, laboratories' ceilings, searches, hits and follow-ups", """
CREATE TABLE fed_peers (
    name TEXT PRIMARY KEY,
    hub_id TEXT NOT NULL UNIQUE,
    signing_key_id TEXT NOT NULL,
    url TEXT NOT NULL,
    identity TEXT NOT NULL,
    methods TEXT NOT NULL,
    added_at TEXT NOT NULL,
    via TEXT NOT NULL,
    revoked_at TEXT,
    revoked_reason TEXT,
    last_contact TEXT
);
CREATE TABLE fed_invites (
    token_sha256 TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
);
CREATE TABLE fed_ceilings (
    lab_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    beyond INTEGER NOT NULL,
    seq_to INTEGER NOT NULL,
    bundle_id TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (lab_id, kind)
);
CREATE TABLE fed_sent (
    message_id TEXT PRIMARY KEY,
    peer TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    document BLOB NOT NULL,
    attempts INTEGER NOT NULL,
    last_attempt TEXT,
    last_error TEXT,
    answered_at TEXT
);
CREATE INDEX fed_sent_waiting ON fed_sent (answered_at, created_at);
CREATE TABLE fed_queries (
    search_id TEXT NOT NULL,
    query_ref TEXT NOT NULL,
    lab_id TEXT NOT NULL,
    record_id TEXT NOT NULL,
    PRIMARY KEY (search_id, query_ref)
);
CREATE TABLE fed_answered (
    message_id TEXT PRIMARY KEY,
    peer TEXT NOT NULL,
    kind TEXT NOT NULL,
    received_at TEXT NOT NULL,
    answer BLOB NOT NULL
);
CREATE TABLE fed_hits (
    side TEXT NOT NULL CHECK (side IN ('asked', 'answered')),
    search_id TEXT NOT NULL,
    query_ref TEXT NOT NULL,
    hit_ref TEXT NOT NULL,
    peer TEXT NOT NULL,
    lab_id TEXT NOT NULL,
    record_id TEXT NOT NULL,
    method TEXT NOT NULL,
    score REAL NOT NULL,
    likelihood_ratio REAL,
    fields TEXT NOT NULL,
    found_at TEXT NOT NULL,
    PRIMARY KEY (side, search_id, query_ref, hit_ref)
);
CREATE INDEX fed_hits_ref ON fed_hits (side, hit_ref);
CREATE TABLE fed_followups (
    request_id TEXT PRIMARY KEY,
    side TEXT NOT NULL CHECK (side IN ('asked', 'answered')),
    peer TEXT NOT NULL,
    search_id TEXT NOT NULL,
    query_ref TEXT NOT NULL,
    hit_ref TEXT NOT NULL,
    lab_id TEXT NOT NULL,
    record_id TEXT NOT NULL,
    question TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('asked', 'approved', 'declined')),
    released TEXT,
    note TEXT,
    asked_at TEXT NOT NULL,
    decided_at TEXT
);
"""),
    (2, "messages sent: when to try again (the hub's delivery loop backs off) and the peer's signed receipt", """
ALTER TABLE fed_sent ADD COLUMN next_attempt TEXT;
ALTER TABLE fed_sent ADD COLUMN receipt BLOB;
"""),
    (3, "peers: what this hub last announced to each (its keys and methods), so a change is announced once", """
ALTER TABLE fed_peers ADD COLUMN announced TEXT;
"""),
    (4, "messages sent: the peer's resumable upload of a large one, so a cut link resumes where it stopped", """
ALTER TABLE fed_sent ADD COLUMN upload TEXT;
"""),
    (5, "hits: a tablet's physical agreement with what the peer released (agrees, disagrees, unknown)", """
ALTER TABLE fed_hits ADD COLUMN physical TEXT;
"""),
    # The peer hubs' resumable uploads: the columns of the laboratories' ``uploads`` (hub/uploads.py, its steps 1-4)
    # in the hub's own database, so every process of the hub (serve --workers N, several machines on PostgreSQL)
    # sees one upload's offset; the bytes stay in ``federation-uploads/``.
    (6, "the peer hubs' resumable uploads, shared by the hub's processes", """
CREATE TABLE fed_uploads (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    length INTEGER NOT NULL,
    received INTEGER NOT NULL DEFAULT 0,
    metadata TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    completed_at TEXT,
    sha256 TEXT,
    writer TEXT,
    writer_until REAL,
    ingested_at TEXT
);
CREATE INDEX fed_uploads_owner ON fed_uploads (owner, completed_at);
"""),
    # A peer's keys before its rotations (``fed_peers.identity`` holds its newest), each with the time its
    # successor was made (a message it signed is taken only if made before) and what the peer's key documents
    # said of it; a revocation is kept even for a key never pinned here, so a later announcement that omits it
    # cannot bring that key back.
    (7, "a peer's older keys and the revocations its announcements carried", """
CREATE TABLE fed_peer_keys (
    hub_id TEXT NOT NULL,
    signing_key_id TEXT NOT NULL,
    public_keys TEXT,
    replaced_at TEXT,
    retired_at TEXT,
    revoked_at TEXT,
    revoked_reason TEXT,
    learnt_at TEXT NOT NULL,
    PRIMARY KEY (hub_id, signing_key_id)
);
"""),
]


class Raced(Exception):
    """Two copies of one message answered at once (a sender's retry crossing its first attempt): the later one
    is rolled back; ``answered`` holds the answer to give."""


def room() -> common_sqlite.Room:
    return common_sqlite.Room(ROOM, tuple(common_sqlite.Migration(n, d, s) for n, d, s in MIGRATIONS))


class FederationStore:
    """The federation tables, on the hub store's connection (its lock and transactions)."""

    def __init__(self, db: HubStore):
        self.db = db
        migrate_room = getattr(db, "migrate_room", None)
        if migrate_room is not None:   # the store's own way, on SQLite or PostgreSQL (hub/db.py)
            migrate_room(room())   # a check only: the store migrated it when opened (hub/store.py)
            return
        path = Path(db.path or "hub.db")   # an SQLite store without migrate_room (before hub/db.py)
        with db._lock:
            common_sqlite.migrate(db._conn, [room()], path=path, backup_to=lambda step: path.with_name(
                f"{path.stem}.before-schema-{step}.{clock.file_stamp()}.db"))

    # -- peers ------------------------------------------------------------------------------------------------------
    def add_peer(self, conn: Connection, *, name: str, hub_id: str, signing_key_id: str, url: str,
                 identity: str, methods: list[dict[str, Any]], at: str, via: str) -> None:
        conn.execute("INSERT INTO fed_peers (name, hub_id, signing_key_id, url, identity, methods, added_at, via) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET hub_id = excluded.hub_id, "
                     "signing_key_id = excluded.signing_key_id, url = excluded.url, identity = excluded.identity, "
                     "methods = excluded.methods, added_at = excluded.added_at, via = excluded.via, "
                     "revoked_at = NULL, revoked_reason = NULL",
                     (name, hub_id, signing_key_id, url, identity, json.dumps(methods), at, via))

    def peer(self, name: str) -> dict[str, Any] | None:
        rows = self.db.query("SELECT * FROM fed_peers WHERE name = ?", (name,))
        return dict(rows[0]) if rows else None

    def peer_by_hub(self, hub_id: str) -> dict[str, Any] | None:
        rows = self.db.query("SELECT * FROM fed_peers WHERE hub_id = ?", (hub_id,))
        return dict(rows[0]) if rows else None

    def peers(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.query("SELECT * FROM fed_peers ORDER BY name")]

    def set_announced(self, conn: Connection, name: str, state: str) -> None:
        """What this hub told ``name`` of itself (a digest of its keys and methods): a later change is announced."""
        conn.execute("UPDATE fed_peers SET announced = ? WHERE name = ?", (state, name))

    def repin(self, conn: Connection, name: str, identity: str, signing_key_id: str, methods: list[dict[str, Any]],
              at: str) -> None:
        """A peer's announcement taken: its endorsed keys and its methods from now on."""
        conn.execute("UPDATE fed_peers SET identity = ?, signing_key_id = ?, methods = ?, last_contact = ? "
                     "WHERE name = ?", (identity, signing_key_id, json.dumps(methods), at, name))

    # -- a peer's older keys and revocations (step 7) ------------------------------------------------------------
    def keep_older_keys(self, conn: Connection, hub_id: str, rows: Iterable[tuple[str, str]], at: str) -> None:
        """``rows``: (signing key id, public keys JSON) of keys the peer replaced, learnt ``at``: each kept once, with
        the moment first learnt (a message it signed is taken only if made before)."""
        conn.executemany("INSERT INTO fed_peer_keys (hub_id, signing_key_id, public_keys, replaced_at, learnt_at) "
                         "VALUES (?, ?, ?, ?, ?) ON CONFLICT (hub_id, signing_key_id) DO UPDATE SET "
                         "public_keys = COALESCE(fed_peer_keys.public_keys, excluded.public_keys), "
                         "replaced_at = COALESCE(fed_peer_keys.replaced_at, excluded.replaced_at)",
                         [(hub_id, key_id, keys, at, at) for key_id, keys in rows])

    def keep_key_events(self, conn: Connection, hub_id: str, rows: Iterable[tuple[str, str, str, str]],
                        at: str) -> None:
        """``rows``: (signing key id, status, at, reason) from a peer's key document; a revocation is final (a later
        document that says otherwise or nothing changes nothing), a retirement is the peer's latest word."""
        for key_id, status, when, reason in rows:
            column = "revoked_at" if status == "revoked" else "retired_at"
            conn.execute(f"INSERT INTO fed_peer_keys (hub_id, signing_key_id, {column}, revoked_reason, learnt_at) "
                         "VALUES (?, ?, ?, ?, ?) ON CONFLICT (hub_id, signing_key_id) DO UPDATE SET "
                         + ("revoked_at = COALESCE(fed_peer_keys.revoked_at, excluded.revoked_at), revoked_reason = "
                            "COALESCE(fed_peer_keys.revoked_reason, excluded.revoked_reason)" if status == "revoked"
                            else "retired_at = excluded.retired_at"),
                         (hub_id, key_id, when, reason if status == "revoked" else None, at))

    def peer_keys(self, hub_id: str) -> list[dict[str, Any]]:
        """What this hub holds of a peer's older keys: kept keys, revocations and retirements."""
        return [dict(r) for r in self.db.query("SELECT * FROM fed_peer_keys WHERE hub_id = ? ORDER BY learnt_at, "
                                               "signing_key_id", (hub_id,))]

    def revoke_peer(self, name: str, reason: str, at: str) -> bool:
        with self.db.transaction() as conn:
            return conn.execute("UPDATE fed_peers SET revoked_at = ?, revoked_reason = ? WHERE name = ? AND "
                                "revoked_at IS NULL RETURNING name", (at, reason, name)).fetchone() is not None

    def touch_peer(self, conn: Connection, name: str, at: str, methods: list[dict[str, Any]] | None = None
                   ) -> None:
        if methods is None:
            conn.execute("UPDATE fed_peers SET last_contact = ? WHERE name = ?", (at, name))
        else:
            conn.execute("UPDATE fed_peers SET last_contact = ?, methods = ? WHERE name = ?",
                         (at, json.dumps(methods), name))

    # -- invitations ------------------------------------------------------------------------------------------------
    def add_invite(self, token_sha256: str, name: str, at: str, expires_at: str) -> None:
        with self.db.transaction() as conn:
            conn.execute("INSERT INTO fed_invites (token_sha256, name, created_at, expires_at) VALUES (?, ?, ?, ?)",
                         (token_sha256, name, at, expires_at))

    def invite(self, conn: Connection, token_sha256: str) -> dict[str, Any] | None:
        row = conn.execute("SELECT * FROM fed_invites WHERE token_sha256 = ?", (token_sha256,)).fetchone()
        return dict(row) if row else None

    def use_invite(self, conn: Connection, token_sha256: str, at: str) -> None:
        conn.execute("UPDATE fed_invites SET used_at = ? WHERE token_sha256 = ?", (at, token_sha256))

    # -- laboratories' ceilings -------------------------------------------------------------------------------------
    @staticmethod
    def set_ceilings(conn: Connection, lab_id: str, beyond: dict[str, bool], seq_to: int,
                     bundle_id: str, at: str) -> None:
        """Inside the transaction that applies a bundle: its manifest's word on each record type it declares,
        unless a later bundle of the laboratory's (a higher ``seq_to``) said otherwise already."""
        conn.executemany(
            "INSERT INTO fed_ceilings (lab_id, kind, beyond, seq_to, bundle_id, at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (lab_id, kind) DO UPDATE SET beyond = excluded.beyond, seq_to = excluded.seq_to, "
            "bundle_id = excluded.bundle_id, at = excluded.at WHERE excluded.seq_to >= fed_ceilings.seq_to",
            [(lab_id, kind, int(flag), seq_to, bundle_id, at) for kind, flag in sorted(beyond.items())])

    def labs_beyond(self, kind: str) -> set[str]:
        """The laboratories whose records of ``kind`` may be searched beyond this network."""
        return {r["lab_id"] for r in self.db.query("SELECT lab_id FROM fed_ceilings WHERE kind = ? AND beyond = 1",
                                                   (kind,))}

    # -- messages sent (store-and-forward) ----------------------------------------------------------------------------
    def queue(self, conn: Connection, message_id: str, peer: str, kind: str, at: str, document: bytes,
              next_attempt: str | None = None) -> None:
        """A message to send: whoever queued it sends it at once; the delivery loop takes it over if that attempt
        did not end (failed attempts bring it forward) after ``IN_FLIGHT`` — not while it may be under way —
        or at ``next_attempt`` (the loop's own messages: at once)."""
        if next_attempt is None:
            later = dt.datetime.strptime(at, "%Y-%m-%dT%H:%M:%SZ") + dt.timedelta(seconds=IN_FLIGHT)
            next_attempt = later.strftime("%Y-%m-%dT%H:%M:%SZ")
        conn.execute("INSERT INTO fed_sent (message_id, peer, kind, created_at, document, attempts, next_attempt) "
                     "VALUES (?, ?, ?, ?, ?, 0, ?)", (message_id, peer, kind, at, document, next_attempt))

    def add_queries(self, conn: Connection, search_id: str, rows: Iterable[tuple[str, str, str]]) -> None:
        conn.executemany("INSERT INTO fed_queries (search_id, query_ref, lab_id, record_id) VALUES (?, ?, ?, ?)",
                         [(search_id, *r) for r in rows])

    def queries(self, search_id: str) -> dict[str, tuple[str, str]]:
        return {r["query_ref"]: (r["lab_id"], r["record_id"]) for r in
                self.db.query("SELECT query_ref, lab_id, record_id FROM fed_queries WHERE search_id = ?",
                              (search_id,))}

    def waiting(self, peer: str | None = None) -> list[dict[str, Any]]:
        return self._waiting(peer, None)

    def due(self, now: str) -> list[dict[str, Any]]:
        """The messages waiting whose next attempt has come (the delivery loop's work), oldest first."""
        return self._waiting(None, now)

    def _waiting(self, peer: str | None, due_at: str | None) -> list[dict[str, Any]]:
        sql = "SELECT message_id, peer, kind, created_at, attempts, last_attempt, last_error, next_attempt " \
              "FROM fed_sent WHERE answered_at IS NULL"
        params: tuple = ()
        if peer is not None:
            sql += " AND peer = ?"
            params = (peer,)
        if due_at is not None:
            sql += " AND (next_attempt IS NULL OR next_attempt <= ?)"
            params = (*params, due_at)
        return [dict(r) for r in self.db.query(sql + " ORDER BY created_at, message_id", params)]

    def sent(self, message_id: str) -> dict[str, Any] | None:
        rows = self.db.query("SELECT * FROM fed_sent WHERE message_id = ?", (message_id,))
        return dict(rows[0]) if rows else None

    def attempted(self, message_id: str, at: str, error: str | None, next_attempt: str | None = None) -> None:
        """One attempt to send; ``next_attempt``: not before then (the delivery loop's back-off)."""
        with self.db.transaction() as conn:
            conn.execute("UPDATE fed_sent SET attempts = attempts + 1, last_attempt = ?, last_error = ?, "
                         "next_attempt = ? WHERE message_id = ?", (at, error, next_attempt, message_id))

    def keep_upload(self, message_id: str, reference: str | None) -> None:
        """The peer's upload of a message (its address's path), to resume after a cut; None: start afresh."""
        with self.db.transaction() as conn:
            conn.execute("UPDATE fed_sent SET upload = ? WHERE message_id = ?", (reference, message_id))

    def keep_receipt(self, message_id: str, receipt: bytes) -> None:
        """The peer's signed receipt for a message of ours (checked before it is kept)."""
        with self.db.transaction() as conn:
            conn.execute("UPDATE fed_sent SET receipt = ? WHERE message_id = ?", (receipt, message_id))

    def mark_answered(self, conn: Connection, message_id: str, at: str) -> bool:
        """Inside the transaction that applies the answer; False when it was applied already (exactly once)."""
        return conn.execute("UPDATE fed_sent SET answered_at = ?, last_error = NULL WHERE message_id = ? AND "
                            "answered_at IS NULL RETURNING message_id", (at, message_id)).fetchone() is not None

    # -- messages answered (idempotent by id) ------------------------------------------------------------------------
    def answered(self, message_id: str) -> dict[str, Any] | None:
        rows = self.db.query("SELECT peer, kind, answer FROM fed_answered WHERE message_id = ?", (message_id,))
        return dict(rows[0]) if rows else None

    def keep_answer(self, conn: Connection, message_id: str, peer: str, kind: str, at: str,
                    answer: bytes) -> None:
        """Inside the transaction that answers a message, before anything else it writes: raises ``Raced`` when
        a copy of the same message, received at the same time, was answered first (the caller's work is rolled
        back and the answer kept is given instead)."""
        if conn.execute("INSERT INTO fed_answered (message_id, peer, kind, received_at, answer) "
                        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING RETURNING message_id",
                        (message_id, peer, kind, at, answer)).fetchone() is None:
            raise Raced(message_id)

    def answered_count(self, kind: str) -> int:
        return self.db.query("SELECT count(*) AS n FROM fed_answered WHERE kind = ?", (kind,))[0]["n"]

    # -- hits -------------------------------------------------------------------------------------------------------
    def add_hits(self, conn: Connection, side: str, rows: Iterable[tuple]) -> None:
        """``rows``: (search_id, query_ref, hit_ref, peer, lab_id, record_id, method, score, lr, fields JSON, at[,
        physical JSON: a tablet's physical verdict, on the asking side])."""
        conn.executemany("INSERT INTO fed_hits (side, search_id, query_ref, hit_ref, peer, lab_id, record_id, method, "
                         "score, likelihood_ratio, fields, found_at, physical) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                         "ON CONFLICT (side, search_id, query_ref, hit_ref) DO NOTHING",
                         [(side, *r) if len(r) == 12 else (side, *r, None) for r in rows])

    def hits(self, side: str | None = None, lab_id: str | None = None) -> list[dict[str, Any]]:
        sql, params = "SELECT * FROM fed_hits WHERE 1 = 1", []
        if side:
            sql += " AND side = ?"
            params.append(side)
        if lab_id:
            sql += " AND lab_id = ?"
            params.append(lab_id)
        return [dict(r) for r in self.db.query(sql + " ORDER BY found_at, search_id, query_ref, hit_ref",
                                               tuple(params))]

    def hit(self, side: str, hit_ref: str, query_ref: str | None = None) -> dict[str, Any] | None:
        sql, params = "SELECT * FROM fed_hits WHERE side = ? AND hit_ref = ?", [side, hit_ref]
        if query_ref is not None:
            sql += " AND query_ref = ?"
            params.append(query_ref)
        rows = self.db.query(sql + " ORDER BY found_at DESC", tuple(params))
        return dict(rows[0]) if rows else None

    # -- follow-ups -------------------------------------------------------------------------------------------------
    def add_followup(self, conn: Connection, **row: Any) -> bool:
        names = ("request_id", "side", "peer", "search_id", "query_ref", "hit_ref", "lab_id", "record_id",
                 "question", "state", "asked_at")
        return conn.execute(f"INSERT INTO fed_followups ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
                            "ON CONFLICT (request_id) DO NOTHING RETURNING request_id",
                            tuple(row[n] for n in names)).fetchone() is not None

    def followup(self, request_id: str) -> dict[str, Any] | None:
        rows = self.db.query("SELECT * FROM fed_followups WHERE request_id = ?", (request_id,))
        return dict(rows[0]) if rows else None

    def followups(self, lab_id: str | None = None) -> list[dict[str, Any]]:
        if lab_id is None:
            return [dict(r) for r in self.db.query("SELECT * FROM fed_followups ORDER BY asked_at, request_id")]
        return [dict(r) for r in self.db.query("SELECT * FROM fed_followups WHERE lab_id = ? "
                                               "ORDER BY asked_at, request_id", (lab_id,))]

    def decide_followup(self, conn: Connection, request_id: str, state: str, released: dict | None,
                        note: str, at: str) -> bool:
        return conn.execute("UPDATE fed_followups SET state = ?, released = ?, note = ?, decided_at = ? "
                            "WHERE request_id = ? AND state = 'asked' RETURNING request_id",
                            (state, json.dumps(released) if released is not None else None, note, at,
                             request_id)).fetchone() is not None


def record_ceilings(db: HubStore, conn: Any, lab_id: str, manifest: dict[str, Any], seq_to: int, bundle_id: str,
                    at: str) -> None:
    """Inside the transaction that applies a laboratory's bundle: what its manifest says of each record type it
    declares — searchable by other networks only if listed in ``beyond_network`` (issue 20; absent: none is)."""
    beyond = set(manifest.get("beyond_network") or ())
    declared = {kind: kind in beyond for kind in manifest.get("fields") or {}}
    if declared:   # SQL on the caller's connection: nothing here may migrate inside its transaction
        FederationStore.set_ceilings(conn, lab_id, declared, seq_to, bundle_id, at)


def of(db: HubStore) -> FederationStore:
    """The federation tables of this hub store (migrated on first use)."""
    with _MADE:   # the routes' warm-up and the delivery loop ask at once when a hub starts: one migration
        found = getattr(db, "_federation_store", None)
        if found is None:
            found = FederationStore(db)
            db._federation_store = found   # type: ignore[attr-defined]  # one per store, made when first asked
    return found
