"""Catalogue performance against the budgets in DESIGN.md ("Performance budgets").

    python benchmarks/catalogue.py [--rows 1000000] [--import-rows 100000]

Measures, each side by side with the obvious naive alternative in the same run:

- importing ``--import-rows`` profiling results from a CSV with
  ``labnet.catalogue.importing.import_file`` (budget: 100,000 rows in ≤ 5 s), against
  a row-by-row ``Catalogue.add`` loop over the first ``--naive-rows`` rows of
  the same file, extrapolated to ``--import-rows`` (the key names say so), and
  against the floor: the same file read by the csv module and written as it
  is by sqlite-utils ``insert_all`` (no checks, audit or index);
- a catalogue of ``--rows`` profiling results (built in chunks through
  ``plan_upsert``/``apply_upsert``, so it has its change log, audit entries
  and search index like a real one; the build time is reported, not
  budgeted), then: text search through ``queries.fetch``/``count`` (FTS5)
  against ``LIKE '%…%'`` over the same columns; filters with the indexes
  against the same SQL with ``NOT INDEXED``; the first page sorted by seizure
  date; opening the catalogue and showing its first page.  Budget: a search or
  filter answers (first page of 200, and its count) in ≤ 100 ms;
- the peak memory of the import (the high-water mark, VmHWM, of a child
  process doing only that) of CSV files of ``--memory-rows`` rows (10,000, 100,000 and 300,000),
  beside the csv module + sqlite-utils ``insert_all`` of the same files
  (issue 23's budget: ≤ 200 MB whatever the size);
- reading a workbook of ``--xlsx-rows`` profiling results (default 100,000; 0: not measured) by
  python-calamine and by openpyxl, each in a child process (wall and CPU seconds, peak memory), the
  two readings compared cell by cell, and ``import_file`` of the workbook
  (``benchmarks/catalogue_xlsx.py``);
- ``labnet.catalogue.integrity.verify`` of that catalogue (what ``labnet audit
  verify`` runs: the audit chain, every change-log digest against its entry,
  every record's digest recomputed), with its progress on stderr.  Budget:
  1,000,000 records in ≤ 20 s.  ``--skip-verify`` leaves it out.

Each query figure is the median of ``--repeat`` runs in milliseconds.  Prints
ONE JSON line on stdout; progress goes to stderr.  Works in a temporary folder
that is removed afterwards, unless ``--workdir`` is given (then kept, and a
catalogue of the right size found there is reused rather than rebuilt).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Run as a script, this file's folder comes first on sys.path, and its name would
# shadow the catalogue package: put the repository root there instead.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from benchmarks.catalogue_import import bench_import, bench_import_memory, memory_child  # noqa: E402
from benchmarks.profile_catalogue import build_profile_catalogue, log  # noqa: E402
from labnet.catalogue import queries  # noqa: E402
from labnet.catalogue.queries import Filter, Query  # noqa: E402
from labnet.catalogue.records import PROFILING_RESULT as RT  # noqa: E402
from labnet.catalogue.store import Catalogue  # noqa: E402

BUDGET_QUERY_MS = 100.0
BUDGET_IMPORT_S_PER_100K = 5.0
BUDGET_WINDOW_S = 1.5
BUDGET_VERIFY_S_PER_1M = 20.0
BUDGET_IMPORT_PEAK_MB = 200.0  # issue 23: an import's peak memory, whatever the file's size
PAGE = 200




def median_ms(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(times), 2)


def machine() -> dict[str, Any]:
    model = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:
        cpus = os.cpu_count()
    return {"cpus": cpus, "cpu": model, "os": platform.platform(), "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version}


def max_rss_mb() -> float | None:
    try:
        import resource  # not on Windows
    except ImportError:
        return None
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # Linux: KiB


def _like_where(text: str) -> tuple[str, list[str]]:
    """The naive search: the whole text as a substring of any searchable column."""
    pattern = "%" + text + "%"
    cols = RT.search_fields
    return "(" + " OR ".join(f"{c} LIKE ?" for c in cols) + ")", [pattern] * len(cols)


def bench_queries(db_dir: Path, repeat: int) -> dict[str, Any]:
    today = dt.date.today()
    half_year = (today - dt.timedelta(days=365)).isoformat(), (today - dt.timedelta(days=183)).isoformat()
    page_columns = list(RT.list_columns)
    out: dict[str, Any] = {}

    # What a user sees first: the catalogue opened, its size, its first page.
    gc.collect()
    t = time.perf_counter()
    with Catalogue.open(db_dir, user="benchmark") as cat:
        total = queries.count(cat, Query("profiling_result"))
        queries.fetch(cat, Query("profiling_result", order_by="seizure_date", descending=True),
                      limit=PAGE, columns=page_columns)
    out["open_count_first_page_sorted_ms"] = round((time.perf_counter() - t) * 1000, 1)
    out["rows"] = total

    cat = Catalogue.open(db_dir, user="benchmark")
    try:
        mid = cat.conn.execute("SELECT seizure_reference FROM profiling_results WHERE pk = ?",
                               (max(1, total // 2),)).fetchone()[0]
        prefix = "-".join(mid.split("-")[:3])
        searches = {
            "search_seizure_ref_exact": mid,
            "search_seizure_ref_prefix": prefix,
            "search_logo_word": "Tesla",
            "search_adulterant_common": "levamisole",
        }
        for name, text in searches.items():
            q = Query("profiling_result", search=text)
            where, params = _like_where(text)
            like_page = (f"SELECT {', '.join(['id', *page_columns])} FROM profiling_results WHERE {where}"
                         " ORDER BY pk LIMIT ?")
            like_count = f"SELECT count(*) FROM profiling_results WHERE {where}"
            out[name] = {
                "text": text,
                "matches": queries.count(cat, q),
                "fts_first_page_ms": median_ms(
                    lambda q=q: queries.fetch(cat, q, limit=PAGE, columns=page_columns), repeat),
                "fts_count_ms": median_ms(lambda q=q: queries.count(cat, q), repeat),
                "fts_count_at_most_10000_ms": median_ms(lambda q=q: queries.count(cat, q, at_most=10_000), repeat),
                "like_first_page_ms": median_ms(
                    lambda sql=like_page, p=params: cat.conn.execute(sql, [*p, PAGE]).fetchall(), repeat),
                "like_count_ms": median_ms(
                    lambda sql=like_count, p=params: cat.conn.execute(sql, p).fetchone(), repeat),
            }
            log(f"{name}: {out[name]}")

        q = Query("profiling_result", search="levamisole", filters=(Filter("seizure_country", "=", "GH"),))
        out["search_adulterant_and_country"] = _indexed_vs_not(cat, q, page_columns, repeat)
        log(f"search_adulterant_and_country: {out['search_adulterant_and_country']}")

        filters = {
            "filter_drug_and_date": (Filter("drug_type", "=", "cocaine"), Filter("seizure_date", ">=", half_year[0]),
                                     Filter("seizure_date", "<=", half_year[1])),
            "filter_country_and_date": (Filter("seizure_country", "=", "GH"),
                                        Filter("seizure_date", ">=", half_year[0]),
                                        Filter("seizure_date", "<=", half_year[1])),
            "filter_drug_country_date": (Filter("drug_type", "=", "mdma"), Filter("seizure_country", "=", "NG"),
                                         Filter("seizure_date", ">=", half_year[0]),
                                         Filter("seizure_date", "<=", half_year[1])),
            "filter_country": (Filter("seizure_country", "=", "SN"),),
        }
        for name, flt in filters.items():
            for order_name, order_by, desc in (("", None, False), ("_sorted_by_date_desc", "seizure_date", True)):
                q = Query("profiling_result", filters=flt, order_by=order_by, descending=desc)
                out[name + order_name] = _indexed_vs_not(cat, q, page_columns, repeat)
                log(f"{name + order_name}: {out[name + order_name]}")

        for name, desc in (("first_page_sorted_by_date_asc", False), ("first_page_sorted_by_date_desc", True)):
            q = Query("profiling_result", order_by="seizure_date", descending=desc)
            out[name] = _indexed_vs_not(cat, q, page_columns, repeat)
            log(f"{name}: {out[name]}")
        out["count_all_ms"] = median_ms(lambda: queries.count(cat, Query("profiling_result")), repeat)
        out["attention_ms"] = median_ms(lambda: queries.attention(cat), repeat)
    finally:
        cat.close()
    return out


class _Recorder:
    """Stands in for the catalogue's connection to see the SQL that queries.py runs."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn
        self.calls: list[tuple[str, list[Any]]] = []

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        self.calls.append((sql, list(params)))
        return self._conn.execute(sql, params)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def _sql_of(cat: Catalogue, run: Callable[[], Any]) -> tuple[str, list[Any]]:
    """The last statement ``run`` executed on the catalogue, with its parameters."""
    real, recorder = cat.conn, _Recorder(cat.conn)
    cat.conn = recorder
    try:
        run()
    finally:
        cat.conn = real
    return recorder.calls[-1]


