"""Layout on a 1366 x 768 laptop, in the day theme: tables whose text fits, a notice editor
that shows its text, a setup wizard that names what is missing, a window that fits the screen."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QTableView, QWizard

from app.services.checks import CheckForm, close_fever_hold, record_check
from app.services.lookup import lookup
from app.services.visitors import VisitorForm, register_visitor
from app.ui.day_log_page import DayLogPage
from app.ui.gate_page import GatePage
from app.ui.inside_dialog import InsideDialog
from app.ui.main_window import MainWindow
from app.ui.setup_wizard import SetupWizard
from app.ui.theme import apply_theme
from tests.helpers import resident_id, set_up_in

SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 768
WINDOW_HEIGHT = 720  # the screen less a taskbar
VISITOR = VisitorForm(name="赵六", id_type="resident_id", id_number=resident_id("19850505"),
                      phone="139 0000 1111", host="3号2单元201", purpose="visit", temperature="36.5")


@pytest.fixture
def themed(qapp) -> Iterator[None]:
    """The theme the desk starts with: its bigger type is what has to fit."""
    apply_theme(False)
    yield
    qapp.setStyleSheet("")


def _column(table: QTableView, header: str) -> int:
    model = table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return headers.index(header)


def test_day_log_outcomes_are_readable(qtbot, ctx, themed) -> None:
    people = {h.name: h for h in ctx.call(lookup, "0000")}
    reported = ctx.call(record_check, CheckForm(reading="38.4", person_id=people["张三"].id))
    ctx.call(close_fever_hold, reported.id, "resident_reported")
    ctx.call(record_check, CheckForm(reading="38.1", person_id=people["李喆"].id))  # waits
    page = DayLogPage(ctx)
    qtbot.addWidget(page)
    page.resize(SCREEN_WIDTH, 600)
    page.show()
    table = page.tabs.widget(0)
    for language in ("en", "zh_CN"):
        ctx.languages.set_language(language)
        column = _column(table, page.tr("Outcome"))
        texts = [page.checks.index(row, column).data() for row in range(page.checks.rowCount())]
        assert len(texts) == 2 and all(texts)
        widest = max(table.fontMetrics().horizontalAdvance(text) for text in texts)
        assert widest < table.columnWidth(column), language
        assert table.sizeHintForColumn(column) <= table.columnWidth(column), language


def test_visitors_inside_fill_the_width_without_an_empty_column(qtbot, ctx, themed) -> None:
    ctx.call(register_visitor, dataclasses.replace(VISITOR, plate="京A12345", issue_pass=True))
    ctx.call(register_visitor, dataclasses.replace(VISITOR, name="钱七", id_number=resident_id("19770707"),
                                                   host="5-1-101"))
    dialog = InsideDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    model, table = dialog.model, dialog.table
    assert model.rowCount() == 2
    for column in range(model.columnCount()):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        assert any(model.index(row, column).data() for row in range(2)), f"{header} is empty"
        assert table.sizeHintForColumn(column) <= table.columnWidth(column), f"{header} is cut"
    used = sum(table.columnWidth(column) for column in range(model.columnCount()))
    assert used == table.viewport().width()


def test_recent_checks_show_the_room_a_visitor_visits(qtbot, ctx) -> None:
    ctx.call(register_visitor, VISITOR)
    page = GatePage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    model = page.recent_model
    assert model.rowCount() == 1
    assert model.index(0, _column(page.recent, page.tr("Room"))).data() == "3-2-201"


def _close_previews(window: MainWindow) -> None:
    """PDFium documents closed now, not at exit."""
    for section in window.print_page.sections.values():
        if hasattr(section, "preview"):
            section.preview.clear()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("language", ["zh_CN", "en", "ja", "ko"])
def test_main_window_fits_a_laptop_screen_with_every_tab_opened(qtbot, ctx, themed,
                                                                language: str) -> None:
    ctx.languages.set_language(language)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
    window.tabs.setCurrentWidget(window.print_page)
    printing = window.print_page.tabs
    for index in range(printing.count()):
        printing.setCurrentIndex(index)
        QApplication.processEvents()
    assert window.statusBar().isVisible()  # the sync counter came with the sync tab
    hint = window.minimumSizeHint()
    assert hint.height() <= WINDOW_HEIGHT and hint.width() <= SCREEN_WIDTH
    assert window.height() <= SCREEN_HEIGHT
    _close_previews(window)


def test_notice_editor_shows_eight_lines_on_a_laptop_screen(qtbot, ctx, themed) -> None:
    ctx.languages.set_language("zh_CN")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
    window.show()
    window.tabs.setCurrentWidget(window.print_page)
    notices = window.print_page.sections["notices"]
    window.print_page.tabs.setCurrentWidget(notices)
    QApplication.processEvents()
    body = notices.body_edit
    assert window.height() <= SCREEN_HEIGHT
    assert body.viewport().height() >= 8 * body.fontMetrics().lineSpacing()
    window.resize(SCREEN_WIDTH, 1)  # squeezed as far as it goes: still eight lines
    QApplication.processEvents()
    assert body.viewport().height() >= 8 * body.fontMetrics().lineSpacing()
    _close_previews(window)


def test_setup_wizard_names_the_missing_field_until_it_is_filled(qtbot, sessions, languages) -> None:
    wizard = SetupWizard(set_up_in(sessions), languages)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.compound

    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)  # nothing filled in
    assert wizard.currentPage() is wizard.compound
    assert wizard.compound.error.text() == "Compound name: please fill this in."
    assert wizard.site.property("invalid") is True and wizard.focusWidget() is wizard.site

    qtbot.keyClicks(wizard.site, "Sunny Gardens")
    assert wizard.compound.error.text() == "" and wizard.site.property("invalid") is False
    qtbot.keyClick(wizard.committee, Qt.Key.Key_Space)  # blank is not filled in
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.compound
    assert wizard.compound.error.text() == "Residents' committee: please fill this in."

    qtbot.keyClicks(wizard.committee, "Sunny Gardens committee")
    assert wizard.compound.error.text() == ""
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.account


def test_setup_wizard_names_the_field_as_its_label_says(qtbot, sessions, languages) -> None:
    languages.set_language("zh_CN")
    wizard = SetupWizard(set_up_in(sessions), languages)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.compound
    label = wizard.compound.labels[wizard.site].text()
    assert label != "Compound name" and wizard.compound.error.text().startswith(label)


def test_setup_wizard_clears_a_compound_error_once_the_field_is_edited(qtbot, sessions,
                                                                       languages) -> None:
    wizard = SetupWizard(set_up_in(sessions), languages)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.keyClicks(wizard.site, "Sunny Gardens")
    qtbot.keyClicks(wizard.committee, "Sunny Gardens committee")
    qtbot.keyClicks(wizard.gates, "East, East")
    wizard.next()
    qtbot.keyClicks(wizard.password, "long-enough")
    qtbot.keyClicks(wizard.password_again, "long-enough")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.compound  # sent back to the gates
    assert wizard.compound.error.text() == "Gate: Gate names must differ."
    assert wizard.gates.property("invalid") is True
    qtbot.keyClick(wizard.gates, Qt.Key.Key_Backspace)
    assert wizard.compound.error.text() == "" and wizard.gates.property("invalid") is False
