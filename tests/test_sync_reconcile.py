"""`labnet sync --reconcile`: the laboratory asks a real hub process what it holds, and mends what differs.

The hub's database is changed behind LabNet's back the way a hub restored from
an older backup would be: a record lost, a withdrawal undone, a stale copy.
A plain sync trusts its receipts and sends nothing; a reconciling sync finds
each difference and sends exactly what mends it.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from factories import profile
from hub_server import LAB_PASSPHRASE
from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from labnet import cli
from labnet.catalogue.store import Catalogue


@pytest.fixture
def lab_dir(tmp_path, monkeypatch, capsys, hub):
    folder = tmp_path / "lab"
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    assert cli.main(["--data-dir", str(folder), "init", "--lab", "Ghana lab", "--country", "GH"]) == 0
    assert cli.main(["--data-dir", str(folder), "enrol", hub.enrolment_code()]) == 0
    capsys.readouterr()
    return folder


def sync(folder, capsys, *extra) -> dict:
    assert cli.main(["--data-dir", str(folder), "sync", "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def hub_db(hub, sql: str, params=()) -> list:
    conn = sqlite3.connect(hub.folder / "hub.db")
    try:
        with conn:
            return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def live(hub) -> dict[str, int]:
    return dict(hub_db(hub, "SELECT record_id, version FROM network_records WHERE deleted = 0"))


def test_a_reconciling_sync_mends_a_hub_restored_from_an_older_backup(hub, lab_dir, capsys):
    with Catalogue.open(lab_dir, user="amina") as cat:
        ids = [cat.add("profiling_result", profile(lab_sample_number=f"GH-{i}", shareable=True))["id"]
               for i in range(4)]
    assert sync(lab_dir, capsys)["records"]["accepted"] == 4
    with Catalogue.open(lab_dir, user="amina") as cat:
        cat.update("profiling_result", ids[3], {"shareable": False})
    assert sync(lab_dir, capsys)["records"]["accepted"] == 1
    assert set(live(hub)) == set(ids[:3])

    hub.stop()   # the hub's administrator restores an older backup, in effect:
    hub_db(hub, "DELETE FROM network_records WHERE record_id = ?", (ids[0],))              # lost
    hub_db(hub, "UPDATE network_records SET deleted = 0, record = (SELECT record FROM network_records "
                "WHERE record_id = ?) WHERE record_id = ?", (ids[1], ids[3]))             # withdrawal undone
    hub_db(hub, "UPDATE network_records SET record = json_set(record, '$.purity', 1.0) WHERE record_id = ?",
           (ids[2],))                                                                       # a stale copy
    hub.start()

    plain = sync(lab_dir, capsys)
    assert plain["bundles"] == [] and plain["held_by_hub"] is None   # the receipts say all is delivered
    mended = sync(lab_dir, capsys, "--reconcile")
    assert mended["held_by_hub"] == 3
    assert mended["records"] == {"accepted": 3, "duplicate": 0, "rejected": 0}
    assert set(live(hub)) == set(ids[:3])
    [[purity]] = hub_db(hub, "SELECT json_extract(record, '$.purity') FROM network_records WHERE record_id = ?",
                        (ids[2],))
    assert purity == 23.5
    again = sync(lab_dir, capsys, "--reconcile")
    assert again["bundles"] == [] and again["held_by_hub"] == 4    # nothing differs any more


def test_a_reconciling_sync_withdraws_what_the_laboratory_has_no_trace_of(hub, lab_dir, capsys, tmp_path):
    with Catalogue.open(lab_dir, user="amina") as cat:
        kept = cat.add("profiling_result", profile(lab_sample_number="GH-1", shareable=True))["id"]
    backup = tmp_path / "before.db"
    assert cli.main(["--data-dir", str(lab_dir), "backup", str(backup)]) == 0
    capsys.readouterr()
    with Catalogue.open(lab_dir, user="amina") as cat:
        later = cat.add("profiling_result", profile(lab_sample_number="GH-2", shareable=True))["id"]
    sync(lab_dir, capsys)
    assert set(live(hub)) == {kept, later}
    # The laboratory goes back to a backup made before GH-2 existed, then decides to withdraw everything.
    capsys.readouterr()
    assert cli.main(["--data-dir", str(lab_dir), "--user", "amina", "restore", str(backup)]) == 0
    capsys.readouterr()
    with Catalogue.open(lab_dir, user="amina") as cat:
        cat.update("profiling_result", kept, {"shareable": False})
    assert sync(lab_dir, capsys, "--reconcile")["records"]["accepted"] == 2
    assert live(hub) == {}


def test_a_withdrawal_the_hub_answers_outdated_is_completed_by_the_next_sync(hub, lab_dir, capsys):
    """The catalogue is restored from an older backup: the hub holds version 2 of a record the catalogue has at
    version 1. Withdrawing it sends a tombstone for version 1, which the hub answers "outdated" (it said
    "duplicate", and the laboratory took the withdrawal as held: the hub kept version 2 for good). The next sync
    takes the hub's list by itself, and its tombstone goes above version 2."""
    import shutil

    from labnet.catalogue.store import CATALOGUE_FILE
    from labnet.sync.policy import DEFAULT_POLICY_TOML, POLICY_FILE

    with Catalogue.open(lab_dir, user="amina") as cat:
        record = cat.add("profiling_result", profile(lab_sample_number="GH-R", shareable=True))
    assert sync(lab_dir, capsys)["records"]["accepted"] == 1
    shutil.copyfile(lab_dir / CATALOGUE_FILE, lab_dir.parent / "backup.db")
    with Catalogue.open(lab_dir, user="amina") as cat:
        cat.update("profiling_result", record["id"], {"purity": 61.0})
    assert sync(lab_dir, capsys)["records"]["accepted"] == 1 and live(hub) == {record["id"]: 2}
    shutil.copyfile(lab_dir.parent / "backup.db", lab_dir / CATALOGUE_FILE)     # restored
    for leftover in ("-wal", "-shm"):
        (lab_dir / f"{CATALOGUE_FILE}{leftover}").unlink(missing_ok=True)
    (lab_dir / POLICY_FILE).write_text(DEFAULT_POLICY_TOML.replace("[profiling_result]\nshare = true",
                                                                   "[profiling_result]\nshare = false"))
    first = sync(lab_dir, capsys)
    assert first["records"] == {"accepted": 0, "duplicate": 0, "rejected": 0, "outdated": 1}
    assert live(hub) == {record["id"]: 2}
    second = sync(lab_dir, capsys)                       # no --reconcile: due since the outdated tombstone
    assert second["held_by_hub"] == 1 and second["records"]["accepted"] == 1
    assert live(hub) == {}
    third = sync(lab_dir, capsys)
    assert third["bundles"] == [] and third["held_by_hub"] is None
