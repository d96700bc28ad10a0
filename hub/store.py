"""The hub's own SQLite store: laboratories, enrolment codes, sessions.

The hub keeps one SQLite file (WAL, ``synchronous=FULL``) beside its keys,
opened and migrated by ``labnet.common.sqlite`` like the laboratory's catalogue: its
tables are the ``hub`` room's, moved forward by numbered migrations, each in
one transaction with its version bump that a failure rolls back, after a copy
of the file (``hub.before-schema-hub-8.<time>.db``).

Secrets are never stored as given: enrolment tokens and session tokens are
kept as SHA-256 digests, so a copy of the database lets no one act as a lab.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from labnet.common import clock
from labnet.common import sqlite as common_sqlite
from labnet.protocol.problems import problem

HUB_DB = "hub.db"

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "laboratories, enrolment codes, sessions", """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE labs (
    lab_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    identity TEXT NOT NULL,
    signing_key_id TEXT NOT NULL,
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT,
    revoked_reason TEXT,
    last_contact TEXT
);
CREATE TABLE lab_keys (
    key_id TEXT PRIMARY KEY,
    lab_id TEXT NOT NULL REFERENCES labs (lab_id),
    purpose TEXT NOT NULL CHECK (purpose IN ('signing', 'encryption')),
    public_key BLOB NOT NULL,
    added_at TEXT NOT NULL,
    retired_at TEXT
);
CREATE INDEX lab_keys_lab ON lab_keys (lab_id);
CREATE TABLE enrolment_codes (
    token_sha256 TEXT PRIMARY KEY,
    lab_name TEXT NOT NULL,
    country TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    lab_id TEXT REFERENCES labs (lab_id)
);
CREATE TABLE sessions (
    token_sha256 TEXT PRIMARY KEY,
    lab_id TEXT NOT NULL REFERENCES labs (lab_id),
    expires_at TEXT NOT NULL
);
CREATE TABLE seen_nonces (
    nonce TEXT PRIMARY KEY,
    expires_at TEXT NOT NULL
);
"""),
    (2, "received bundles, receipts and the network's records", """
CREATE TABLE bundles (
    bundle_id TEXT PRIMARY KEY,
    lab_id TEXT NOT NULL REFERENCES labs (lab_id),
    batch_id TEXT NOT NULL,
    part_index INTEGER NOT NULL,
    part_count INTEGER NOT NULL,
    seq_from INTEGER NOT NULL,
    seq_to INTEGER NOT NULL,
    file_sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    received_at TEXT NOT NULL,
    source TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('processed', 'rejected')),
    reason TEXT,
    accepted INTEGER NOT NULL,
    duplicate INTEGER NOT NULL,
    rejected INTEGER NOT NULL,
    receipt BLOB NOT NULL
);
CREATE INDEX bundles_lab ON bundles (lab_id, received_at);
-- Files that could not be tied to an authentic bundle (bad format, signature…):
-- kept for the administrator, never answered with a signed receipt.
CREATE TABLE refused_files (
    file_sha256 TEXT NOT NULL,
    uploader TEXT,
    claimed_bundle_id TEXT,
    received_at TEXT NOT NULL,
    source TEXT NOT NULL,
    error TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX refused_files_claim ON refused_files (uploader, claimed_bundle_id);
-- A completed upload is ingested exactly once: marked here in the transaction that applies it.
CREATE TABLE ingested_uploads (
    upload_id TEXT PRIMARY KEY,
    file_sha256 TEXT NOT NULL,
    bundle_id TEXT,
    ingested_at TEXT NOT NULL
);
CREATE TABLE network_records (
    lab_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    deleted INTEGER NOT NULL,
    bundle_id TEXT NOT NULL,
    received_at TEXT NOT NULL,
    record TEXT,
    PRIMARY KEY (lab_id, kind, record_id)
) WITHOUT ROWID;
CREATE INDEX network_records_kind ON network_records (kind, lab_id);
"""),
    (3, "bulletins", """
CREATE TABLE bulletins (
    seq INTEGER PRIMARY KEY,
    to_lab TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    document BLOB NOT NULL
);
CREATE INDEX bulletins_to ON bulletins (to_lab, seq);
"""),
    (4, "harmonised methods and cross-laboratory links", """
-- Comparison methods the network adopted; the latest published for a drug type is the one in use.
CREATE TABLE hub_methods (
    name TEXT NOT NULL,
    version INTEGER NOT NULL,
    drug_type TEXT NOT NULL,
    definition TEXT NOT NULL,
    published_at TEXT NOT NULL,
    bulletin_seq INTEGER NOT NULL,
    PRIMARY KEY (name, version)
);
CREATE INDEX hub_methods_drug ON hub_methods (drug_type, published_at);
-- Work for the linker, written in the transaction that changed the profiles: a crash loses none.
CREATE TABLE link_jobs (
    job_id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('bundle', 'method')),
    ref TEXT NOT NULL,
    created_at TEXT NOT NULL,
    done_at TEXT
);
CREATE INDEX link_jobs_pending ON link_jobs (done_at, job_id);
-- Links between profiles of two different laboratories, a < b in (lab, record) order.
CREATE TABLE network_links (
    method_name TEXT NOT NULL,
    method_version INTEGER NOT NULL,
    lab_a TEXT NOT NULL,
    record_a TEXT NOT NULL,
    lab_b TEXT NOT NULL,
    record_b TEXT NOT NULL,
    score REAL NOT NULL,
    found_at TEXT NOT NULL,
    PRIMARY KEY (method_name, method_version, lab_a, record_a, lab_b, record_b)
) WITHOUT ROWID;
CREATE INDEX network_links_b ON network_links (method_name, method_version, lab_b, record_b);
"""),
    # A laboratory's decisions about one record are ordered by (version, seq): a sharing-policy change
    # withdraws or re-sends a record without a new version, under a higher seq.
    (5, "the order of a laboratory's decisions about one record version", """
