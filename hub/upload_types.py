"""What an upload is (``Upload``, a row of room ``uploads``) and the ways one is refused (``UploadError`` and
its kinds, each a sentence fit for the uploader), shared by the store (``hub/uploads.py``), the chunk writer
(``hub/upload_chunks.py``), the tus routes (``hub/tus.py``), the ingest and the peer hubs' uploads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


class UploadError(Exception):
    """Base class: what went wrong, in a sentence fit for the uploader."""


class UploadNotFound(UploadError):
    pass


class UploadGone(UploadError):
    """The upload expired or was terminated."""


class OffsetMismatch(UploadError):
    def __init__(self, expected: int, given: int):
        super().__init__(f"the upload is at byte {expected:,}, not {given:,}; ask for the offset (HEAD) and resume from it")
        self.expected = expected


class AlreadyComplete(OffsetMismatch):
    def __init__(self, length: int):
        UploadError.__init__(self, f"the upload is complete ({length:,} bytes); there is nothing more to send")
        self.expected = length


class TooLarge(UploadError):
    pass


class ChecksumMismatch(UploadError):
    pass


class UploadInvalid(UploadError):
    """The upload's declared length cannot be."""


class TooManyOpen(UploadError):
    """The uploader already has as many unfinished uploads as it may."""


@dataclass(frozen=True)
class Upload:
    id: str
    owner: str
    length: int
    offset: int
    metadata: dict[str, str]
    created_at: dt.datetime
    expires_at: dt.datetime
    completed_at: dt.datetime | None
    sha256: str | None
    ingested_at: dt.datetime | None = None   # ingested: its bytes are gone, its row answers until it expires

    @property
    def complete(self) -> bool:
        return self.offset == self.length
