"""The hub's named administrators, their sessions and the hub's own audit trail, as stored (the tables
``admins``, ``admin_sessions`` and ``hub_audit``; the rules are in ``labnet.hub.admins``, the chain's hash in
``labnet.hub.audit``).

Nothing secret is stored as given: passwords as Argon2id hashes, session and set-up tokens as SHA-256 digests.
The audit trail is append-only (triggers refuse UPDATE and DELETE) and each entry carries the hash of the one
before it; the newest entry's hash is also kept in ``meta`` so a trail cut short at its end is found too.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import audit
from .db import Connection, Dialects
from .db_ddl import postgres_ddl
from .errors import Conflict, Forbidden, NotFound, Unauthenticated
from .store_labs import digest

if TYPE_CHECKING:
    from .store import HubStore

NETWORK_ADMIN, REVIEWER = "network-admin", "reviewer"
ROLES = (NETWORK_ADMIN, REVIEWER)
_HEAD = "hub_audit_head"

# The hub room's step 8 (hub/store.py): the tables, and the shared administrator token of older hubs turned
# into the account "admin" (network administrator) with no password yet; that token's digest becomes its
# one-time set-up token (labnet.hub.admins.set_first_password), and the shared token itself is gone.
_TABLES = """
CREATE TABLE admins (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('network-admin', 'reviewer')),
    password_hash TEXT,
    setup_token_sha256 TEXT,
    created_at TEXT NOT NULL,
    disabled_at TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT
);
CREATE TABLE admin_sessions (
    token_sha256 TEXT PRIMARY KEY,
    name TEXT NOT NULL REFERENCES admins (name),
    expires_at TEXT NOT NULL
);
CREATE TABLE hub_audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
"""
_SQLITE = """
CREATE TRIGGER hub_audit_no_update BEFORE UPDATE ON hub_audit
BEGIN SELECT RAISE(ABORT, 'the hub audit trail is append-only'); END;
CREATE TRIGGER hub_audit_no_delete BEFORE DELETE ON hub_audit
BEGIN SELECT RAISE(ABORT, 'the hub audit trail is append-only'); END;
INSERT INTO admins (name, role, setup_token_sha256, created_at)
    SELECT 'admin', 'network-admin', value, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
    FROM meta WHERE key = 'admin_token_sha256';
DELETE FROM meta WHERE key = 'admin_token_sha256';
"""
_POSTGRESQL = """
CREATE FUNCTION hub_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the hub audit trail is append-only'; END $$;
CREATE TRIGGER hub_audit_no_update BEFORE UPDATE ON hub_audit FOR EACH ROW EXECUTE FUNCTION hub_audit_append_only();
CREATE TRIGGER hub_audit_no_delete BEFORE DELETE ON hub_audit FOR EACH ROW EXECUTE FUNCTION hub_audit_append_only();
CREATE TRIGGER hub_audit_no_truncate BEFORE TRUNCATE ON hub_audit EXECUTE FUNCTION hub_audit_append_only();
INSERT INTO admins (name, role, setup_token_sha256, created_at)
    SELECT 'admin', 'network-admin', value, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"')
    FROM meta WHERE key = 'admin_token_sha256';
