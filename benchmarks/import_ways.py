"""The import of one CSV file both ways, alternately, each in a fresh process (issue 14):

    python benchmarks/import_ways.py FILE.csv [RUNS]

"parallel": read once in a second process while this one writes (``labnet.catalogue.import_worker``);
"serial": read twice in one process (``import_streaming.PARALLEL_MIN_BYTES`` out of reach), the
import before it.  Prints one JSON line per run: wall and CPU seconds of the importing process and
of the reading process, the peak memory of each (VmHWM), the rows inserted and the load average.
``benchmarks/catalogue.py`` measures the import with the rest of the catalogue's budgets; this
compares the two ways under the same load on a shared machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_RUN = r'''
import gc, json, os, shutil, sys, tempfile, time
from pathlib import Path
from labnet.catalogue import import_streaming, import_worker
from labnet.catalogue.importing import import_file
from labnet.catalogue.store import Catalogue
mode, path = sys.argv[1], Path(sys.argv[2])
import_streaming.PARALLEL_MIN_BYTES = 0 if mode == "parallel" else 1 << 62
work = Path(tempfile.mkdtemp(prefix="labnet-import-ways-"))
try:
    with Catalogue.open(work, user="benchmark") as cat:
        gc.collect()
        t, before = time.perf_counter(), os.times()
        report = import_file(cat, "profiling_result", path)
        wall, after = time.perf_counter() - t, os.times()
finally:
    shutil.rmtree(work, ignore_errors=True)
peak = next(int(r.split()[1]) for r in open("/proc/self/status") if r.startswith("VmHWM:")) / 1024
reader_peak = (import_worker.last_reader_peak_kib or 0) / 1024 if mode == "parallel" else 0.0
print(json.dumps({"mode": mode, "wall_s": round(wall, 2),
                  "cpu_s": round(after.user + after.system - before.user - before.system, 2),
                  "reader_cpu_s": round(after.children_user + after.children_system
                                        - before.children_user - before.children_system, 2),
                  "peak_mb": round(peak, 1), "reader_peak_mb": round(reader_peak, 1),
                  "rows": report.inserted, "load": round(os.getloadavg()[0], 2)}))
'''


def main(argv: list[str]) -> int:
    path, runs = Path(argv[0]).resolve(), int(argv[1]) if len(argv) > 1 else 2
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    for _ in range(runs):
        for mode in ("parallel", "serial"):
            done = subprocess.run([sys.executable, "-c", _RUN, mode, str(path)], capture_output=True, text=True,
                                  env=env, check=True)
            print(done.stdout.strip().splitlines()[-1], flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
