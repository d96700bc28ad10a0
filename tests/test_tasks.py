"""The background worker: results and errors come back to the GUI thread."""

import threading

import pytest

from labnet.desktop.tasks import Tasks


class Resource:
    def __init__(self):
        self.thread = threading.get_ident()
        self.closed_on = None

    def close(self):
        self.closed_on = threading.get_ident()


def test_tasks_run_in_order_on_one_worker_and_callbacks_on_the_gui_thread(qtbot):
    gui = threading.get_ident()
    tasks = Tasks(Resource)
    seen, callback_threads = [], []

    def job(n):
        return lambda res: (seen.append((n, threading.get_ident(), res.thread)), n)[1]

    for n in range(5):
        tasks.run(job(n), lambda v: callback_threads.append((v, threading.get_ident())))
    qtbot.waitUntil(lambda: len(callback_threads) == 5, timeout=5000)
    assert [n for n, *_ in seen] == [0, 1, 2, 3, 4]
    assert len({t for _, t, _ in seen}) == 1 and seen[0][1] != gui
    assert all(t == r for _, t, r in seen)  # the resource was opened on the worker itself
    assert [v for v, _ in callback_threads] == [0, 1, 2, 3, 4]
    assert all(t == gui for _, t in callback_threads)
    tasks.shutdown()


def test_failures_reach_on_failure_or_the_failed_signal(qtbot):
    tasks = Tasks(Resource)
    errors = []
    tasks.run(lambda res: 1 / 0, on_failure=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)
    with qtbot.waitSignal(tasks.failed, timeout=5000) as blocker:
        tasks.run(lambda res: {}["missing"])
    assert isinstance(blocker.args[0], KeyError)
    tasks.shutdown()


def test_progress_and_cancel(qtbot):
    tasks = Tasks(Resource, synchronous=True)
    progress, results = [], []

    def long_job(res, context):
        for i in range(10):
            context.progress(i, 10, "working")
        return "done"

    tasks.run(long_job, results.append, on_progress=lambda d, t, m: progress.append(d))
    assert results == ["done"] and progress == list(range(10))

    # Cancel while the task is queued behind a gate: it stops at its next check,
    # and neither callback runs.
    failures = []
    async_tasks = Tasks(Resource)
    gate = threading.Event()

    def waits_then_checks(res, context):
        gate.wait(5)
        context.check()
        return "not reached"
    h = async_tasks.run(waits_then_checks, results.append, failures.append)
    h.cancel()
    gate.set()
    qtbot.waitUntil(lambda: async_tasks.pending == 0, timeout=5000)
    assert results == ["done"] and failures == []
    async_tasks.shutdown()


def test_shutdown_closes_the_resource_on_its_thread(qtbot):
    made = []
    tasks = Tasks(lambda: made.append(Resource()) or made[-1])
    tasks.run(lambda res: None)
    tasks.shutdown()
    assert made[0].closed_on == made[0].thread



@pytest.mark.parametrize("synchronous", [False, True])
def test_a_task_asked_after_shutdown_is_not_run_and_raises_nothing(qtbot, synchronous):
    """A timer firing while the window closes (the Network view's automatic sync) asks for a task after the
    worker is shut down: it is not run, nothing is raised into Qt's event loop, and the handle says so."""
    tasks = Tasks(Resource, synchronous=synchronous)
    ran: list[str] = []
    tasks.run(lambda resource: ran.append("before"))
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=5000)
    tasks.shutdown()
    handle = tasks.run(lambda resource: ran.append("after"), lambda _: ran.append("delivered"))
    assert ran == ["before"] and handle.cancelled and tasks.pending == 0
