"""Printing in one place: committee reports, notices, and the paper forms for the gate."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services.context import Role
from app.ui.context import UiContext


def _reports(ctx: UiContext) -> QWidget:
    from app.ui.report_page import ReportPage

    return ReportPage(ctx)


def _notices(ctx: UiContext) -> QWidget:
    from app.ui.notice_page import NoticePage

    return NoticePage(ctx)


def _paper(ctx: UiContext) -> QWidget:
    from app.ui.paper_page import PaperPage

    return PaperPage(ctx)


class PrintPage(QWidget):
    """Reports (committee head and up), notices, and register pages / handover sheet."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        sections: list[tuple[str, Callable[[UiContext], QWidget]]] = [
            ("paper", _paper), ("notices", _notices)]
        if ctx.actor.role >= Role.HEAD:
            sections.insert(0, ("reports", _reports))
        self.sections = {name: build(ctx) for name, build in sections}
        self.tabs = QTabWidget()
        for page in self.sections.values():
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        ctx.languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self, _language: str = "") -> None:
        titles = {"reports": self.tr("Reports"), "notices": self.tr("Notices"),
                  "paper": self.tr("Paper register and handover")}
        for index, name in enumerate(self.sections):
            self.tabs.setTabText(index, titles[name])
