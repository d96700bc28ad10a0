"""Python's cyclic garbage collector runs on the GUI thread only.

A collection runs in whichever thread happens to allocate when a threshold is
crossed: a worker of ``labnet.desktop.tasks``, or the demo hub's ingest thread.  If it
frees a Qt object there (a closed dialog, a menu kept alive by a cycle), the
object is destroyed off the GUI thread, and PySide's deletion deadlocks against
the GUI thread: each holds what the other waits for (a Qt mutex, Python's
lock).  It was seen for real: a sync with the in-process demo hub hung for
good in CI.  So, as Anki does, automatic collection is off while the window
lives and a timer on the GUI thread collects, a generation at a time when the
usual thresholds say so.  Reference counting frees everything else at once,
as always.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    INTERVAL_MS = 1000

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    @staticmethod
    def collect_due() -> int:
        """Collect the oldest generation whose threshold is crossed, as the automatic collector would."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0]:
            return 0
        generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
        return gc.collect(generation)


def freeze_start_up() -> None:
    """Set aside what start-up made (modules, classes, the window's wrappers: ~all objects of the process) from
    every later collection, so a full collection on the GUI thread walks only what came after: it took 55-58 ms
    of CPU with nothing open and 104-131 ms with the Linkage view's classes held (issue 23's stall budget is
    100 ms; docs/performance.md).  Once per process, from the application's start (desktop/app.py), never in a
    test's windows: objects frozen are never collected, so a closed window's cycles would stay."""
    gc.collect()
    gc.freeze()


def install(app: QObject) -> GuiThreadCollector:
    """Once per application; a second call returns the collector already installed."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
