"""Keys over their life, with the real hub and real files: a laboratory working by stick rotates its keys and
the hub imports its identity from the stick; the hub retires an older key from a date, or revokes one at once,
and laboratories learn it at their next sync (or from a stick) and seal to the current key."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from factories import add_shared_profiles, profile
from hub_server import LAB_PASSPHRASE, PASSPHRASE, enrol
from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from labnet import cli
from labnet.catalogue.store import Catalogue
from labnet.hub import cli as hub_cli
from labnet.hub import keylife
from labnet.hub.ingest import Ingestor
from labnet.hub.service import Hub
from labnet.protocol.keyfile import load_identity, load_public_identity
from labnet.protocol.keys import Identity, create_identity, rotate
from labnet.protocol.keystatus import read_hub_keys
from labnet.protocol.pinning import load_key_events, load_pinned_hub, pin_hub
from labnet.protocol.receipt import verify_receipt
from labnet.sync.outbox import Outbox
from labnet.sync.policy import default_policy

# A real hub process, laboratories enrolled and synced: 5-27 s a test under --durations.
pytestmark = pytest.mark.slow

POLICY = default_policy()


@pytest.fixture
def lab_dir(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "lab"
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    monkeypatch.setenv("LABNET_HUB_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--data-dir", str(folder), "init", "--lab", "Kumasi lab", "--country", "GH"]) == 0
    capsys.readouterr()
    return folder


def add_profiles(folder, n: int, start: int = 0) -> None:
    add_shared_profiles(folder, n, start, prefix="KU")


def export_to_stick(folder, stick):
    before = set(stick.glob("*.lnb"))
    assert cli.main(["--data-dir", str(folder), "bundle", "export", "--out", str(stick)]) == 0
    [bundle] = set(stick.glob("*.lnb")) - before
    return bundle


def hub_records(folder) -> int:
    from labnet.hub.service import database_target
    from labnet.hub.store import HubStore

    store = HubStore(database_target(folder), backup_dir=folder)   # hub.db, or its PostgreSQL database
    try:
        return store.query("SELECT count(*) FROM network_records")[0][0]
    finally:
        store.close()


def test_a_stick_only_lab_rotates_and_the_hub_imports_its_identity_from_the_stick(hub, lab_dir, tmp_path, capsys):
    hub.stop()
    folder, stick = str(hub.folder), tmp_path / "stick"
    stick.mkdir()
    assert hub_cli.main(["enroll", "--data-dir", folder, "--lab", "Kumasi lab", "--country", "GH",
                         "--out", str(stick / "enrol.json")]) == 0
    assert cli.main(["--data-dir", str(lab_dir), "enrol", str(stick / "enrol.json"),
                     "--out", str(stick / "registration.json")]) == 0
    assert hub_cli.main(["import", "--data-dir", folder, str(stick / "registration.json")]) == 0
    add_profiles(lab_dir, 2)
    assert hub_cli.main(["import", "--data-dir", folder, str(export_to_stick(lab_dir, stick))]) == 0
    assert "2 accepted" in capsys.readouterr().out
    # The lab rotates; its next bundle is signed by the new key, which the hub does not know yet.
    assert cli.main(["--data-dir", str(lab_dir), "identity", "rotate"]) == 0
    assert "labnet-hub import FILE" in capsys.readouterr().out
    assert cli.main(["--data-dir", str(lab_dir), "identity", "export", str(stick / "kumasi.json")]) == 0
    add_profiles(lab_dir, 1, start=100)
    bundle = export_to_stick(lab_dir, stick)
    capsys.readouterr()
    assert hub_cli.main(["import", "--data-dir", folder, str(bundle)]) == 2
    assert "not registered" in capsys.readouterr().err
    # Identity documents the hub must refuse: one its registered key did not endorse, another hub's, a stranger's.
    lab_id = load_public_identity(lab_dir).identity_id
    forged = create_identity("lab", "Kumasi lab", "GH", identity_id=lab_id)
    (stick / "forged.json").write_bytes(forged.public.to_json())
    assert hub_cli.main(["import", "--data-dir", folder, str(stick / "forged.json")]) == 2
    assert "not endorsed" in capsys.readouterr().err
    (stick / "hub.json").write_bytes(create_identity("hub", "Other hub", "KE").public.to_json())
    assert hub_cli.main(["import", "--data-dir", folder, str(stick / "hub.json")]) == 2
    assert "not a laboratory's" in capsys.readouterr().err
    (stick / "stranger.json").write_bytes(create_identity("lab", "Stranger lab", "GH").public.to_json())
    assert hub_cli.main(["import", "--data-dir", folder, str(stick / "stranger.json")]) == 2
    assert "no laboratory" in capsys.readouterr().err
    assert hub_records(hub.folder) == 2
    # The endorsed identity from the stick: the bundle under the new key is applied, once.
    assert hub_cli.main(["import", "--data-dir", folder, str(stick / "kumasi.json")]) == 0
    assert "now signs with" in capsys.readouterr().out
    assert hub_cli.main(["import", "--data-dir", folder, str(stick / "kumasi.json")]) == 0
    assert "nothing was changed" in capsys.readouterr().out
    assert hub_cli.main(["import", "--data-dir", folder, str(bundle), "--receipt-out", str(stick / "r.json")]) == 0
    assert "1 accepted" in capsys.readouterr().out
    assert hub_records(hub.folder) == 3
    assert cli.main(["--data-dir", str(lab_dir), "receipt", "import", str(stick / "r.json")]) == 0
    hub.start()


def test_a_retired_key_opens_bundles_until_its_date_then_refuses_them(cat, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LABNET_HUB_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "hub"
    created, _ = Hub.create(folder, name="Hub", country="KE", passphrase=PASSPHRASE)
    lab = enrol(created)
    old_hub = created.identity.public
    created.close()
    assert hub_cli.main(["rotate-keys", "--data-dir", str(folder), "--retire-previous-after", "2030-01-01"]) == 0
    assert "refused from 2030-01-01T00:00:00Z on" in capsys.readouterr().out
    now = [dt.datetime(2029, 12, 31, 23, 59, 59, tzinfo=dt.UTC)]
    hub = Hub.open(folder, PASSPHRASE, clock=lambda: now[0])
    try:
        assert hub.identity.public.encryption_key_id != old_hub.encryption_key_id
        # Before the date: a bundle sealed to the retiring key (a lab that has not heard yet) opens.
        cat.add("profiling_result", profile(lab_sample_number="S-1", shareable=True))
        [(header, data)] = Outbox(cat).export(lab, old_hub, POLICY).parts
        assert header.hub_key_id == old_hub.encryption_key_id
        first = Ingestor(hub).ingest(data, source="file")
        assert first.status == "processed" and first.counts["accepted"] == 1
        Outbox(cat).apply_receipt(verify_receipt(first.receipt, load_public_chain(hub, old_hub), lab.identity_id),
                                  POLICY)
        # From the date on: refused whole with its own error, in a receipt signed by the current key.
        now[0] = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
        cat.add("profiling_result", profile(lab_sample_number="S-2", shareable=True))
        [(header, data)] = Outbox(cat).export(lab, old_hub, POLICY).parts
        late = Ingestor(hub).ingest(data, source="file")
        assert late.status == "rejected" and "retired since 2030-01-01T00:00:00Z" in late.reason
        receipt = verify_receipt(late.receipt, hub.identity.public, lab.identity_id)
        assert receipt.status == "rejected"
        assert hub.store.query("SELECT count(*) FROM network_records")[0][0] == 1
        # The lab learns the hub's keys and seals to the current one: applied.
        lab_dir = tmp_path / "lab-keys"
        (lab_dir / "keys").mkdir(parents=True)
        pin_hub(lab_dir, old_hub.to_json())
        pinned, what = pin_hub(lab_dir, keylife.document(hub.identity, hub.store))
        assert what == "rotated" and [e.status for e in load_key_events(lab_dir)] == ["retired"]
        [(header, data)] = Outbox(cat).export(lab, pinned, POLICY).parts
        assert header.hub_key_id == hub.identity.public.encryption_key_id
        assert Ingestor(hub).ingest(data, source="file").counts["accepted"] == 1
        assert "retired since" in "\n".join(r["state"] for r in keylife.listing(hub.identity, hub.store))
    finally:
        hub.close()


def load_public_chain(hub: Hub, old):
    """The hub's identity as a lab pinned before the rotation and following it: both keys trusted."""
    from labnet.protocol.keys import check_rotation

    return check_rotation(old, hub.identity.public)


