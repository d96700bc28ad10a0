"""What this laboratory knows about its hub: the hub's address and key id, when the laboratory enrolled, the
uploads under way, the last bulletin kept, the last sync.  Kept in the catalogue's ``sync_state`` table
(``labnet.sync.state_store``) since sync 4, so a backup carries it with the outbox; before, in ``network.json``,
which that step imported once and renamed ``network.json.migrated``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from labnet.common.labfolder import LabFolder
from labnet.common.messages import Message

from .schema import read_network_file, retire_files
from .state_store import opened
from .transport import NetworkError

NETWORK_FILE = LabFolder.NETWORK   # the file the state was kept in before sync 4 (older backups carry it)


def load_state(data_dir: Path) -> dict[str, Any]:
    with opened(data_dir) as store:
        state = store.state() if store is not None else {}
    _check_left_file(data_dir)
    return state


def save_state(data_dir: Path, state: dict[str, Any]) -> None:
    with opened(data_dir, create=True) as store:
        assert store is not None   # internal: create=True makes the catalogue
        store.save(state)
    retire_files(LabFolder(data_dir).catalogue, damaged_too=True)   # a damaged network.json, replaced now


def _check_left_file(data_dir: Path) -> None:
    """A network.json still here after the catalogue's upgrade: damaged (the upgrade could not read it, so
    nothing of it was kept: said, as it always was), or read but not renamed (a stop between the two: renamed
    now; the table holds it)."""
    network = LabFolder(data_dir).network
    if not network.is_file() or not LabFolder(data_dir).catalogue.exists():
        return
    if read_network_file(network) is None:
        raise NetworkError(Message("{path} is damaged; enrol again with the hub's code", path=network))
    retire_files(LabFolder(data_dir).catalogue)
