"""A read-only table over a service's paged list, fetched a page at a time as the view scrolls;
``ListTableModel`` shows a list already in hand the same way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.ui.theme import alarm_text

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: Callable[[], str]
    value: Callable[[Any], str]
    align_right: bool = False
    highlight: Callable[[Any], bool] | None = None


class PagedTableModel(QAbstractTableModel):
    """``fetch(offset, limit)`` returns plain rows; ``columns`` say how to show them."""

    def __init__(self, columns: list[Column], fetch: Callable[[int, int], list[Any]],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._fetch = fetch
        self._rows: list[Any] = []
        self._exhausted = False

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = self._fetch(len(self._rows), PAGE)
        self._exhausted = len(page) < PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column, row = self.columns[index.column()], self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column.highlight and column.highlight(row):
            return alarm_text()
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header()
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.columns) - 1))


class ListTableModel(PagedTableModel):
    """Rows listed once (``show``), shown a page at a time as the view scrolls."""

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        self.rows: list[Any] = []
        super().__init__(columns, lambda offset, limit: self.rows[offset:offset + limit], parent)

    def show(self, rows: list[Any]) -> None:
        self.rows = rows
        self.reload()
