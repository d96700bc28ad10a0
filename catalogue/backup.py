"""Backups a laboratory can trust: one file, verified after it is written and before it is restored.

``backup`` snapshots the database with SQLite's online backup API (consistent
while others write), verifies the snapshot as ``labnet audit verify`` does,
writes it with the attachments, the laboratory's keys, sync state and sharing
policy into one zip with a manifest of SHA-256 digests (``backup_archive``),
then reads the file back and checks every member against the manifest before
saying it is written.  A catalogue that does not verify (changed outside
LabNet) is backed up all the same — the data are still the laboratory's, and
the altered state is evidence — with what verify found recorded in the
manifest; a file that does not read back as written is removed and refused.
``check`` and ``restore`` (``backup_check``) verify every member against the
manifest, then the catalogue (``integrity.verify``: the audit chain and every
record and attached file against its latest digest), which is what catches a
value changed inside a page that SQLite's own integrity check passes; it must
verify, or find exactly what was recorded when the backup was written.

``restore`` holds the catalogue's exclusive lock (``labnet.catalogue.lock``), so it
is refused while another LabNet process has it open; the person restoring must
be an administrator of the catalogue being replaced or, in a folder with no
catalogue yet or one this version cannot read (damaged), of the backup.  A
backup with recorded findings is restored only when they are accepted, and
every restore is an audit entry (with the findings accepted).  Everything it
replaces is kept in ``replaced-<time>/``.  Old-format backups (a ``.db`` with
a ``.attachments.zip`` beside it) still restore.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from labnet.common import clock

from . import audit, database, lock
from . import backup_archive as archive
from .backup_check import BackupCheck, Phases, Progress, check, check_catalogue, describe_members, source_of, unpack
from .errors import CatalogueError, Message, message_of
from .migrations import LATEST
from .store import CATALOGUE_FILE, Catalogue

__all__ = ["BackupCheck", "archive", "as_user", "backup", "catalogue_state", "check", "destination", "restore"]

Authorise = Callable[[Path], str]   # raises unless the person may restore; returns their user name


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
    stamp = clock.file_stamp()
    path, n = folder / f"{prefix}{stamp}{suffix}", 1
    while path.exists():
        n += 1
        path = folder / f"{prefix}{stamp}-{n}{suffix}"
    return path


def backup(cat: Catalogue, dest: str | Path, progress: Progress | None = None) -> BackupCheck:
    """Write the backup of ``cat`` to ``dest`` (a file, or an existing folder for a dated file) and verify it.

    ``progress(done, total)`` may raise to cancel, leaving nothing behind.  Returns what the written
    file holds, checked; a file that does not read back as written is removed and refused.

    A catalogue that does not verify (changed outside LabNet) is backed up all the same — it is still the
    laboratory's only copy, and the altered state is evidence — with what verify found recorded in the
    manifest; the result's ``findings`` says so, and the caller must say it."""
    dest = destination(dest)
    phases = Phases(progress, 3, 1, 3, 3)
    partial = dest.with_name(dest.name + ".partial")
    snapshot_dir = Path(tempfile.mkdtemp(dir=cat.data_dir, prefix=".backup-"))
    try:
        snapshot = database.backup_file(cat.conn, snapshot_dir / CATALOGUE_FILE, phases.part())
        # The snapshot is verified before it is written, so that what verify finds travels in the manifest;
        # reading back then proves the file holds exactly this snapshot (every member's SHA-256).
        try:
            info = check_catalogue(cat.path, snapshot, cat.data_dir / archive.ATTACHMENTS_DIR, phases.part(),
                                    writing=True)
        except CatalogueError as exc:
            raise CatalogueError(Message("The catalogue could not be backed up; nothing was written: {detail}",
                                         detail=message_of(exc))) from None
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
            archive.write_archive(partial, cat.catalogue_id, snapshot, others, advanced, info.findings)
            with partial.open("rb+") as f:
                os.fsync(f.fileno())
        except OSError as exc:
            raise CatalogueError(Message("The backup could not be written to {path} ({detail}). Check that the "
                                         "drive is plugged in, has free space and is not write-protected.",
                                         path=dest, detail=exc.strerror or str(exc))) from None
        snapshot.unlink()
        # Read back what is on the destination: every member against the manifest, the findings as recorded.
        try:
            unpacked = archive.read_archive(partial, snapshot_dir, phases.part())
            if unpacked.manifest.findings != info.findings:
                raise CatalogueError(Message("its record of what verifying the catalogue found reads back "
                                             "differently."))
        except CatalogueError as exc:
            raise CatalogueError(Message(
                "The backup written to {path} does not read back as it was written, so it was removed: {detail} "
                "The drive may be failing: try another one.", path=dest, detail=message_of(exc))) from None
        describe_members(info, partial, unpacked)
        partial.replace(dest)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(snapshot_dir, ignore_errors=True)
    phases.finish()
    info.path = dest
    return info


