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

from .outbox_store import GENERATION_KEY, KEPT_KEY, WATERMARK_KEY, OutboxStore  # noqa: F401  (the keys' home)


def counted_in_full(conn: sqlite3.Connection) -> dict[str, int]:
    """The counts from the change log itself (what the kept counts must always equal)."""
    return OutboxStore(conn).counted_in_full()


def pending_counts(cat) -> dict[str, int]:
    """Changes not confirmed by a receipt yet, by record type, before the sharing policy decides what
    leaves (no keys needed; those the policy withholds are counted until a sync settles them)."""
    store = OutboxStore(cat.conn)
    with store.snapshot():   # one snapshot: the counts, the seq and the generation they are kept with
        return _counts(store)


def _counts(store: OutboxStore) -> dict[str, int]:
    generation, kept_text = store.kept_counts()
    last = store.last_change_seq()
    kept = _kept(kept_text)
    if generation is not None and kept and kept["generation"] == generation and kept["seq"] <= last:
        if kept["seq"] == last:
            return dict(kept["counts"])
        counts = dict(kept["counts"])
        for kind, delta in store.counts_delta(kept["seq"]):
            counts[kind] = counts.get(kind, 0) + delta
        counts = {kind: n for kind, n in counts.items() if n}
    else:
        counts = counted_in_full(store.conn)   # through the module: tests count the full counts
    if generation is not None:
        try:   # kept for the next reader; a catalogue opened read-only, or busy, just counts again next time
            store.set_meta(KEPT_KEY, json.dumps({"seq": last, "generation": generation, "counts": counts},
                                                sort_keys=True))
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
