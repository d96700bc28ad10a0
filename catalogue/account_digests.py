"""The accounts under the audit chain: the "who" of every entry is only as good as the accounts.

- every write of an account (``labnet.catalogue.accounts``: add, disable, enable,
  passwords, role) puts in its audit entry ``account_sha256``, the SHA-256 of
  the account's stored row (``ACCOUNT_COLUMNS``, ``audit.row_sha256``), and
  ``account``, what the row then said (the password as the SHA-256 of its
  stored hash, never the hash itself), so that a difference can be named;
- a catalogue that had accounts before schema ``ACCOUNTS_SCHEMA`` is sealed
  once by the migration: one "seal_account" entry per account as it was then
  (not verified before);
- ``check`` (part of ``integrity.verify``) compares every account with its
  latest entry and names accounts added, changed (role, state, password …) or
  removed outside LabNet; ``sign_in_problem`` is why an account may not sign in.

The counter of wrong passwords (in ``meta``) is not covered: it only slows guessing down.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Any

from . import audit, vocab
from .errors import Message

# The stored row in this order is what an account's digest covers (tests check it is the whole table).
ACCOUNT_COLUMNS = ("id", "username", "full_name", "role", "password_hash", "active", "created_at", "created_by")
ACCOUNTS_SCHEMA = 8   # the schema that put the accounts under the chain
SEAL_STATEMENT = "sealed at migration: accounts as they were then, not verified before"
_SELECT = f"SELECT {', '.join(ACCOUNT_COLUMNS)} FROM users"
_LATEST = ("SELECT seq, action, at, detail FROM audit_log WHERE kind = 'user' AND record_id = ?"
           " AND json_extract(detail, '$.account_sha256') IS NOT NULL ORDER BY seq DESC LIMIT 1")


def under_chain(conn: sqlite3.Connection) -> bool:
    return conn.execute("PRAGMA user_version").fetchone()[0] >= ACCOUNTS_SCHEMA


def had_accounts(conn: sqlite3.Connection) -> bool:
    """Whether the audit trail vouches for any account (schema 8 or later)."""
    return conn.execute("SELECT 1 FROM audit_log WHERE kind = 'user'"
                        " AND json_extract(detail, '$.account_sha256') IS NOT NULL LIMIT 1").fetchone() is not None


def _password_sha256(password_hash: str | None) -> str | None:
    return None if password_hash is None else hashlib.sha256(password_hash.encode("utf-8")).hexdigest()


def _state(row: tuple) -> dict[str, Any]:
    values = dict(zip(ACCOUNT_COLUMNS, row))
    values["password_sha256"] = _password_sha256(values.pop("password_hash"))
    values.pop("id")
    return values


def _row(conn: sqlite3.Connection, account_id: str) -> tuple | None:
    cursor = conn.cursor()
    cursor.row_factory = None   # plain values: exactly what the digest covers
    return cursor.execute(_SELECT + " WHERE id = ?", (account_id,)).fetchone()


def recorded(conn: sqlite3.Connection, account_id: str) -> dict[str, Any]:
    """What an account write puts in its audit entry: the account's row as it is now (inside the write's
    transaction, after the write)."""
    row = _row(conn, account_id)
    if row is None:
        raise RuntimeError(f"no account {account_id} to record")  # internal: called just after writing it
    return {"account_sha256": audit.row_sha256(row), "account": _state(row)}


# -- the seal (migration 8) ----------------------------------------------------------------
def seal(conn: sqlite3.Connection, at: str, user: str) -> int:
    """One "seal_account" entry per account as it is now; inside the migration's transaction."""
    if had_accounts(conn):
        # The schema number was set back by hand: sealing again would vouch for whatever is there now.
        from .errors import CatalogueError
        raise CatalogueError(Message("The accounts of this catalogue are already under the audit trail, yet its "
                                     "schema number says they are not: the file was changed outside LabNet. "
                                     "Keep it as it is for investigation and tell your quality manager."))
    cursor = conn.cursor()
    cursor.row_factory = None
    rows = cursor.execute(_SELECT + " ORDER BY username").fetchall()
    audit.append(conn, [audit.AuditEvent(at, user, "seal_account", "user", row[0], {
        "username": row[1], "sealed": SEAL_STATEMENT, "schema": ACCOUNTS_SCHEMA,
        "account_sha256": audit.row_sha256(row), "account": _state(row)}) for row in rows])
    return len(rows)


# -- checking ------------------------------------------------------------------------------
def _role(role: Any) -> str:
    return vocab.ROLES.get(role, str(role)).lower()


