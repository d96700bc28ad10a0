"""What an administrator runs the hub with: ``/health``, ``/metrics`` and an offline ``/docs``.

``install`` adds the three to an app (``labnet.hub.app.create_app``) and sets ``app.state.metrics``, the
counters the app's routes update (``labnet.hub.metrics``).
"""

from __future__ import annotations

from fastapi import FastAPI

from . import docs_page, health
from . import metrics as hub_metrics
from .ingest import Ingestor, IngestWorker
from .linking import NetworkLinker
from .service import Hub


def install(app: FastAPI, hub: Hub, ingestor: Ingestor, worker: IngestWorker, linker: NetworkLinker) -> None:
    metrics = hub_metrics.HubMetrics(worker, linker)
    ingestor.observers.append(metrics.observe_ingest)
    app.state.metrics = metrics
    health.install(app, hub)
    hub_metrics.install(app, metrics)
    docs_page.install(app)
