"""A record's history, read from the change log and the audit trail (Qt-free).

What the trail holds of each version (``labnet.catalogue.store`` writes it):

* one change-log row per version (insert, update, delete) with who, when, the version number and
  the SHA-256 of the record's stored state after the write (``row_sha256``; for a deletion, of the
  tombstone);
* an ``insert`` entry made by a form holds the whole record; an ``update`` entry holds the fields
  that changed, old and new; a ``delete`` entry holds the whole record as it was;
* a record inserted by an import has no entry of its own: the ``import`` entry covers a range of the
  change log (the source file's digest, not the values).

So the full state of every version is recovered by walking back from the newest known state (the
stored record, or a deleted record's last state) and undoing each update's changes.  Each state so
recovered is checked against its change-log digest: ``verified`` True means the values shown are
exactly what was stored then; False means they are not (an entry is missing or the record was
written around the store), and such a version is not offered for restoring.  A version older than a
gap in the updates has no recoverable values: only its digest, who and when.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import audit, digests
from .errors import CatalogueError, Message, NotFound
from .records import SYSTEM_FIELDS, RecordType, record_type
from .upsert_write import row_encoder

if TYPE_CHECKING:
    from .store import Catalogue

Record = dict[str, Any]
RESTORE_ACTION = "restore_version"
# Fields a restore leaves as they are: a standard's stock follows its usage log (the chain of custody),
# which a restore must not contradict.
CUSTODY_FIELDS = ("remaining_quantity",)


@dataclass(frozen=True)
class FieldChange:
    name: str
    old: Any
    new: Any


@dataclass
class Version:
    seq: int              # the change-log sequence number
    version: int
    op: str               # "insert", "update" or "delete"
    at: str               # UTC ISO time, as stored
    user: str
    changes: list[FieldChange] = field(default_factory=list)   # against the version before
    state: Record | None = None     # the fields after this version (None: not recoverable from the trail)
    verified: bool | None = None    # the state matches the change log's digest (None: no digest to check)
    sha256: str | None = None       # the change log's digest of the stored state
    source: str = ""                # "form", "import", or "" when no audit entry names this write
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)   # withdrawals, attachments, restores
    entry_seq: int | None = None    # the audit entry that wrote it (None: an import's, or none)

    @property
    def restorable(self) -> bool:
        return self.state is not None and self.verified is not False and self.op != "delete"


@dataclass
class History:
    kind: str
    record_id: str
    versions: list[Version]        # oldest first
    deleted: bool                  # the record no longer exists (its last version is a deletion)
    restored_as: list[str] = field(default_factory=list)   # a deleted record's values restored under these ids

    def version(self, number: int) -> Version:
        for v in self.versions:
            if v.version == number:
                return v
        raise NotFound(Message("This record has no version {version}.", version=number))


def record_history(cat: Catalogue, kind: str, record_id: str) -> History:
    rt = record_type(kind)
    conn = cat.conn
    has_digest = digests.sealed(conn)
    digest_col = "sha256" if has_digest else "NULL"
    rows = conn.execute(f"SELECT seq, version, op, at, user, {digest_col} FROM changes"
                        " WHERE kind = ? AND record_id = ? ORDER BY seq", (rt.kind, record_id)).fetchall()
    if not rows:
        raise NotFound(Message("No {thing} with id {id} has ever been recorded in this catalogue.",
                               thing=rt.label.lower(), id=record_id))
    entries = cat.audit_entries(rt.kind, record_id)
    by_version = {(e["action"], e["detail"].get("version")): e for e in entries
                  if e["action"] in ("insert", "update", "delete")}
    versions = [Version(seq, version, op, at, user, sha256=sha) for seq, version, op, at, user, sha in rows]
    for v in versions:
        entry = by_version.get((v.op, v.version))
        if entry is not None:
            v.entry_seq = entry["seq"]
            v.source = "form" if "source" not in entry["detail"] else "import"
            detail = entry["detail"]
            if v.op == "update":
                v.changes = [FieldChange(n, old, new) for n, (old, new) in detail.get("changes", {}).items()]
            elif v.op == "insert":
                v.state = {n: detail.get("record", {}).get(n) for n in rt.field_names}
            else:
                v.state = {n: detail.get("record", {}).get(n) for n in rt.field_names}
        elif v.op == "insert" and _imported(conn, rt, v.seq):
            v.source = "import"
    _attach_notes(versions, entries)
    deleted = versions[-1].op == "delete"
    current = None if deleted else cat.get(rt.kind, record_id)
    _recover_states(rt, versions, current)
    if has_digest:
        _verify(rt, record_id, versions)
    for i, v in enumerate(versions):
        if v.op == "insert" and v.state is not None:
            v.changes = [FieldChange(n, None, v.state[n]) for n in rt.field_names if v.state[n] not in (None, "", [])]
        elif v.op == "update" and not v.changes and i and versions[i - 1].state is not None and v.state is not None:
            before = versions[i - 1].state or {}
            v.changes = [FieldChange(n, before[n], v.state[n]) for n in rt.field_names if before[n] != v.state[n]]
    restored_as = [rid for rid, detail in conn.execute(
        "SELECT record_id, detail FROM audit_log WHERE action = ? AND kind = ? ORDER BY seq", (RESTORE_ACTION, rt.kind))
        if json.loads(detail).get("restored_from") == record_id] if deleted else []
    return History(rt.kind, record_id, versions, deleted, restored_as)


def _imported(conn: Any, rt: RecordType, seq: int) -> bool:
    for (detail,) in conn.execute("SELECT detail FROM audit_log WHERE action = 'import' AND kind = ?", (rt.kind,)):
        first, last = json.loads(detail).get("change_log", [0, -1])
        if first <= seq <= last:
            return True
    return False


def _attach_notes(versions: Sequence[Version], entries: Sequence[Record]) -> None:
    """Entries that accompany a write (a withdrawal, an attachment, a restore) go with the version whose
    entry comes just before them in the trail (the same transaction)."""
    for e in entries:
        if e["action"] in ("insert", "update", "delete"):
            continue
        before = [v for v in versions if v.entry_seq is not None and v.entry_seq < e["seq"]]
        if before:
            max(before, key=lambda v: v.entry_seq or 0).notes.append((e["action"], e["detail"]))


def _recover_states(rt: RecordType, versions: list[Version], current: Record | None) -> None:
    """Walk back from the newest known state, undoing each update's changes."""
    state: Record | None = None
    if current is not None:
        state = {n: current[n] for n in rt.field_names}
    for v in reversed(versions):
        if v.op == "delete":
            state = v.state       # the record as it was when deleted
            continue
        if v.state is None and state is not None:
            v.state = dict(state)
        if v.op == "insert":
            state = None
        elif v.op == "update":
            if state is None or not v.changes:
                state = None      # an update with no entry: what came before it is not known
            else:
                state = {**state, **{c.name: c.old for c in v.changes}}


