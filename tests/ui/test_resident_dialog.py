"""Adding and editing one resident from the roster page, with real keys and clicks."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.domain.tags import Tag
from app.models import Person
from app.services.context import Role
from app.ui.context import UiContext
from app.ui.residents_page import ResidentsPage
from app.ui.settings import ui_settings
from tests.helpers import count, resident_id

ID_ZHANG = resident_id("19491231", seq="002")


@pytest.fixture
def empty_ctx(sessions, admin, data_dir, languages) -> UiContext:
    """Signed in, with nobody on the roster yet."""
    return UiContext(sessions, admin, languages, ui_settings(data_dir), data_dir)


def _page(qtbot, ctx: UiContext) -> ResidentsPage:
    page = ResidentsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def _person(ctx: UiContext, name: str) -> Person:
    with ctx.sessions() as session:
        return session.scalars(select(Person).where(Person.name == name)).one()


def test_add_a_resident_keeps_everything_typed_on_a_bad_field(qtbot, empty_ctx) -> None:
    page = _page(qtbot, empty_ctx)
    assert page.hint.isVisible()
    assert page.hint.text() == ("No residents yet. Add one (Add resident…), or import the roster "
                                "from a CSV file (Import roster (CSV)…).")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Add a resident"
    typed = {dialog.name: "Tom Lee", dialog.room: "7-1-101", dialog.phone: "12", dialog.pass_no: "10001"}
    for widget, text in typed.items():
        qtbot.keyClicks(widget, text)
    qtbot.mouseClick(dialog.tag_boxes[Tag.ELDERLY_ALONE], Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    assert dialog.isVisible() and dialog.error.text().startswith("Phone:")
    assert dialog.phone.property("invalid") is True and dialog.name.property("invalid") is False
    assert dialog.focusWidget() is dialog.phone
    assert {w.text() for w in typed} == set(typed.values())
    assert dialog.tag_boxes[Tag.ELDERLY_ALONE].isChecked()
    assert count(empty_ctx.sessions, Person) == 0

    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "13812345678")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    person = _person(empty_ctx, "Tom Lee")
    assert (person.phone, person.pass_no, person.tags) == ("+8613812345678", "10001", ["elderly_alone"])
    assert page.model.rowCount() == 1 and page.model.row_at(0).room == "7-1-101"
    assert not page.hint.isVisible() and page.count.text() == "Residents: 1"


def test_adding_somebody_already_on_the_roster_is_refused(qtbot, ctx) -> None:
    page = _page(qtbot, ctx)
    assert not page.hint.isVisible()
    dialog = page.add_resident()
    dialog.name.insert("张三")  # as an input method commits it (QTest types ASCII only)
    qtbot.keyClicks(dialog.pass_no, "00001")
    qtbot.keyClick(dialog.pass_no, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == "Pass number: 张三 is already on the roster; edit their row instead."
    assert dialog.pass_no.property("invalid") is True
    assert _person(ctx, "张三").phone == "+8613812348000"


def test_enter_on_a_row_edits_it_without_showing_the_numbers(qtbot, ctx) -> None:
    page = _page(qtbot, ctx)
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Edit a resident"
    assert (dialog.name.text(), dialog.room.text(), dialog.pass_no.text()) == ("张三", "3-2-201", "00001")
    assert (dialog.id_number.text(), dialog.phone.text()) == ("", "")
    assert dialog.id_number.placeholderText() == f"{ID_ZHANG[:6]}********{ID_ZHANG[-4:]}"
    assert dialog.phone.placeholderText() == "138****8000"
    assert dialog.on_record.isVisible()
    assert dialog.id_type.currentData() == "resident_id"
    assert dialog.tag_boxes[Tag.ELDERLY_ALONE].isChecked() and not dialog.tag_boxes[Tag.FOREIGN].isChecked()

    dialog.room.selectAll()
    qtbot.keyClicks(dialog.room, "3-2-203")
    qtbot.mouseClick(dialog.tag_boxes[Tag.FOREIGN], Qt.MouseButton.LeftButton)
    assert dialog.language.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.room, Qt.Key.Key_Return)
    person = _person(ctx, "张三")
    assert (person.phone, person.id_number) == ("+8613812348000", ID_ZHANG)
    assert (person.tags, person.language) == (["elderly_alone", "foreign"], "en")
    rooms = {page.model.row_at(r).name: page.model.row_at(r).room for r in range(page.model.rowCount())}
    assert rooms["张三"] == "3-2-203"


def test_double_click_edits_and_a_bad_id_number_is_marked(qtbot, ctx) -> None:
    page = _page(qtbot, ctx)
    rect = page.table.visualRect(page.model.index(1, 2))
    # A double-click's first press, then the double-click (QTest sends only the latter).
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.dialog is None
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.dialog
    assert dialog is not None and dialog.name.text() == "李喆"
    qtbot.keyClicks(dialog.id_number, "110105194912310021")
    qtbot.keyClick(dialog.id_number, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.text().startswith("ID number:")
    assert dialog.id_number.property("invalid") is True and dialog.id_number.text() == "110105194912310021"
    assert _person(ctx, "李喆").id_number is None


def test_guards_see_the_roster_but_do_not_edit_it(qtbot, ctx) -> None:
    guard = dataclasses.replace(ctx, actor=dataclasses.replace(ctx.actor, role=Role.GUARD))
    page = _page(qtbot, guard)
    assert not page.add_button.isEnabled()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.dialog is None
