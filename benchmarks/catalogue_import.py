"""The import half of ``benchmarks/catalogue.py`` (see its docstring): ``import_file`` of a CSV of
profiling results beside a row-by-row ``Catalogue.add`` loop and the csv module + sqlite-utils
``insert_all``, and the import's peak memory at several sizes, each in a child process
(``benchmarks/catalogue.py --memory-child``)."""

from __future__ import annotations

import csv
import gc
import itertools
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.profile_catalogue import SEED, log
from labnet.catalogue.demo import demo_profile_rows_csv
from labnet.catalogue.store import Catalogue

MAIN = Path(__file__).resolve().parent / "catalogue.py"  # the script a memory child runs


def max_rss_mb() -> float | None:
    try:
        import resource  # not on Windows
    except ImportError:
        return None
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # Linux: KiB


# --- import -------------------------------------------------------------------------

def csv_rows_as_records(path: Path, limit: int) -> list[dict[str, Any]]:
    """The first ``limit`` rows, as the naive loop would hand them to ``Catalogue.add``."""
    out = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in itertools.islice(csv.DictReader(f), limit):
            record = {k: v for k, v in row.items() if not k.startswith("peak:")}
            record["peaks"] = {k[5:]: v for k, v in row.items() if k.startswith("peak:") and v != ""}
            out.append(record)
    return out


def bench_import(work: Path, import_rows: int, naive_rows: int) -> dict[str, Any]:
    from labnet.catalogue.importing import import_file

    result: dict[str, Any] = {}
    work.mkdir(parents=True, exist_ok=True)
    path = work / "profiles.csv"
    t = time.perf_counter()
    demo_profile_rows_csv(path, import_rows, seed=SEED)
    result["import_csv_written_s"] = round(time.perf_counter() - t, 2)
    result["import_csv_mb"] = round(path.stat().st_size / 1e6, 1)

    log(f"import_file: {import_rows:,} rows")
    with Catalogue.open(work / "import", user="benchmark") as cat:
        gc.collect()
        load_before = os.getloadavg()[0]
        t, before = time.perf_counter(), os.times()
        report = import_file(cat, "profiling_result", path)
        elapsed, after = time.perf_counter() - t, os.times()
        load_after = os.getloadavg()[0]
        stored = cat.count("profiling_result")
    cpu, reader = _cpu(before, after)
    result["import_rows"] = import_rows
    result["import_file_s"] = round(elapsed, 2)
    # CPU seconds too: on a shared machine the wall clock also counts the other processes' turns.
    # The file is read in a second process (catalogue.import_worker) while this one writes: each
    # process's CPU time is a floor for the wall time on an idle machine, their sum the work done.
    result["import_file_cpu_s"] = round(cpu, 2)
    result["import_file_reader_cpu_s"] = round(reader, 2)
    result["import_file_cpu_total_s"] = round(cpu + reader, 2)
    result["import_file_rows_per_s"] = round(import_rows / elapsed)
    result["import_file_s_per_100k"] = round(elapsed * 100_000 / import_rows, 2)
    result["import_rows_stored"] = stored
    # The one-minute load average before and after (the import's own two processes count in the second):
    # on a shared machine, whether the wall time says anything about the budget.
    result["import_load_before"], result["import_load_after"] = round(load_before, 2), round(load_after, 2)
    result["import_report"] = _report_summary(report)

    log(f"naive Catalogue.add loop: {naive_rows:,} rows")
    records = csv_rows_as_records(path, naive_rows)
    with Catalogue.open(work / "naive", user="benchmark") as cat:
        gc.collect()
        t = time.perf_counter()
        for record in records:
            cat.add("profiling_result", record)
        naive = time.perf_counter() - t
    result[f"naive_add_loop_{naive_rows}_rows_s"] = round(naive, 2)
    result[f"naive_add_loop_s_per_{import_rows}_extrapolated_from_{naive_rows}"] = round(
        naive * import_rows / naive_rows, 1)
    result["import_speedup_vs_naive"] = round(naive * import_rows / naive_rows / elapsed, 1)

    log(f"csv module + sqlite-utils insert_all: {import_rows:,} rows")
    gc.collect()
    t = time.perf_counter()
    stored_plain = csv_plus_insert_all(path, work / "plain.db")
    result["csv_module_plus_sqlite_utils_insert_all_s"] = round(time.perf_counter() - t, 2)
    result["csv_module_plus_sqlite_utils_insert_all_rows"] = stored_plain
    result["import_vs_csv_plus_insert_all"] = round(elapsed / max(result["csv_module_plus_sqlite_utils_insert_all_s"],
                                                                  1e-9), 1)
    return result


