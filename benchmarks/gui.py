"""The desktop window against the budgets in DESIGN.md, with 1,000,000 profiling results.

    QT_QPA_PLATFORM=offscreen python benchmarks/gui.py [--rows 1000000] [--workdir DIR]

Measures, on a catalogue of ``--rows`` generated profiling results (built once
through ``plan_upsert``/``apply_upsert`` in chunks of 50,000 and kept in
``--workdir``, by default a folder in the temporary directory named after the
size, so the next run reuses it):

- **start to usable window**: a fresh ``python`` process that imports LabNet,
  opens the catalogue on its worker, builds the main window and shows the
  profiling-results table with its first page of rows painted (budget ≤ 1.5 s),
  measured from just before the process is started; also from the
  construction of the ``MainWindow`` inside that process.  Median of
  ``--starts`` runs;
- **search or filter to updated view**: from applying a search, a filter or a
  sort (through the page's own widgets; the search box's 200 ms typing pause is
  *not* counted) until the first page of the new view is painted (budget
  ≤ 100 ms; the row count, which may follow a moment later, is reported as
  ``counted_ms``), for a set of typical questions;
- **longest event-loop block**: a 5 ms ``QTimer`` records the gaps between its
  ticks while a script scrolls through the table (page by page, then jumps
  anywhere in the million rows) and changes filters, searches and sorts
  (budget ≤ 100 ms);
- (``--start-only`` runs only the start, ``--sync-only`` only the sync, ``--import-only`` only the
  import; each
  prints its one JSON line, with the peak memory of the window's process)
- **the event loop during a sync** (``--sync-only`` runs only this): the
  Network view's Sync now of ``--sync-records`` changed records (default
  10,000) to a hub process on loopback, the same 5 ms timer recording the
  longest block while the sync runs on its own worker (budget ≤ 100 ms);
- **the event loop while the import wizard imports a file** (``--import-only`` runs only this:
  ``--import-rows`` generated profiling results, default 100,000, as CSV or ``--import-format xlsx``;
  ``benchmarks/gui_import.py``): the longest block from choosing the file to the summary page through
  the wizard's own pages, and in each step (first page, trial run, import), and peak memory;
- **the event loop while the Linkage view links and shows classes**
  (``--linkage-only`` runs only this, on ``--linkage-profiles`` profiles,
  default 100,000; ``benchmarks/gui_linkage.py``): the longest block while a
  method calibrated at the default FPR links the catalogue on the worker and
  the classes and their graphs are shown (budget ≤ 100 ms), and peak memory;
- side by side, **the naive model**: a ``QAbstractTableModel`` that reads every
  row (the same visible columns) into memory on the GUI thread before showing
  anything, filters by a Python scan and sorts with ``list.sort``; on
  ``--naive-rows`` rows (default: all of them), extrapolated linearly when
  fewer (the keys say so).

Prints ONE JSON line on stdout; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Run as a script, this file's folder comes first on sys.path; put the repository root there instead.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from benchmarks.gui_harness import MeasuredRun, gap_recorder  # noqa: E402
from benchmarks.profile_catalogue import build_profile_catalogue, log  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUDGET_WINDOW_S = 1.5
BUDGET_QUERY_MS = 100.0
BUDGET_BLOCK_MS = 100.0




# --- the catalogue ----------------------------------------------------------------------

# --- start to usable window (child process) --------------------------------------------

def child_window(path: Path, settings_file: Path) -> None:
    """Run in a fresh process: open the window on the profiling page; print when it is usable."""
    construct_t0 = None
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from labnet.desktop import catalogue_queries, style
    from labnet.desktop.main_window import MainWindow
    from labnet.desktop.tasks import Tasks

    app = QApplication(["labnet-benchmark"])
    style.apply_style(app)
    construct_t0 = time.perf_counter()
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, "benchmark"))
    window = MainWindow(path, user="benchmark", tasks=tasks,
                        settings=QSettings(str(settings_file), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show_section("profiling-results")
    window.show()
    page = window.record_pages["profiling_result"]
    model = page.model
    while not (model.rowCount() and model.is_loaded(0)):
        app.processEvents()
        time.sleep(0.001)
    page.table.viewport().repaint()  # the first page painted
    app.processEvents()
    ready = time.time()
    print(json.dumps({"ready_at": ready, "from_construction_s": time.perf_counter() - construct_t0,
                      "cpu_s": time.process_time(),  # the process's CPU time (every thread) until usable
                      "rows": model.rowCount(),
                      "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), flush=True)
    window.close()
    window.shutdown()


def bench_start(path: Path, work: Path, starts: int) -> dict[str, Any]:
    process, construction, peak, cpu, load = [], [], 0.0, [], []
    for _ in range(starts):
        load.append(round(os.getloadavg()[0], 2))
        t0 = time.time()
        out = subprocess.run([sys.executable, __file__, "--child-window", str(path), "--workdir", str(work)],
                             capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                             check=True)
        answer = json.loads(out.stdout.strip().splitlines()[-1])
        process.append(answer["ready_at"] - t0)
        construction.append(answer["from_construction_s"])
        cpu.append(round(answer["cpu_s"], 3))
        peak = max(peak, answer["maxrss_mb"])
    return {"window_peak_rss_mb": round(peak), "window_usable_cpu_s_runs": cpu, "load_average_at_starts": load,
            "window_usable_from_process_start_s": round(statistics.median(process), 3),
            "window_usable_from_process_start_s_runs": [round(x, 3) for x in process],
            "window_usable_from_mainwindow_s": round(statistics.median(construction), 3)}


def bench_pending_counts(path: Path) -> dict[str, Any]:
    """What the Network view asks at start: the pending counts, in full and as kept (sync/pending.py), and
    after one edit (the record's purity nudged: one more change-log row, no more records)."""
    from labnet.catalogue.store import Catalogue
    from labnet.sync.pending import KEPT_KEY, counted_in_full, pending_counts

    with Catalogue.open(path, user="benchmark") as cat:
        t = time.perf_counter()
        full = counted_in_full(cat.conn)
        full_s = time.perf_counter() - t
        cat.conn.execute("DELETE FROM meta WHERE key = ?", (KEPT_KEY,))
        t = time.perf_counter()
        first = pending_counts(cat)
        first_s = time.perf_counter() - t
        t = time.perf_counter()
        kept = pending_counts(cat)
        kept_s = time.perf_counter() - t
        record_id, purity = cat.conn.execute("SELECT id, purity FROM profiling_results LIMIT 1").fetchone()
        cat.update("profiling_result", record_id, {"purity": 1.0 if purity != 1.0 else 2.0})
        t = time.perf_counter()
        after = pending_counts(cat)
        edit_s = time.perf_counter() - t
        assert first == kept == full and after == counted_in_full(cat.conn)
    return {"pending_counts_full_group_by_s": round(full_s, 3), "pending_counts_first_read_s": round(first_s, 3),
            "pending_counts_kept_ms": round(kept_s * 1000, 2), "pending_counts_after_one_edit_ms":
            round(edit_s * 1000, 2)}


# --- the lazy window, in this process ------------------------------------------------------

class Window:
    def __init__(self, app: Any, path: Path, work: Path):
        from PySide6.QtCore import QSettings

        from labnet.desktop import catalogue_queries
        from labnet.desktop.main_window import MainWindow
        from labnet.desktop.tasks import Tasks

        self.app = app
        self.tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, "benchmark"))
        self.window = MainWindow(path, user="benchmark", tasks=self.tasks,
                                 settings=QSettings(str(work / "bench.ini"), QSettings.Format.IniFormat))
        self.window.resize(1280, 800)
        self.window.show_section("profiling-results")
        self.window.show()
        self.page = self.window.record_pages["profiling_result"]
        self.model = self.page.model
        self.counted = 0   # row counts answered
        self.shown = 0     # first pages shown
        self.model.counted.connect(lambda *_: setattr(self, "counted", self.counted + 1))
        self.model.first_page_shown.connect(lambda: setattr(self, "shown", self.shown + 1))
        self.wait_shown(counted=True)

    def wait_shown(self, since: int | None = None, timeout: float = 60.0, counted: bool = False) -> None:
        """Until the first page of the new view is painted (with ``counted``: and its count known)."""
        deadline = time.perf_counter() + timeout
        while True:
            self.app.processEvents()
            seen = self.counted if counted else self.shown
            answered = seen > 0 if since is None else seen > since
            if answered and (self.model.rowCount() == 0 or self.model.is_loaded(0)):
                break
            if time.perf_counter() > deadline:
                raise TimeoutError("the view did not update")
            time.sleep(0.0005)
        self.page.table.viewport().repaint()

    def timed(self, change: Callable[[], None]) -> tuple[float, float, int]:
        """(ms to the first page painted, ms to the row count known, rows)."""
        shown, counted = self.shown, self.counted
        t = time.perf_counter()
        change()
        self.wait_shown(shown)
        first = (time.perf_counter() - t) * 1000
        self.wait_shown(counted, counted=True)
        return first, (time.perf_counter() - t) * 1000, self.model.rowCount()


