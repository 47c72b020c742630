"""Fields two computers changed at the same time: what was kept, what lost, for the committee."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import column_label, record_label
from app.services.sync import list_conflicts, mark_conflicts_reviewed
from app.ui.context import UiContext
from app.ui.i18n import qt_translate
from app.ui.table_model import Column, ListTableModel
from app.ui.widgets import table_view


class ConflictsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Changes made at the same time"))
        self.resize(900, 420)
        self.note = QLabel(self.tr(
            "Two computers changed these fields without seeing each other's change. Every computer "
            "keeps the same value; the other one is shown here so you can put it right if needed."))
        self.note.setWordWrap(True)
        self.model = ListTableModel([
            Column(lambda: self.tr("Time"), lambda c: ctx.local(c.at, "%Y-%m-%d %H:%M")),
            Column(lambda: self.tr("Record"), lambda c: " ".join(
                (qt_translate("Records", record_label(c.table_name)), c.row_id.hex[-8:]))),
            Column(lambda: self.tr("Field"), lambda c: qt_translate("Fields", column_label(c.table_name, c.field))),
            Column(lambda: self.tr("Kept"), lambda c: c.kept),
            Column(lambda: self.tr("Not kept"), lambda c: c.lost),
        ], self)
        self.table = table_view(self.model, QHeaderView.ResizeMode.ResizeToContents)
        self.reviewed_button = QPushButton(self.tr("Mark all as reviewed"))
        self.reviewed_button.clicked.connect(self.mark_all_reviewed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reviewed_button)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.model.show(self.ctx.call(list_conflicts))

    def mark_all_reviewed(self) -> None:
        """Every conflict listed, not only the rows scrolled into view so far."""
        self.ctx.call(mark_conflicts_reviewed, [c.id for c in self.model.rows])
        self.reload()
