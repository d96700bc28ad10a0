"""A hub process never waits on its database on the event loop (issue 19): at 500 laboratories at once, uploads
waited for the hub processes, not the database, because the session check and the rate-limit upsert (a commit)
of every laboratory request ran on the event loop — one slow commit (a PostgreSQL WAL flush, SQLite's write lock
held by the ingest worker) stalled every request of the process. Here another connection holds the database's
write lock while a laboratory request waits for it: a request that needs no write is answered meanwhile."""

from __future__ import annotations

import sqlite3
import threading
import time

import requests

from hub_server import RunningHub, enrol
from labnet.sync.client import HubClient


def write_lock(running: RunningHub):
    """Another connection holding the write lock of the database with the hub's rate limits (SQLite: BEGIN
    IMMEDIATE; PostgreSQL: the rate-limit table locked against writers); returns (release, whether a hub request
    waits on it)."""
    hub = running.hub
    if hub.store.dialect == "sqlite":
        # On SQLite the rate limits live beside the uploads (uploads/uploads.db, hub/uploads.py).
        conn = sqlite3.connect(hub.uploads.root / "uploads.db", isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        lock = hub.uploads._db._lock   # that file's one connection, shared by the process's threads under this lock

        def waiting() -> bool:
            # With no ingest thread, only a request can hold the hub's connection: held means it waits for us.
            if lock.acquire(blocking=False):
                lock.release()
                return False
            return True

        def release() -> None:
            conn.execute("ROLLBACK")
            conn.close()
        return release, waiting
    import psycopg

    conn = psycopg.connect(str(hub.store.target))
    conn.execute("BEGIN")
    conn.execute("LOCK TABLE rate_hits IN EXCLUSIVE MODE")
    me = conn.info.backend_pid

    def waiting() -> bool:
        with psycopg.connect(str(hub.store.target), autocommit=True) as other:
            return bool(other.execute("SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = "
                                      "'rate_hits'::regclass AND pid <> %s", (me,)).fetchone()[0])

    def release() -> None:
        conn.rollback()
        conn.close()
    return release, waiting


def test_a_request_waiting_on_the_databases_write_lock_does_not_stall_the_others(tmp_path, hub_store):
    running = RunningHub(tmp_path / "hub", ingest=False)
    release = None
    try:
        lab = enrol(running.hub, "Lab Accra")
        client = HubClient(running.url, timeout=60)
        client.sign_in(lab, running.hub.key_id)
        events: list[str] = []
        answered = threading.Event()

        def waiting_request() -> None:
            # Its rate-limit upsert waits for the write lock (the session check before it only reads).
            answer = requests.get(f"{running.url}/v1/bulletins", timeout=120,
                                  headers={"Authorization": f"Bearer {client.token}"})
            events.append(f"bulletins {answer.status_code}")
            answered.set()

        release, waiting = write_lock(running)
        thread = threading.Thread(target=waiting_request, daemon=True)
        thread.start()
        while not waiting():     # the laboratory's request is in the hub, waiting for the lock
            assert not answered.is_set(), events
            time.sleep(0.01)
        identity = requests.get(f"{running.url}/v1/hub", timeout=120)
        events.append(f"hub {identity.status_code}")
        assert waiting()         # still waiting: answered while the lock is held
        release()
        release = None
        thread.join(timeout=120)
        # Before: the event loop was held by the waiting request, so /v1/hub came only after it ended (SQLite:
        # "database is locked" after the busy timeout; PostgreSQL: never while the lock was held).
        assert events == ["hub 200", "bulletins 200"]
        assert identity.content == running.hub.identity.public.to_json()
    finally:
        if release is not None:
            release()
        running.stop()

