"""The gate's last twenty checks, newest first; a fever's reading in red."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QTableView

from app.services.checks import CheckView, recent_checks
from app.ui.context import UiContext
from app.ui.table_model import Column, PagedTableModel
from app.ui.verdict_banner import who_label
from app.ui.widgets import table_view


class RecentChecks(QObject):
    """The model and its view; ``reload`` after each save, ``retranslate`` on a language switch."""

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = PagedTableModel([
            Column(lambda: self.tr("Time"), lambda c: ctx.local(c.taken_at, "%H:%M:%S")),
            Column(lambda: self.tr("Who"), who_label),
            Column(lambda: self.tr("Room"), lambda c: c.room),
            Column(lambda: self.tr("°C"), lambda c: c.reading, align_right=True,
                   highlight=lambda c: c.is_fever),
            Column(lambda: self.tr("Gate"), lambda c: c.gate),
        ], self._fetch, self)
        self.view: QTableView = table_view(self.model)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _fetch(self, offset: int, limit: int) -> list[CheckView]:
        return self.ctx.call(recent_checks, limit=20) if offset == 0 else []
