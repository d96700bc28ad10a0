"""Reading a workbook to import: python-calamine beside openpyxl on the same rows (``benchmarks/catalogue.py
--xlsx-rows N``; issue 23).

A workbook of N generated profiling results (76 columns; written once by openpyxl and kept in the work
folder) is read to a ``Table`` by each reader in a child process of its own, which reports its wall and
CPU seconds and its peak memory (``ru_maxrss``: the high-water mark of a process that did only that);
the two tables are compared cell by cell (value and type) in a third child.  Then ``import_file`` of the
workbook (calamine's reading) into a new catalogue, wall and CPU seconds.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

_READ = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from labnet.catalogue.tabular_calamine import _read_calamine
from labnet.catalogue.tabular_xlsx import _read_openpyxl
path = Path({path!r})
wall, cpu = time.perf_counter(), time.process_time()
table = _read_{reader}(path, None, None, None)
print(json.dumps({{"seconds": round(time.perf_counter() - wall, 2), "cpu_seconds": round(time.process_time() - cpu, 2),
                  "rows": len(table.rows), "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}}))
"""

_SAME = """
import json, sys
sys.path.insert(0, {root!r})
from pathlib import Path
from labnet.catalogue.tabular_calamine import _read_calamine
from labnet.catalogue.tabular_xlsx import _read_openpyxl
path = Path({path!r})
a, b = _read_calamine(path, None, None, None), _read_openpyxl(path, None, None)
typed = lambda rows: [[(type(v), v) for v in row] for row in rows]
print(json.dumps(a.headers == b.headers and a.row_numbers == b.row_numbers and typed(a.rows) == typed(b.rows)))
"""


def _child(code: str) -> Any:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def workbook(work: Path, rows: int) -> Path:
    from labnet.catalogue.demo import demo_profile_rows_csv
    from labnet.catalogue.tabular import read_table, write_table

    path = work / f"profiles-{rows}.xlsx"
    if not path.exists():
        csv_path = work / f"profiles-{rows}-for-xlsx.csv"
        demo_profile_rows_csv(csv_path, rows, seed=23)
        table = read_table(csv_path)
        write_table(path, table.headers, table.rows)
        csv_path.unlink()
    return path


def bench_xlsx(work: Path, rows: int) -> dict[str, Any]:
    from benchmarks.profile_catalogue import log
    from labnet.catalogue.importing import import_file
    from labnet.catalogue.store import Catalogue

    work.mkdir(parents=True, exist_ok=True)
    log(f"a workbook of {rows:,} rows")
    path = workbook(work, rows)
    out: dict[str, Any] = {"xlsx_rows": rows, "xlsx_mb": round(path.stat().st_size / 1e6, 1)}
    for reader in ("calamine", "openpyxl"):
        log(f"read by {reader}")
        out[f"xlsx_read_{reader}"] = _child(_READ.format(root=str(ROOT), path=str(path), reader=reader))
    out["xlsx_cpu_openpyxl_over_calamine"] = round(out["xlsx_read_openpyxl"]["cpu_seconds"]
                                                   / max(out["xlsx_read_calamine"]["cpu_seconds"], 1e-9), 1)
    log("the two readings compared cell by cell")
    out["xlsx_readings_identical"] = _child(_SAME.format(root=str(ROOT), path=str(path)))
    log("import_file of the workbook")
    target = work / f"xlsx-import-{time.time_ns()}"
    with Catalogue.open(target, user="benchmark") as cat:
        wall, cpu = time.perf_counter(), time.process_time()
        report = import_file(cat, "profiling_result", path)
        out["xlsx_import_file_s"] = round(time.perf_counter() - wall, 2)
        out["xlsx_import_file_cpu_s"] = round(time.process_time() - cpu, 2)
        out["xlsx_import_rows_stored"] = report.inserted
    return out


__all__ = ["bench_xlsx", "workbook"]
