"""The hub's refusals: each names its case in ``labnet.protocol.problems``, which gives its HTTP status.

Apart from ``store.py`` so that the hub's store classes (``store_*.py``), which raise them, need not import
the store that composes them; ``labnet.hub.store`` still exports them, where callers have always found them."""

from __future__ import annotations

from labnet.protocol.problems import problem


class HubError(Exception):
    """A request the hub refuses; ``code`` names the case in ``labnet.protocol.problems`` (which gives its HTTP status).

    A class gives its usual code; a raise names a more precise one with ``code=``."""

    code = "invalid-request"

    def __init__(self, message: str, *, code: str | None = None):
        super().__init__(message)
        self.user_message = message
        if code is not None:
            self.code = code

    @property
    def status(self) -> int:
        return problem(self.code).status


class Unauthenticated(HubError):
    code = "unauthenticated"


class Forbidden(HubError):
    code = "forbidden"


class NotFound(HubError):
    code = "not-found"


class Conflict(HubError):
    code = "conflict"
