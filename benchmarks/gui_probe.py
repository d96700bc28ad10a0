"""``benchmarks/gui.py`` with probes that tell what holds up the window (issue 23): every cyclic collection
timed (thread, generation, wall and CPU), a Python thread ticking every 5 ms beside the Qt timer, and every
thread's Python stack written when the window's timer has not ticked for ``--dump-after`` seconds.

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_probe.py --out /tmp/probe [--dump-after 0.05]
        [--window-collector] -- --linkage-only

Written to ``--out``: ``collections.log`` (collections over 15 ms and every full one; the Python ticker's
gaps over 60 ms, with the process's CPU in each) and ``stacks.txt`` (faulthandler's dumps, the window's gaps
over 100 ms). ``--window-collector`` installs the window's own collector (``desktop/collector.py``: automatic
collection off, a 1 s timer on the GUI thread) before the linkage measure, as ``desktop/app.py`` does.
"""

from __future__ import annotations

import argparse
import faulthandler
import gc
import os
import runpy
import sys
import threading
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--dump-after", type=float, default=0.05, help="seconds without a tick of the window")
    parser.add_argument("--window-collector", action="store_true")
    parser.add_argument("rest", nargs=argparse.REMAINDER, help="-- then benchmarks/gui.py's options")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    log = (args.out / "collections.log").open("w", buffering=1)
    stacks = (args.out / "stacks.txt").open("w")
    collecting: dict[str, float] = {}

    def timed(phase: str, info: dict) -> None:
        now = time.perf_counter()
        if phase == "start":
            collecting.update(at=now, cpu=time.thread_time())
            return
        took = (now - collecting["at"]) * 1000
        if took > 15 or info["generation"] == 2:
            log.write(f"collection gen{info['generation']} at {collecting['at'] - started:.3f} s: {took:.1f} ms, "
                      f"{1000 * (time.thread_time() - collecting['cpu']):.1f} ms CPU, {info['collected']} freed, "
                      f"thread {threading.current_thread().name}\n")

    def ticker() -> None:
        last, cpu = time.perf_counter(), time.process_time()
        while True:
            time.sleep(0.005)
            now, cpu_now = time.perf_counter(), time.process_time()
            if now - last > 0.06:
                log.write(f"Python ticker's gap {1000 * (now - last):.1f} ms ending at {now - started:.3f} s, "
                          f"process CPU {1000 * (cpu_now - cpu):.1f} ms, load {os.getloadavg()[0]:.1f}\n")
            last, cpu = now, cpu_now

    gc.callbacks.append(timed)
    threading.Thread(target=ticker, daemon=True, name="probe-ticker").start()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import benchmarks.gui_harness as harness
    import benchmarks.gui_linkage as gui_linkage

    cpu_now, last_tick = harness.MeasuredRun._cpu_now, [0.0]

    def ticked(self) -> None:   # each tick of the window's 5 ms timer re-arms the stack dump
        cpu_now(self)
        now = time.perf_counter()
        if last_tick[0] and now - last_tick[0] > 0.1:
            stacks.write(f"=== the window's gap {1000 * (now - last_tick[0]):.1f} ms ending at {now - started:.3f} s\n")
            stacks.flush()
        last_tick[0] = now
        faulthandler.dump_traceback_later(args.dump_after, file=stacks)

    harness.MeasuredRun._cpu_now = ticked
    if args.window_collector:
        bench_linkage = gui_linkage.bench_linkage

        def with_collector(app, folder, *more, **options):
            from labnet.desktop import collector
            collector.install(app)
            return bench_linkage(app, folder, *more, **options)

        gui_linkage.bench_linkage = with_collector
    sys.argv = ["benchmarks/gui.py"] + [a for a in args.rest if a != "--"]
    runpy.run_path(str(Path(__file__).resolve().parent / "gui.py"), run_name="__main__")


if __name__ == "__main__":
    main()
