"""Errors a laboratory user can understand and act on.

Every exception raised deliberately by the catalogue derives from
``CatalogueError``; its message is a complete sentence written for an analyst
(what happened, and what to do), so the command line and the desktop show it
as it is.
"""

from __future__ import annotations

from dataclasses import dataclass


class CatalogueError(Exception):
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