def query_steps(w: Window) -> list[tuple[str, Callable[[], None]]]:
    f = w.page.filters

    def search(text: str) -> Callable[[], None]:
        def go() -> None:
            w.page.search.setText(text)
            w.page._apply_search()  # what the search box does once typing pauses
        return go

    def pick(combo: Any, value: Any) -> Callable[[], None]:
        return lambda: combo.setCurrentIndex(combo.findData(value))

    def dates(on: bool) -> Callable[[], None]:
        return lambda: f.dated.setChecked(on)

    def sort(name: str, descending: bool) -> Callable[[], None]:
        from PySide6.QtCore import Qt
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        return lambda: w.page.table.sortByColumn(w.model.columns.index(name), order)

    lab_number = w.model.row_values(0)["lab_sample_number"]
    return [
        ("search_lab_sample_number", search(lab_number)),
        ("search_seizure_reference_prefix", search("GH-ACC-2025")),
        ("search_place", search("Tema")),
        ("search_cleared", search("")),
        ("filter_drug_type", pick(f.drug, "heroin")),
        ("filter_drug_type_and_country", pick(f.country, "GH")),
        ("filter_plus_seizure_date_range", dates(True)),
        ("sort_by_seizure_date", sort("seizure_date", True)),
        ("filters_cleared", lambda: f.reset()),
        ("sort_by_lab_sample_number", sort("lab_sample_number", True)),
        ("search_broad_word_cocaine", search("cocaine")),
        ("search_cleared_again", search("")),
    ]


