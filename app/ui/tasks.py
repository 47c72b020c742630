"""The one way to run slow work off the GUI thread.

``run_task(parent, title, work, on_done)`` runs ``work(progress)`` in Qt's thread pool, where
``progress(done, total)`` reports and returns False once the user has cancelled. It always
ends in exactly one call: ``on_done(result)`` or the error hook, on the GUI thread. A progress
dialog appears only if the job is still running after ``SHOW_AFTER_MS``. ``Quietly`` runs what
nobody asked for (a refresh on a timer) the same way, with no dialog.
"""

from __future__ import annotations

import sys
import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 500
_started: weakref.WeakSet[Task] = weakref.WeakSet()
Progress = Callable[[int, int], bool]


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals,
                 cancelled: threading.Event) -> None:
        super().__init__()
        self.work, self.signals, self.cancelled = work, signals, cancelled

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progressed.emit(done, total)
        return not self.cancelled.is_set()

    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except BaseException as error:
            _emit(self.signals.failed, error)
        else:
            _emit(self.signals.finished, result)


def _emit(signal: Any, value: object) -> None:
    try:
        signal.emit(value)
    except RuntimeError:  # whoever started the work has been closed meanwhile: nobody waits for it
        pass


class Task(QObject):
    """A running job: cancel it, or wait for ``finished``/``failed``."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, title: str, work: Callable[[Progress], Any]) -> None:
        super().__init__(parent)
        self.cancelled = threading.Event()
        self._signals = _Signals()
        self._dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(SHOW_AFTER_MS)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        self._dialog.canceled.connect(self.cancel)
        self._dialog.setValue(0)
        self._signals.progressed.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._runnable = _Runnable(work, self._signals, self.cancelled)
        self._runnable.setAutoDelete(False)

    def start(self) -> Task:
        _started.add(self)
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        self.cancelled.set()

    def _on_progress(self, done: int, total: int) -> None:
        self._dialog.setMaximum(total)
        self._dialog.setValue(done)

    def _close(self) -> None:
        _started.discard(self)
        self._dialog.canceled.disconnect(self.cancel)
        self._dialog.close()
        self._dialog.deleteLater()

    def _on_finished(self, result: object) -> None:
        self._close()
        self.finished.emit(result)

    def _on_failed(self, error: object) -> None:
        self._close()
        self.failed.emit(error)


class Quietly(QObject):
    """Runs ``work()`` in Qt's thread pool again and again, one run at a time, showing nothing:
    for what a window refreshes on a timer. Each result arrives as ``finished`` on the GUI thread.
    A ``GatePostError`` (the database busy) is dropped, since the next run tries again; anything
    else goes to ``sys.excepthook`` like an error in any other slot."""

    finished = Signal(object)

    def __init__(self, parent: QObject, work: Callable[[], Any]) -> None:
        super().__init__(parent)
        self._work = work
        self._signals = _Signals(self)  # lives and dies with this object, on the GUI thread
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self.running = False

    def start(self) -> None:
        """Run ``work`` now, unless a run is still going."""
        if not self.running:
            self.running = True
            work = self._work
            runnable = _Runnable(lambda _progress: work(), self._signals, threading.Event())
            QThreadPool.globalInstance().start(runnable)

    def _on_finished(self, result: object) -> None:
        self.running = False
        self.finished.emit(result)

    def _on_failed(self, error: BaseException) -> None:
        from app.errors import GatePostError

        self.running = False
        if not isinstance(error, GatePostError):
            sys.excepthook(type(error), error, error.__traceback__)


def finish_work() -> None:
    """Before the program ends (``aboutToQuit``): ask every task to stop at its next step, and
    wait for the pool (an import under way completes or undoes its transaction, never half of it)."""
    for task in list(_started):
        task.cancel()
    QThreadPool.globalInstance().waitForDone()


def run_task(parent: QWidget, title: str, work: Callable[[Progress], Any],
             on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None) -> Task:
    from app.ui.error_hook import log_unexpected, show_error

    task = Task(parent, title, work)
    task.finished.connect(on_done)
    task.failed.connect(log_unexpected)
    task.failed.connect(on_error or (lambda error: show_error(parent, error)))
    return task.start()

