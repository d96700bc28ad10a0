"""``labnet-hub init``, ``serve`` and ``worker``: making a hub, running its HTTP service (one process or
several workers) and its ingest worker, and the JSON log every one of those processes writes.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
from typing import Any

from .cli_common import EXIT_OK, UsageError, open_hub, open_hub_with, read_passphrase


def run_init(args: argparse.Namespace) -> int:
    from .service import Hub, HubSettings

    if args.url and not args.url.startswith(("http://", "https://")):
        raise UsageError(f"--url must be an http:// or https:// address, not {args.url!r}")
    settings = HubSettings(public_url=args.url.rstrip("/")) if args.url else HubSettings()
    hub, token = Hub.create(args.data_dir, name=args.name, country=args.country,
                            passphrase=read_passphrase(args, confirm=True), settings=settings, suite_code=args.suite,
                            database=args.database)
    try:
        print(f"Created the hub “{hub.identity.public.name}” in {args.data_dir}.")
        print(f"Hub key id: {hub.key_id}")
        print(f"Settings: {args.data_dir / 'hub.toml'} (laboratories reach the hub at {hub.settings.public_url}).")
        from .cli_admins import print_first_admin

        print_first_admin(token)
    finally:
        hub.close()
    return EXIT_OK


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import create_app
    from .serving import hub_protocol

    if bool(args.certfile) != bool(args.keyfile):
        raise UsageError("--certfile and --keyfile go together")
    passphrase = read_passphrase(args)
    hub = open_hub_with(args, passphrase)   # the passphrase checked and the files migrated once, here
    configure_logging()
    tls: dict[str, Any] = ({"ssl_certfile": str(args.certfile), "ssl_keyfile": str(args.keyfile)}
                           if args.certfile else {})
    # Bounded: idle keep-alive connections close after 30 s, headers must arrive within
    # header_timeout_seconds (no slowloris), one address holds at most connections_per_address
    # connections, and past 500 connections new ones get 503.  Bodies: see hub/limits.py.
    bounds: dict[str, Any] = {"host": args.host, "port": args.port, "log_config": None, "timeout_keep_alive": 30,
                              "limit_concurrency": 500, **tls}
    if args.workers == 1:
        try:
            http = hub_protocol(hub.settings.header_timeout_seconds, hub.settings.connections_per_address)
            uvicorn.run(create_app(hub, ingest=not args.no_ingest), http=http, **bounds)
        finally:
            hub.close()
        return EXIT_OK
    from .service import PASSPHRASE_ENV
    from .serving import WORKER_ENV, shared_metrics_dir, worker_options

    hub.close()
    # Each worker process opens the hub itself (labnet.hub.serving.worker_app): it reads the passphrase as this
    # process did, from the same file, else from the environment it inherits (a typed one is put there).
    os.environ[WORKER_ENV] = worker_options(args.data_dir, args.passphrase_file, ingest=not args.no_ingest)
    if not args.passphrase_file:
        os.environ[PASSPHRASE_ENV] = passphrase
    with shared_metrics_dir():   # /metrics adds up every worker's counters, whichever worker answers
        uvicorn.run("labnet.hub.serving:worker_app", factory=True, workers=args.workers,
                    http="labnet.hub.serving:WorkerH11", **bounds)
    return EXIT_OK


def run_worker(args: argparse.Namespace) -> int:
    import signal

    from .ingest import Ingestor, IngestWorker
    from .linking import NetworkLinker

    hub = open_hub(args)
    configure_logging()
    log = logging.getLogger("labnet.hub.worker")
    try:
        ingestor, linker = Ingestor(hub), NetworkLinker(hub)
        worker = IngestWorker(ingestor, linker, lease_seconds=args.lease_seconds, poll_seconds=args.poll_seconds)
        if args.metrics_port:   # the ingest is counted where it runs: without this its counters are seen nowhere
            from prometheus_client import start_http_server

            from .metrics import HubMetrics

            metrics = HubMetrics(worker, linker)
            ingestor.observers.append(metrics.observe_ingest)
            start_http_server(args.metrics_port, addr="127.0.0.1", registry=metrics.registry)

        def stop(signum, frame) -> None:   # finish the upload in hand (a link run stops between jobs), then end
            log.info("worker %s stopping (signal %d)", worker.name, signum)
            worker.stop()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        queued = worker.sweep()
        log.info("worker %s started; uploads queued at its start: %d, waiting: %d", worker.name, queued, worker.depth())
        worker.run()
        log.info("worker %s stopped", worker.name)
    finally:
        hub.close()
    return EXIT_OK


def configure_logging() -> None:
    """The hub's log: one JSON object a line on standard error, from every process (serve, its workers, worker)."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLogFormatter())
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)


class JsonLogFormatter(logging.Formatter):
    """One JSON object per log line (time, level, logger, message), for log collectors; the time in UTC, ISO 8601
    with its offset and milliseconds, whatever the machine's zone (2026-03-01T09:15:02.118+00:00)."""

    def format(self, record: logging.LogRecord) -> str:
        import datetime as dt

        at = dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds")
        entry = {"time": at, "level": record.levelname,
                 "logger": record.name, "message": record.getMessage()}
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)
