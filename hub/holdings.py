"""What the hub holds of one laboratory's records, for the laboratory to reconcile with.

Each record is described as the decision it came from: kind, id, version,
seq, op (``upsert`` live, ``delete`` withdrawn) and the SHA-256 of the entry
line the laboratory sent for it (``docs/bundle-format.md`` §5), rebuilt from
what is stored.  The laboratory computes the same digest from what its policy
shares now, so the comparison needs no record to travel back.
"""

from __future__ import annotations

import json
from typing import Any

from labnet.protocol.payload import entry_sha256

from .store import HubStore

PAGE = 5000


def held_records(store: HubStore, lab_id: str, *, after: tuple[str, str] = ("", ""),
                 limit: int = PAGE) -> tuple[list[dict[str, Any]], tuple[str, str] | None]:
    """One page of the laboratory's records in (kind, id) order after ``after``; and the next cursor."""
    rows = store.received.held_page(lab_id, after, limit)
    out = []
    for row in rows:
        entry: dict[str, Any] = {"id": row["record_id"], "kind": row["kind"], "seq": row["seq"],
                                 "version": row["version"], "op": "delete" if row["deleted"] else "upsert"}
        if not row["deleted"]:
            entry["record"] = json.loads(row["record"])
        out.append({"kind": row["kind"], "id": row["record_id"], "version": row["version"], "seq": row["seq"],
                    "op": entry["op"], "line_sha256": entry_sha256(entry)})
    following = (out[-1]["kind"], out[-1]["id"]) if len(out) == limit else None
    return out, following
