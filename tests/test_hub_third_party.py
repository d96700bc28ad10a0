"""The third-party client in docs/hub-api.md ("Upload with tuspy"), run as written against a real hub: it signs in
with the laboratory's key using only cryptography and requests, uploads a LabNet bundle with tuspy, and fetches
and verifies the receipt; the hub applies the bundle."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, Encoding, NoEncryption, PrivateFormat

from factories import profile
from hub_server import HubProcess, enrol
from labnet.catalogue.store import Catalogue
from labnet.hub.service import Hub
from labnet.sync.outbox import Outbox
from labnet.sync.policy import default_policy

DOC = Path(__file__).resolve().parents[1] / "docs" / "hub-api.md"


def documented_script() -> str:
    section = DOC.read_text(encoding="utf-8").split("## Upload with tuspy", 1)[1].split("\n## ", 1)[0]
    scripts = re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    assert len(scripts) == 1, "the section holds one script"
    return scripts[0]


@pytest.fixture
def third_party(tmp_path):
    """A hub process, a laboratory enrolled with it, and the documented script written out; the hub stopped
    afterwards."""
    script = tmp_path / "upload.py"
    script.write_text(documented_script(), encoding="utf-8")
    hub = HubProcess(tmp_path / "hub")
    try:
        with_keys = Hub.open(hub.folder, passphrase=hub.env["LABNET_HUB_PASSPHRASE"])
        try:
            lab = enrol(with_keys, "Third-party lab", "KE")
        finally:
            with_keys.close()
        yield hub, lab, script
    finally:
        hub.stop()


def run(script: Path, hub: HubProcess, lab, pem: Path, bundle: Path, password: str | None = None):
    env = {**os.environ, "HUB_URL": hub.url, "HUB_KEY_ID": hub.key_id, "LAB_ID": lab.identity_id,
           "LAB_KEY_PEM": str(pem), "BUNDLE": str(bundle)}
    env.pop("LAB_KEY_PASSWORD", None)
    if password:
        env["LAB_KEY_PASSWORD"] = password
    return subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120,
                          check=False)


def test_the_documented_tuspy_client_signs_in_uploads_and_gets_a_verified_receipt(third_party, tmp_path):
    hub, lab, script = third_party
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        for i in range(3):
            cat.add("profiling_result", profile(lab_sample_number=f"TP-{i}", shareable=True))
        [(header, data)] = Outbox(cat).export(lab, hub.identity.public, default_policy()).parts
    bundle = tmp_path / "bundle.lnb"
    bundle.write_bytes(data)
    pem = tmp_path / "lab-signing.pem"
    pem.write_bytes(lab.current.signing.private_bytes(Encoding.PEM, PrivateFormat.PKCS8,
                                                      BestAvailableEncryption(b"pem password")))
    done = run(script, hub, lab, pem, bundle, "pem password")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == 'processed {"accepted": 3, "duplicate": 0, "rejected": 0}'
    assert '`processed {"accepted": 3, "duplicate": 0, "rejected": 0}`' in DOC.read_text(encoding="utf-8")
    hub.stop()
    reopened = Hub.open(hub.folder, passphrase=hub.env["LABNET_HUB_PASSPHRASE"])
    try:
        rows = reopened.store.query("SELECT status, accepted FROM bundles WHERE bundle_id = ?", (header.bundle_id,))
        assert [tuple(r) for r in rows] == [("processed", 3)]
        held = reopened.store.query("SELECT count(*) FROM network_records WHERE lab_id = ? AND deleted = 0",
                                    (lab.identity_id,))
        assert held[0][0] == 3
    finally:
        reopened.close()


def test_the_documented_client_is_refused_with_a_code_when_its_key_is_not_the_labs(third_party, tmp_path):
    """The script stops with the hub's code, never silently: a key that is not the laboratory's."""
    hub, lab, script = third_party
    pem = tmp_path / "other.pem"
    pem.write_bytes(Ed25519PrivateKey.generate().private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    done = run(script, hub, lab, pem, tmp_path / "none.lnb")
    assert done.returncode != 0 and "sign-in refused: key-not-current" in done.stderr
