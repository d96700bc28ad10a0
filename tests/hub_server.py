"""A real hub for tests: keys, store and the FastAPI app on uvicorn, on a free loopback port."""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from labnet.hub import admins, enrolment, federation
from labnet.hub.app import create_app
from labnet.hub.service import Hub, HubSettings
from labnet.protocol.enrolment import enrolment_request
from labnet.protocol.keys import Identity, create_identity

PASSPHRASE = "correct horse battery staple"
LAB_PASSPHRASE = "a lab passphrase, long enough"   # the laboratories' keys in network tests
ADMIN_PASSWORD = "the hub administrator's own passphrase"


class _Stores:
    """Where the hubs of a test keep their store: ``None`` (SQLite, hub.db in the hub's folder), or a fresh
    database of the tests' PostgreSQL cluster (tests/conftest.py ``hub_store``) for each hub made."""

    def __init__(self) -> None:
        self.cluster = None
        self.made: list[str] = []

    def use(self, cluster) -> None:
        if cluster is None:
            self.drop_since(0)
        self.cluster = cluster

    def new(self) -> str:
        url = self.cluster.new_database()
        self.made.append(url)
        return url

    def for_new_hub(self) -> str | None:
        return None if self.cluster is None else self.new()

    def mark(self) -> int:
        return len(self.made)

    def drop_since(self, mark: int) -> None:
        while len(self.made) > mark:
            self.cluster.drop(self.made.pop())


STORES = _Stores()


def execute(hub: Hub, sql: str) -> None:
    """One statement in its own transaction on the hub's store, SQLite or PostgreSQL (what a person with the
    database's credentials could do behind the hub's back)."""
    with hub.store.transaction() as conn:
        conn.execute(sql)


def store_target(path: Path) -> str | Path:
    """Where a store made directly (``HubStore(…)``) in a test lives: the SQLite file ``path``, or on PostgreSQL
    a fresh database of the tests' cluster (tests/conftest.py ``hub_store``)."""
    return STORES.for_new_hub() or path


def store_text(store) -> str:
    """Every row of every table of a hub store, as text (what a stolen copy of the database would show)."""
    if store.dialect == "sqlite":
        return "\n".join(store._conn.iterdump())
    names = [r[0] for r in store.query("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")]
    return "\n".join(repr(row) for name in names for row in store.query(f"SELECT * FROM {name}"))


