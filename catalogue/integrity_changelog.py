"""The change-log pass of ``labnet.catalogue.integrity.verify``, and a second process for large catalogues.

``check`` proves that every change-log row with a digest is exactly one an audit entry vouches
for (none added, altered or removed).  On a large catalogue it runs in another process
(``Helper``) beside the records pass, and that process then checks the last 40 % (by id) of the
largest table (``integrity_records.check``): two cores nearly halve a million-record check.  Both passes must read the same state: ``Helper.share``
holds SQLite's write lock (``BEGIN IMMEDIATE`` on a third connection) while the caller's read
transaction and the helper's take their snapshot, so no commit can fall between the two.
Whatever goes wrong with the helper (no file, the lock busy, the process failing) the caller
runs ``check`` itself in its own transaction: the answer never depends on the helper.

Run as ``python -m labnet.catalogue.integrity_changelog DB``: a line "ready", then on "go" it begins its
read transaction and says "begun", reads the change log, then on "records KIND HEX-ID" (or
"none") the records from that id on; "p N" lines (rows done) as it goes, one "r " line at the end.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import os
import pickle
import queue
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

from . import audit, integrity_records
from .digests import named, table_columns
from .errors import Message
from .records import RECORD_TYPES

PARALLEL_FROM = 200_000   # change-log rows from which a second process pays for its start (~0.3 s)
_WAIT_S = 60               # for the helper's start and its snapshot; past it the caller does the pass
_EVERY = 8192              # rows between two progress lines of the helper


def check(conn: sqlite3.Connection, progress: Callable[[int], None]) -> tuple[int, list[Message]]:
    """(change-log rows vouched for, problems): every change-log row with a digest belongs to exactly
    the range an audit entry vouches for.  ``progress(n)`` is told of each n rows read."""
    problems: list[Message] = []
    entries = conn.execute(
        "SELECT seq, json_extract(detail, '$.change_log[0]'), json_extract(detail, '$.change_log[1]'),"
        " json_extract(detail, '$.change_log_sha256') FROM audit_log"
        " WHERE json_extract(detail, '$.change_log_sha256') IS NOT NULL ORDER BY seq").fetchall()
    cursor = conn.cursor()
    cursor.row_factory = None
    cursor.execute("SELECT seq, kind, record_id, version, op, natural_key, sha256 FROM changes"
                   " WHERE sha256 IS NOT NULL ORDER BY seq")

    def added(row: Sequence) -> None:
        rt = RECORD_TYPES.get(row[1])
        problems.append(Message(
            "change-log row {seq} ({op} of {thing}) was added outside LabNet: no audit entry vouches for it",
            seq=row[0], op=row[4], thing=named(rt, row[2], row[5]) if rt else row[2]))

    text, starmap, vouched = audit.change_text, itertools.starmap, 0
    batch, at = cursor.fetchmany(5000), 0   # rows of the change log not yet accounted for: batch[at:]
    for entry, first, last, wanted in entries:
        h, n = hashlib.sha256(), 0
        while batch:
            if at == len(batch):
                batch, at = cursor.fetchmany(5000), 0
                continue
            seq = batch[at][0]
            if seq < first:
                added(batch[at])
                at += 1
                continue
            if seq > last:
                break
            # The rows of this batch inside the range, all at once (seqs ascend).
            end = at
            if batch[-1][0] <= last:
                end = len(batch)
            else:
                while batch[end][0] <= last:
                    end += 1
            h.update("".join(starmap(text, batch[at:end])).encode("ascii"))
            n += end - at
            progress(end - at)
            at = end
        if n != last - first + 1 or h.hexdigest() != wanted:
            problems.append(Message(
                "the change-log rows {first} to {last}, written with audit entry {entry}, were altered or "
                "removed outside LabNet", first=first, last=last, entry=entry))
        else:
            vouched += n
    while batch:
        for row in batch[at:]:
            added(row)
            progress(1)
        batch, at = cursor.fetchmany(5000), 0
    return vouched, problems


# -- the second process ----------------------------------------------------------------------
def _database_file(conn: sqlite3.Connection) -> Path | None:
    for _, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file) if file else None   # "" for an in-memory or temporary database
    return None


class Helper:
    """``check`` in another process, reading the caller's snapshot.  ``start`` it before the caller's
    transaction begins, ``share`` that transaction's snapshot with it, then ask for its ``result``."""

    def __init__(self, path: Path, proc: subprocess.Popen):
        self.path, self.proc = path, proc
        if proc.stdin is None or proc.stdout is None:
            raise RuntimeError("the helper is started with pipes")  # internal: see start()
        self.stdin: IO[bytes] = proc.stdin
        self.stdout: IO[bytes] = proc.stdout
        self.done = 0                       # rows the helper reports done (updated by the reader thread)
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    @classmethod
    def start(cls, conn: sqlite3.Connection) -> Helper | None:
        """A helper for this connection's catalogue, or None where one does not pay or cannot run."""
        path = _database_file(conn)
        if path is None or getattr(sys, "frozen", False) or not sys.executable:
            return None
        try:
            if (conn.execute("SELECT max(seq) FROM changes").fetchone()[0] or 0) < PARALLEL_FROM:
                return None
        except sqlite3.Error:   # not a LabNet catalogue: the pass here says so
            return None
        package_root = str(Path(__file__).resolve().parent.parent)   # this very code, whatever the cwd
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [package_root,
                                                                        os.environ.get("PYTHONPATH")])))
        try:
            proc = subprocess.Popen([sys.executable, "-m", "labnet.catalogue.integrity_changelog", str(path)],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                    env=env)
        except OSError:
            return None
        return cls(path, proc)

    def _read(self) -> None:
        for line in self.stdout:
            if line.startswith(b"p "):
                self.done += int(line[2:])
            else:
                self.lines.put(line.rstrip(b"\n"))
        self.lines.put(b"")   # the helper ended

    def _next(self) -> bytes:
        try:
            return self.lines.get(timeout=_WAIT_S)
        except queue.Empty:
            return b""

    def share(self, conn: sqlite3.Connection) -> bool:
        """Make the caller's read transaction (begun, nothing read yet) and the helper's read the same
        state: no other connection can commit while the write lock is held, and each transaction's
        snapshot is fixed by its first read.  False (the helper stopped) if that cannot be done."""
        if self._next() != b"ready":
            self.stop()
            return False
        lock = None
        try:
            lock = sqlite3.connect(str(self.path), timeout=2, isolation_level=None)
            lock.execute("BEGIN IMMEDIATE")   # waits for a writer to finish, then keeps the others out
        except sqlite3.Error:                 # busy for long, or a read-only file: no second process
            if lock is not None:
                lock.close()
            self.stop()
            return False
        try:
            conn.execute("SELECT seq FROM audit_log LIMIT 1").fetchall()   # the caller's snapshot, now
            self.stdin.write(b"go\n")
            self.stdin.flush()
            if self._next() != b"begun":          # the helper's snapshot, now: the same state
                self.stop()
                return False
            return True
        except OSError:
            self.stop()
            return False
        finally:
            lock.close()                          # ends its transaction: writers may go on

    def share_records(self, conn: sqlite3.Connection, counts: dict[str, int]) -> tuple[str, str] | None:
        """Give the helper the last ids of the largest table, when it is large, as (kind, first id it
        checks); the caller checks the ids before.  The helper also reads the change log, which costs
        about half what the records of the same number of rows do: it gets 40 % of the table."""
        kind = max(counts, key=lambda k: counts[k])
        rt = RECORD_TYPES[kind]
        first = None
        # Not a table with certificates: the records pass also collects which files the records name.
        if counts[kind] >= PARALLEL_FROM and "certificate" not in table_columns(conn, rt.table):
            row = conn.execute(f"SELECT id FROM {rt.table} ORDER BY id LIMIT 1 OFFSET ?",
                               (counts[kind] * 3 // 5,)).fetchone()
            first = row[0] if row is not None else None
        try:
            self.stdin.write(b"none\n" if first is None else
                                  b"records %s %s\n" % (kind.encode("ascii"), first.encode("utf-8").hex().encode()))
            self.stdin.flush()
        except OSError:   # the helper ended: result() says so, and the caller does its work
            return None
        return None if first is None else (kind, first)

    def result(self, wait: Callable[[], None]) -> tuple[int, list[Message], int, list[Message]] | None:
        """The helper's (change-log rows vouched for, their problems, records compared, their problems),
        calling ``wait`` about every 0.2 s until it ends; None if it failed."""
        while True:
            try:
                line = self.lines.get(timeout=0.2)
                break
            except queue.Empty:
                wait()
        self.stop()
        if not line.startswith(b"r "):
            return None
        return pickle.loads(base64.b64decode(line[2:]))   # from the process started here, not from outside

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for stream in (self.stdin, self.stdout):
            try:
                stream.close()
            except OSError:
                pass


def _main(path: str) -> None:
    out = sys.stdout.buffer
    # Read-only: this process never writes (a URI from the path, as SQLite reads it on every system).
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    out.write(b"ready\n")
    out.flush()
    if sys.stdin.buffer.readline() != b"go\n":
        return
    conn.execute("BEGIN")
    conn.execute("SELECT seq FROM audit_log LIMIT 1").fetchall()   # the snapshot, while the caller holds the lock
    out.write(b"begun\n")
    out.flush()
    pending = [0]

    def progress(n: int) -> None:
        pending[0] += n
        if pending[0] >= _EVERY:
            out.write(b"p %d\n" % pending[0])
            out.flush()
            pending[0] = 0

    vouched, found = check(conn, progress)
    command = sys.stdin.buffer.readline().split()
    records = 0
    rest: list[Message] = []
    if command[:1] == [b"records"]:
        records = integrity_records.check(conn, RECORD_TYPES[command[1].decode()], rest, progress, {},
                                          (bytes.fromhex(command[2].decode()).decode("utf-8"), None))
    out.write(b"p %d\nr %s\n" % (pending[0], base64.b64encode(pickle.dumps((vouched, found, records, rest)))))
    out.flush()


if __name__ == "__main__":
    _main(sys.argv[1])
