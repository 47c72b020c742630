"""The committee's reports: choose daily, weekly or monthly, a date and a language; preview,
print or save the PDF. The report is made off the GUI thread and can be cancelled."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from app.errors import GatePostError
from app.services.context import Role
from app.services.reports import KINDS, ReportCancelled, report_pdf
from app.services.site_time import local_today
from app.ui.context import UiContext
from app.ui.error_hook import error_text, show_error
from app.translations import load_translations
from app.ui.widgets import date_edit, print_language_combo
from app.ui.pdf_preview import BUTTON_HEIGHT, PdfPreviewWidget
from app.ui.tasks import Progress, Task, run_task


class ReportPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem("", kind)
        self.date = date_edit(local_today(ctx.zone))
        self.language = print_language_combo(ctx.languages.language)
        self.make_button = QPushButton()
        self.make_button.setDefault(True)
        self.make_button.setMinimumHeight(BUTTON_HEIGHT)  # as big as the preview's Print…
        self.make_button.clicked.connect(self.make_report)
        self.make_button.setEnabled(ctx.actor.role >= Role.HEAD)
        self.kind_label, self.date_label, self.language_label = QLabel(), QLabel(), QLabel()
        self.status = QLabel(objectName="Hint")
        self.status.setWordWrap(True)
        self.status.hide()
        self.preview = PdfPreviewWidget(self, ctx.languages)

        choices = QHBoxLayout()
        for widget in (self.kind_label, self.kind, self.date_label, self.date, self.language_label,
                       self.language, self.make_button):
            choices.addWidget(widget)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)
        ctx.languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self, _language: str = "") -> None:
        for index, text in enumerate((self.tr("Daily report"), self.tr("Weekly summary"),
                                      self.tr("Monthly summary"))):
            self.kind.setItemText(index, text)
        self.kind_label.setText(self.tr("Report:"))
        self.date_label.setText(self.tr("Date:"))
        self.language_label.setText(self.tr("Language of the report:"))
        self.make_button.setText(self.tr("Make report"))
        self.kind.setToolTip(self.tr("A week runs Monday to Sunday; a month is the calendar month holding the date."))
        if self.ctx.actor.role < Role.HEAD:
            self._say(self.tr("Reports are made by a committee head or an administrator."))

    def chosen_day(self) -> date:
        return self.date.date().toPython()

    def make_report(self) -> None:
        kind, day, language = self.kind.currentData(), self.chosen_day(), self.language.currentData()
        ctx = self.ctx

        def work(progress: Progress) -> bytes:
            # Its own translator and session: this runs on a worker thread.
            translate = load_translations(language)
            return ctx.call(report_pdf, kind, day, language, translate, progress)

        self.make_button.setEnabled(False)
        self._say(self.tr("Making the report…"))
        self.task = run_task(self, self.tr("Making the report…"), work,
                             lambda data: self._on_done(data, f"{kind}-{day.isoformat()}.pdf"),
                             self._on_error)

    def _on_done(self, data: bytes, name: str) -> None:
        self.make_button.setEnabled(True)
        self._say("")
        self.preview.set_pdf(data, name)

    def _on_error(self, error: BaseException) -> None:
        self.make_button.setEnabled(True)
        if isinstance(error, ReportCancelled):
            self._say(self.tr("Cancelled; nothing was printed."))
        elif isinstance(error, GatePostError):
            self._say(error_text(error))
        else:
            self._say("")
            show_error(self, error)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
