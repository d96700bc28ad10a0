"""/health says what is wrong; `labnet-hub check`; files 0600 and folders 0700; a newer hub.db is refused.

A real hub on loopback (tests/hub_server.py) and the real command (labnet.hub.cli.main) on real folders.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from hub_server import PASSPHRASE, RunningHub, remove_store
from labnet.common import sqlite as common_sqlite
from labnet.hub.cli import main
from labnet.hub.store import HISTORY, MIGRATIONS
from labnet.protocol.keyfile import Passphrase, save_identity
from labnet.protocol.keys import rotate


@pytest.fixture
def made(tmp_path, monkeypatch):
    """A hub made by `labnet-hub init`, its passphrase in the environment as a service gets it."""
    monkeypatch.setenv("LABNET_HUB_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "hub"
    assert main(["init", "--data-dir", str(folder), "--country", "KE"]) == 0
    return folder


def modes(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder.parent)): f"{stat.S_IMODE(p.stat().st_mode):04o}"
            for p in [folder, *folder.rglob("*")]}


def test_what_the_hub_writes_is_for_its_own_user_only(made, tmp_path, capsys, hub_store):
    assert main(["labs", "--data-dir", str(made)]) == 0   # opens the store: WAL files, uploads/
    assert main(["backup", "--data-dir", str(made), "--out", str(tmp_path / "copy")]) == 0
    found = {**modes(made), **modes(tmp_path / "copy")}
    store = {"hub/hub.db", "copy/hub.db"} if hub_store == "sqlite" else {"copy/hub.pgdump"}   # its pg_dump
    assert {"hub/keys", "hub/uploads", "hub/bundles", "copy/keys", *store} <= set(found)
    loose = {path: mode for path, mode in found.items()
             if mode != ("0700" if (tmp_path / path).is_dir() else "0600")}
    assert loose == {}


def test_a_healthy_hub_says_ok_with_each_check(tmp_path):
    running = RunningHub(tmp_path / "hub")
    try:
        r = requests.get(f"{running.url}/health", timeout=10)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["status"] == "ok" and body["hub_key_id"] == running.hub.key_id and "problems" not in body
        assert {name: c["ok"] for name, c in body["checks"].items()} == {"database": True, "disk": True, "keys": True}
        store = running.hub.store.database.described   # "SQLite /…/hub.db", "PostgreSQL postgresql://…"
        assert body["checks"]["database"]["detail"] == f"{store}: schema hub {len(MIGRATIONS)}"
    finally:
        running.stop()


def test_too_little_free_disk_is_unhealthy_and_says_so(tmp_path):
    running = RunningHub(tmp_path / "hub", min_free_disk_mb=10**12)   # an exabyte: more than any disk
    try:
        r = requests.get(f"{running.url}/health", timeout=10)
        assert r.status_code == 503
        [problem] = r.json()["problems"]
        assert problem.startswith("disk: only ") and "min_free_disk_mb" in problem
    finally:
        running.stop()


def test_a_database_gone_or_keys_rotated_underneath_is_unhealthy(tmp_path):
    running = RunningHub(tmp_path / "hub")
    try:
        # rotate-keys while the hub runs: the keys on disk are not those it signs with until it restarts.
        save_identity(running.hub.folder, rotate(running.hub.identity), Passphrase(PASSPHRASE), replace_existing=True)
        r = requests.get(f"{running.url}/health", timeout=10)
        assert r.status_code == 503
        assert [p.split(":")[0] for p in r.json()["problems"]] == ["keys"]
        assert "restart it" in r.json()["problems"][0]
        remove_store(running.hub)
        problems = requests.get(f"{running.url}/health", timeout=10).json()["problems"]
        assert [p.split(":")[0] for p in problems] == ["database", "keys"] and "does not exist" in problems[0]
    finally:
        running.stop()


def newer_schema(folder: Path) -> str:
    """Make ``folder``'s hub.db a file of hub schema 999 (as a newer LabNet would leave it); its digest."""
    conn = sqlite3.connect(folder / "hub.db")
    with conn:
        conn.execute("UPDATE room_versions SET version = 999 WHERE room = 'hub'")
    conn.close()
    return hashlib.sha256((folder / "hub.db").read_bytes()).hexdigest()


@pytest.mark.sqlite_only   # the file's own schema and copy: tests/test_hub_postgres.py does PostgreSQL's
def test_a_hub_db_of_a_newer_schema_is_refused_untouched(made, capsys):
    before = newer_schema(made)
    assert main(["labs", "--data-dir", str(made)]) == 2
    err = capsys.readouterr().err
    assert "written by a newer LabNet hub (schema hub 999; this one knows up to" in err and "Nothing was changed" in err
    # The commands that open the store without the keys (admin, audit) say the same (they ended in a traceback).
    for command in (["admin", "list"], ["audit"]):
        assert main([*command, "--data-dir", str(made)]) == 2
        err = capsys.readouterr().err
        assert "written by a newer LabNet hub (schema hub 999" in err and "unexpected failure" not in err
    assert main(["check", "--data-dir", str(made)]) == 2
    out = capsys.readouterr().out
    assert f"FAIL  database: SQLite {made / 'hub.db'} has schema hub 999, newer than this hub knows (hub {len(MIGRATIONS)})" \
        in out
    assert hashlib.sha256((made / "hub.db").read_bytes()).hexdigest() == before
    assert not list(made.glob("hub.before-schema-*"))


