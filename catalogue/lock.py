"""Who has the catalogue open: a lock file beside it.

Every process that opens a catalogue (the window, each command) holds a
*shared* lock on ``catalogue.db.lock`` for as long as it keeps it open; a
restore takes the *exclusive* lock, so it is refused while anyone else has the
catalogue open, and anyone opening it while a restore runs is told to wait.
Without this, a restore swapped the file under a window whose open connection
went on writing into the replaced file: its next change was lost.

The lock is SQLite's own file locking on an empty database (an open read
transaction holds SHARED, ``BEGIN EXCLUSIVE`` needs everyone else gone):
``fcntl`` on POSIX and ``LockFileEx`` on Windows, across processes and across
connections of one process, released by the operating system when a process
dies, and it needs nothing beyond the standard library.  The file itself
stays empty; nothing is ever written to it — and nothing else may open it: on
POSIX, closing any descriptor of a file drops every lock the process holds on
it (SQLite works around that only for its own connections), which is why the
backup carries only the files it names (``backup_archive``).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from .errors import CatalogueError, Message

# How long an opener waits for a restore to finish before saying so.
OPEN_WAIT_SECONDS = 5.0

_exclusive_here: dict[Path, int] = {}  # lock files this process holds exclusively (restore's own opens pass)
_guard = threading.Lock()


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


def _key(db_path: Path) -> Path:
    return lock_path(Path(db_path).absolute().resolve())


def _busy(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


class Hold:
    """A shared hold on one catalogue; ``release()`` when the catalogue is closed."""

    def __init__(self, conn: sqlite3.Connection | None):
        self._conn = conn

    def release(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def hold_shared(db_path: Path, wait: float | None = None) -> Hold:
    """The shared lock every open catalogue holds (nothing to take if this process is restoring it)."""
    wait = OPEN_WAIT_SECONDS if wait is None else wait
    key = _key(db_path)
    with _guard:
        if key in _exclusive_here:
            return Hold(None)
    try:
        conn = sqlite3.connect(str(key), isolation_level=None, timeout=wait, check_same_thread=False)
    except sqlite3.Error:
        # A folder where not even an empty file can be made (read-only media): no restore can
        # write there either, so there is nothing to guard against.
        return Hold(None)
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # takes SHARED, held until release
    except sqlite3.OperationalError as exc:
        conn.close()
        if _busy(exc):
            raise CatalogueError(Message("A backup is being restored into {folder}; open the catalogue again "
                                         "when the restore has finished.", folder=key.parent)) from None
        return Hold(None)
    except sqlite3.Error:
        conn.close()
        return Hold(None)
    return Hold(conn)


@contextlib.contextmanager
def exclusive(db_path: Path) -> Iterator[None]:
    """Hold the catalogue alone, or refuse at once if any process (this one included) has it open."""
    key = _key(db_path)
    key.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(key), isolation_level=None, timeout=0, check_same_thread=False)
    try:
        try:
            conn.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError as exc:
            if not _busy(exc):
                raise
            raise CatalogueError(Message(
                "The catalogue in {folder} is open in another LabNet program (the window, or a command such as "
                "an import or a sync). Close it, then run the restore again; nothing was changed.",
                folder=key.parent)) from None
        with _guard:
            _exclusive_here[key] = _exclusive_here.get(key, 0) + 1
        try:
            yield
        finally:
            with _guard:
                _exclusive_here[key] -= 1
                if not _exclusive_here[key]:
                    del _exclusive_here[key]
            conn.execute("ROLLBACK")
    finally:
        conn.close()

