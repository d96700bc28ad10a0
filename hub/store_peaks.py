"""The network's profiles kept packed beside their JSON (issue 20): each live profiling result's peak areas as
float64 little-endian bytes (``network_records.peak_values``) and the compounds they are the areas of, named once
per drug type and list of names (``peak_sets``, ``network_records.peak_set``), so that reading a million
profiles for a peer's search is one query of bytes and ``np.frombuffer``, not the JSON of every record (the
store's ``json_extract`` and Python's JSON parsing were ~13 of the ~18 CPU s of that read at 1,000,000).

Written after the apply, by the link job of the bundle that brought the record (``PeakStore.pack_bundle``, off
the apply's path: packing in the apply cost ~16 µs a record, the apply rate fell from ~25,900 to ~18,400 records
per CPU second); the apply writes each record's columns NULL, so a record replaced is never read with its older
values, and a profile not packed yet is read from its JSON. The values are those the record's JSON holds, so a
packed profile reads as its JSON reads (``labnet.hub.profile_rows``). Only a record whose peaks are
a non-empty object of numbers exactly held as float64 (no text, no ``true``, no ``null``, no integer beyond
2^53 that a float64 would round) with a text drug type is packed; any other keeps both columns NULL and is read
from its JSON as before. A record written behind the store's back (plain SQL) has NULL columns too, or, if it
changed a packed record's JSON in place, packed values that no longer say what its JSON says: the store is the
only writer of ``network_records``.

Migration 10 of the hub room adds the columns and the table and packs every live profiling result held.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import numpy as np

from .db import Connection
from .db_ddl import postgres_ddl

if TYPE_CHECKING:
    from .store import HubStore

PROFILE_KIND = "profiling_result"
VALUES = np.dtype("<f8")
PAGE = 100_000   # profiles read per query
_DDL = ("CREATE TABLE peak_sets (set_id INTEGER PRIMARY KEY, drug_type TEXT NOT NULL, names TEXT NOT NULL, "
        "UNIQUE (drug_type, names));",
        "ALTER TABLE network_records ADD COLUMN peak_set INTEGER;",
        "ALTER TABLE network_records ADD COLUMN peak_values BLOB;")
COLUMNS = ("peak_set", "peak_values")
Packed = tuple[str, str, bytes]   # drug type, names (a JSON list), values


def pack(record: str | None) -> Packed | None:
    """A profiling result's stored JSON as (drug type, names as a JSON list, float64 LE values), or None when it
    is not one this store packs (see the module)."""
    if not record:
        return None
    try:
        doc = json.loads(record)
    except ValueError:
        return None
    if type(doc) is not dict:
        return None
    drug_type, peaks = doc.get("drug_type"), doc.get("peaks")
    if type(drug_type) is not str or type(peaks) is not dict or not peaks:
        return None
    values: list[float] = []
    for value in peaks.values():
        if type(value) is int:
            try:
                if float(value) != value:   # rounded by float64: its JSON is read as it is
                    return None
            except OverflowError:
                return None
        elif type(value) is not float:
            return None
        values.append(float(value))
    names = json.dumps(list(peaks), ensure_ascii=False, separators=(",", ":"))
    return drug_type, names, np.array(values, dtype=VALUES).tobytes()


def set_ids(conn: Connection, wanted: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The id of each (drug type, names), added when new (the UNIQUE pair: two writers never make two)."""
    out = {}
    for drug_type, names in sorted(wanted):
        conn.execute("INSERT INTO peak_sets (drug_type, names) VALUES (?, ?) ON CONFLICT (drug_type, names) "
                     "DO NOTHING", (drug_type, names))
        out[(drug_type, names)] = conn.execute("SELECT set_id FROM peak_sets WHERE drug_type = ? AND names = ?",
                                               (drug_type, names)).fetchone()[0]
    return out


def migrate(conn: Any, path: Any) -> None:
    """Migration 10 of the hub room, on either store: the columns and the table, then every live profiling
    result held packed (10,000 records a statement)."""
    sqlite = isinstance(conn, sqlite3.Connection)
    for statement in _DDL:
        conn.execute(statement if sqlite else postgres_ddl(statement))
    after = ("", "")
    while True:
        rows = conn.execute("SELECT lab_id, record_id, record FROM network_records WHERE kind = ? AND deleted = 0 "
                            "AND (lab_id, kind, record_id) > (?, ?, ?) ORDER BY lab_id, kind, record_id LIMIT 10000",
                            (PROFILE_KIND, after[0], PROFILE_KIND, after[1])).fetchall()
        if not rows:
            return
        after = (rows[-1][0], rows[-1][1])
        packed = [(r[0], r[1], pack(r[2])) for r in rows]
        ids = set_ids(conn, {p[:2] for _, _, p in packed if p is not None})
        conn.executemany("UPDATE network_records SET peak_set = ?, peak_values = ? WHERE lab_id = ? AND kind = ? "
                         "AND record_id = ?", [(ids[p[:2]], p[2], lab_id, PROFILE_KIND, record_id)
                                               for lab_id, record_id, p in packed if p is not None])


