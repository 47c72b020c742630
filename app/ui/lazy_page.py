"""A page that reads the database only once it is first shown, so start-up stays quick."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class LazyPage(QWidget):
    _loaded = False

    def reload(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        if self._loaded:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.reload()
