"""One way to do background work: ``tasks.run(fn, on_success, on_failure)``.

All catalogue work runs on one serialised worker thread that owns the SQLite
connection (so the window never waits on the disk, and two operations never
interleave); results come back to the GUI thread, where the callbacks run.
Network work gets a second, independent worker later (the sync issue).

Tests construct ``Tasks(..., synchronous=True)``: the function and its
callbacks run at once, in order, on the calling thread, so GUI tests are
deterministic without waiting on signals (MusicBrainz Picard does the same).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

# How soon the GUI thread gets Python's lock back from a busy worker (see Tasks.__init__).
SWITCH_INTERVAL_S = 0.0005

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel; nothing is reported as an error."""


@dataclass
class TaskHandle:
    """What the GUI keeps of a running task: it can ask it to stop."""

    description: str
    _cancel: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class TaskContext:
    """Given to a task: report progress, and check whether to stop."""

    def __init__(self, handle: TaskHandle, report: Callable[[int, int, str], None]):
        self._handle = handle
        self._report = report

    def progress(self, done: int, total: int, message: str = "") -> None:
        """Report progress; raises ``Cancelled`` if the user asked to stop."""
        self._report(done, total, message)
        self.check()

    def check(self) -> None:
        if self._handle.cancelled:
            raise Cancelled()

    @property
    def cancelled(self) -> bool:
        return self._handle.cancelled


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from the worker are queued to it."""

    finished = Signal(object, object)      # callback, value
    progressed = Signal(object, int, int, str)

    @Slot(object, object)
    def _call(self, callback: Callable[[Any], None], value: Any) -> None:
        callback(value)

    @Slot(object, int, int, str)
    def _progress(self, callback: Callable[[int, int, str], None], done: int, total: int, message: str) -> None:
        callback(done, total, message)


class Tasks(QObject):
    """The application's background worker for catalogue work.

    ``opener`` is called once, on the worker thread, to create the object every
    task receives (the ``Catalogue``), so its SQLite connection belongs to
    that thread.
    """

    failed = Signal(object)  # an exception no task handled: the window shows it
    task_done = Signal()     # a task that may have written has finished (the change notices look again)

    def __init__(self, opener: Callable[[], Any], *, synchronous: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self._opener = opener
        self._resource: Any = None
        self._synchronous = synchronous
        self._executor = None if synchronous else ThreadPoolExecutor(max_workers=1, thread_name_prefix="catalogue")
        self._shut = False   # after shutdown() a task asked (a timer firing as the window closes) is not run
        if not synchronous:
            # A worker busy in Python keeps Python's lock for the switch interval (5 ms by default) each time the
            # GUI thread, which gives it up around many Qt calls, asks for it back: building a page of widgets
            # then waits a multiple of it (a 120 ms gap while a workbook was read, 12 ms of it the GUI's work).
            sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self._relay = _Relay()
        self._relay.finished.connect(self._relay._call)
        self._relay.progressed.connect(self._relay._progress)
        self.pending = 0

    def run(self, fn: Callable[..., Any], on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None, *,
            on_progress: Callable[[int, int, str], None] | None = None,
            description: str = "", notify: bool = True) -> TaskHandle:
        """Run ``fn(catalogue, context)`` on the worker (``fn(catalogue)`` if it takes one argument).

        ``on_success(result)`` or ``on_failure(exception)`` then runs on the GUI
        thread. A ``Cancelled`` task calls neither. An exception without an
        ``on_failure`` goes to the ``failed`` signal. Once it has run, ``task_done``
        is emitted on the GUI thread, unless ``notify`` is False (the change
        notices' own look, which would otherwise start the next one).
        """
        handle = TaskHandle(description)

        def report(done: int, total: int, message: str) -> None:
            if on_progress is not None:
                if self._synchronous:
                    on_progress(done, total, message)
                else:
                    self._relay.progressed.emit(on_progress, done, total, message)

        def deliver(callback: Callable[[Any], None], value: Any) -> None:
            if self._synchronous:
                callback(value)
            else:
                self._relay.finished.emit(callback, value)

        def job() -> None:
            context = TaskContext(handle, report)
            try:
                if self._resource is None:
                    self._resource = self._opener()
                result = _call(fn, self._resource, context)
            except Cancelled:
                deliver(self._done, None)
            except BaseException as exc:  # reported to the GUI, never lost on the worker
                log.debug("task %r failed", description or fn, exc_info=exc)
                deliver(self._done, None)
                deliver(on_failure or self.failed.emit, exc)
            else:
                deliver(self._done, None)
                if on_success is not None:
                    deliver(on_success, result)
            if notify:   # after its callbacks; a cancelled or failed task may have written part of its work
                deliver(self._notify, None)

        if self._shut:
            # The window is closing: nothing is left to run it on or deliver it to. Said in the log, not raised
            # into Qt's event loop from the timer that asked.
            log.info("task %r asked after shutdown, not run", description or fn)
            handle.cancel()
            return handle
        self.pending += 1
        if self._executor is None:
            job()
        else:
            self._executor.submit(job)
        return handle

    def _done(self, _: Any) -> None:
        self.pending -= 1

    def _notify(self, _: Any) -> None:
        self.task_done.emit()

    def shutdown(self) -> None:
        """Finish queued work, then close the catalogue on its own thread; later tasks are not run."""
        self._shut = True
        def close() -> None:
            if self._resource is not None and hasattr(self._resource, "close"):
                self._resource.close()
            self._resource = None
        if self._executor is None:
            close()
        else:
            self._executor.submit(close)
            self._executor.shutdown(wait=True)


def _call(fn: Callable[..., Any], resource: Any, context: TaskContext) -> Any:
    code = getattr(fn, "__code__", None)
    takes_context = code is not None and code.co_argcount - (1 if hasattr(fn, "__self__") else 0) >= 2
    return fn(resource, context) if takes_context else fn(resource)
