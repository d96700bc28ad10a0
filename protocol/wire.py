"""What every typed message of the protocol shares: reading a JSON object's fields with a refusal that says which.

Each message the laboratory and the hub exchange as JSON is a frozen dataclass with ``to_json()`` (the object
to send) and ``from_json()`` (which validates and raises ``WireError``), in the module of its subject:
``labnet.protocol.session`` (SessionRequest, Session), ``labnet.protocol.enrolment`` (EnrolmentCode, EnrolmentRequest,
Enrolled, EnrolmentFile), ``labnet.protocol.receipt`` (Receipt), ``labnet.protocol.bulletin`` (Bulletin, and the contents of
its kinds in ``labnet.protocol.notices``).  The signed ones keep their bytes: they are written by ``labnet.protocol.canonical``
from the same fields as before (``tests/vectors``).
"""

from __future__ import annotations

from typing import Any

from labnet.common.messages import Message

from .errors import SyncError


class WireError(SyncError):
    """A message from the other side is not of the form the protocol gives it; the message says which field."""


def wire_object(doc: object, what: str) -> dict[str, Any]:
    """``doc`` when it is a JSON object, else WireError naming ``what`` (a Message: "the session request")."""
    if not isinstance(doc, dict):
        raise WireError(Message("{what} is not a JSON object", what=what).capitalized())
    return doc


def field_text(doc: dict[str, Any], name: str, what: str, *, default: str | None = None) -> str:
    """The text field ``name`` of ``doc``; WireError when it is missing (and has no default) or not text."""
    value = doc.get(name, default)
    if value is None:
        raise WireError(Message("{what} lacks its “{name}”", what=what, name=name).capitalized())
    if not isinstance(value, str):
        raise WireError(Message("{what}'s “{name}” is not text", what=what, name=name).capitalized())
    return value


def field_int(doc: dict[str, Any], name: str, what: str, *, low: int = 0) -> int:
    """The whole-number field ``name`` of ``doc`` (``low`` or more; a JSON ``true`` is not a number)."""
    value = doc.get(name)
    if value is None:
        raise WireError(Message("{what} lacks its “{name}”", what=what, name=name).capitalized())
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise WireError(Message("{what}'s “{name}” is not a whole number of at least {low}", what=what, name=name,
                                low=low).capitalized())
    return value
