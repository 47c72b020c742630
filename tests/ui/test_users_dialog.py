"""The accounts dialog: reached from the main window by an administrator, adds a guard."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar

from app.models import User
from app.services.auth import sign_in
from app.services.context import Role
from app.ui.main_window import MainWindow
from tests.helpers import count


def _toolbar_texts(window: MainWindow) -> list[str]:
    return [a.text() for a in window.findChild(QToolBar).actions()]


def test_an_administrator_adds_a_guard_from_the_main_window(qtbot, ctx) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert "Accounts…" in _toolbar_texts(window)
    window.users_action.trigger()
    dialog = window.users_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Accounts"
    assert [(dialog.model.row_at(r).username, dialog.model.index(r, 2).data())
            for r in range(dialog.model.rowCount())] == [("admin", "Administrator")]

    qtbot.keyClicks(dialog.username, "guard1")
    qtbot.keyClicks(dialog.password, "guard-pw")
    qtbot.keyClicks(dialog.password_again, "guard-pv")
    qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    assert dialog.error.text() == "Password: The two passwords differ."
    assert dialog.password.property("invalid") is True and dialog.username.property("invalid") is False
    assert (dialog.username.text(), dialog.password.text(), dialog.password_again.text()) == \
        ("guard1", "guard-pw", "guard-pv")
    assert count(ctx.sessions, User) == 1

    dialog.password_again.clear()
    qtbot.keyClicks(dialog.password_again, "guard-pw")
    qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    assert dialog.error.text() == "" and dialog.done_label.text() == "Account guard1 added: Guard."
    assert (dialog.username.text(), dialog.password.text(), dialog.password_again.text()) == ("", "", "")
    assert [dialog.model.row_at(r).username for r in range(dialog.model.rowCount())] == ["admin", "guard1"]
    with ctx.sessions() as session:
        assert sign_in(session, "guard1", "guard-pw").role == Role.GUARD


def test_a_taken_user_name_is_marked_and_the_role_chosen_is_kept(qtbot, ctx) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_users()
    dialog = window.users_dialog
    qtbot.keyClicks(dialog.username, "admin")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.HEAD))
    qtbot.keyClicks(dialog.password, "head-pw1")
    qtbot.keyClicks(dialog.password_again, "head-pw1")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "User name: This user name is taken."
    assert dialog.username.property("invalid") is True
    assert dialog.role.currentData() == Role.HEAD and dialog.password.text() == "head-pw1"
    assert count(ctx.sessions, User) == 1


def test_only_an_administrator_sees_the_accounts(qtbot, ctx) -> None:
    head = dataclasses.replace(ctx, actor=dataclasses.replace(ctx.actor, role=Role.HEAD))
    window = MainWindow(head)
    qtbot.addWidget(window)
    assert window.users_action.text() == "Accounts…"
    assert window.users_action not in window.findChild(QToolBar).actions()
