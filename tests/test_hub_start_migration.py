"""Several hub processes starting at the same moment on one SQLite folder migrate its files once.

``labnet-hub serve --workers 2``, a second ``serve`` and a ``labnet-hub worker`` are started together on a hub
folder whose files are fresh (none yet) or old (made by the hub before rooms): every room of ``hub.db`` (hub,
exchange, federation) and of ``uploads/uploads.db`` (uploads, queue) is migrated by one of them, under the
migration lock (``hub/store.py``); the others find nothing to do.  Before, the serve workers each migrated the
exchange room when their app was made, and one crashed ("attempt to write a readonly database"): both copied the
file to the same backup name in the same second.  Real processes; no assertion depends on timing.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
import requests

from hub_server import PASSPHRASE, STORES, free_port
from labnet.common import sqlite as common_sqlite
from labnet.hub import db
from labnet.hub.service import SETTINGS_FILE, Hub, HubSettings
from labnet.hub.store import HISTORY, MIGRATIONS, OTHER_ROOMS, rooms
from labnet.hub.uploads import ROOMS as UPLOAD_ROOMS
from labnet.hub.uploads import SCHEMA as UPLOADS_BEFORE_ROOMS

pytestmark = pytest.mark.slow   # hub processes, each 2-5 s to start


def start(folder: Path, command: str, *args: str) -> tuple[subprocess.Popen, Path, str | None]:
    port = free_port() if command == "serve" else None
    argv = [sys.executable, "-m", "labnet.hub.cli", command, "--data-dir", str(folder), *args]
    if port is not None:
        argv += ["--port", str(port)]
    log = folder / f"{command}-{time.monotonic_ns()}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(argv, env={**os.environ, "LABNET_HUB_PASSPHRASE": PASSPHRASE},
                                   stdout=out, stderr=subprocess.STDOUT)
    return process, log, f"http://127.0.0.1:{port}" if port else None


def up(process: subprocess.Popen, log: Path, url: str) -> bool:
    if process.poll() is not None:
        raise AssertionError(f"labnet-hub serve ended: {log.read_text(errors='replace')}")
    try:
        return requests.get(f"{url}/health", timeout=2).status_code == 200
    except requests.ConnectionError:
        return False


def wait_until(predicate, seconds: float, what: str) -> None:
    """A deadline against a hang, not a measure."""
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {seconds:g} s for {what}")
        time.sleep(0.05)


def versions(path: Path | str) -> dict[str, int]:
    if db.is_postgres(path):
        database = db.open_database(path)
        try:
            return database.room_versions()
        finally:
            database.close()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        return dict(conn.execute("SELECT room, version FROM room_versions"))
    finally:
        conn.close()


def made(tmp_path: Path, old: bool) -> tuple[Path, str | None]:
    """A hub folder: its identity, and its files either absent (fresh) or as the hub before rooms left them; on
    PostgreSQL a database of its own, empty or holding the hub room's first seven steps alone."""
    folder = tmp_path / "hub"
    hub, _ = Hub.create(folder, name="Hub", country="DE", passphrase=PASSPHRASE)
    hub.close()
    settings = HubSettings.load(folder)
    if settings.database:
        url = STORES.new()
        (folder / SETTINGS_FILE).write_text(replace(settings, database=url).to_toml(), encoding="utf-8")
        if old:
            database = db.open_database(url)
            database.migrate(rooms(MIGRATIONS[:7])[:1], history=None, backup_to=lambda step: folder / "unused")
            database.close()
        return folder, url
    for name in ("hub.db", "hub.db-wal", "hub.db-shm"):
        (folder / name).unlink(missing_ok=True)
    for path in (folder / "uploads").glob("uploads.db*"):
        path.unlink()
    if old:
        conn = common_sqlite.connect(folder / "hub.db")
        common_sqlite.migrate(conn, [], history=HISTORY, upto=7)
        conn.close()
        uploads = sqlite3.connect(folder / "uploads" / "uploads.db")
        uploads.executescript(UPLOADS_BEFORE_ROOMS)
        uploads.close()
    return folder, None


@pytest.mark.parametrize("old", [False, True], ids=["fresh", "old"])
def test_processes_starting_together_migrate_the_hubs_files_once(tmp_path, old):
    folder, store_url = made(tmp_path, old)
    started = [start(folder, "serve", "--workers", "2", "--no-ingest"), start(folder, "serve"),
               start(folder, "worker")]
    try:
        for process, log, url in started:
            if url is not None:
                wait_until(lambda p=process, lg=log, u=url: up(p, lg, u), 120, "labnet-hub serve to start")
        worker, worker_log, _ = started[2]
        wait_until(lambda: "started; uploads queued" in worker_log.read_text(errors="replace") or worker.poll() is not None,
                   120, "the worker to open the hub")
        assert worker.poll() is None, worker_log.read_text(errors="replace")
    finally:
        for process, _, _ in started:
            process.terminate()
        for process, _, _ in started:
            process.wait(timeout=60)
    logs = "\n".join(log.read_text(errors="replace") for _, log, _ in started)
    assert "Traceback" not in logs and "readonly" not in logs and "Error" not in logs, logs
    latest = {"hub": len(MIGRATIONS), **{r.name: r.latest for r in OTHER_ROOMS}}
    uploads_latest = {r.name: r.latest for r in UPLOAD_ROOMS}
    # One copy of each file (or pg_dump of the database) before its one migration, when it held a schema.
    if store_url is not None:
        assert versions(store_url) == {**latest, **uploads_latest}
        assert len(list(folder.glob("hub.before-schema-*.pgdump"))) == (1 if old else 0)
        assert not (folder / "uploads" / "uploads.db").exists()
        return
    assert versions(folder / "hub.db") == latest
    assert versions(folder / "uploads" / "uploads.db") == uploads_latest
    assert len(list(folder.glob("hub.before-schema-*"))) == (1 if old else 0)
    assert len(list((folder / "uploads").glob("uploads.before-schema-*"))) == (1 if old else 0)
    assert not list(folder.rglob("*.partial"))
