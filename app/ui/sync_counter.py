"""The status bar's "⇪ N unacknowledged", counted again every minute off the GUI thread; its
tooltip and a click say what the number means."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

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
        self.explanation: QMessageBox | None = None
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
        self.clicked.connect(self.explain)
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
        # Rich text, so that the tooltip wraps.
        self.setToolTip("".join(f"<p>{escape(part, quote=False)}</p>"
                                for part in (self.meaning(), self.receipt_text())))

    def meaning(self) -> str:
        return self.tr(
            "Records saved on this computer that the street office has not yet acknowledged. They are "
            "carried on every USB export until the office's receipt comes back on the drive; then they "
            "are no longer counted. Everything recorded here counts, even the compound and its gates "
            "written at setup.")

    def receipt_text(self) -> str:
        days = None if self.status is None else self.status.days_since_receipt
        if days is None:
            return self.tr("No receipt from the street office yet.")
        if days == 0:
            return self.tr("Last receipt from the street office: today.")
        return self.tr("Last receipt from the street office: %n day(s) ago.", "", days)

    def explain(self) -> None:
        """Say what the number means (the main window also opens the USB sync tab)."""
        if self.explanation is None:
            self.explanation = QMessageBox(self.window())
            self.explanation.setIcon(QMessageBox.Icon.Information)
        self.explanation.setWindowTitle(self.tr("Unacknowledged records"))
        self.explanation.setText(self.meaning())
        self.explanation.setInformativeText("" if self.status is None else " ".join((self.tr(
            "%n record(s) not yet acknowledged.", "", self.status.unacknowledged), self.receipt_text())))
        self.explanation.open()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self.clicked.emit()
