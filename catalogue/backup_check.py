"""Checking a backup: every member against the manifest, then the catalogue as ``labnet audit verify`` does.

A backup records, in its manifest, what verifying the catalogue found when it was written (``Findings``:
a catalogue changed outside LabNet is still backed up, since the data are the laboratory's and the altered
state is evidence).  Checked again, the catalogue must verify, or find exactly what was recorded; anything
else is a backup changed after it was written, refused outright.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from labnet.common import clock

from . import backup_archive as archive
from . import database, integrity
from .errors import CatalogueError, Message
from .migrations import LATEST
from .store import CATALOGUE_FILE

Progress = Callable[[int, int], None]


@dataclass
class BackupCheck:
    path: Path
    format: str                    # "labnet-backup 1", or "old" (a .db and its .attachments.zip)
    size: int                      # bytes of the backup file
    schema: int
    records: dict[str, int]
    audit_entries: int
    last_change: int
    attachments: int               # attached files checked against their digests
    records_verified: bool = True  # False: a catalogue from before schema 6, whose records have no digests
    carries: list[str] = field(default_factory=list)   # "keys", "sync state", "sharing policy"
    notes: list[str] = field(default_factory=list)     # the limits of what could be checked, and warnings
    catalogue_id: str | None = None
    sync_state: bool = False       # the catalogue holds what the laboratory knows of its hub (sync 4 on)
    # The catalogue did not verify when the backup was written: what verify found then (and finds again now).
    findings: archive.Findings | None = None


class Phases:
    """One progress scale (0–1000) over the steps of a long job; the callback may raise to cancel."""

    def __init__(self, progress: Progress | None, *weights: int):
        self.progress, self.weights, self.step, self.base = progress, weights, 0, 0

    def part(self) -> Progress | None:
        if self.progress is None:
            return None
        start = 1000 * sum(self.weights[:self.step]) // sum(self.weights)
        width = 1000 * self.weights[self.step] // sum(self.weights)
        self.step += 1
        progress = self.progress

        def report(done: int, total: int) -> None:
            progress(start + width * min(done, total) // max(total, 1), 1000)
        return report

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(1000, 1000)


# -- checking -----------------------------------------------------------------------------
def source_of(source: str | Path) -> tuple[Path, str]:
    path = Path(source)
    if not path.is_file():
        raise CatalogueError(Message("{path} does not exist.", path=path))
    kind = archive.kind_of(path)
    if kind == "other":
        raise CatalogueError(Message("{path} is not a LabNet catalogue backup.", path=path))
    return path, kind


def unpack(path: Path, kind: str, work: Path, progress: Progress | None) -> BackupCheck:
    """Write the backup's contents under ``work`` (as a data folder), verified."""
    phases = Phases(progress, 1, 1)
    if kind == "zip":
        unpacked = archive.read_archive(path, work, phases.part())
        return _verify(path, unpacked, work, phases.part())
    # An old-format backup: the database file, and the attachments zip beside it if there were any.
    shutil.copyfile(path, work / CATALOGUE_FILE)
    beside = path.with_name(path.stem + ".attachments.zip")
    found = archive.old_format_attachments(beside, work) if beside.is_file() else set()
    info = check_catalogue(path, work / CATALOGUE_FILE, work / archive.ATTACHMENTS_DIR, phases.part())
    info.format, info.attachments = "old", len(found)
    info.size = path.stat().st_size + (beside.stat().st_size if beside.is_file() else 0)
    return info


def _verify(path: Path, unpacked: archive.Unpacked, work: Path, progress: Progress | None) -> BackupCheck:
    info = check_catalogue(path, work / CATALOGUE_FILE, work / archive.ATTACHMENTS_DIR, progress,
                            recorded=unpacked.manifest.findings)
    describe_members(info, path, unpacked)
    return info


def describe_members(info: BackupCheck, path: Path, unpacked: archive.Unpacked) -> None:
    info.format = f"{archive.FORMAT} {archive.VERSION}"
    info.size = path.stat().st_size
    info.carries = [unit for unit, names in archive.UNITS.items()
                    if any(n == m or n.startswith(m + "/") for n in unpacked.manifest.members for m in names)
                    or (unit == archive.SYNC_STATE and info.sync_state)]


