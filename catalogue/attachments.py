"""Certificates and other files, stored by content beside the database.

A file is kept once under ``attachments/ab/abcdef…`` (its SHA-256), so the
same certificate attached twice takes no more room, and a record refers to it
by digest: a changed file can never pass for the one that was attached.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from pathlib import Path

from labnet.common.labfolder import LabFolder

from . import audit
from .errors import CatalogueError, Message, NotFound
from .store import Catalogue, Record, utc_now

MAX_BYTES = 50 * 1024 * 1024
ALLOWED_TYPES = {"application/pdf", "image/png", "image/jpeg", "image/tiff", "text/plain"}


def attachment_dir(cat: Catalogue) -> Path:
    return LabFolder(cat.data_dir).attachments


def attachment_path(cat: Catalogue, sha256: str) -> Path:
    if len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
        raise NotFound(Message("“{reference}” is not an attachment reference.", reference=sha256))
    return attachment_dir(cat) / sha256[:2] / sha256


def store_file(cat: Catalogue, source: str | Path) -> Record:
    """Copy ``source`` into the catalogue's attachment store; returns its entry."""
    source = Path(source)
    if not source.is_file():
        raise CatalogueError(Message("{path} does not exist or is not a file.", path=source))
    size = source.stat().st_size
    if size > MAX_BYTES:
        raise CatalogueError(Message("{name} is {size:.0f} MB; attachments are limited to "
                                     "{limit} MB. Scan the certificate at a lower resolution.",
                                     name=source.name, size=size / 1e6, limit=MAX_BYTES // (1024 * 1024)))
    media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    if media_type not in ALLOWED_TYPES:
        raise CatalogueError(Message("{name} is not a PDF, image or text file; attach the certificate as a PDF.",
                                     name=source.name))
    digest = hashlib.sha256()
    target_dir = attachment_dir(cat)
    target_dir.mkdir(parents=True, exist_ok=True)
    # Copy to a temporary file while hashing, then move into place: a crash
    # never leaves a half-written file under a valid digest.
    with source.open("rb") as src, tempfile.NamedTemporaryFile(dir=target_dir, delete=False) as tmp:
        for block in iter(lambda: src.read(1 << 20), b""):
            digest.update(block)
            tmp.write(block)
        tmp.flush()
        os.fsync(tmp.fileno())
    sha = digest.hexdigest()
    final = attachment_path(cat, sha)
    final.parent.mkdir(exist_ok=True)
    if final.exists():
        os.unlink(tmp.name)
    else:
        shutil.move(tmp.name, final)
    entry = {"sha256": sha, "filename": source.name, "media_type": media_type, "size": size,
             "added_at": utc_now(), "added_by": cat.actor.username}
    with cat.transaction():
        cat.conn.execute("INSERT OR IGNORE INTO attachments (sha256, filename, media_type, size, added_at, added_by)"
                         " VALUES (:sha256, :filename, :media_type, :size, :added_at, :added_by)", entry)
    return entry


def attach_certificate(cat: Catalogue, kind: str, record_id: str, source: str | Path) -> Record:
    """Store ``source`` and make it the certificate of the record (a new version)."""
    with cat.transaction():
        entry = store_file(cat, source)
        cat.update(kind, record_id, {"certificate": entry["sha256"]})
        audit.append(cat.conn, [audit.AuditEvent(entry["added_at"], cat.actor.username, "attach", kind, record_id,
                                                 {"sha256": entry["sha256"], "filename": entry["filename"]})])
    return entry


def open_attachment(cat: Catalogue, sha256: str) -> Path:
    """The stored file, after checking it still has the digest it was filed under."""
    path = attachment_path(cat, sha256)
    if not path.is_file():
        raise NotFound(Message("The attached file is missing from the catalogue folder; restore it from a backup."))
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != sha256:
        raise CatalogueError(Message("The attached file {name} has been altered since it was attached; "
                                     "restore it from a backup.", name=path.name))
    return path


def describe(cat: Catalogue, sha256: str) -> Record | None:
    row = cat.conn.execute("SELECT * FROM attachments WHERE sha256 = ?", (sha256,)).fetchone()
    return dict(row) if row else None
