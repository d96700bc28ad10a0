"""The containers' way to reach PostgreSQL (deploy/compose.yaml), tried on a real server that asks for a password.

The compose gives the hub and the worker ``LABNET_HUB_DATABASE`` as a URL without a password and the password in
libpq's pgpass form as a secret (``?passfile=``), so the password is in no environment, command line or
``hub.toml``. These tests start a PostgreSQL 15 cluster with scram-sha-256 authentication and run the hub's
commands with that URL form: init, check, backup (pg_dump through the same URL), and a wrong password refused.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
import yaml

from labnet.hub.cli import main
from pg_cluster import Cluster

pytestmark = pytest.mark.slow

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
PASSWORD = "s3cret-from-a-secret-file"


class PasswordCluster(Cluster):
    """A throwaway cluster whose every connection must give the role's password (scram-sha-256)."""

    def start(self) -> PasswordCluster:
        pwfile = self.root / "initial-password"
        pwfile.write_text(PASSWORD + "\n")
        if self._as_postgres:
            shutil.chown(pwfile, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "labnet", "--auth=scram-sha-256", f"--pwfile={pwfile}",
                  "-E", "UTF8", "--locale=C.UTF-8")
        options = f"-k {self.root} -p {self.port} -c listen_addresses='' -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options, "-w", "start")
        self.running = True
        self.admin_url = f"postgresql://labnet:{PASSWORD}@/postgres?host={self.root}&port={self.port}"
        self.admin("CREATE DATABASE labnet")
        return self


@pytest.fixture(scope="module")
def server():
    cluster = PasswordCluster().start()
    try:
        yield cluster
    finally:
        cluster.stop()


def compose_url() -> str:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    urls = {service["environment"]["LABNET_HUB_DATABASE"] for name, service in compose["services"].items()
            if name in ("hub", "worker")}
    [url] = urls   # the hub and the worker open the same store
    return url


def pgpass(path: Path, server: PasswordCluster, password: str) -> Path:
    # The compose's line is "postgres:5432:labnet:labnet:PASSWORD"; here the host is the cluster's socket folder.
    path.write_text(f"{server.root}:{server.port}:labnet:labnet:{password}\n")
    path.chmod(0o600)   # libpq ignores a password file others can read
    return path


def local_url(server: PasswordCluster, passfile: Path) -> str:
    """The compose's URL with this cluster's socket and port instead of the postgres service's address."""
    url = compose_url()
    assert url.startswith("postgresql://labnet@postgres:5432/labnet?passfile=/run/secrets/")
    assert PASSWORD not in url and ":" not in url.split("//", 1)[1].split("@", 1)[0]   # no password in it
    return f"postgresql://labnet@/labnet?host={server.root}&port={server.port}&passfile={passfile}"


def test_the_compose_store_url_with_a_password_file_runs_init_check_and_backup(server, tmp_path, capsys,
                                                                              monkeypatch):
    monkeypatch.setenv("LABNET_HUB_PASSPHRASE", "correct horse battery staple")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    url = local_url(server, pgpass(tmp_path / "hub-pgpass", server, PASSWORD))
    folder = tmp_path / "hub"
    assert main(["init", "--data-dir", str(folder), "--country", "KE", "--database", url]) == 0
    assert PASSWORD not in (folder / "hub.toml").read_text()
    capsys.readouterr()
    assert main(["check", "--data-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "ok    database: PostgreSQL" in out and PASSWORD not in out
    assert main(["backup", "--data-dir", str(folder), "--out", str(tmp_path / "copy")]) == 0   # pg_dump, same URL
    dump = tmp_path / "copy" / "hub.pgdump"
    assert f"{stat.S_IMODE(dump.stat().st_mode):04o}" == "0600"
    listed = subprocess.run(["pg_restore", "--list", str(dump)], capture_output=True, text=True, check=True).stdout
    assert "TABLE public labs" in listed


def test_a_wrong_password_in_the_file_is_refused_with_a_clear_message(server, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LABNET_HUB_PASSPHRASE", "correct horse battery staple")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    url = local_url(server, pgpass(tmp_path / "hub-pgpass", server, "not-the-password"))
    folder = tmp_path / "hub"
    assert main(["init", "--data-dir", str(folder), "--country", "KE", "--database", url]) == 2
    err = capsys.readouterr().err
    assert "cannot connect to the PostgreSQL database" in err and "not-the-password" not in err


def test_the_image_carries_the_pg_dump_of_the_compose_server_version():
    """A migration copies the database with pg_dump first: the image has the client of the server's version."""
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    server_major = compose["services"]["postgres"]["image"].split(":")[1].split("-")[0]
    assert f"postgresql-client-{server_major}" in (DEPLOY / "Dockerfile").read_text()
    postgres = compose["services"]["postgres"]
    assert postgres["environment"]["POSTGRES_PASSWORD_FILE"] == "/run/secrets/db_password"
    assert "ports" not in postgres   # reached by the hub and the worker only, on the compose network
    for name in ("hub", "worker"):
        assert "hub_pgpass" in compose["services"][name]["secrets"]
    assert compose["services"]["hub"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert os.path.basename(compose["secrets"]["hub_pgpass"]["file"]) == "hub-pgpass"