def test_check_reports_every_check_and_fails_on_loose_permissions(made, capsys):
    capsys.readouterr()
    assert main(["check", "--data-dir", str(made)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == ["ok    permissions", "ok    database", "ok    disk", "ok    keys"]
    (made / "hub.toml").chmod(0o644)
    assert main(["check", "--data-dir", str(made), "--no-unlock"]) == 2
    out = capsys.readouterr().out
    assert f"FAIL  permissions: readable or writable by others: {made / 'hub.toml'} (0644)" in out
    assert "ok    keys: present; not unlocked" in out


@pytest.mark.sqlite_only   # the file's own schema and copy: tests/test_hub_postgres.py does PostgreSQL's
def test_check_says_a_wrong_passphrase_and_an_older_schema(made, capsys, monkeypatch):
    conn = common_sqlite.connect(made / "hub.db")
    with conn:
        conn.execute("UPDATE room_versions SET version = 7 WHERE room = 'hub'")   # as the hub before step 8 said
    conn.close()
    monkeypatch.setenv("LABNET_HUB_PASSPHRASE", "not the passphrase at all")
    capsys.readouterr()
    assert main(["check", "--data-dir", str(made)]) == 2
    out = capsys.readouterr().out
    assert f"ok    database: SQLite {made / 'hub.db'}: schema hub 7: migrated to hub {len(MIGRATIONS)} at the next start" in out
    assert "FAIL  keys: " in out


def certificate(path: Path, days: int) -> Path:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "hub.example.org")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=days)).sign(key, hashes.SHA256()))
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def test_check_warns_of_a_certificate_near_its_end(made, tmp_path, capsys):
    capsys.readouterr()
    assert main(["check", "--data-dir", str(made), "--no-unlock",
                 "--certfile", str(certificate(tmp_path / "far.pem", 90))]) == 0
    assert "ok    certificate: " in capsys.readouterr().out
    near = certificate(tmp_path / "near.pem", 5)
    assert main(["check", "--data-dir", str(made), "--no-unlock", "--certfile", str(near)]) == 2
    out = capsys.readouterr().out
    assert f"FAIL  certificate: {near} expires on " in out and "renew it" in out
    assert main(["check", "--data-dir", str(made), "--no-unlock", "--certfile", str(near), "--cert-days", "3"]) == 0


@pytest.mark.sqlite_only   # the file's own schema and copy: tests/test_hub_postgres.py does PostgreSQL's
def test_an_upgrade_copies_hub_db_first_and_the_copy_is_the_hubs_alone(made, capsys):
    """A hub.db as a hub from before rooms left it (schema 4): the command migrates it after a copy."""
    (made / "hub.db").unlink()
    conn = common_sqlite.connect(made / "hub.db")
    common_sqlite.migrate(conn, [], history=HISTORY, upto=4)
    conn.close()
    (made / "hub.db").chmod(0o600)
    assert main(["labs", "--data-dir", str(made)]) == 0
    [copy] = made.glob("hub.before-schema-5.*.db")
    assert common_sqlite.user_version(sqlite3.connect(copy)) == 4
    assert f"{stat.S_IMODE(copy.stat().st_mode):04o}" == "0600"
    capsys.readouterr()
    assert main(["check", "--data-dir", str(made), "--no-unlock"]) == 0
    assert f"ok    database: SQLite {made / 'hub.db'}: schema hub {len(MIGRATIONS)}" in capsys.readouterr().out


@pytest.mark.sqlite_only   # the file's own schema and copy: tests/test_hub_postgres.py does PostgreSQL's
def test_a_failed_upgrade_is_said_with_the_step_and_the_copy(made, capsys):
    conn = sqlite3.connect(made / "hub.db")
    with conn:   # the last step's tables are there, but the file says it is one step behind: the step fails
        conn.execute("UPDATE room_versions SET version = ? WHERE room = 'hub'", (len(MIGRATIONS) - 1,))
    conn.close()
    capsys.readouterr()
    assert main(["labs", "--data-dir", str(made)]) == 2
    err = capsys.readouterr().err
    [copy] = made.glob(f"hub.before-schema-hub-{len(MIGRATIONS)}.*.db")
    assert f"failed at step {len(MIGRATIONS)} ({MIGRATIONS[-1][1]}) and was rolled back" in err
    assert f"The copy taken before is {copy}." in err
