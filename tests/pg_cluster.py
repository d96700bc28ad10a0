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


class Server:
    """Databases made and dropped on a PostgreSQL server, through ``admin_url`` (a role that may CREATE DATABASE)."""

    template = "template1"

    def __init__(self, admin_url: str):
        self.admin_url = admin_url
        self._names = itertools.count(1)

    def url(self, database: str) -> str:
        return urllib.parse.urlunsplit(urllib.parse.urlsplit(self.admin_url)._replace(path=f"/{database}"))

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(sql.encode())

    def new_database(self, template: str | None = None) -> str:
        """A fresh database's URL: empty, or a copy of ``template`` (a URL of this server nobody is connected to)."""
        name = f"hub_{os.getpid()}_{next(self._names)}"
        source = urllib.parse.urlsplit(template).path.lstrip("/") if template else self.template
        self.admin(f"CREATE DATABASE {name} TEMPLATE {source}")
        return self.url(name)

    def drop(self, url: str) -> None:
        name = urllib.parse.urlsplit(url).path.lstrip("/")
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


class Cluster(Server):
    """``start()`` a cluster; ``new_database()`` a fresh, empty database (from an empty template); ``stop()``.

    ``durable=False`` (the tests): no fsync, as a throwaway cluster needs; ``durable=True`` (benchmarks): the
    server's defaults, every commit flushed to disk as in production."""

    template = TEMPLATE

    def __init__(self, durable: bool = False) -> None:
        if not (BIN / "initdb").exists():
            raise NoPostgres(f"PostgreSQL 15 is needed for the hub's tests on PostgreSQL and {BIN / 'initdb'} is "
                             "missing: install it (Debian/Ubuntu: apt-get install postgresql-15; .ci/run does) or "
                             "set LABNET_PG_BIN to the folder holding initdb and pg_ctl")
        self.root = Path(tempfile.mkdtemp(prefix="labnet-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._as_postgres = os.geteuid() == 0
        self._names = itertools.count(1)
        self.durable = durable
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
        options = f"-k {self.root} -p {self.port} -c listen_addresses='' -c max_connections=200"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options, "-w", "start")
        self.running = True
        self.admin_url = self.url("postgres")
        self.admin(f"CREATE DATABASE {TEMPLATE}")
        return self

    def url(self, database: str) -> str:
        return f"postgresql://{ROLE}@/{database}?host={self.root}&port={self.port}"

    def cpu_seconds(self) -> float:
        """CPU used so far by the server's processes that still run (its backends: one per connection), from /proc."""
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        total = 0.0
        for stat_file in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat_file.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == postmaster or stat_file.parent.name == str(postmaster):   # ppid, or itself
                total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")   # utime + stime
        return total

    def stop(self) -> None:
        if self.running:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self.running = False
        shutil.rmtree(self.root, ignore_errors=True)
