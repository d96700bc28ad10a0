"""The hub's register of laboratories: their enrolment codes, identities and public keys, sessions, and the
nonces of signed requests already seen (the tables ``labs``, ``lab_keys``, ``enrolment_codes``, ``sessions`` and
``seen_nonces``, and the SQL that reads and writes them).

Secrets are never stored as given: enrolment tokens and session tokens are
kept as SHA-256 digests, so a copy of the database lets no one act as a lab.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .db import Connection, Row
from .errors import Conflict, Forbidden, HubError, NotFound, Unauthenticated


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


class LabRegistry:
    """The laboratories' tables, a part of ``HubStore`` (which gives the connection, its lock and the clock):
    callers keep asking the store itself (``store.lab(lab_id)``, ``store.claim_enrolment_code(conn, token)``)."""

    clock: Callable[[], dt.datetime]

    if TYPE_CHECKING:   # given by HubStore
        def query(self, sql: str, params: tuple = ()) -> list[Row]: ...
        def transaction(self) -> contextlib.AbstractContextManager[Connection]: ...
        def now(self) -> str: ...

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

    def claim_enrolment_code(self, conn: Connection, token: str) -> Row:
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

    def record_enrolment(self, conn: Connection, code: Row, lab_id: str) -> None:
        """Inside the transaction that claimed ``code``: the laboratory it enrolled."""
        conn.execute("UPDATE enrolment_codes SET lab_id = ? WHERE token_sha256 = ?", (lab_id, code["token_sha256"]))

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

    def signing_key_of_active_lab(self, key_id: str, lab_id: str) -> bytes | None:
        """The signing key ``key_id`` of ``lab_id`` (current or retired); None if it is not one or the lab is revoked."""
        rows = self.query("SELECT k.public_key, l.revoked_at FROM lab_keys k JOIN labs l USING (lab_id) "
                          "WHERE k.key_id = ? AND k.lab_id = ? AND k.purpose = 'signing'", (key_id, lab_id))
        if not rows or rows[0]["revoked_at"] is not None:
            return None
        return bytes(rows[0]["public_key"])

    def add_lab(self, conn: Connection, *, lab_id: str, name: str, country: str, identity: str,
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

    def touch(self, lab_id: str, conn: Connection | None = None) -> None:
        """The laboratory was in contact now: in the caller's transaction ``conn``, or in one of its own."""
        if conn is not None:
            conn.execute("UPDATE labs SET last_contact = ? WHERE lab_id = ?", (self.now(), lab_id))
            return
        with self.transaction() as own:
            self.touch(lab_id, own)

    def lab_names(self, conn: Connection) -> dict[str, tuple[str, str]]:
        """Inside a transaction: every laboratory's ``(name, country)`` by lab id."""
        return {r[0]: (r[1], r[2]) for r in conn.execute("SELECT lab_id, name, country FROM labs")}

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
    def new_session(self, conn: Connection, lab_id: str, lifetime: dt.timedelta) -> tuple[str, str]:
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

    def use_nonce(self, conn: Connection, nonce: str, keep_until: dt.datetime) -> None:
        """Inside a transaction: remember ``nonce``; refuse it if it was seen before (a replay)."""
        conn.execute("DELETE FROM seen_nonces WHERE expires_at <= ?", (self.now(),))
        if conn.execute("SELECT 1 FROM seen_nonces WHERE nonce = ?", (nonce,)).fetchone():
            raise Unauthenticated("this signed request was already used once (a replay); it is refused",
                                  code="request-replayed")
        conn.execute("INSERT INTO seen_nonces (nonce, expires_at) VALUES (?, ?)", (nonce, keep_until.isoformat()))
