"""``/health`` on a PostgreSQL store that does not answer: the database is asked on a thread of its own, waited
for a bounded time, and said to be "not answering" — while the process goes on answering its other requests
(on the event loop, the probe held every request of the process for as long as the database did).

A real hub on loopback over a real PostgreSQL 15 cluster; the probe is held by a lock another connection takes
on the table it reads (``room_versions``), as a migration's ``ALTER`` would.  The test waits for states (the
probe seen waiting for that lock in ``pg_stat_activity``), never for durations."""

from __future__ import annotations

import threading

import psycopg
import pytest
import requests

from hub_server import PASSPHRASE, RunningHub
from labnet.hub.service import Hub
from test_hub_workers import wait_until

pytestmark = pytest.mark.slow   # waits out /health's bound on the database (5 s) twice


def probe_waiting(url: str) -> bool:
    """The health probe's query is waiting for the lock on room_versions."""
    with psycopg.connect(url, autocommit=True) as conn:
        return bool(conn.execute(
            "SELECT 1 FROM pg_stat_activity WHERE query LIKE 'SELECT room, version FROM room_versions%' "
            "AND wait_event_type = 'Lock'").fetchall())


def test_a_database_that_does_not_answer_is_said_and_the_hub_answers_meanwhile(tmp_path, postgres_cluster):
    url = postgres_cluster.new_database()
    hub, _ = Hub.create(tmp_path / "hub", name="Hub", country="KE", passphrase=PASSPHRASE, database=url)
    running = RunningHub(tmp_path / "hub", hub=hub)
    holder = psycopg.connect(url)
    try:
        assert requests.get(f"{running.url}/health", timeout=30).status_code == 200
        holder.execute("LOCK TABLE room_versions IN ACCESS EXCLUSIVE MODE")   # held until rollback
        answers: list[requests.Response] = []
        asking = threading.Thread(target=lambda: answers.append(requests.get(f"{running.url}/health", timeout=60)))
        asking.start()
        wait_until(lambda: probe_waiting(url), 60, "the health probe to wait for the lock")
        # The probe is stuck in the database: the process still answers, while the probe still waits (on the
        # event loop, the answer came only once the probe's own 10 s statement timeout had freed the loop).
        assert requests.get(f"{running.url}/v1/hub", timeout=30).status_code == 200
        assert probe_waiting(url)
        asking.join(timeout=60)
        [r] = answers
        assert r.status_code == 503
        body = r.json()
        [problem] = body["problems"]
        store = running.hub.store.database.described   # "PostgreSQL postgresql://…", its password left out
        assert problem.startswith(f"database: {store} is not answering (no answer within 5 s)")
        assert body["checks"]["disk"]["ok"] and body["checks"]["keys"]["ok"]
        holder.rollback()   # the lock goes: the stuck probe ends, the next one answers
        wait_until(lambda: requests.get(f"{running.url}/health", timeout=30).status_code == 200, 60,
                   "/health to be ok again")
    finally:
        holder.close()
        running.stop()
        postgres_cluster.drop(url)
