"""The event loop while the Linkage view links a catalogue and shows its classes (``benchmarks/gui.py
--linkage-only``; issue 23).

On a catalogue of generated profiles (100,000 by default, built once and reused), a comparison method is
calibrated at the window's default false-positive rate (0.01) on the most common drug type (before the
measure, off the window), then the Chemical classes tab runs "Link the catalogue" on the real threaded
worker while a 5 ms timer records the gaps between its ticks; when the classes are listed and the largest
one's graph is drawn, the next two classes are chosen in turn and drawn too.  Reported: the longest gap
over the whole run and from the classes' arrival on (budget ≤ 100 ms), the time to link and to draw, and
the process's peak memory (RSS high-water mark, ``ru_maxrss``) with the resident memory before.
"""

from __future__ import annotations

import resource
import time
from pathlib import Path
from typing import Any

FPR = 0.01            # the Calibration tab's default
METHOD = "benchmark-default-fpr"


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _method(folder: Path) -> tuple[str, int, float]:
    """The benchmark's method at the default FPR (calibrated once, reused): (drug type, its profiles,
    seconds to calibrate or 0 when reused)."""
    from labnet.catalogue.store import Catalogue
    from labnet.desktop import linkage_queries

    class Quiet:   # the task context calibration reports to; here nobody is watching
        def progress(self, done: int, total: int, message: str = "") -> None:
            pass

    with Catalogue.open(folder, user="benchmark") as cat:
        context = linkage_queries.context(cat)
        drug, count = context.drug_types[0]
        if any(m["name"] == METHOD for m in context.methods):
            return drug, count, 0.0
        t = time.perf_counter()
        result = linkage_queries.calibrate_catalogue(cat, Quiet(), drug, FPR)
        linkage_queries.save_method(cat, result, METHOD, None, None)
        return drug, count, time.perf_counter() - t


def bench_linkage(app: Any, folder: Path, timeout: float = 1800.0) -> dict[str, Any]:
    from PySide6.QtCore import QTimer

    from benchmarks.gui import gap_recorder
    from benchmarks.profile_catalogue import log
    from labnet.catalogue.store import Catalogue
    from labnet.desktop.linkage_page import LinkagePage
    from labnet.desktop.tasks import Tasks

    drug, profiles, calibrate_s = _method(folder)
    log(f"linkage of {profiles:,} {drug} profiles at FPR {FPR} (method calibrated in {calibrate_s:.0f} s)")
    tasks = Tasks(lambda: Catalogue.open(folder, user="benchmark"))
    page = LinkagePage(tasks)
    page.resize(1280, 800)
    page.show()
    tab = page.classes_tab
    deadline = time.perf_counter() + 120
    while tab.method.findData(METHOD) < 0:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the Linkage view did not list the method")
        time.sleep(0.005)
    tab.method.setCurrentIndex(tab.method.findData(METHOD))
    page.tabs.setCurrentWidget(tab)
    rss_before = _rss_mb()
    ticker, gaps, restart = gap_recorder()
    marks: dict[str, Any] = {}
    chosen = iter([1, 2])

    def watch() -> None:
        now = time.perf_counter()
        if "classes_at" not in marks and tab.result is not None:
            marks["classes_at"] = now
            marks["gap_index"] = len(gaps)
        if "classes_at" in marks and tab.layout_handle is None and tasks.pending == 0:
            marks.setdefault("drawn_at", now)
            row = next(chosen, None)
            if row is None or row >= tab.model.rowCount():
                app.quit()
                return
            from labnet.desktop.linkage_common import select_row
            select_row(tab.table, row)
        if now - started > timeout or "failed" in marks:
            app.quit()

    def failed_text() -> None:
        if not tab.cancel_button.isVisible() and tab.result is None and "Linking" not in tab.status.text():
            marks["failed"] = tab.status.text()

    watcher = QTimer(interval=20)
    watcher.timeout.connect(watch)
    watcher.timeout.connect(failed_text)
    started = time.perf_counter()
    restart()
    ticker.start()
    watcher.start()
    QTimer.singleShot(0, tab.run)
    app.exec()
    ticker.stop()
    watcher.stop()
    ended = time.perf_counter()
    result = tab.result
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    shown = sorted(gaps[marks.get("gap_index", len(gaps)):])
    out = {"linkage_profiles_compared": profiles, "linkage_drug_type": drug, "linkage_fpr": FPR,
           "linkage_links": result.links if result else None,
           "linkage_classes": len(result.classes) if result else None,
           "linkage_largest_class_seizures": len(result.classes[0]["seizures"]) if result and result.classes else None,
           "linkage_refused": marks.get("failed"),
           "linkage_link_seconds": round(marks.get("classes_at", ended) - started, 1),
           "linkage_draw_seconds": round(marks["drawn_at"] - marks["classes_at"], 2) if "drawn_at" in marks else None,
           "linkage_event_loop_max_block_ms": round(max(gaps), 1),
           "linkage_shown_event_loop_max_block_ms": round(shown[-1], 1) if shown else None,
           "linkage_event_loop_p99_gap_ms": round(sorted(gaps)[int(len(gaps) * 0.99)], 1),
           "linkage_rss_before_mb": round(rss_before), "linkage_peak_rss_mb": round(peak),
           "linkage_graph_note": tab.graph_note.text()}
    page.close()
    tasks.shutdown()
    return out