DELETE FROM meta WHERE key = 'admin_token_sha256';
"""
MIGRATION_SQL = _TABLES + _SQLITE
MIGRATION = Dialects(sqlite=MIGRATION_SQL, postgresql=postgres_ddl(_TABLES) + _POSTGRESQL)


@dataclass(frozen=True)
class Admin:
    name: str
    role: str
    password_hash: str | None
    setup_token_sha256: str | None
    created_at: str
    disabled_at: str | None
    failures: int
    next_attempt_at: str | None

    @property
    def enabled(self) -> bool:
        return self.disabled_at is None

    def public(self) -> dict:
        """What an administrator may see of an account (never a hash)."""
        return {"name": self.name, "role": self.role, "created_at": self.created_at, "disabled_at": self.disabled_at,
                "password_set": self.password_hash is not None}


class AdminStore:
    def __init__(self, db: HubStore):
        self.db = db

    # -- accounts -----------------------------------------------------------------------------------------
    def get(self, name: str) -> Admin | None:
        rows = self.db.query("SELECT * FROM admins WHERE name = ?", (name,))
        return Admin(**dict(rows[0])) if rows else None

    def account(self, name: str) -> Admin:
        found = self.get(name)
        if found is None:
            raise NotFound(f"no administrator “{name}” on this hub", code="unknown-admin")
        return found

    def accounts(self) -> list[Admin]:
        return [Admin(**dict(r)) for r in self.db.query("SELECT * FROM admins ORDER BY name")]

    def add(self, conn: Connection, name: str, role: str, password_hash: str | None,
            setup_token_sha256: str | None = None) -> None:
        """Inside a transaction: a new account (a name is never reused: a disabled account keeps it)."""
        if conn.execute("SELECT 1 FROM admins WHERE name = ?", (name,)).fetchone():
            raise Conflict(f"an administrator named “{name}” already exists", code="admin-exists")
        conn.execute("INSERT INTO admins (name, role, password_hash, setup_token_sha256, created_at) "
                     "VALUES (?, ?, ?, ?, ?)", (name, role, password_hash, setup_token_sha256, self.db.now()))

    def set_enabled(self, conn: Connection, name: str, enabled: bool) -> bool:
        """Inside a transaction: enable or disable ``name`` (its sessions end); False if it already was.

        The last enabled network administrator cannot be disabled: nobody could administer the hub."""
        row = conn.execute("SELECT role, disabled_at FROM admins WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise NotFound(f"no administrator “{name}” on this hub", code="unknown-admin")
        if (row["disabled_at"] is None) == enabled:
            return False
        if not enabled and row["role"] == NETWORK_ADMIN:
            others = conn.execute("SELECT count(*) FROM admins WHERE role = ? AND disabled_at IS NULL AND name <> ?",
                                  (NETWORK_ADMIN, name)).fetchone()[0]
            if not others:
                raise Conflict(f"“{name}” is the last enabled network administrator; add or enable another first",
                               code="last-network-admin")
        conn.execute("UPDATE admins SET disabled_at = ? WHERE name = ?", (None if enabled else self.db.now(), name))
        if not enabled:
            conn.execute("DELETE FROM admin_sessions WHERE name = ?", (name,))
        return True

    def set_password(self, conn: Connection, name: str, password_hash: str) -> None:
        """Inside a transaction: a new password; any set-up token is spent, waits and sessions end."""
        if conn.execute("UPDATE admins SET password_hash = ?, setup_token_sha256 = NULL, failures = 0, "
                        "next_attempt_at = NULL WHERE name = ?", (password_hash, name)).rowcount != 1:
            raise NotFound(f"no administrator “{name}” on this hub", code="unknown-admin")
        conn.execute("DELETE FROM admin_sessions WHERE name = ?", (name,))

    def setup_account(self, token: str) -> Admin | None:
        """The account whose one-time set-up token ``token`` is (None: no such token)."""
        rows = self.db.query("SELECT * FROM admins WHERE setup_token_sha256 = ?", (digest(token),))
        return Admin(**dict(rows[0])) if rows else None

    def note_failure(self, conn: Connection, name: str, failures: int, next_attempt_at: str | None) -> None:
        conn.execute("UPDATE admins SET failures = ?, next_attempt_at = ? WHERE name = ?",
                     (failures, next_attempt_at, name))

    # -- sessions -----------------------------------------------------------------------------------------
    def new_session(self, conn: Connection, name: str, lifetime: dt.timedelta) -> tuple[str, str]:
        """Inside a transaction: a session for ``name`` (failures forgotten); returns the token and its expiry."""
        token = "lnadm_" + secrets.token_urlsafe(32)
        expires = (self.db.clock() + lifetime).isoformat()
        conn.execute("DELETE FROM admin_sessions WHERE expires_at <= ?", (self.db.now(),))
        conn.execute("INSERT INTO admin_sessions (token_sha256, name, expires_at) VALUES (?, ?, ?)",
                     (digest(token), name, expires))
        conn.execute("UPDATE admins SET failures = 0, next_attempt_at = NULL WHERE name = ?", (name,))
        return token, expires

    def session_admin(self, token: str) -> Admin:
        """The enabled account a session token speaks for."""
        rows = self.db.query("SELECT s.expires_at, a.* FROM admin_sessions s JOIN admins a USING (name) "
                             "WHERE s.token_sha256 = ?", (digest(token),))
        if not rows or dt.datetime.fromisoformat(rows[0]["expires_at"]) <= self.db.clock():
            raise Unauthenticated("the administrator's session is unknown or has expired; sign in again",
                                  code="admin-token-required")
        account = Admin(**{k: rows[0][k] for k in rows[0].keys() if k != "expires_at"})
        if not account.enabled:
            raise Forbidden(f"the administrator account “{account.name}” is disabled", code="admin-disabled")
        return account

    # -- the audit trail ----------------------------------------------------------------------------------
    def record(self, conn: Connection, actor: str, action: str, target: str, detail: dict) -> int:
        """Inside the transaction that did it: one entry at the end of the chain; its number."""
        last = conn.execute("SELECT seq, hash FROM hub_audit ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last["seq"] + 1, last["hash"]) if last else (1, audit.GENESIS)
        entry = audit.Entry(seq, self.db.now(), actor, action, target, audit.detail_text(detail), prev)
        conn.execute("INSERT INTO hub_audit (seq, at, actor, action, target, detail, prev_hash, hash) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (*entry.values(), entry.hash))
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = ?",
                     (_HEAD, entry.hash, entry.hash))
        return seq

    def entries(self, since: str | None = None, limit: int | None = None) -> list[dict]:
        """Entries in order (at or after ``since``, an ISO time, if given), with their stored hashes."""
        sql = "SELECT * FROM hub_audit" + (" WHERE at >= ?" if since else "") + " ORDER BY seq"
        params: tuple = (since,) if since else ()
        if limit is not None:
            sql, params = sql + " LIMIT ?", (*params, limit)
        return [dict(r) for r in self.db.query(sql, params)]

    def head(self) -> str | None:
        return self.db.get_meta(_HEAD)
