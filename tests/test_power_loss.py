"""Power loss: a process writing to the catalogue is killed (SIGKILL) at random moments.

After each kill the catalogue must open, pass ``PRAGMA integrity_check``, have
an audit chain that verifies, a change log with no gap, and hold exactly the
records whose transactions committed (each record's version matches the
change log).  Seeded, so a failure is reproducible.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from catalogue.store import Catalogue

WRITER = textwrap.dedent("""
    import sys, random
    sys.path.insert(0, {tests!r})
    from factories import profile
    from catalogue.records import record_type
    from catalogue.store import Catalogue
    rng = random.Random(int(sys.argv[2]))
    blank = dict.fromkeys(record_type("profiling_result").field_names)
    with Catalogue.open(sys.argv[1], user="writer") as cat:
        ids = [r["id"] for r in cat.iter_records("profiling_result")]
        n = len(ids)
        while True:
            n += 1
            choice = rng.random()
            if choice < 0.6 or not ids:
                ids.append(cat.add("profiling_result", profile(lab_sample_number=f"PL-{{n:06d}}"))["id"])
            elif choice < 0.8:
                # Bulk rows are complete, as the importer makes them.
                rows = [{{**blank, **profile(lab_sample_number=f"PLB-{{n:06d}}-{{i}}")}} for i in range(200)]
                cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", rows))
            elif choice < 0.95:
                cat.update("profiling_result", rng.choice(ids), {{"purity": round(rng.uniform(1, 90), 1)}})
            else:
                victim = ids.pop(rng.randrange(len(ids)))
                cat.delete("profiling_result", victim, reason="power-loss test")
            print(n, flush=True)
""")


def check_catalogue(folder) -> int:
    with Catalogue.open(folder, user="checker") as cat:
        assert cat.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert cat.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        report = cat.verify_audit()
        assert report.ok, report.problems
        seqs = [c.seq for c in cat.changes_since(0)]
        # AUTOINCREMENT never reuses a number; a rolled-back transaction leaves no row at all.
        assert seqs == sorted(seqs) and len(seqs) == len(set(seqs))
        latest = {}
        for change in cat.changes_since(0):
            latest[(change.kind, change.record_id)] = change
        live = {r["id"]: r["version"] for r in cat.iter_records("profiling_result")}
        for (kind, record_id), change in latest.items():
            if change.op == "delete":
                assert record_id not in live
            else:
                assert live[record_id] == change.version
        assert set(live) == {rid for (k, rid), c in latest.items() if c.op != "delete"}
        return len(live)


@pytest.mark.parametrize("seed", range(4))
def test_a_writer_killed_at_random_leaves_a_sound_catalogue(tmp_path, seed):
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(tests=os.path.dirname(__file__)))
    folder = tmp_path / "lab"
    rng = random.Random(seed)
    records = 0
    for trial in range(3):
        writer = subprocess.Popen([sys.executable, str(script), str(folder), str(seed * 10 + trial)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        # Wait until it writes, then kill it at a random moment (mid-transaction often enough).
        first = writer.stdout.readline()
        assert first, writer.stderr.read().decode()
        time.sleep(rng.uniform(0.05, 0.8))
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        records = check_catalogue(folder)
    assert records > 0