def table_names(hub: Hub) -> set[str]:
    """The tables in the hub's store, SQLite or PostgreSQL."""
    sql = ("SELECT name FROM sqlite_master WHERE type = 'table'" if hub.store.dialect == "sqlite" else
           "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    return {r[0] for r in hub.store.query(sql)}


def remove_store(hub: Hub) -> None:
    """The hub's store gone underneath it: hub.db moved away, or the PostgreSQL database dropped."""
    if hub.store.dialect == "sqlite":
        (hub.folder / "hub.db").rename(hub.folder / "moved.db")
    else:
        STORES.cluster.drop(str(hub.store.target))


def first_admin_session(hub: Hub) -> str:
    """The first administrator (``admin``, network administrator) given its password and signed in: a session
    token, what the tests send as ``Authorization: Bearer`` to the administration routes."""
    admins.set_password(hub.store, "test", admins.FIRST_ADMIN, ADMIN_PASSWORD)
    return admins.sign_in(hub.store, admins.FIRST_ADMIN, ADMIN_PASSWORD, "test")["token"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RunningHub:
    """``Hub.create`` + ``create_app`` served in a thread; ``stop()`` shuts it down cleanly."""

    def __init__(self, folder: Path, *, hub: Hub | None = None, ingest: bool = True, **settings):
        """A new hub in ``folder``, its first administrator signed in; or ``hub``, opened already, as it is;
        ``ingest``: the ingest worker (and federation delivery) on a thread of this process."""
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        if hub is None:
            self.hub, self.setup_token = Hub.create(folder, name="East Africa hub", country="KE",
                                                    passphrase=PASSPHRASE, database=STORES.for_new_hub(),
                                                    settings=HubSettings(public_url=self.url, **settings))
            self.admin_token = first_admin_session(self.hub)
        else:
            self.hub, self.setup_token, self.admin_token = hub, "", ""
        app = create_app(self.hub) if ingest else create_app(self.hub, ingest=False)   # some tests replace create_app
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the test hub did not start")
            time.sleep(0.02)

    @property
    def admin(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.admin_token}"}

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)
        self.hub.close()


class HubProcess:
    """A hub in its own process (``labnet-hub serve``), which a test can kill and start again."""

    def __init__(self, folder: Path, *, serve_args: tuple[str, ...] = (), **settings):
        """``serve_args``: more options for ``labnet-hub serve`` (``--workers 2``, ``--no-ingest``)."""
        import os

        self.folder = folder
        self.serve_args = serve_args
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        hub, self.setup_token = Hub.create(folder, name="West Africa hub", country="GH", passphrase=PASSPHRASE,
                                           settings=HubSettings(public_url=self.url, **settings),
                                           database=STORES.for_new_hub())
        self.admin_token = first_admin_session(hub)
        self.key_id = hub.key_id
        self.identity = hub.identity
        hub.close()
        # hub.toml names the hub's store: a test's own $LABNET_HUB_DATABASE is not this hub's (tests/conftest.py)
        self.env = {**{k: v for k, v in os.environ.items() if k != "LABNET_HUB_DATABASE"},
                    "LABNET_HUB_PASSPHRASE": PASSPHRASE}
        self.process = None
        self.start()

    @property
    def admin(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.admin_token}"}

    def start(self) -> None:
        import subprocess
        import sys

        import requests

        self.log = open(self.folder / "serve.log", "ab")
        self.process = subprocess.Popen([sys.executable, "-m", "labnet.hub.cli", "serve", "--data-dir", str(self.folder),
                                         "--port", str(self.port), *self.serve_args], env=self.env, stdout=self.log,
                                        stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(f"{self.url}/health", timeout=2)
                return
            except requests.ConnectionError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the hub process did not start: "
                                       + (self.folder / "serve.log").read_text(errors="replace")) from None
                time.sleep(0.1)

    def kill(self) -> None:
        """SIGKILL: no clean shutdown, as when the power goes."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)
        self.log.close()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)
        self.log.close()

    def enrolment_code(self, lab: str = "Forensic Lab", country: str = "GH") -> str:
        import requests

        r = requests.post(f"{self.url}/v1/admin/enrolment-codes", json={"lab": lab, "country": country},
                          headers=self.admin, timeout=10)
        r.raise_for_status()
        return r.json()["code"]


@pytest.fixture
def hub_process(tmp_path):
    """A hub process on loopback for one test (import it as ``hub``: ``from hub_server import hub_process as
    hub``), stopped afterwards."""
    process = HubProcess(tmp_path / "hub")
    yield process
    process.stop()


@pytest.fixture
def hub_in_process(tmp_path):
    """A hub's keys and store in this process, no HTTP (import it as ``hub``), closed afterwards."""
    hub, _ = Hub.create(tmp_path / "hub", name="Hub", country="KE", passphrase=PASSPHRASE,
                        database=STORES.for_new_hub())
    yield hub
    hub.close()


def enrol(hub: Hub, name: str = "Forensic Lab A", country: str = "GH") -> Identity:
    """A new laboratory's identity, registered with ``hub`` (in this process) through an enrolment code."""
    lab = create_identity("lab", name, country)
    token = hub.store.new_enrolment_code(name, country, dt.timedelta(days=1))
    enrolment.register(hub.store, hub.key_id, enrolment_request(lab, hub.key_id, token))
    return lab


def peer_by_file(a: Hub, b: Hub, method: str, fields: dict[str, str], *, actor: str = "test") -> None:
    """Hubs ``a`` (calling ``b`` "east") and ``b`` (calling ``a`` "west") peered by file — ``a`` invites, ``b``
    accepts, ``a`` imports the reply — each with a federation policy for the other that lists ``method`` and
    releases ``fields`` (field -> form)."""
    reply, _ = federation.accept(b, federation.invite(a, "east", actor)[0], actor, "west")
    federation.register_reply(a, reply, actor, "file")
    released = "".join(f'{name} = "{form}"\n' for name, form in fields.items())
    for hub, peer in ((a, "east"), (b, "west")):
        (hub.folder / "federation").mkdir(exist_ok=True)
        (hub.folder / "federation" / f"{peer}.toml").write_text(f'methods = ["{method}"]\n[fields]\n{released}',
                                                                encoding="utf-8")


def network_lab(tmp_path: Path, monkeypatch, capsys, *, profiles: int = 3, more=()) -> Path:
    """A laboratory made by ``labnet init`` (its network keys under LAB_PASSPHRASE) holding ``profiles`` shareable
    profiling results GH-0, GH-1, … and the records ``more`` ((kind, fields) pairs), none yet sent to a hub."""
    from factories import profile
    from labnet import cli
    from labnet.catalogue.store import Catalogue

    folder = tmp_path / "lab"
    monkeypatch.setenv("LABNET_PASSPHRASE", LAB_PASSPHRASE)
    assert cli.main(["--data-dir", str(folder), "init", "--lab", "Accra lab", "--country", "GH"]) == 0
    with Catalogue.open(folder, user="ana") as cat:
        for i in range(profiles):
            cat.add("profiling_result", profile(lab_sample_number=f"GH-{i}", shareable=True))
        for kind, fields in more:
            cat.add(kind, fields)
    capsys.readouterr()
    return folder