def bench_queries(w: Window) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, step in query_steps(w):
        ms, count_ms, rows = w.timed(step)
        out[name] = {"ms": round(ms, 1), "counted_ms": round(count_ms, 1), "rows": rows}
    typical = [v["ms"] for k, v in out.items() if k != "search_broad_word_cocaine"]
    return {"search_filter_ms": out, "search_filter_typical_max_ms": max(typical),
            "search_filter_typical_median_ms": round(statistics.median(typical), 1)}


def bench_event_loop(w: Window, seconds_between: float = 0.03) -> dict[str, Any]:
    """Scroll and filter on a timer-driven script inside app.exec(); a 5 ms timer records the gaps."""
    import random

    from PySide6.QtCore import QTimer

    rng = random.Random(1)
    bar = w.page.table.verticalScrollBar()
    script: list[Callable[[], None]] = []
    for i in range(60):  # page down, as a reader does
        script.append(lambda i=i: bar.setValue(i * bar.pageStep()))
    for _ in range(60):  # drag the scroll bar anywhere in the million rows
        script.append(lambda: bar.setValue(rng.randrange(bar.maximum() + 1)))
    script.append(lambda: bar.setValue(bar.maximum()))
    for _, step in query_steps(w):
        script.append(step)
        script.extend(lambda: bar.setValue(rng.randrange(bar.maximum() + 1)) for _ in range(5))
    ticker, gaps, restart = gap_recorder()
    steps = iter(script)
    driver = QTimer(interval=int(seconds_between * 1000))

    def next_step() -> None:
        step = next(steps, None)
        if step is None:
            driver.stop()
            QTimer.singleShot(1500, w.app.quit)  # let the last pages arrive while still measuring
            return
        step()

    driver.timeout.connect(next_step)
    restart()
    ticker.start()
    driver.start()
    w.app.exec()
    ticker.stop()
    gaps.sort()
    return {"event_loop_max_block_ms": round(gaps[-1], 1),
            "event_loop_p99_gap_ms": round(gaps[int(len(gaps) * 0.99)], 1),
            "event_loop_ticks": len(gaps), "event_loop_script_steps": len(script),
            "page_requests_during_script": w.model.page_requests}


