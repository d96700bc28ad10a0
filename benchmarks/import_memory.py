"""The import's peak memory at any size (issue 23: ≤ 200 MB), CSV and workbooks:

    python benchmarks/import_memory.py WORKDIR [--csv 10000,100000,300000,1000000] [--xlsx 100000,300000]

For each size, writes the demo generator's profiling results (as ``benchmarks/catalogue.py`` does; a
workbook by ``catalogue_xlsx.workbook``) into WORKDIR (kept there and reused), then imports it into a
new catalogue in a child process that does only that (``benchmarks/catalogue.py --memory-child
import_file``) and prints one JSON line: the importing process's own high-water mark (VmHWM), the
reading process's (``import_worker``, a CSV of 4 MB or more), their sum (both peak near the end), the
rows inserted, wall and CPU seconds, the load average.  ``--whole-workbook`` imports each workbook
the way one the streaming reader leaves aside is imported (an error cell, an ISO date cell…): read whole
by python-calamine (``tabular_calamine``), for what that path costs.  ``benchmarks/catalogue.py --memory-rows`` also
runs the csv module + sqlite-utils floor beside each size; this runs the import alone, so that a
1,000,000-row file takes minutes, not a quarter of an hour.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


# The memory child with the workbook's streaming reader declining every workbook (as it declines one with an
# error cell): importing._import then reads the whole sheet.
_WHOLE = """
import sys
sys.path.insert(0, sys.argv[1])
from labnet.catalogue import import_workbook
from labnet.catalogue.tabular_sheet_stream import _StreamDiffers
def declined(*args, **kwargs):
    raise _StreamDiffers()
import_workbook.StreamBook = declined
from benchmarks.catalogue import main
sys.exit(main(sys.argv[2:]))
"""


def sizes(text: str) -> list[int]:
    return [int(n) for n in text.split(",") if n.strip()]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--csv", type=sizes, default=sizes("10000,100000,300000,1000000"))
    parser.add_argument("--xlsx", type=sizes, default=sizes("100000,300000"))
    parser.add_argument("--whole-workbook", action="store_true")
    args = parser.parse_args(argv)
    from benchmarks.catalogue_xlsx import workbook
    from benchmarks.profile_catalogue import SEED
    from labnet.catalogue.demo import demo_profile_rows_csv

    work = args.workdir.resolve()
    work.mkdir(parents=True, exist_ok=True)
    files = []
    for rows in args.csv:
        path = work / f"memory-{rows}.csv"
        if not path.exists():
            demo_profile_rows_csv(path, rows, seed=SEED)
        files.append(("csv", rows, path))
    for rows in args.xlsx:
        files.append(("xlsx", rows, workbook(work, rows)))
    for kind, rows, path in files:
        target = work / f"catalogue-{kind}-{rows}"
        shutil.rmtree(target, ignore_errors=True)
        command = [sys.executable, str(ROOT / "benchmarks" / "catalogue.py"), "--memory-child", "import_file",
                   str(path), str(target)]
        if kind == "xlsx" and args.whole_workbook:
            command[1:2] = ["-c", _WHOLE, str(ROOT)]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        child = json.loads(done.stdout.strip().splitlines()[-1])
        if kind == "xlsx" and args.whole_workbook:
            child["read"] = "whole (calamine)"
        shutil.rmtree(target, ignore_errors=True)
        print(json.dumps({"format": kind, "rows": rows, "mb": round(path.stat().st_size / 1e6, 1), **child,
                          "load": round(os.getloadavg()[0], 2)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
