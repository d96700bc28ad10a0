"""Canonical JSON: the one byte form of every document LabNet signs or digests.

Rules (``docs/bundle-format.md`` §2): UTF-8; object keys sorted by code
point; no whitespace between tokens (separators ``,`` and ``:``); non-ASCII
characters written as themselves, only ``"``, ``\\`` and control characters
escaped (as JSON requires); integers in decimal; other numbers as the
shortest decimal that reads back to the same IEEE-754 double (Python's
``repr``); NaN and infinities refused; ``true``/``false``/``null``.

Readers never re-serialise to check a digest or a signature: they check the
bytes they received.  Canonical form matters to writers, so that the same
content always gives the same bytes (a re-made bundle has the same payload
digest).
"""

from __future__ import annotations

import json
from typing import Any, Iterable

from catalogue.errors import Message, message_of

# Built once: json.dumps with options builds a new encoder on every call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


class CanonicalError(ValueError):
    pass


def dumps(value: Any) -> bytes:
    """The canonical UTF-8 bytes of ``value`` (dicts, lists, str, int, float, bool, None)."""
    try:
        return _ENCODER.encode(value).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise CanonicalError(Message("cannot be written as canonical JSON: {reason}",
                                     reason=message_of(exc))) from None


def dumps_lines(values: Iterable[Any]) -> bytes:
    """JSON lines: the canonical form of each value followed by one ``\\n``."""
    encode = _ENCODER.encode
    try:
        return "".join(encode(v) + "\n" for v in values).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise CanonicalError(Message("cannot be written as canonical JSON: {reason}",
                                     reason=message_of(exc))) from None


def _reject_constant(name: str) -> Any:
    raise CanonicalError(Message("{value} is not allowed in LabNet JSON", value=name))


def _unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise CanonicalError(Message("an object names the same key twice"))
    return out


_DECODER = json.JSONDecoder(parse_constant=_reject_constant, object_pairs_hook=_unique_object)


def loads(data: bytes | str) -> Any:
    """Parse JSON strictly: UTF-8, no NaN/Infinity, no duplicate keys."""
    try:
        text = data.decode("utf-8") if isinstance(data, (bytes, bytearray, memoryview)) else data
        return _DECODER.decode(text)
    except UnicodeDecodeError:
        raise CanonicalError(Message("is not UTF-8 text")) from None
    except json.JSONDecodeError as exc:
        raise CanonicalError(Message("is not valid JSON ({reason} at character {position})", reason=exc.msg,
                                     position=exc.pos)) from None
    except RecursionError:
        raise CanonicalError(Message("is nested too deeply")) from None
    except ValueError as exc:   # e.g. an integer of more digits than Python converts
        raise CanonicalError(Message("is not acceptable JSON ({reason})", reason=message_of(exc))) from None


def is_canonical(data: bytes) -> bool:
    """Whether ``data`` is exactly the canonical form of what it encodes."""
    try:
        return dumps(loads(data)) == bytes(data)
    except CanonicalError:
        return False
