"""The street office's daily report: one compound's, or the street's total, previewed for printing."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.hub import SiteSummary
from app.services.hub_report import daily_report
from app.services.site_time import local_today
from app.ui.context import HubContext
from app.ui.error_hook import show_error
from app.translations import load_translations
from app.ui.widgets import date_edit, print_language_combo
from app.ui.pdf_preview import BUTTON_HEIGHT, PdfPreviewWidget
from app.ui.tasks import Progress, run_task


class HubReportDialog(QDialog):
    """A compound's daily report, or the street's total, previewed for printing."""

    def __init__(self, ctx: HubContext, sites: list[SiteSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        languages = ctx.languages
        self.setWindowTitle(self.tr("Daily report"))
        self.site = QComboBox()
        self.site.addItem(self.tr("All compounds (total)"), None)
        for site in sites:
            self.site.addItem(site.name, site.id)
        self.date = date_edit(local_today(ctx.zone))
        self.language = print_language_combo(languages.language)
        self.make_button = QPushButton(self.tr("Make report"))
        self.make_button.setMinimumHeight(BUTTON_HEIGHT)
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make_report)
        self.preview = PdfPreviewWidget(self, languages)
        choices = QHBoxLayout()
        for widget in (QLabel(self.tr("Compound:")), self.site, QLabel(self.tr("Date:")), self.date,
                       QLabel(self.tr("Language:")), self.language, self.make_button):
            choices.addWidget(widget)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.preview, 1)
        self.resize(1000, 800)

    def make_report(self) -> None:
        site, day, language = self.site.currentData(), self.date.date().toPython(), self.language.currentData()
        ctx = self.ctx

        def work(_progress: Progress) -> bytes:
            translate = load_translations(language)
            return ctx.call(daily_report, site, day, language, translate)

        self.make_button.setEnabled(False)
        name = f"daily-{site or 'street'}-{day.isoformat()}.pdf"
        run_task(self, self.tr("Making the report…"), work, lambda data: self._on_done(data, name),
                 lambda error: self._on_error(error))

    def _on_done(self, data: bytes, name: str) -> None:
        self.make_button.setEnabled(True)
        self.preview.set_pdf(data, name)

    def _on_error(self, error: BaseException) -> None:
        self.make_button.setEnabled(True)
        show_error(self, error)

    def done(self, result: int) -> None:
        self.preview.clear()  # closes the PDF document now
        super().done(result)
