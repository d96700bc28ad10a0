"""``labnet-hub``: init, enroll (code and file), labs, revoke, admin password, and a real ``serve`` process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from hub_server import PASSPHRASE, free_port
from labnet.hub import cli
from labnet.protocol.enrolment import EnrolmentCode, read_enrolment_file


@pytest.fixture
def passfile(tmp_path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def hub_dir(tmp_path, passfile, capsys) -> Path:
    folder = tmp_path / "hub"
    assert cli.main(["init", "--data-dir", str(folder), "--country", "KE", "--url", "https://hub.example.org",
                     "--passphrase-file", str(passfile)]) == 0
    capsys.readouterr()
    return folder


def test_init_prints_the_key_id_and_an_admin_token_once_and_never_stores_it(tmp_path, passfile, capsys):
    folder = tmp_path / "hub"
    assert cli.main(["init", "--data-dir", str(folder), "--country", "ke", "--passphrase-file", str(passfile)]) == 0
    out = capsys.readouterr().out
    token = next(line.strip() for line in out.splitlines() if line.strip().startswith("lnadm_"))
    assert "Hub key id:" in out
    for path in folder.rglob("*"):
        if path.is_file():
            assert token.encode() not in path.read_bytes()
    assert cli.main(["init", "--data-dir", str(folder), "--country", "KE", "--passphrase-file", str(passfile)]) == 2
    assert "never overwrites" in capsys.readouterr().err


def test_init_refuses_bad_input_and_creates_nothing(tmp_path, passfile, capsys, monkeypatch):
    assert cli.main(["init", "--data-dir", str(tmp_path / "a"), "--country", "Kenya",
                     "--passphrase-file", str(passfile)]) == 2
    assert "country" in capsys.readouterr().err
    assert cli.main(["init", "--data-dir", str(tmp_path / "b"), "--country", "KE", "--url", "hub.example.org",
                     "--passphrase-file", str(passfile)]) == 2
    assert "--url" in capsys.readouterr().err
    short = tmp_path / "short.txt"
    short.write_text("short\n")
    assert cli.main(["init", "--data-dir", str(tmp_path / "c"), "--country", "KE", "--passphrase-file", str(short)]) == 2
    assert "too short" in capsys.readouterr().err
    monkeypatch.delenv("LABNET_HUB_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    assert cli.main(["init", "--data-dir", str(tmp_path / "d"), "--country", "KE"]) == 2
    assert "LABNET_HUB_PASSPHRASE" in capsys.readouterr().err
    assert not any((tmp_path / name / "keys").exists() for name in "abcd")


def test_a_wrong_passphrase_is_a_clear_error(hub_dir, tmp_path, capsys):
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase at all\n")
    assert cli.main(["labs", "--data-dir", str(hub_dir), "--passphrase-file", str(wrong)]) == 2
    assert "passphrase is wrong" in capsys.readouterr().err


def test_enroll_prints_a_code_and_writes_a_signed_file(hub_dir, passfile, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LABNET_HUB_PASSPHRASE", PASSPHRASE)
    out_file = tmp_path / "enrol-lab-a.json"
    assert cli.main(["enroll", "--data-dir", str(hub_dir), "--lab", "Lab A", "--country", "GH",
                     "--out", str(out_file)]) == 0
    out = capsys.readouterr().out
    code = EnrolmentCode.parse(next(line for line in out.splitlines() if line.strip().startswith("LN1-")))
    assert code.hub_url == "https://hub.example.org"
    enrolment = read_enrolment_file(out_file.read_bytes())
    assert enrolment.token == code.token and enrolment.hub.signing_key_id == code.hub_key_id
    assert (enrolment.lab_name, enrolment.country) == ("Lab A", "GH")
    assert cli.main(["labs", "--data-dir", str(hub_dir)]) == 0
    assert "No laboratory is enrolled yet" in capsys.readouterr().out


def test_revoke_an_unknown_lab_says_so(hub_dir, passfile, capsys):
    assert cli.main(["revoke", "nope", "--data-dir", str(hub_dir), "--passphrase-file", str(passfile)]) == 2
    assert "no laboratory" in capsys.readouterr().err


def test_serve_runs_a_real_hub_process_and_a_named_administrator_signs_in(hub_dir, passfile, tmp_path, capsys):
    (tmp_path / "admin-password.txt").write_text("the first administrator's own passphrase\n", encoding="utf-8")
    assert cli.main(["admin", "password", "admin", "--data-dir", str(hub_dir),
                     "--password-file", str(tmp_path / "admin-password.txt")]) == 0
    port = free_port()
    env = {**os.environ, "LABNET_HUB_PASSPHRASE": PASSPHRASE}
    process = subprocess.Popen([sys.executable, "-m", "labnet.hub.cli", "serve", "--data-dir", str(hub_dir),
                                "--port", str(port)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = requests.get(f"http://127.0.0.1:{port}/health", timeout=2).json()
                break
            except requests.ConnectionError:
                assert process.poll() is None, process.stdout.read().decode()
                assert time.monotonic() < deadline, "the hub did not start"
                time.sleep(0.1)
        assert health["status"] == "ok"
        signed = requests.post(f"http://127.0.0.1:{port}/v1/admin/session", timeout=10,
                               json={"name": "admin", "password": "the first administrator's own passphrase"})
        assert signed.status_code == 200 and signed.json()["role"] == "network-admin"
        r = requests.get(f"http://127.0.0.1:{port}/v1/admin/labs", timeout=10,
                         headers={"Authorization": f"Bearer {signed.json()['token']}"})
        assert r.status_code == 200 and r.json() == []
        spec = requests.get(f"http://127.0.0.1:{port}/openapi.json", timeout=10).json()
        assert "/v1/uploads" in spec["paths"] and "/v1/enrol" in spec["paths"]
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_backup_copies_everything_needed_to_serve_again(hub_dir, passfile, tmp_path, capsys):
    from labnet.hub.service import Hub

    assert cli.main(["enroll", "--data-dir", str(hub_dir), "--lab", "Lab A", "--country", "GH",
                     "--passphrase-file", str(passfile)]) == 0
    hub = Hub.open(hub_dir, PASSPHRASE)   # an upload under way: its state (hub's store or uploads.db) and bytes
    try:
        partial = hub.uploads.create("lab-a", 10)
        hub.uploads.append(partial.id, "lab-a", 0, [b"abcd"])
    finally:
        hub.close()
    out = tmp_path / "backup"
    assert cli.main(["backup", "--data-dir", str(hub_dir), "--out", str(out)]) == 0
    import sqlite3  # each database copied as one self-contained file (common.sqlite.backup), no .partial left
    assert sqlite3.connect(out / "hub.db").execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not list(out.rglob("*.partial"))
    original, restored = Hub.open(hub_dir, PASSPHRASE), Hub.open(out, PASSPHRASE)
    try:
        assert restored.key_id == original.key_id
        assert [c["lab_name"] for c in restored.store.enrolment_codes()] == ["Lab A"]
        kept = restored.uploads.get(partial.id, "lab-a")
        assert kept.offset == 4 and restored.uploads.path(kept).read_bytes() == b"abcd"
    finally:
        original.close()
        restored.close()
    assert cli.main(["backup", "--data-dir", str(hub_dir), "--out", str(out)]) == 2
    assert "not empty" in capsys.readouterr().err
