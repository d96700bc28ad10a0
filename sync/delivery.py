"""What the hub may hold of a record, and which seq a laboratory's next decision about it goes under.

Delivery is what the hub *receipted*, never what was sent.  Each decision
that left in a bundle (``outbox_items``) keeps the hub's answer for it, and a
reconciliation adds what the hub said it holds (``outbox_hub_view``); from
those alone, with no database at hand, these rules decide:

- the hub may hold a live version while one was sent and not refused, and no
  tombstone the hub receipted came after it (a tombstone only sent withdrew
  nothing: a failed sync, a killed process, a lost stick);
- an ``outdated`` answer (the hub already held a later decision about the
  record) says the hub holds something after that decision, which may be
  live: it counts as the hub possibly holding a live version, never as a
  withdrawal, and the decision is answered (never sent again as it is);
- the hub orders a laboratory's decisions about a record by (version, seq):
  a new change goes under its own seq; the same decision re-made before its
  receipt keeps its seq (so a bundle keeps its id); a different decision about
  a version already sent (the policy changed, or a reconciliation found the
  hub lacks it) goes above every seq sent for the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from labnet.protocol.payload import entry_sha256

# An item's result: the hub applied it (or already held exactly it), held a later decision already
# ("outdated": this one changed nothing there), refused that record ("rejected", final), refused the bundle
# whole ("refused": nothing in it was applied, and it is sent again), or the answer was superseded by the
# hub's own list of what it holds ("superseded" or "unconfirmed", by a reconciliation).
APPLIED = ("accepted", "duplicate")
OUTDATED = "outdated"
ANSWERED = ("accepted", "duplicate", OUTDATED, "rejected")
NOT_APPLIED = ("rejected", "refused", "superseded")
# Decisions from before a reconciliation, answered then or not ("unconfirmed": it may still arrive, so the hub
# may still come to hold it); what the hub lacks goes again under a fresh seq.
RECONCILED = ("superseded", "unconfirmed")


@dataclass(frozen=True)
class Sent:
    """One decision about a record that left in a bundle, and the hub's answer (None: not known yet)."""

    version: int
    seq: int
    op: str
    line_sha256: str | None
    result: str | None

    @property
    def order(self) -> tuple[int, int]:
        return self.version, self.seq

    @property
    def latest_first(self) -> tuple[int, int, bool]:
        """Order among decisions, the hub's answer first among equals (what it said it holds, after a
        reconciliation, over the same decision sent before it and superseded)."""
        return self.version, self.seq, self.result in APPLIED


def hub_may_hold(sent: list[Sent]) -> bool:
    """Whether the hub may hold a live version: one was sent and not refused, or a decision was answered
    ``outdated`` (the hub held a later one, live or not), and no tombstone the hub receipted came after it
    (a tombstone only sent, or outdated, withdrew nothing)."""
    withdrawn = max((s.order for s in sent if s.op == "delete" and s.result in APPLIED), default=None)
    return any((s.op == "upsert" and s.result not in NOT_APPLIED or s.result == OUTDATED)
               and (withdrawn is None or s.order > withdrawn) for s in sent)


def decision_seq(entry: dict[str, Any], change_seq: int, sent: list[Sent], last_seq: int) -> int | None:
    """The seq this decision goes under; None when the hub already holds exactly it.

    A new change goes under its own seq.  The same decision as the last one sent (a bundle re-made
    before its receipt came) keeps that one's seq, so the bundle keeps its id.  A different decision
    about a version already sent (the policy changed), or one the hub no longer holds as the reconciliation
    found, goes above every seq sent for the record: the hub would take the same bundle for a replay."""
    latest = max(sent, key=lambda s: s.latest_first, default=None)
    if latest is None or latest.order < (entry["version"], change_seq):
        return change_seq
    same = latest.version == entry["version"] and latest.line_sha256 == entry_sha256({**entry, "seq": latest.seq})
    if same and latest.result not in RECONCILED:
        return None if latest.result in ANSWERED else latest.seq
    return max(change_seq, last_seq, latest.seq + 1)
