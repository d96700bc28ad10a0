"""Canonical JSON: the one byte form of every document LabNet signs or digests.

Rules (``docs/bundle-format.md`` §2, byte for byte): UTF-8; object keys are
strings, sorted by code point; no whitespace between tokens (separators ``,``
and ``:``); in strings only ``"``, ``\\`` and U+0000–U+001F are escaped
(``\\b \\t \\n \\f \\r`` short, the others ``\\u00xx`` in lowercase hex) and
every other character is written as itself (DEL, C1 controls, U+2028);
lone surrogates are refused (they have no UTF-8 form); integers in decimal,
at most 2**53 - 1 in magnitude (I-JSON, RFC 7493: every reader that holds
numbers as doubles reads them exactly); other numbers as Python's ``repr``
of the double (shortest round-trip digits, exponent form ``1e-07`` /
``1e+16`` outside 1e-4 <= |x| < 1e16, else fixed with at least one decimal:
``72.0``, ``-0.0``); NaN and infinities refused; ``true``/``false``/``null``.
Why this and not RFC 8785 (JCS) is in §2 of the format.

Readers never re-serialise to check a digest or a signature: they check the
bytes they received.  Canonical form matters to writers, so that the same
content always gives the same bytes (a re-made bundle has the same payload
digest).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from labnet.common.messages import Message, message_of

# Built once: json.dumps with options builds a new encoder on every call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


class CanonicalError(ValueError):
    pass


MAX_INTEGER = 2**53 - 1   # I-JSON's exact range; larger magnitudes are refused (§2)


def _check_value(value: Any) -> None:
    """Refuse what ``json`` would write but §2 does not allow: non-string keys, integers out of range.

    (``json`` writes ``{10: …, 9: …}`` as ``{"9":…,"10":…}`` — not in key order — and any integer.)
    Iterative, so a deep value costs no recursion.
    """
    stack = [value]
    pop, extend = stack.pop, stack.extend
    while stack:
        v = pop()
        t = type(v)
        if t is str or t is float or t is bool or v is None:
            continue
        if t is dict:
            for key in v:
                if type(key) is not str:
                    raise CanonicalError(Message("cannot be written as canonical JSON: an object key is not "
                                                 "text ({key})", key=repr(key)[:40]))
            extend(v.values())
        elif t is list or t is tuple:
            extend(v)
        elif isinstance(v, int) and not isinstance(v, bool) and not -MAX_INTEGER <= v <= MAX_INTEGER:
            raise CanonicalError(Message("cannot be written as canonical JSON: an integer of {bits} bits is "
                                         "beyond ±(2**53 - 1)", bits=v.bit_length()))
        elif isinstance(v, dict):
            for key in v:
                if not isinstance(key, str):
                    raise CanonicalError(Message("cannot be written as canonical JSON: an object key is not "
                                                 "text ({key})", key=repr(key)[:40]))
            extend(v.values())
        elif isinstance(v, (list, tuple)):
            extend(v)


def dumps(value: Any) -> bytes:
    """The canonical UTF-8 bytes of ``value`` (dicts, lists, str, int, float, bool, None)."""
    try:
        _check_value(value)
        return _encode_in_pieces(value, 3).encode("utf-8")
    except CanonicalError:
        raise
    except (TypeError, ValueError) as exc:   # incl. a lone surrogate (UnicodeEncodeError), NaN
        raise CanonicalError(Message("cannot be written as canonical JSON: {reason}",
                                     reason=message_of(exc))) from None


def _encode_in_pieces(value: Any, depth: int) -> str:
    """``_ENCODER.encode(value)``, the same text, but a long list a piece at a time (and the objects above it).

    The C encoder writes a whole value in one call that holds Python's lock: a receipt for 90,000 records
    took 200-290 ms, a freeze of the desktop window, whose worker verifies receipts.  Keys sorted, no
    spaces, each piece by the same encoder: the same bytes."""
    if depth and isinstance(value, dict) and _long_list_in(value, depth):
        return "{" + ",".join(_ENCODER.encode(key) + ":" + _encode_in_pieces(item, depth - 1)
                              for key, item in sorted(value.items())) + "}"
    if depth and isinstance(value, list) and len(value) > 256:
        return "[" + ",".join([_encode_in_pieces(item, depth - 1) for item in value]) + "]"
    return _ENCODER.encode(value)


def _long_list_in(value: Any, depth: int) -> bool:
    if isinstance(value, list):
        return len(value) > 256
    return depth > 0 and isinstance(value, dict) and any(_long_list_in(item, depth - 1) for item in value.values())


def dumps_lines(values: Iterable[Any]) -> bytes:
    """JSON lines: the canonical form of each value followed by one ``\\n``."""
    encode = _ENCODER.encode
    try:
        values = list(values)
        _check_value(values)
        return "".join(encode(v) + "\n" for v in values).encode("utf-8")
    except CanonicalError:
        raise
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


def _integer(text: str) -> int:
    # Refused on reading too, so no value out of §2's range reaches a verifier that writes it again.
    value = int(text)
    if len(text) > 15 and not -MAX_INTEGER <= value <= MAX_INTEGER:
        raise CanonicalError(Message("holds the integer {value}, beyond ±(2**53 - 1)", value=text[:40]))
    return value


_DECODER = json.JSONDecoder(parse_constant=_reject_constant, object_pairs_hook=_unique_object, parse_int=_integer)


def loads(data: bytes | str) -> Any:
    """Parse JSON strictly: UTF-8, no NaN/Infinity, no duplicate keys, integers within ±(2**53 - 1)."""
    try:
        text = data.decode("utf-8") if isinstance(data, (bytes, bytearray, memoryview)) else data
        return _DECODER.decode(text)
    except CanonicalError:
        raise
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