def bench_sync(app: Any, work: Path, records: int) -> dict[str, Any]:
    """The Network view's Sync now with ``records`` changed records, against a hub process on loopback: the
    longest block of the event loop while it runs (a 5 ms timer records the gaps), and how long it took."""
    import contextlib
    import io

    from PySide6.QtCore import QSettings

    from benchmarks.hub import HubServer
    from labnet import cli
    from labnet.catalogue.demo import generate_profiles
    from labnet.catalogue.store import Catalogue
    from labnet.desktop import catalogue_queries
    from labnet.desktop.main_window import MainWindow
    from labnet.desktop.tasks import Tasks
    from labnet.sync.hub_admin import HubAdmin

    os.environ["LABNET_PASSPHRASE"] = "a benchmark passphrase, long enough"
    folder = work / f"sync-lab-{records}-{os.getpid()}"
    server = HubServer(work / f"sync-hub-{records}-{os.getpid()}")
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            cli.main(["--data-dir", str(folder), "init", "--lab", "Benchmark lab", "--country", "GH"])
            with Catalogue.open(folder, user="benchmark") as cat:
                rows = [dict(r, shareable=True) for r in generate_profiles(records, seed=5)]
                cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", rows))
            code = HubAdmin(server.url, server.admin).issue_code("Benchmark lab", "GH")["code"]
            cli.main(["--data-dir", str(folder), "enrol", code])
        path = folder / "catalogue.db"
        tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, "benchmark"))
        window = MainWindow(path, user="benchmark", tasks=tasks,
                            settings=QSettings(str(work / "sync.ini"), QSettings.Format.IniFormat))
        window.show()
        page = window.show_section("network")
        while page.status is None:
            app.processEvents()
        measured = MeasuredRun()

        def done() -> None:
            if page.running is None and (page.last_report is not None or "cannot" in page.outcome_label.text()):
                app.quit()

        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        measured.mark("sync")
        seconds = measured.run(app, done, page.sync_now, interval=50)
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        report = page.last_report
        window.close()
        window.shutdown()
        return {"sync_records": records, "sync_seconds": round(seconds, 2),
                "sync_records_accepted": report.records["accepted"] if report else None,
                **measured.summary("sync"),
                # the window's process (the window, its workers, the catalogue): its peak, and before the sync
                "sync_peak_rss_mb": round(rss_after), "sync_rss_before_mb": round(rss_before)}
    finally:
        server.stop()


# --- the naive model -------------------------------------------------------------------------

def bench_naive(path: Path, rows: int, naive_rows: int) -> dict[str, Any]:
    """All rows into memory on the GUI thread first: what a simple QSqlQueryModel-style view does."""
    import gc

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    from labnet.catalogue.records import PROFILING_RESULT as RT
    from labnet.catalogue.store import Catalogue

    columns = [c for c in RT.list_columns]

    class NaiveModel(QAbstractTableModel):
        def __init__(self, data: list[tuple]):
            super().__init__()
            self.rows = data

        def rowCount(self, parent: Any = QModelIndex()) -> int:
            return len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:
            return len(columns)

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                value = self.rows[index.row()][index.column()]
                return "" if value is None else str(value)
            return None

    gc.collect()
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    with Catalogue.open(path, user="benchmark") as cat:
        data = cat.conn.execute(f"SELECT {', '.join(columns)} FROM profiling_results ORDER BY lab_sample_number DESC"
                                " LIMIT ?", (naive_rows,)).fetchall()
        data = [tuple(r) for r in data]
    model = NaiveModel(data)
    view = QTableView()
    view.setModel(model)
    view.resize(1100, 700)
    view.show()
    view.viewport().repaint()
    load_s = time.perf_counter() - t
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    found = [r for r in data if any(v and "cocaine" in str(v).lower() for v in r)]
    model.beginResetModel()
    model.rows = found
    model.endResetModel()
    view.viewport().repaint()
    search_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    data.sort(key=lambda r: (r[2] is None, r[2] or ""))
    model.beginResetModel()
    model.rows = data
    model.endResetModel()
    view.viewport().repaint()
    sort_ms = (time.perf_counter() - t) * 1000
    scale = rows / max(1, len(data))
    label = "" if scale == 1 else f"_extrapolated_from_{len(data)}_rows"
    view.close()
    return {f"naive_first_page_shown_s{label}": round(load_s * scale, 2),
            f"naive_event_loop_blocked_ms{label}": round(load_s * scale * 1000),
            f"naive_search_ms{label}": round(search_ms * scale, 1),
            f"naive_sort_ms{label}": round(sort_ms * scale, 1),
            f"naive_memory_mb{label}": round((rss1 - rss0) / 1024 * scale),
            "naive_rows_loaded": len(data)}


# --- main ---------------------------------------------------------------------------------------

