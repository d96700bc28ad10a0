"""A laboratory's data folder: what lives where, declared once.

::

    <data folder>/
        catalogue.db           the catalogue (SQLite), with its -wal and -shm files while open
        attachments/           files attached to records, named by their SHA-256
        keys/                  the laboratory's key file and public identity; hub.json: the pinned hub
        sharing-policy.toml    what the laboratory shares
        sending/               sealed bundles being uploaded, byte for byte until their receipt

What the laboratory knows of its hub and the bulletins it kept are in the catalogue's tables (the sync room's
step 4); before, they were ``network.json`` and ``bulletins.jsonl`` here, which that step imports and renames
``*.migrated``, and which older backups carry: their names stay declared below.

Every module asks a ``LabFolder`` for these paths (or takes the names from it), so a backup, a restore and
the modules that write them cannot disagree on a name; ``tests/test_labfolder.py`` fails on a name written
anywhere else.  The hub's own folder uses ``keys/`` the same way (``labnet.protocol.keyfile``).
"""

from __future__ import annotations

from pathlib import Path


class LabFolder:
    """The paths of one data folder; nothing is created or read here."""

    CATALOGUE = "catalogue.db"
    ATTACHMENTS = "attachments"
    KEYS = "keys"
    HUB_PIN = "hub.json"            # inside KEYS
    POLICY = "sharing-policy.toml"
    NETWORK = "network.json"        # before sync 4 (imported by it; older backups carry it)
    BULLETINS = "bulletins.jsonl"   # likewise
    SENDING = "sending"

    def __init__(self, root: str | Path):
        self.root = Path(root)

    def __repr__(self) -> str:
        return f"LabFolder({str(self.root)!r})"

    @property
    def catalogue(self) -> Path:
        return self.root / self.CATALOGUE

    @property
    def attachments(self) -> Path:
        return self.root / self.ATTACHMENTS

    @property
    def keys(self) -> Path:
        return self.root / self.KEYS

    @property
    def hub_pin(self) -> Path:
        return self.keys / self.HUB_PIN

    @property
    def policy(self) -> Path:
        return self.root / self.POLICY

    @property
    def network(self) -> Path:
        return self.root / self.NETWORK

    @property
    def bulletins(self) -> Path:
        return self.root / self.BULLETINS

    @property
    def sending(self) -> Path:
        return self.root / self.SENDING
