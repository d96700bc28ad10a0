"""The import's peak memory at any size (issue 23: ≤ 200 MB), CSV and workbooks:

    python benchmarks/import_memory.py WORKDIR [--csv 10000,100000,300000,1000000] [--xlsx 100000,300000]

For each size, writes the demo generator's profiling results (as ``benchmarks/catalogue.py`` does; a
workbook by ``catalogue_xlsx.workbook``) into WORKDIR (kept there and reused), then imports it into a
new catalogue in a child process that does only that (``benchmarks/catalogue.py --memory-child
import_file``) and prints one JSON line: the importing process's own high-water mark (VmHWM), the
reading process's (``import_worker``, a CSV of 4 MB or more), their sum (both peak near the end), the
rows inserted, wall and CPU seconds, the load average.  ``--aside KIND`` imports a copy of each workbook
holding what the streaming reader leaves to calamine or openpyxl: ``iso-date``, every seizure date an ISO
date cell (``t="d"``, read by calamine); ``error``, one ``#N/A`` error cell (the workbook read by openpyxl).
``--whole-workbook`` imports each workbook the way the import read a workbook it did not stream before
issue 23's fallback in chunks: the whole table held (``importing._import``), for what that path costs.  ``benchmarks/catalogue.py --memory-rows`` also
runs the csv module + sqlite-utils floor beside each size; this runs the import alone, so that a
1,000,000-row file takes minutes, not a quarter of an hour.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


# The memory child with the import in chunks declining every workbook, as it declined one the streaming
# reader leaves aside before issue 23's fallback in chunks: importing._import then holds the whole table.
_WHOLE = """
import sys
sys.path.insert(0, sys.argv[1])
from labnet.catalogue import importing
importing.import_workbook = lambda *args, **kwargs: None
from benchmarks.catalogue import main
sys.exit(main(sys.argv[2:]))
"""


_ISO_DATE = (re.compile(r'<c r="D(\d+)" t="inlineStr"><is><t>(\d{4}-\d\d-\d\d)</t></is></c>'),
             r'<c r="D\1" t="d"><v>\2T00:00:00</v></c>')
_ERROR = (re.compile(r'<c r="AC2" t="inlineStr"><is><t>[^<]*</t></is></c>'), '<c r="AC2" t="e"><v>#N/A</v></c>')
ASIDE = {"iso-date": _ISO_DATE, "error": _ERROR}


def aside(path: Path, kind: str) -> Path:
    """A copy of workbook ``path`` with its sheet's cells changed as ``kind`` says (``ASIDE``); kept and reused."""
    import zipfile

    out = path.with_name(f"{path.stem}-{kind}.xlsx")
    if out.exists():
        return out
    pattern, replacement = ASIDE[kind]
    changed = 0
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out.with_suffix(".part"), "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if not info.filename.startswith("xl/worksheets/"):
                dst.writestr(info, src.read(info))
                continue
            with src.open(info) as fh, dst.open(info.filename, "w", force_zip64=True) as sink:
                tail = ""
                while block := fh.read(1 << 20):
                    text = tail + block.decode("utf-8", errors="surrogateescape")
                    cut = text.rfind("</row>") + 6 if "</row>" in text else 0
                    done, n = pattern.subn(replacement, text[:cut])
                    changed += n
                    sink.write(done.encode("utf-8", errors="surrogateescape"))
                    tail = text[cut:]
                sink.write(tail.encode("utf-8", errors="surrogateescape"))
    if not changed:
        raise SystemExit(f"{path}: no cell to change for --aside {kind}")
    out.with_suffix(".part").rename(out)
    return out


def sizes(text: str) -> list[int]:
    return [int(n) for n in text.split(",") if n.strip()]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--csv", type=sizes, default=sizes("10000,100000,300000,1000000"))
    parser.add_argument("--xlsx", type=sizes, default=sizes("100000,300000"))
    parser.add_argument("--aside", choices=sorted(ASIDE))
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
        made = workbook(work, rows)
        files.append(("xlsx", rows, aside(made, args.aside) if args.aside else made))
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
            child["read"] = "whole table"
        if kind == "xlsx" and args.aside:
            child["aside"] = args.aside
        shutil.rmtree(target, ignore_errors=True)
        print(json.dumps({"format": kind, "rows": rows, "mb": round(path.stat().st_size / 1e6, 1), **child,
                          "load": round(os.getloadavg()[0], 2)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
