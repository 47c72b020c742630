"""Paper for outages: blank numbered register pages, the shift handover sheet, typing entries in.

Also the small dialog that shows a generated PDF (a temporary pass) to print or save.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout,
    QWidget,
)

from app.services.paper import MAX_PAGES, handover_pdf, register_pdf
from app.ui.context import UiContext
from app.ui.i18n import qt_translate
from app.ui.paper_entry_dialog import PaperEntryDialog
from app.ui.pdf_preview import PdfPreviewWidget
from app.ui.tasks import Task, run_task

_STYLE = "QPushButton#BigButton { font-size: 20px; min-height: 48px; padding: 8px 18px; }"


def big_button(slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(objectName="BigButton")
    button.clicked.connect(slot)
    return button


class PdfDialog(QDialog):
    """A generated PDF on screen, with the preview's Print… and Save as PDF…."""

    def __init__(self, ctx: UiContext, title: str, data: bytes, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # frees the PDF once closed
        self.setWindowTitle(title)
        self.resize(900, 760)
        self.preview = PdfPreviewWidget(self, ctx.languages)
        self.preview.set_pdf(data, name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)


def print_pass(parent: QWidget, ctx: UiContext, service: Callable[..., bytes], subject: Any,
               name: str, on_shown: Callable[[], None] | None = None) -> Task:
    """Build a temporary pass off the GUI thread, then show it in a :class:`PdfDialog`."""
    language = ctx.languages.language

    def work(_progress: object) -> bytes:
        return ctx.call(service, subject, language, qt_translate)

    def done(data: bytes) -> None:
        title = QCoreApplication.translate("PaperPage", "Temporary pass")
        PdfDialog(ctx, title, data, name, parent).open()
        if on_shown is not None:
            on_shown()

    return run_task(parent, QCoreApplication.translate("PaperPage", "Preparing the pass…"), work, done)


class PaperPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet(_STYLE)
        self.task: Task | None = None
        self.register_box, self.handover_box, self.entries_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.register_hint, self.handover_hint, self.entries_hint = QLabel(), QLabel(), QLabel()
        self.pages_label = QLabel()
        self.pages = QSpinBox()
        self.pages.setRange(1, MAX_PAGES)
        self.pages.setValue(5)
        self.pages.setMinimumHeight(44)
        self.register_button = big_button(self.print_register)
        self.handover_button = big_button(self.print_handover)
        self.entries_button = big_button(self.type_in_entries)
        self.preview = PdfPreviewWidget(self, ctx.languages)

        pages_row = QHBoxLayout()
        pages_row.addWidget(self.pages_label)
        pages_row.addWidget(self.pages)
        pages_row.addWidget(self.register_button, 1)
        for box, hint, row in ((self.register_box, self.register_hint, pages_row),
                               (self.handover_box, self.handover_hint, self.handover_button),
                               (self.entries_box, self.entries_hint, self.entries_button)):
            hint.setWordWrap(True)
            hint.setObjectName("Hint")
            inner = QVBoxLayout(box)
            inner.addWidget(hint)
            if isinstance(row, QHBoxLayout):
                inner.addLayout(row)
            else:
                inner.addWidget(row)
        side = QVBoxLayout()
        for box in (self.register_box, self.handover_box, self.entries_box):
            side.addWidget(box)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(460)
        layout = QHBoxLayout(self)
        layout.addWidget(side_widget)
        layout.addWidget(self.preview, 1)
        ctx.languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self, _language: str = "") -> None:
        self.register_box.setTitle(self.tr("Blank register pages"))
        self.register_hint.setText(self.tr(
            "Numbered pages for writing entries by hand when the computer is down. "
            "Each line has its own number, to type it in later."))
        self.pages_label.setText(self.tr("Pages"))
        self.register_button.setText(self.tr("Print…"))
        self.handover_box.setTitle(self.tr("Shift handover sheet"))
        self.handover_hint.setText(self.tr(
            "Who is still inside, open fever holds and observation alerts, with room for both "
            "guards to sign."))
        self.handover_button.setText(self.tr("Print handover sheet…"))
        self.entries_box.setTitle(self.tr("Type in paper entries"))
        self.entries_hint.setText(self.tr(
            "After an outage, type in what was written on the register pages, line by line."))
        self.entries_button.setText(self.tr("Type in paper entries…"))

    def _show(self, work: Callable[[str], bytes], title: str, name: str) -> Task:
        language = self.ctx.languages.language
        self.register_button.setEnabled(False)
        self.handover_button.setEnabled(False)

        def done(data: bytes) -> None:
            self._enable()
            self.preview.set_pdf(data, name)

        def failed(error: BaseException) -> None:
            from app.ui.error_hook import show_error

            self._enable()
            show_error(self, error)

        self.task = run_task(self, title, lambda _progress: work(language), done, failed)
        return self.task

    def _enable(self) -> None:
        self.register_button.setEnabled(True)
        self.handover_button.setEnabled(True)

    def print_register(self) -> Task:
        count = self.pages.value()
        return self._show(lambda language: self.ctx.call(register_pdf, count, language, qt_translate),
                          self.tr("Preparing the register pages…"), "gate-register.pdf")

    def print_handover(self) -> Task:
        gate = self.ctx.settings.value("gate") or None
        return self._show(
            lambda language: self.ctx.call(handover_pdf, language, qt_translate, gate=gate and str(gate)),
            self.tr("Preparing the handover sheet…"), "shift-handover.pdf")

    def type_in_entries(self) -> PaperEntryDialog:
        dialog = PaperEntryDialog(self.ctx, self)
        dialog.open()
        return dialog
