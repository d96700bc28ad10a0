"""Bulk work and Python's cyclic garbage collector."""

from __future__ import annotations

import contextlib
import gc
from typing import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector during bulk work (an import, a bundle built or applied).

    Such work creates hundreds of thousands of small dicts, lists and tuples
    that stay alive until it ends and hold no cycles; every automatic
    collection would walk all of them again, costing a third or more of the
    time.  Reference counting still frees everything as usual; the collector is
    switched back on (if it was on) at the end, whatever happens.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
