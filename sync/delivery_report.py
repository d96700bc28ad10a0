"""The delivery report of a bundle and its receipt, as data for the printed report
(``labnet.catalogue.report_data`` has the others; the desktop's report module lays them out).

What was sent is what the outbox recorded the bundle carried (``outbox_items``); what the hub did with each
record is its answer in the verified receipt, kept beside each item; a bundle refused whole carries the hub's
reason.  Nothing here is inferred from what was sent alone.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from labnet.catalogue.errors import CatalogueError, Message
from labnet.catalogue.report_data import Content, Moment, Word
from labnet.catalogue.store import Catalogue

from .outbox import Outbox
from .outbox_store import OutboxStore

# The answers a record can have, in the order the report counts them (None: no receipt yet).
_ANSWERS = {"accepted": Message("accepted"), "duplicate": Message("duplicate (the hub already held it)"),
            "outdated": Message("outdated (the hub held a later version)"), "rejected": Message("rejected"),
            "refused": Message("refused with the whole bundle"), "unconfirmed": Message("not confirmed by the receipt")}


def laboratory_name(data_dir: Path) -> str:
    """The laboratory a report is printed for: its network identity's name, else the catalogue's folder."""
    from labnet.protocol.keyfile import has_identity, load_public_identity

    try:
        if has_identity(data_dir):
            return load_public_identity(data_dir).name
    except Exception:  # an unreadable identity file must not stop a report: the folder names the laboratory
        pass
    return str(Path(data_dir).resolve())


def bundle_ids(cat: Catalogue) -> list[str]:
    return [b["bundle_id"] for b in Outbox(cat).sent_bundles()]


def delivery(cat: Catalogue, bundle_id: str) -> Content:
    """A bundle (by id, or the unique start of one): what it carried, and what the hub's receipt said of it."""
    bundles = Outbox(cat).sent_bundles()
    found = [b for b in bundles if b["bundle_id"] == bundle_id] or \
        [b for b in bundles if len(bundle_id) >= 6 and b["bundle_id"].startswith(bundle_id)]
    if not bundles:
        raise CatalogueError(Message("This laboratory has not made any bundle yet."))
    if len(found) != 1:
        raise CatalogueError(Message("No bundle, or more than one, has the id “{bundle}”; “labnet bundle status” "
                                     "lists them.", bundle=bundle_id))
    bundle = found[0]
    content = Content("delivery", Message("Delivery report of bundle {bundle}", bundle=bundle["bundle_id"][:16]))
    content.facts([[Message("Bundle"), bundle["bundle_id"]],
                   [Message("Batch"), bundle["batch_id"]],
                   [Message("Part"), Message("{part} of {parts}", part=bundle["part_index"],
                                             parts=bundle["part_count"])],
                   [Message("Made"), Moment(bundle["created_at"])],
                   [Message("Records carried"), bundle["records"]],
                   [Message("Size"), Message("{size:,} bytes", size=bundle["size"])]])
    items = OutboxStore(cat.conn).items_reported(bundle["bundle_id"])
    content.heading(Message("The hub's receipt"))
    if not bundle["receipt_at"]:
        content.paragraph(Message("No receipt yet: the hub has not confirmed this bundle, so none of its records "
                                  "counts as delivered."))
    elif bundle["receipt_status"] == "rejected":
        content.paragraph(Message("Received {at}: the hub refused the whole bundle: {reason}. Its records stay "
                                  "pending and go again in a later bundle.", at=Moment(bundle["receipt_at"]),
                                  reason=bundle.get("reason") or "—"))
    else:
        counts = bundle.get("counts") or {}
        content.paragraph(Message("Received {at}: {accepted:,} accepted, {duplicate:,} duplicate, {outdated:,} "
                                  "outdated, {rejected:,} rejected.", at=Moment(bundle["receipt_at"]),
                                  accepted=counts.get("accepted", 0), duplicate=counts.get("duplicate", 0),
                                  outdated=counts.get("outdated", 0), rejected=counts.get("rejected", 0)))
    if bundle["rejected"]:
        content.heading(Message("Records the hub refused, with its reasons"))
        content.table([Message("Record type"), Message("Record"), Message("Reason")],
                      [[Word(_kind_label(kind)), record_id, reason or "—"]
                       for kind, record_id, reason in bundle["rejected"]])
    content.heading(Message("What the bundle carried"))
    by_kind = Counter((r["kind"], r["op"]) for r in items)
    content.table([Message("Record type"), Message("Change"), Message("Records")],
                  [[Word(_kind_label(kind)), Message("deletion") if op == "delete" else Message("new or changed"), n]
                   for (kind, op), n in sorted(by_kind.items())])
    content.table([Message("Record type"), Message("Record"), Message("Version"), Message("Change"),
                   Message("Answer")],
                  [[Word(_kind_label(r["kind"])), r["record_id"], r["version"],
                    Message("deletion") if r["op"] == "delete" else Message("new or changed"),
                    _answer(r["result"])] for r in items])
    return content


def _kind_label(kind: str) -> str:
    from labnet.catalogue.records import RECORD_TYPES

    rt = RECORD_TYPES.get(kind)
    return rt.label if rt is not None else kind


def _answer(result: Any) -> Any:
    if result is None:
        return Message("no receipt yet")
    return _ANSWERS.get(result, result)
