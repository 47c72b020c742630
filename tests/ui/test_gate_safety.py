"""The gate never shows green by mistake: driven with keys and scanner input only."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.models import ExitAttempt, TemperatureCheck
from app.services.lookup import lookup
from app.services.residents import import_residents
from app.services.returnees import ReturneeForm, add_returnee
from app.services.visitors import VisitorForm, register_visitor
from app.services.watchlist import add_watch_entry
from app.ui.gate_page import GatePage
from app.ui.visitor_dialog import VisitorDialog
from tests.helpers import ENGLISH_HEADER, count, csv_bytes, resident_id


def make_page(qtbot, ctx) -> GatePage:
    page = GatePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()  # shortcuts (F3, Esc) need the window active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.focus_entry()
    return page


def scan(qtbot, widget, text: str) -> None:
    """What a scanner sends: the characters, then Enter."""
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def under_observation(ctx, fixed_clock, pass_no: str = "00001") -> str:
    person = next(h for h in ctx.call(lookup, pass_no) if h.pass_no == pass_no)
    ctx.call(add_returnee, ReturneeForm(person.id, "420106", fixed_clock.now().date() - timedelta(days=5)))
    return person.name


def kind(page: GatePage) -> str:
    return page.kind_combo.currentData()


def test_a_pass_scanned_with_the_picker_left_on_courier_is_the_resident(qtbot, ctx, fixed_clock) -> None:
    name = under_observation(ctx, fixed_clock)
    page = make_page(qtbot, ctx)
    qtbot.keyClick(page.search, Qt.Key.Key_F3)  # Who: courier
    assert kind(page) == "courier" and page.kind_combo.property("other") is True
    scan(qtbot, page.search, "SF")
    scan(qtbot, page.temperature, "364")
    assert kind(page) == "resident"  # a save puts the picker back

    qtbot.keyClick(page.search, Qt.Key.Key_F3)  # the next guard leaves it on courier
    assert kind(page) == "courier"
    scan(qtbot, page.search, "00001")
    assert kind(page) == "resident" and page.selected is not None and page.selected.name == name
    assert page.banner.property("state") == "fever"
    assert "day 6 of 14" in page.banner.text() and name in page.banner.text()
    assert count(ctx.sessions, ExitAttempt) == 1
    scan(qtbot, page.temperature, "366")
    assert page.banner.property("state") == "fever" and "may not leave" in page.banner.text()
    with ctx.sessions() as session:
        saved = session.scalars(select(TemperatureCheck).order_by(TemperatureCheck.taken_at.desc())).first()
    assert saved.subject_kind == "resident" and saved.person_id == page_person(ctx, "00001")


def page_person(ctx, pass_no: str):
    return next(h.id for h in ctx.call(lookup, pass_no) if h.pass_no == pass_no)


ZHANG_ID_TAIL = resident_id("19491231", seq="002")[-4:]


@pytest.mark.parametrize(("typed", "found"), [("李喆", "李喆"), (ZHANG_ID_TAIL, "张三"), ("SF", None)])
def test_a_residents_name_or_id_tail_under_another_kind_is_looked_up(qtbot, ctx, typed, found) -> None:
    page = make_page(qtbot, ctx)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("staff"))
    page.search.setText(typed)  # QTest types Latin-1 only
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    if found:
        assert kind(page) == "resident" and page.selected is not None and page.selected.name == found
    else:  # nobody's: a staff member's label, kept as typed
        assert kind(page) == "staff" and page.focusWidget() is page.temperature


def test_esc_puts_the_picker_back_and_clears_the_verdict(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    scan(qtbot, page.search, "00002")
    scan(qtbot, page.temperature, "366")
    assert page.banner.property("state") == "ok"
    qtbot.keyClick(page.search, Qt.Key.Key_F3)
    qtbot.keyClick(page.search, Qt.Key.Key_F3)
    assert kind(page) == "staff"
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert kind(page) == "resident" and page.banner.property("state") == "idle"
    assert page.kind_combo.property("other") is False


def test_the_banner_goes_neutral_when_the_next_lookup_starts(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    scan(qtbot, page.search, "00002")
    scan(qtbot, page.temperature, "366")
    assert page.banner.property("state") == "ok" and "李喆" in page.banner.text()
    qtbot.keyClicks(page.search, "0")  # the next person: green must not stand for them
    assert page.banner.property("state") == "idle" and "李喆" not in page.banner.text()


def test_an_error_for_the_next_person_never_stands_under_the_previous_verdict(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    scan(qtbot, page.search, "00002")
    scan(qtbot, page.temperature, "366")
    page.save()  # Enter again with nobody found: an error
    assert page.field_error.text() and page.banner.property("state") == "idle"
    scan(qtbot, page.search, "99999")
    assert page.field_error.text() and page.banner.property("state") == "idle"


def test_several_people_in_a_room_are_not_chosen_by_enter(qtbot, ctx) -> None:
    with ctx.sessions.begin() as session:
        import_residents(session, ctx.actor, csv_bytes([ENGLISH_HEADER, "王芳,3,2,201,,,,00005,"]))
    page = make_page(qtbot, ctx)
    scan(qtbot, page.search, "3-2-201")
    assert page.selected is None and page.suggestions.count() == 2
    assert page.focusWidget() is page.suggestions and "2" in page.field_error.text()
    qtbot.keyClick(page.suggestions, Qt.Key.Key_Down)
    second = page.suggestions.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(page.suggestions, Qt.Key.Key_Return)
    assert page.selected is not None and page.selected.id == second.id
    assert page.focusWidget() is page.temperature


def visitor_form(**changes) -> VisitorForm:
    values = dict(name="李四", id_type="resident_id", id_number=resident_id("19900307", "420106", "456"),
                  phone="13800138000", host="3-2-201", purpose="visit", temperature="36.5")
    values.update(changes)
    return VisitorForm(**values)


def test_a_returning_visitor_opens_on_the_temperature(qtbot, ctx, monkeypatch) -> None:
    ctx.call(register_visitor, visitor_form())
    opened: list[VisitorDialog] = []
    monkeypatch.setattr(VisitorDialog, "exec", lambda self: opened.append(self) or 0)
    page = make_page(qtbot, ctx)
    scan(qtbot, page.search, "ls")
    assert len(opened) == 1 and opened[0].focusWidget() is opened[0].temperature


def test_the_watch_list_shows_in_the_form_before_admitting(qtbot, ctx) -> None:
    ctx.call(add_watch_entry, kind="region", prefix="4201", label="武汉市", valid_from="2026-01-01")
    dialog = VisitorDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.watch_warning.isHidden()
    dialog.name.setText("李四")
    dialog.id_number.setFocus()
    scan(qtbot, dialog.id_number, resident_id("19900307", "420106", "456"))
    assert dialog.visit is None  # nothing saved yet
    assert dialog.watch_warning.isVisible() and "武汉市" in dialog.watch_warning.text()
    assert dialog.focusWidget() is dialog.phone and dialog.id_type.currentData() == "resident_id"


def test_a_scanned_id_card_of_a_stranger_opens_a_new_visitor_form(qtbot, ctx, monkeypatch) -> None:
    number = resident_id("19900307", "110105", "777")
    opened: list[VisitorDialog] = []
    monkeypatch.setattr(VisitorDialog, "exec", lambda self: opened.append(self) or 0)
    page = make_page(qtbot, ctx)
    scan(qtbot, page.search, number)
    assert len(opened) == 1 and opened[0].id_number.text() == number
    assert opened[0].focusWidget() is opened[0].name


def test_a_picker_not_on_resident_is_shown_large(qtbot, ctx, theme) -> None:
    from app.ui.theme import apply_theme

    apply_theme(night=True)
    page = make_page(qtbot, ctx)
    resident_height = page.kind_combo.sizeHint().height()
    qtbot.keyClick(page.search, Qt.Key.Key_F3)
    assert page.kind_combo.sizeHint().height() > 1.3 * resident_height
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.kind_combo.sizeHint().height() == resident_height
