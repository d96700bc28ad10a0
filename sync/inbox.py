"""The bulletins of the hub this laboratory keeps: fetched after each sync (or read from a stick), verified
against the pinned hub, kept in the catalogue's ``sync_bulletins`` table (``bulletins.jsonl`` before sync 4);
the comparison methods they announce adopted."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from labnet.common.labfolder import LabFolder
from labnet.common.messages import Message
from labnet.protocol.bulletin import Bulletin, read_bulletin_file, verify_bulletin
from labnet.protocol.keys import PublicIdentity
from labnet.protocol.pinning import load_pinned_hub

from .state import save_state
from .state_store import opened
from .transport import NetworkError

if TYPE_CHECKING:
    from .client import HubClient

BULLETINS_FILE = LabFolder.BULLETINS   # where bulletins were kept before sync 4 (older backups carry it)


def fetch_bulletins(data_dir: Path, client: HubClient, hub: PublicIdentity, lab_id: str,
                    state: dict[str, Any]) -> list[Bulletin]:
    """New bulletins since the last one kept: verified, kept, in order."""
    new: list[Bulletin] = []
    while True:
        lines = client.bulletins(int(state.get("bulletin_seq", 0)))
        if not lines:
            return new
        batch = [verify_bulletin(line, hub, lab_id) for line in lines]
        if any(b.seq <= int(state.get("bulletin_seq", 0)) for b in batch):
            raise NetworkError(Message("the hub sent bulletins out of order; they were not kept"))
        keep_bulletins(data_dir, batch)
        state["bulletin_seq"] = batch[-1].seq
        save_state(data_dir, state)
        new += batch


def adopt_methods(cat, bulletins: list[Bulletin]) -> list[str]:
    """Keep the comparison methods the hub published (``method`` bulletins) in the catalogue; returns
    the labels of those new here.  A method that cannot be read is skipped, never fatal to a sync."""
    from labnet.catalogue.errors import CatalogueError
    from labnet.profiling.method import ComparisonMethod, adopt_method

    adopted = []
    for bulletin in bulletins:
        if bulletin.kind != "method":
            continue
        try:
            method = adopt_method(cat, ComparisonMethod.from_json(bulletin.content),
                                  source=f"hub bulletin #{bulletin.seq}")
        except CatalogueError:
            continue
        if method is not None:
            adopted.append(method.label)
    return adopted


def keep_bulletins(data_dir: Path, bulletins: list[Bulletin]) -> int:
    """Keep the bulletins not kept yet (in one transaction); returns how many were new."""
    have = {b.seq for b in stored_bulletins(data_dir)}
    fresh = [b for b in bulletins if b.seq not in have]
    if fresh:
        with opened(data_dir, create=True) as store:
            assert store is not None   # internal: create=True makes the catalogue
            store.add_bulletins([bulletin.raw for bulletin in fresh])
    return len(fresh)


def stored_bulletins(data_dir: Path) -> list[Bulletin]:
    """The bulletins this laboratory has kept (each checked again against the pinned hub)."""
    with opened(data_dir) as store:
        lines = store.bulletins() if store is not None else []
    if not lines:
        return []
    hub = load_pinned_hub(data_dir)
    from labnet.protocol.keyfile import load_public_identity

    lab_id = load_public_identity(data_dir).identity_id
    return read_bulletin_file(b"\n".join(lines), hub, lab_id)


def read_bulletins(data_dir: Path) -> set[int]:
    """The sequence numbers of the kept bulletins someone marked read (the Network view shows the others bold)."""
    with opened(data_dir) as store:
        return store.read_bulletins() if store is not None else set()


def mark_read(data_dir: Path, seqs: set[int], read: bool = True) -> None:
    """Mark the bulletins ``seqs`` read (or unread again); kept in the catalogue, so it survives a restart."""
    with opened(data_dir, create=True) as store:
        assert store is not None   # internal: create=True makes the catalogue
        store.mark_read(seqs, read)
