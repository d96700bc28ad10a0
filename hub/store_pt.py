"""Proficiency-test rounds as the hub stores them (the tables ``pt_rounds``, ``pt_items``, ``pt_participants``
and ``pt_results``; the rules are in ``labnet.hub.proficiency``, the statistics in ``labnet.profiling.proficiency``).

A round tests items (a material × an analyte, in a unit, with an optional reference value and σ_pt) among its
participating laboratories, each known in the round's reports by an anonymous code.  A result is kept as the
laboratory sent it; closing the round writes each item's assigned value and each result's score beside them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .db import Connection

if TYPE_CHECKING:
    from .store import HubStore

# The hub room's step 9 (hub/store.py).
MIGRATION_SQL = """
CREATE TABLE pt_rounds (
    round_id TEXT PRIMARY KEY,
    deadline TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    closed_at TEXT
);
CREATE TABLE pt_items (
    round_id TEXT NOT NULL REFERENCES pt_rounds (round_id),
    material TEXT NOT NULL,
    analyte TEXT NOT NULL,
    unit TEXT NOT NULL,
    reference REAL,
    reference_uncertainty REAL NOT NULL DEFAULT 0,
    sigma REAL,
    -- written when the round is closed: the assigned value, or why there is none
    assigned REAL,
    sigma_pt REAL,
    uncertainty REAL,
    method TEXT,
    error TEXT,
    PRIMARY KEY (round_id, material, analyte)
) WITHOUT ROWID;
CREATE TABLE pt_participants (
    round_id TEXT NOT NULL REFERENCES pt_rounds (round_id),
    lab_id TEXT NOT NULL,
    code TEXT NOT NULL,
    PRIMARY KEY (round_id, lab_id),
    UNIQUE (round_id, code)
) WITHOUT ROWID;
CREATE TABLE pt_results (
    round_id TEXT NOT NULL,
    lab_id TEXT NOT NULL,
    material TEXT NOT NULL,
    analyte TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    received_at TEXT NOT NULL,
    z REAL,
    kind TEXT,
    outcome TEXT,
    PRIMARY KEY (round_id, lab_id, material, analyte),
    FOREIGN KEY (round_id, material, analyte) REFERENCES pt_items (round_id, material, analyte)
) WITHOUT ROWID;
-- Each accepted submission as the exact signed bytes the laboratory sent: the proof of what it reported.
CREATE TABLE pt_submissions (
    round_id TEXT NOT NULL,
    lab_id TEXT NOT NULL,
    received_at TEXT NOT NULL,
    document BLOB NOT NULL
);
CREATE INDEX pt_submissions_lab ON pt_submissions (round_id, lab_id, received_at);
"""


@dataclass(frozen=True)
class Round:
    round_id: str
    deadline: str
    created_at: str
    created_by: str
    closed_at: str | None


@dataclass(frozen=True)
class Item:
    material: str
    analyte: str
    unit: str
    reference: float | None
    reference_uncertainty: float
    sigma: float | None
    assigned: float | None = None
    sigma_pt: float | None = None
    uncertainty: float | None = None
    method: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class Result:
    lab_id: str
    code: str
    material: str
    analyte: str
    value: float
    unit: str
    received_at: str
    z: float | None
    kind: str | None
    outcome: str | None


class ProficiencyStore:
    def __init__(self, db: HubStore):
        self.db = db

    def add_round(self, conn: Connection, round_: Round, items: list[Item],
                  codes: dict[str, str]) -> None:
        """Inside a transaction: the round, its items and its participants (lab id → anonymous code)."""
        conn.execute("INSERT INTO pt_rounds (round_id, deadline, created_at, created_by) VALUES (?, ?, ?, ?)",
                     (round_.round_id, round_.deadline, round_.created_at, round_.created_by))
        conn.executemany(
            "INSERT INTO pt_items (round_id, material, analyte, unit, reference, reference_uncertainty, sigma) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(round_.round_id, i.material, i.analyte, i.unit, i.reference, i.reference_uncertainty, i.sigma)
             for i in items])
        conn.executemany("INSERT INTO pt_participants (round_id, lab_id, code) VALUES (?, ?, ?)",
                         [(round_.round_id, lab, code) for lab, code in codes.items()])

    def round_exists(self, round_id: str) -> bool:
        return bool(self.db.query("SELECT 1 FROM pt_rounds WHERE round_id = ?", (round_id,)))

    def round(self, round_id: str) -> Round | None:
        rows = self.db.query("SELECT round_id, deadline, created_at, created_by, closed_at FROM pt_rounds "
                             "WHERE round_id = ?", (round_id,))
        return Round(*rows[0]) if rows else None

    def rounds(self) -> list[Round]:
        rows = self.db.query("SELECT round_id, deadline, created_at, created_by, closed_at FROM pt_rounds "
                             "ORDER BY created_at, round_id")
        return [Round(*r) for r in rows]

    def items(self, round_id: str) -> list[Item]:
        rows = self.db.query("SELECT material, analyte, unit, reference, reference_uncertainty, sigma, assigned, "
                             "sigma_pt, uncertainty, method, error FROM pt_items WHERE round_id = ? "
                             "ORDER BY material, analyte", (round_id,))
        return [Item(*r) for r in rows]

    def participants(self, round_id: str) -> dict[str, str]:
        """lab id → anonymous code, in code order."""
        rows = self.db.query("SELECT lab_id, code FROM pt_participants WHERE round_id = ? ORDER BY code",
                             (round_id,))
        return {r["lab_id"]: r["code"] for r in rows}

    def result_count(self, round_id: str) -> int:
        return self.db.query("SELECT count(*) FROM pt_results WHERE round_id = ?", (round_id,))[0][0]

    def submitted_count(self, round_id: str) -> int:
        """How many participants have results kept."""
        return self.db.query("SELECT count(DISTINCT lab_id) FROM pt_results WHERE round_id = ?", (round_id,))[0][0]

    def results(self, round_id: str) -> list[Result]:
        rows = self.db.query(
            "SELECT r.lab_id, p.code, r.material, r.analyte, r.value, r.unit, r.received_at, r.z, r.kind, r.outcome "
            "FROM pt_results r JOIN pt_participants p ON p.round_id = r.round_id AND p.lab_id = r.lab_id "
            "WHERE r.round_id = ? ORDER BY r.material, r.analyte, p.code", (round_id,))
        return [Result(*r) for r in rows]

    def put_results(self, conn: Connection, round_id: str, lab_id: str,
                    results: list[tuple[str, str, float, str]], received_at: str) -> None:
        """Inside a transaction: a laboratory's results (material, analyte, value, unit); a result sent again
        before the deadline replaces the one before (the last submission counts)."""
        conn.executemany(
            "INSERT INTO pt_results (round_id, lab_id, material, analyte, value, unit, received_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (round_id, lab_id, material, analyte) DO UPDATE SET "
            "value = excluded.value, unit = excluded.unit, received_at = excluded.received_at",
            [(round_id, lab_id, m, a, v, u, received_at) for m, a, v, u in results])

    def keep_submission(self, conn: Connection, round_id: str, lab_id: str, received_at: str,
                        document: bytes) -> None:
        """Inside the transaction that kept its results: the signed submission as received."""
        conn.execute("INSERT INTO pt_submissions (round_id, lab_id, received_at, document) VALUES (?, ?, ?, ?)",
                     (round_id, lab_id, received_at, document))

    def submissions(self, round_id: str, lab_id: str) -> list[tuple[str, bytes]]:
        """(received at, signed submission) of each kept submission, the last kept last."""
        rows = self.db.query("SELECT received_at, document FROM pt_submissions WHERE round_id = ? AND lab_id = ? "
                             "ORDER BY received_at, rowid", (round_id, lab_id))
        return [(r[0], bytes(r[1])) for r in rows]

    def close(self, conn: Connection, round_id: str, closed_at: str, items: list[Item],
              scores: list[tuple[str, str, str, float, str, str]]) -> bool:
        """Inside a transaction: mark the round closed (False if it already was) and write each item's assigned
        value (or error) and each result's score (lab, material, analyte, z, kind, outcome)."""
        if conn.execute("UPDATE pt_rounds SET closed_at = ? WHERE round_id = ? AND closed_at IS NULL",
                        (closed_at, round_id)).rowcount != 1:
            return False
        conn.executemany(
            "UPDATE pt_items SET assigned = ?, sigma_pt = ?, uncertainty = ?, method = ?, error = ? "
            "WHERE round_id = ? AND material = ? AND analyte = ?",
            [(i.assigned, i.sigma_pt, i.uncertainty, i.method, i.error, round_id, i.material, i.analyte)
             for i in items])
        conn.executemany(
            "UPDATE pt_results SET z = ?, kind = ?, outcome = ? "
            "WHERE round_id = ? AND lab_id = ? AND material = ? AND analyte = ?",
            [(z, kind, said, round_id, lab, material, analyte) for lab, material, analyte, z, kind, said in scores])
        return True
