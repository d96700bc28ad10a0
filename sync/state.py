"""What this laboratory knows about its hub: ``network.json`` (the hub's address and key id, when the laboratory
enrolled, the uploads under way, the last bulletin kept, the last sync)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from labnet.common.labfolder import LabFolder
from labnet.common.messages import Message
from labnet.protocol.keyfile import write_file_atomically

from .transport import NetworkError

NETWORK_FILE = LabFolder.NETWORK


def load_state(data_dir: Path) -> dict[str, Any]:
    path = LabFolder(data_dir).network
    if not path.exists():
        return {}
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise NetworkError(Message("{path} is damaged; enrol again with the hub's code", path=path)) from None
    return state if isinstance(state, dict) else {}


def save_state(data_dir: Path, state: dict[str, Any]) -> None:
    write_file_atomically(LabFolder(data_dir).network, json.dumps(state, indent=2, sort_keys=True).encode())
