"""The paper page, typing paper entries in by keyboard, and printing passes from the lists."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from app.errors import untranslated
from app.models import Person, RegisterSheet, TemperatureCheck, Visit
from app.services.paper import copy_code, register_pdf
from app.services.residents import PersonForm, add_person
from app.services.visitors import VisitorForm, register_visitor
from app.ui.inside_dialog import InsideDialog
from app.ui.paper_entry_dialog import PaperEntryDialog
from app.ui.paper_page import PaperPage, PdfDialog
from app.ui.residents_page import ResidentsPage
from tests.helpers import SHANGHAI, count, resident_id


def close_now(widget) -> None:
    """Close and delete now, which also closes the PDFium document it shows."""
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_paper_page_previews_register_pages_and_handover(qtbot, ctx) -> None:
    page = PaperPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.pages.value() == 5
    page.pages.setValue(3)
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview.page_count == 3, timeout=10000)
    assert page.preview.suggested_name == "gate-register.pdf"
    assert count(ctx.sessions, RegisterSheet) == 1
    assert page.register_button.isEnabled()

    qtbot.mouseClick(page.handover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview.suggested_name == "shift-handover.pdf", timeout=10000)
    assert page.preview.page_count == 1
    page.preview.clear()  # closes the PDFium document now rather than at exit


def test_paper_entries_typed_in_one_after_another(qtbot, ctx, fixed_clock) -> None:
    ctx.call(register_pdf, 1, "en", untranslated)
    with ctx.sessions() as session:
        code = copy_code(session)
    fixed_clock.advance(hours=2)  # typed in at 12:00, written at 10:30 and 11:15
    dialog = PaperEntryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.ref.text() == f"{code}-0001-01"

    QTest.keyClick(dialog.clock, Qt.Key.Key_Return)  # nothing typed yet: the time is named
    assert dialog.error.text().startswith("Time written:") and not dialog.saved
    QTest.keyClicks(dialog.clock, "1030")
    QTest.keyClicks(dialog.who, "00001")
    QTest.keyClicks(dialog.temperature, "366")
    QTest.keyClick(dialog.temperature, Qt.Key.Key_Return)
    assert dialog.error.text() == ""
    assert dialog.ref.text() == f"{code}-0001-02" and dialog.who.text() == ""
    assert dialog.focusWidget() is dialog.clock and dialog.clock.selectedText() == "1030"

    QTest.keyClicks(dialog.clock, "11:15")
    QTest.keyClicks(dialog.who, "00002")
    QTest.keyClicks(dialog.temperature, "382")
    QTest.keyClick(dialog.temperature, Qt.Key.Key_Return)
    assert dialog.error.text().startswith("Outcome:")  # a fever needs what the paper says next
    assert dialog.who.text() == "00002" and dialog.temperature.text() == "38.2"  # kept
    QTest.keyClicks(dialog.second, "368")
    QTest.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.error.text() == "" and dialog.ref.text() == f"{code}-0001-03"
    assert "Saved" in dialog.status.text()

    with ctx.sessions() as session:
        rows = session.execute(select(TemperatureCheck.paper_ref, TemperatureCheck.taken_at,
                                      TemperatureCheck.reading_dt, TemperatureCheck.outcome)
                               .order_by(TemperatureCheck.paper_ref, TemperatureCheck.taken_at)).all()
    local = [(ref, at.astimezone(SHANGHAI).strftime("%H:%M"), dt, outcome) for ref, at, dt, outcome in rows]
    assert local == [(f"{code}-0001-01", "10:30", 366, None),
                     (f"{code}-0001-02", "11:15", 382, "cleared"),
                     (f"{code}-0001-02", "11:18", 368, None)]  # the second reading, 3 minutes on
    assert [v.subject_name for v in dialog.saved] == ["张三", "李喆"]


def test_print_pass_from_the_visitors_inside(qtbot, ctx) -> None:
    visit = ctx.call(register_visitor, VisitorForm(
        name="赵六", id_type="resident_id", id_number=resident_id("19800101"), phone="13900001111",
        host="3-2-201", purpose="visit", temperature="36.5"))
    dialog = InsideDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.print_selected_pass()
    qtbot.waitUntil(lambda: dialog.findChild(PdfDialog) is not None, timeout=10000)
    shown = dialog.findChild(PdfDialog)
    assert shown.preview.page_count == 1
    with ctx.sessions() as session:
        pass_no = session.get(Visit, visit.id).pass_no
    assert pass_no and dialog.model.row_at(0).pass_no == pass_no
    close_now(shown)


def test_print_pass_for_a_resident_without_a_card(qtbot, ctx, fixed_clock) -> None:
    ctx.call(add_person, PersonForm(name="钱八", building="1", unit="1", room="101"))
    page = ResidentsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(0)
    assert page.model.row_at(0).name == "钱八" and page.model.row_at(0).pass_no == ""
    page.print_selected_pass()
    qtbot.waitUntil(lambda: page.findChild(PdfDialog) is not None, timeout=10000)
    shown = page.findChild(PdfDialog)
    assert shown.preview.page_count == 1
    close_now(shown)
    with ctx.sessions() as session:
        person = session.scalars(select(Person).where(Person.name == "钱八")).one()
    assert person.pass_no.startswith("L") and person.pass_valid_until == date(2026, 4, 1)
    qtbot.waitUntil(lambda: page.model.row_at(0).pass_no == person.pass_no)  # the list shows it
