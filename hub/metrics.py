"""The hub's Prometheus metrics, served at ``GET /metrics`` (text exposition format, no authentication).

Counted as they happen, since the process started (Prometheus's ``rate()`` and ``increase()`` take restarts in
their stride): completed uploads, every file's outcome (``processed``, ``duplicate``, ``rejected``, ``refused``)
with the check that refused or rejected it, the seconds each ingest took, the records it accepted, the bulletins
served.  Read at each scrape: the ingest queue's depth and the link jobs waiting or refused.  Each app has its
own registry, so several hubs in one process (the tests) do not mix their counts.  The metrics say nothing
about which laboratory did what: no laboratory id, bundle id or record is a label.

Under ``labnet-hub serve --workers N`` each process counts what it handled, so a scrape answered by one
process would see only its share.  ``serve`` gives its workers a folder of their own (mode 0700, made at the
start and removed at the end: ``hub/serving.py``'s ``shared_metrics_dir``) in ``$PROMETHEUS_MULTIPROC_DIR``;
prometheus-client's multiprocess mode then keeps every process's counters in files there, and whichever
process answers ``/metrics`` adds up all of them (those of a worker that died and was replaced included).  The
gauges are read from the database at the scrape, so they are the hub's whatever the process.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.responses import Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
    values,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from starlette.concurrency import run_in_threadpool

from .ingest import IngestResult, IngestWorker
from .linking import NetworkLinker

# Seconds: a small bundle takes milliseconds, a 32 MB part of 100,000 records several seconds (docs/performance.md).
INGEST_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"   # prometheus-client's name for the processes' shared folder


def shared_dir() -> str | None:
    """The folder this process counts in with the other processes of ``serve --workers N``, if it does: the
    variable was set before prometheus-client was imported here (it chooses file-backed values then)."""
    path = os.environ.get(MULTIPROC_ENV)
    return path if path and values.ValueClass is not values.MutexValue else None


def worker_process_ends() -> None:
    """prometheus-client's bookkeeping for a worker process that stops (its live gauges' files go; its counters
    stay, still part of the hub's totals)."""
    path = shared_dir()
    if path is not None:
        multiprocess.mark_process_dead(os.getpid(), path)


class HubMetrics:
    """The counters one app updates, and the collector that reads the queue and the link jobs at each scrape."""

    def __init__(self, worker: IngestWorker, linker: NetworkLinker):
        self.registry = CollectorRegistry(auto_describe=True)
        self.uploads = Counter("labnet_hub_uploads_completed", "Uploads completed (tus), handed to the ingest",
                               registry=self.registry)
        self.bundles = Counter("labnet_hub_bundles", "Bundle files ingested, by outcome and by the check that "
                               "refused or rejected them (reason is empty when accepted)",
                               ["status", "reason"], registry=self.registry)
        self.records = Counter("labnet_hub_records_accepted", "Records accepted into the network's catalogue",
                               registry=self.registry)
        self.ingest_seconds = Histogram("labnet_hub_ingest_seconds", "Seconds to check and apply one bundle file, "
                                        "waiting for the ingest lock included", buckets=INGEST_BUCKETS,
                                        registry=self.registry)
        self.bulletins = Counter("labnet_hub_bulletins_served", "Signed bulletins sent to laboratories",
                                 registry=self.registry)
        self.registry.register(_AtScrape(worker, linker))
        shared = shared_dir()
        if shared is None:
            self.exposed = self.registry
        else:   # every process's counters, from their files; the gauges from the database, as above
            self.exposed = CollectorRegistry(auto_describe=True)
            multiprocess.MultiProcessCollector(self.exposed, path=shared)
            self.exposed.register(_AtScrape(worker, linker))

    def observe_ingest(self, result: IngestResult, seconds: float) -> None:
        reason = "" if result.status in ("processed", "duplicate") else (result.error or "seen-before")
        self.bundles.labels(status=result.status, reason=reason).inc()
        self.records.inc(result.counts.get("accepted", 0) if result.status == "processed" else 0)
        self.ingest_seconds.observe(seconds)

    def counting_uploads(self, submit: Callable[[Any], None]) -> Callable[[Any], None]:
        """``submit``, counting each completed upload handed to it."""
        def counted(upload: Any) -> None:
            self.uploads.inc()
            submit(upload)
        return counted

    def exposition(self) -> bytes:
        return generate_latest(self.exposed)


class _AtScrape(Collector):
    """What is read when Prometheus asks: the ingest queue and the link jobs."""

    def __init__(self, worker: IngestWorker, linker: NetworkLinker):
        self.worker, self.linker = worker, linker

    def describe(self) -> list:
        return []   # not known until collected; the registry's auto_describe asks collect() instead

    def collect(self) -> Iterator[GaugeMetricFamily]:
        yield GaugeMetricFamily("labnet_hub_ingest_queue_depth", "Completed uploads waiting for an ingest worker, "
                                "those in hand included (every hub process's: the queue is in the database)", value=self.worker.depth())
        yield GaugeMetricFamily("labnet_hub_link_jobs_pending", "Link jobs waiting (a bundle to link, a method to "
                                "link the network with)", value=self.linker.pending())
        yield GaugeMetricFamily("labnet_hub_link_jobs_refused", "Link jobs the linkage engine refused (the most "
                                "recent 1,000; labnet-hub links and /v1/admin/links say why)",
                                value=len(self.linker.failed(limit=1000)))


def install(app: FastAPI, metrics: HubMetrics) -> None:
    """``GET /metrics``: no authentication, as Prometheus scrapes; a reverse proxy keeps it off the internet
    (deploy/Caddyfile, deploy/nginx-labnet-hub.conf)."""
    @app.get("/metrics", tags=["service"], response_class=Response,
             responses={200: {"content": {CONTENT_TYPE_LATEST: {}}, "description": "Prometheus text format"}})
    async def prometheus_metrics() -> Response:
        """The hub's metrics in Prometheus's text format (docs/hub-operations.md, "Monitoring")."""
        # In a thread: the link-job counts wait for the store's lock, which an ingest may hold for seconds.
        return Response(await run_in_threadpool(metrics.exposition), media_type=CONTENT_TYPE_LATEST)
