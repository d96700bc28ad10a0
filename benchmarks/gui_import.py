"""The event loop while the import wizard imports a large file (``benchmarks/gui.py --import-only``; issue 23).

A CSV file (or, with ``--import-format xlsx``, a workbook) of ``--import-rows`` generated profiling
results (100,000 by default; written by a child process, so that its making does not count in this
process's peak memory) is imported into a new catalogue through the real ``ImportWizard`` on the
threaded catalogue worker, driven through its own pages: the file chosen and read (the first page), the
columns matched, the trial run, Import, the summary.  A 5 ms timer records the gaps between its ticks
throughout (budget ≤ 100 ms).  Reported: the longest gap over the whole run and in each step, each
step's wall time, the process's CPU seconds, its peak memory (RSS high-water mark, ``ru_maxrss``) and
its resident memory before.
"""

from __future__ import annotations

import itertools
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_MAKE = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from labnet.catalogue.demo import demo_profile_rows_csv
from labnet.catalogue.tabular import read_table, write_table
csv_path = Path({csv!r})
demo_profile_rows_csv(csv_path, {rows}, seed=23)
if {xlsx!r}:
    table = read_table(csv_path)
    write_table(Path({xlsx!r}), table.headers, table.rows)
"""


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def import_file_for(work: Path, rows: int, kind: str) -> Path:
    """The file to import (made once in a child process, reused)."""
    csv_path = work / f"import-{rows}.csv"
    path = csv_path if kind == "csv" else work / f"import-{rows}.xlsx"
    if not path.exists():
        code = _MAKE.format(root=str(ROOT), csv=str(csv_path), rows=rows, xlsx=str(path) if kind == "xlsx" else "")
        subprocess.run([sys.executable, "-c", code], check=True)
    return path


def bench_wizard_import(app: Any, work: Path, rows: int, kind: str = "csv", timeout: float = 1800.0) -> dict[str, Any]:
    from PySide6.QtCore import QTimer

    from benchmarks.gui import gap_recorder
    from benchmarks.profile_catalogue import log
    from labnet.catalogue.store import Catalogue
    from labnet.desktop.import_wizard import ImportWizard
    from labnet.desktop.tasks import Tasks

    work.mkdir(parents=True, exist_ok=True)
    path = import_file_for(work, rows, kind)
    folder = work / f"import-lab-{rows}-{kind}-{time.time_ns()}"
    log(f"import wizard: {rows:,} rows from {path.name} ({path.stat().st_size / 1e6:.0f} MB)")
    tasks = Tasks(lambda: Catalogue.open(folder, user="benchmark"))
    wizard = ImportWizard(tasks, "profiling_result", None)
    wizard.show()
    marks: dict[str, float] = {}
    gap_at: dict[str, int] = {}
    ticker, gaps, restart = gap_recorder()
    # The GUI thread's own CPU time at each tick: a long gap with little of it was spent waiting (for
    # Python's lock held by the worker, or for a core on a loaded machine), not working.
    # The other threads' CPU time beside it (the process's less the GUI thread's): a long gap in which the
    # worker ran about as long held Python's lock in the worker; one in which nobody ran waited for a core.
    thread_cpu: list[float] = []
    process_cpu: list[float] = []

    def cpu_now() -> None:
        thread_cpu.append(time.thread_time())
        process_cpu.append(time.process_time())
    ticker.timeout.connect(cpu_now)

    def mark(step: str) -> None:
        marks[step] = time.perf_counter()
        gap_at[step] = len(gaps)

    def watch() -> None:
        page = wizard.currentPage()
        now = time.perf_counter()
        if now - started > timeout:
            app.quit()
        elif "match" not in marks and page is wizard.pages[1]:
            mark("match")
            wizard.next()       # the trial run starts
            mark("trial")
        elif "import" not in marks and page is wizard.pages[2] and wizard.preview is not None \
                and not page.runner.running:
            wizard.next()       # the choice of rows
            mark("import")
            wizard.next()       # Import: runs on the worker, then the summary page
        elif page is wizard.pages[4]:
            mark("done")
            app.quit()
        elif hasattr(page, "runner") and not page.runner.running and page.runner.status.styleSheet():
            app.quit()          # refused: said in red on the page, reported as import_failed

    def begin() -> None:
        wizard.pages[0].path.setText(str(path))
        mark("open_started")
        wizard.next()           # the first page reads the file on the worker

    watcher = QTimer(interval=10)
    watcher.timeout.connect(watch)
    settle = time.perf_counter() + 0.5
    while time.perf_counter() < settle:  # the wizard's first painting is not the import's
        app.processEvents()
        time.sleep(0.01)
    rss_before = _rss_mb()
    cpu = time.process_time()
    started = time.perf_counter()
    restart()
    cpu_now()
    ticker.start()
    watcher.start()
    QTimer.singleShot(0, begin)
    app.exec()
    ticker.stop()
    watcher.stop()
    cpu = time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = wizard.report
    out: dict[str, Any] = {"import_format": kind, "import_rows": rows,
                           "import_file_mb": round(path.stat().st_size / 1e6, 1),
                           "import_rows_written": report.inserted + report.updated if report else None,
                           "import_failed": None if report else wizard.currentPage().runner.status.text(),
                           "import_seconds": round(marks.get("done", time.perf_counter()) - started, 1),
                           "import_cpu_seconds": round(cpu, 1),
                           "import_event_loop_max_block_ms": round(max(gaps), 1),
                           "import_event_loop_p99_gap_ms": round(sorted(gaps)[int(len(gaps) * 0.99)], 1),
                           "import_rss_before_mb": round(rss_before), "import_peak_rss_mb": round(peak)}
    ends = list(itertools.accumulate(gaps))  # when each gap ended, in ms from the start
    step_of = {gap_at[k]: k for k in ("open_started", "match", "trial", "import", "done") if k in gap_at}
    longest = sorted(range(len(gaps)), key=gaps.__getitem__)[-5:][::-1]
    def within(marks: list[float], i: int) -> float | None:
        return round((marks[i + 1] - marks[i]) * 1000, 1) if i + 1 < len(marks) else None

    # [gap ms, when it ended (s from the start), the step, CPU ms within it of the GUI thread, of the others]
    out["import_longest_blocks"] = [
        [round(gaps[i], 1), round(ends[i] / 1000, 2), step_of[max(k for k in step_of if k <= i)]
         if any(k <= i for k in step_of) else "before", within(thread_cpu, i),
         None if within(process_cpu, i) is None else round(within(process_cpu, i) - within(thread_cpu, i), 1)]
        for i in longest]
    bounds = [("open", "open_started", "match"), ("trial", "trial", "import"), ("import", "import", "done")]
    for name, start, end in bounds:
        if start in marks and end in marks:
            part = gaps[gap_at[start]:gap_at[end]]
            out[f"import_{name}_seconds"] = round(marks[end] - marks[start], 2)
            out[f"import_{name}_max_block_ms"] = round(max(part), 1) if part else None
    wizard.close()
    tasks.shutdown()
    return out


__all__ = ["bench_wizard_import", "import_file_for"]
