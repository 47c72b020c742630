"""Preview, print and save a PDF that GatePost generated, in one reusable widget.

Qt's PDF module is not part of PySide6-Essentials, so PDFium (pypdfium2) rasterises the pages.
PDFium documents are not thread-safe, so every render happens on the GUI thread, and only for
the pages near the visible part of the scroll area.
"""

from __future__ import annotations

import os

import pypdfium2 as pdfium
from PySide6.QtCore import QEvent, QObject, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication, QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QPixmap, QShortcut, QWheelEvent,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout,
    QWidget,
)

from app.ui.i18n import LanguageManager
from app.ui.theme import repolish

PAGE_MARGIN = 16
PAGE_SPACING = 16
PAGE_BORDER = 1
ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.25, 3.0  # 3 px per point: big print, and still ~20 MB an A4 page
# A page rendered at 1200 dpi (what a high-resolution QPrinter reports) is half a gigabyte of
# pixels; 300 dpi is sharp for printed text and keeps one page near 35 MB.
MAX_PRINT_DPI = 300
BUTTON_HEIGHT = 48

_STYLE = f"""
QLabel#PdfPage {{ background: #ffffff; border: {PAGE_BORDER}px solid #9e9e9e; }}
QLabel#CountLabel {{ font-size: 18px; font-weight: bold; }}
QLabel#Hint, QLabel#FieldError {{ font-size: 20px; }}
QPushButton {{ min-height: {BUTTON_HEIGHT - 16}px; font-size: 18px; }}
"""


def render_page(page: pdfium.PdfPage, scale: float) -> QImage:
    """One page as an opaque image, ``scale`` pixels per PDF point."""
    # RGBx byte order is the same on every CPU, unlike Qt's native 0xffRRGGBB.
    bitmap = page.render(scale=scale, prefer_bgrx=True, rev_byteorder=True)
    try:
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGBX8888)
        return image.copy()  # the bitmap's memory is freed below
    finally:
        bitmap.close()


class _OpenDocument:
    """The document on show, kept apart from the widget so that ``destroyed`` can close it."""

    document: pdfium.PdfDocument | None = None

    def close(self) -> None:
        if self.document is not None:
            self.document.close()
            self.document = None