ALTER TABLE network_records ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
"""),
    # Records whose decision was older than the one held were counted as duplicates before (bundle-format §10).
    (6, "records a bundle carried older than the decision held (outdated)", """
ALTER TABLE bundles ADD COLUMN outdated INTEGER NOT NULL DEFAULT 0;
"""),
    # A link job the engine refuses (a method too loose for the network: too many links) is done, with
    # its reason, instead of staying first in the queue and blocking every later job.
    (7, "link jobs refused by the linkage engine, with their reason", """
ALTER TABLE link_jobs ADD COLUMN error TEXT;
"""),
]

# Before rooms: the first seven migrations, counted in PRAGMA user_version; step 8 records them as the hub room's.
# Frozen: a later migration goes to MIGRATIONS (the room) only.
HISTORY = common_sqlite.History((
    *(common_sqlite.Migration(n, d, s) for n, d, s in MIGRATIONS[:7]),
    common_sqlite.Migration(8, "a version per room", lambda conn, path: common_sqlite.stamp_rooms(conn, {"hub": 7})),
))


class HubError(Exception):
    """A request the hub refuses; ``code`` names the case in ``labnet.protocol.problems`` (which gives its HTTP status).

    A class gives its usual code; a raise names a more precise one with ``code=``."""

    code = "invalid-request"

    def __init__(self, message: str, *, code: str | None = None):
        super().__init__(message)
        self.user_message = message
        if code is not None:
            self.code = code

    @property
    def status(self) -> int:
        return problem(self.code).status


class Unauthenticated(HubError):
    code = "unauthenticated"


class Forbidden(HubError):
    code = "forbidden"


class NotFound(HubError):
    code = "not-found"


class Conflict(HubError):
    code = "conflict"


def utc_now() -> dt.datetime:
    """The hub's clock: ``labnet.common.clock.now`` to the second (its stored times have no fractions)."""
    return clock.now().replace(microsecond=0)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Lab:
    lab_id: str
    name: str
    country: str
    identity: str
    signing_key_id: str
    enrolled_at: str
    revoked_at: str | None
    revoked_reason: str | None
    last_contact: str | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


