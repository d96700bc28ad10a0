"""The catalogue: the one way records are written and read.

Every write goes through ``Catalogue`` so that, in the same transaction, the
record is validated, its version counter moves, the change log gets a sequence
number (what sync reads), and the audit chain gets an entry naming who did it.
"""

from __future__ import annotations

import getpass
import json
import os
import sqlite3
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils  # loaded by Catalogue.db when asked: ~0.5 s and numpy, which an import's reading process does not need

from labnet.common import clock
from labnet.common.labfolder import LabFolder

from . import account_digests, accounts, audit, database, digests, lock
from .errors import CatalogueError, Message, PermissionDenied, Problem, ValidationError
from .records import RECORD_TYPES, record_type
from .store_checks import transition_problems
from .store_reads import StoreReads
from .store_rows import Record, _change_item, _stored_row, describe_key, from_row, natural_key
from .store_trail import Change, TrailReads
from .store_upsert import ApplyResult, PlannedRow, UpsertPlanning
from .store_writes import RowWrites
from .users import OWNER, READER, Actor

CATALOGUE_FILE = LabFolder.CATALOGUE


def utc_now() -> str:
    """Now, as stored (``labnet.common.clock.stamp``); one name the writers share, so a test can fix the time."""
    return clock.stamp()


def default_username() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "unknown"


