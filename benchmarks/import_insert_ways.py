"""The import's records INSERT, replayed several ways on a new catalogue (issue 14):

    python benchmarks/import_insert_ways.py FILE.csv [RUNS]

Imports FILE (profiling results) once into a scratch catalogue to get the rows exactly as the import
stores them (SQL form, system fields first, ``pk`` left out), then writes them again into a new
catalogue, 1,000 rows a statement group as the import does, in one transaction, each way in turn:

- ``bind``: ``executemany`` of one row's 38 values (the import's way, ``Catalogue._insert_rows``);
- ``json``: one JSON text per chunk, read by ``INSERT … SELECT j.value ->> 0, … FROM json_each(?)``
  (as ``upsert_write.log_inserts`` writes the change log);
- ``values25``: ``executemany`` of 25 rows per statement (a multi-row ``VALUES``);
- ``bind_rebuilt``: ``bind`` with the table's indexes other than its keys dropped first and created
  again after the last row, in the same transaction.

Each way's rows are read back and compared with the originals (value and type).  Prints one JSON line
per way and run: CPU seconds of the inserts, of the index builds and of the COMMIT (FTS and change log
left out: the same in every way), and the load average.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from labnet.catalogue.importing import import_file
from labnet.catalogue.store import Catalogue

TABLE = "profiling_results"
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False, allow_nan=False)


def stored_rows(csv_path: Path, work: Path) -> tuple[list[str], list[tuple]]:
    with Catalogue.open(work / "source", user="benchmark") as cat:
        import_file(cat, "profiling_result", csv_path)
        cols = [r[1] for r in cat.conn.execute(f"PRAGMA table_info({TABLE})") if r[1] != "pk"]
        rows = [tuple(r) for r in cat.conn.execute(f"SELECT {', '.join(cols)} FROM {TABLE} ORDER BY pk")]
    return cols, rows


def replay(way: str, cols: list[str], rows: list[tuple], work: Path) -> dict:
    folder = work / way
    shutil.rmtree(folder, ignore_errors=True)
    with Catalogue.open(folder, user="benchmark") as cat:
        conn = cat.conn
        conn.execute("PRAGMA cache_size = -32768")  # upsert_write.IMPORT_CACHE_MIB
        one = "(" + ", ".join("?" * len(cols)) + ")"
        names = ", ".join(cols)
        single = f"INSERT INTO {TABLE} ({names}) VALUES {one}"
        t0 = time.process_time()
        conn.execute("BEGIN IMMEDIATE")
        dropped = []
        if way == "bind_rebuilt":
            dropped = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
                                   " AND sql IS NOT NULL AND name NOT LIKE '%natural_key'", (TABLE,)).fetchall()
            for name, _ in dropped:
                conn.execute(f"DROP INDEX {name}")
        for start in range(0, len(rows), 1000):
            chunk = rows[start:start + 1000]
            if way == "json":
                conn.execute(f"INSERT INTO {TABLE} ({names}) SELECT "
                             + ", ".join(f"j.value ->> {i}" for i in range(len(cols)))
                             + " FROM json_each(?) AS j ORDER BY j.key", (_JSON.encode(chunk),))
            elif way == "values25":
                full = len(chunk) // 25 * 25
                flat = list(itertools.chain.from_iterable(chunk[:full]))
                step = 25 * len(cols)
                conn.executemany(f"INSERT INTO {TABLE} ({names}) VALUES {', '.join([one] * 25)}",
                                 [flat[i:i + step] for i in range(0, len(flat), step)])
                conn.executemany(single, chunk[full:])
            else:
                conn.executemany(single, chunk)
        t1 = time.process_time()
        for _, sql in dropped:
            conn.execute(sql)
        t2 = time.process_time()
        conn.execute("COMMIT")
        t3 = time.process_time()
        back = [tuple(r) for r in conn.execute(f"SELECT {names} FROM {TABLE} ORDER BY pk")]
        same = back == rows and all(type(a) is type(b) for x, y in zip(back, rows) for a, b in zip(x, y))
    shutil.rmtree(folder, ignore_errors=True)
    return {"way": way, "insert_cpu_s": round(t1 - t0, 2), "index_build_cpu_s": round(t2 - t1, 2),
            "commit_cpu_s": round(t3 - t2, 2), "total_cpu_s": round(t3 - t0, 2), "same_rows": same,
            "load": round(os.getloadavg()[0], 2)}


def main(argv: list[str]) -> int:
    csv_path, runs = Path(argv[0]).resolve(), int(argv[1]) if len(argv) > 1 else 2
    work = Path(tempfile.mkdtemp(prefix="labnet-insert-ways-"))
    try:
        cols, rows = stored_rows(csv_path, work)
        for _ in range(runs):
            for way in ("bind", "bind_rebuilt", "json", "values25"):
                print(json.dumps(replay(way, cols, rows, work)), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
