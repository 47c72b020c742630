"""The hub's street-wide table: one row per compound and a total row, missing bundles in red."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from app.services.hub import SiteSummary
from app.ui.theme import alarm_text

Index = QModelIndex | QPersistentModelIndex


class SitesTableModel(QAbstractTableModel):
    """One row per compound and a total row; missing bundle numbers in the warning colour."""

    def __init__(self, when: Callable[[str | None], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._when = when
        self.sites: list[SiteSummary] = []

    def set_sites(self, sites: list[SiteSummary]) -> None:
        self.beginResetModel()
        self.sites = sites
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Compound"), self.tr("Checks"), self.tr("Visits"), self.tr("Returnees"),
                self.tr("Last bundle"), self.tr("Missing bundles"), self.tr("Last import")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.sites) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def gaps_text(self, site: SiteSummary) -> str:
        parts = []
        for gap in site.gaps:
            numbers = ", ".join(str(n) for n in gap["missing"][:10]) + ("…" if len(gap["missing"]) > 10 else "")
            parts.append(numbers if len(site.gaps) == 1 else f"{gap['replica']}: {numbers}")
        return "; ".join(parts)

    def _cells(self, row: int) -> list[str]:
        if row < len(self.sites):
            s = self.sites[row]
            return [s.name, str(s.checks), str(s.visits), str(s.returnees),
                    str(s.last_sequence) if s.last_sequence else "", self.gaps_text(s), self._when(s.last_import)]
        missing = sum(len(g["missing"]) for s in self.sites for g in s.gaps)
        last = max((s.last_import for s in self.sites if s.last_import), default=None)
        return [self.tr("Total (%n compound(s))", "", len(self.sites)), *(str(sum(getattr(s, f) for s in self.sites))
                for f in ("checks", "visits", "returnees")), "",
                self.tr("%n missing", "", missing) if missing else "", self._when(last)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self.sites):
            return None
        total = index.row() == len(self.sites)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= index.column() <= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 5 and self._cells(index.row())[5]:
            return QBrush(alarm_text())
        if role == Qt.ItemDataRole.FontRole and (total or index.column() == 5):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole and not total:
            return self.sites[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            return self.headers()[section]
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.sites), 6))
