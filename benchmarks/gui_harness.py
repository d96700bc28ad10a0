"""What the window benchmarks share (``benchmarks/gui.py`` and its ``gui_import``, ``gui_linkage``): a 5 ms
timer noting the event loop's gaps, and a measured run of ``app.exec()`` that notes at each tick the GUI
thread's CPU time and the process's, so that a long gap can be told apart: the GUI thread working, another
thread holding Python's lock (the others ran about as long), or nobody having a core (a loaded machine).
"""

from __future__ import annotations

import itertools
import resource
import time
from collections.abc import Callable
from typing import Any


def rss_mb() -> float:
    """The process's resident memory now, in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mb() -> float:
    """The process's peak resident memory so far (``ru_maxrss``), in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def gap_recorder() -> tuple[Any, list[float], Callable[[], None]]:
    """A 5 ms precise timer noting the gaps between its ticks: (timer, gaps in ms, restart the clock)."""
    from PySide6.QtCore import Qt, QTimer

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    ticker = QTimer(interval=5, timerType=Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(tick)
    return ticker, gaps, lambda: last.__setitem__(0, time.perf_counter())


class MeasuredRun:
    """``app.exec()`` with the gap timer and a ``watch`` callback every ``interval`` ms (which quits the
    application when the work is done); ``mark(step)`` names the gaps from then on."""

    def __init__(self) -> None:
        self.ticker, self.gaps, self._restart = gap_recorder()
        self.thread_cpu: list[float] = []
        self.process_cpu: list[float] = []
        self.marks: dict[str, float] = {}
        self.gap_at: dict[str, int] = {}
        self.ticker.timeout.connect(self._cpu_now)

    def _cpu_now(self) -> None:
        self.thread_cpu.append(time.thread_time())
        self.process_cpu.append(time.process_time())

    def mark(self, step: str) -> None:
        self.marks[step] = time.perf_counter()
        self.gap_at[step] = len(self.gaps)

    def run(self, app: Any, watch: Callable[[], None], begin: Callable[[], None], interval: int = 10) -> float:
        """Runs the event loop until ``watch`` quits it; returns the wall seconds."""
        from PySide6.QtCore import QTimer

        watcher = QTimer(interval=interval)
        watcher.timeout.connect(watch)
        self.started = time.perf_counter()
        self._restart()
        self._cpu_now()
        self.ticker.start()
        watcher.start()
        QTimer.singleShot(0, begin)
        app.exec()
        self.ticker.stop()
        watcher.stop()
        return time.perf_counter() - self.started

    def _within(self, marks: list[float], i: int) -> float | None:
        return round((marks[i + 1] - marks[i]) * 1000, 1) if i + 1 < len(marks) else None

    def longest(self, count: int = 5) -> list[list[Any]]:
        """The ``count`` longest gaps: [gap ms, when it ended (s from the start), the step, CPU ms within it
        of the GUI thread, of the other threads]."""
        gaps = self.gaps
        ends = list(itertools.accumulate(gaps))
        step_of = {i: k for k, i in self.gap_at.items()}
        out = []
        for i in sorted(range(len(gaps)), key=gaps.__getitem__)[-count:][::-1]:
            gui, process = self._within(self.thread_cpu, i), self._within(self.process_cpu, i)
            step = step_of[max(k for k in step_of if k <= i)] if any(k <= i for k in step_of) else "before"
            out.append([round(gaps[i], 1), round(ends[i] / 1000, 2), step, gui,
                        None if gui is None or process is None else round(process - gui, 1)])
        return out

    def summary(self, prefix: str) -> dict[str, Any]:
        """The longest gap, the 99th percentile, and the five longest with the CPU in them."""
        gaps = sorted(self.gaps)
        return {f"{prefix}_event_loop_max_block_ms": round(gaps[-1], 1) if gaps else None,
                f"{prefix}_event_loop_p99_gap_ms": round(gaps[int(len(gaps) * 0.99)], 1) if gaps else None,
                f"{prefix}_longest_blocks": self.longest()}


__all__ = ["MeasuredRun", "gap_recorder", "peak_rss_mb", "rss_mb"]
