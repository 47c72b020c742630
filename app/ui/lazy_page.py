"""A page that reads the database only once it is first shown, so start-up stays quick."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class LazyPage(QWidget):
    """Reads the database when shown; a refresh while hidden waits until the page is shown."""

    _loaded = False
    _stale = True

    def reload(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._loaded, self._stale = True, False
            self.reload()
