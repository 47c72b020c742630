"""Visitor registration, sign-in and first-run setup, driven through their widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.models import Site, User, Visit
from app.services.setup import is_initialised
from app.ui.inside_dialog import InsideDialog
from app.ui.login_dialog import LoginDialog
from app.services import auth
from app.ui.setup_wizard import SetupWizard
from app.ui.visitor_dialog import VisitorDialog
from tests.helpers import PASSWORD, count, resident_id, set_up_in, wrong_check_digit


def fill_visitor(dialog: VisitorDialog, id_number: str) -> None:
    dialog.name.setText("赵六")
    dialog.id_number.setText(id_number)
    dialog.phone.setText("139 0000 1111")
    dialog.host.setText("3号2单元201")
    dialog.plate.setText("京A12345")
    dialog.temperature.setText("36.5")


def test_bad_id_names_the_field_and_keeps_the_form(qtbot, ctx) -> None:
    dialog = VisitorDialog(ctx)
    qtbot.addWidget(dialog)
    good = resident_id("19800101")
    fill_visitor(dialog, wrong_check_digit(good))
    dialog._on_save()
    assert dialog.visit is None and count(ctx.sessions, Visit) == 0
    assert dialog.error.text().startswith("ID number:")
    assert dialog.id_number.property("invalid") is True
    assert dialog.name.text() == "赵六" and dialog.plate.text() == "京A12345"
    assert good[:-1] not in dialog.error.text()

    dialog.id_number.setText(good)
    dialog._on_save()
    assert dialog.visit is not None and dialog.visit.host == "3-2-201"
    assert dialog.visit.masked_id == good[:6] + "********" + good[-4:]
    assert dialog.visit.masked_phone == "139****1111"


def test_returning_visitor_keeps_numbers_out_of_sight(qtbot, ctx) -> None:
    first = VisitorDialog(ctx)
    qtbot.addWidget(first)
    number = resident_id("19900101")
    fill_visitor(first, number)
    first._on_save()
    again = VisitorDialog(ctx, previous_visit=first.visit.id)
    qtbot.addWidget(again)
    assert again.name.text() == "赵六" and again.id_number.text() == ""
    assert again.phone.text() == "" and again.identity_note.isVisibleTo(again)
    again.temperature.setText("36.7")
    again._on_save()
    with ctx.sessions() as session:
        numbers = set(session.scalars(select(Visit.id_number)))
    assert numbers == {number} and count(ctx.sessions, Visit) == 2


def test_inside_list_signs_visitors_out(qtbot, ctx) -> None:
    dialog = VisitorDialog(ctx)
    qtbot.addWidget(dialog)
    fill_visitor(dialog, resident_id("19850505"))
    dialog._on_save()
    inside = InsideDialog(ctx)
    qtbot.addWidget(inside)
    assert inside.model.rowCount() == 1
    inside.sign_out_selected()
    assert inside.model.rowCount() == 0
    with ctx.sessions() as session:
        assert session.scalars(select(Visit.time_out)).one() is not None


def test_login_rejects_a_wrong_password_then_signs_in(qtbot, ctx) -> None:
    def sign_in(username: str, password: str):
        with ctx.sessions.begin() as session:
            return auth.sign_in(session, username, password)

    dialog = LoginDialog(sign_in, ctx.languages, "阳光花园")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("admin")
    dialog.password.setText("wrong-password")
    dialog._on_sign_in()
    assert dialog.actor is None and "Wrong user name or password" in dialog.error.text()
    dialog.password.setText(PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "admin"


def test_setup_wizard_does_what_init_does(qtbot, sessions, languages) -> None:
    wizard = SetupWizard(set_up_in(sessions), languages)
    qtbot.addWidget(wizard)
    wizard.site.setText("幸福里")
    wizard.committee.setText("幸福里居委会")
    wizard.gates.setText("南门，北门")
    wizard.username.setText("chen")
    wizard.password.setText("long-enough")
    wizard.password_again.setText("different")
    assert wizard._finish() is False and "differ" in wizard.account.error.text()
    with sessions() as session:
        assert not is_initialised(session)
    wizard.password_again.setText("long-enough")
    assert wizard._finish() is True
    with sessions() as session:
        assert session.scalars(select(Site.name)).one() == "幸福里"
        assert session.scalars(select(User.role)).one() == "admin"
    assert wizard.actor is not None and wizard.actor.username == "chen"
