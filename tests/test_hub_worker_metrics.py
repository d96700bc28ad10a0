"""The ingest's counters of a hub split into ``serve --no-ingest`` and ``worker``: counted in the worker, so it
serves them itself (``worker --metrics-port``); the HTTP processes' ``/metrics`` cannot see them (found following
docs/hub-operations.md on a clean machine: 3 records accepted, 0 in every scrape of the HTTP workers)."""

from __future__ import annotations

import pytest
import requests

from hub_server import enrol, free_port
from test_hub_workers import Command, bundle, new_hub, receipt, session, shares, upload, wait_until

pytestmark = pytest.mark.slow   # two hub processes


def sample(text: str, name: str) -> float:
    """The value of the sample ``name`` (with its labels, as exposed) in a Prometheus text exposition."""
    values = [float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if line.startswith(name + " ")]
    assert len(values) == 1, f"{name} is not exposed once: {text}"
    return values[0]


def test_a_separate_worker_serves_the_ingests_counters(tmp_path):
    hub = new_hub(tmp_path / "hub")
    lab = enrol(hub, "Lab Accra")
    with shares(tmp_path, hub, lab, "lab", 12, seed=3) as cat:
        header, data = bundle(cat, lab, hub)
    key_id = hub.key_id
    hub.close()
    port = free_port()
    serve = Command(tmp_path / "hub", "serve", "--no-ingest")
    worker = Command(tmp_path / "hub", "worker", "--poll-seconds", "0.2", "--metrics-port", str(port))
    try:
        auth = session(serve.url, key_id, lab)
        upload(serve.url, auth, data)
        receipt(serve.url, auth, header.bundle_id)

        def scrape() -> str | None:
            try:
                return requests.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
            except requests.ConnectionError:   # the worker still starting
                return None

        wait_until(lambda: scrape() is not None, 60, "the worker's /metrics")
        text = scrape() or ""
        assert sample(text, 'labnet_hub_bundles_total{reason="",status="processed"}') == 1
        assert sample(text, "labnet_hub_records_accepted_total") == 12
        assert sample(text, "labnet_hub_ingest_seconds_count") == 1
        assert sample(text, "labnet_hub_ingest_queue_depth") == 0
        # The HTTP process counted the upload and no ingest.
        served = requests.get(f"{serve.url}/metrics", timeout=5).text
        assert sample(served, "labnet_hub_uploads_completed_total") == 1
        assert sample(served, "labnet_hub_records_accepted_total") == 0
        assert worker.stop() == 0
    finally:
        for command in (serve, worker):
            command.stop()
