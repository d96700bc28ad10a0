"""``/metrics`` of ``labnet-hub serve --workers 2`` gives the hub's totals whichever worker process answers
(prometheus-client's multiprocess mode in a 0700 folder ``serve`` makes and removes): each worker takes one
laboratory's upload and ingest alone (the other frozen by SIGSTOP, so it accepts no connection meanwhile), then
each scrape — answered by one worker with the other frozen, then by either, then after a worker was killed and
replaced — counts both uploads.  (uvicorn's supervisor kills a worker that does not answer its ping for 5 s and
starts another: a frozen worker may be replaced meanwhile, which changes nothing to the totals asserted.)"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
from pathlib import Path

import pytest
import requests
from prometheus_client.parser import text_string_to_metric_families

from hub_server import enrol
from test_hub_workers import Command, _workers_of, bundle, new_hub, receipt, session, shares, upload, wait_until

pytestmark = pytest.mark.slow   # a hub with two worker processes


def samples(text: str) -> dict[tuple[str, frozenset], float]:
    """Every sample of a Prometheus text exposition by (name, labels), labels in any order."""
    return {(s.name, frozenset(s.labels.items())): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def metrics_dir_of(pid: int) -> Path:
    environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    [value] = [v.split(b"=", 1)[1] for v in environ if v.startswith(b"PROMETHEUS_MULTIPROC_DIR=")]
    return Path(value.decode())


@contextlib.contextmanager
def frozen(pid: int):
    """``pid`` stopped (it accepts no connection), then let go on (unless its supervisor replaced it meanwhile)."""
    with contextlib.suppress(ProcessLookupError):   # replaced already: nothing to freeze
        os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGCONT)


def test_every_scrape_of_two_workers_counts_the_hubs_totals(tmp_path):
    hub = new_hub(tmp_path / "hub")
    labs = [enrol(hub, "Lab Accra"), enrol(hub, "Lab Lomé")]
    sent = []
    for k, (lab, records) in enumerate(zip(labs, (5, 7))):
        with shares(tmp_path, hub, lab, f"lab{k}", records, seed=k + 1) as cat:
            sent.append(bundle(cat, lab, hub))
    key_id = hub.key_id
    hub.close()
    serve = Command(tmp_path / "hub", "serve", "--workers", "2")
    workers: list[int] = []
    try:
        wait_until(lambda: len(_workers_of(serve.process.pid)) == 2, 120, "two worker processes")
        workers = [int(pid) for pid in _workers_of(serve.process.pid)]
        folder = metrics_dir_of(workers[0])
        assert metrics_dir_of(workers[1]) == folder and stat.S_IMODE(folder.stat().st_mode) == 0o700
        for k, lab in enumerate(labs):
            with frozen(int(sorted(_workers_of(serve.process.pid))[1 - k])):   # the upload, its ingest and its receipt in workers[k] alone
                auth = session(serve.url, key_id, lab)
                upload(serve.url, auth, sent[k][1])
                receipt(serve.url, auth, sent[k][0].bundle_id)
        totals = {("labnet_hub_uploads_completed_total", frozenset()): 2.0,
                  ("labnet_hub_bundles_total", frozenset({("status", "processed"), ("reason", "")})): 2.0,
                  ("labnet_hub_records_accepted_total", frozenset()): 12.0,
                  ("labnet_hub_ingest_seconds_count", frozenset()): 2.0,
                  ("labnet_hub_ingest_queue_depth", frozenset()): 0.0}

        def scrape() -> dict:
            got = samples(requests.get(f"{serve.url}/metrics", timeout=30).text)
            return {key: got.get(key) for key in totals}

        for k in range(2):   # answered by the one not frozen
            with frozen(int(sorted(_workers_of(serve.process.pid))[k])):
                assert scrape() == totals
        for _ in range(6):   # answered by either
            assert scrape() == totals
        # A worker that dies: its counters stay in the hub's totals, the new worker's add to them.
        with contextlib.suppress(ProcessLookupError):
            os.kill(workers[0], signal.SIGKILL)
        wait_until(lambda: len(_workers_of(serve.process.pid)) == 2 and str(workers[0]) not in
                   _workers_of(serve.process.pid), 120, "a new worker process")
        for _ in range(6):
            assert scrape() == totals
        assert serve.stop() == 0
        assert not folder.exists()   # removed with the counters' files when serve ends
    finally:
        for pid in workers:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
        serve.stop()
