"""The event loop while the Linkage view links a catalogue and shows its classes (``benchmarks/gui.py
--linkage-only``; issue 23).

On a catalogue of generated profiles (100,000 by default, built once and reused), a comparison method is
calibrated at the window's default false-positive rate (0.01) on the most common drug type (before the
measure, off the window), then the Chemical classes tab runs "Link the catalogue" on the real threaded
worker while a 5 ms timer records the gaps between its ticks; when the classes are listed and the largest
one's graph is drawn, the next two classes are chosen in turn and drawn too.  Reported: the longest gap
over the whole run and from the classes' arrival on (budget ≤ 100 ms), the time to link and to draw, and
the process's peak memory (RSS high-water mark, ``ru_maxrss``) with the resident memory before, and the
five longest gaps with the CPU time of the GUI thread and of the others in each (``gui_harness``).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

FPR = 0.01            # the Calibration tab's default
METHOD = "benchmark-default-fpr"


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
    from benchmarks.gui_harness import MeasuredRun, peak_rss_mb, rss_mb
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
    rss_before = rss_mb()
    measured = MeasuredRun()
    gaps = measured.gaps
    marks: dict[str, Any] = {}
    chosen = iter([1, 2])

    def watch() -> None:
        now = time.perf_counter()
        if "classes_at" not in marks and tab.result is not None:
            marks["classes_at"] = now
            marks["gap_index"] = len(gaps)
            measured.mark("classes")
        if "classes_at" in marks and tab.layout_handle is None and tasks.pending == 0:
            marks.setdefault("drawn_at", now)
            row = next(chosen, None)
            if row is None or row >= tab.model.rowCount():
                app.quit()
                return
            from labnet.desktop.linkage_common import select_row
            select_row(tab.table, row)
        if not tab.cancel_button.isVisible() and tab.result is None and "Linking" not in tab.status.text():
            marks["failed"] = tab.status.text()
        if now - measured.started > timeout or "failed" in marks:
            app.quit()

    measured.mark("linking")
    seconds = measured.run(app, watch, tab.run, interval=20)
    ended = measured.started + seconds
    result = tab.result
    peak = peak_rss_mb()
    shown = sorted(gaps[marks.get("gap_index", len(gaps)):])
    out = {"linkage_profiles_compared": profiles, "linkage_drug_type": drug, "linkage_fpr": FPR,
           "linkage_links": result.links if result else None,
           "linkage_classes": len(result.classes) if result else None,
           "linkage_largest_class_seizures": len(result.classes[0]["seizures"]) if result and result.classes else None,
           "linkage_refused": marks.get("failed"),
           "linkage_link_seconds": round(marks.get("classes_at", ended) - measured.started, 1),
           "linkage_draw_seconds": round(marks["drawn_at"] - marks["classes_at"], 2) if "drawn_at" in marks else None,
           **measured.summary("linkage"),
           "linkage_shown_event_loop_max_block_ms": round(shown[-1], 1) if shown else None,
           "linkage_rss_before_mb": round(rss_before), "linkage_peak_rss_mb": round(peak),
           "linkage_graph_note": tab.graph_note.text()}
    page.close()
    tasks.shutdown()
    return out
