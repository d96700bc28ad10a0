"""The natural keys an import has met so far, to refuse a repeat — in bounded memory (issue 23).

``SeenKeys.first_rows`` takes a chunk's keys in row order and answers, for
each, the row number that gave that key first (in an earlier chunk or earlier
in this one), or None for a key met for the first time (which it then keeps).
Up to ``SPILL_AT`` keys are kept in a dict (~110 bytes a key: 22 MB for
200,000); past that they all move to a temporary SQLite file, where each
chunk's keys are looked up and added in a few statements.  The file holds the
whole key (its exact text, ``_key_text``), never a digest of it: two keys are
the same there exactly when they are equal here, so a row is never refused for
a key it does not repeat.  A file of 1,000,000 rows then holds ~22 MB of keys
and SQLite's small page cache instead of ~110 MB.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any

# Keys kept in memory before they move to the temporary file (read when a chunk comes; a test lowers it).
# 200,000: a 100,000-row import never pays the file's lookups, 1.5-2 µs of CPU a key (1,000,000 keys in
# chunks of 1,000: 1.9 s in all, of which 0.35 s moving the first 200,000).
SPILL_AT = 200_000
# A batch of (key text, row number) pairs as one JSON array: one value bound, not two per key.
_INSERT = ("INSERT INTO seen (k, row) SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]')"
           " FROM json_each(?) AS j")
_CACHE_KIB = 4096  # SQLite's page cache for the temporary file; its B-tree pages beyond are read from the file


class SeenKeys:
    def __init__(self) -> None:
        self._keys: dict[Any, int] | None = {}
        self._db: Any = None

    def __len__(self) -> int:
        if self._keys is not None:
            return len(self._keys)
        return int(self._db.execute("SELECT count(*) FROM seen").fetchone()[0])

    @property
    def spilled(self) -> bool:
        return self._db is not None

    def first_rows(self, keys: Sequence[Any], numbers: Sequence[int]) -> list[int | None]:
        """For each key (of the row numbered ``numbers[i]``; a tuple for a key of several fields), in
        order: the row number that gave it first, or None when it is new — and then kept, with that
        row's number."""
        if self._keys is not None and len(self._keys) + len(keys) > SPILL_AT:
            self._spill()
        out: list[int | None] = []
        if self._keys is not None:
            seen = self._keys
            for key, number in zip(keys, numbers):
                first = seen.get(key)
                if first is None:
                    seen[key] = number
                out.append(first)
            return out
        texts = [_key_text(key) for key in keys]
        # The chunk's keys as one JSON array read by json_each (one value bound, not one per key): their
        # texts are printable ASCII (_key_text), which JSON carries exactly.
        found: dict[str, int] = dict(self._db.execute(
            "SELECT s.k, s.row FROM json_each(?) AS j JOIN seen AS s ON s.k = j.value",
            (_JSON([t for t in texts if t is not None]),)).fetchall())
        new: dict[str, int] = {}
        for text, number in zip(texts, numbers):
            if text is None:  # a key that equals nothing, not even itself (a NaN): as the dict treats it
                out.append(None)
                continue
            first = found.get(text)
            if first is None:
                first = new.get(text)
                if first is None:
                    new[text] = number
            out.append(first)
        if new:
            self._db.execute(_INSERT,
                             (_JSON(list(new.items())),))
        return out

    def _spill(self) -> None:
        import sqlite3  # only a large import gets here

        # "": a private file in the temporary folder, removed when closed; never committed (no journal).
        db = sqlite3.connect("", isolation_level=None, check_same_thread=False)
        db.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("CREATE TABLE seen (k TEXT PRIMARY KEY, row INTEGER NOT NULL) WITHOUT ROWID")
        keys, self._keys = self._keys or {}, None
        # Taken out of the dict as they are written, a batch at a time: the memory each key held is
        # reused by its text, so moving them costs no second copy of them all.
        while keys:
            batch = []
            for _ in range(min(len(keys), 10_000)):
                key, number = keys.popitem()
                text = _key_text(key)
                if text is not None:
                    batch.append((text, number))
            db.execute(_INSERT,
                       (_JSON(batch),))
        self._db = db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        self._keys = {}


def _key_text(key: Any) -> str | None:
    """A natural key (a value, or a tuple of values for a key of several fields) as text that is the same
    for two keys exactly when they are equal in Python (a text and a number never are; 2, 2.0 and True
    are; a value and a tuple never are): a text key is itself after "s" (the common case, kept cheap;
    "u" and its JSON when not ASCII), any other is the JSON of its parts, each tagged by its kind, after "v" (a value) or "t" (a tuple).
    None for a key holding a NaN, which equals no other key (a dict finds it only as the same object)."""
    if type(key) is str:  # "u": escaped to printable ASCII, so a control character or a lone surrogate is text too
        return "s" + key if key.isascii() and key.isprintable() else "u" + _JSON(key)
    parts: list[Any] = []
    for v in key if type(key) is tuple else (key,):
        t = type(v)
        if t is str:
            parts.append(v)
        elif v is None:
            parts.append(None)
        elif t in (int, bool, float):
            if t is float and (v != v):
                return None
            if t is not float or (math.isfinite(v) and v == int(v)):
                parts.append(["n", int(v)])  # 2, 2.0 and True name the same key, as in a dict
            else:
                parts.append(["f", repr(v)])
        else:  # a date or another value: by its kind and text
            parts.append([t.__qualname__, str(v)])
    return ("t" if type(key) is tuple else "v") + _JSON(parts)  # ASCII: a lone surrogate is text too


_JSON = json.JSONEncoder(separators=(",", ":")).encode


__all__ = ["SeenKeys", "SPILL_AT"]
