"""The one way to run slow work off the GUI thread.

``run_task(parent, title, work, on_done)`` runs ``work(progress)`` in Qt's thread pool, where
``progress(done, total)`` reports and returns False once the user has cancelled. It always
ends in exactly one call: ``on_done(result)`` or the error hook, on the GUI thread. A progress
dialog appears only if the job is still running after ``SHOW_AFTER_MS``. ``Quietly`` runs what
nobody asked for (a refresh on a timer) the same way, with no dialog and no message.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 500
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
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


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
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        self.cancelled.set()

    def _on_progress(self, done: int, total: int) -> None:
        self._dialog.setMaximum(total)
        self._dialog.setValue(done)

    def _close(self) -> None:
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
    """``work()`` in Qt's thread pool; ``finished(result)`` or ``failed(error)`` on the GUI thread.

    Nothing is shown: an unexpected error is only logged."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject, work: Callable[[], Any]) -> None:
        from app.ui.error_hook import log_unexpected

        super().__init__(parent)
        self._signals = _Signals()
        self._signals.finished.connect(self.finished)
        self._signals.failed.connect(self.failed)
        self.failed.connect(log_unexpected)
        self._runnable = _Runnable(lambda _progress: work(), self._signals, threading.Event())
        self._runnable.setAutoDelete(False)
        QThreadPool.globalInstance().start(self._runnable)


def run_task(parent: QWidget, title: str, work: Callable[[Progress], Any],
             on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None) -> Task:
    from app.ui.error_hook import log_unexpected, show_error

    task = Task(parent, title, work)
    task.finished.connect(on_done)
    task.failed.connect(log_unexpected)
    task.failed.connect(on_error or (lambda error: show_error(parent, error)))
    return task.start()

