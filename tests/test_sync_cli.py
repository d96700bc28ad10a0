"""The sync commands end to end, including the mistakes people make."""

from __future__ import annotations

import pytest

from factories import profile
from labnet.cli import main
from labnet.protocol.keys import create_identity
from labnet.protocol.opening import lab_keys_from, open_bundle
from labnet.protocol.receipt import RecordResult, make_receipt

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def lab_dir(data_dir, monkeypatch):
    monkeypatch.setenv("LABNET_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(data_dir), "init", "--lab", "Accra FSL", "--country", "gh"]) == 0
    return data_dir


@pytest.fixture
def hub_identity(lab_dir, tmp_path):
    hub = create_identity("hub", "West Africa Hub", "SN")
    (tmp_path / "hub.json").write_bytes(hub.public.to_json())
    assert main(["--data-dir", str(lab_dir), "hub-key", "import", str(tmp_path / "hub.json")]) == 0
    return hub


def run(data_dir, *argv):
    return main(["--data-dir", str(data_dir), *argv])


def test_init_refuses_to_overwrite_and_checks_its_input(lab_dir, data_dir, capsys, tmp_path, monkeypatch):
    before = (lab_dir / "keys" / "identity.key").read_bytes()
    assert run(lab_dir, "init", "--lab", "Other", "--country", "GH") == 2
    assert "never overwrites" in capsys.readouterr().err
    assert (lab_dir / "keys" / "identity.key").read_bytes() == before
    assert (lab_dir / "sharing-policy.toml").exists()
    fresh = tmp_path / "fresh"
    assert run(fresh, "init", "--lab", "X", "--country", "Ghana") == 2
    assert "two-letter" in capsys.readouterr().err
    monkeypatch.delenv("LABNET_PASSPHRASE")
    (tmp_path / "pass.txt").write_text("short\n")
    assert run(fresh, "init", "--lab", "X", "--country", "GH", "--passphrase-file", str(tmp_path / "pass.txt")) == 2
    assert "too short" in capsys.readouterr().err
    assert run(fresh, "init", "--lab", "X", "--country", "GH") == 2  # no terminal, no passphrase
    assert "LABNET_PASSPHRASE" in capsys.readouterr().err
    (tmp_path / "pass.txt").write_text(PASSPHRASE + "\n")
    assert run(fresh, "init", "--lab", "X", "--country", "GH", "--suite", "x25519",
               "--passphrase-file", str(tmp_path / "pass.txt")) == 0
    out = capsys.readouterr().out
    assert PASSPHRASE not in out and "x25519" in out
    for path in fresh.rglob("*"):  # never logged, never stored
        assert not path.is_file() or PASSPHRASE.encode() not in path.read_bytes()


def test_the_usb_round_trip(lab_dir, hub_identity, tmp_path, capsys, monkeypatch):
    from labnet.catalogue.store import Catalogue
    with Catalogue.open(lab_dir, user="amina") as cat:
        shared = cat.add("profiling_result", profile(shareable=True, analyst="Ana Analyst"))
        cat.add("profiling_result", profile(lab_sample_number="LS-2", shareable=False))
    capsys.readouterr()
    assert run(lab_dir, "share", "preview") == 0
    out = capsys.readouterr().out
    assert "carry 1 record (" in out and shared["id"] in out and "Ana Analyst" not in out and "CR/2025/311" not in out
    assert run(lab_dir, "share", "preview", "--kind", "training", "--json") == 0
    assert '"entries": []' in capsys.readouterr().out
    out_file = tmp_path / "stick" / "bundle.lnb"
    out_file.parent.mkdir()
    assert run(lab_dir, "bundle", "export", "--out", str(out_file)) == 0
    assert run(lab_dir, "bundle", "inspect", str(out_file)) == 0
    assert "signature: valid" in capsys.readouterr().out
    # at the hub
    from labnet.protocol.keyfile import load_public_identity
    opened = open_bundle(out_file.read_bytes(), hub_identity, lab_keys_from([load_public_identity(lab_dir)]))
    receipt = make_receipt(hub_identity, opened.header,
                           [RecordResult(e["kind"], e["id"], e["version"], "accepted") for e in opened.entries])
    (tmp_path / "stick" / "receipt.json").write_bytes(receipt)
    assert run(lab_dir, "receipt", "import", str(tmp_path / "stick" / "receipt.json")) == 0
    assert "1 accepted" in capsys.readouterr().out
    assert run(lab_dir, "receipt", "import", str(tmp_path / "stick" / "receipt.json")) == 0
    assert "already applied" in capsys.readouterr().out
    assert run(lab_dir, "bundle", "export", "--out", str(tmp_path / "again.lnb")) == 0
    assert "Nothing to send" in capsys.readouterr().out and not (tmp_path / "again.lnb").exists()
    assert run(lab_dir, "bundle", "status") == 0
    assert "1 accepted" in capsys.readouterr().out


def test_bad_input_to_the_sync_commands(lab_dir, tmp_path, capsys, monkeypatch):
    assert run(lab_dir, "bundle", "export", "--out", str(tmp_path / "b.lnb")) == 2
    assert "No hub is pinned" in capsys.readouterr().err
    (tmp_path / "lab.json").write_bytes((lab_dir / "keys" / "identity.json").read_bytes())
    assert run(lab_dir, "hub-key", "import", str(tmp_path / "lab.json")) == 2
    assert "not a hub's" in capsys.readouterr().err
    assert run(lab_dir, "hub-key", "import", str(tmp_path / "missing.json")) == 2
    assert "cannot be read" in capsys.readouterr().err
    (tmp_path / "junk.lnb").write_bytes(b"hello")
    assert run(lab_dir, "bundle", "inspect", str(tmp_path / "junk.lnb")) == 2
    assert "not a LabNet bundle" in capsys.readouterr().err
    assert run(lab_dir, "receipt", "import", str(tmp_path / "junk.lnb")) == 2
    assert "No hub is pinned" in capsys.readouterr().err
    monkeypatch.setenv("LABNET_PASSPHRASE", "not the right passphrase")
    assert run(lab_dir, "share", "preview") == 2
    assert "passphrase is wrong" in capsys.readouterr().err
    (lab_dir / "sharing-policy.toml").write_text("[profiling_result.fields]\nsuspect = 'keep'\n")
    assert run(lab_dir, "share", "check") == 2
    assert "“suspect” is not a field" in capsys.readouterr().err


def test_a_tampered_bundle_fails_inspection(lab_dir, hub_identity, tmp_path, capsys):
    from labnet.catalogue.store import Catalogue
    with Catalogue.open(lab_dir, user="amina") as cat:
        cat.add("profiling_result", profile(shareable=True))
    assert run(lab_dir, "bundle", "export", "--out", str(tmp_path)) == 0
    [path] = tmp_path.glob("labnet-*.lnb")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    path.write_bytes(bytes(data))
    assert run(lab_dir, "bundle", "inspect", str(path)) == 3
    assert "NOT VALID" in capsys.readouterr().out


def test_identity_commands(lab_dir, tmp_path, capsys):
    assert run(lab_dir, "identity", "show") == 0
    assert "Accra FSL (GH)" in capsys.readouterr().out
    assert run(lab_dir, "identity", "export", str(tmp_path / "me.json")) == 0
    before = (tmp_path / "me.json").read_bytes()
    assert run(lab_dir, "identity", "rotate") == 0
    assert "1 older key set kept" in capsys.readouterr().out
    assert run(lab_dir, "identity", "export", str(tmp_path / "me2.json")) == 0
    from labnet.protocol.keys import PublicIdentity, check_rotation
    check_rotation(PublicIdentity.from_json(before), PublicIdentity.from_json((tmp_path / "me2.json").read_bytes()))


def test_inspect_says_when_a_file_is_for_another_hub_or_claims_this_lab_under_an_unknown_key(
        lab_dir, hub_identity, tmp_path, capsys):
    import hashlib

    from labnet.catalogue.store import Catalogue
    from labnet.protocol import payload
    from labnet.protocol.bundle import BundleHeader, bundle_id_for, write_part
    from labnet.protocol.keyfile import load_public_identity
    from labnet.protocol.keys import create_identity

    with Catalogue.open(lab_dir, user="amina") as cat:
        cat.add("profiling_result", profile(shareable=True))
    assert run(lab_dir, "bundle", "export", "--out", str(tmp_path)) == 0
    [path] = tmp_path.glob("labnet-*.lnb")
    assert run(lab_dir, "bundle", "inspect", str(path)) == 0
    assert "recipient: the pinned hub" in capsys.readouterr().out
    me = load_public_identity(lab_dir)
    plain = b"{}\n"
    other_hub = create_identity("hub", "Another hub", "KE")
    impostor = create_identity("lab", me.name, "GH", identity_id=me.identity_id)   # this lab's id, another key
    for signer, keys, says in ((impostor, hub_identity.public.keys, "never had"),
                               (impostor, other_hub.public.keys, "NOT the pinned hub")):
        digest = hashlib.sha256(plain).hexdigest()
        header = BundleHeader(
            bundle_id=bundle_id_for(me.identity_id, keys.encryption_key_id, digest), batch_id="x", part_index=1,
            part_count=1, lab_id=me.identity_id, lab_key_id=signer.public.signing_key_id,
            hub_key_id=keys.encryption_key_id, suite=keys.suite.name, seq_from=1, seq_to=1,
            created_at="2026-01-01T00:00:00Z", records=0, compression="zstd", payload_size=len(plain),
            payload_sha256=digest, policy_sha256="0" * 64)
        forged = tmp_path / "forged.lnb"
        forged.write_bytes(write_part(signer, keys, header, payload.compress(plain)))
        assert run(lab_dir, "bundle", "inspect", str(forged)) == 3
        assert says in capsys.readouterr().out
