"""The background helper: a result or an error, always exactly once; progress; cancelling."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from app.ui.tasks import Task, run_task


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
