"""The gate desk driven from the keyboard, as a guard would, on a real database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.domain.temperature import FeverOutcome
from app.models import TemperatureCheck
from app.services.checks import open_fever_holds
from app.services.lookup import lookup
from app.ui.gate_page import GatePage
from app.ui.recheck_dialog import RecheckDialog
from tests.helpers import count


def make_page(qtbot, ctx) -> GatePage:
    page = GatePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.focus_entry()
    return page


def type_into(qtbot, widget, text: str) -> None:
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_pass_number_then_reading_saves_a_check(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    type_into(qtbot, page.search, "00001")
    assert page.selected is not None and page.selected.name == "张三"
    assert page.focusWidget() is page.temperature
    type_into(qtbot, page.temperature, "366")  # keypad entry: the point is added
    assert count(ctx.sessions, TemperatureCheck) == 1
    with ctx.sessions() as session:
        check = session.scalars(select(TemperatureCheck)).one()
    assert check.reading_dt == 366 and not check.is_fever
    assert page.banner.property("state") == "ok"
    assert "36.6" in page.banner.text() and "张三" in page.banner.text()
    assert page.focusWidget() is page.search and page.search.text() == ""


def test_pinyin_initials_find_the_resident_and_mask_the_id(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    qtbot.keyClicks(page.search, "zs")
    page._lookup_timer.timeout.emit()
    assert page.suggestions.isVisible()
    line = page.suggestions.item(0).text()
    assert "张三" in line and "110105********" in line
    assert "19491231" not in line


def test_a_typo_reading_is_refused_and_the_entry_kept(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    type_into(qtbot, page.search, "00002")
    page.temperature.setText("3.65")
    qtbot.keyClick(page.temperature, Qt.Key.Key_Return)
    assert count(ctx.sessions, TemperatureCheck) == 0
    assert page.field_error.text().startswith("Temperature:")
    assert page.temperature.text() == "3.65"
    assert page.selected is not None and page.selected.name == "李喆"


def test_fever_walks_through_the_recheck(qtbot, ctx, fixed_clock) -> None:
    page = make_page(qtbot, ctx)
    type_into(qtbot, page.search, "00003")
    type_into(qtbot, page.temperature, "378")
    assert page.banner.property("state") == "fever"
    assert page.holds.count() == 1 and page.recheck_button.isEnabled()
    hold = page.holds.item(0).data(Qt.ItemDataRole.UserRole)

    dialog = RecheckDialog(ctx, hold)
    qtbot.addWidget(dialog)
    fixed_clock.advance(seconds=10)
    dialog._on_tick()
    type_into(qtbot, dialog.temperature, "365")
    # The countdown and the refusal say the same wait, the same way.
    assert "2:50" in dialog.error.text() and "2:50" in dialog.countdown.text()
    assert dialog.result_check is None
    assert not any(button.isEnabled() for button in dialog.outcome_buttons)  # they wait

    fixed_clock.advance(seconds=170)

    dialog.temperature.clear()
    type_into(qtbot, dialog.temperature, "365")
    assert dialog.result_check is not None and not dialog.result_check.is_fever
    assert ctx.call(open_fever_holds) == []


def test_a_fever_that_stays_needs_an_outcome(qtbot, ctx, fixed_clock) -> None:
    page = make_page(qtbot, ctx)
    type_into(qtbot, page.search, "00001")
    type_into(qtbot, page.temperature, "38.2")
    hold = ctx.call(open_fever_holds)[0]
    fixed_clock.advance(minutes=4)
    dialog = RecheckDialog(ctx, hold)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.temperature, "38.0")
    assert dialog.result_check.is_fever and len(ctx.call(open_fever_holds)) == 1
    dialog._on_outcome(FeverOutcome.FEVER_CLINIC)
    assert ctx.call(open_fever_holds) == []
    with ctx.sessions() as session:
        first = session.get(TemperatureCheck, hold.id)
        assert first.outcome == "fever_clinic"


def test_courier_needs_no_roster_entry(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("courier"))
    page.search.setText("顺丰")  # QTest types Latin-1 only
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.focusWidget() is page.temperature
    type_into(qtbot, page.temperature, "36.4")
    with ctx.sessions() as session:
        check = session.scalars(select(TemperatureCheck)).one()
    assert check.subject_kind == "courier" and check.subject_label == "顺丰"


def test_typing_a_new_name_drops_the_previous_choice(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    type_into(qtbot, page.search, "00001")
    page.search.setFocus()
    qtbot.keyClicks(page.search, "2")  # the guard starts typing someone else
    page.temperature.setText("38.0")
    page.save()
    assert count(ctx.sessions, TemperatureCheck) == 0
    assert page.selected is None and page.field_error.text()


def test_the_waiting_list_keeps_the_guards_choice(qtbot, ctx, fixed_clock) -> None:
    page = make_page(qtbot, ctx)
    for pass_no in ("00001", "00002"):
        type_into(qtbot, page.search, pass_no)
        type_into(qtbot, page.temperature, "38.0")
    page.holds.setCurrentRow(1)
    fixed_clock.advance(seconds=5)
    page._on_tick()
    assert page.holds.currentRow() == 1 and "2:55" in page.holds.item(1).text()


def test_a_person_under_observation_is_stopped_and_the_attempt_logged(qtbot, ctx, fixed_clock) -> None:
    from datetime import timedelta

    from app.models import ExitAttempt
    from app.services.returnees import ReturneeForm, add_returnee

    zhang = next(h for h in ctx.call(lookup, "00001") if h.name == "张三")
    ctx.call(add_returnee, ReturneeForm(zhang.id, "420106", fixed_clock.now().date() - timedelta(days=5)))
    page = make_page(qtbot, ctx)
    type_into(qtbot, page.search, "00001")
    assert page.banner.property("state") == "fever"
    assert "6" in page.banner.text() and "14" in page.banner.text()
    assert count(ctx.sessions, ExitAttempt) == 1
    type_into(qtbot, page.search, "00002")  # someone else: no banner, nothing logged
    assert count(ctx.sessions, ExitAttempt) == 1


def test_household_outing_rule_at_the_gate(qtbot, ctx, fixed_clock) -> None:
    from app.services.policy import set_policy

    page = make_page(qtbot, ctx)
    type_into(qtbot, page.search, "00001")
    assert "\n" not in page.selected_label.text()  # the rule is off by default
    ctx.call(set_policy, "household_outing_days", "3")
    page.reset_entry()  # what Esc does
    type_into(qtbot, page.search, "00001")
    assert "F6" in page.selected_label.text()
    page.record_going_out()
    assert page.banner.property("state") == "ok"
    page.record_going_out()  # the household's turn is used
    assert page.banner.property("state") == "warn" and "2026-03-05" in page.banner.text()


def test_scanning_a_visitors_pass_on_the_way_out_signs_them_out(qtbot, ctx, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.models import Visit
    from app.services.visitors import VisitorForm, register_visitor
    from tests.helpers import resident_id

    form = VisitorForm(name="李四", id_type="resident_id", id_number=resident_id("19900307", seq="456"),
                       phone="13800138000", host="3-2-201", purpose="visit", temperature="36.5",
                       issue_pass=True)
    with ctx.sessions.begin() as session:
        visit = register_visitor(session, ctx.actor, form)
    assert visit.pass_no
    with ctx.sessions() as session:
        hits = lookup(session, ctx.actor, visit.pass_no.lower())
    assert [h.id for h in hits] == [visit.id]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    page = make_page(qtbot, ctx)
    type_into(qtbot, page.search, visit.pass_no)
    assert asked and "李四" in asked[0]
    with ctx.sessions() as session:
        assert session.get(Visit, visit.id).time_out is not None
