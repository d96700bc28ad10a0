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


def import_file_for(work: Path, rows: int, kind: str) -> Path:
    """The file to import (made once in a child process, reused)."""
    csv_path = work / f"import-{rows}.csv"
    path = csv_path if kind == "csv" else work / f"import-{rows}.xlsx"
    if not path.exists():
        code = _MAKE.format(root=str(ROOT), csv=str(csv_path), rows=rows, xlsx=str(path) if kind == "xlsx" else "")
        subprocess.run([sys.executable, "-c", code], check=True)
    return path


def bench_wizard_import(app: Any, work: Path, rows: int, kind: str = "csv", timeout: float = 1800.0) -> dict[str, Any]:
    from benchmarks.gui_harness import MeasuredRun, peak_rss_mb, rss_mb
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
    measured = MeasuredRun()
    marks, mark = measured.marks, measured.mark

    def watch() -> None:
        page = wizard.currentPage()
        now = time.perf_counter()
        if now - measured.started > timeout:
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

    settle = time.perf_counter() + 0.5
    while time.perf_counter() < settle:  # the wizard's first painting is not the import's
        app.processEvents()
        time.sleep(0.01)
    rss_before = rss_mb()
    cpu = time.process_time()
    measured.run(app, watch, begin)
    cpu = time.process_time() - cpu
    peak = peak_rss_mb()
    report = wizard.report
    gaps, gap_at = measured.gaps, measured.gap_at
    out: dict[str, Any] = {"import_format": kind, "import_rows": rows,
                           "import_file_mb": round(path.stat().st_size / 1e6, 1),
                           "import_rows_written": report.inserted + report.updated if report else None,
                           "import_failed": None if report else wizard.currentPage().runner.status.text(),
                           "import_seconds": round(marks.get("done", time.perf_counter()) - measured.started, 1),
                           "import_cpu_seconds": round(cpu, 1),
                           **measured.summary("import"),
                           "import_rss_before_mb": round(rss_before), "import_peak_rss_mb": round(peak)}
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