# -- restoring ----------------------------------------------------------------------------
def as_user(username: str | None) -> Authorise:
    """Authorisation by name only (no password): for the library's own callers and tests; the command
    line passes its authenticated open instead."""
    def authorise(folder: Path) -> str:
        with Catalogue.open(folder, user=username) as cat:
            cat.actor.require("restore_backup")
            return cat.actor.username
    return authorise


def restore(data_dir: str | Path, source: str | Path, authorise: Authorise,
            progress: Progress | None = None, accept_findings: bool = False) -> tuple[BackupCheck, Path | None]:
    """Replace the catalogue in ``data_dir`` (and the keys, sync state and policy the backup holds) with the
    verified backup ``source``.

    ``authorise(folder)`` opens the catalogue in ``folder`` as the person restoring and raises unless they
    may restore: it is called on the current catalogue, or, in a folder without one or with one this version
    cannot read (damaged: the very case for a restore), on the backup's.
    A backup written from a catalogue that did not verify (its findings recorded in it) is restored only
    with ``accept_findings``; the restore's audit entry then lists them.
    Returns the check and the folder keeping what was replaced (None if nothing was)."""
    path, kind = source_of(source)
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / CATALOGUE_FILE
    with lock.exclusive(target):
        current = catalogue_state(target)
        if current == "usable":
            who = authorise(data_dir)
        # Work folders left by a backup or restore that was killed: none can be running now (the lock).
        for stale in [*data_dir.glob(".restoring-*"), *data_dir.glob(".backup-*")]:
            shutil.rmtree(stale, ignore_errors=True)
        work = Path(tempfile.mkdtemp(dir=data_dir, prefix=".restoring-"))
        try:
            info = unpack(path, kind, work, progress)
            if current != "usable":
                who = authorise(work)
            if info.findings is not None and not accept_findings:
                raise CatalogueError(Message.plural(
                    "{path} was written from a catalogue that did not verify ({n} finding recorded on "
                    "{at}: {findings}). Restoring it brings those records back as they were then. An "
                    "administrator who has read the findings may restore it all the same (on the command line: "
                    "--accept-findings); the audit trail will record it. Nothing was changed.",
                    "{path} was written from a catalogue that did not verify ({n} findings recorded on "
                    "{at}: {findings}). Restoring it brings those records back as they were then. An "
                    "administrator who has read the findings may restore it all the same (on the command line: "
                    "--accept-findings); the audit trail will record it. Nothing was changed.",
                    len(info.findings.problems), path=path, at=info.findings.checked_at,
                    findings="; ".join(info.findings.problems[:5])))
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
            _record_restore(conn, who, path, info, kept)
        finally:
            conn.close()
    return info, kept


def _record_restore(conn: sqlite3.Connection, who: str, path: Path, info: BackupCheck, kept: Path | None) -> None:
    """One audit entry in the restored catalogue: who restored which backup, and the findings they accepted."""
    detail: dict = {"backup": path.name, "format": info.format, "backup_catalogue_id": info.catalogue_id,
                    "replaced_kept_in": kept.name if kept else None}
    if info.findings is not None:
        detail["accepted_findings"] = info.findings.to_json()
    at = clock.stamp()
    conn.execute("BEGIN IMMEDIATE")
    try:
        audit.append(conn, [audit.AuditEvent(at, who, "restore", None, None, detail)])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


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
        if not 0 < database.schema_version(conn) <= LATEST or database.too_new(conn):
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
