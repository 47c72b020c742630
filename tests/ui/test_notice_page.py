"""The notice page: edit with a live preview, save, reset, errors that keep the text, a guard's view."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from app.models import NoticeText
from app.paths import resources_dir
from app.services.context import Role
from app.services.notices import notice_text
from app.ui.context import UiContext
from app.ui.notice_page import NoticePage

EDITED = "Our own wording for {committee}.\n\n- Ring {phone} first.\n- Issued {date}."


def shipped(language: str, template: str = "gate_rules") -> dict[str, str]:
    with open(resources_dir() / "i18n" / "notices" / f"{language}.toml", "rb") as file:
        return tomllib.load(file)[template]


def pdf_text(data: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "preview.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", "", out)


def open_page(qtbot, ctx: UiContext) -> NoticePage:
    page = NoticePage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.preview_updated, timeout=10000):
        page.show()  # the first preview is made as the page is first shown
    return page


def close(page: NoticePage) -> None:
    page.preview.clear()  # closes the PDFium document now rather than at exit
    page.close()
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_edit_english_preview_follows_and_save_keeps_it(qtbot, ctx: UiContext, tmp_path: Path) -> None:
    page = open_page(qtbot, ctx)
    assert page.preview.page_count == 1
    assert page.printed_languages() == ["zh_CN", "en", "ja", "ko"]
    assert page.title_edit.text() == shipped("zh_CN")["title"]
    page.edit_language.setCurrentIndex(1)  # English
    assert page.body_edit.toPlainText() == shipped("en")["body"].strip()
    assert not page.save_button.isEnabled()

    with qtbot.waitSignal(page.preview_updated, timeout=10000):
        page.body_edit.setPlainText(EDITED)  # the preview follows once typing stops
    text = pdf_text(page.preview.pdf_bytes, tmp_path)
    assert "Ourownwordingfor阳光社区居委会." in text and "Ring________first." in text
    assert re.sub(r"\s+", "", shipped("ja")["title"]) in text  # the other languages stay
    with ctx.sessions() as session:  # only a preview: nothing saved yet
        assert session.scalar(select(func.count()).select_from(NoticeText)) == 0

    assert page.save_button.isEnabled()
    page.save_button.click()
    assert page.error.text() == ""
    with ctx.sessions() as session:
        saved = notice_text(session, ctx.actor, "gate_rules", "en")
    assert saved.edited and saved.body == EDITED
    close(page)

    again = open_page(qtbot, ctx)
    again.edit_language.setCurrentIndex(1)
    assert again.body_edit.toPlainText() == EDITED
    assert again.reset_button.isEnabled()
    assert "Ourownwordingfor" in pdf_text(again.preview.pdf_bytes, tmp_path)
    close(again)


def test_bad_placeholder_is_named_and_the_text_kept(qtbot, ctx: UiContext) -> None:
    page = open_page(qtbot, ctx)
    page.edit_language.setCurrentIndex(1)
    typed = "Call {phone} or fax {fax}."
    page.body_edit.setPlainText(typed)
    qtbot.waitUntil(lambda: "{fax}" in page.error.text(), timeout=10000)
    assert page.error.text().startswith("Text:")
    page.save_button.click()
    assert "{fax}" in page.error.text()
    assert page.body_edit.toPlainText() == typed
    with ctx.sessions() as session:
        assert session.scalar(select(func.count()).select_from(NoticeText)) == 0

    page.edit_language.setCurrentIndex(2)  # switching language loses nothing…
    page.edit_language.setCurrentIndex(1)
    assert page.body_edit.toPlainText() == typed
    page.edit_language.setCurrentIndex(0)  # …and a draft in another language is named as such
    page.update_preview()
    assert page.error.text().startswith("English:")
    close(page)


def test_reset_asks_then_returns_to_the_standard_text(qtbot, ctx: UiContext, monkeypatch) -> None:
    page = open_page(qtbot, ctx)
    page.title_edit.setText("我们自己的通告")
    page.save_button.click()
    assert page.title_edit.text() == "我们自己的通告"

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    assert not page.reset_to_default()
    assert page.title_edit.text() == "我们自己的通告"
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    assert page.reset_to_default()
    assert page.title_edit.text() == shipped("zh_CN")["title"]
    assert not page.reset_button.isEnabled()
    close(page)


def test_print_choices_change_the_preview(qtbot, ctx: UiContext, tmp_path: Path) -> None:
    page = open_page(qtbot, ctx)
    page.template.setCurrentIndex(page.template.findData("mask_reservation"))
    with qtbot.waitSignal(page.preview_updated, timeout=10000):
        page.layout_choice.setCurrentIndex(page.layout_choice.findData("pages"))
    assert page.preview.page_count == 4
    with qtbot.waitSignal(page.preview_updated, timeout=10000):
        page.print_languages["ko"].setChecked(False)
        page.qr.setText("13812345678")
    assert page.preview.page_count == 3
    text = pdf_text(page.preview.pdf_bytes, tmp_path)
    assert re.sub(r"\s+", "", shipped("en", "mask_reservation")["title"]) in text
    assert "13812345678" in text

    for box in page.print_languages.values():
        box.setChecked(False)
    page.update_preview()
    assert page.print_error.text().startswith("Languages:")
    assert page.preview.page_count == 3  # the last good preview stays
    close(page)


def test_a_guard_reads_and_prints_only(qtbot, ctx: UiContext) -> None:
    guard_ctx = dataclasses.replace(ctx, actor=dataclasses.replace(ctx.actor, role=Role.GUARD))
    page = open_page(qtbot, guard_ctx)
    assert page.title_edit.isReadOnly() and page.body_edit.isReadOnly()
    assert page.save_button.isHidden() and page.reset_button.isHidden()
    assert not page.note.isHidden() and "committee head" in page.note.text()
    assert page.preview.page_count == 1
    close(page)


def test_retranslate_keeps_the_draft(qtbot, ctx: UiContext) -> None:
    page = open_page(qtbot, ctx)
    page.body_edit.setPlainText("草稿 {date}")
    ctx.languages.set_language("zh_CN")
    try:
        assert page.body_edit.toPlainText() == "草稿 {date}"
        assert page.template.currentText() == shipped("zh_CN")["title"]
    finally:
        ctx.languages.set_language("en")
    assert page.template.currentText() == shipped("en")["title"]
    close(page)