def check_catalogue(shown: Path, db_file: Path, attachments_dir: Path, progress: Progress | None,
                     recorded: archive.Findings | None = None, writing: bool = False) -> BackupCheck:
    """The catalogue ``db_file``: SQLite's integrity check, a LabNet schema, then integrity.verify.

    ``writing``: a backup is being made of it, and what verify finds is returned as findings to record.
    Otherwise it must verify, or find exactly the ``recorded`` findings of the backup it came from."""
    try:
        conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise CatalogueError(Message("{path} is damaged (integrity check: {result}); it cannot be "
                                             "restored.", path=shown, result=result))
            schema = conn.execute("PRAGMA user_version").fetchone()[0]
            db = sqlite_utils.Database(conn)
            if not {"reference_samples", "changes", "audit_log"} <= set(db.table_names()) or schema < 1:
                raise CatalogueError(Message("{path} is not a LabNet catalogue backup.", path=shown))
            newer = database.too_new(conn)   # the history past ours, or one room's migrations
            if newer:
                raise CatalogueError(Message("{path} comes from a newer version of LabNet (schema {schema}); "
                                             "install that version to restore it.", path=shown,
                                             schema=schema if schema > LATEST else newer))
            sealed = integrity.sealed(conn)
            report = integrity.verify(conn, attachments_dir, progress)
            findings = _findings(shown, report, recorded, writing)
            counts = {t: db[t].count for t in ("reference_samples", "training_records", "profiling_results")}
            last = conn.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()[0]
            row = conn.execute("SELECT value FROM meta WHERE key = 'catalogue_id'").fetchone()
            # Sync's table (labnet.sync.schema, sync 4), counted only, to say that the backup carries the state.
            sync_state = "sync_state" in db.table_names() and db["sync_state"].count > 0
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CatalogueError(Message("{path} is not a LabNet catalogue backup ({detail}).", path=shown,
                                     detail=str(exc))) from None
    return BackupCheck(shown, "", 0, schema, counts, report.entries, last, report.attachments,
                       records_verified=sealed, notes=[str(n) for n in report.notes],
                       catalogue_id=row[0] if row else None, findings=findings, sync_state=sync_state)


def _findings(shown: Path, report: integrity.IntegrityReport, recorded: archive.Findings | None,
              writing: bool) -> archive.Findings | None:
    """What a backup records (``writing``), or accepts: exactly what was recorded when it was written.
    Anything else is a backup changed after it was written (the flipped byte), refused outright."""
    found: list[str] = list(report.problems)   # Messages while writing: the window says them in its language
    if writing:
        now = clock.now().isoformat(timespec="seconds")   # the manifest's form, as before
        return archive.Findings(now, found) if found else None
    if recorded is not None and sorted(found) == sorted(recorded.problems):
        return recorded
    if found:
        raise CatalogueError(Message.plural(
            "{path} does not verify ({n} problem: {problems}). The backup may have been damaged or "
            "tampered with after it was written; it cannot be restored. Keep it for investigation and use "
            "another backup.",
            "{path} does not verify ({n} problems: {problems}). The backup may have been damaged or "
            "tampered with after it was written; it cannot be restored. Keep it for investigation and use "
            "another backup.", len(found), path=shown, problems="; ".join(found[:5])))
    if recorded is not None:
        raise CatalogueError(Message(
            "{path} records that its catalogue did not verify when it was written, but it verifies now: the "
            "backup was altered after it was written and cannot be restored. Keep it for investigation and use "
            "another backup.", path=shown))
    return None


def check(source: str | Path, work_dir: str | Path, progress: Progress | None = None) -> BackupCheck:
    """Verify the backup ``source`` as a restore would, changing nothing; ``work_dir`` (the data folder)
    holds the unpacked copy while it is checked."""
    path, kind = source_of(source)
    work = Path(tempfile.mkdtemp(dir=work_dir, prefix=".checking-"))
    try:
        return unpack(path, kind, work, progress)
    finally:
        shutil.rmtree(work, ignore_errors=True)
