"""Backups a laboratory can trust: consistent while the app runs, checked
before they are restored.

``backup`` copies the database with SQLite's online backup API (a consistent
snapshot even while another process writes) into a single file, and adds the
attachments into a zip beside it when there are any.  ``restore`` opens the
copy read-only, runs ``PRAGMA integrity_check``, checks the schema and the
audit chain, and only then replaces the catalogue, keeping the replaced file.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import sqlite_utils

from . import audit, database
from .attachments import attachment_dir
from .errors import CatalogueError, Message
from .migrations import LATEST
from .store import CATALOGUE_FILE, Catalogue


@dataclass
class BackupCheck:
    path: Path
    schema: int
    records: dict[str, int]
    audit_entries: int
    last_change: int


def backup(cat: Catalogue, dest: str | Path, progress: Callable[[int, int], None] | None = None) -> Path:
    """Copy the catalogue to ``dest`` (a file, or a folder for a dated file);
    ``progress(done, total)`` may raise to cancel, leaving nothing behind."""
    dest = Path(dest)
    if dest.is_dir() or not dest.suffix:  # a folder, existing or to be made
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        dest = dest / f"labnet-backup-{stamp}.db"
    try:
        database.backup_file(cat.conn, dest, progress)
    except (OSError, sqlite3.Error) as exc:
        raise CatalogueError(Message("The backup could not be written to {path} ({detail}). Check that the drive "
                                     "is plugged in, has free space and is not write-protected.", path=dest,
                                     detail=str(exc))) from None
    files = attachment_dir(cat)
    if files.is_dir() and any(files.rglob("*")):
        with zipfile.ZipFile(_attachments_zip(dest), "w", compression=zipfile.ZIP_STORED) as zf:
            for f in sorted(files.rglob("*")):
                if f.is_file() and len(f.name) == 64:
                    zf.write(f, f.relative_to(files).as_posix())
    return dest


def _attachments_zip(db_file: Path) -> Path:
    return db_file.with_name(db_file.stem + ".attachments.zip")


def check(path: str | Path) -> BackupCheck:
    """Refuse anything that is not an intact LabNet catalogue."""
    path = Path(path)
    if not path.is_file():
        raise CatalogueError(Message("{path} does not exist.", path=path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            schema = conn.execute("PRAGMA user_version").fetchone()[0]
            db = sqlite_utils.Database(conn)
            tables = set(db.table_names())
            if result != "ok":
                raise CatalogueError(Message("{path} is damaged (integrity check: {result}); it cannot be "
                                             "restored.", path=path, result=result))
            if not {"reference_samples", "changes", "audit_log"} <= tables or schema < 1:
                raise CatalogueError(Message("{path} is not a LabNet catalogue backup.", path=path))
            if schema > LATEST:
                raise CatalogueError(Message("{path} comes from a newer version of LabNet (schema {schema}); "
                                             "install that version to restore it.", path=path, schema=schema))
            report = audit.verify(conn)
            if not report.ok:
                raise CatalogueError(Message("The audit trail in {path} does not verify ({problem}); the backup "
                                             "may have been tampered with and was not restored.", path=path,
                                             problem=report.problems[0]))
            counts = {t: db[t].count for t in ("reference_samples", "training_records", "profiling_results")}
            last = conn.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CatalogueError(Message("{path} is not a LabNet catalogue backup ({detail}).", path=path,
                                     detail=str(exc))) from None
    return BackupCheck(path, schema, counts, report.entries, last)


def restore(data_dir: str | Path, source: str | Path) -> tuple[BackupCheck, Path | None]:
    """Replace the catalogue in ``data_dir`` with the checked backup ``source``.

    The catalogue being replaced is kept as ``catalogue.replaced-<time>.db``;
    returns the check and that path.  Close every window on the catalogue first.
    """
    info = check(source)
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / CATALOGUE_FILE
    kept = None
    if target.exists():
        with Catalogue.open(target) as current:
            current.actor.require("restore_backup")
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = database.backup_file(current.conn, data_dir / f"catalogue.replaced-{stamp}.db")
    tmp = data_dir / (CATALOGUE_FILE + ".restoring")
    shutil.copyfile(info.path, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    tmp.replace(target)
    archive = _attachments_zip(Path(source))
    if archive.is_file():
        with zipfile.ZipFile(archive) as zf:
            for name in zf.namelist():
                parts = Path(name).parts
                # Only "ab/<64 hex>" entries: nothing in the zip can write elsewhere.
                if len(parts) == 2 and len(parts[1]) == 64 and parts[1].startswith(parts[0]):
                    out = data_dir / "attachments" / parts[0] / parts[1]
                    out.parent.mkdir(parents=True, exist_ok=True)
                    out.write_bytes(zf.read(name))
    # Bring an older backup up to the current schema now, with the usual backup first.
    Catalogue.open(target).close()
    return info, kept
