"""Backups a laboratory can trust: one file, verified after it is written and before it is restored.

``backup`` snapshots the database with SQLite's online backup API (consistent
while others write), writes it with the attachments, the laboratory's keys,
sync state and sharing policy into one zip with a manifest of SHA-256 digests
(``backup_archive``), then reads the file back and verifies it before saying it
is written.  ``check`` and ``restore`` verify the same way: every member
against the manifest, then the catalogue as ``labnet audit verify`` does
(``integrity.verify``: the audit chain and every record and attached file
against its latest digest), which is what catches a value changed inside a
page that SQLite's own integrity check passes.

``restore`` holds the catalogue's exclusive lock (``catalogue.lock``), so it
is refused while another LabNet process has it open; the person restoring must
be an administrator of the catalogue being replaced or, in a folder with no
catalogue yet or one this version cannot read (damaged), of the backup.  Everything it replaces is kept in
``replaced-<time>/``.  Old-format backups (a ``.db`` with a
``.attachments.zip`` beside it) still restore.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import sqlite_utils

from . import backup_archive as archive
from . import database, integrity, lock
from .errors import CatalogueError, Message, message_of
from .migrations import LATEST
from .store import CATALOGUE_FILE, Catalogue

Progress = Callable[[int, int], None]
Authorise = Callable[[Path], None]


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


class _Phases:
    """One progress scale (0–1000) over the steps of a long job; the callback may raise to cancel."""

    def __init__(self, progress: Progress | None, *weights: int):
        self.progress, self.weights, self.step, self.base = progress, weights, 0, 0

    def part(self) -> Progress | None:
        if self.progress is None:
            return None
        start = 1000 * sum(self.weights[:self.step]) // sum(self.weights)
        width = 1000 * self.weights[self.step] // sum(self.weights)
        self.step += 1

        def report(done: int, total: int) -> None:
            self.progress(start + width * min(done, total) // max(total, 1), 1000)
        return report

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(1000, 1000)


# -- writing ------------------------------------------------------------------------------
def destination(dest: str | Path) -> Path:
    """The backup file to write for ``dest`` (a folder gets a dated file); never creates a folder."""
    dest = Path(dest)
    as_folder = dest.is_dir() or str(dest).endswith(("/", os.sep)) or not dest.suffix
    folder = dest if as_folder else dest.parent
    if not folder.is_dir():
        raise CatalogueError(Message("The folder {folder} does not exist — is the stick mounted? LabNet does not "
                                     "create it, so that a backup never lands on the internal disk by mistake.",
                                     folder=folder))
    if as_folder:
        return _dated(folder, "labnet-backup-", archive.SUFFIX)
    if dest.exists():
        raise CatalogueError(Message("{path} already exists; LabNet never writes a backup over a file. Choose "
                                     "another name, or a folder for a dated file.", path=dest))
    return dest


def _dated(folder: Path, prefix: str, suffix: str = "") -> Path:
    """``folder/<prefix><time><suffix>``, with -2, -3 … when that name is taken."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path, n = folder / f"{prefix}{stamp}{suffix}", 1
    while path.exists():
        n += 1
        path = folder / f"{prefix}{stamp}-{n}{suffix}"
    return path


def backup(cat: Catalogue, dest: str | Path, progress: Progress | None = None) -> BackupCheck:
    """Write the backup of ``cat`` to ``dest`` (a file, or an existing folder for a dated file) and verify it.

    ``progress(done, total)`` may raise to cancel, leaving nothing behind.  Returns what the written
    file holds, checked; a file that does not read back as written is removed and refused."""
    dest = destination(dest)
    phases = _Phases(progress, 3, 3, 3, 1)
    partial = dest.with_name(dest.name + ".partial")
    snapshot_dir = Path(tempfile.mkdtemp(dir=cat.data_dir, prefix=".backup-"))
    try:
        snapshot = database.backup_file(cat.conn, snapshot_dir / CATALOGUE_FILE, phases.part())
        others = archive.data_folder_members(cat.data_dir)
        total = snapshot.stat().st_size + sum(p.stat().st_size for _, p in others)
        written = 0
        part = phases.part()

        def advanced(n: int) -> None:
            nonlocal written
            written += n
            if part:
                part(written, total)
        try:
            archive.write_archive(partial, cat.catalogue_id, snapshot, others, advanced)
            with partial.open("rb+") as f:
                os.fsync(f.fileno())
        except OSError as exc:
            raise CatalogueError(Message("The backup could not be written to {path} ({detail}). Check that the "
                                         "drive is plugged in, has free space and is not write-protected.",
                                         path=dest, detail=exc.strerror or str(exc))) from None
        snapshot.unlink()
        # Read back what is on the destination, and verify it exactly as a restore would.
        try:
            unpacked = archive.read_archive(partial, snapshot_dir, phases.part())
            info = _verify(partial, unpacked, snapshot_dir, phases.part(), shown_as=dest)
        except CatalogueError as exc:
            raise CatalogueError(Message(
                "The backup written to {path} did not verify, so it was removed: {detail} If “labnet audit "
                "verify” finds the same in the catalogue itself, it was changed outside LabNet: keep it as it is "
                "and tell your quality manager.", path=dest, detail=message_of(exc))) from None
        partial.replace(dest)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(snapshot_dir, ignore_errors=True)
    phases.finish()
    info.path = dest
    return info


