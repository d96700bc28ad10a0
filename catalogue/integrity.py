"""Every record under the audit chain: what ``labnet audit verify`` checks.

The audit chain (``labnet.catalogue.audit``) proves that no entry of the trail was
altered; this module proves that the records are still those the trail
vouches for, by what each write recorded of them (``labnet.catalogue.digests``):
``verify`` recomputes the chain; checks that every change-log row with a
digest is exactly one an audit entry vouches for (none added, altered or
removed); and compares each record, tombstone, withdrawal, account
(``labnet.catalogue.account_digests``) and attached file with its latest digest.  Each finding names the record as a person knows it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import account_digests, audit, integrity_changelog, integrity_records
from .digests import (
    FIRST_SCHEMA,
    TOMBSTONE_COLUMNS,
    named,
    seal_line,
    sealed,
    stored_key_text,
    tombstone_sha256,
)
from .errors import Message
from .records import RECORD_TYPES

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
    """Rows done, here and in the change-log helper; ``callback`` is only ever called from this thread."""

    def __init__(self, total: int, callback: Callable[[int, int], None] | None,
                 helper: integrity_changelog.Helper | None = None):
        self.total, self.done, self.callback, self.next, self.helper = total, 0, callback, _EVERY, helper

    def add(self, n: int = 1) -> None:
        self.done += n
        if self.callback is None:
            return
        done = self.done + (self.helper.done if self.helper is not None else 0)
        if done >= self.next:
            self.next = done + _EVERY
            self.callback(min(done, self.total), self.total)

    def finish(self) -> None:
        if self.callback is not None:
            self.callback(self.total, self.total)


# -- verification --------------------------------------------------------------------------
def verify(conn: sqlite3.Connection, attachments_dir: Path | None,
           progress: Callable[[int, int], None] | None = None) -> IntegrityReport:
    """Recompute the audit chain and every record's, tombstone's and attached file's digest
    against the trail.  ``progress(done, total)`` is called as it goes (total in rows)."""
    # One read transaction: every pass sees the same moment, even while another process writes.
    began = not conn.in_transaction
    # On a large catalogue the change-log pass runs in a second process, on this transaction's snapshot.
    helper = integrity_changelog.Helper.start(conn) if began else None
    if began:
        conn.execute("BEGIN")
    try:
        if helper is not None and not helper.share(conn):
            helper = None
        chain = audit.verify(conn)
        report = IntegrityReport(entries=chain.entries, problems=list(chain.problems),
                                 first_bad_seq=chain.first_bad_seq)
        if not sealed(conn):
            report.notes.append(Message("The records of this catalogue are not yet under the audit chain (it "
                                        "was written before schema {schema}); open it with this version of "
                                        "LabNet to seal them. Only the audit trail itself was checked.",
                                        schema=FIRST_SCHEMA))
            return report
        return _verify_records(conn, attachments_dir, progress, report, helper)
    finally:
        if helper is not None:
            helper.stop()
        if began and conn.in_transaction:
            conn.execute("ROLLBACK")   # it only read


def _verify_records(conn: sqlite3.Connection, attachments_dir: Path | None,
                    progress: Callable[[int, int], None] | None, report: IntegrityReport,
                    helper: integrity_changelog.Helper | None) -> IntegrityReport:
    counts = {rt.kind: conn.execute(f"SELECT count(*) FROM {rt.table}").fetchone()[0] for rt in RECORD_TYPES.values()}
    total = conn.execute("SELECT count(*) FROM changes").fetchone()[0]   # an upper bound, from the index
    total += sum(counts.values()) + conn.execute("SELECT count(*) FROM tombstones").fetchone()[0]
    counter = _Progress(total, progress, helper)
    changes_at = len(report.problems)   # the change log's findings come first, wherever it was read
    split = helper.share_records(conn, counts) if helper is not None else None
    if helper is None:
        report.changes, found = integrity_changelog.check(conn, counter.add)
        report.problems += found
    _check_seals(conn, report)
    certificates: dict[str, Message] = {}
    split_at = 0
    for rt in RECORD_TYPES.values():
        ids = (None, split[1]) if split is not None and split[0] == rt.kind else (None, None)
        report.records += integrity_records.check(conn, rt, report.problems, counter.add, certificates, ids)
        if ids[1] is not None:
            split_at = len(report.problems)   # the helper's findings on the rest of this table go here
    _check_tombstones(conn, report, counter)
    _check_withdrawals(conn, report)
    report.accounts, problems, notes = account_digests.check(conn)
    report.problems += problems
    report.notes += notes
    if attachments_dir is None:
        report.notes.append(Message("The attached files were not checked (no attachments folder was given)."))
    else:
        _check_attachments(conn, Path(attachments_dir), certificates, report)
    if helper is not None:
        # Its answers, or if it failed the same passes here, still in this transaction.
        done = helper.result(counter.add)
        if done is None:
            done = (*integrity_changelog.check(conn, counter.add), 0, [])
            if split is not None:
                rest: list[Message] = []
                done = (*done[:2], integrity_records.check(conn, RECORD_TYPES[split[0]], rest, counter.add,
                                                           certificates, (split[1], None)), rest)
        report.changes, changes_found, records, records_found = done
        report.records += records
        report.problems[split_at:split_at] = records_found
        report.problems[changes_at:changes_at] = changes_found
    counter.finish()
    return report


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
        thing = named(rt, row[1], stored_key_text(row[3])) if rt else row[1]
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
                       thing=named(RECORD_TYPES["reference_sample"], sample_id, code[0] if code else None))

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
