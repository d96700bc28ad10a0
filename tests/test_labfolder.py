"""The data folder's layout is declared once (labnet.common.labfolder): every module takes its names from LabFolder,
so a backup, a restore, the sync and the catalogue cannot disagree on where a file lives."""

import ast
from pathlib import Path

from labnet.catalogue import backup_archive
from labnet.catalogue.store import CATALOGUE_FILE
from labnet.common.labfolder import LabFolder
from labnet.paths import catalogue_path
from labnet.protocol.keyfile import key_paths
from labnet.protocol.pinning import hub_path
from labnet.sync.client import SENDING_DIR
from labnet.sync.inbox import BULLETINS_FILE
from labnet.sync.policy import policy_path
from labnet.sync.state import NETWORK_FILE

ROOT = Path(__file__).resolve().parents[1]
# The names no other module may write as a literal (``keys`` and ``attachments`` are also words of JSON
# documents, so they are checked through the paths below instead).
NAMES = {LabFolder.CATALOGUE, LabFolder.HUB_PIN, LabFolder.POLICY, LabFolder.NETWORK, LabFolder.BULLETINS,
         LabFolder.SENDING}


def test_no_module_writes_a_data_folder_name_of_its_own():
    found = []
    for package in ("common", "catalogue", "profiling", "protocol", "sync", "hub", "labnet", "desktop"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if path == ROOT / "common" / "labfolder.py":
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and node.value in NAMES:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value!r}")
    assert not found, "ask labnet.common.labfolder.LabFolder for these: " + ", ".join(found)


def test_every_module_finds_the_same_files(tmp_path):
    folder = LabFolder(tmp_path)
    assert catalogue_path(tmp_path) == folder.catalogue == tmp_path / CATALOGUE_FILE
    assert policy_path(tmp_path) == folder.policy and hub_path(tmp_path) == folder.hub_pin
    assert key_paths(tmp_path)[0].parent == folder.keys == folder.hub_pin.parent
    assert (NETWORK_FILE, BULLETINS_FILE, SENDING_DIR) == (folder.network.name, folder.bulletins.name,
                                                            folder.sending.name)
    # A backup carries and restores exactly these.
    assert (backup_archive.DATABASE, backup_archive.ATTACHMENTS_DIR, backup_archive.KEYS_DIR) == (
        folder.catalogue.name, folder.attachments.name, folder.keys.name)
    assert set(backup_archive.UNITS["sync state"]) == {folder.network.name, folder.bulletins.name,
                                                       folder.sending.name}
    assert backup_archive.UNITS["sharing policy"] == (folder.policy.name,)
