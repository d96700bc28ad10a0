"""Change notices: has the catalogue been written since a view last read it, and what was written.

A view (the desktop's pages) keeps the ``ChangeMark`` of its last look and asks again cheaply; when the
mark moved, ``kinds_between`` says which areas changed, so a view refreshes only when its own did.

What the mark covers, and why these three numbers:

- ``seq``, the change log's sequence: every record written (insert, update, delete, import, withdrawal)
  adds a row to ``changes`` in the same transaction, so it moves with every record write, from any process.
- ``audit_seq``, the audit trail's last entry: accounts (``kind = 'user'``), comparison methods
  (``save_method``/``adopt_method``, whose stored links are written in the same transaction), attached files
  and restores are audited but not in the change log.
- ``data_version`` (``PRAGMA data_version``): moves when *another connection* commits anything.  It is the
  only mark of what is neither logged nor audited — the sync state (the outbox, receipts that settle
  records, the hub's view) written by the sync worker or by ``labnet sync`` in another process.  It does not
  say which table, so it is read as "the network's state may have changed"; and it is per connection, so a
  mark is only compared with marks read on the same connection.

A restore that replaced the file can move a sequence backwards: that, or an audited restore, is read as
"everything changed" rather than trusting a comparison across two different histories.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .records import RECORD_TYPES

#: The areas a notice names besides the record kinds (``RECORD_TYPES``' keys).
ACCOUNTS = "accounts"
METHODS = "methods"
NETWORK = "network"
RECORD_KINDS = frozenset(RECORD_TYPES)
EVERYTHING = RECORD_KINDS | {ACCOUNTS, METHODS, NETWORK}

_METHOD_ACTIONS = frozenset({"save_method", "adopt_method"})


@dataclass(frozen=True)
class ChangeMark:
    seq: int            # the change log's last sequence number
    audit_seq: int      # the audit trail's last entry
    data_version: int   # PRAGMA data_version of the connection that read this mark


def last_change(conn: sqlite3.Connection) -> ChangeMark:
    """The mark now: one query on two primary keys (their last row each) and a pragma."""
    seq, audit_seq = conn.execute("SELECT (SELECT max(seq) FROM changes), (SELECT max(seq) FROM audit_log)").fetchone()
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    return ChangeMark(seq or 0, audit_seq or 0, version)


def kinds_between(conn: sqlite3.Connection, since: ChangeMark, now: ChangeMark) -> frozenset[str]:
    """Which record kinds and areas changed between two marks read on ``conn`` (empty: nothing did)."""
    if since == now:
        return frozenset()
    if now.seq < since.seq or now.audit_seq < since.audit_seq:
        return EVERYTHING   # another history (a restored file): compare nothing
    kinds: set[str] = set()
    if now.seq > since.seq:
        kinds.update(k for (k,) in conn.execute(
            "SELECT DISTINCT kind FROM changes WHERE seq > ? AND seq <= ?", (since.seq, now.seq)))
        kinds.add(NETWORK)   # what waits to be sent is counted from the changes
    if now.audit_seq > since.audit_seq:
        for action, kind in conn.execute("SELECT DISTINCT action, kind FROM audit_log WHERE seq > ? AND seq <= ?",
                                         (since.audit_seq, now.audit_seq)):
            if action == "restore":
                return EVERYTHING
            if kind == "user":
                kinds.add(ACCOUNTS)
            elif action in _METHOD_ACTIONS:
                kinds.add(METHODS)
            elif kind in RECORD_KINDS:
                kinds.add(kind)
    if now.data_version != since.data_version:
        kinds.add(NETWORK)
    return frozenset(kinds)