class Catalogue(StoreReads, TrailReads, UpsertPlanning, RowWrites):
    """One open catalogue: opening it, who is working, and writing one record.  Its reads
    (``store_reads``), change log and audit trail (``store_trail``), writes of many records
    (``store_upsert``), checks (``store_checks``) and rows' SQL (``store_writes``) are in their own modules."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path
        self._db: sqlite_utils.Database | None = None
        self.actor = Actor(default_username(), OWNER)
        self._hold: lock.Hold | None = None  # the shared lock that keeps a restore out while this is open

    # -- opening -------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, user: str | None = None, migrate: bool = True,
             reader: bool = False) -> Catalogue:
        """Open (creating or migrating as needed) the catalogue file at ``path``.

        ``path`` may be the data directory or the database file itself.  The
        caller vouches for ``user`` (the command line has checked the
        password); ``reader``: ``user`` only reads (see ``act_as``).
        """
        path = Path(path)
        if path.is_dir() or not path.suffix:
            path = path / CATALOGUE_FILE
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CatalogueError(Message("The folder {folder} cannot be created ({reason}). "
                                         "Choose another data folder with --data-dir.", folder=path.parent,
                                         reason=exc.strerror)) from None
        hold = lock.hold_shared(path)
        try:
            conn = database.connect(path)
        except BaseException:
            hold.release()
            raise
        try:
            if migrate:
                database.migrate(conn, path)
            elif not database.up_to_date(conn):
                raise CatalogueError(Message("{path} needs updating before it can be used; open it with LabNet "
                                             "once.", path=path))
            cat = cls(conn, path)
            with cat.transaction():
                conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('catalogue_id', ?)",
                             (str(uuid.uuid4()),))
            cat._hold = hold
            cat.act_as(user or default_username(), reader=reader)
        except BaseException:
            conn.close()
            hold.release()
            raise
        return cat

    def close(self) -> None:
        self.optimize()
        self.conn.close()
        if self._hold is not None:
            self._hold.release()

    def optimize(self) -> None:
        """Refresh the query planner's statistics where they are stale (SQLite
        re-analyses a table only when it has grown or shrunk tenfold, so this
        costs nothing most times; after a table grew tenfold it takes about a
        second per 150,000 rows, once, when the catalogue is closed).  Without
        them, or with sampled ones, a dense filter such as one drug type picks
        "index, then sort 200,000 rows" (100 ms) over a scan that stops after
        one page (3 ms)."""
        try:
            self.conn.execute("PRAGMA optimize")
        except sqlite3.Error:  # read-only media, a busy file: statistics can wait
            pass

    def __enter__(self) -> Catalogue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def db(self) -> sqlite_utils.Database:
        """The same connection seen through sqlite-utils, for schema introspection
        (tables, columns, indexes); writes go through the methods above."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @property
    def data_dir(self) -> Path:
        return self.path.parent

    @property
    def catalogue_id(self) -> str:
        return self.conn.execute("SELECT value FROM meta WHERE key = 'catalogue_id'").fetchone()[0]

    def transaction(self):
        return database.transaction(self.conn)

    # -- who is working -----------------------------------------------------------
    def act_as(self, username: str, *, reader: bool = False) -> Actor:
        """Attribute the following changes to ``username``, whose password the caller has checked
        (``accounts.authenticate``).  ``reader``: in a catalogue with accounts, ``username`` is
        whoever is logged in to the computer and may only read."""
        if not accounts.has_accounts(self.conn):
            self.actor = Actor(username, OWNER)
            return self.actor
        if reader:
            self.actor = Actor(username, READER)
            return self.actor
        row = self.conn.execute("SELECT id, username, role FROM users WHERE username = ? AND active = 1",
                                (username,)).fetchone()
        if row is None:
            raise PermissionDenied(accounts.accounts_deleted(self.conn) or Message(
                "There is no active account named “{user}” in this catalogue. Choose your account with --user "
                "NAME, or ask an administrator to create it.", user=username))
        tampered = account_digests.sign_in_problem(self.conn, row["id"])   # as accounts.authenticate
        if tampered is not None:
            raise PermissionDenied(tampered)
        self.actor = Actor(row["username"], row["role"])
        return self.actor

    def sign_in(self, username: str, password: str) -> Actor:
        return accounts.sign_in(self, username, password)

    def add_user(self, username: str, full_name: str, role: str, password: str | None = None) -> Record:
        return accounts.add_user(self, username, full_name, role, password)

    def users(self) -> list[Record]:
        rows = self.conn.execute("SELECT id, username, full_name, role, active, created_at FROM users"
                                 " ORDER BY username").fetchall()
        return [dict(r) for r in rows]

    # -- writing one record -----------------------------------------------------------
    def add(self, kind: str, values: Record) -> Record:
        rt = record_type(kind)
        self.actor.require("edit_records")
        clean = self._validated(rt, values)
        self._require_rights(rt, None, clean)
        now = utc_now()
        record = {"id": new_id(), "version": 1, "created_at": now, "created_by": self.actor.username,
                  "updated_at": now, "updated_by": self.actor.username, **clean}
        with self.transaction():
            if self.find(rt.kind, clean):
                raise ValidationError([Problem(rt.natural_key[0], clean[rt.natural_key[0]], Message(
                    "a {thing} with this {key} already exists", thing=rt.label.lower(), key=describe_key(rt, clean)))])
            rows = self._insert(rt, [record])
            items = [_change_item(rt, rows[0], "insert")]
            span = self._span(rt, self._log_changes(rt, items, now), items)
            audit.append(self.conn, [audit.AuditEvent(now, self.actor.username, "insert", rt.kind, record["id"],
                                                      {"version": 1, "record": clean, **span})])
        return record

    def update(self, kind: str, record_id: str, changes: Record, *, expected_version: int | None = None) -> Record:
        rt = record_type(kind)
        self.actor.require("edit_records")
        with self.transaction():
            current = self.get(rt.kind, record_id)
            self._check_version(rt, current, expected_version)
            merged = {name: current[name] for name in rt.field_names}
            merged.update(changes)
            clean = self._validated(rt, merged, given=changes)
            problems = transition_problems(rt, current, clean)
            if problems:
                raise ValidationError(problems)
            self._require_rights(rt, current, clean)
            diff = {n: [current[n], clean[n]] for n in rt.field_names if current[n] != clean[n]}
            if not diff:
                return current
            now = utc_now()
            updated = {**current, **clean, "version": current["version"] + 1,
                       "updated_at": now, "updated_by": self.actor.username}
            self._update(rt, [updated])
            items = [_change_item(rt, _stored_row(rt, updated), "update")]
            span = self._span(rt, self._log_changes(rt, items, now), items)
            audit.append(self.conn, [audit.AuditEvent(now, self.actor.username, "update", rt.kind, record_id,
                                                      {"version": updated["version"], "changes": diff, **span})])
        return updated

    def delete(self, kind: str, record_id: str, *, reason: str | None = None,
               expected_version: int | None = None) -> None:
        rt = record_type(kind)
        self.actor.require("edit_records")
        with self.transaction():
            current = self.get(rt.kind, record_id)
            self._check_version(rt, current, expected_version)
            if rt.custody and self.conn.execute(
                    "SELECT 1 FROM usage_log WHERE sample_id = ? LIMIT 1", (record_id,)).fetchone():
                raise CatalogueError(Message(
                    "Reference sample {code} has a usage history (its chain of custody) "
                    "and cannot be deleted. Set its status to “disposed” instead.", code=current["inventory_code"]))
            now, version = utc_now(), current["version"] + 1
            self.conn.execute(f"DELETE FROM {rt.table} WHERE id = ?", (record_id,))
            key = json.dumps({k: current[k] for k in rt.natural_key}, ensure_ascii=False, sort_keys=True)
            tombstone = (rt.kind, record_id, version, key, now, self.actor.username, reason)
            self.conn.execute(f"INSERT OR REPLACE INTO tombstones ({', '.join(digests.TOMBSTONE_COLUMNS)})"
                              " VALUES (?, ?, ?, ?, ?, ?, ?)", tombstone)
            items = [(record_id, version, "delete", digests.key_text(current[k] for k in rt.natural_key),
                      digests.tombstone_sha256(tombstone))]
            span = self._span(rt, self._log_changes(rt, items, now), items)
            snapshot = {n: current[n] for n in rt.field_names}
            audit.append(self.conn, [audit.AuditEvent(now, self.actor.username, "delete", rt.kind, record_id,
                                                      {"version": version, "reason": reason, "record": snapshot,
                                                       **span})])

    def duplicate(self, kind: str, record_id: str, overrides: Record) -> Record:
        """A new record copied from an existing one; ``overrides`` must give a new natural key."""
        rt = record_type(kind)
        source = self.get(rt.kind, record_id)
        return self.add(rt.kind, {**{n: source[n] for n in rt.field_names}, **overrides})

    # -- is it intact ----------------------------------------------------------------
    def verify(self, progress=None):
        """Is the catalogue intact: the audit chain, and every record, deletion, withdrawal, account and
        attached file as the trail last recorded it (``integrity.verify``, what ``labnet audit verify`` says)."""
        from . import integrity
        from .attachments import attachment_dir

        return integrity.verify(self.conn, attachment_dir(self), progress)


def new_id() -> str:
    """A UUID version 7 (RFC 9562): time-ordered, so new records append to the
    id index instead of landing at random places in it (much faster bulk imports)."""
    ms = time.time_ns() // 1_000_000
    rand = os.urandom(10).hex()  # 80 random bits; 74 are used
    variant = "89ab"[int(rand[3], 16) & 3]
    hexa = f"{ms & 0xFFFFFFFFFFFF:012x}7{rand[:3]}{variant}{rand[4:19]}"
    return f"{hexa[:8]}-{hexa[8:12]}-{hexa[12:16]}-{hexa[16:20]}-{hexa[20:]}"


# What other modules import from here; the helpers themselves live in the store_* modules.
__all__ = ["Catalogue", "Change", "Record", "RECORD_TYPES", "CATALOGUE_FILE", "utc_now", "new_id", "default_username",
           "from_row", "natural_key", "describe_key", "transition_problems", "PlannedRow", "ApplyResult"]
