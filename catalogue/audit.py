"""The audit trail: append-only and tamper-evident.

Each entry stores the SHA-256 of its own content together with the hash of the
entry before it, so editing, deleting or reordering any entry breaks the chain
from that point on.  The hash of the newest entry is also kept in ``meta``; a
chain cut short at its end therefore no longer matches that head.  Triggers
refuse UPDATE and DELETE; the chain is what still catches someone who drops
the triggers or edits the file with another tool.

Entry hash = SHA-256 over the UTF-8 JSON array
``[seq, at, user, action, kind, record_id, detail, prev_hash]`` with no spaces,
where ``detail`` is the stored JSON text; the first entry's prev_hash is 64 zeros.

The records themselves are under the chain through ``detail`` (see
``labnet.catalogue.digests``, checked by ``labnet.catalogue.integrity``): each change-log row carries the SHA-256 of the
record's stored state after the write (``row_sha256``), and the entry that
made the write holds the digest of those change-log rows (``change_log_sha256``).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import Message

GENESIS = "0" * 64
_HEAD_KEY = "audit_head"


_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def canonical_json(value: Any) -> str:
    return _CANONICAL.encode(value)


# Stored values as one JSON array: scalars only (text, numbers, null), in column order, as
# json.dumps(values, separators=(",", ":")) writes it (non-ASCII as \\u escapes: plain ASCII
# is also a tenth faster to write and hash, which an import of 100,000 rows feels).
_ROW = json.JSONEncoder(separators=(",", ":"), check_circular=False)
_quote = json.encoder.encode_basestring_ascii  # a JSON string literal, as _ROW writes it
_sha256 = hashlib.sha256


def _fast_row_encoder():
    """``_ROW.encode`` without building a C encoder per call (a fifth of the cost of a row's
    digest); the same text, checked here, else ``_ROW.encode`` itself."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is not None:
        try:
            encoder = make(None, None, _quote, None, ":", ",", False, False, True)
            sample = ("é\"\n\u2028", 1, 2.5, None, 0.0, 1e16, float("inf"), "")
            if "".join(encoder(sample, 0)) == _ROW.encode(sample):
                return lambda values: "".join(encoder(values, 0))
        except TypeError:  # another Python's signature
            pass
    return _ROW.encode


_encode_row = _fast_row_encoder()
row_json = _encode_row


def row_sha256(values: Sequence[Any]) -> str:
    """SHA-256 of a stored row: the JSON array of its column values in table
    order (``pk`` left out), as SQLite returns them, written by
    ``json.dumps(values, separators=(",", ":"))``."""
    return _sha256(_encode_row(values).encode("ascii")).hexdigest()


def change_text(seq: int, kind: str, record_id: str, version: int, op: str, natural_key: str | None,
                sha256: str) -> str:
    """One change-log row as it enters ``change_log_sha256``: the JSON array
    ``[seq, kind, record_id, version, op, natural_key, sha256]`` and a newline
    (written out here: it is the same text as _ROW's, in a third of the time)."""
    key = "null" if natural_key is None else _quote(natural_key)
    return f"[{int(seq)},{_quote(kind)},{_quote(record_id)},{int(version)},{_quote(op)},{key},{_quote(sha256)}]\n"


def change_line(*row: Any) -> bytes:
    return change_text(*row).encode("ascii")


def entry_hash(seq: int, at: str, user: str, action: str, kind: str | None,
               record_id: str | None, detail: str, prev_hash: str) -> str:
    payload = json.dumps([seq, at, user, action, kind, record_id, detail, prev_hash],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AuditEvent:
    at: str
    user: str
    action: str            # "insert", "update", "delete", "withdraw", "import", "user", ...
    kind: str | None = None
    record_id: str | None = None
    detail: dict = field(default_factory=dict)


@dataclass
class AuditReport:
    entries: int = 0
    problems: list[Message] = field(default_factory=list)
    first_bad_seq: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def _fail(self, seq: int | None, message: Message) -> None:
        if self.first_bad_seq is None:
            self.first_bad_seq = seq
        self.problems.append(message)


def append(conn: sqlite3.Connection, events: Iterable[AuditEvent]) -> int:
    """Chain ``events`` onto the log; call inside the write transaction."""
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0], row[1]) if row else (0, GENESIS)
    rows = []
    for ev in events:
        seq += 1
        detail = canonical_json(ev.detail)
        digest = entry_hash(seq, ev.at, ev.user, ev.action, ev.kind, ev.record_id, detail, prev)
        rows.append((seq, ev.at, ev.user, ev.action, ev.kind, ev.record_id, detail, prev, digest))
        prev = digest
    if rows:
        conn.executemany(
            "INSERT INTO audit_log (seq, at, user, action, kind, record_id, detail, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
                     " SET value = excluded.value", (_HEAD_KEY, f"{seq}:{prev}"))
    return len(rows)


def verify(conn: sqlite3.Connection) -> AuditReport:
    """Recompute the whole chain and say where, if anywhere, it was broken."""
    report = AuditReport()
    expected_seq, prev = 1, GENESIS
    cursor = conn.execute("SELECT seq, at, user, action, kind, record_id, detail, prev_hash, hash"
                          " FROM audit_log ORDER BY seq")
    for seq, at, user, action, kind, record_id, detail, prev_hash, digest in cursor:
        report.entries += 1
        if seq != expected_seq:
            report._fail(expected_seq, Message("entries {first} to {last} are missing (deleted)",
                                               first=expected_seq, last=seq - 1)
                         if seq > expected_seq else Message("entry {entry} is out of order", entry=seq))
        if prev_hash != prev:
            report._fail(seq, Message("entry {entry} does not follow from the entry before it "
                                      "(an entry before it was removed, replaced or edited)", entry=seq))
        if entry_hash(seq, at, user, action, kind, record_id, detail, prev_hash) != digest:
            report._fail(seq, Message("entry {entry} ({action} by {user} at {time}) was altered after it was "
                                      "written", entry=seq, action=action, user=user, time=at))
        expected_seq, prev = seq + 1, digest
    head = conn.execute("SELECT value FROM meta WHERE key = ?", (_HEAD_KEY,)).fetchone()
    if head:
        head_seq, _, head_hash = head[0].partition(":")
        if int(head_seq) > expected_seq - 1:
            report._fail(expected_seq, Message("entries {first} to {last} at the end of the log are missing",
                                               first=expected_seq, last=head_seq))
        elif int(head_seq) == expected_seq - 1 and head_hash != prev:
            report._fail(int(head_seq), Message("the newest entry ({entry}) was replaced", entry=head_seq))
        elif int(head_seq) < expected_seq - 1:
            report._fail(int(head_seq) + 1, Message("entries after {entry} were added outside LabNet",
                                                    entry=head_seq))
    elif report.entries:
        report._fail(1, Message("the record of the newest audit entry is missing"))
    return report
