"""The laboratory's exchanges in its catalogue file: the ``exchange`` room (its own numbered migrations, apart from
the catalogue room's), run when the exchange is first used (``ensure``).  ``labnet.sync.exchange`` is the only
user; the tables:

- ``exchange_offers``: what this laboratory offered to the network (the hub's offer id → the standard here);
- ``exchanges``: each exchange it asked for, provides or was routed to, as the hub last said, with what stays
  here (the standard dispatched or received, the profiling result made, the sample number submitted);
- ``exchange_custody``: the custody entries of both sides (dispatch, receipt, refusal, loss: who, when, in what
  condition, the courier's reference), as signed by the laboratory that recorded them.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from labnet.common import sqlite as common_sqlite

MIGRATION_1 = """
CREATE TABLE exchange_offers (
    offer_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    sample_id TEXT,
    substance TEXT NOT NULL,
    amount REAL,
    unit TEXT,
    offered_at TEXT NOT NULL,
    withdrawn_at TEXT
);
CREATE TABLE exchanges (
    exchange_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    role TEXT,
    state TEXT NOT NULL,
    substance TEXT NOT NULL,
    amount REAL,
    unit TEXT,
    purpose TEXT,
    needed_by TEXT,
    requester TEXT NOT NULL,
    requester_name TEXT,
    provider TEXT,
    provider_name TEXT,
    allowed TEXT NOT NULL DEFAULT '[]',
    hub_updated_at TEXT NOT NULL,
    -- what stays here: the standard dispatched or created on receipt, the profiling result made from a report,
    -- the sample number submitted for profiling
    sample_id TEXT,
    record_id TEXT,
    local TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE exchange_custody (
    exchange_id TEXT NOT NULL REFERENCES exchanges (exchange_id),
    step INTEGER NOT NULL,
    action TEXT NOT NULL,
    lab_id TEXT NOT NULL,
    by_person TEXT NOT NULL,
    at TEXT NOT NULL,
    condition TEXT,
    courier_reference TEXT,
    PRIMARY KEY (exchange_id, step)
);
"""

ROOM = common_sqlite.Room("exchange", (
    common_sqlite.Migration(1, "reference-sample exchange: offers made, exchanges, custody entries", MIGRATION_1),
))

EXCHANGE_COLUMNS = ("exchange_id", "kind", "role", "state", "substance", "amount", "unit", "purpose", "needed_by",
                    "requester", "requester_name", "provider", "provider_name", "allowed", "hub_updated_at")


def ensure(conn: sqlite3.Connection, path: Path | None) -> None:
    """Bring the exchange room of the catalogue file to its latest migration (nothing when it is)."""
    if common_sqlite.room_versions(conn).get(ROOM.name, 0) != ROOM.latest:
        common_sqlite.migrate(conn, [ROOM], path=path)


def add_offer(conn: sqlite3.Connection, offer: dict[str, Any]) -> None:
    conn.execute("INSERT INTO exchange_offers (offer_id, kind, sample_id, substance, amount, unit, offered_at) "
                 "VALUES (:offer_id, :kind, :sample_id, :substance, :amount, :unit, :offered_at)", offer)


def withdraw_offer(conn: sqlite3.Connection, offer_id: str, at: str) -> None:
    conn.execute("UPDATE exchange_offers SET withdrawn_at = ? WHERE offer_id = ?", (at, offer_id))


def offers(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT offer_id, kind, sample_id, substance, amount, unit, offered_at, withdrawn_at "
                        "FROM exchange_offers ORDER BY offered_at, offer_id")
    return [dict(r) for r in rows]


def offer(conn: sqlite3.Connection, offer_id: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT offer_id, kind, sample_id, substance, amount, unit, offered_at, withdrawn_at "
                       "FROM exchange_offers WHERE offer_id = ?", (offer_id,)).fetchone()
    return dict(row) if row else None


def _row(row: sqlite3.Row) -> dict[str, Any]:
    out = dict(row)
    out["allowed"] = json.loads(out["allowed"])
    out["local"] = json.loads(out["local"])
    return out


def exchanges(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute(f"SELECT {', '.join(EXCHANGE_COLUMNS)}, sample_id, record_id, local FROM exchanges "
                        "ORDER BY hub_updated_at DESC, exchange_id")
    return [_row(r) for r in rows]


def exchange(conn: sqlite3.Connection, exchange_id: str) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {', '.join(EXCHANGE_COLUMNS)}, sample_id, record_id, local FROM exchanges "
                       "WHERE exchange_id = ?", (exchange_id,)).fetchone()
    return _row(row) if row else None


def put_exchange(conn: sqlite3.Connection, seen: dict[str, Any]) -> None:
    """The exchange as the hub describes it (``labnet.hub.exchange.describe``); what stays here is kept."""
    values = {k: seen.get(k) for k in EXCHANGE_COLUMNS if k not in ("exchange_id", "hub_updated_at", "allowed")}
    values.update(exchange_id=seen["exchange"], hub_updated_at=seen["updated_at"],
                  allowed=json.dumps(seen.get("allowed") or []))
    names = list(values)
    conn.execute(f"INSERT INTO exchanges ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)}) "
                 "ON CONFLICT (exchange_id) DO UPDATE SET "
                 + ", ".join(f"{n} = excluded.{n}" for n in names if n != "exchange_id"), values)


def set_local(conn: sqlite3.Connection, exchange_id: str, *, sample_id: str | None = None,
              record_id: str | None = None, local: dict[str, Any] | None = None) -> None:
    """What stays here about the exchange (a value left None is not changed)."""
    if sample_id is not None:
        conn.execute("UPDATE exchanges SET sample_id = ? WHERE exchange_id = ?", (sample_id, exchange_id))
    if record_id is not None:
        conn.execute("UPDATE exchanges SET record_id = ? WHERE exchange_id = ?", (record_id, exchange_id))
    if local is not None:
        conn.execute("UPDATE exchanges SET local = ? WHERE exchange_id = ?",
                     (json.dumps(local, sort_keys=True), exchange_id))


def add_custody(conn: sqlite3.Connection, exchange_id: str, step: int, action: str, lab_id: str,
                entry: dict[str, Any]) -> bool:
    """A custody entry, once (False when it was recorded already)."""
    return conn.execute(
        "INSERT INTO exchange_custody (exchange_id, step, action, lab_id, by_person, at, condition, courier_reference) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (exchange_id, step) DO NOTHING",
        (exchange_id, step, action, lab_id, entry["by"], entry["at"], entry.get("condition"),
         entry.get("courier_reference"))).rowcount == 1


def custody(conn: sqlite3.Connection, exchange_id: str | None = None) -> list[dict[str, Any]]:
    sql = ("SELECT exchange_id, step, action, lab_id, by_person, at, condition, courier_reference "
           "FROM exchange_custody")
    rows = conn.execute(sql + (" WHERE exchange_id = ?" if exchange_id else "") + " ORDER BY exchange_id, step",
                        (exchange_id,) if exchange_id else ())
    return [dict(r) for r in rows]