def test_a_revoked_key_is_refused_at_once_and_the_lab_learns_it_at_its_next_sync(hub, lab_dir, tmp_path, capsys):
    assert cli.main(["--data-dir", str(lab_dir), "enrol", hub.enrolment_code()]) == 0
    old = load_pinned_hub(lab_dir)
    stick = tmp_path / "stick"
    stick.mkdir()
    add_profiles(lab_dir, 2)
    early = export_to_stick(lab_dir, stick)
    hub.stop()
    folder = str(hub.folder)
    assert hub_cli.main(["import", "--data-dir", folder, str(early), "--receipt-out", str(stick / "early.json")]) == 0
    add_profiles(lab_dir, 1, start=100)
    late = export_to_stick(lab_dir, stick)             # sealed to the old key, waiting on the stick
    capsys.readouterr()
    # The old key may be in other hands: new keys, then the old ones revoked.
    assert hub_cli.main(["revoke-key", "--data-dir", folder, old.encryption_key_id, "--reason", "laptop stolen"]) == 2
    assert "current key" in capsys.readouterr().err
    assert hub_cli.main(["rotate-keys", "--data-dir", folder]) == 0
    assert hub_cli.main(["revoke-key", "--data-dir", folder, "0" * 64, "--reason", "typo"]) == 2
    assert "never had a key" in capsys.readouterr().err
    assert hub_cli.main(["revoke-key", "--data-dir", folder, old.encryption_key_id, "--reason", "laptop stolen"]) == 0
    assert hub_cli.main(["revoke-key", "--data-dir", folder, old.signing_key_id, "--reason", "again"]) == 2
    assert "a revocation is final" in capsys.readouterr().err
    assert hub_cli.main(["rotate-keys", "--data-dir", folder, "--retire-previous-after", "yesterday"]) == 2
    assert "is not a date" in capsys.readouterr().err
    assert hub_cli.main(["import", "--data-dir", folder, str(late)]) == 2
    out = capsys.readouterr().out
    assert "rejected whole" in out and "revoked" in out
    assert hub_cli.main(["keys", "--data-dir", folder, "--json"]) == 0
    states = [row["state"] for row in json.loads(capsys.readouterr().out)]
    assert states[0] == "current" and states[1].startswith("revoked") and "laptop stolen" in states[1]
    hub.start()
    # The next sync: the lab follows the rotation, drops the revoked key, seals to the current one.
    assert cli.main(["--data-dir", str(lab_dir), "sync", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["records"]["accepted"] + report["records"]["duplicate"] == 3
    assert hub_records(hub.folder) == 3
    pinned = load_pinned_hub(lab_dir)
    assert pinned.encryption_key_id != old.encryption_key_id
    assert pinned.signing_key(old.signing_key_id) is None
    assert [(e.status, e.reason) for e in load_key_events(lab_dir)] == [("revoked", "laptop stolen")]
    with Catalogue.open(lab_dir, user="amina") as cat:
        sealed_to = {r[0] for r in cat.conn.execute("SELECT hub_key_id FROM outbox_bundles WHERE receipt_status = "
                                                    "'processed'")}
    assert pinned.encryption_key_id in sealed_to
    # A receipt the revoked key signed is trusted no more, nor new keys it endorses (a thief's).
    assert cli.main(["--data-dir", str(lab_dir), "receipt", "import", str(stick / "early.json")]) == 2
    assert "not the hub's" in capsys.readouterr().err
    stolen = load_identity(hub.folder, PASSPHRASE).key_set_for_encryption(old.encryption_key_id)
    (stick / "thief.json").write_bytes(rotate(Identity(old, [stolen], b"")).public.to_json())
    assert cli.main(["--data-dir", str(lab_dir), "hub-key", "import", str(stick / "thief.json")]) == 2
    assert "not endorsed" in capsys.readouterr().err
    assert load_pinned_hub(lab_dir).keys == pinned.keys


def test_a_stick_lab_imports_the_hub_key_document_and_refuses_a_forged_one(hub, lab_dir, tmp_path, capsys):
    assert cli.main(["--data-dir", str(lab_dir), "enrol", hub.enrolment_code()]) == 0
    old = load_pinned_hub(lab_dir)
    hub.stop()
    folder = str(hub.folder)
    assert hub_cli.main(["rotate-keys", "--data-dir", folder, "--retire-previous-after", "2031-06-30T12:00:00+02:00"]) == 0
    document = tmp_path / "hub-keys.json"
    assert hub_cli.main(["keys", "--data-dir", folder, "--out", str(document)]) == 0
    identity, events = read_hub_keys(document.read_bytes())
    assert [(e.status, e.at, e.signing_key_id) for e in events] == [("retired", "2031-06-30T10:00:00Z",
                                                                      old.signing_key_id)]
    # Altered on the way: refused, nothing changed.
    doc = json.loads(document.read_bytes())
    doc["keys"] = []
    (tmp_path / "altered.json").write_text(json.dumps(doc, separators=(",", ":"), sort_keys=True,
                                                      ensure_ascii=False))
    capsys.readouterr()
    assert cli.main(["--data-dir", str(lab_dir), "hub-key", "import", str(tmp_path / "altered.json")]) == 2
    assert "signature is not the hub's" in capsys.readouterr().err
    assert load_pinned_hub(lab_dir).keys == old.keys
    assert cli.main(["--data-dir", str(lab_dir), "hub-key", "import", str(document)]) == 0
    out = capsys.readouterr().out
    assert "Followed the key rotation" in out and "retired" in out and "2031-06-30T10:00:00Z" in out
    assert load_pinned_hub(lab_dir).keys == identity.keys
    # A retired (not revoked) key's receipts are still trusted.
    assert load_pinned_hub(lab_dir).signing_key(old.signing_key_id) is not None
    hub.start()


def test_two_rotations_between_trips_are_imported_in_their_order(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LABNET_HUB_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "hub"
    created, _ = Hub.create(folder, name="Hub", country="KE", passphrase=PASSPHRASE)
    lab = enrol(created)
    created.close()
    second = rotate(lab)
    third = rotate(second)
    (tmp_path / "second.json").write_bytes(second.public.to_json())
    (tmp_path / "third.json").write_bytes(third.public.to_json())
    assert hub_cli.main(["import", "--data-dir", str(folder), str(tmp_path / "third.json")]) == 2
    assert "not endorsed" in capsys.readouterr().err
    assert hub_cli.main(["import", "--data-dir", str(folder), str(tmp_path / "second.json")]) == 0
    assert hub_cli.main(["import", "--data-dir", str(folder), str(tmp_path / "third.json")]) == 0
    hub = Hub.open(folder, PASSPHRASE)
    try:
        assert hub.store.lab(lab.identity_id).signing_key_id == third.public.signing_key_id
    finally:
        hub.close()
