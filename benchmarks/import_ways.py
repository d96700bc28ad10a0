"""The import of one CSV file two ways, or by two trees of the code, alternately, each in a fresh process
(issue 14):

    python benchmarks/import_ways.py FILE.csv [RUNS]
    python benchmarks/import_ways.py FILE.csv [RUNS] --tree before=DIR --tree after=DIR [--leave-peaks yes|no]

"parallel": read once in a second process while this one writes (``labnet.catalogue.import_worker``);
"serial": read twice in one process (``import_streaming.PARALLEL_MIN_BYTES`` out of reach), the
import before it.  With ``--tree NAME=DIR`` (each DIR holding a ``labnet`` package laid out as
installed, e.g. ``git archive`` of a commit put through ``scripts/package_tree.py`` and copied with
``cp -rL``), the parallel import of each tree instead, run from outside the repository with
``PYTHONPATH=DIR`` (the reading process runs the same tree).  ``--leave-peaks`` fixes who makes the
peak tables' JSON (``import_worker.LEAVE_PEAKS``: yes the importing process, no the reading one;
default: whichever waits), in a tree that has the setting.  Prints one JSON line per run: wall and
CPU seconds of the importing process and of the reading process, the peak memory of each (VmHWM),
the rows inserted and the load average before and after.
``benchmarks/catalogue.py`` measures the import with the rest of the catalogue's budgets; this
compares the two ways under the same load on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_RUN = r'''
import gc, json, os, shutil, sys, tempfile, time
from pathlib import Path
from labnet.catalogue import import_streaming, import_worker
from labnet.catalogue.importing import import_file
from labnet.catalogue.store import Catalogue
mode, path, leave = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
import_streaming.PARALLEL_MIN_BYTES = 0 if mode == "parallel" else 1 << 62
if leave != "auto":
    import_worker.LEAVE_PEAKS = leave == "yes"
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


def _run(mode: str, path: Path, leave: str, pythonpath: str, cwd: str | None) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([pythonpath, *filter(None, [os.environ.get("PYTHONPATH")])])}
    load = round(os.getloadavg()[0], 2)
    done = subprocess.run([sys.executable, "-c", _RUN, mode, str(path), leave], capture_output=True, text=True,
                          env=env, check=True, cwd=cwd)
    return {"load_before": load, **json.loads(done.stdout.strip().splitlines()[-1])}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("runs", type=int, nargs="?", default=2)
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=DIR",
                        help="a tree of the code (labnet laid out as installed) to run, alternately with the others")
    parser.add_argument("--leave-peaks", choices=("yes", "no", "auto"), default="auto")
    args = parser.parse_args(argv)
    path = args.file.resolve()
    trees = [(name, str(Path(folder).resolve())) for name, _, folder in (t.partition("=") for t in args.tree)]
    outside = tempfile.gettempdir()  # not the checkout: its folders would shadow a tree's labnet
    for _ in range(args.runs):
        if trees:
            for name, folder in trees:
                print(json.dumps({"tree": name, **_run("parallel", path, args.leave_peaks, folder, outside)}),
                      flush=True)
        else:
            for mode in ("parallel", "serial"):
                print(json.dumps(_run(mode, path, args.leave_peaks, str(ROOT), None)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
