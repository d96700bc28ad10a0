"""What the laboratory's part in the network looks like now: for the Network view and ``labnet`` reports.

Read-only and cheap (no passphrase needed): whether the laboratory has keys
and is enrolled, with which hub, the last successful sync, how many changes
wait to be sent (by record type, before the sharing policy decides), the
bundles sent with their receipts, and the bulletins kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from labnet.catalogue.errors import message_of
from labnet.protocol.bulletin import Bulletin
from labnet.protocol.errors import SyncError

NOT_SET_UP, NOT_ENROLLED, ENROLLED = "no keys", "not enrolled", "enrolled"


@dataclass
class NetworkStatus:
    state: str                                   # NOT_SET_UP, NOT_ENROLLED or ENROLLED
    lab_name: str = ""
    lab_id: str = ""
    hub_name: str = ""
    hub_url: str = ""
    last_sync: str | None = None
    pending: dict[str, int] = field(default_factory=dict)      # record type -> changes not yet confirmed
    bundles: list[dict[str, Any]] = field(default_factory=list)   # newest first
    bulletins: list[Bulletin] = field(default_factory=list)       # newest first
    problem: str | None = None                   # a file that could not be read, said plainly
    samples: dict[str, str] = field(default_factory=dict)   # record id -> lab sample number, for link bulletins
    read: set[int] = field(default_factory=set)             # the bulletins (by seq) marked read

    @property
    def pending_total(self) -> int:
        return sum(self.pending.values())


def network_status(data_dir: Path, cat) -> NetworkStatus:
    """The laboratory's network status, read from its data folder and catalogue."""
    from labnet.profiling.catalogue_profiles import record_info
    from labnet.protocol.keyfile import has_identity, load_public_identity
    from labnet.protocol.pinning import load_pinned_hub

    from .inbox import read_bulletins, stored_bulletins
    from .outbox import Outbox, pending_counts
    from .state import load_state

    data_dir = Path(data_dir)
    if not has_identity(data_dir):
        return NetworkStatus(NOT_SET_UP, pending=pending_counts(cat))
    lab = load_public_identity(data_dir)
    state = load_state(data_dir)
    status = NetworkStatus(ENROLLED if state.get("hub_url") else NOT_ENROLLED, lab.name, lab.identity_id,
                           hub_url=state.get("hub_url", ""), last_sync=state.get("last_sync"),
                           pending=pending_counts(cat))
    status.bundles = list(reversed(Outbox(cat).sent_bundles()))
    try:
        status.hub_name = load_pinned_hub(data_dir).name
        status.bulletins = list(reversed(stored_bulletins(data_dir)))
        status.read = read_bulletins(data_dir)
        ids = {link.get("record_id") for b in status.bulletins if b.kind == "link"
               for link in b.content.get("links") or []}
        status.samples = {rid: info["lab_sample_number"]
                          for rid, info in record_info(cat, sorted(i for i in ids if isinstance(i, str))).items()}
    except SyncError as exc:
        if status.state == ENROLLED:
            status.problem = getattr(exc, "user_message", None) or message_of(exc)
    return status

