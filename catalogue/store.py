"""The catalogue: the one way records are written and read.

Every write goes through ``Catalogue`` so that, in the same transaction, the
record is validated, its version counter moves, the change log gets a sequence
number (what sync reads), and the audit chain gets an entry naming who did it.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import operator
import os
import sqlite3
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils  # loaded by Catalogue.db when asked: ~0.5 s and numpy, which an import's reading process does not need

from labnet.common import clock
from labnet.common.labfolder import LabFolder

from . import account_digests, accounts, audit, change_notices, database, digests, lock, vocab
from .change_notices import ChangeMark
from .errors import (
    CatalogueError,
    ConflictError,
    Message,
    NotFound,
    PermissionDenied,
    Problem,
    ValidationError,
    message_of,
)
from .field_types import PEAK_TABLE
from .parsing import JSON_PEAKS_ENCODE
from .records import RECORD_TYPES, SYSTEM_FIELDS, RecordType, record_type
from .upsert_write import UpsertWriter
from .upsert_write import row_encoder as _row_encoder  # the import's reading process needs it without this module
from .users import OWNER, READER, Actor

Record = dict[str, Any]

CATALOGUE_FILE = LabFolder.CATALOGUE


def _spaced_peaks(rt: RecordType) -> Any:
    """``(stored, values)`` -> whether the stored row is ``values`` with each peak table in the form written
    before tables were stored canonical (``PeakTable.to_sql``): a re-import of the same values into a catalogue
    written before is "unchanged", as it was then, not an update of every record with peaks."""
    at = [(i, f.name) for i, f in enumerate(rt.fields) if f.type is PEAK_TABLE]
    if not at:
        return lambda stored, values: False
    encode = _row_encoder(rt, rt.field_names)

    def spaced(stored: tuple, values: Record) -> bool:
        if not any(type(stored[i]) is str and '": ' in stored[i] for i, _ in at):
            return False
        made = list(encode(values))
        for i, name in at:
            if values.get(name) is not None:
                made[i] = JSON_PEAKS_ENCODE(values[name])
        return tuple(made) == stored
    return spaced


def utc_now() -> str:
    """Now, as stored (``labnet.common.clock.stamp``); one name the writers share, so a test can fix the time."""
    return clock.stamp()


def default_username() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "unknown"


@dataclass(frozen=True)
class Change:
    seq: int
    kind: str
    record_id: str
    version: int
    op: str
    at: str
    user: str


@dataclass
class PlannedRow:
    """What importing one clean row would do."""

    values: Record
    action: str = "insert"           # insert, update, unchanged
    existing: Record | None = None
    problems: list[Problem] = field(default_factory=list)


@dataclass
class ApplyResult:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    first_seq: int | None = None
    last_seq: int | None = None


class Catalogue:
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

    # -- reading ---------------------------------------------------------------
    def get(self, kind: str, record_id: str) -> Record:
        rt = record_type(kind)
        row = self.conn.execute(f"SELECT * FROM {rt.table} WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise NotFound(Message("No {thing} with id {id} exists (it may have been deleted).",
                                   thing=rt.label.lower(), id=record_id))
        return from_row(rt, row)

    def find(self, kind: str, key: dict[str, Any]) -> Record | None:
        """The record with this natural key (e.g. {"inventory_code": "RS-001"}), if any."""
        rt = record_type(kind)
        where = " AND ".join(f"{k} = ?" for k in rt.natural_key)
        row = self.conn.execute(f"SELECT * FROM {rt.table} WHERE {where}",
                                [key[k] for k in rt.natural_key]).fetchone()
        return from_row(rt, row) if row else None

    def count(self, kind: str) -> int:
        return self.conn.execute(f"SELECT count(*) FROM {record_type(kind).table}").fetchone()[0]

    def iter_records(self, kind: str, batch: int = 2000) -> Iterator[Record]:
        rt = record_type(kind)
        last = 0
        while True:
            rows = self.conn.execute(f"SELECT * FROM {rt.table} WHERE pk > ? ORDER BY pk LIMIT ?",
                                     (last, batch)).fetchall()
            if not rows:
                return
            for row in rows:
                yield from_row(rt, row)
            last = rows[-1]["pk"]

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

    # -- writing many (import) --------------------------------------------------------
    def plan_upsert(self, kind: str, rows: Sequence[Record], stored: Sequence[tuple] | None = None) -> list[PlannedRow]:
        """Say, for each clean row, whether it would insert, update or change nothing.

        Rows are matched to stored records by natural key.  Problems found here
        are those that depend on what is stored: forbidden status changes and
        missing rights.  ``stored``: each row's values in SQL form (``_row_encoder``
        of the fields), when the caller has made them.
        """
        rt = record_type(kind)
        plans = [PlannedRow(values=row) for row in rows]
        # Compare in stored form: decoding every stored row would cost more
        # than the whole comparison (a re-import is mostly "unchanged").
        encode = _row_encoder(rt, rt.field_names)
        stored_values = operator.itemgetter(*rt.field_names)
        spaced = _spaced_peaks(rt)
        for start in range(0, len(plans), 400):
            chunk = plans[start:start + 400]
            existing = self._by_natural_key(rt, [p.values for p in chunk])
            for i, plan in enumerate(chunk, start):
                row = existing.get(natural_key(rt, plan.values))
                if row is None:
                    plan.action = "insert"
                    self._plan_rights(rt, plan)
                    continue
                was = stored_values(row)
                if was == (encode(plan.values) if stored is None else stored[i]) or spaced(was, plan.values):
                    plan.action = "unchanged"
                else:
                    plan.action, plan.existing = "update", from_row(rt, row)
                    plan.problems.extend(transition_problems(rt, plan.existing, plan.values))
                if plan.action == "update":
                    self._plan_rights(rt, plan)
        return plans

    @contextlib.contextmanager
    def _large_cache(self, rows: int) -> Iterator[None]:
        """A bigger page cache for a bulk write: with the default 2 MiB, SQLite
        spills the table's and indexes' dirty pages to disk mid-transaction
        (about a third of a 100,000-row import's time here)."""
        if rows < 10_000:
            yield
            return
        before = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute("PRAGMA cache_size = -262144")  # 256 MiB at most, only as used
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = {int(before)}")

    def _plan_rights(self, rt: RecordType, plan: PlannedRow) -> None:
        try:
            self._require_rights(rt, plan.existing, plan.values)
        except PermissionDenied as exc:
            plan.problems.append(Problem("", None, message_of(exc)))

    def apply_upsert(self, kind: str, plans: Iterable[PlannedRow], *, source: dict | None = None) -> ApplyResult:
        """Write planned rows in one transaction (all or nothing); ``upsert_writer`` writes them a chunk
        at a time."""
        plans = list(plans)
        with self.upsert_writer(kind, source=source, expected_rows=len(plans)) as writer:
            writer.write(plans)
        return writer.result

    def upsert_writer(self, kind: str, *, source: dict | None = None, expected_rows: int = 0) -> UpsertWriter:
        """A writer of planned rows chunk by chunk in one transaction (``labnet.catalogue.upsert_write``)."""
        return UpsertWriter(self, record_type(kind), source=source, expected_rows=expected_rows)

    # -- change log and audit ------------------------------------------------------
    def changes_since(self, seq: int = 0, limit: int | None = None) -> list[Change]:
        sql = "SELECT seq, kind, record_id, version, op, at, user FROM changes WHERE seq > ? ORDER BY seq"
        params: list[Any] = [seq]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [Change(*row) for row in self.conn.execute(sql, params)]

    def last_change_seq(self) -> int:
        row = self.conn.execute("SELECT max(seq) FROM changes").fetchone()
        return row[0] or 0

    def last_change(self) -> ChangeMark:
        """Where the catalogue's writes stand, for views that refresh on change (``labnet.catalogue.change_notices``)."""
        return change_notices.last_change(self.conn)

    def changed_kinds(self, since: ChangeMark, now: ChangeMark) -> frozenset[str]:
        """The record kinds and areas written between two marks read on this connection."""
        return change_notices.kinds_between(self.conn, since, now)

    def tombstones(self, kind: str | None = None) -> list[Record]:
        sql, params = "SELECT * FROM tombstones", []
        if kind:
            sql, params = sql + " WHERE kind = ?", [record_type(kind).kind]
        return [dict(r) for r in self.conn.execute(sql + " ORDER BY deleted_at", params)]

    def verify(self, progress=None):
        """Is the catalogue intact: the audit chain, and every record, deletion, withdrawal, account and
        attached file as the trail last recorded it (``integrity.verify``, what ``labnet audit verify`` says)."""
        from . import integrity
        from .attachments import attachment_dir

        return integrity.verify(self.conn, attachment_dir(self), progress)

    def verify_chain(self) -> audit.AuditReport:
        """The audit chain alone: no entry altered, removed or added.  Says nothing of the records or the
        accounts; to know whether the catalogue is intact, use ``verify``."""
        return audit.verify(self.conn)

    def audit_entries(self, kind: str | None = None, record_id: str | None = None) -> list[Record]:
        sql = "SELECT * FROM audit_log WHERE 1 = 1"
        params: list[Any] = []
        if kind:
            sql, params = sql + " AND kind = ?", params + [kind]
        if record_id:
            sql, params = sql + " AND record_id = ?", params + [record_id]
        return [{**dict(r), "detail": json.loads(r["detail"])} for r in self.conn.execute(sql + " ORDER BY seq", params)]

    # -- internals -----------------------------------------------------------------
    def _validated(self, rt: RecordType, values: Record, given: Record | None = None) -> Record:
        unknown = sorted(set(given if given is not None else values) - set(rt.field_names))
        if unknown:
            raise ValidationError([Problem(n, (given or values)[n], Message("“{name}” is not a field of a {thing}",
                                                                            name=n, thing=rt.label.lower()))
                                   for n in unknown])
        clean, problems = rt.validate(values)
        if problems:
            raise ValidationError(problems)
        return clean

    def _require_rights(self, rt: RecordType, current: Record | None, new: Record) -> None:
        if rt.custody and new.get("status") == "disposed" and (
                current is not None and current.get("status") != "disposed"):
            self.actor.require("dispose_standard")
        if rt.authorises:
            authorising = new.get("activity_type") == "authorisation" or new.get("authorised_by")
            changed = current is None or any(current.get(n) != new.get(n) for n in rt.field_names)
            if authorising and changed:
                self.actor.require("authorise_training")

    def _check_version(self, rt: RecordType, current: Record, expected: int | None) -> None:
        if expected is not None and current["version"] != expected:
            raise ConflictError(Message(
                "This {thing} was changed by {user} at {time} "
                "after you opened it. Reopen it to see that change, then make yours again.",
                thing=rt.label.lower(), user=current["updated_by"], time=current["updated_at"]))

    def _by_natural_key(self, rt: RecordType, rows: Sequence[Record]) -> dict[tuple, sqlite3.Row]:
        keys = list({natural_key(rt, r) for r in rows})
        if not keys:
            return {}
        if len(rt.natural_key) == 1:
            where = f"{rt.natural_key[0]} IN ({', '.join('?' * len(keys))})"
        else:
            # OR of ANDs: SQLite answers each term from the natural-key index
            # (a row-value IN (VALUES …) would scan the table).
            term = "(" + " AND ".join(f"{k} = ?" for k in rt.natural_key) + ")"
            where = " OR ".join([term] * len(keys))
        found = self.conn.execute(f"SELECT * FROM {rt.table} WHERE {where}", [v for k in keys for v in k]).fetchall()
        return {tuple(r[k] for k in rt.natural_key): r for r in found}

    def _insert(self, rt: RecordType, records: list[Record]) -> list[tuple]:
        rows = list(map(_row_encoder(rt, (*SYSTEM_FIELDS, *rt.field_names)), records))
        self._insert_rows(rt, rows)
        return rows

    def _insert_rows(self, rt: RecordType, rows: list[tuple]) -> None:
        """Insert rows already in SQL form, in the order SYSTEM_FIELDS + fields."""
        if not rows:
            return
        cols = (*SYSTEM_FIELDS, *rt.field_names)
        first_pk = self.conn.execute(f"SELECT coalesce(max(pk), 0) FROM {rt.table}").fetchone()[0]
        self.conn.executemany(f"INSERT INTO {rt.table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                              rows)
        # Index the new rows for search in one statement (see migrations.SEARCH).
        search = ", ".join(rt.search_fields)
        self.conn.execute(f"INSERT INTO {rt.table}_fts (rowid, {search}) SELECT pk, {search} FROM {rt.table}"
                          " WHERE pk > ?", (first_pk,))

    def _update(self, rt: RecordType, records: list[Record]) -> None:
        if not records:
            return
        cols = (*SYSTEM_FIELDS[1:], *rt.field_names, "id")
        sql = f"UPDATE {rt.table} SET {', '.join(f'{c} = ?' for c in cols[:-1])} WHERE id = ?"
        self.conn.executemany(sql, map(_row_encoder(rt, cols), records))

    def _log_changes(self, rt: RecordType, items: list[tuple[str, int, str, str, str]], now: str) -> int | None:
        """Append ``items`` (id, version, op, natural key, digest) to the change log; returns the first
        sequence number (the others follow it)."""
        if not items:
            return None
        # AUTOINCREMENT numbers from the larger of the table's and the counter's highest.
        before = self.conn.execute("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'changes'),"
                                   " 0), coalesce((SELECT max(seq) FROM changes), 0))").fetchone()[0]
        user = self.actor.username
        self.conn.executemany("INSERT INTO changes (kind, record_id, version, op, at, user, natural_key, sha256)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                              ((rt.kind, rid, version, op, now, user, key, sha) for rid, version, op, key, sha in items))
        last = self.conn.execute("SELECT max(seq) FROM changes").fetchone()[0]
        if last - before != len(items):
            raise RuntimeError("the change log did not number the rows consecutively")  # internal: cannot happen
        return before + 1

    @staticmethod
    def _span(rt: RecordType, first: int | None, items: list[tuple[str, int, str, str, str]]) -> dict[str, Any]:
        """What an audit entry holds of the change-log rows it wrote: their range and digest, and for
        one record its digest itself (for a person reading the trail; the range's digest covers it)."""
        if first is None:
            raise RuntimeError("no change-log rows to describe")  # internal: a record's write logs its row
        rows = ((first + i, rt.kind, *item) for i, item in enumerate(items))
        span = {"change_log": [first, first + len(items) - 1], "change_log_sha256": digests.change_log_sha256(rows)}
        if len(items) == 1:
            span["record_sha256"] = items[0][4]
        return span


def _stored_row(rt: RecordType, record: Record) -> tuple:
    """A record in SQL form, SYSTEM_FIELDS then the fields (the order its digest covers)."""
    return _row_encoder(rt, (*SYSTEM_FIELDS, *rt.field_names))(record)


def _change_item(rt: RecordType, row: Sequence, op: str) -> tuple[str, int, str, str, str]:
    """(id, version, op, natural key, digest) of a row in SQL form, for the change log."""
    return (row[0], row[1], op, *digests.digester(rt)(row))


def new_id() -> str:
    """A UUID version 7 (RFC 9562): time-ordered, so new records append to the
    id index instead of landing at random places in it (much faster bulk imports)."""
    ms = time.time_ns() // 1_000_000
    rand = os.urandom(10).hex()  # 80 random bits; 74 are used
    variant = "89ab"[int(rand[3], 16) & 3]
    hexa = f"{ms & 0xFFFFFFFFFFFF:012x}7{rand[:3]}{variant}{rand[4:19]}"
    return f"{hexa[:8]}-{hexa[8:12]}-{hexa[12:16]}-{hexa[16:20]}-{hexa[20:]}"


def from_row(rt: RecordType, row: sqlite3.Row) -> Record:
    out = dict(zip(row.keys(), row))
    out.pop("pk", None)
    for name, convert in _decoders(rt):
        if name in out:
            out[name] = convert(out[name])
    return out


def _decoders(rt: RecordType) -> list:
    """The fields whose stored form differs from their value (JSON, booleans)."""
    cached = rt.__dict__.get("_decoders")
    if cached is None:
        cached = [(f.name, f.from_sql) for f in rt.fields if f.type.converts]
        object.__setattr__(rt, "_decoders", cached)
    return cached


def natural_key(rt: RecordType, record: Record) -> tuple:
    return tuple(record.get(k) for k in rt.natural_key)


def describe_key(rt: RecordType, record: Record) -> str:
    return ", ".join(f"{rt.field(k).label.lower()} {record.get(k)}" for k in rt.natural_key)


def transition_problems(rt: RecordType, current: Record, new: Record) -> list[Problem]:
    if not rt.custody:  # status transitions of a stock (a standard)
        return []
    old_status, new_status = current.get("status"), new.get("status")
    if old_status == new_status or new_status is None:
        return []
    if old_status is None:
        raise RuntimeError("a stored standard without a status")  # internal: the status is required
    if new_status not in vocab.SAMPLE_TRANSITIONS.get(old_status, set()):
        allowed = ", ".join(vocab.SAMPLE_STATUSES[s].lower() for s in sorted(vocab.SAMPLE_TRANSITIONS[old_status])) or "nothing"
        return [Problem("status", new_status, Message(
            "a standard that is {now} cannot become {new} (it can become: {allowed})",
            now=vocab.SAMPLE_STATUSES[old_status].lower(), new=vocab.SAMPLE_STATUSES[new_status].lower(),
            allowed=allowed))]
    return []


__all__ = ["Catalogue", "Change", "Record", "RECORD_TYPES", "CATALOGUE_FILE", "utc_now"]
