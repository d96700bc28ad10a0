"""Every record under the audit chain: what ``labnet audit verify`` checks.

The audit chain (``catalogue.audit``) proves that no entry of the trail was
altered; this module proves that the records are still those the trail
vouches for, by what each write recorded of them (``catalogue.digests``):
``verify`` recomputes the chain; checks that every change-log row with a
digest is exactly one an audit entry vouches for (none added, altered or
removed); and compares each record, tombstone, withdrawal, account
(``catalogue.account_digests``) and attached file with its latest digest.  Each finding names the record as a person knows it.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable, Iterator, Sequence

from . import account_digests, audit
from .digests import (FIRST_SCHEMA, TOMBSTONE_COLUMNS, key_text, seal_line, sealed, stored_key_text, table_columns,
                      tombstone_sha256)
from .errors import Message
from .records import RECORD_TYPES, RecordType

__all__ = ["IntegrityReport", "sealed", "verify"]

_EVERY = 4096      # rows between two progress calls


# -- the report ----------------------------------------------------------------------------
@dataclass
class IntegrityReport:
    entries: int = 0          # audit entries whose chain was recomputed
    records: int = 0          # current records compared with their digest
    deleted: int = 0          # tombstones compared with theirs
    changes: int = 0          # change-log rows found vouched for by their entry
    attachments: int = 0      # attached files whose content was hashed
    withdrawals: int = 0      # usage-log entries compared with their audit entry
    accounts: int = 0         # user accounts compared with their latest digest
    problems: list[Message] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)   # limits of this check, not findings
    first_bad_seq: int | None = None                      # of the audit chain itself

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict:
        return {"ok": self.ok, "entries": self.entries, "records": self.records, "deleted": self.deleted,
                "changes": self.changes, "attachments": self.attachments, "withdrawals": self.withdrawals,
                "accounts": self.accounts,
                "first_bad_entry": self.first_bad_seq,
                "problems": list(self.problems), "notes": list(self.notes)}


class _Progress:
    def __init__(self, total: int, callback: Callable[[int, int], None] | None):
        self.total, self.done, self.callback, self.next = total, 0, callback, _EVERY

    def add(self, n: int = 1) -> None:
        self.done += n
        if self.callback is not None and self.done >= self.next:
            self.next = self.done + _EVERY
            self.callback(min(self.done, self.total), self.total)

    def finish(self) -> None:
        if self.callback is not None:
            self.callback(self.total, self.total)



def _thing(rt: RecordType, record_id: str, key: str | None) -> Message:
    if key:
        return Message("{thing} {key} (id {id})", thing=rt.label.lower(), key=key, id=record_id)
    return Message("{thing} with id {id}", thing=rt.label.lower(), id=record_id)



# -- verification --------------------------------------------------------------------------
def verify(conn: sqlite3.Connection, attachments_dir: Path | None,
           progress: Callable[[int, int], None] | None = None) -> IntegrityReport:
    """Recompute the audit chain and every record's, tombstone's and attached file's digest
    against the trail.  ``progress(done, total)`` is called as it goes (total in rows)."""
    # One read transaction: every pass sees the same moment, even while another process writes.
    began = not conn.in_transaction
    if began:
        conn.execute("BEGIN")
    try:
        chain = audit.verify(conn)
        report = IntegrityReport(entries=chain.entries, problems=list(chain.problems),
                                 first_bad_seq=chain.first_bad_seq)
        if not sealed(conn):
            report.notes.append(Message("The records of this catalogue are not yet under the audit chain (it "
                                        "was written before schema {schema}); open it with this version of "
                                        "LabNet to seal them. Only the audit trail itself was checked.",
                                        schema=FIRST_SCHEMA))
            return report
        return _verify_records(conn, attachments_dir, progress, report)
    finally:
        if began and conn.in_transaction:
            conn.execute("ROLLBACK")   # it only read


def _verify_records(conn: sqlite3.Connection, attachments_dir: Path | None,
                    progress: Callable[[int, int], None] | None, report: IntegrityReport) -> IntegrityReport:
    total = conn.execute("SELECT count(*) FROM changes").fetchone()[0]   # an upper bound, from the index
    total += sum(conn.execute(f"SELECT count(*) FROM {rt.table}").fetchone()[0] for rt in RECORD_TYPES.values())
    total += conn.execute("SELECT count(*) FROM tombstones").fetchone()[0]
    counter = _Progress(total, progress)
    _check_change_log(conn, report, counter)
    _check_seals(conn, report)
    certificates: dict[str, Message] = {}
    for rt in RECORD_TYPES.values():
        _check_records(conn, rt, report, counter, certificates)
    _check_tombstones(conn, report, counter)
    _check_withdrawals(conn, report)
    report.accounts, problems, notes = account_digests.check(conn)
    report.problems += problems
    report.notes += notes
    if attachments_dir is None:
        report.notes.append(Message("The attached files were not checked (no attachments folder was given)."))
    else:
        _check_attachments(conn, Path(attachments_dir), certificates, report)
    counter.finish()
    return report


def _check_change_log(conn: sqlite3.Connection, report: IntegrityReport, counter: _Progress) -> None:
    """Every change-log row with a digest belongs to exactly the range an audit entry vouches for."""
    entries = conn.execute(
        "SELECT seq, json_extract(detail, '$.change_log[0]'), json_extract(detail, '$.change_log[1]'),"
        " json_extract(detail, '$.change_log_sha256') FROM audit_log"
        " WHERE json_extract(detail, '$.change_log_sha256') IS NOT NULL ORDER BY seq")
    cursor = conn.cursor()
    cursor.row_factory = None
    cursor.execute("SELECT seq, kind, record_id, version, op, natural_key, sha256 FROM changes"
                   " WHERE sha256 IS NOT NULL ORDER BY seq")

    def added(row: Sequence) -> None:
        rt = RECORD_TYPES.get(row[1])
        report.problems.append(Message(
            "change-log row {seq} ({op} of {thing}) was added outside LabNet: no audit entry vouches for it",
            seq=row[0], op=row[4], thing=_thing(rt, row[2], row[5]) if rt else row[2]))

    text, starmap = audit.change_text, itertools.starmap
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
            counter.add(end - at)
            at = end
        if n != last - first + 1 or h.hexdigest() != wanted:
            report.problems.append(Message(
                "the change-log rows {first} to {last}, written with audit entry {entry}, were altered or "
                "removed outside LabNet", first=first, last=last, entry=entry))
        else:
            report.changes += n
    while batch:
        for row in batch[at:]:
            added(row)
            counter.add()
        batch, at = cursor.fetchmany(5000), 0


def _check_seals(conn: sqlite3.Connection, report: IntegrityReport) -> None:
    seals = conn.execute("SELECT seq, json_extract(detail, '$.sealed_sha256'), at FROM audit_log"
                         " WHERE action = 'seal' ORDER BY seq").fetchall()
    h = hashlib.sha256()
    for row in conn.execute("SELECT kind, record_id, state, natural_key, sha256 FROM sealed_records"
                            " ORDER BY kind, record_id"):
        h.update(seal_line(*row))
    if not seals:
        if conn.execute("SELECT 1 FROM sealed_records LIMIT 1").fetchone():
            report.problems.append(Message("the digests sealed at the migration to schema {schema} have no "
                                           "audit entry (added outside LabNet)", schema=FIRST_SCHEMA))
        return
    entry, wanted, at = seals[-1]
    report.notes.append(Message("The records already in this catalogue when it was updated to schema {schema} "
                                "({time}, audit entry {entry}) were sealed as they were then: they are checked "
                                "from that moment on, and a change made to them before it cannot be seen.",
                                schema=FIRST_SCHEMA, time=at, entry=entry))
    if h.hexdigest() != wanted:
        report.problems.append(Message("the digests sealed at the migration to schema {schema} (audit entry "
                                       "{entry}) were altered outside LabNet", schema=FIRST_SCHEMA, entry=entry))


def _check_records(conn: sqlite3.Connection, rt: RecordType, report: IntegrityReport, counter: _Progress,
                   certificates: dict[str, Message]) -> None:
    """Each record against its latest digest, and each digest against a record: the table in id order
    merged with the latest change-log row of each record (one GROUP BY over the change log's index) and
    the seal, all three streamed in the same order."""
    columns = table_columns(conn, rt.table)
    id_at, keys = columns.index("id"), [columns.index(k) for k in rt.natural_key]
    cert_at = columns.index("certificate") if "certificate" in columns else None
    records = conn.cursor()
    records.row_factory = None  # plain tuples: their values are exactly what the digest covers
    records.execute(f"SELECT {', '.join(columns)} FROM {rt.table} ORDER BY id")
    expected = _latest_digests(conn, rt.kind)
    deleted = {r[0] for r in conn.execute("SELECT record_id FROM tombstones WHERE kind = ?", (rt.kind,))}
    digest, problems = audit.row_sha256, report.problems

    def gone(want: tuple) -> None:
        record_id, op, _, key = want[:4]
        if op != "delete":
            problems.append(Message("{thing} was deleted outside LabNet: the audit trail records it but it is no "
                                    "longer in the catalogue, and no deletion was recorded",
                                    thing=_thing(rt, record_id, key)))
        elif record_id not in deleted:
            problems.append(Message("the deletion record of {thing} was removed outside LabNet",
                                    thing=_thing(rt, record_id, key)))

    def differs(row: tuple, want: tuple | None) -> None:
        thing = _thing(rt, row[id_at], key_text(row[i] for i in keys))
        if want is None:
            problems.append(Message("{thing} was inserted outside LabNet: no audit entry records it", thing=thing))
        elif want[1] == "delete":
            problems.append(Message("{thing} was deleted through LabNet but is in the catalogue again (put back "
                                    "outside LabNet)", thing=thing))
        else:
            problems.append(Message("{thing} was edited outside LabNet: it differs from its last recorded state",
                                    thing=thing))

    want = next(expected, None)
    want_id = want[0] if want is not None else None
    while batch := records.fetchmany(4096):
        for row in batch:
            record_id = row[id_at]
            if want_id != record_id:
                while want is not None and want_id < record_id:
                    gone(want)
                    want = next(expected, None)
                    want_id = want[0] if want is not None else None
                if want_id != record_id:
                    differs(row, None)
                    continue
            # The common case: the record and its latest digest, side by side.
            if want[1] == "delete" or want[2] != digest(row):
                differs(row, want)
            want = next(expected, None)
            want_id = want[0] if want is not None else None
        if cert_at is not None:
            for row in batch:
                if row[cert_at]:
                    certificates.setdefault(row[cert_at], _thing(rt, row[id_at], key_text(row[i] for i in keys)))
        report.records += len(batch)
        counter.add(len(batch))
    while want is not None:
        gone(want)
        want = next(expected, None)


def _stream(conn: sqlite3.Connection, sql: str, params: Sequence = ()) -> Iterator[tuple]:
    """The rows of ``sql`` as plain tuples (their values exactly what a digest covers), fetched in batches."""
    cursor = conn.cursor()
    cursor.row_factory = None
    cursor.execute(sql, params)
    while batch := cursor.fetchmany(2000):
        yield from batch


def _latest_digests(conn: sqlite3.Connection, kind: str) -> Iterator[tuple]:
    """(record_id, op, sha256, natural_key) of every record the trail knows of this kind, in id order:
    its newest change-log row with a digest, else its seal ("record" read as an update, "deleted" as
    a delete)."""
    changed = _stream(conn, "SELECT record_id, op, sha256, natural_key, max(seq) FROM changes"
                            " WHERE kind = ? AND sha256 IS NOT NULL GROUP BY record_id ORDER BY record_id", (kind,))
    sealed = _stream(conn, "SELECT record_id, CASE state WHEN 'deleted' THEN 'delete' ELSE 'update' END, sha256,"
                           " natural_key FROM sealed_records WHERE kind = ? ORDER BY record_id", (kind,))
    a, b = next(changed, None), next(sealed, None)
    if b is None:   # nothing sealed (a catalogue created since schema 6): the change log alone
        if a is not None:
            yield a
            yield from changed
        return
    while a is not None or b is not None:
        if b is None or (a is not None and a[0] <= b[0]):
            if b is not None and a[0] == b[0]:
                b = next(sealed, None)   # changed since it was sealed: the change log is newer
            yield a
            a = next(changed, None)
        else:
            yield b
            b = next(sealed, None)


def _check_tombstones(conn: sqlite3.Connection, report: IntegrityReport, counter: _Progress) -> None:
    cursor = conn.cursor()
    cursor.row_factory = None
    cursor.execute(
        f"SELECT {', '.join(f'd.{c}' for c in TOMBSTONE_COLUMNS)},"
        " coalesce((SELECT c.op || ' ' || c.sha256 FROM changes c WHERE c.kind = d.kind"
        "  AND c.record_id = d.record_id AND c.sha256 IS NOT NULL ORDER BY c.seq DESC LIMIT 1),"
        " (SELECT s.state || ' ' || s.sha256 FROM sealed_records s WHERE s.kind = d.kind"
        "  AND s.record_id = d.record_id)) FROM tombstones d")
    n = len(TOMBSTONE_COLUMNS)
    for row in cursor:
        report.deleted += 1
        counter.add()
        latest = row[n]
        if latest is not None and latest[0] == "d" and latest[-64:] == tombstone_sha256(row[:n]):
            continue
        rt = RECORD_TYPES.get(row[0])
        thing = _thing(rt, row[1], stored_key_text(row[3])) if rt else row[1]
        if latest is None or latest[0] != "d":
            report.problems.append(Message("a deletion of {thing} was recorded outside LabNet (no audit entry "
                                           "records it)", thing=thing))
        else:
            report.problems.append(Message("the deletion record of {thing} was altered outside LabNet",
                                           thing=thing))


def _check_withdrawals(conn: sqlite3.Connection, report: IntegrityReport) -> None:
    """The chain of custody: each usage-log entry is the one its "withdraw" audit entry recorded
    (every value of it), and every recorded withdrawal is still there."""
    recorded: dict[str, tuple[int, str, dict]] = {}
    for seq, sample_id, detail in conn.execute("SELECT seq, record_id, detail FROM audit_log"
                                               " WHERE action = 'withdraw'"):
        values = json.loads(detail)
        recorded[values.get("id")] = (seq, sample_id, values)
    cursor = conn.execute("SELECT * FROM usage_log ORDER BY sample_id, entry_number")
    names = [d[0] for d in cursor.description]

    def withdrawal(sample_id: str, number: object) -> Message:  # only for a finding: one look-up each
        code = conn.execute("SELECT inventory_code FROM reference_samples WHERE id = ?", (sample_id,)).fetchone()
        return Message("withdrawal {number} from {thing}", number=number,
                       thing=_thing(RECORD_TYPES["reference_sample"], sample_id, code[0] if code else None))

    for values in cursor:
        row = dict(zip(names, values))
        report.withdrawals += 1
        found = recorded.pop(row["id"], None)
        if found is None:
            report.problems.append(Message("{withdrawal} was recorded outside LabNet (no audit entry records it)",
                                           withdrawal=withdrawal(row["sample_id"], row["entry_number"])))
        elif found[1] != row["sample_id"] or any(row.get(k) != v for k, v in found[2].items()):
            report.problems.append(Message("{withdrawal} was altered outside LabNet: it differs from audit entry "
                                           "{entry}", withdrawal=withdrawal(row["sample_id"], row["entry_number"]),
                                           entry=found[0]))
    for seq, sample_id, values in recorded.values():
        report.problems.append(Message("{withdrawal}, recorded in audit entry {entry}, was removed outside LabNet",
                                       withdrawal=withdrawal(sample_id, values.get("entry_number")), entry=seq))


def _check_attachments(conn: sqlite3.Connection, folder: Path, certificates: dict[str, Message],
                       report: IntegrityReport) -> None:
    """Each file the catalogue lists, a record refers to, or the trail says was attached or sealed:
    present, and with the content its name (its SHA-256) says."""
    names = {sha: filename for sha, filename in conn.execute("SELECT sha256, filename FROM attachments")}
    expected = set(names) | set(certificates)
    for (value,) in conn.execute("SELECT json_extract(detail, '$.sha256') FROM audit_log WHERE action = 'attach'"):
        if value:
            expected.add(value)
    for (value,) in conn.execute("SELECT j.value FROM audit_log, json_each(audit_log.detail, '$.attachments') j"
                                 " WHERE audit_log.action = 'seal'"):
        expected.add(value)
    for sha in sorted(expected):
        owner = certificates.get(sha)
        name = names.get(sha, sha[:12])
        path = folder / sha[:2] / sha
        if len(sha) != 64 or not path.is_file():
            report.problems.append(
                Message("the attached file {name} of {thing} is missing", name=name, thing=owner) if owner else
                Message("the attached file {name} is missing", name=name))
            continue
        h = hashlib.sha256()
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        report.attachments += 1
        if h.hexdigest() != sha:
            report.problems.append(
                Message("the attached file {name} of {thing} was altered after it was attached", name=name,
                        thing=owner) if owner else
                Message("the attached file {name} was altered after it was attached", name=name))