class HubStore:
    """The hub's database; safe to share between the server's threads (one connection, one lock)."""

    def __init__(self, path: str | Path, *, clock: Callable[[], dt.datetime] = utc_now,
                 migrations: list[tuple[int, str, str]] | None = None):
        self.path = Path(path)
        self.clock = clock
        self._conn = common_sqlite.connect(self.path, busy_timeout=10)
        self._lock = threading.RLock()
        try:
            self.migrate(migrations or MIGRATIONS)
        except BaseException:
            self._conn.close()
            raise

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def migrate(self, migrations: list[tuple[int, str, str]]) -> Path | None:
        """Bring the file to the hub room's latest migration; the copy taken first, if any.

        Before rooms the hub counted its migrations in ``PRAGMA user_version`` alone: such a file is the
        hub room at that version (the history is the same steps, then one that writes ``room_versions``)."""
        room = common_sqlite.Room("hub", tuple(common_sqlite.Migration(n, d, s) for n, d, s in migrations))
        with self._lock:
            return common_sqlite.migrate(
                self._conn, [room], history=HISTORY, path=self.path,
                backup_to=lambda step: self.path.with_name(
                    f"{self.path.stem}.before-schema-{step}.{clock.file_stamp()}.db"))

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``): all of it lands, or none."""
        with self._lock, common_sqlite.transaction(self._conn) as conn:
            yield conn

    def query(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def now(self) -> str:
        return self.clock().isoformat()

    # -- meta --------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        rows = self.query("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = ?",
                         (key, value, value))

    # -- enrolment codes ------------------------------------------------------------
    def new_enrolment_code(self, lab_name: str, country: str, lifetime: dt.timedelta) -> str:
        """A one-time enrolment token for ``lab_name``; only its digest is kept."""
        lab_name, country = lab_name.strip(), country.strip()
        if not lab_name:
            raise HubError("the laboratory needs a name")
        if not re.fullmatch(r"[A-Za-z]{2}", country):   # ASCII only: "ß".upper() is "SS"
            raise HubError(f"“{country}” is not a two-letter country code (ISO 3166-1 alpha-2)")
        country = country.upper()
        token = secrets.token_urlsafe(24)
        now = self.clock()
        with self.transaction() as conn:
            conn.execute("INSERT INTO enrolment_codes (token_sha256, lab_name, country, created_at, expires_at) "
                         "VALUES (?, ?, ?, ?, ?)",
                         (digest(token), lab_name, country, now.isoformat(), (now + lifetime).isoformat()))
        return token

    def claim_enrolment_code(self, conn: sqlite3.Connection, token: str) -> sqlite3.Row:
        """Inside a transaction: the unused, unexpired code for ``token``, marked used."""
        row = conn.execute("SELECT * FROM enrolment_codes WHERE token_sha256 = ?", (digest(token),)).fetchone()
        if row is None:
            raise Unauthenticated("this enrolment code is not known to the hub; ask its administrator for a new one",
                                  code="enrolment-code-unknown")
        if row["used_at"] is not None:
            raise Unauthenticated("this enrolment code was already used; each code enrols one laboratory once",
                                  code="enrolment-code-used")
        if dt.datetime.fromisoformat(row["expires_at"]) <= self.clock():
            raise Unauthenticated("this enrolment code has expired; ask the hub's administrator for a new one",
                                  code="enrolment-code-expired")
        conn.execute("UPDATE enrolment_codes SET used_at = ? WHERE token_sha256 = ?", (self.now(), row["token_sha256"]))
        return row

    def enrolment_codes(self) -> list[dict]:
        return [dict(r) for r in self.query(
            "SELECT lab_name, country, created_at, expires_at, used_at, lab_id FROM enrolment_codes "
            "ORDER BY created_at DESC")]

    # -- laboratories -----------------------------------------------------------------
    def lab(self, lab_id: str) -> Lab:
        rows = self.query("SELECT * FROM labs WHERE lab_id = ?", (lab_id,))
        if not rows:
            raise NotFound(f"no laboratory {lab_id!r} is enrolled with this hub", code="unknown-lab")
        return Lab(**dict(rows[0]))

    def labs(self) -> list[Lab]:
        return [Lab(**dict(r)) for r in self.query("SELECT * FROM labs ORDER BY name")]

    def lab_key(self, key_id: str, lab_id: str) -> bytes:
        """The public key ``key_id`` of ``lab_id`` (current or retired: old bundles stay readable)."""
        rows = self.query("SELECT public_key FROM lab_keys WHERE key_id = ? AND lab_id = ?", (key_id, lab_id))
        if not rows:
            raise Forbidden(f"the key {key_id} is not a key of laboratory {lab_id}", code="unknown-key")
        return bytes(rows[0][0])

    def add_lab(self, conn: sqlite3.Connection, *, lab_id: str, name: str, country: str, identity: str,
                signing_key_id: str, keys: list[tuple[str, str, bytes]]) -> None:
        """Inside a transaction: register a laboratory and its public keys ``(key_id, purpose, raw)``."""
        if conn.execute("SELECT 1 FROM labs WHERE lab_id = ?", (lab_id,)).fetchone():
            raise Conflict(f"a laboratory with the id {lab_id} is already enrolled", code="already-enrolled")
        now = self.now()
        conn.execute("INSERT INTO labs (lab_id, name, country, identity, signing_key_id, enrolled_at, last_contact) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", (lab_id, name, country, identity, signing_key_id, now, now))
        for key_id, purpose, public in keys:
            if conn.execute("SELECT 1 FROM lab_keys WHERE key_id = ?", (key_id,)).fetchone():
                raise Conflict(f"the key {key_id} is already registered to a laboratory", code="already-enrolled")
            conn.execute("INSERT INTO lab_keys (key_id, lab_id, purpose, public_key, added_at) VALUES (?, ?, ?, ?, ?)",
                         (key_id, lab_id, purpose, public, now))

    def replace_identity(self, lab_id: str, identity: str, signing_key_id: str,
                         keys: list[tuple[str, str, bytes]]) -> None:
        """After a verified key rotation: the new identity document and keys (old keys stay, retired)."""
        with self.transaction() as conn:
            now = self.now()
            conn.execute("UPDATE lab_keys SET retired_at = ? WHERE lab_id = ? AND retired_at IS NULL", (now, lab_id))
            for key_id, purpose, public in keys:
                conn.execute("INSERT INTO lab_keys (key_id, lab_id, purpose, public_key, added_at) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (key_id) DO UPDATE SET retired_at = NULL WHERE lab_keys.lab_id = ?",
                             (key_id, lab_id, purpose, public, now, lab_id))
            conn.execute("UPDATE labs SET identity = ?, signing_key_id = ?, last_contact = ? WHERE lab_id = ?",
                         (identity, signing_key_id, now, lab_id))

    def touch(self, lab_id: str) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE labs SET last_contact = ? WHERE lab_id = ?", (self.now(), lab_id))

    def revoke(self, lab_id: str, reason: str) -> Lab:
        lab = self.lab(lab_id)
        if not lab.active:
            return lab
        with self.transaction() as conn:
            conn.execute("UPDATE labs SET revoked_at = ?, revoked_reason = ? WHERE lab_id = ?",
                         (self.now(), reason.strip() or "revoked by the hub administrator", lab_id))
            conn.execute("DELETE FROM sessions WHERE lab_id = ?", (lab_id,))
        return self.lab(lab_id)

    # -- sessions and replay protection ---------------------------------------------
    def new_session(self, conn: sqlite3.Connection, lab_id: str, lifetime: dt.timedelta) -> tuple[str, str]:
        token = secrets.token_urlsafe(32)
        expires = (self.clock() + lifetime).isoformat()
        conn.execute("DELETE FROM sessions WHERE expires_at <= ?", (self.now(),))
        conn.execute("INSERT INTO sessions (token_sha256, lab_id, expires_at) VALUES (?, ?, ?)",
                     (digest(token), lab_id, expires))
        return token, expires

    def session_lab(self, token: str) -> str:
        rows = self.query("SELECT lab_id, expires_at FROM sessions WHERE token_sha256 = ?", (digest(token),))
        if not rows or dt.datetime.fromisoformat(rows[0]["expires_at"]) <= self.clock():
            raise Unauthenticated("the session is unknown or has expired; sign in again", code="session-expired")
        return rows[0]["lab_id"]

    def use_nonce(self, conn: sqlite3.Connection, nonce: str, keep_until: dt.datetime) -> None:
        """Inside a transaction: remember ``nonce``; refuse it if it was seen before (a replay)."""
        conn.execute("DELETE FROM seen_nonces WHERE expires_at <= ?", (self.now(),))
        if conn.execute("SELECT 1 FROM seen_nonces WHERE nonce = ?", (nonce,)).fetchone():
            raise Unauthenticated("this signed request was already used once (a replay); it is refused",
                                  code="request-replayed")
        conn.execute("INSERT INTO seen_nonces (nonce, expires_at) VALUES (?, ?)", (nonce, keep_until.isoformat()))