def verdicts(r: dict[str, Any]) -> dict[str, bool]:
    return {"window_within_budget": r["window_usable_from_process_start_s"] <= BUDGET_WINDOW_S,
            "search_filter_within_budget": r["search_filter_typical_max_ms"] <= BUDGET_QUERY_MS,
            "event_loop_within_budget": r["event_loop_max_block_ms"] <= BUDGET_BLOCK_MS,
            "import_event_loop_within_budget": r["import_event_loop_max_block_ms"] <= BUDGET_BLOCK_MS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--workdir", type=Path, default=None, help="where the built catalogue is kept")
    parser.add_argument("--naive-rows", type=int, default=None, help="rows the naive model loads (default: all)")
    parser.add_argument("--starts", type=int, default=3, help="window starts to take the median of")
    parser.add_argument("--sync-records", type=int, default=10_000, help="changed records for the sync measure")
    parser.add_argument("--sync-only", action="store_true", help="only the event loop during a sync")
    parser.add_argument("--start-only", action="store_true", help="only the start to a usable window")
    parser.add_argument("--linkage-only", action="store_true",
                        help="only the event loop while the Linkage view links and shows classes")
    parser.add_argument("--linkage-profiles", type=int, default=100_000,
                        help="profiles of the catalogue the linkage measure links")
    parser.add_argument("--import-only", action="store_true", help="only the event loop during a wizard import")
    parser.add_argument("--import-rows", type=int, default=100_000, help="rows of the file the wizard imports")
    parser.add_argument("--import-format", choices=("csv", "xlsx"), default="csv")
    parser.add_argument("--child-window", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    work = args.workdir or Path(tempfile.gettempdir()) / "labnet-gui-bench"
    if args.child_window:
        child_window(args.child_window, work / "child.ini")
        return 0
    if args.sync_only:
        from PySide6.QtWidgets import QApplication

        from labnet.desktop import style
        app = QApplication(["labnet-benchmark"])
        style.apply_style(app)
        work.mkdir(parents=True, exist_ok=True)
        log(f"event loop during a sync of {args.sync_records:,} records")
        print(json.dumps({"benchmark": "gui-sync", **bench_sync(app, work, args.sync_records)}))
        return 0
    if args.import_only:
        from PySide6.QtWidgets import QApplication

        from benchmarks.gui_import import bench_wizard_import
        from labnet.desktop import style
        app = QApplication(["labnet-benchmark"])
        style.apply_style(app)
        print(json.dumps({"benchmark": "gui-import", "python": platform.python_version(),
                          "machine": f"{platform.machine()}, {os.cpu_count()} cores",
                          "load_average": os.getloadavg(),
                          **bench_wizard_import(app, work, args.import_rows, args.import_format)},
                         ensure_ascii=False))
        return 0
    if args.linkage_only:
        from PySide6.QtWidgets import QApplication

        from benchmarks.gui_linkage import bench_linkage
        from labnet.desktop import style
        app = QApplication(["labnet-benchmark"])
        style.apply_style(app)
        folder = work / f"p{args.linkage_profiles}"
        built = build_profile_catalogue(folder, args.linkage_profiles, chunk=50_000)
        log("event loop while the Linkage view links the catalogue and shows its classes")
        print(json.dumps({"benchmark": "gui-linkage", "python": platform.python_version(),
                          "machine": f"{platform.machine()}, {os.cpu_count()} cores",
                          "linkage_catalogue_rows": args.linkage_profiles, **built,
                          **bench_linkage(app, folder)}, ensure_ascii=False))
        return 0
    if args.start_only:
        folder = work / f"p{args.rows}"
        built = build_profile_catalogue(folder, args.rows, chunk=50_000)
        log(f"start to usable window on {args.rows:,} rows (fresh processes)")
        print(json.dumps({"benchmark": "gui-start", "rows": args.rows, **built,
                          **bench_start(folder / "catalogue.db", work, args.starts),
                          **bench_pending_counts(folder / "catalogue.db")}))
        return 0
    folder = work / f"p{args.rows}"
    result: dict[str, Any] = {"benchmark": "gui", "rows": args.rows, "python": platform.python_version(),
                              "machine": f"{platform.machine()}, {os.cpu_count()} cores"}
    result.update(build_profile_catalogue(folder, args.rows, chunk=50_000))
    path = folder / "catalogue.db"
    log("start to usable window (fresh processes)")
    result.update(bench_start(path, work, args.starts))

    from PySide6.QtWidgets import QApplication

    from labnet.desktop import style
    app = QApplication(["labnet-benchmark"])
    style.apply_style(app)
    log("search and filter")
    w = Window(app, path, work)
    result.update(bench_queries(w))
    log("event loop while scrolling and filtering")
    result.update(bench_event_loop(w))
    w.window.close()
    w.window.shutdown()
    log(f"event loop during a sync of {args.sync_records:,} records")
    result.update(bench_sync(app, work, args.sync_records))
    from benchmarks.gui_import import bench_wizard_import
    result.update(bench_wizard_import(app, work, args.import_rows, args.import_format))
    log("the naive model")
    result.update(bench_naive(path, args.rows, args.naive_rows or args.rows))
    result.update(verdicts(result))
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
