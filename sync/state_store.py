"""The sync state's tables (``labnet.sync.schema``, sync 4): what the laboratory knows of its hub and the hub's
bulletins it kept, in the catalogue file, so that one backup carries them with the outbox they must agree with.

``opened`` gives the store of a data folder's catalogue for one read or one write (a connection of its own,
holding the shared lock every open catalogue holds, so a restore waits; an older catalogue is brought up to
date first, which imports the files the tables replace).  The SQL of these tables is here and nowhere else.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from labnet.catalogue import database, lock
from labnet.common.labfolder import LabFolder

READ_KEY = "bulletins_read"   # the bulletins marked read in the Network view (kept beside the facts)


class SyncStateStore:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def state(self) -> dict[str, Any]:
        """The facts as ``network.json`` held them (a dict; {} before enrolment)."""
        return {key: json.loads(value) for key, value in self.conn.execute("SELECT key, value FROM sync_state")}

    def save(self, state: dict[str, Any]) -> None:
        """Replace the facts with ``state`` (one transaction: never half of them).  Which bulletins were read is
        not one of them: a sync that loaded the state before a notice was marked read must not unmark it."""
        rows = [(str(key), json.dumps(value, sort_keys=True)) for key, value in state.items() if key != READ_KEY]
        with database.transaction(self.conn):
            self.conn.execute("DELETE FROM sync_state WHERE key != ?", (READ_KEY,))
            self.conn.executemany("INSERT INTO sync_state (key, value) VALUES (?, ?)", rows)

    def read_bulletins(self) -> set[int]:
        """The sequence numbers of the bulletins someone marked read."""
        row = self.conn.execute("SELECT value FROM sync_state WHERE key = ?", (READ_KEY,)).fetchone()
        return set(json.loads(row[0])) if row else set()

    def mark_read(self, seqs: set[int], read: bool = True) -> None:
        """Mark the bulletins ``seqs`` read (or unread again), in one transaction."""
        with database.transaction(self.conn):
            now = self.read_bulletins()
            now = now | set(seqs) if read else now - set(seqs)
            self.conn.execute("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)",
                              (READ_KEY, json.dumps(sorted(now))))

    def bulletins(self) -> list[bytes]:
        """Each kept bulletin as received (a signed JSON line), in the order kept."""
        return [bytes(row[0]) for row in self.conn.execute("SELECT bulletin FROM sync_bulletins ORDER BY n")]

    def add_bulletins(self, lines: list[bytes]) -> None:
        with database.transaction(self.conn):
            self.conn.executemany("INSERT INTO sync_bulletins (bulletin) VALUES (?)", [(line,) for line in lines])


@contextlib.contextmanager
def opened(data_dir: Path, *, create: bool = False) -> Iterator[SyncStateStore | None]:
    """The store of ``data_dir``'s catalogue; None when there is no catalogue, nor files of the state from before
    sync 4, and ``create`` is False (nothing was ever kept there).  Otherwise a missing catalogue is made, as
    opening it in LabNet would (which imports those files)."""
    folder = LabFolder(data_dir)
    path = folder.catalogue
    if not path.exists():
        if not create and not folder.network.is_file() and not folder.bulletins.is_file():
            yield None
            return
        from labnet.catalogue.store import Catalogue

        Catalogue.open(path).close()
    hold = lock.hold_shared(path)
    try:
        conn = database.connect(path)
        try:
            if not database.up_to_date(conn):
                database.migrate(conn, path)
            yield SyncStateStore(conn)
        finally:
            conn.close()
    finally:
        hold.release()
