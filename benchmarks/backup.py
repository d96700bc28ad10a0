"""How long a one-file backup, its check and a restore take, and how big the file is.

    python benchmarks/backup.py [--profiles 100000] [--workdir DIR]

Builds the demo catalogue (``labnet.catalogue.demo.create_demo_catalogue``: its
standards with certificates, training records, accounts, and ``--profiles``
profiling results), then times ``labnet.catalogue.backup.backup`` (snapshot, zip,
read back and verified), ``check`` (``labnet restore --check-only``) and
``restore`` into an empty folder, each verification being the full
``integrity.verify``.  Prints ONE JSON line, with the load average (the
machine may be shared).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path, where benchmarks/catalogue.py would shadow
# the catalogue package: put the repository root there instead (as benchmarks/catalogue.py does).
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from labnet.catalogue import backup  # noqa: E402
from labnet.catalogue.demo import create_demo_catalogue  # noqa: E402
from labnet.catalogue.store import Catalogue  # noqa: E402


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, round(time.perf_counter() - start, 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profiles", type=int, default=100_000, help="profiling results in the demo catalogue")
    parser.add_argument("--workdir", type=Path, help="work here and keep the files (default: a temporary folder)")
    args = parser.parse_args(argv)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="labnet-backup-bench-"))
    try:
        shutil.rmtree(work / "run", ignore_errors=True)
        (work / "run").mkdir(parents=True)
        lab, usb = work / "run" / "lab", work / "run" / "usb"
        usb.mkdir()
        _, build_s = timed(lambda: create_demo_catalogue(lab, profiles=args.profiles))
        with Catalogue.open(lab, user="admin") as cat:
            info, backup_s = timed(lambda: backup.backup(cat, usb))
        _, check_s = timed(lambda: backup.check(info.path, lab))
        _, restore_s = timed(lambda: backup.restore(work / "run" / "new", info.path, backup.as_user("admin")))
        print(json.dumps({
            "profiles": args.profiles, "records": info.records, "attachments": info.attachments,
            "catalogue_db_bytes": (lab / "catalogue.db").stat().st_size, "backup_file_bytes": info.size,
            "build_s": build_s, "backup_s": backup_s, "check_only_s": check_s, "restore_s": restore_s,
            "load_average": [round(x, 2) for x in os.getloadavg()], "cpus": os.cpu_count()}))
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
