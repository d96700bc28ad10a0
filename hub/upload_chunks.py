"""One chunk of an upload being written (``ChunkWriter``), under the writer lease that keeps a second writer out
whichever hub process it reached; ``UploadStore.open_chunk`` (``hub/uploads.py``) makes one.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from typing import TYPE_CHECKING

from .upload_types import ChecksumMismatch, TooLarge, Upload

if TYPE_CHECKING:
    from .uploads import UploadStore

WRITER_LEASE_SECONDS = 120.0   # renewed while bytes arrive (tus ends a chunk after 60 s without one)


class ChunkWriter:
    """One chunk being written: ``write`` the bytes as they arrive, then ``finish`` or ``abort``.

    Without a checksum, every byte that arrived is kept even if the
    connection breaks mid-chunk (``abort(keep_received=True)``), so the client
    resumes from the new offset.  With one, the chunk is kept only if it
    arrived whole and matches; otherwise the offset does not move.
    """

    def __init__(self, store: UploadStore, upload: Upload, checksum: tuple[str, bytes] | None, writer: str):
        self._store = store
        self.upload = upload
        self._writer = writer
        self._renew_at = time.monotonic() + WRITER_LEASE_SECONDS / 4
        self._digest = hashlib.new(checksum[0]) if checksum else None
        self._expected = checksum[1] if checksum else b""
        self._written = 0
        self._out = store._path(upload.id).open("r+b")
        self._out.truncate(upload.offset)  # drop a torn append left by a crash
        self._out.seek(upload.offset)

    @property
    def renewal_due(self) -> bool:
        """Whether the next ``write`` renews the writer's lease (a commit): the hub's event loop hands that one to
        a thread (hub/tus.py, issue 19)."""
        return time.monotonic() >= self._renew_at

    def write(self, block: bytes) -> None:
        if self._written + len(block) > self.upload.length - self.upload.offset:
            raise TooLarge(f"the chunk goes past the declared upload length of {self.upload.length:,} bytes")
        self._out.write(block)
        self._written += len(block)
        if self._digest is not None:
            self._digest.update(block)
        if time.monotonic() >= self._renew_at:   # a long chunk keeps its lease while its bytes keep coming
            self._store._hold(self.upload.id, self._writer)
            self._renew_at = time.monotonic() + WRITER_LEASE_SECONDS / 4

    def finish(self) -> Upload:
        """Commit the chunk (after checking its checksum); returns the upload after it."""
        try:
            if self._digest is not None and not secrets.compare_digest(self._digest.digest(), self._expected):
                raise ChecksumMismatch("the chunk's checksum does not match its bytes; send it again")
            self._store._commit(self._out, self.upload, self.upload.offset + self._written, self._writer)
            self._close(released=True)
        finally:
            self._close()
        return self._store.get(self.upload.id, self.upload.owner)

    def abort(self, *, keep_received: bool) -> None:
        """Stop; keep the bytes that arrived only if asked and no checksum covers the chunk."""
        try:
            if keep_received and self._digest is None and self._written:
                self._store._commit(self._out, self.upload, self.upload.offset + self._written, self._writer)
                self._close(released=True)
        finally:
            self._close()

    def _close(self, *, released: bool = False) -> None:
        # ``released``: the commit freed the upload in the statement that moved its offset, so a client that
        # reads the new offset (HEAD) and resumes at once does not find it still busy with this chunk.
        if not self._out.closed:
            self._out.close()
            if not released:
                self._store._release(self.upload.id, self._writer)
