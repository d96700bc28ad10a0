"""How many changes wait for the hub's confirmation, by record type: kept, not recounted.

A record counts while its latest change is not settled (no ``outbox_settled``
row, or one below that change's seq).  Counting means a GROUP BY over the
change log after the outbox watermark: ~850 ms on a never-synced 1,000,000-row
catalogue, on the catalogue worker that must show the window's first page.

So the counts are kept in ``meta`` as of a change-log seq and the generation
number of the settled records (migration 7: a trigger bumps it on every write to
``outbox_settled``).  The change log only grows (triggers refuse updates and
deletes; its seq is AUTOINCREMENT, never reused), so when the generation is
unchanged the counts for a later seq follow exactly from the changes after the
kept one: each record those changes touch is counted after as it is now, and
uncounted as it was at the kept seq.  Any other difference (settled records
written, no kept counts, a missing generation) counts in full again.  A count is
never guessed: it is the full count, or the full count carried forward exactly.
"""

from __future__ import annotations

import json
import sqlite3

WATERMARK_KEY = "outbox_watermark"
GENERATION_KEY = "outbox_settled_generation"
KEPT_KEY = "outbox_pending_counts"

# The latest change of each record after the watermark whose settled row, if any, is below it.
_FULL = ("SELECT l.kind, count(*) FROM (SELECT kind, record_id, max(seq) AS seq FROM changes WHERE seq > ? "
         "GROUP BY kind, record_id) AS l LEFT JOIN outbox_settled s ON s.kind = l.kind AND s.record_id = l.record_id "
         "WHERE s.seq IS NULL OR s.seq < l.seq GROUP BY l.kind")
# For each record changed after the kept seq: counted now (1/0) minus counted at the kept seq (1/0).  NOT INDEXED:
# the changes after the kept seq by their rowid, not the whole (kind, record_id) index for the GROUP BY.
_DELTA = ("SELECT d.kind, sum((s.seq IS NULL OR s.seq < d.now) - (d.before IS NOT NULL AND (s.seq IS NULL OR"
          " s.seq < d.before))) FROM (SELECT n.kind, n.record_id, n.now, (SELECT max(c.seq) FROM changes c"
          " WHERE c.kind = n.kind AND c.record_id = n.record_id AND c.seq <= ?) AS before FROM (SELECT kind,"
          " record_id, max(seq) AS now FROM changes NOT INDEXED WHERE seq > ? GROUP BY kind, record_id) AS n) AS d"
          " LEFT JOIN outbox_settled s ON s.kind = d.kind AND s.record_id = d.record_id GROUP BY d.kind")


def counted_in_full(conn: sqlite3.Connection) -> dict[str, int]:
    """The counts from the change log itself (what the kept counts must always equal)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (WATERMARK_KEY,)).fetchone()
    watermark = int(row[0].partition(" ")[0]) if row else 0
    return {kind: n for kind, n in conn.execute(_FULL, (watermark,)) if n}


def pending_counts(cat) -> dict[str, int]:
    """Changes not confirmed by a receipt yet, by record type, before the sharing policy decides what
    leaves (no keys needed; those the policy withholds are counted until a sync settles them)."""
    conn = cat.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")   # one snapshot: the counts, the seq and the generation they are kept with
    try:
        counts = _counts(conn)
    finally:
        if own and conn.in_transaction:
            conn.execute("COMMIT")
    return counts


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN (?, ?)", (GENERATION_KEY, KEPT_KEY)))
    generation = meta.get(GENERATION_KEY)
    last = conn.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()[0]
    kept = _kept(meta.get(KEPT_KEY))
    if generation is not None and kept and kept["generation"] == generation and kept["seq"] <= last:
        if kept["seq"] == last:
            return dict(kept["counts"])
        counts = dict(kept["counts"])
        for kind, delta in conn.execute(_DELTA, (kept["seq"], kept["seq"])):
            counts[kind] = counts.get(kind, 0) + delta
        counts = {kind: n for kind, n in counts.items() if n}
    else:
        counts = counted_in_full(conn)
    if generation is not None:
        try:   # kept for the next reader; a catalogue opened read-only, or busy, just counts again next time
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (KEPT_KEY, json.dumps(
                {"seq": last, "generation": generation, "counts": counts}, sort_keys=True)))
        except sqlite3.OperationalError:
            pass
    return counts


def _kept(text: str | None) -> dict | None:
    try:
        kept = json.loads(text) if text else None
        if isinstance(kept, dict) and isinstance(kept.get("seq"), int) and isinstance(kept.get("counts"), dict) \
                and isinstance(kept.get("generation"), str):
            return kept
    except ValueError:
        pass
    return None
