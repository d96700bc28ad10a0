"""benchmarks/hub_scale.py at a tiny size, on both stores: it runs, and its figures add up (every upload
completed and receipted, every seeded record counted, the new bundle linked)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_hub_scale_benchmark_smoke():
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "hub_scale.py"), "--store", "both",
                           "--crowd", "3", "--readings", "20", "--network", "6000", "--new-records", "100"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert [c["store"] for c in figures["crowd"]] == ["sqlite", "postgresql"]
    for crowd in figures["crowd"]:
        assert crowd["uploads_completed"] == 3 and crowd["refused"] == {}
        assert 0 <= crowd["queue_drain_after_uploads_s"] <= crowd["last_receipt_s"]
        assert crowd["records_accepted"] == 3 * 5
        assert crowd["bulletin_reads"] == 20 and crowd["bulletin_refused"] == {}
        assert crowd["cpu_s"]["serve_processes"] is not None
    assert figures["crowd"][1]["cpu_s"]["postgres_server"] is not None
    for network in figures["network"]:
        assert network["records"] == 6000
        assert network["link_job"]["links"] > 0   # half the new bundle comes from the real laboratory's batches
    assert figures["network"][0]["link_job"]["links"] == figures["network"][1]["link_job"]["links"]
