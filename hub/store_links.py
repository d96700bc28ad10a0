"""The network's linkage as stored: the harmonised methods published, the linker's queue of jobs, and the links
found between two laboratories' profiles (the tables ``hub_methods``, ``link_jobs`` and ``network_links``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .db import Connection, Row
from .store_received import PROFILE_KIND, Key

if TYPE_CHECKING:
    from .store import HubStore

_LINK_PAIRS = "SELECT lab_a, record_a, lab_b, record_b FROM network_links WHERE method_name = ? AND method_version = ?"


class LinkStore:
    def __init__(self, db: HubStore):
        self.db = db

    # -- harmonised methods ----------------------------------------------------------------------------
    def method(self, name: str, version: int) -> Row | None:
        """The published method ``name`` v``version``: its ``definition`` (JSON), ``bulletin_seq``, ``published_at``."""
        rows = self.db.query("SELECT definition, bulletin_seq, published_at FROM hub_methods "
                             "WHERE name = ? AND version = ?", (name, version))
        return rows[0] if rows else None

    def methods_newest_first(self) -> list[Row]:
        return self.db.query("SELECT definition, bulletin_seq, published_at FROM hub_methods "
                             "ORDER BY published_at DESC, bulletin_seq DESC")

    def methods_oldest_first(self) -> list[Row]:
        """Every method's ``drug_type`` and ``definition`` in publication order (the last of a drug type is in use)."""
        # bulletin_seq: publication order within one second (each method is announced in its own bulletin)
        return self.db.query("SELECT drug_type, definition FROM hub_methods ORDER BY published_at, bulletin_seq")

    def add_method(self, conn: Connection, *, name: str, version: int, drug_type: str, definition: str,
                   published_at: str, bulletin_seq: int) -> None:
        """Inside the transaction that announced it in bulletin ``bulletin_seq``: adopt a method."""
        conn.execute("INSERT INTO hub_methods (name, version, drug_type, definition, published_at, bulletin_seq) "
                     "VALUES (?, ?, ?, ?, ?, ?)", (name, version, drug_type, definition, published_at, bulletin_seq))

    # -- the linker's jobs ------------------------------------------------------------------------------
    def queue(self, conn: Connection, kind: str, ref: str, created_at: str) -> None:
        """Inside the transaction that changed what it names: a job for the linker (a crash loses none)."""
        conn.execute("INSERT INTO link_jobs (kind, ref, created_at) VALUES (?, ?, ?)", (kind, ref, created_at))

    def next_job(self) -> Row | None:
        """The oldest job not done: its ``job_id``, ``kind`` and ``ref``."""
        rows = self.db.query("SELECT job_id, kind, ref FROM link_jobs WHERE done_at IS NULL ORDER BY job_id LIMIT 1")
        return rows[0] if rows else None

    def pending_count(self) -> int:
        return self.db.query("SELECT count(*) AS n FROM link_jobs WHERE done_at IS NULL")[0]["n"]

    def last_job(self, before: int | None = None) -> int:
        """The highest job id (below ``before``, if given); 0 if none."""
        if before is None:
            return self.db.query("SELECT coalesce(max(job_id), 0) AS j FROM link_jobs")[0]["j"]
        return self.db.query("SELECT coalesce(max(job_id), 0) AS j FROM link_jobs WHERE job_id < ?", (before,))[0]["j"]

    def jobs(self, after: int = 0, upto: int | None = None) -> list[Row]:
        """``job_id``, ``kind`` and ``ref`` of the jobs after ``after`` (up to ``upto``), done or not, in order:
        the hub's changes to its profiles, for what keeps them (``hub/federation_profiles.py``)."""
        if upto is None:
            return self.db.query("SELECT job_id, kind, ref FROM link_jobs WHERE job_id > ? ORDER BY job_id", (after,))
        return self.db.query("SELECT job_id, kind, ref FROM link_jobs WHERE job_id > ? AND job_id <= ? "
                             "ORDER BY job_id", (after, upto))

    def job_count(self, upto: int) -> int:
        """How many jobs have an id up to ``upto`` (one committed late, under a lower id, changes it)."""
        return self.db.query("SELECT count(*) AS n FROM link_jobs WHERE job_id <= ?", (upto,))[0]["n"]

    def mark_done(self, conn: Connection, job_id: int, at: str) -> None:
        """Inside the transaction that stored the job's links and bulletins."""
        conn.execute("UPDATE link_jobs SET done_at = ? WHERE job_id = ?", (at, job_id))

    def mark_refused(self, job_id: int, at: str, reason: str) -> None:
        """The engine refused the job: done, with its reason."""
        with self.db.transaction() as conn:
            conn.execute("UPDATE link_jobs SET done_at = ?, error = ? WHERE job_id = ?", (at, reason, job_id))

    def refused_newest_first(self, limit: int) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.query("SELECT job_id, kind, ref, done_at, error FROM link_jobs "
                                               "WHERE error IS NOT NULL ORDER BY job_id DESC LIMIT ?", (limit,))]

    # -- the network's profiles, a block at a time ---------------------------------------------------------
    def profile_blocks(self, drug_type: str, rows: int) -> Iterator[list[tuple[Key, Any]]]:
        """``((lab id, record id), peaks as stored)`` of the live profiles of ``drug_type``, ``rows`` at a time
        in key order: only one block is held, whatever the size of the network.

        Each block is one query resuming after the last key of the one before (on the table's primary key
        (lab_id, kind, record_id), so a block costs the same wherever it starts); a record another process
        changes between two blocks is read as it was or as it is, once, and that process's ingest queues a
        link job of its own for it."""
        database = self.db.database
        sql = (f"SELECT lab_id, record_id, {database.json_value('record', 'peaks')} FROM network_records "
               f"WHERE kind = ? AND deleted = 0 AND {database.json_text('record', 'drug_type')} = ? "
               f"{{after}}ORDER BY lab_id, kind, record_id LIMIT ?")
        after: tuple[str, str] | None = None
        while True:
            if after is None:
                found = self._page(sql.format(after=""), (PROFILE_KIND, drug_type, rows))
            else:
                found = self._page(sql.format(after="AND (lab_id, kind, record_id) > (?, ?, ?) "),
                                   (PROFILE_KIND, drug_type, after[0], PROFILE_KIND, after[1], rows))
            if not found:
                return
            yield [((r[0], r[1]), r[2]) for r in found]
            if len(found) < rows:
                return
            after = (found[-1][0], found[-1][1])

    def _page(self, sql: str, params: tuple) -> list[Row]:
        if self.db.dialect != "postgresql":
            return self.db.query(sql, params)   # SQLite walks the primary key in order by itself
        # PostgreSQL cannot estimate the drug type's share (a JSON field) and, expecting few rows, scanned the
        # whole table and sorted it for every block (0.4 s per 300,000 rows, each block again): told not to,
        # it walks the primary key from the last block's key and stops at the block's end.
        with self.db.transaction(exclusive=False) as conn:
            conn.execute("SET LOCAL enable_sort = off")
            conn.execute("SET LOCAL enable_seqscan = off")
            return conn.execute(sql, params).fetchall()

    # -- links between laboratories -----------------------------------------------------------------------
    def link_count(self, name: str, version: int) -> int:
        return self.db.query("SELECT count(*) AS n FROM network_links WHERE method_name = ? AND method_version = ?",
                             (name, version))[0]["n"]

    def pairs(self, conn: Connection, name: str, version: int,
              touching: Iterable[Key] | None) -> set[tuple[Key, Key]]:
        """Inside a transaction: the method's linked pairs (only those touching a profile of ``touching``, if given)."""
        if touching is None:
            rows = conn.execute(_LINK_PAIRS, (name, version)).fetchall()
        else:
            rows = []
            for lab, record in touching:   # two lookups, each on an index (an OR would scan the table)
                rows += conn.execute(f"{_LINK_PAIRS} AND lab_a = ? AND record_a = ?", (name, version, lab, record)).fetchall()
                rows += conn.execute(f"{_LINK_PAIRS} AND lab_b = ? AND record_b = ?", (name, version, lab, record)).fetchall()
        return {((r[0], r[1]), (r[2], r[3])) for r in rows}

    def drop_links(self, conn: Connection, name: str, version: int,
                   pairs: Iterable[tuple[Key, Key]] | None) -> None:
        """Inside a transaction: forget the method's links ``pairs`` (all of them when None)."""
        if pairs is None:
            conn.execute("DELETE FROM network_links WHERE method_name = ? AND method_version = ?", (name, version))
        else:
            conn.executemany("DELETE FROM network_links WHERE method_name = ? AND method_version = ? AND "
                             "lab_a = ? AND record_a = ? AND lab_b = ? AND record_b = ?",
                             [(name, version, *a, *b) for a, b in pairs])

    def put_links(self, conn: Connection, name: str, version: int,
                  links: Iterable[tuple[Key, Key, float]], found_at: str) -> None:
        """Inside a transaction: keep the method's links ``(a, b, score)``, a before b."""
        conn.executemany("INSERT INTO network_links (method_name, method_version, lab_a, record_a, lab_b, record_b, "
                         "score, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (method_name, method_version, "
                         "lab_a, record_a, lab_b, record_b) DO UPDATE SET score = excluded.score, "
                         "found_at = excluded.found_at",
                         [(name, version, *a, *b, s, found_at) for a, b, s in links])

    def links_with(self, lab_id: str, record_id: str, other_lab: str) -> list[Row]:
        """Stored links of ``lab_id``'s record ``record_id`` with profiles of ``other_lab``, both directions (a
        before b), each on the table's own index of its side: (method_name, method_version, other lab, other
        record, score, found_at)."""
        return [row for mine, other in (("a", "b"), ("b", "a"))
                for row in self.db.query(f"SELECT method_name, method_version, lab_{other}, record_{other}, score, "
                                         f"found_at FROM network_links WHERE lab_{mine} = ? AND record_{mine} = ? "
                                         f"AND lab_{other} = ?", (lab_id, record_id, other_lab))]

    def newest_links(self, lab: str | None, limit: int) -> list[Row]:
        """Stored links (of ``lab``'s profiles, if given), newest first."""
        sql = "SELECT * FROM network_links"
        params: tuple = ()
        if lab:
            sql += " WHERE lab_a = ? OR lab_b = ?"
            params = (lab, lab)
        return self.db.query(f"{sql} ORDER BY found_at DESC, score DESC LIMIT ?", (*params, limit))
