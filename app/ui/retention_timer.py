"""The retention purge on its schedule: shortly after the window opens, then after each midnight.

It runs through the one background helper (``app.ui.tasks.Quietly``), a small transaction at a
time (``app.services.retention``), so the gate keeps saving checks meanwhile.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from app import clock
from app.ui.context import UiContext
from app.ui.tasks import Quietly

START_AFTER_MS = 5000
"""After the window and the sync counter are up: nothing at start-up waits for the purge."""
AFTER_MIDNIGHT_MS = 60_000


def _purge(ctx: UiContext) -> object:
    from app.services.retention import purge_on_schedule

    return ctx.run(purge_on_schedule)


class RetentionTimer(QObject):
    purged = Signal(object)
    """A ``PurgeReport``, after each run."""

    def __init__(self, ctx: UiContext, parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job = Quietly(self, lambda: _purge(ctx))
        self.job.finished.connect(self.purged)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.run_now)
        self.timer.start(START_AFTER_MS)

    def run_now(self) -> None:
        self.job.start()
        self.timer.start(self.until_midnight_ms())

    def until_midnight_ms(self) -> int:
        """Milliseconds to just after the compound's next midnight."""
        now = clock.now().astimezone(self.ctx.zone)
        midnight = datetime.combine(now.date() + timedelta(days=1), time(), now.tzinfo)
        return int((midnight - now).total_seconds() * 1000) + AFTER_MIDNIGHT_MS
