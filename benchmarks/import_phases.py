"""When each serial part of the parallel CSV import happens, in the importing process (issue 14):

    python benchmarks/import_phases.py FILE.csv [--cache-mib N] [--no-autocheckpoint]

Imports FILE (profiling results) into a new catalogue with the reading in a second process
(``labnet.catalogue.import_worker``) and prints, for each step, the wall seconds since the import
began and this process's CPU seconds: the reading process started, the file's digest, the header
and the first chunks received (and how long this process waited for them), the end of the reading,
and ``UpsertWriter.finish`` (the audit entries and the commit).  Then one JSON line as
``benchmarks/import_ways.py`` prints, with ``waited_s``: how long this process waited for the reading
process's messages in all (the reading is then the slower of the two).  ``--cache-mib`` sets the import's page cache
(``upsert_write.IMPORT_CACHE_MIB``); ``--no-autocheckpoint`` turns SQLite's WAL checkpoint after the
commit off, to see what the checkpoint costs (for measuring only: the catalogue's close or its next
write then pays it).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from labnet.catalogue import import_chunks, import_streaming, import_worker, upsert_write
from labnet.catalogue.importing import import_file
from labnet.catalogue.store import Catalogue


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--cache-mib", type=int)
    parser.add_argument("--no-autocheckpoint", action="store_true")
    args = parser.parse_args(argv)
    import_streaming.PARALLEL_MIN_BYTES = 0
    if args.cache_mib is not None:
        import_chunks.IMPORT_CACHE_MIB = args.cache_mib
    began, log = [0.0], []

    def cpu() -> float:
        t = os.times()
        return t.user + t.system

    def mark(name: str) -> None:
        log.append((time.perf_counter() - began[0], cpu(), name))

    def timed(owner: object, attr: str, name: str) -> None:
        inner = getattr(owner, attr)

        def wrapper(*a: object, **k: object) -> object:
            mark(name + " begins")
            try:
                return inner(*a, **k)
            finally:
                mark(name + " ends")
        setattr(owner, attr, wrapper)

    timed(import_worker, "_start", "starting the reading process")
    timed(import_worker, "_digest_and_lines", "the file's digest and lines")
    timed(upsert_write.UpsertWriter, "finish", "UpsertWriter.finish (audit entries, commit)")
    receive, received, waited = import_worker._receive, [0], [0.0]

    def receiving(*a: object) -> tuple:
        t = time.perf_counter()
        message = receive(*a)  # type: ignore[arg-type]
        received[0] += 1
        waited[0] += time.perf_counter() - t
        if received[0] <= 3 or message[0] != "chunk":
            mark(f"received {message[0]!r} (#{received[0]}, waited {time.perf_counter() - t:.3f} s)")
        return message
    import_worker._receive = receiving  # type: ignore[assignment]
    if args.no_autocheckpoint:
        init = upsert_write.UpsertWriter.__init__

        def no_checkpoint(self: upsert_write.UpsertWriter, cat: Catalogue, *a: object, **k: object) -> None:
            cat.conn.execute("PRAGMA wal_autocheckpoint = 0")
            init(self, cat, *a, **k)  # type: ignore[arg-type]
        upsert_write.UpsertWriter.__init__ = no_checkpoint  # type: ignore[method-assign]

    work = Path(tempfile.mkdtemp(prefix="labnet-import-phases-"))
    try:
        with Catalogue.open(work, user="benchmark") as cat:
            gc.collect()
            start_cpu, before = cpu(), os.times()
            began[0] = time.perf_counter()
            report = import_file(cat, "profiling_result", args.file.resolve())
            mark("import_file returned")
            after = os.times()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for wall, used, name in log:
        print(f"{wall:7.3f} s wall {used - start_cpu:7.3f} s CPU  {name}")
    print(json.dumps({"wall_s": round(log[-1][0], 2),
                      "cpu_s": round(after.user + after.system - before.user - before.system, 2),
                      "reader_cpu_s": round(after.children_user + after.children_system
                                            - before.children_user - before.children_system, 2),
                      "waited_s": round(waited[0], 2), "rows": report.inserted,
                      "load": round(os.getloadavg()[0], 2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