class PeakStore:
    """Reading the packed profiles (``HubStore.peaks``)."""

    def __init__(self, db: HubStore):
        self.db = db
        json_text, json_value = db.database.json_text, db.database.json_value
        self._page = (f"SELECT record_id, peak_set, peak_values, CASE WHEN peak_set IS NULL THEN "
                      f"{json_value('record', 'peaks')} END FROM network_records WHERE lab_id = ? AND kind = ? "
                      f"AND deleted = 0 AND record_id > ? AND (peak_set IN (SELECT set_id FROM peak_sets WHERE "
                      f"drug_type = ?) OR (peak_set IS NULL AND {json_text('record', 'drug_type')} = ?)) "
                      f"ORDER BY record_id LIMIT ?")

    def pack_bundle(self, lab_id: str, bundle_id: str) -> int:
        """Pack the live profiles that ``lab_id``'s bundle ``bundle_id`` brought and the store holds unpacked;
        returns how many. Read and packed outside the write transaction, written in a short one: a row changed
        meanwhile (another version or seq, written NULL by the apply) is left to its own bundle's packing."""
        rows = self.db.query("SELECT record_id, version, seq, record FROM network_records WHERE lab_id = ? AND "
                             "kind = ? AND bundle_id = ? AND deleted = 0 AND peak_set IS NULL",
                             (lab_id, PROFILE_KIND, bundle_id))
        packed = [(r[0], r[1], r[2], p) for r in rows if (p := pack(r[3])) is not None]
        if not packed:
            return 0
        with self.db.transaction() as conn:
            ids = set_ids(conn, {p[:2] for *_, p in packed})
            conn.executemany("UPDATE network_records SET peak_set = ?, peak_values = ? WHERE lab_id = ? AND kind = ? "
                             "AND record_id = ? AND version = ? AND seq = ? AND deleted = 0 AND peak_set IS NULL",
                             [(ids[p[:2]], p[2], lab_id, PROFILE_KIND, record_id, version, seq)
                              for record_id, version, seq, p in packed])
        return len(packed)

    def sets(self, drug_type: str) -> dict[int, tuple[str, ...]]:
        """The lists of compound names of ``drug_type`` profiles, by id."""
        return {r[0]: tuple(json.loads(r[1])) for r in self.db.query(
            "SELECT set_id, names FROM peak_sets WHERE drug_type = ?", (drug_type,))}

    def profiles_of(self, drug_type: str, labs: Iterable[str]) -> Iterator[tuple[str, list[Any]]]:
        """The live ``drug_type`` profiles of the laboratories ``labs``, ``(lab id, [(record id, set id, values,
        None)])`` when packed, ``(record id, None, None, peaks as stored)`` when not, a page at a time on the
        table's key, as the store returns them (no Python step per row). One reading of the table's rows for
        both: each profile once (a change between two reads cannot show it twice or not at all), and the rows
        are not read again for the few not packed (0.25 s of CPU at 1,000,000)."""
        for lab_id in sorted(labs):
            after = ""
            while True:
                rows = self.db.query(self._page, (lab_id, PROFILE_KIND, after, drug_type, drug_type, PAGE))
                if not rows:
                    break
                after = rows[-1][0]
                yield lab_id, rows

    def packed_of(self, drug_type: str, labs: Iterable[str]) -> Iterator[tuple[str, list[tuple[str, int, bytes]]]]:
        """``profiles_of`` those packed, ``(lab id, [(record id, set id, values)])`` a page at a time."""
        for lab_id, rows in self.profiles_of(drug_type, labs):
            yield lab_id, [tuple(r[:3]) for r in rows if r[1] is not None]

    def unpacked_of(self, drug_type: str, labs: Iterable[str]) -> list[tuple[tuple[str, str], Any]]:
        """``((lab id, record id), peaks as stored)`` of ``profiles_of`` those not packed (their JSON is read)."""
        return [((lab_id, r[0]), r[3]) for lab_id, rows in self.profiles_of(drug_type, labs) for r in rows
                if r[1] is None]