def _not_indexed(sql: str) -> str:
    # The record table read without any of its indexes (rowid lookups stay allowed).
    return re.sub(r"\b(FROM|JOIN)\s+profiling_results\b(?!_)", r"\1 profiling_results NOT INDEXED", sql)


def _indexed_vs_not(cat: Catalogue, q: Query, columns: list[str], repeat: int) -> dict[str, Any]:
    """queries.fetch/count as they are, and the very same SQL with the indexes switched off."""
    page_sql, page_params = _sql_of(cat, lambda: queries.fetch(cat, q, limit=PAGE, columns=columns))
    count_sql, count_params = _sql_of(cat, lambda: queries.count(cat, q))
    plan = " / ".join(r[3] for r in cat.conn.execute("EXPLAIN QUERY PLAN " + page_sql, page_params))
    return {
        "matches": queries.count(cat, q),
        "first_page_ms": median_ms(lambda: queries.fetch(cat, q, limit=PAGE, columns=columns), repeat),
        "count_ms": median_ms(lambda: queries.count(cat, q), repeat),
        "count_at_most_10000_ms": median_ms(lambda: queries.count(cat, q, at_most=10_000), repeat),
        "no_index_first_page_ms": median_ms(
            lambda: cat.conn.execute(_not_indexed(page_sql), page_params).fetchall(), repeat),
        "no_index_count_ms": median_ms(
            lambda: cat.conn.execute(_not_indexed(count_sql), count_params).fetchall(), repeat),
        "plan": plan,
    }


