"""Errors a laboratory user can understand and act on.

Every exception raised deliberately by the catalogue derives from
``CatalogueError``; its message is a complete sentence written for an analyst
(what happened, and what to do), so the command line and the desktop show it
as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from labnet.common.messages import Message, TranslatableError, message_of  # noqa: F401  (the catalogue's names for them)


class CatalogueError(TranslatableError):
    """Something the user can fix; the message says what and how."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one value of a record."""

    field: str  # the record field, or "" when the problem concerns the whole record
    value: object
    message: str  # a sentence for an analyst

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class ValidationError(CatalogueError):
    """A record was refused; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


class NotFound(CatalogueError):
    pass


class ConflictError(CatalogueError):
    """The record changed since it was read (someone else saved first)."""


class PermissionDenied(CatalogueError):
    pass


class SchemaTooNew(CatalogueError):
    pass


class StorageError(CatalogueError):
    """The disk refused a write (full, read-only, failing); the change was rolled back whole."""


def storage_error(exc: BaseException, where: str) -> StorageError | None:
    """The plain-words error for an SQLite failure that comes from the disk, or None for other failures."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError(Message("The disk holding {where} is full: nothing of this change was saved. Free some "
                                    "space (or move the data folder with --data-dir) and try again.", where=where))
    if "readonly" in text or "read-only" in text:
        return StorageError(Message("{where} cannot be written: the file or its folder is read-only (or belongs to "
                                    "another user). Nothing was changed. Choose a folder you can write to with "
                                    "--data-dir.", where=where).capitalized())
    if "unable to open" in text:
        return StorageError(Message("{where} cannot be opened: the folder is missing, read-only or not yours. "
                                    "Nothing was changed. Choose a folder you can write to with --data-dir.",
                                    where=where).capitalized())
    if "disk i/o error" in text:
        return StorageError(Message("The disk reported an error while saving to {where}: nothing of this change "
                                    "was saved. Check the disk (and make a backup) before going on.", where=where))
    return None
