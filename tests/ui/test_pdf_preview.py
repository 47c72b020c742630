"""The PDF preview: pages on screen, zoom, byte-exact saving and printing to a PDF printer."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.pdfgen import canvas

from app.ui.pdf_preview import PdfPreviewWidget


def make_pdf(pages: int = 2, size: tuple[float, float] = A4) -> bytes:
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer, pagesize=size)
    for number in range(1, pages + 1):
        document.setFont("Helvetica-Bold", 28)
        document.drawString(72, size[1] - 100, f"Page {number}")
        document.showPage()
    document.save()
    return buffer.getvalue()


@pytest.fixture
def preview(qtbot) -> Iterator[PdfPreviewWidget]:
    widget = PdfPreviewWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    # Deleted now rather than at exit, which also closes its PDFium document.
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def pdf_pages(path: Path) -> int:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_hint_before_any_document(preview: PdfPreviewWidget) -> None:
    assert preview.stack.currentWidget() is preview.message
    assert preview.message.text() == "Nothing to preview yet"
    assert not preview.print_button.isEnabled()
    assert not preview.save_button.isEnabled()
    assert preview.pdf_bytes is None


def test_set_pdf_shows_the_pages_and_counts_them(qtbot, preview: PdfPreviewWidget) -> None:
    data = make_pdf(2)
    preview.set_pdf(data, "report.pdf")

    assert preview.page_count == 2
    assert preview.count_label.text().startswith("2 page")
    assert preview.stack.currentWidget() is preview.scroll
    assert preview.pdf_bytes is data
    assert preview.suggested_name == "report.pdf"
    qtbot.waitUntil(lambda: preview.page_image(0) is not None)
    image = preview.page_image(0)
    # Fitted to the width of the view, in the proportions of an A4 page.
    assert 700 < image.width() <= preview.scroll.viewport().width()
    assert image.height() == pytest.approx(image.width() * A4[1] / A4[0], abs=2)


def test_zoom_in_renders_wider_and_fit_width_goes_back(qtbot, preview: PdfPreviewWidget) -> None:
    preview.set_pdf(make_pdf(2), "report.pdf")
    qtbot.waitUntil(lambda: preview.page_image(0) is not None)
    fitted = preview.page_image(0).width()

    preview.zoom_in()
    qtbot.waitUntil(lambda: preview.page_image(0) is not None and preview.page_image(0).width() > fitted)
    preview.zoom_out()
    preview.zoom_out()
    qtbot.waitUntil(lambda: preview.page_image(0) is not None and preview.page_image(0).width() < fitted)
    preview.fit_width()
    qtbot.waitUntil(lambda: preview.page_image(0) is not None and preview.page_image(0).width() == fitted)


def test_save_to_writes_the_same_bytes(qtbot, preview: PdfPreviewWidget, tmp_path: Path) -> None:
    data = make_pdf(2)
    preview.set_pdf(data, "report.pdf")
    target = tmp_path / "report.pdf"

    with qtbot.waitSignal(preview.saved) as saved:
        preview.save_to(target)

    assert target.read_bytes() == data
    assert saved.args == [str(target)]
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temporary file left


def test_save_to_a_missing_folder_raises_and_leaves_nothing(preview: PdfPreviewWidget,
                                                           tmp_path: Path) -> None:
    preview.set_pdf(make_pdf(2), "report.pdf")
    target = tmp_path / "gone" / "report.pdf"

    with pytest.raises(OSError):
        preview.save_to(target)

    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_save_is_told_with_the_file_name(qtbot, preview: PdfPreviewWidget, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "gone" / "report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF (*.pdf)"))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: warnings.append(text))
    preview.set_pdf(make_pdf(2), "report.pdf")

    with qtbot.assertNotEmitted(preview.saved):
        preview.save_button.click()

    assert len(warnings) == 1
    assert f"{target}.pdf" in warnings[0]
    assert "Traceback" not in warnings[0]


@pytest.mark.parametrize(("first", "last", "pages"), [(1, None, 2), (2, 2, 1)])
def test_print_to_a_pdf_printer(qtbot, preview: PdfPreviewWidget, tmp_path: Path,
                                first: int, last: int | None, pages: int) -> None:
    preview.set_pdf(make_pdf(2), "report.pdf")
    printer = pdf_printer(tmp_path / "printed.pdf")
    preview.match_printer(printer)

    with qtbot.waitSignal(preview.printed):
        preview.print_to(printer, first, last)

    assert pdf_pages(tmp_path / "printed.pdf") == pages


@pytest.mark.parametrize(("size", "page_id", "orientation"), [
    (A4, QPageSize.PageSizeId.A4, QPageLayout.Orientation.Portrait),
    (landscape(A3), QPageSize.PageSizeId.A3, QPageLayout.Orientation.Landscape),
])
def test_the_printer_takes_the_paper_of_the_first_page(preview: PdfPreviewWidget, tmp_path: Path, size,
                                                       page_id, orientation) -> None:
    preview.set_pdf(make_pdf(1, size), "report.pdf")
    printer = pdf_printer(tmp_path / "printed.pdf")

    preview.match_printer(printer)

    assert printer.pageLayout().pageSize().id() == page_id
    assert printer.pageLayout().orientation() == orientation


def test_a_corrupt_file_shows_an_error_not_an_exception(preview: PdfPreviewWidget) -> None:
    preview.set_pdf(make_pdf(2), "good.pdf")
    preview.set_pdf(b"not a pdf", "broken.pdf")

    assert preview.stack.currentWidget() is preview.message
    assert "broken.pdf" in preview.message.text()
    assert "cannot be shown" in preview.message.text()
    assert preview.page_count == 0
    assert preview.pdf_bytes is None
    assert not preview.print_button.isEnabled()
    assert not preview.save_button.isEnabled()

    preview.set_pdf(make_pdf(1), "good.pdf")  # and the next document shows as usual
    assert preview.page_count == 1
    assert preview.stack.currentWidget() is preview.scroll


def test_clear_goes_back_to_the_hint(preview: PdfPreviewWidget) -> None:
    preview.set_pdf(make_pdf(2), "report.pdf")
    preview.clear()

    assert preview.page_count == 0
    assert preview.pdf_bytes is None
    assert preview.message.text() == "Nothing to preview yet"


def test_retranslate_ui_sets_every_text(preview: PdfPreviewWidget) -> None:
    preview.set_pdf(make_pdf(3), "report.pdf")
    buttons = (preview.zoom_out_button, preview.zoom_in_button, preview.fit_button, preview.print_button,
               preview.save_button)
    for button in buttons:
        button.setText("")
    preview.count_label.setText("")

    preview.retranslate_ui()

    assert all(button.text() and button.toolTip() for button in buttons)
    assert preview.count_label.text().startswith("3 page")
