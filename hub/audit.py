"""The hub's own audit trail: who did what, when, chained so that an edit shows.

Every administrative action (a laboratory's enrolment code or revocation, the hub's key rotation or revocation,
an administrator account's change, a published method, a notice, an imported bundle, a sign-in or a failed one)
is one entry: in the transaction that did it for account changes and sign-ins, in one of its own just after
the act for the others (their writes are the other store classes').  An entry's hash is SHA-256 over the UTF-8 JSON array
``[seq, at, actor, action, target, detail, prev_hash]`` (no spaces, ``detail`` as its stored JSON text);
the first entry's ``prev_hash`` is 64 zeros.  Editing, deleting or reordering an entry breaks the chain from
there; the newest hash is also kept in ``meta`` (``hub_audit_head``), so cutting entries off the end shows too.
The same idea as the catalogue's trail (``labnet.catalogue.audit``), kept in the hub room.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

GENESIS = "0" * 64


def detail_text(detail: dict) -> str:
    return json.dumps(detail, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Entry:
    seq: int
    at: str
    actor: str
    action: str
    target: str
    detail: str
    prev_hash: str

    def values(self) -> tuple:
        return (self.seq, self.at, self.actor, self.action, self.target, self.detail, self.prev_hash)

    @property
    def hash(self) -> str:
        text = json.dumps(list(self.values()), ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def verify(rows: Iterable[dict], head: str | None) -> list[str]:
    """What is wrong with the trail ``rows`` (every entry, in order) and its kept head; empty if it is whole."""
    problems: list[str] = []
    prev, expected_seq = GENESIS, 1
    for row in rows:
        entry = Entry(row["seq"], row["at"], row["actor"], row["action"], row["target"], row["detail"],
                      row["prev_hash"])
        if entry.seq != expected_seq:
            problems.append(f"entry {expected_seq} is missing (the next is {entry.seq})")
        if entry.prev_hash != prev:
            problems.append(f"entry {entry.seq} does not follow the entry before it (prev_hash differs)")
        if entry.hash != row["hash"]:
            problems.append(f"entry {entry.seq} was changed after it was written (its hash differs)")
        prev, expected_seq = row["hash"], entry.seq + 1
    if (head or GENESIS) != prev:
        problems.append("the trail's newest entry is not the one the hub last wrote (entries cut off the end, "
                        "or the head changed)")
    return problems
