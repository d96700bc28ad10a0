"""Python's cyclic collector: on the GUI thread only in the window, and pauses that overlap across threads."""

from __future__ import annotations

import gc
import threading

import pytest

from labnet.common.memory import collector_paused
from labnet.desktop.collector import GuiThreadCollector, install


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def test_pauses_overlapping_in_two_threads_keep_the_collector_off_until_the_last_ends(collector_on):
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen = {}

    def first():
        with collector_paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    worker = threading.Thread(target=first)
    worker.start()
    first_in.wait(5)
    with collector_paused():
        second_in.set()
        first_out.wait(5)
        seen["after the first ended"] = gc.isenabled()   # before: the first pause switched it back on here
    worker.join(5)
    assert seen == {"after the first ended": False}
    assert gc.isenabled()


def test_a_pause_leaves_the_collector_off_where_the_application_keeps_it_off(collector_on):
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_the_window_collects_on_its_own_thread_as_the_thresholds_say(qapp):
    collector = install(qapp)
    assert install(qapp) is collector and not gc.isenabled()
    thresholds = gc.get_threshold()
    try:
        gc.collect()
        gc.set_threshold(50, 10, 10)
        for _ in range(200):          # cycles only the collector frees
            a = []
            a.append(a)
        del a
        assert GuiThreadCollector.collect_due() >= 100
        assert GuiThreadCollector.collect_due() == 0   # nothing due right after a collection
    finally:
        gc.set_threshold(*thresholds)


def test_start_up_objects_are_set_aside_and_later_cycles_still_collected():
    """In a process of its own: a frozen object is never collected again, which a test process must not get."""
    import subprocess
    import sys

    code = ("import gc, weakref\n"
            "from labnet.desktop.collector import freeze_start_up\n"
            "freeze_start_up()\n"
            "assert gc.get_freeze_count() > 1000, gc.get_freeze_count()\n"
            "class Node: pass\n"
            "a = Node(); a.me = a; gone = weakref.ref(a); del a\n"
            "gc.collect()\n"
            "assert gone() is None\n"
            "print('ok')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "ok", done.stderr
