"""End to end: a laboratory enrols with a real hub process and syncs into it, through faults.

The hub runs as ``labnet-hub serve`` in its own process; the laboratory uses
the ``labnet`` commands and ``labnet.sync.client`` on its own catalogue.
"""

from __future__ import annotations

import json

import pytest
import requests

from factories import add_shared_profiles, profile
from hub_server import ADMIN_PASSWORD, LAB_PASSPHRASE, HubProcess
from hub_server import hub_process as hub  # noqa: F401  (a fixture)
from labnet import cli
from labnet.catalogue.store import Catalogue
from labnet.protocol.keyfile import load_identity
from labnet.protocol.pinning import load_pinned_hub
from labnet.sync.client import HubClient, HubUnreachable, NetworkError, sync_once
from labnet.sync.outbox import Outbox
from labnet.sync.policy import load_policy
from labnet.sync.state import load_state

# Real hub processes and laboratories set up with labnet init: 2-30 s a test under --durations.
pytestmark = pytest.mark.slow

@pytest.fixture
def lab_dir(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "lab"
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    assert cli.main(["--data-dir", str(folder), "init", "--lab", "Ghana Standards Authority lab",
                     "--country", "GH"]) == 0
    capsys.readouterr()
    return folder


add_profiles = add_shared_profiles   # GH-00000, GH-00001 …


@pytest.fixture(autouse=True)
def _each_store(hub_store):   # hub_store: every test again on a PostgreSQL hub (conftest.py)
    return hub_store


def network_records(hub: HubProcess) -> int:
    """Records the hub holds, deleted ones included, as its administrator reads them (either store)."""
    answer = requests.get(f"{hub.url}/v1/admin/records", params={"include_deleted": "true", "limit": 1},
                          headers=hub.admin, timeout=30)
    answer.raise_for_status()
    return answer.json()["total"]


def test_enrol_with_a_code_then_sync_and_sync_again(hub, lab_dir, capsys):
    add_profiles(lab_dir, 3)
    assert cli.main(["--data-dir", str(lab_dir), "enrol", hub.enrolment_code()]) == 0
    assert "Enrolled with West Africa hub" in capsys.readouterr().out
    assert cli.main(["--data-dir", str(lab_dir), "sync", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["records"] == {"accepted": 3, "duplicate": 0, "rejected": 0}
    assert report["bytes_sent"] <= 1.05 * report["bytes_sealed"]
    assert network_records(hub) == 3
    requests.post(f"{hub.url}/v1/admin/notices", json={"text": "Welcome to the network"}, headers=hub.admin,
                  timeout=10).raise_for_status()
    assert cli.main(["--data-dir", str(lab_dir), "sync"]) == 0
    out = capsys.readouterr().out
    assert "Nothing to send" in out and "New bulletin #1 (notice): Welcome to the network" in out
    labs = requests.get(f"{hub.url}/v1/admin/labs", headers=hub.admin, timeout=10).json()
    assert [lab["name"] for lab in labs] == ["Forensic Lab"] and labs[0]["last_contact"]


def test_a_code_for_a_hub_answering_with_another_key_is_refused(hub, lab_dir, tmp_path, capsys):
    other = HubProcess(tmp_path / "other")
    try:
        code = hub.enrolment_code()
        # Point the code at the other hub: same token, different address.
        from labnet.protocol.enrolment import EnrolmentCode

        parsed = EnrolmentCode.parse(code)
        forged = EnrolmentCode(other.url, parsed.token, parsed.hub_key_id).text()
        assert cli.main(["--data-dir", str(lab_dir), "enrol", forged]) == 2
        assert "not the key" in capsys.readouterr().err
        assert load_state(lab_dir) == {}
    finally:
        other.stop()


def test_sync_when_the_hub_is_down_says_so_and_loses_nothing(hub, lab_dir, capsys):
    add_profiles(lab_dir, 2)
    assert cli.main(["--data-dir", str(lab_dir), "enrol", hub.enrolment_code()]) == 0
    hub.kill()
    assert cli.main(["--data-dir", str(lab_dir), "sync"]) == 3
    assert "cannot be reached" in capsys.readouterr().err
    hub.start()
    assert cli.main(["--data-dir", str(lab_dir), "sync", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["records"]["accepted"] == 2


def test_the_hub_killed_mid_upload_then_restarted_resumes_and_applies_once(hub, lab_dir, capsys):
    add_profiles(lab_dir, 400)
    assert cli.main(["--data-dir", str(lab_dir), "enrol", hub.enrolment_code()]) == 0
    identity = load_identity(lab_dir, LAB_PASSPHRASE)
    policy = load_policy(lab_dir)
    chunk = 4096
    seen_offsets = []

    def kill_after_three_chunks(stage, done, total):
        if stage == "upload":
            seen_offsets.append(done)
            if len(seen_offsets) == 3:
                hub.kill()

    client = HubClient(hub.url, retries=1, backoff=0.01)
    with Catalogue.open(lab_dir, user="amina") as cat:
        with pytest.raises(HubUnreachable):
            sync_once(lab_dir, cat, identity, policy, client=client, progress=kill_after_three_chunks,
                      chunk_bytes=chunk)
    assert load_state(lab_dir)["uploads"], "the upload address is kept for the next attempt"
    sealed_so_far = seen_offsets[-1]
    hub.start()
    with Catalogue.open(lab_dir, user="amina") as cat:
        report = sync_once(lab_dir, cat, identity, policy, chunk_bytes=chunk)
    assert report.records == {"accepted": 400, "duplicate": 0, "rejected": 0}
    # Only what the hub had not made durable was sent again: at most one chunk more than the rest.
    assert report.bytes_sent <= report.bytes_sealed - sealed_so_far + chunk
    assert network_records(hub) == 400
    assert load_state(lab_dir)["uploads"] == {}


def test_offline_enrolment_by_files_then_a_bundle_and_receipt_by_stick(hub, lab_dir, tmp_path, capsys, monkeypatch):
    from labnet.hub import cli as hub_cli

    hub.stop()
    monkeypatch.setenv("LABNET_HUB_PASSPHRASE", "correct horse battery staple")
    enrolment, registration = tmp_path / "enrol.json", tmp_path / "registration.json"
    assert hub_cli.main(["enroll", "--data-dir", str(hub.folder), "--lab", "Offline lab", "--country", "GH",
                         "--out", str(enrolment)]) == 0
    assert cli.main(["--data-dir", str(lab_dir), "enrol", str(enrolment), "--out", str(registration)]) == 0
    assert hub_cli.main(["import", "--data-dir", str(hub.folder), str(registration)]) == 0
    assert "Enrolled Offline lab (GH)" in capsys.readouterr().out
    add_profiles(lab_dir, 2)
    stick = tmp_path / "stick"
    stick.mkdir()
    assert cli.main(["--data-dir", str(lab_dir), "bundle", "export", "--out", str(stick)]) == 0
    [bundle] = list(stick.glob("*.lnb"))
    receipt = tmp_path / "receipt.json"
    assert hub_cli.main(["import", "--data-dir", str(hub.folder), str(bundle), "--receipt-out", str(receipt)]) == 0
    assert "2 accepted" in capsys.readouterr().out
    assert hub_cli.main(["import", "--data-dir", str(hub.folder), str(bundle)]) == 0
    assert "imported before; same receipt" in capsys.readouterr().out
    assert cli.main(["--data-dir", str(lab_dir), "receipt", "import", str(receipt)]) == 0
    capsys.readouterr()
    assert hub_cli.main(["import", "--data-dir", str(hub.folder), str(enrolment)]) == 2
    assert "not a LabNet registration file" in capsys.readouterr().err
    # A notice goes back on the stick too.
    from labnet.protocol.keyfile import load_public_identity

    lab_id = load_public_identity(lab_dir).identity_id
    assert hub_cli.main(["notice", "--data-dir", str(hub.folder), "--text", "Bring the stick back monthly"]) == 0
    letters = tmp_path / "bulletins.jsonl"
    assert hub_cli.main(["bulletins", "--data-dir", str(hub.folder), "--lab", lab_id, "--out", str(letters)]) == 0
    assert cli.main(["--data-dir", str(lab_dir), "bulletin", "import", str(letters)]) == 0
    assert "1 new kept" in capsys.readouterr().out
    assert cli.main(["--data-dir", str(lab_dir), "bulletins"]) == 0
    assert "Bring the stick back monthly" in capsys.readouterr().out
    hub.start()  # so that the fixture's stop() has a process to stop


def test_key_rotation_on_both_sides_while_bundles_are_in_flight(hub, lab_dir, capsys, monkeypatch):
    from labnet.hub import cli as hub_cli

    add_profiles(lab_dir, 2)
    assert cli.main(["--data-dir", str(lab_dir), "enrol", hub.enrolment_code()]) == 0
    # A bundle sealed to the hub's current key waits on a stick while the hub rotates its keys.
    stick = lab_dir.parent / "stick"
    stick.mkdir()
    assert cli.main(["--data-dir", str(lab_dir), "bundle", "export", "--out", str(stick)]) == 0
    [old_bundle] = list(stick.glob("*.lnb"))
    hub.stop()
    monkeypatch.setenv("LABNET_HUB_PASSPHRASE", "correct horse battery staple")
    assert hub_cli.main(["rotate-keys", "--data-dir", str(hub.folder)]) == 0
    hub.start()
    # The lab rotates too, then syncs: it adopts the hub's endorsed new key and presents its own.
    assert cli.main(["--data-dir", str(lab_dir), "identity", "rotate"]) == 0
    add_profiles(lab_dir, 1, start=100)
    capsys.readouterr()
    assert cli.main(["--data-dir", str(lab_dir), "sync", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["records"]["accepted"] == 3
    assert network_records(hub) == 3
    # The old bundle, sealed to the old hub key and signed by the old lab key, still opens.
    hub.stop()
    assert hub_cli.main(["import", "--data-dir", str(hub.folder), str(old_bundle)]) == 0
    assert "duplicate" in capsys.readouterr().out
    hub.start()


def test_a_bundle_damaged_before_upload_is_refused_then_sent_again_sound(hub, lab_dir, capsys):
    from labnet.sync.client import SENDING_DIR

    add_profiles(lab_dir, 2)
    assert cli.main(["--data-dir", str(lab_dir), "enrol", hub.enrolment_code()]) == 0
    identity = load_identity(lab_dir, LAB_PASSPHRASE)
    policy = load_policy(lab_dir)
    with Catalogue.open(lab_dir, user="amina") as cat:
        [(header, data)] = Outbox(cat).export(identity, load_pinned_hub(lab_dir), policy).parts
    damaged = bytearray(data)
    damaged[len(damaged) // 2] ^= 0xFF  # a bad sector on the lab's disk, say
    (lab_dir / SENDING_DIR).mkdir()
    (lab_dir / SENDING_DIR / f"{header.bundle_id}.lnb").write_bytes(bytes(damaged))
    assert cli.main(["--data-dir", str(lab_dir), "sync"]) == 2
    assert "refused" in capsys.readouterr().err
    assert cli.main(["--data-dir", str(lab_dir), "sync", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["records"]["accepted"] == 2


def test_a_published_method_links_two_labs_seizures_and_both_hear_of_it(hub, lab_dir, tmp_path, capsys,
                                                                         monkeypatch):
    import time

    import numpy as np

    from labnet.profiling.method import ComparisonMethod, save_method
    from labnet.profiling.pretreat import ReferenceStats
    from labnet.profiling.targets import load_target_list

    batch = {"1-phenyl-2-propanone": 1.2, "N-formylamphetamine": 8.4, "DPIA": 0.7, "benzaldehyde": 2.0}
    targets = load_target_list("amphetamine").targets
    # Lab A calibrated a method (made here directly) and exports it for the hub's administrator.
    with Catalogue.open(lab_dir, user="amina") as cat:
        reference = ReferenceStats.of(np.array([[batch.get(t, 0) for t in targets], np.arange(1, len(targets) + 1)],
                                               dtype=float))
        save_method(cat, ComparisonMethod("amphetamine-WA", "amphetamine", targets, "N", "pearson", 98.0, reference))
        cat.add("profiling_result", profile(lab_sample_number="GH-1", seizure_reference="TEMA-44", peaks=batch,
                                            shareable=True))
    assert cli.main(["--data-dir", str(lab_dir), "profiles", "export-method", "--out", str(tmp_path / "m.json")]) == 0
    published = requests.post(f"{hub.url}/v1/admin/methods", headers=hub.admin, timeout=10,
                              json=json.loads((tmp_path / "m.json").read_text()))
    assert published.status_code == 200, published.text
    # Lab B, in another country, profiles a seizure from the same batch.
    lab_b = tmp_path / "lab-b"
    assert cli.main(["--data-dir", str(lab_b), "init", "--lab", "Lomé lab", "--country", "TG"]) == 0
    with Catalogue.open(lab_b, user="kodjo") as cat:
        cat.add("profiling_result", profile(lab_sample_number="TG-9", seizure_reference="LOME-2", seizure_country="TG",
                                            peaks={k: v * 2.7 for k, v in batch.items()}, shareable=True))
    capsys.readouterr()
    said = {}
    for folder, name, country in ((lab_dir, "Accra lab", "GH"), (lab_b, "Lomé lab", "TG")):
        assert cli.main(["--data-dir", str(folder), "enrol", hub.enrolment_code(name, country)]) == 0
        assert cli.main(["--data-dir", str(folder), "sync"]) == 0
        said[folder] = capsys.readouterr().out
    deadline = time.monotonic() + 30
    while True:   # the hub links on its ingest thread, after the receipts
        links = requests.get(f"{hub.url}/v1/admin/links", headers=hub.admin, timeout=10).json()
        if links["pending_jobs"] == 0 and links["links"] or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert len(links["links"]) == 1 and links["links"][0]["method"] == "amphetamine-WA v1"
    # Each lab hears of the link at its next sync (B may already have, if the hub linked before B asked).
    for folder in (lab_b, lab_dir):
        assert cli.main(["--data-dir", str(folder), "sync"]) == 0
        said[folder] += capsys.readouterr().out
    assert "1 link between this laboratory's profiles (" in said[lab_b]
    assert ") and seizures of Accra lab (GH)" in said[lab_b]
    assert ") and seizures of Lomé lab (TG)" in said[lab_dir]
    assert "Adopted the network's comparison method amphetamine-WA (network) v1" in said[lab_b]
    assert cli.main(["--data-dir", str(lab_b), "bulletins", "--json"]) == 0
    [link] = [b for b in json.loads(capsys.readouterr().out) if b["kind"] == "link"]
    entry = link["content"]["links"][0]
    assert entry["other_seizure_reference"].startswith("ps:") and "TEMA-44" not in json.dumps(link)


def test_after_a_whole_working_life_no_private_key_is_anywhere_in_clear(hub, lab_dir, tmp_path, capsys):
    """Enrol, sync, rotate, sync, export to a stick: then every file of the lab and of the hub is scanned."""
    import base64

    from labnet.hub.service import PASSPHRASE_ENV
    from test_sync_keys import _secrets_of

    add_profiles(lab_dir, 30)
    assert cli.main(["--data-dir", str(lab_dir), "enrol", hub.enrolment_code()]) == 0
    assert cli.main(["--data-dir", str(lab_dir), "sync"]) == 0
    assert cli.main(["--data-dir", str(lab_dir), "identity", "rotate"]) == 0
    add_profiles(lab_dir, 5, start=100)
    assert cli.main(["--data-dir", str(lab_dir), "sync"]) == 0
    add_profiles(lab_dir, 5, start=200)
    assert cli.main(["--data-dir", str(lab_dir), "bundle", "export", "--out", str(lab_dir / "stick")]) == 0
    lab = load_identity(lab_dir, LAB_PASSPHRASE)
    secrets = _secrets_of(lab) + _secrets_of(hub.identity)
    passphrases = [LAB_PASSPHRASE.encode(), hub.env[PASSPHRASE_ENV].encode(), hub.admin_token.encode(),
                   hub.setup_token.encode(), ADMIN_PASSWORD.encode()]
    files = [p for folder in (lab_dir, hub.folder) for p in folder.rglob("*") if p.is_file()]
    assert len(files) > 10
    for path in files:
        content = path.read_bytes()
        for secret in secrets:
            for form in (secret, secret.hex().encode(), base64.b64encode(secret)):
                assert form not in content, f"a private key appears in clear in {path}"
        for phrase in passphrases:
            assert phrase not in content, f"a passphrase appears in clear in {path}"


@pytest.mark.parametrize("value", [None, "", "12a", "-3", "٣"])
def test_a_byte_count_cut_short_on_the_way_is_a_network_error_not_a_crash(value):
    # A lossy link once truncated the hub's Upload-Offset to "" and the sync crashed on int("").
    response = requests.Response()
    if value is not None:
        response.headers["Upload-Offset"] = value
    with pytest.raises(NetworkError, match="incomplete"):
        HubClient.count_header(response, "Upload-Offset")
    whole = requests.Response()
    whole.headers["Upload-Offset"] = "4096"
    assert HubClient.count_header(whole, "Upload-Offset") == 4096
