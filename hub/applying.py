"""The apply's per-record decisions, and the first part of a large bundle written while the rest is checked.

``decide`` turns checked entries into each record's result (accepted, duplicate, outdated, rejected) and the
rows to upsert.  ``EarlyWrite``: on two cores (hub/payload_check.py) the second process checks the later
entries while this one checks the first; as soon as the first are checked, their records are written here
inside the ingest's one transaction, not yet committed, so the write overlaps the other process's check
instead of following it.  The transaction commits only with the rest of the bundle, its receipt and its
row; anything else (a finding anywhere in the payload, a retired hub key, the wrong uploader, an error)
rolls it back before the file is refused or rejected the usual way, so nothing of it lands.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from labnet.protocol import canonical
from labnet.protocol.receipt import RecordResult

from . import payload_check
from .store import HubStore
from .store_received import RecordWrites

Row = tuple[Any, ...]
T = TypeVar("T")


def begun(work: Callable[[], T], threaded: bool) -> concurrent.futures.Future[T]:
    """``work``'s answer (or its exception) to come: begun on a thread of its own when ``threaded``, else done
    now.  For the receipt of a bundle whose records PostgreSQL writes: the hub process mostly waits for the
    server then, and the signing (~0.07 CPU s for 18,022 records) fits in that wait."""
    future: concurrent.futures.Future[T] = concurrent.futures.Future()

    def run() -> None:
        try:
            future.set_result(work())
        except BaseException as exc:   # given to whoever asks for the answer
            future.set_exception(exc)

    if threaded:
        threading.Thread(target=run, name="hub-receipt", daemon=True).start()
    else:
        run()
    return future


def decide(store: HubStore, header: Any, heads: Sequence[payload_check.Head], lines: Sequence[bytes | None],
           entries: Sequence[dict[str, Any]], rejected: dict[int, str], now: str, first: int = 0
           ) -> tuple[list[RecordResult], RecordWrites]:
    """Each entry's result and the rows to write, for the entries from index ``first`` on (``heads`` and
    ``lines`` start there; ``entries`` and ``rejected`` are the whole payload's).  A line None: the record is
    written again from its entry (read only then: the second process's entries are parsed when read)."""
    ids_by_kind: dict[str, list[str]] = {}
    for head in heads:
        ids_by_kind.setdefault(head[0], []).append(head[1])
    stored: dict[tuple[str, str], tuple[int, int]] = {}
    for kind, ids in ids_by_kind.items():
        stored.update(store.received.held_versions(header.lab_id, kind, ids))
    results: list[RecordResult] = []
    writes = RecordWrites()   # with the keys of those that replace a held record: the others are copied in
    lab_id, bundle_id = header.lab_id, header.bundle_id
    for index, ((kind, record_id, op, seq, version), line) in enumerate(zip(heads, lines), start=first):
        if index in rejected:   # breaks a record rule of the catalogue: that record alone is not applied
            results.append(RecordResult(kind, record_id, version, "rejected", rejected[index]))
            continue
        have = stored.get((kind, record_id))
        if have is not None and have >= (version, seq):
            # The lab's decisions about a record are ordered by (version, seq): a policy change withdraws or
            # re-sends a version under a higher seq; anything not above what is held changes nothing.
            if have == (version, seq):
                results.append(RecordResult(kind, record_id, version, "duplicate"))
            else:   # docs/bundle-format.md §10: not "duplicate", which says that very decision is held
                results.append(RecordResult(kind, record_id, version, "outdated", (
                    f"version {have[0]} is already here; version {version} is older" if have[0] > version else
                    f"a later decision about version {version} is already here")))
            continue
        deleted = op == "delete"
        if deleted:
            body = None
        elif line is not None:
            # The line is the canonical JSON of its entry (checked byte for byte), keys in the order id, kind,
            # op, record, seq, version: the record is the text between the first ',"record":' (the id and
            # kind before it are checked forms) and the last ',"seq":' (only two numbers follow). Cut here,
            # not by SQLite's json_extract: a fifth of the apply's writing time.
            body = line[line.index(b',"record":') + 10:line.rindex(b',"seq":')].decode("utf-8")
        else:
            body = canonical.dumps(entries[index]["record"]).decode("utf-8")
        writes.append((lab_id, kind, record_id, version, seq, int(deleted), bundle_id, now, body))
        if have is not None:
            writes.replacing.add((lab_id, kind, record_id))
        results.append(RecordResult(kind, record_id, version, "accepted"))
    return results, writes


class _Abandoned(Exception):
    """Thrown into the held transaction to roll it back."""


class EarlyWrite:
    """The first part of a payload checked on two cores, written in a transaction held open until
    ``commit`` (with the rest) or ``abandon`` (rolled back; idempotent, and a no-op if nothing was written)."""

    def __init__(self, store: HubStore, now: str):
        self.store = store
        self.now = now
        self._stack: contextlib.ExitStack | None = None
        self.conn: Any = None
        self.entries: Sequence[dict[str, Any]] | None = None   # the first part, as checked
        self.results: list[RecordResult] = []

    def write_first(self, header: Any, entries: Sequence[dict[str, Any]], lines: list[bytes],
                    rejected: dict[int, str]) -> None:
        """payload_check.check's ``meanwhile``: the first part is checked, the second process still at work."""
        stack = contextlib.ExitStack()
        self.conn = stack.enter_context(self.store.transaction())
        self._stack = stack
        self.results, writes = decide(self.store, header, payload_check.heads(entries), lines, entries, rejected,
                                      self.now)
        self.store.received.upsert_records(self.conn, writes)
        self.entries = entries

    def holds(self, entries: Sequence[dict[str, Any]]) -> int:
        """How many of ``entries`` (the whole payload, as opened) are written here: the first part's count when
        they begin with the very part written, else 0."""
        if self._stack is None or self.entries is None or not isinstance(entries, payload_check.Entries) \
                or entries.first is not self.entries:
            return 0
        return len(self.entries)

    def commit(self) -> None:
        stack, self._stack = self._stack, None
        if stack is not None:
            stack.close()

    def abandon(self) -> None:
        stack, self._stack = self._stack, None
        self.entries, self.results = None, []
        if stack is not None:
            stack.__exit__(_Abandoned, _Abandoned(), None)   # the transaction rolls back and lets it through
