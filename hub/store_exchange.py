"""Reference-sample exchanges and sample submissions as the hub stores them: the ``exchange`` room of the hub's
file (its own numbered migrations, apart from the ``hub`` room's), the tables ``exchange_offers``,
``exchanges``, ``exchange_routes`` and ``exchange_steps``.  The rules are in ``labnet.hub.exchange``, the allowed
steps in ``labnet.protocol.exchange``.

Portable SQL only (TEXT, INTEGER, REAL, BLOB; ``ON CONFLICT``; no rowid): the hub may move to PostgreSQL.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from labnet.common import sqlite as common_sqlite

if TYPE_CHECKING:
    from .db import Connection, Row
    from .store import HubStore

MIGRATION_1 = """
-- What a laboratory makes available to the network: a reference standard (its shared fields, as its sharing
-- policy lets them leave) or profiling of a drug type.
CREATE TABLE exchange_offers (
    offer_id TEXT PRIMARY KEY,
    lab_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('reference', 'profiling')),
    substance TEXT NOT NULL,
    substance_key TEXT NOT NULL,
    amount REAL,
    unit TEXT,
    record TEXT,
    offered_at TEXT NOT NULL,
    withdrawn_at TEXT
);
CREATE INDEX exchange_offers_substance ON exchange_offers (kind, substance_key);
CREATE TABLE exchanges (
    exchange_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('reference', 'profiling')),
    requester TEXT NOT NULL,
    provider TEXT,
    state TEXT NOT NULL,
    substance TEXT NOT NULL,
    amount REAL,
    unit TEXT,
    purpose TEXT,
    needed_by TEXT,
    sample TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX exchanges_requester ON exchanges (requester);
