"""The background helper: a result or an error, always exactly once; progress; cancelling."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from app.errors import DatabaseBusy
from app.ui.tasks import Quietly, Task, finish_work, run_task


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_result_arrives_on_the_gui_thread(qtbot, parent) -> None:
    results, threads = [], []

    def work(progress):
        threads.append(threading.current_thread())
        for i in range(3):
            progress(i + 1, 3)
        return 42

    task = run_task(parent, "working", work, lambda result: results.append((result, threading.current_thread())))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert results == [(42, threading.main_thread())]
    assert threads and threads[0] is not threading.main_thread()


def test_an_error_reaches_the_error_handler(qtbot, parent) -> None:
    errors = []

    def work(progress):
        raise RuntimeError("broken")

    task = run_task(parent, "working", work, lambda _r: errors.append("finished"), errors.append)
    with qtbot.waitSignal(task.failed, timeout=5000):
        pass
    assert len(errors) == 1 and isinstance(errors[0], RuntimeError)


def test_cancel_tells_the_work_to_stop(qtbot, parent) -> None:
    cancelled, seen = threading.Event(), []

    def work(progress):
        before = progress(0, 2)
        assert cancelled.wait(5)
        return before, progress(1, 2)

    task = Task(parent, "working", work)
    task.finished.connect(seen.append)
    task.start()
    task.cancel()
    cancelled.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen[0][1] is False  # the work saw the cancellation on its next report


def test_quitting_stops_running_tasks_and_waits_for_them(qtbot, parent) -> None:
    started, steps, bound = threading.Event(), [], 10_000_000

    def work(progress):
        started.set()
        while progress(0, 1) and len(steps) < bound:  # goes on until told to stop
            steps.append(1)
        return len(steps)

    Task(parent, "working", work).start()
    assert started.wait(5)
    finish_work()
    assert QThreadPool.globalInstance().activeThreadCount() == 0 and len(steps) < bound


def test_a_quiet_job_runs_once_at_a_time_and_drops_a_busy_database(qtbot, parent) -> None:
    go_on, runs, results = threading.Event(), [], []

    def work():
        runs.append(threading.current_thread())
        assert go_on.wait(5)
        if len(runs) == 2:
            raise DatabaseBusy("busy")  # the next tick tries again: nothing shown
        return len(runs)

    job = Quietly(parent, work)
    job.finished.connect(results.append)
    job.start()
    job.start()
    go_on.set()
    qtbot.waitUntil(lambda: not job.running)
    job.start()
    qtbot.waitUntil(lambda: not job.running)
    assert results == [1] and len(runs) == 2 and threading.main_thread() not in runs