def _verify(rt: RecordType, record_id: str, versions: list[Version]) -> None:
    """Compare each recovered state with the digest its change-log row recorded."""
    encode = row_encoder(rt, (*SYSTEM_FIELDS, *rt.field_names))
    digest = digests.digester(rt)
    created = next((v for v in versions if v.op == "insert"), None)
    for v in versions:
        if v.op == "delete" or v.state is None or v.sha256 is None:
            continue
        if created is None:
            v.verified = False
            continue
        stored = {**v.state, "id": record_id, "version": v.version, "created_at": created.at,
                  "created_by": created.user, "updated_at": v.at, "updated_by": v.user}
        try:
            v.verified = digest(encode(stored))[1] == v.sha256
        except (TypeError, ValueError):   # a value the trail kept in a form the column cannot take
            v.verified = False


def restore_version(cat: Catalogue, kind: str, record_id: str, version: int) -> Record:
    """Write ``version``'s values back as a new, audited change (the trail is never rewritten).

    A deleted record comes back as a new record (a new id) with its last values; the audit entry
    ``restore_version`` names the version and the record it was taken from."""
    cat.actor.require("restore_version")
    rt = record_type(kind)
    history = record_history(cat, rt.kind, record_id)
    chosen = history.version(version)
    if history.deleted and chosen.op == "delete":
        chosen = history.versions[-2] if len(history.versions) > 1 else chosen
    if chosen.state is None:
        raise CatalogueError(Message(
            "Version {version} of this {thing} cannot be restored: the audit trail holds who wrote it, when, "
            "and the digest of its values, but not the values themselves.", version=version, thing=rt.label.lower()))
    if chosen.verified is False:
        raise CatalogueError(Message(
            "Version {version} of this {thing} cannot be restored: the values recovered from the audit trail "
            "do not match the digest recorded when it was written. Run an audit verification.",
            version=version, thing=rt.label.lower()))
    values = {n: chosen.state[n] for n in rt.field_names}
    with cat.transaction():
        if history.deleted:
            record = cat.add(rt.kind, values)
            detail = {"version": 1, "restored_from": record_id, "restored_version": chosen.version}
        else:
            current = cat.get(rt.kind, record_id)
            if rt.custody:
                values.update({n: current[n] for n in CUSTODY_FIELDS if n in current})
            record = cat.update(rt.kind, record_id, values, expected_version=current["version"])
            if record["version"] == current["version"]:
                raise CatalogueError(Message(
                    "Version {version} has the same values as the current one: there is nothing to restore.",
                    version=version))
            detail = {"version": record["version"], "restored_version": chosen.version}
        audit.append(cat.conn, [audit.AuditEvent(record["updated_at"], cat.actor.username, RESTORE_ACTION,
                                                 rt.kind, record["id"], detail)])
    return record