def bench_verify(db_dir: Path) -> dict[str, Any]:
    """The whole integrity check of the big catalogue, once (it reads every row; a second run would
    mostly measure the page cache)."""
    from labnet.catalogue import integrity

    with Catalogue.open(db_dir, user="benchmark") as cat:
        shown = [0.0]

        def progress(done: int, total: int) -> None:
            if time.perf_counter() - shown[0] >= 2 or done == total:
                shown[0] = time.perf_counter()
                log(f"  verify: {done:,} of {total:,} rows")

        log("integrity.verify of the whole catalogue")
        gc.collect()
        t, cpu, children = time.perf_counter(), time.process_time(), os.times()
        report = integrity.verify(cat.conn, cat.data_dir / "attachments", progress)
        elapsed, cpu, ended = time.perf_counter() - t, time.process_time() - cpu, os.times()
    # CPU seconds too: on a shared machine the wall clock also counts the other processes' turns;
    # the helper process's (catalogue.integrity_changelog) apart, the two run at the same time.
    helper = ended.children_user + ended.children_system - children.children_user - children.children_system
    return {"verify_s": round(elapsed, 2), "verify_cpu_s": round(cpu, 2), "verify_helper_cpu_s": round(helper, 2),
            "verify_records": report.records,
            "verify_entries": report.entries,
            "verify_change_rows": report.changes, "verify_ok": report.ok,
            "verify_s_per_1m": round(elapsed * 1_000_000 / max(report.records, 1), 2)}


