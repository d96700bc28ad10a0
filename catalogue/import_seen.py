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

# Keys kept in memory before they move to the temporary file.  Read when the first chunk past it comes
# (a test lowers it).  200,000: a 100,000-row import never pays the file's lookups (~3 µs a key).
SPILL_AT = 200_000
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
        """For each key (of the row numbered ``numbers[i]``; a tuple for a key of several fields), in order: the row number that gave it
        first, or None when it is new — and then kept, with that row's number."""
        if self._keys is not None and len(self._keys) + len(keys) > SPILL_AT:
            self._spill()
        if self._keys is not None:
            seen, out = self._keys, []
            for key, number in zip(keys, numbers):
                first = seen.get(key)
                if first is None:
                    seen[key] = number
                out.append(first)
            return out
        texts = [_key_text(key) for key in keys]
        distinct = list(dict.fromkeys(t for t in texts if t is not None))
        found: dict[str, int] = {}
        for i in range(0, len(distinct), 500):  # within SQLite's limit on parameters
            part = distinct[i:i + 500]
            found.update(self._db.execute(f"SELECT k, row FROM seen WHERE k IN ({', '.join('?' * len(part))})",
                                          part).fetchall())
        out, new = [], {}
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
            self._db.executemany("INSERT INTO seen (k, row) VALUES (?, ?)", new.items())
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
        rows = [(text, number) for text, number in ((_key_text(k), n) for k, n in keys.items()) if text is not None]
        rows.sort()  # appended in order to the B-tree
        db.executemany("INSERT INTO seen (k, row) VALUES (?, ?)", rows)
        self._db = db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        self._keys = {}


def _key_text(key: Any) -> str | None:
    """A natural key (a value, or a tuple of values for a key of several fields: one record type's keys
    are all one or the other) as text that is the same for two keys exactly when they are equal in
    Python (a text and a number never are; 2, 2.0 and True are): each part tagged by its kind.  None for a key holding a NaN, which equals no other key (a dict
    finds it only as the same object)."""
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
    return json.dumps(parts, separators=(",", ":"))  # ASCII: a lone surrogate is text too


__all__ = ["SeenKeys", "SPILL_AT"]
