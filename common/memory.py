"""Bulk work and Python's cyclic garbage collector."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_depth = 0            # pauses under way, in every thread
_resume = False       # whether the collector was on when the first of them began


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector during bulk work (an import, a bundle built or applied).

    Such work creates hundreds of thousands of small dicts, lists and tuples
    that stay alive until it ends and hold no cycles; every automatic
    collection would walk all of them again, costing a third or more of the
    time.  Reference counting still frees everything as usual.

    Pauses may overlap across threads (the window's sync beside the demo hub's
    ingest): the collector comes back on only when the last one ends, and only
    if it was on before the first began — never switched on under a pause still
    running, nor where the application keeps it off (desktop/collector.py).
    """
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()