class PdfPreviewWidget(QWidget):
    """Pages one under another like paper, with zoom, Print… and Save as PDF… above them."""

    printed = Signal()
    saved = Signal(str)

    def __init__(self, parent: QWidget | None = None, languages: LanguageManager | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_STYLE)
        self._data: bytes | None = None
        self._name = ""
        self._open = _OpenDocument()
        opened = self._open  # the handler must not need self: its wrapper may be gone by then
        self.destroyed.connect(lambda: opened.close())
        self._sizes: list[tuple[float, float]] = []  # page sizes in points
        self._labels: list[QLabel] = []
        self._tops: list[int] = []
        self._rendered: set[int] = set()
        self._scale = 1.0  # logical pixels per point asked for by zooming
        self._shown_scale = 0.0  # what the pages are laid out at now; 0 before the first layout
        self._fit_width = True
        self._anchor: tuple[int, float] | None = None
        self._failed = False

        self.count_label = QLabel(objectName="CountLabel")
        self.zoom_out_button, self.zoom_in_button, self.fit_button = QPushButton(), QPushButton(), QPushButton()
        self.print_button, self.save_button = QPushButton(), QPushButton()
        for button, slot in ((self.zoom_out_button, self.zoom_out), (self.zoom_in_button, self.zoom_in),
                             (self.fit_button, self.fit_width), (self.print_button, self._on_print),
                             (self.save_button, self._on_save)):
            button.setMinimumHeight(BUTTON_HEIGHT)
            button.clicked.connect(slot)
        toolbar = QHBoxLayout()
        toolbar.setSpacing(8)
        toolbar.addWidget(self.count_label)
        toolbar.addStretch(1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            toolbar.addWidget(button)
        toolbar.addSpacing(24)
        toolbar.addWidget(self.print_button)
        toolbar.addWidget(self.save_button)

        self.message = QLabel(objectName="Hint", alignment=Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # Always shown: in "fit width" a scroll bar that comes and goes would resize the pages
        # and could make itself go again.
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.viewport().installEventFilter(self)
        self.scroll.verticalScrollBar().valueChanged.connect(self._schedule_render)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.scroll)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.stack, 1)

        self._render_timer = QTimer(self, singleShot=True, interval=0)
        self._render_timer.timeout.connect(self._on_render_timer)
        for keys, slot in ((QKeySequence.StandardKey.Print, self._on_print),
                           (QKeySequence.StandardKey.Save, self._on_save),
                           (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
                           ("Ctrl+=", self.zoom_in),  # Ctrl++ without reaching for Shift
                           (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
                           ("Ctrl+0", self.fit_width)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        if languages is not None:
            languages.language_changed.connect(self.retranslate_ui)
        self.clear()

    # --- document ------------------------------------------------------------------------------

    @property
    def pdf_bytes(self) -> bytes | None:
        """The document exactly as given to ``set_pdf``; None when nothing valid is shown."""
        return self._data

    @property
    def suggested_name(self) -> str:
        return self._name

    @property
    def _document(self) -> pdfium.PdfDocument | None:
        return self._open.document

    @property
    def page_count(self) -> int:
        return len(self._sizes)

    def set_pdf(self, data: bytes, suggested_name: str) -> None:
        self._close_document()
        self._name = suggested_name
        try:
            document: pdfium.PdfDocument | None = pdfium.PdfDocument(data)
        except pdfium.PdfiumError:
            document = None
        if document is not None and len(document) == 0:
            document.close()
            document = None
        if document is not None:
            self._open.document, self._data = document, data
            self._sizes = [document.get_page_size(i) for i in range(len(document))]
            self._fit_width = True
            self._build_pages()
        self._show_state(failed=document is None)

    def clear(self) -> None:
        self._close_document()
        self._name = ""
        self._show_state(failed=False)

    def page_image(self, index: int) -> QImage | None:
        """The rendered page in device pixels, or None while it is off screen and not rendered."""
        if index not in self._rendered:
            return None
        return self._labels[index].pixmap().toImage()

    def _close_document(self) -> None:
        self._open.close()
        self._data, self._sizes = None, []
        self._labels, self._tops, self._rendered = [], [], set()
        self.scroll.setWidget(QWidget())  # deletes the old pages

    def _show_state(self, failed: bool) -> None:
        self._failed = failed
        loaded = self._document is not None
        self.stack.setCurrentWidget(self.scroll if loaded else self.message)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.print_button,
                       self.save_button):
            button.setEnabled(loaded)
        self.count_label.setVisible(loaded)
        self.retranslate_ui()

    # --- pages on screen -----------------------------------------------------------------------

    def _build_pages(self) -> None:
        pages = QWidget(objectName="PdfPages")
        layout = QVBoxLayout(pages)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(PAGE_SPACING)
        self._labels = []
        for _ in self._sizes:
            label = QLabel(objectName="PdfPage", alignment=Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._labels.append(label)
        layout.addStretch(1)
        self.scroll.setWidget(pages)
        self._shown_scale, self._tops, self._anchor = 0.0, [], None
        self.scroll.verticalScrollBar().setValue(0)
        self._layout_pages()

    def _fit_scale(self) -> float:
        widest = max(width for width, _ in self._sizes)
        room = self.scroll.viewport().width() - 2 * (PAGE_MARGIN + PAGE_BORDER)
        return max(MIN_SCALE / 4, room / widest)

    def _layout_pages(self) -> None:
        """Size every page for the current zoom; images follow lazily in ``_render_visible``."""
        if not self._labels:
            return
        scale = self._fit_scale() if self._fit_width else self._scale
        if abs(scale - self._shown_scale) > 1e-6:
            if self._anchor is None:
                self._anchor = self._top_page_position()
            self._forget_images()
            self._shown_scale = scale
            self._tops, top = [], PAGE_MARGIN
            for label, (width, height) in zip(self._labels, self._sizes, strict=True):
                label.setFixedSize(round(width * scale) + 2 * PAGE_BORDER,
                                   round(height * scale) + 2 * PAGE_BORDER)
                self._tops.append(top)
                top += label.height() + PAGE_SPACING
        self._schedule_render()

    def _forget_images(self) -> None:
        for index in self._rendered:
            self._labels[index].clear()
        self._rendered.clear()

    def _top_page_position(self) -> tuple[int, float] | None:
        """Which page is at the top of the view, and how far down it, to keep it there on zoom."""
        value = self.scroll.verticalScrollBar().value()
        for index in reversed(range(len(self._tops))):
            if self._tops[index] <= value:
                return index, (value - self._tops[index]) / self._labels[index].height()
        return None  # above the first page: the view stays at the top

    def _schedule_render(self) -> None:
        self._render_timer.start()

    def _on_render_timer(self) -> None:
        if self._anchor is not None:
            index, fraction = self._anchor
            self._anchor = None
            self.scroll.widget().layout().activate()  # the scroll range must know the new sizes
            self.scroll.verticalScrollBar().setValue(
                self._tops[index] + round(fraction * self._labels[index].height()))
        self._render_visible()

    def _render_visible(self) -> None:
        """Render pages within a screen of the view; forget those more than two screens away."""
        if self._document is None:
            return
        top, height = self.scroll.verticalScrollBar().value(), self.scroll.viewport().height()
        ratio = self.devicePixelRatioF()
        for index, label in enumerate(self._labels):
            page_top, page_bottom = self._tops[index], self._tops[index] + label.height()
            near = page_bottom >= top - height and page_top <= top + 2 * height
            far = page_bottom < top - 2 * height or page_top > top + 3 * height
            if near and index not in self._rendered:
                page = self._document[index]
                try:
                    image = render_page(page, self._shown_scale * ratio)
                finally:
                    page.close()
                pixmap = QPixmap.fromImage(image)
                pixmap.setDevicePixelRatio(ratio)
                label.setPixmap(pixmap)
                self._rendered.add(index)
            elif far and index in self._rendered:
                label.clear()
                self._rendered.discard(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport():
            if event.type() == QEvent.Type.Resize:
                self._layout_pages()
            elif (isinstance(event, QWheelEvent)
                  and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                if event.angleDelta().y() > 0:
                    self.zoom_in()
                elif event.angleDelta().y() < 0:
                    self.zoom_out()
                return True
        return super().eventFilter(watched, event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DevicePixelRatioChange and self._labels:
            self._forget_images()  # sharp again on a screen with another scale
            self._schedule_render()
        return super().event(event)

    # --- zoom ----------------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self._set_scale(self._shown_scale * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_scale(self._shown_scale / ZOOM_STEP)

    def fit_width(self) -> None:
        self._fit_width = True
        self._layout_pages()

    def _set_scale(self, scale: float) -> None:
        if self._document is None:
            return
        self._fit_width = False
        self._scale = min(MAX_SCALE, max(MIN_SCALE, scale))
        self._layout_pages()

    # --- print and save ------------------------------------------------------------------------

    def match_printer(self, printer: QPrinter) -> None:
        """Paper size and orientation of the first page (A4 or A3, portrait or landscape)."""
        width, height = self._sizes[0]
        size = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point, "",
                         QPageSize.SizeMatchPolicy.FuzzyMatch)
        printer.setPageSize(size)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if width > height
                                   else QPageLayout.Orientation.Portrait)

    def print_to(self, printer: QPrinter, first: int = 1, last: int | None = None) -> None:
        """Paint pages ``first``..``last`` (from 1) onto ``printer``, each fitted to the page."""
        if self._document is None:
            raise ValueError("no document to print")
        last = self.page_count if last is None else min(last, self.page_count)
        first = max(1, first)
        if first > last:
            raise ValueError(f"empty page range {first}..{last}")
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(f"the printer {printer.printerName()!r} could not be started")
        try:
            area = printer.pageRect(QPrinter.Unit.DevicePixel)
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                width, height = self._sizes[number - 1]
                box = QSizeF(width, height).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                scale = min(box.width() / width, MAX_PRINT_DPI / 72)
                page = self._document[number - 1]
                try:
                    image = render_page(page, scale)
                finally:
                    page.close()
                target = QRectF((area.width() - box.width()) / 2, (area.height() - box.height()) / 2,
                                box.width(), box.height())
                painter.drawImage(target, image)
        finally:
            painter.end()
        self.printed.emit()

    def save_to(self, path: str | os.PathLike[str]) -> None:
        """Write the bytes as given, byte for byte; raises OSError and leaves no file on failure."""
        if self._data is None:
            raise ValueError("no document to save")
        from app.printing.document import save_atomically  # reportlab loads only on a save

        save_atomically(path, self._data)
        self.saved.emit(os.fspath(path))

    def _on_print(self) -> None:
        if self._document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._name)
        self.match_printer(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, self.page_count)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        first, last = 1, None
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), printer.toPage()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.print_to(printer, first, last)
            failed = False
        except (OSError, ValueError, pdfium.PdfiumError):
            failed = True
        finally:
            QGuiApplication.restoreOverrideCursor()
        if failed:
            QMessageBox.warning(self, self.tr("Print"), self.tr(
                "“{name}” could not be printed. Check that the printer is switched on and has paper, "
                "then try again.").format(name=self._name))

    def _on_save(self) -> None:
        if self._data is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self._name, self.tr("PDF (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            self.save_to(path)
        except OSError:
            QMessageBox.warning(self, self.tr("Save as PDF"), self.tr(
                "“{path}” could not be saved. Check that the folder exists, that you may write to it "
                "and that the USB stick is not full, then try again.").format(path=path))

    # --- language ------------------------------------------------------------------------------

    def retranslate_ui(self, _language: str = "") -> None:
        self.count_label.setText(self.tr("%n page(s)", "", self.page_count))
        for button, text, keys in (
                (self.zoom_out_button, self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut),
                (self.zoom_in_button, self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn),
                (self.fit_button, self.tr("Fit width"), QKeySequence("Ctrl+0")),
                (self.print_button, self.tr("Print…"), QKeySequence.StandardKey.Print),
                (self.save_button, self.tr("Save as PDF…"), QKeySequence.StandardKey.Save)):
            button.setText(text)
            shortcut = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(self.tr("{action} ({shortcut})").format(action=text.rstrip("…"),
                                                                       shortcut=shortcut))
        self.message.setObjectName("FieldError" if self._failed else "Hint")  # the theme's colours
        repolish(self.message)
        if self._failed:
            self.message.setText(self.tr(
                "“{name}” cannot be shown: the file is damaged or is not a PDF.").format(name=self._name))
        else:
            self.message.setText(self.tr("Nothing to preview yet"))
