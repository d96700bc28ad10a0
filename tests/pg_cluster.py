"""A throwaway PostgreSQL 15 cluster for the hub's tests and benchmarks: its own folder, a unix socket there, a
random port, trust authentication for one role, torn down (stopped and deleted) at the end.

``initdb`` refuses to run as root: run as root (CI, containers), the cluster's programs run as the
``postgres`` user (``runuser -u postgres --``) in a folder it owns; the socket is still reachable by root.
A machine without PostgreSQL 15 is an error that says what to install, never a silent skip.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import urllib.parse
from pathlib import Path

BIN = Path(os.environ.get("LABNET_PG_BIN", "/usr/lib/postgresql/15/bin"))
ROLE = "labnet"
TEMPLATE = "labnet_template"


class NoPostgres(RuntimeError):
    pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """``start()`` a cluster; ``new_database()`` a fresh, empty database (from an empty template); ``stop()``."""

    def __init__(self) -> None:
        if not (BIN / "initdb").exists():
            raise NoPostgres(f"PostgreSQL 15 is needed for the hub's tests on PostgreSQL and {BIN / 'initdb'} is "
                             "missing: install it (Debian/Ubuntu: apt-get install postgresql-15; .ci/run does) or "
                             "set LABNET_PG_BIN to the folder holding initdb and pg_ctl")
        self.root = Path(tempfile.mkdtemp(prefix="labnet-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._as_postgres = os.geteuid() == 0
        self._names = itertools.count(1)
        if self._as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        self.running = False

    def _run(self, *args: str) -> None:
        command = [str(BIN / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            raise NoPostgres(f"{' '.join(command)} failed ({done.returncode}): {done.stdout}{done.stderr}")

    def start(self) -> Cluster:
        self._run("initdb", "-D", str(self.data), "-U", ROLE, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        options = (f"-k {self.root} -p {self.port} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off -c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options, "-w", "start")
        self.running = True
        self.admin(f"CREATE DATABASE {TEMPLATE}")
        return self

    def url(self, database: str) -> str:
        return f"postgresql://{ROLE}@/{database}?host={self.root}&port={self.port}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    def new_database(self) -> str:
        """A fresh empty database's URL."""
        name = f"hub_{os.getpid()}_{next(self._names)}"
        self.admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return self.url(name)

    def drop(self, url: str) -> None:
        name = urllib.parse.urlsplit(url).path.lstrip("/")
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        if self.running:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self.running = False
        shutil.rmtree(self.root, ignore_errors=True)