def bench_import_memory(work: Path, sizes: list[int]) -> dict[str, Any]:
    """Peak memory (the high-water mark of a child process that does only that) of ``import_file`` and of the
    csv module + sqlite-utils ``insert_all`` on the same CSV files of ``sizes`` rows; the child's
    memory after its imports, before reading the file, is reported as the baseline."""
    out: dict[str, Any] = {}
    work.mkdir(parents=True, exist_ok=True)
    for rows in sizes:
        path = work / f"memory-{rows}.csv"
        log(f"peak memory: {rows:,} rows")
        demo_profile_rows_csv(path, rows, seed=SEED)
        for what in ("import_file", "csv_plus_insert_all"):
            target = work / f"memory-{rows}-{what}"
            done = subprocess.run([sys.executable, str(MAIN), "--memory-child", what, str(path),
                                   str(target)], capture_output=True, text=True, check=True)
            child = json.loads(done.stdout.strip().splitlines()[-1])
            out[f"{what}_{rows}_rows"] = child
            shutil.rmtree(target, ignore_errors=True)
        out[f"csv_mb_{rows}_rows"] = round(path.stat().st_size / 1e6, 1)
        path.unlink()
    return out


def memory_child(what: str, path: Path, target: Path) -> int:
    """One measured run in this process (``--memory-child``): prints its peak and baseline memory.

    The peak is the process's own high-water mark (VmHWM of /proc/self/status, where there is one):
    Linux's ``ru_maxrss`` keeps the parent's size across fork and exec, so a child started by a
    benchmark that has just imported 100,000 rows would report that too."""
    import sqlite_utils  # noqa: F401 - loaded before the baseline, like catalogue

    from labnet.catalogue.importing import import_file

    baseline = _memory_mb("VmRSS")
    t, before = time.perf_counter(), os.times()
    if what.startswith("import_file"):  # "import_file:cp1251": the file's encoding named, as --encoding does
        encoding = what.partition(":")[2] or None
        with Catalogue.open(target, user="benchmark") as cat:
            report = import_file(cat, "profiling_result", path, encoding=encoding)
            rows = report.inserted
    else:
        target.mkdir(parents=True, exist_ok=True)
        rows = csv_plus_insert_all(path, target / "plain.db")
    elapsed, after = time.perf_counter() - t, os.times()
    cpu, reader = _cpu(before, after)
    peak = _memory_mb("VmHWM")
    # The reading process's own high-water mark (catalogue.import_worker): both run at once, so the
    # import's peak is at most the sum.
    reader_peak = _reader_peak_mb() if what.startswith("import_file") else None
    print(json.dumps({"peak_mb": peak, "reader_peak_mb": reader_peak,
                      "peak_total_mb": round((peak or 0) + (reader_peak or 0), 1), "baseline_mb": baseline,
                      "rows": rows, "s": round(elapsed, 2), "cpu_s": round(cpu, 2), "reader_cpu_s": round(reader, 2)}))
    return 0


def _cpu(before: os.times_result, after: os.times_result) -> tuple[float, float]:
    """(this process's CPU seconds, its waited-for children's) between two ``os.times()``."""
    return (after.user + after.system - before.user - before.system,
            after.children_user + after.children_system - before.children_user - before.children_system)


def _reader_peak_mb() -> float | None:
    """The peak memory the import's reading process reported (its own VmHWM; ru_maxrss of a child
    also counts this process's size when it was started)."""
    from labnet.catalogue import import_worker

    kib = import_worker.last_reader_peak_kib
    return None if kib is None else round(kib / 1024, 1)


def _memory_mb(field: str) -> float | None:
    """VmHWM (peak) or VmRSS (now) of this process in MB; elsewhere than Linux, ru_maxrss."""
    try:
        for row in Path("/proc/self/status").read_text().splitlines():
            if row.startswith(field + ":"):
                return round(int(row.split()[1]) / 1024, 1)  # kB
    except OSError:
        pass
    return max_rss_mb()


def csv_plus_insert_all(path: Path, db_path: Path) -> int:
    """The floor: the file read by the csv module and its rows written as they are (text, no checks,
    no audit, no change log, no search index) by sqlite-utils ``insert_all`` in one transaction."""
    import sqlite_utils

    db = sqlite_utils.Database(db_path)
    with path.open(encoding="utf-8-sig", newline="") as f:
        with db.conn:
            db["rows"].insert_all(csv.DictReader(f), batch_size=1000)
    count = db["rows"].count
    db.conn.close()
    return count


def _report_summary(report: Any) -> dict[str, Any]:
    data = report.to_dict() if hasattr(report, "to_dict") else {}
    keys = ("rows_read", "inserted", "updated", "unchanged", "invalid_rows", "skipped", "written", "refused")
    return {k: data[k] for k in keys if k in data}


# --- the big catalogue ---------------------------------------------------------------