CREATE INDEX exchanges_provider ON exchanges (provider);
-- The laboratories a request was routed to (those offering the substance), and which declined.
CREATE TABLE exchange_routes (
    exchange_id TEXT NOT NULL REFERENCES exchanges (exchange_id),
    lab_id TEXT NOT NULL,
    declined_at TEXT,
    PRIMARY KEY (exchange_id, lab_id)
);
CREATE INDEX exchange_routes_lab ON exchange_routes (lab_id);
-- Every step, as the exact signed message the laboratory sent: the exchange's record of custody.
CREATE TABLE exchange_steps (
    exchange_id TEXT NOT NULL REFERENCES exchanges (exchange_id),
    step INTEGER NOT NULL,
    action TEXT NOT NULL,
    lab_id TEXT NOT NULL,
    at TEXT NOT NULL,
    state TEXT NOT NULL,
    document BLOB NOT NULL,
    PRIMARY KEY (exchange_id, step)
);
"""

MIGRATION_2 = """
-- The offered standard's record id as the laboratory's bundles carry it (NULL: profiling, or an offer of before):
-- a bundle that withdraws the record withdraws the offer with it.
ALTER TABLE exchange_offers ADD COLUMN record_id TEXT;
CREATE INDEX exchange_offers_record ON exchange_offers (lab_id, record_id);
"""

ROOM = common_sqlite.Room("exchange", (
    common_sqlite.Migration(1, "reference-sample offers, exchanges, their routes and steps", MIGRATION_1),
    common_sqlite.Migration(2, "an offer names the standard's record, withdrawn with it", MIGRATION_2),
))


@dataclass(frozen=True)
class Offer:
    offer_id: str
    lab_id: str
    kind: str
    substance: str
    amount: float | None
    unit: str | None
    record: dict[str, Any] | None
    offered_at: str
    record_id: str | None = None


@dataclass(frozen=True)
class Exchange:
    exchange_id: str
    kind: str
    requester: str
    provider: str | None
    state: str
    substance: str
    amount: float | None
    unit: str | None
    purpose: str | None
    needed_by: str | None
    sample: dict[str, Any] | None
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Step:
    step: int
    action: str
    lab_id: str
    at: str
    state: str
    document: bytes


_EXCHANGE_COLUMNS = ("exchange_id, kind, requester, provider, state, substance, amount, unit, purpose, needed_by, "
                     "sample, created_at, updated_at")


def _exchange(row: Row) -> Exchange:
    values = list(row)
    values[10] = json.loads(values[10]) if values[10] else None
    return Exchange(*values)


def _offer(row: Row) -> Offer:
    values = list(row)
    values[6] = json.loads(values[6]) if values[6] else None
    return Offer(*values)


class ExchangeStore:
    """The exchange room's SQL, on the hub store's connection; its room is migrated when the store is opened."""

    def __init__(self, db: HubStore):
        self.db = db
        db.migrate_room(ROOM)   # a check only: the store migrated the room when opened (hub/store.py, OTHER_ROOMS)

    # -- offers --------------------------------------------------------------------------------------------
    def add_offer(self, conn: Connection, offer: Offer) -> None:
        conn.execute("INSERT INTO exchange_offers (offer_id, lab_id, kind, substance, substance_key, amount, unit, "
                     "record, offered_at, record_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (offer.offer_id, offer.lab_id, offer.kind, offer.substance, offer.substance.casefold(),
                      offer.amount, offer.unit, json.dumps(offer.record, sort_keys=True) if offer.record else None,
                      offer.offered_at, offer.record_id))

    def withdraw_offer(self, conn: Connection, offer_id: str, lab_id: str, at: str) -> bool:
        """False when the laboratory has no such offer open."""
        return conn.execute("UPDATE exchange_offers SET withdrawn_at = ? WHERE offer_id = ? AND lab_id = ? "
                            "AND withdrawn_at IS NULL", (at, offer_id, lab_id)).rowcount == 1

    def offered_records(self, conn: Connection, lab_id: str) -> dict[str, list[str]]:
        """Inside the caller's transaction: the laboratory's open offers that name a record, record id → offer
        ids (most laboratories have none: one indexed look per bundle)."""
        out: dict[str, list[str]] = {}
        for offer_id, record_id in conn.execute(
                "SELECT offer_id, record_id FROM exchange_offers WHERE lab_id = ? AND record_id IS NOT NULL "
                "AND withdrawn_at IS NULL ORDER BY offer_id", (lab_id,)).fetchall():
            out.setdefault(record_id, []).append(offer_id)
        return out

    def offers(self, kind: str | None = None, substance: str | None = None) -> list[Offer]:
        """The open offers, oldest first; of one kind and substance (any case) when given."""
        sql = ("SELECT offer_id, lab_id, kind, substance, amount, unit, record, offered_at, record_id "
               "FROM exchange_offers "
               "WHERE withdrawn_at IS NULL")
        params: tuple = ()
        if kind is not None and substance is not None:
            sql += " AND kind = ? AND substance_key = ?"
            params = (kind, substance.casefold())
        return [_offer(r) for r in self.db.query(sql + " ORDER BY offered_at, offer_id", params)]

    # -- exchanges -----------------------------------------------------------------------------------------
    def add_exchange(self, conn: Connection, ex: Exchange, routes: list[str]) -> None:
        conn.execute(f"INSERT INTO exchanges ({_EXCHANGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (ex.exchange_id, ex.kind, ex.requester, ex.provider, ex.state, ex.substance, ex.amount, ex.unit,
                      ex.purpose, ex.needed_by, json.dumps(ex.sample, sort_keys=True) if ex.sample else None,
                      ex.created_at, ex.updated_at))
        conn.executemany("INSERT INTO exchange_routes (exchange_id, lab_id) VALUES (?, ?)",
                         [(ex.exchange_id, lab) for lab in routes])

    def exchange(self, exchange_id: str) -> Exchange | None:
        rows = self.db.query(f"SELECT {_EXCHANGE_COLUMNS} FROM exchanges WHERE exchange_id = ?", (exchange_id,))
        return _exchange(rows[0]) if rows else None

    def exchanges_of(self, lab_id: str) -> list[Exchange]:
        """Every exchange the laboratory asked for, provides, or was routed to; newest first."""
        rows = self.db.query(
            f"SELECT {_EXCHANGE_COLUMNS} FROM exchanges WHERE requester = ? OR provider = ? OR exchange_id IN "
            "(SELECT exchange_id FROM exchange_routes WHERE lab_id = ?) ORDER BY created_at DESC, exchange_id",
            (lab_id, lab_id, lab_id))
        return [_exchange(r) for r in rows]

    def routes(self, exchange_id: str) -> dict[str, str | None]:
        """lab id → when it declined (None while it has not)."""
        rows = self.db.query("SELECT lab_id, declined_at FROM exchange_routes WHERE exchange_id = ? ORDER BY lab_id",
                             (exchange_id,))
        return {r[0]: r[1] for r in rows}

    def move(self, conn: Connection, exchange_id: str, from_state: str, to_state: str, at: str,
             provider: str | None = None) -> bool:
        """Inside a transaction: the exchange from ``from_state`` to ``to_state`` (and its provider, when one
        accepts); False when another step moved it meanwhile."""
        if provider is not None:
            return conn.execute("UPDATE exchanges SET state = ?, provider = ?, updated_at = ? WHERE exchange_id = ? "
                                "AND state = ? AND provider IS NULL",
                                (to_state, provider, at, exchange_id, from_state)).rowcount == 1
        return conn.execute("UPDATE exchanges SET state = ?, updated_at = ? WHERE exchange_id = ? AND state = ?",
                            (to_state, at, exchange_id, from_state)).rowcount == 1

    def decline(self, conn: Connection, exchange_id: str, lab_id: str, at: str) -> bool:
        return conn.execute("UPDATE exchange_routes SET declined_at = ? WHERE exchange_id = ? AND lab_id = ? "
                            "AND declined_at IS NULL", (at, exchange_id, lab_id)).rowcount == 1

    def add_step(self, conn: Connection, exchange_id: str, action: str, lab_id: str, at: str, state: str,
                 document: bytes) -> int:
        number = conn.execute("SELECT coalesce(max(step), 0) + 1 FROM exchange_steps WHERE exchange_id = ?",
                              (exchange_id,)).fetchone()[0]
        conn.execute("INSERT INTO exchange_steps (exchange_id, step, action, lab_id, at, state, document) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", (exchange_id, number, action, lab_id, at, state, document))
        return int(number)

    def steps(self, exchange_id: str) -> list[Step]:
        rows = self.db.query("SELECT step, action, lab_id, at, state, document FROM exchange_steps "
                             "WHERE exchange_id = ? ORDER BY step", (exchange_id,))
        return [Step(r[0], r[1], r[2], r[3], r[4], bytes(r[5])) for r in rows]
