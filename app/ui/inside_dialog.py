"""Visitors still inside, with signing out on Enter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from app.services.visitors import sign_out_visitor, visitors_inside
from app.ui.context import UiContext
from app.ui.widgets import table_view
from app.ui.table_model import Column, ListTableModel


def visit_columns(ctx: UiContext, inside: bool = False) -> list[Column]:
    """A visit's columns; ``inside`` leaves out the time out, which a visitor inside has not got."""
    time_in = Column(lambda: QCoreApplication.translate("VisitColumns", "In"), lambda v: ctx.local(v.time_in))
    time_out = Column(lambda: QCoreApplication.translate("VisitColumns", "Out"),
                      lambda v: ctx.local(v.time_out) if v.time_out else "")
    rest = [
        Column(lambda: QCoreApplication.translate("VisitColumns", "Name"), lambda v: v.name),
        Column(lambda: QCoreApplication.translate("VisitColumns", "ID"), lambda v: v.masked_id),
        Column(lambda: QCoreApplication.translate("VisitColumns", "Phone"), lambda v: v.masked_phone),
        Column(lambda: QCoreApplication.translate("VisitColumns", "Host"), lambda v: v.host),
        Column(lambda: QCoreApplication.translate("VisitColumns", "Plate"), lambda v: v.plate),
        Column(lambda: QCoreApplication.translate("VisitColumns", "°C"), lambda v: v.reading,
               align_right=True, highlight=lambda v: v.is_fever),
        Column(lambda: QCoreApplication.translate("VisitColumns", "Pass"), lambda v: v.pass_no),
    ]
    return [time_in, *rest] if inside else [time_in, time_out, *rest]


class InsideDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Visitors inside"))
        self.resize(900, 480)
        self.model = ListTableModel(visit_columns(ctx, inside=True), self)
        self.table = table_view(self.model, QHeaderView.ResizeMode.ResizeToContents, stretch_last=True)
        self.table.activated.connect(lambda _index: self.sign_out_selected())
        self.sign_out = QPushButton(self.tr("Sign out selected (Enter)"))
        self.sign_out.clicked.connect(self.sign_out_selected)
        self.print_pass = QPushButton(self.tr("Print pass…"))
        self.print_pass.setAutoDefault(False)
        self.print_pass.clicked.connect(self.print_selected_pass)
        self.count = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.sign_out, 1)
        actions.addWidget(self.print_pass)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.model.show(self.ctx.call(visitors_inside))
        self.count.setText(self.tr("Still inside: {n}").format(n=self.model.rowCount()))
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()

    def sign_out_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        visit = self.model.row_at(rows[0].row())
        self.ctx.call(sign_out_visitor, visit.id)
        self.reload()

    def print_selected_pass(self) -> None:
        """The selected visitor's temporary pass, issued now if they have none."""
        # Imported here: reportlab loads only when a pass is printed, not at start-up.
        from app.services.passes import visit_pass_pdf
        from app.ui.paper_page import print_pass

        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        visit = self.model.row_at(rows[0].row())
        self.pass_task = print_pass(self, self.ctx, visit_pass_pdf, visit.id, "temporary-pass.pdf",
                                    self.reload)