# -- checking -----------------------------------------------------------------------------
def _source(source: str | Path) -> tuple[Path, str]:
    path = Path(source)
    if not path.is_file():
        raise CatalogueError(Message("{path} does not exist.", path=path))
    kind = archive.kind_of(path)
    if kind == "other":
        raise CatalogueError(Message("{path} is not a LabNet catalogue backup.", path=path))
    return path, kind


def _unpack(path: Path, kind: str, work: Path, progress: Progress | None) -> BackupCheck:
    """Write the backup's contents under ``work`` (as a data folder), verified."""
    phases = _Phases(progress, 1, 1)
    if kind == "zip":
        unpacked = archive.read_archive(path, work, phases.part())
        return _verify(path, unpacked, work, phases.part())
    # An old-format backup: the database file, and the attachments zip beside it if there were any.
    shutil.copyfile(path, work / CATALOGUE_FILE)
    beside = path.with_name(path.stem + ".attachments.zip")
    found = archive.old_format_attachments(beside, work) if beside.is_file() else set()
    info = _check_catalogue(path, work, phases.part())
    info.format, info.attachments = "old", len(found)
    info.size = path.stat().st_size + (beside.stat().st_size if beside.is_file() else 0)
    return info


def _verify(path: Path, unpacked: archive.Unpacked, work: Path, progress: Progress | None,
            shown_as: Path | None = None) -> BackupCheck:
    info = _check_catalogue(shown_as or path, work, progress)
    info.format = f"{archive.FORMAT} {archive.VERSION}"
    info.size = path.stat().st_size
    info.carries = [unit for unit, names in archive.UNITS.items()
                    if any(n == m or n.startswith(m + "/") for n in unpacked.manifest.members for m in names)]
    return info


def _check_catalogue(shown: Path, work: Path, progress: Progress | None) -> BackupCheck:
    """The unpacked catalogue in ``work``: SQLite's integrity check, a LabNet schema, then integrity.verify."""
    db_file = work / CATALOGUE_FILE
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
            if schema > LATEST:
                raise CatalogueError(Message("{path} comes from a newer version of LabNet (schema {schema}); "
                                             "install that version to restore it.", path=shown, schema=schema))
            sealed = integrity.sealed(conn)
            report = integrity.verify(conn, work / archive.ATTACHMENTS_DIR, progress)
            if not report.ok:
                shown_problems = "; ".join(str(p) for p in report.problems[:5])
                raise CatalogueError(Message(
                    "{path} does not verify ({count} problem(s): {problems}). The backup may have been damaged "
                    "or tampered with; it cannot be restored. Keep it for investigation and use another backup.",
                    path=shown, count=len(report.problems), problems=shown_problems))
            counts = {t: db[t].count for t in ("reference_samples", "training_records", "profiling_results")}
            last = conn.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()[0]
            row = conn.execute("SELECT value FROM meta WHERE key = 'catalogue_id'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CatalogueError(Message("{path} is not a LabNet catalogue backup ({detail}).", path=shown,
                                     detail=str(exc))) from None
    return BackupCheck(shown, "", 0, schema, counts, report.entries, last, report.attachments,
                       records_verified=sealed, notes=[str(n) for n in report.notes],
                       catalogue_id=row[0] if row else None)


def check(source: str | Path, work_dir: str | Path, progress: Progress | None = None) -> BackupCheck:
    """Verify the backup ``source`` as a restore would, changing nothing; ``work_dir`` (the data folder)
    holds the unpacked copy while it is checked."""
    path, kind = _source(source)
    work = Path(tempfile.mkdtemp(dir=work_dir, prefix=".checking-"))
    try:
        return _unpack(path, kind, work, progress)
    finally:
        shutil.rmtree(work, ignore_errors=True)


# -- restoring ----------------------------------------------------------------------------
def as_user(username: str | None) -> Authorise:
    """Authorisation by name only (no password): for the library's own callers and tests; the command
    line passes its authenticated open instead."""
    def authorise(folder: Path) -> None:
        with Catalogue.open(folder, user=username) as cat:
            cat.actor.require("restore_backup")
    return authorise


