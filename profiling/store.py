"""The profiling room's tables in a catalogue (``labnet.profiling.schema``): the only SQL on comparison methods and links.

Writes run inside the caller's ``cat.transaction()`` (with its audit entry);
the methods here are the statements, named by what they do.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any


class ProfilingStore:
    """Comparison methods and the links they found, in one open catalogue (``labnet.catalogue.store.Catalogue``)."""

    def __init__(self, cat: Any):
        self.conn = cat.conn

    # -- comparison methods ------------------------------------------------------------------------------
    def last_version(self, name: str) -> int:
        """The latest saved version of the method ``name``; 0 if none."""
        return self.conn.execute("SELECT max(version) FROM comparison_methods WHERE name = ?",
                                 (name,)).fetchone()[0] or 0

    def has_method(self, name: str, version: int) -> bool:
        return self.conn.execute("SELECT 1 FROM comparison_methods WHERE name = ? AND version = ?",
                                 (name, version)).fetchone() is not None

    def add_method(self, name: str, version: int, drug_type: str, created_at: str, created_by: str,
                   definition: str) -> None:
        """Inside a transaction: a method version, frozen from now on (its definition as JSON text)."""
        self.conn.execute("INSERT INTO comparison_methods (name, version, drug_type, created_at, created_by, "
                          "definition) VALUES (?, ?, ?, ?, ?, ?)",
                          (name, version, drug_type, created_at, created_by, definition))

    def definition(self, name: str, version: int | None = None) -> str | None:
        """The JSON text of the method's ``version`` (the latest when None); None if there is none."""
        if version is None:
            row = self.conn.execute("SELECT definition FROM comparison_methods WHERE name = ? "
                                    "ORDER BY version DESC LIMIT 1", (name,)).fetchone()
        else:
            row = self.conn.execute("SELECT definition FROM comparison_methods WHERE name = ? AND version = ?",
                                    (name, version)).fetchone()
        return row[0] if row else None

    def latest_methods(self) -> list[dict[str, Any]]:
        """The latest version of each method, newest first."""
        rows = self.conn.execute(
            "SELECT name, max(version) AS version, drug_type, max(created_at) AS created_at FROM comparison_methods "
            "GROUP BY name ORDER BY created_at DESC").fetchall()
        return [{"name": r[0], "version": r[1], "drug_type": r[2], "created_at": r[3]} for r in rows]

    # -- links -------------------------------------------------------------------------------------------
    def replace_links(self, name: str, version: int, rows: Iterable[tuple]) -> None:
        """Inside a transaction: the method version's links become ``rows`` of (name, version, a, b, score,
        found_at), a < b, best given in the table's key order (they append to its B-tree)."""
        self.conn.execute("DELETE FROM profile_links WHERE method_name = ? AND method_version = ?", (name, version))
        self.conn.executemany("INSERT INTO profile_links (method_name, method_version, a_id, b_id, score, found_at) "
                              "VALUES (?, ?, ?, ?, ?, ?)", rows)

    def links(self, name: str, version: int) -> Iterator[tuple[str, str, float]]:
        """(a, b, score) of the method version's stored links, in (a, b) order, read as they are used."""
        return self.conn.execute("SELECT a_id, b_id, score FROM profile_links WHERE method_name = ? AND "
                                 "method_version = ? ORDER BY a_id, b_id", (name, version))

    def linked_ids(self, name: str, version: int) -> list[str]:
        """Every profile in at least one of the method version's links."""
        key = (name, version)
        return [r[0] for r in self.conn.execute(
            "SELECT a_id FROM profile_links WHERE method_name = ? AND method_version = ? UNION "
            "SELECT b_id FROM profile_links WHERE method_name = ? AND method_version = ?", key + key)]
