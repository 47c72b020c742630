"""The people a lookup at the gate found: ↑ ↓ from the entry field move through them, and
with several found Enter does not guess (the list takes the focus and the guard picks)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from app.services.lookup import LookupHit
from app.ui.i18n import tag_text


def hit_text(hit: LookupHit) -> str:
    tags = tag_text(hit.tags, sep="  ")
    parts = [hit.name, hit.room, hit.pass_no, hit.masked_id, hit.plate, tags]
    return "   ".join(p for p in parts if p)


class LookupList(QListWidget):
    chosen = Signal(object)
    """A hit picked with Enter (or a click) in the list."""

    def __init__(self, entry: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.browsed = False
        """The guard moved through the hits with the arrow keys: Enter takes the current one."""
        self.setMaximumHeight(200)
        self.itemActivated.connect(lambda item: self.chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.itemClicked.connect(lambda item: self.chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        entry.installEventFilter(self)
        self.installEventFilter(self)

    def show_hits(self, hits: list[LookupHit]) -> None:
        self.browsed = False
        self.clear()
        for hit in hits:
            item = QListWidgetItem(self.tr("Visitor: {line}").format(line=hit_text(hit))
                                   if hit.kind == "visitor" else hit_text(hit))
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.addItem(item)
        self.setVisible(bool(hits))
        if hits:
            self.setCurrentRow(0)

    def current_hit(self) -> LookupHit:
        return self.currentItem().data(Qt.ItemDataRole.UserRole)

    def is_certain(self, text: str) -> bool:
        """Enter may take the current hit: the only one, one the guard moved to, or the one
        whose pass number is the text (a scanned pass) when no other hit has it."""
        if self.count() == 1 or self.browsed:
            return True
        passes = [self.item(i).data(Qt.ItemDataRole.UserRole).pass_no for i in range(self.count())]
        scanned = text.strip().upper()
        return bool(scanned) and passes[0] == scanned and passes.count(scanned) == 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self.isVisible():
            return super().eventFilter(watched, event)
        key = Qt.Key(event.key())
        if watched is self.entry and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            self.setCurrentRow(max(0, min(self.count() - 1, self.currentRow() + step)))
            self.browsed = True
            return True
        if watched is self and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.currentItem() is not None:
                self.chosen.emit(self.current_hit())
            return True
        return super().eventFilter(watched, event)
