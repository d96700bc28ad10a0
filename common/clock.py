"""One clock: what time it is (UTC, aware), and the one way a moment is written into a database.

Stored moments are ``2026-12-04T12:00:00.123Z``: UTC, milliseconds, a ``Z``.
Equal-length text that sorts as time does, so SQL may compare and order it.
Rows written before this module (and by other programs) used other forms —
``2026-12-04T12:00:00Z`` (seconds), ``2026-12-04T12:00:00+00:00`` (Python's
``isoformat``), with microseconds or an offset other than UTC; ``parse`` reads
them all and refuses a moment without a zone, which could be any of 24 hours.
"""

from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    """The current moment, in UTC, with its zone."""
    return dt.datetime.now(dt.UTC)


def stamp(when: dt.datetime | None = None) -> str:
    """``when`` (default: now) as stored: UTC, milliseconds, ``Z``."""
    when = now() if when is None else _aware(when).astimezone(dt.UTC)
    return when.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse(text: str) -> dt.datetime:
    """A stored moment (any form LabNet has written) as an aware UTC datetime; ``ValueError`` if it is none."""
    return _aware(dt.datetime.fromisoformat(text.strip())).astimezone(dt.UTC)


def file_stamp() -> str:
    """The local time for file names of copies (``catalogue.before-schema-2.20261204-130000.db``): people read it."""
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def _aware(when: dt.datetime) -> dt.datetime:
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"{when.isoformat()} names no time zone")   # internal: a programming error
    return when
