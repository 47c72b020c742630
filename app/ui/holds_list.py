"""Fevers waiting for their second reading, each with its own count-down."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app import clock
from app.domain.temperature import recheck_wait
from app.services.checks import CheckView
from app.ui.verdict_banner import who_label


class HoldsList(QListWidget):
    def __init__(self, local: Callable[[datetime], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._local = local
        self.holds: list[CheckView] = []
        self.setMaximumHeight(160)

    def show_holds(self, holds: list[CheckView]) -> None:
        """Keep the list's items (and so the guard's selection); only their text changes."""
        self.holds = holds
        shown = [self.item(i).data(Qt.ItemDataRole.UserRole).id for i in range(self.count())]
        if shown != [hold.id for hold in holds]:
            self.clear()
            for hold in holds:
                item = QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, hold)
                self.addItem(item)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The count-downs, to the second: called every second while anything waits."""
        now = clock.now()
        for i, hold in enumerate(self.holds):
            wait = recheck_wait(hold.recheck_due_at, now)
            due = self.tr("second reading in {wait}").format(wait=wait) if wait \
                else self.tr("second reading due now")
            self.item(i).setText(self.tr("{time}  {who}  {reading} °C  —  {due}").format(
                time=self._local(hold.taken_at), who=who_label(hold), reading=hold.reading, due=due))
