"""/metrics (Prometheus) and the offline /docs of a real hub on loopback (hub/metrics.py, hub/docs_page.py)."""

from __future__ import annotations

import json
import logging
import re
import time

import requests
from prometheus_client.parser import text_string_to_metric_families

from factories import profile
from hub_server import RunningHub, enrol
from hub_server import hub_in_process as hub  # noqa: F401  (a fixture)
from labnet.hub import bulletins as hub_bulletins
from labnet.hub.cli_serve import JsonLogFormatter
from labnet.hub.ingest import Ingestor, IngestWorker
from labnet.hub.linking import NetworkLinker
from labnet.hub.metrics import HubMetrics
from labnet.hub.service import Hub
from labnet.protocol.session import sign_session_request
from labnet.sync.outbox import Outbox
from labnet.sync.policy import default_policy


def samples(text: str) -> dict[tuple[str, tuple], float]:
    """Every sample of a Prometheus text exposition, keyed by (name, sorted labels)."""
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def session(url: str, hub: Hub, lab) -> dict[str, str]:
    body = sign_session_request(lab.current.signing, hub_key_id=hub.key_id, lab_id=lab.identity_id,
                                key_id=lab.public.signing_key_id)
    token = requests.post(f"{url}/v1/session", json=body, timeout=10).json()["token"]
    return {"Authorization": f"Bearer {token}"}


def upload(url: str, auth: dict[str, str], data: bytes) -> None:
    tus = {"Tus-Resumable": "1.0.0", **auth}
    location = url + requests.post(f"{url}/v1/uploads", timeout=10,
                                   headers={**tus, "Upload-Length": str(len(data))}).headers["Location"]
    r = requests.patch(location, data=data, timeout=10,
                       headers={**tus, "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"})
    assert r.status_code == 204, r.text


def test_metrics_count_uploads_outcomes_by_reason_ingest_time_and_bulletins(cat, tmp_path):
    running = RunningHub(tmp_path / "hub")
    try:
        lab = enrol(running.hub)
        cat.add("profiling_result", profile(lab_sample_number="S-1", shareable=True))
        cat.add("profiling_result", profile(lab_sample_number="S-2", shareable=True))
        [(header, data)] = Outbox(cat).export(lab, running.hub.identity.public, default_policy()).parts
        auth = session(running.url, running.hub, lab)
        upload(running.url, auth, data)
        upload(running.url, auth, b"not a bundle at all")
        hub_bulletins.notice(running.hub, "maintenance on Sunday", "*")
        deadline = time.monotonic() + 30
        while requests.get(f"{running.url}/v1/receipts/{header.bundle_id}", headers=auth, timeout=10).status_code != 200:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        running.server.config.app.state.worker.wait_idle()
        served = requests.get(f"{running.url}/v1/bulletins", headers=auth, timeout=10).text.splitlines()

        r = requests.get(f"{running.url}/metrics", timeout=10)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
        got = samples(r.text)
        assert got[("labnet_hub_uploads_completed_total", ())] == 2
        assert got[("labnet_hub_bundles_total", (("reason", ""), ("status", "processed")))] == 1
        assert got[("labnet_hub_bundles_total", (("reason", "BundleFormatError"), ("status", "refused")))] == 1
        assert got[("labnet_hub_records_accepted_total", ())] == 2
        assert got[("labnet_hub_ingest_seconds_count", ())] == 2
        assert got[("labnet_hub_ingest_seconds_bucket", (("le", "+Inf"),))] == 2
        assert got[("labnet_hub_ingest_seconds_sum", ())] > 0
        assert len(served) >= 1 and got[("labnet_hub_bulletins_served_total", ())] == len(served)
        assert got[("labnet_hub_ingest_queue_depth", ())] == 0
        assert got[("labnet_hub_link_jobs_pending", ())] == running.server.config.app.state.linker.pending()
        assert got[("labnet_hub_link_jobs_refused", ())] == 0
        # Nothing in the metrics names a laboratory or a bundle.
        assert lab.identity_id not in r.text and header.bundle_id not in r.text
    finally:
        running.stop()


def test_the_queue_depth_is_what_waits_for_the_ingest_worker(hub):
    linker = NetworkLinker(hub)
    worker = IngestWorker(Ingestor(hub), linker)   # not started: what is queued stays queued
    metrics = HubMetrics(worker, linker)
    assert samples(metrics.exposition().decode())[("labnet_hub_ingest_queue_depth", ())] == 0
    for data in (b"one upload", b"another"):   # completed uploads are queued in the transaction that completes them
        upload = hub.uploads.create("lab-a", len(data))
        hub.uploads.append(upload.id, "lab-a", 0, [data])
    worker.link_soon()   # a wake-up, not work: nothing more waits
    assert samples(metrics.exposition().decode())[("labnet_hub_ingest_queue_depth", ())] == 2


def test_docs_work_without_internet(tmp_path):
    """FastAPI's page loads Swagger UI from a CDN; the hub's names no other host, and serves what it names."""
    running = RunningHub(tmp_path / "hub")
    try:
        page = requests.get(f"{running.url}/docs", timeout=10)
        assert page.status_code == 200 and "swagger-ui" in page.text
        assert re.findall(r"(?:https?:)?//[\w.-]+", page.text) == []
        assets = re.findall(r"""(?:src|href)=['"]([^'"]+)['"]""", page.text)
        assert {"/docs/assets/swagger-ui-bundle.js", "/docs/assets/swagger-ui.css"} <= set(assets)
        for asset in assets:
            assert requests.get(running.url + asset, timeout=10).status_code == 200, asset
        assert "'validatorUrl': null" in page.text or '"validatorUrl": null' in page.text
        document = page.text.split("url: '")[1].split("'")[0]
        assert requests.get(running.url + document, timeout=10).json()["info"]["title"] == "LabNet hub"
        # ReDoc's page loads from a CDN too: not served.
        assert requests.get(f"{running.url}/redoc", timeout=10).status_code == 404
    finally:
        running.stop()


def test_log_lines_carry_a_utc_iso_time_whatever_the_machines_zone(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Kolkata")   # +05:30: a local time would show it
    time.tzset()
    try:
        record = logging.LogRecord("labnet.hub", logging.WARNING, __file__, 1, "refused a file: %s", ("bad",), None)
        record.created = 1_772_356_502.118   # 2026-03-01T09:15:02.118 UTC
        line = json.loads(JsonLogFormatter().format(record))
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert line == {"time": "2026-03-01T09:15:02.118+00:00", "level": "WARNING", "logger": "labnet.hub",
                    "message": "refused a file: bad"}
