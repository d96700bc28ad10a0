"""What the hub holds of one laboratory's records (``GET /v1/records/held``, ``labnet sync --reconcile``), a page
at a time in (kind, id) order: each record as the decision it came from, with the SHA-256 of its entry line
(``docs/bundle-format.md`` §5), so the laboratory compares without any record travelling back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from labnet.common.messages import Message

from .wire import WireError, field_int, field_text, wire_object


@dataclass(frozen=True)
class HeldRecord:
    kind: str
    id: str
    version: int
    seq: int
    op: str            # "upsert" (live) or "delete" (withdrawn)
    line_sha256: str

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "version": self.version, "seq": self.seq, "op": self.op,
                "line_sha256": self.line_sha256}

    @classmethod
    def from_json(cls, doc: object) -> HeldRecord:
        what = Message("a record the hub holds")
        doc = wire_object(doc, what)
        op = doc.get("op")
        return cls(field_text(doc, "kind", what), field_text(doc, "id", what), field_int(doc, "version", what),
                   field_int(doc, "seq", what), op if op in ("upsert", "delete") else "upsert",
                   field_text(doc, "line_sha256", what))


@dataclass(frozen=True)
class HeldPage:
    records: tuple[HeldRecord, ...]
    next: tuple[str, str] | None     # (after_kind, after_id) of the following page, None on the last

    def to_json(self) -> dict[str, Any]:
        following = {"after_kind": self.next[0], "after_id": self.next[1]} if self.next else None
        return {"records": [r.to_json() for r in self.records], "next": following}

    @classmethod
    def from_json(cls, doc: object) -> HeldPage:
        what = Message("the hub's list of the records it holds")
        doc = wire_object(doc, what)
        records = doc.get("records")
        if not isinstance(records, list):
            raise WireError(Message("{what}'s “{name}” is not a list", what=what, name="records").capitalized())
        if "next" not in doc:   # null on the last page, but always said: a page cut short is not the last
            raise WireError(Message("{what} lacks its “{name}”", what=what, name="next").capitalized())
        following = doc["next"]
        if following is not None:
            following = wire_object(following, what)
            following = (field_text(following, "after_kind", what), field_text(following, "after_id", what))
        return cls(tuple(HeldRecord.from_json(r) for r in records), following)
