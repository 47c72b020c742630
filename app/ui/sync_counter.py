"""The status bar's "⇪ N unacknowledged", counted again every minute off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from app.services.sync_state import SyncStatus, sync_status
from app.ui.context import UiContext
from app.ui.tasks import Quietly
from app.ui.theme import repolish

if TYPE_CHECKING:
    from app.ui.sync_page import SyncPage


class SyncCounterLabel(QLabel):
    """"⇪ N unacknowledged" for the status bar; warning colours once the receipt is overdue."""

    clicked = Signal()
    REFRESH_MS = 60_000

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: SyncStatus | None = None
        self._page_spoke = False
        """Whether the sync page reported a status since the running count began: it is newer."""
        call = ctx.call  # not self: the work must not keep this label alive
        self._counting = Quietly(self, lambda: call(sync_status))
        self._counting.finished.connect(self._on_counted)
        self.setStyleSheet('QLabel { padding: 2px 8px; border-radius: 4px; }'
                           ' QLabel[warn="true"] { background: #b26a00; color: #000000; font-weight: bold; }')
        self._timer = QTimer(self, interval=self.REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        ctx.languages.language_changed.connect(self.retranslate_ui)

    def follow(self, page: SyncPage) -> None:
        page.status_changed.connect(self._on_page_status)

    def refresh(self) -> None:
        """Count again, off the GUI thread: a gate that never had a receipt counts a million rows."""
        if not self._counting.running:
            self._page_spoke = False
            self._counting.start()

    def _on_page_status(self, status: SyncStatus) -> None:
        self._page_spoke = True
        self.set_status(status)

    def _on_counted(self, status: SyncStatus) -> None:
        if not self._page_spoke:
            self.set_status(status)

    def set_status(self, status: SyncStatus) -> None:
        self.status = status
        self.setProperty("warn", status.warn)
        repolish(self)
        self.retranslate_ui()

    def retranslate_ui(self, _language: str = "") -> None:
        if self.status is None:
            return
        self.setText(self.tr("⇪ %n unacknowledged", "", self.status.unacknowledged))
        days = self.status.days_since_receipt
        self.setToolTip(self.tr("Records not yet acknowledged by the street office") + (
            "" if days is None else "; " + self.tr("last receipt %n day(s) ago", "", days)))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self.clicked.emit()