def _differences(user: str, now: dict, then: dict, entry: int) -> list[Message]:
    found = []
    if now["role"] != then.get("role"):
        found.append(Message("the role of the account “{user}” was changed outside LabNet: {before} in its last "
                             "audit entry ({entry}), {after} in the catalogue", user=user,
                             before=_role(then.get("role")), after=_role(now["role"]), entry=entry))
    if now["active"] != then.get("active"):
        if now["active"] and not then.get("active"):
            found.append(Message("the account “{user}” was enabled outside LabNet: its last audit entry ({entry}) "
                                 "records it disabled", user=user, entry=entry))
        elif not now["active"] and then.get("active"):
            found.append(Message("the account “{user}” was disabled outside LabNet: its last audit entry ({entry}) "
                                 "records it enabled", user=user, entry=entry))
        else:
            found.append(Message("the state of the account “{user}” was altered outside LabNet: it differs from "
                                 "its last audit entry ({entry})", user=user, entry=entry))
    if now["password_sha256"] != then.get("password_sha256"):
        found.append(Message("the password of the account “{user}” was changed outside LabNet: it is not the one "
                             "its last audit entry ({entry}) records", user=user, entry=entry))
    others = [c for c in ("username", "full_name", "created_at", "created_by") if now[c] != then.get(c)]
    if others:
        found.append(Message("the account “{user}” was altered outside LabNet ({columns}): it differs from its "
                             "last audit entry ({entry})", user=user, columns=", ".join(others), entry=entry))
    if not found:   # the digest differs, no value does (a number stored as text …)
        found.append(Message("the account “{user}” was altered outside LabNet: it differs from its last audit "
                             "entry ({entry})", user=user, entry=entry))
    return found


def _compare(row: tuple, latest: tuple | None) -> list[Message]:
    """Why ``row`` is not the account its latest entry (seq, action, at, detail) vouches for; [] when it is."""
    user = row[1]
    if latest is None:
        return [Message("the account “{user}” ({role}) was added outside LabNet: no audit entry records it",
                        user=user, role=_role(row[3]))]
    detail = json.loads(latest[3])
    if detail.get("account_sha256") == audit.row_sha256(row):
        return []
    return _differences(user, _state(row), detail.get("account") or {}, latest[0])


def check(conn: sqlite3.Connection) -> tuple[int, list[Message], list[Message]]:
    """(accounts compared, problems, notes): every account against its latest entry, every entry against
    an account."""
    if not under_chain(conn):
        return 0, [], [Message("The accounts of this catalogue are not yet under the audit chain (it was written "
                               "before schema {schema}); open it with this version of LabNet to seal them.",
                               schema=ACCOUNTS_SCHEMA)]
    latest: dict[str, tuple] = {}
    for record_id, *entry in conn.execute(
            "SELECT record_id, seq, action, at, detail FROM audit_log WHERE kind = 'user'"
            " AND json_extract(detail, '$.account_sha256') IS NOT NULL ORDER BY seq"):
        latest[record_id] = tuple(entry)
    problems, notes = [], []
    cursor = conn.cursor()
    cursor.row_factory = None
    rows = cursor.execute(_SELECT + " ORDER BY username").fetchall()
    for row in rows:
        problems += _compare(row, latest.pop(row[0], None))
    for seq, _, _, detail in sorted(latest.values()):
        problems.append(Message("the account “{user}” was deleted outside LabNet: audit entry {entry} records it "
                                "but it is no longer in the catalogue", user=json.loads(detail).get("username"),
                                entry=seq))
    sealed = conn.execute("SELECT min(seq), at FROM audit_log WHERE action = 'seal_account'").fetchone()
    if sealed[0] is not None:
        notes.append(Message("The accounts already in this catalogue when it was updated to schema {schema} ({time}, "
                             "from audit entry {entry}) were sealed as they were then: they are checked from that "
                             "moment on, and a change made to them before it cannot be seen.",
                             schema=ACCOUNTS_SCHEMA, time=sealed[1], entry=sealed[0]))
    return len(rows), problems, notes


def sign_in_problem(conn: sqlite3.Connection, account_id: str) -> Message | None:
    """Why the account ``account_id`` may not sign in because it is not as the audit trail last recorded it
    (an administrator added with sqlite3 would otherwise work at once); None when it is, or when this
    catalogue's accounts are not under the chain yet (a file not yet migrated)."""
    if not under_chain(conn):
        return None
    row = _row(conn, account_id)
    if row is None:
        return None
    latest = conn.execute(_LATEST, (account_id,)).fetchone()
    if not _compare(row, tuple(latest) if latest else None):
        return None
    if latest is None:
        return Message("The account “{user}” was added outside LabNet (no audit entry records it), so it may not "
                       "sign in. Run “labnet audit verify” and tell your quality manager.", user=row[1])
    return Message("The account “{user}” was changed outside LabNet (it is not as the audit trail last recorded "
                   "it), so it may not sign in. Run “labnet audit verify” to see what changed and tell your quality "
                   "manager; an administrator can set the account right, and the audit trail records it.",
                   user=row[1])
