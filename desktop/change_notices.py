"""Views refresh from change notices, not from signals wired page to page.

``ChangeNotices`` (one per window) reads the catalogue's change mark (``labnet.catalogue.change_notices``) after
every operation run through ``labnet.desktop.tasks`` and, for writes by other processes (a ``labnet import``, a
sync from the command line, a restore), on a slow timer. When the mark moved it emits
``changed(since, now, kinds)``; a view subscribes with the kinds it shows and refreshes only when one of
them changed. The look is one query on the catalogue worker, never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from labnet.catalogue.change_notices import ChangeMark

#: How often writes by other processes are looked for. Writes made in the window are seen at once.
POLL_MS = 3000


class ChangeNotices(QObject):
    changed = Signal(object, object, object)   # since: ChangeMark, now: ChangeMark, kinds: frozenset[str]

    def __init__(self, tasks: Any, also: Iterable[Any] = (), *, interval_ms: int = POLL_MS,
                 parent: QObject | None = None):
        """``tasks`` is the catalogue worker the look runs on; ``also`` other workers (the sync's) whose
        finished tasks are a reason to look."""
        super().__init__(parent)
        self.tasks = tasks
        self.mark: ChangeMark | None = None
        self.looks = 0                 # how many looks were made (for tests and the curious)
        self._looking = False
        self._again = False
        self._stopped = False
        for worker in (tasks, *also):
            worker.task_done.connect(self.check)
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Read the first mark and start looking for other processes' writes."""
        self.check()
        self.timer.start()

    def stop(self) -> None:
        """No more looks (the window is closing: its workers are shutting down)."""
        self._stopped = True
        self.timer.stop()

    def subscribe(self, kinds: Iterable[str], slot: Callable[[], None]) -> None:
        """Call ``slot()`` whenever one of ``kinds`` changed."""
        wanted = frozenset(kinds)
        self.changed.connect(lambda _since, _now, changed: slot() if wanted & changed else None)

    def check(self) -> None:
        """Look now (or once the look under way has come back: tasks finished meanwhile may have written)."""
        if self._stopped:
            return
        if self._looking:
            self._again = True
            return
        self._looking, self._again = True, False
        since = self.mark
        self.looks += 1

        def look(cat: Any) -> tuple[ChangeMark, frozenset[str]]:
            now = cat.last_change()
            return now, (cat.changed_kinds(since, now) if since is not None else frozenset())

        self.tasks.run(look, lambda result: self._seen(since, *result), self._failed,
                       description="change notices", notify=False)

    def _seen(self, since: ChangeMark | None, now: ChangeMark, kinds: frozenset[str]) -> None:
        self._looking = False
        self.mark = now
        if kinds:
            self.changed.emit(since, now, kinds)
        if self._again:
            self.check()

    def _failed(self, _exc: BaseException) -> None:
        # The catalogue could not be read (not opened, locked a moment): the operation that failed says so
        # itself; the next look tries again rather than showing an error every few seconds.
        self._looking = False
        if self._again:
            self.check()