def restore(data_dir: str | Path, source: str | Path, authorise: Authorise,
            progress: Progress | None = None) -> tuple[BackupCheck, Path | None]:
    """Replace the catalogue in ``data_dir`` (and the keys, sync state and policy the backup holds) with the
    verified backup ``source``.

    ``authorise(folder)`` opens the catalogue in ``folder`` as the person restoring and raises unless they
    may restore: it is called on the current catalogue, or, in a folder without one or with one this version
    cannot read (damaged: the very case for a restore), on the backup's.
    Returns the check and the folder keeping what was replaced (None if nothing was)."""
    path, kind = _source(source)
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / CATALOGUE_FILE
    with lock.exclusive(target):
        current = catalogue_state(target)
        if current == "usable":
            authorise(data_dir)
        # Work folders left by a backup or restore that was killed: none can be running now (the lock).
        for stale in [*data_dir.glob(".restoring-*"), *data_dir.glob(".backup-*")]:
            shutil.rmtree(stale, ignore_errors=True)
        work = Path(tempfile.mkdtemp(dir=data_dir, prefix=".restoring-"))
        try:
            info = _unpack(path, kind, work, progress)
            if current != "usable":
                authorise(work)
            replaced_id = _catalogue_id(target) if current == "usable" else None
            kept = _install(work, data_dir, current)
            if replaced_id and info.catalogue_id and replaced_id != info.catalogue_id:
                info.notes.append(Message("The backup is of another catalogue (id {backup}) than the one it "
                                          "replaced (id {replaced}); that one is kept in {kept}.",
                                          backup=info.catalogue_id, replaced=replaced_id, kept=kept))
        finally:
            shutil.rmtree(work, ignore_errors=True)
        # Bring an older backup up to the current schema now (the usual copy is made first).
        conn = database.connect(target)
        try:
            database.migrate(conn, target)
        finally:
            conn.close()
    return info, kept


def _catalogue_id(target: Path) -> str | None:
    conn = database.connect(target)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'catalogue_id'").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def catalogue_state(target: Path) -> str:
    """"none", "usable", or "unreadable" (not a catalogue, damaged, or from a newer LabNet)."""
    if not target.exists():
        return "none"
    try:
        conn = database.connect(target)
    except CatalogueError:
        return "unreadable"
    try:
        if not 0 < database.schema_version(conn) <= LATEST:
            return "unreadable"
        conn.execute("SELECT count(*) FROM users").fetchone()
        return "usable"
    except sqlite3.DatabaseError:
        return "unreadable"
    finally:
        conn.close()


def _install(work: Path, data_dir: Path, current: str) -> Path | None:
    """Move the unpacked backup into ``data_dir``; what it replaces goes to ``replaced-<time>/``."""
    target = data_dir / CATALOGUE_FILE
    if current == "usable":
        # No one else has it open (the exclusive lock): fold its WAL in, before anything is moved.
        conn = sqlite3.connect(str(target))
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            conn.close()
        if busy:
            raise CatalogueError(Message("The catalogue in {folder} is in use by another program; close it and "
                                         "run the restore again; nothing was changed.", folder=data_dir))
    kept = _dated(data_dir, "replaced-")
    moved = False

    def set_aside(name: str) -> None:
        nonlocal moved
        here = data_dir / name
        if here.exists():
            kept.mkdir(exist_ok=True)
            here.replace(kept / name)
            moved = True

    # Attachments are stored by content: the backup's are added, none is replaced.
    for f in sorted((work / archive.ATTACHMENTS_DIR).glob("??/*")):
        final = data_dir / archive.ATTACHMENTS_DIR / f.parent.name / f.name
        if not final.exists():
            final.parent.mkdir(parents=True, exist_ok=True)
            f.replace(final)
    # Keys, sync state and policy: replaced as units when the backup holds them, left alone when it does not.
    for names in archive.UNITS.values():
        if any((work / name).exists() for name in names):
            for name in names:
                set_aside(name)
                if (work / name).exists():
                    (work / name).replace(data_dir / name)
    for private in (data_dir / archive.KEYS_DIR).glob("*.key"):
        private.chmod(0o600)
    set_aside(CATALOGUE_FILE)
    for suffix in ("-wal", "-shm"):
        if current == "unreadable":
            set_aside(CATALOGUE_FILE + suffix)   # kept whole, as it was found
        Path(str(target) + suffix).unlink(missing_ok=True)
    (work / CATALOGUE_FILE).replace(target)
    return kept if moved else None
