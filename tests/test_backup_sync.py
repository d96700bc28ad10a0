"""A laboratory restored from its backup on a new computer syncs on: same keys, same receipts, nothing sent twice.

A real hub process (tests/hub_server.py); the laboratory uses the ``labnet`` commands.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from factories import add_shared_profiles
from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from labnet import cli
from labnet.catalogue.store import Catalogue
from labnet.sync.outbox import pending_counts
from labnet.sync.state import load_state
from test_network_e2e import lab_dir  # noqa: F401  (a fixture: a laboratory set up with labnet init)

# A real hub process and laboratories set up with labnet init: 4-9 s a test under --durations.
pytestmark = pytest.mark.slow

# Files; the enrolment (network.json until sync 4) travels in the catalogue's tables (load_state).
CARRIED = ["keys/identity.key", "keys/identity.json", "keys/hub.json", "sharing-policy.toml"]


def sync(folder, capsys) -> dict:
    assert cli.main(["--data-dir", str(folder), "sync", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def add_profiles(folder, start: int, n: int) -> None:
    add_shared_profiles(folder, n, start)


def hub_records(hub) -> int:
    conn = sqlite3.connect(hub.folder / "hub.db")
    try:
        return conn.execute("SELECT count(*) FROM network_records").fetchone()[0]
    finally:
        conn.close()


def test_a_lab_restored_on_a_new_computer_syncs_without_sending_anything_twice(hub, lab_dir, tmp_path, capsys):
    add_profiles(lab_dir, 0, 3)
    assert cli.main(["--data-dir", str(lab_dir), "enrol", hub.enrolment_code()]) == 0
    capsys.readouterr()
    assert sync(lab_dir, capsys)["records"]["accepted"] == 3
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli.main(["--data-dir", str(lab_dir), "backup", str(usb)]) == 0
    out = capsys.readouterr().out
    assert "keys, sync state, sharing policy" in out
    (made,) = usb.iterdir()

    new_pc = tmp_path / "new-pc"
    assert cli.main(["--data-dir", str(new_pc), "restore", str(made)]) == 0
    capsys.readouterr()
    for name in CARRIED:    # the key file (encrypted), the pinned hub, the enrolment and the policy come back
        assert (new_pc / name).read_bytes() == (lab_dir / name).read_bytes(), name
    assert (new_pc / "keys" / "identity.key").stat().st_mode & 0o077 == 0
    assert load_state(new_pc) == load_state(lab_dir) and load_state(new_pc)["hub_url"] == hub.url
    with Catalogue.open(new_pc, user="amina") as cat:
        assert pending_counts(cat) == {}          # the receipts came back with the catalogue

    again = sync(new_pc, capsys)
    assert again["bundles"] == [] and again["bytes_sent"] == 0
    assert hub_records(hub) == 3
    add_profiles(new_pc, 3, 2)                    # and the laboratory goes on from there
    after = sync(new_pc, capsys)
    assert after["records"] == {"accepted": 2, "duplicate": 0, "rejected": 0}
    assert hub_records(hub) == 5


def test_restoring_over_an_enrolled_lab_keeps_its_replaced_keys(hub, lab_dir, tmp_path, capsys):
    add_profiles(lab_dir, 0, 1)
    assert cli.main(["--data-dir", str(lab_dir), "enrol", hub.enrolment_code()]) == 0
    capsys.readouterr()
    sync(lab_dir, capsys)
    assert cli.main(["--data-dir", str(lab_dir), "backup", str(tmp_path / "b.labnet-backup")]) == 0
    before = {name: (lab_dir / name).read_bytes() for name in CARRIED}
    enrolment = load_state(lab_dir)
    assert cli.main(["--data-dir", str(lab_dir), "restore", str(tmp_path / "b.labnet-backup")]) == 0
    (kept,) = lab_dir.glob("replaced-*")
    for name in CARRIED:    # nothing of the laboratory's is ever thrown away
        assert (kept / name).read_bytes() == before[name] == (lab_dir / name).read_bytes()
    assert (kept / "catalogue.db").exists()
    assert load_state(lab_dir) == enrolment
    capsys.readouterr()
    assert sync(lab_dir, capsys)["bundles"] == []


def test_a_key_file_sealed_by_this_computers_keyring_is_carried_with_a_warning(lab_dir, tmp_path, capsys):
    from labnet.protocol import canonical

    key_file = lab_dir / "keys" / "identity.key"
    add_profiles(lab_dir, 0, 1)
    assert cli.main(["--data-dir", str(lab_dir), "backup", str(tmp_path / "a.labnet-backup")]) == 0
    assert "keyring" not in capsys.readouterr().out          # a passphrase travels with the person
    envelope = canonical.loads(key_file.read_bytes())
    envelope["protection"] = {"method": "keyring", "service": "LabNet identity", "account": "x"}
    key_file.write_bytes(canonical.dumps(envelope))
    assert cli.main(["--data-dir", str(lab_dir), "backup", str(tmp_path / "b.labnet-backup")]) == 0
    assert "protected by this computer's keyring" in capsys.readouterr().out