def verdicts(results: dict[str, Any]) -> dict[str, Any]:
    """Which budgets the figures meet."""
    q = results.get("queries", {})
    worst_name, worst = None, 0.0
    for name, value in q.items():
        if isinstance(value, dict):
            for key in ("fts_first_page_ms", "fts_count_ms", "first_page_ms", "count_ms"):
                if key in value and value[key] > worst:
                    worst_name, worst = f"{name}.{key}", value[key]
    out = {"search_filter_worst_ms": worst, "search_filter_worst": worst_name,
           "search_filter_within_100ms": worst <= BUDGET_QUERY_MS}
    if "import_file_s_per_100k" in results.get("import", {}):
        out["import_within_5s_per_100k"] = results["import"]["import_file_s_per_100k"] <= BUDGET_IMPORT_S_PER_100K
    if "import_file_cpu_s" in results.get("import", {}):
        imp = results["import"]
        # The busier of the two processes (the file is read in a second one): the wall time's floor.
        busiest = max(imp["import_file_cpu_s"], imp.get("import_file_reader_cpu_s", 0.0))
        out["import_cpu_within_5s_per_100k"] = busiest * 100_000 / imp["import_rows"] <= BUDGET_IMPORT_S_PER_100K
    peaks = {k: v.get("peak_total_mb", v["peak_mb"]) for k, v in results.get("import_memory", {}).items()
             if k.startswith("import_file_") and isinstance(v, dict)}
    if peaks:
        out["import_peak_mb_worst"] = max(peaks.values())
        out["import_memory_within_200mb"] = max(peaks.values()) <= BUDGET_IMPORT_PEAK_MB
    if "verify_s_per_1m" in results.get("verify", {}):
        out["verify_within_20s_per_1m"] = results["verify"]["verify_s_per_1m"] <= BUDGET_VERIFY_S_PER_1M
    if "open_count_first_page_sorted_ms" in q:
        out["open_first_page_within_1_5s"] = q["open_count_first_page_sorted_ms"] <= BUDGET_WINDOW_S * 1000
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="profiling results in the big catalogue")
    parser.add_argument("--import-rows", type=int, default=100_000, help="rows imported from CSV")
    parser.add_argument("--naive-rows", type=int, default=2_000, help="rows for the naive add() loop")
    parser.add_argument("--repeat", type=int, default=5, help="runs per query; the median is reported")
    parser.add_argument("--workdir", type=Path, help="keep the files here (and reuse a catalogue built before)")
    parser.add_argument("--skip-import", action="store_true", help="only the big-catalogue queries")
    parser.add_argument("--skip-queries", action="store_true", help="only the import")
    parser.add_argument("--skip-verify", action="store_true", help="no integrity check of the big catalogue")
    parser.add_argument("--memory-rows", default="10000,100000,300000",
                        help="CSV sizes (rows, comma-separated) whose import's peak memory is measured, each in a "
                             "child process; empty: none")
    parser.add_argument("--xlsx-rows", type=int, default=100_000,
                        help="rows of the workbook read by calamine and by openpyxl (0: none)")
    parser.add_argument("--memory-child", nargs=3, metavar=("WHAT", "CSV", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_child:
        what, csv_path, target = args.memory_child
        return memory_child(what, Path(csv_path), Path(target))

    work = args.workdir or Path(tempfile.mkdtemp(prefix="labnet-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "benchmark": "catalogue", "date": dt.datetime.now().isoformat(timespec="seconds"),
        "command": " ".join(["python benchmarks/catalogue.py", *(sys.argv[1:] if argv is None else argv)]),
        "machine": machine(),
    }
    started = time.perf_counter()
    try:
        if not args.skip_import:
            try:
                results["import"] = bench_import(work / "import-run", args.import_rows, args.naive_rows)
            except ImportError as exc:
                results["import"] = {"error": f"labnet.catalogue.importing is not available: {exc}"}
            shutil.rmtree(work / "import-run", ignore_errors=True)
            if args.xlsx_rows:
                from benchmarks.catalogue_xlsx import bench_xlsx
                results["xlsx"] = bench_xlsx(work / "xlsx-run", args.xlsx_rows)
            sizes = [int(n) for n in args.memory_rows.split(",") if n.strip()]
            if sizes:
                results["import_memory"] = bench_import_memory(work / "memory-run", sizes)
                shutil.rmtree(work / "memory-run", ignore_errors=True)
        if not args.skip_queries:
            big = work / f"catalogue-{args.rows}"
            big.mkdir(exist_ok=True)
            results["build"] = build_profile_catalogue(big, args.rows, chunk=20_000)
            results["queries"] = bench_queries(big, args.repeat)
            if not args.skip_verify:
                results["verify"] = bench_verify(big)
        results["verdicts"] = verdicts(results)
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    results["max_rss_mb"] = max_rss_mb()
    results["total_s"] = round(time.perf_counter() - started, 1)
    print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
