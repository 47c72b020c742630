"""Managing accounts in the GUI: disable, enable, unlock, reset, role; and one's own password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QToolBar, QWidget

from app.errors import AuthenticationFailed
from app.services.auth import add_user, sign_in
from app.services.context import Role
from app.ui.main_window import MainWindow
from app.ui.users_dialog import UsersDialog
from tests.helpers import PASSWORD, set_up_in


def signs_in(ctx, username: str, password: str) -> str:
    try:
        with ctx.sessions() as session:
            sign_in(session, username, password)
    except AuthenticationFailed as error:
        return error.render()
    return "ok"


def cells(dialog: UsersDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def users_dialog(qtbot, ctx) -> tuple[QWidget, UsersDialog]:
    """The dialog as the main window opens it: owned by a window, which the test holds, so that Qt
    deletes the dialog with it when the test ends (its lambdas would leave it to the garbage
    collector, on whatever thread that runs)."""
    owner = QWidget()
    qtbot.addWidget(owner)
    dialog = UsersDialog(ctx, owner)
    dialog.show()
    return owner, dialog


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_administrator_disables_unlocks_resets_and_promotes(qtbot, ctx, fixed_clock) -> None:
    ctx.call(add_user, "guard1", "门卫一", Role.GUARD, "guard-secret")
    for _ in range(5):
        signs_in(ctx, "guard1", "wrong-password")
    _owner, dialog = users_dialog(qtbot, ctx)
    assert [row[3:] for row in cells(dialog)] == [["Active", ""], ["Active", "2026-03-02 10:15"]]
    assert not dialog.disable_button.isEnabled()  # nothing chosen yet

    dialog.select("guard1")
    assert dialog.unlock_button.isEnabled() and not dialog.enable_button.isEnabled()
    click(qtbot, dialog.unlock_button)
    assert dialog.done_label.text() == "guard1 is unlocked." and cells(dialog)[1][4] == ""
    assert signs_in(ctx, "guard1", "guard-secret") == "ok"

    click(qtbot, dialog.disable_button)
    assert cells(dialog)[1][3] == "Disabled" and dialog.enable_button.isEnabled()
    assert signs_in(ctx, "guard1", "guard-secret").startswith("This account is disabled")
    click(qtbot, dialog.enable_button)
    assert dialog.done_label.text() == "guard1 can sign in again."
    assert signs_in(ctx, "guard1", "guard-secret") == "ok"

    click(qtbot, dialog.reset_button)
    reset = dialog.password_dialog
    assert reset.windowTitle() == "New password for guard1" and not reset.current.isVisible()
    qtbot.keyClicks(reset.password, "12345678")
    qtbot.keyClicks(reset.password_again, "12345678")
    qtbot.keyClick(reset.password_again, Qt.Key.Key_Return)
    assert reset.error.text() == "Password: This password is one of the most common ones; choose another."
    assert reset.isVisible() and reset.password.text() == "12345678"
    for edit in (reset.password, reset.password_again):
        edit.clear()
        qtbot.keyClicks(edit, "night-shift-2")
    qtbot.keyClick(reset.password_again, Qt.Key.Key_Return)
    assert dialog.done_label.text() == "The password of guard1 is reset."
    assert signs_in(ctx, "guard1", "night-shift-2") == "ok"

    dialog.new_role.setCurrentIndex(dialog.new_role.findData(Role.HEAD))
    click(qtbot, dialog.role_button)
    assert cells(dialog)[1][2] == "Committee head"
    assert dialog.done_label.text() == "guard1 is now: Committee head."


def test_the_last_administrator_is_kept(qtbot, ctx) -> None:
    _owner, dialog = users_dialog(qtbot, ctx)
    dialog.select("admin")
    click(qtbot, dialog.disable_button)
    assert dialog.manage_error.text() == \
        "User name: This is the last active administrator; make another one first."
    dialog.new_role.setCurrentIndex(dialog.new_role.findData(Role.GUARD))
    click(qtbot, dialog.role_button)
    assert dialog.manage_error.text().endswith("make another one first.")
    assert cells(dialog)[0][2:4] == ["Administrator", "Active"]


def test_anyone_changes_their_own_password_from_the_main_window(qtbot, ctx) -> None:
    window = MainWindow(ctx)
    window.show()
    assert "My password…" in [a.text() for a in window.findChild(QToolBar).actions()]
    window.password_action.trigger()
    dialog = window.password_dialog
    assert dialog.windowTitle() == "Change my password" and dialog.current.isVisible()
    qtbot.keyClicks(dialog.current, "not-my-password")
    qtbot.keyClicks(dialog.password, "a-new-password")
    qtbot.keyClicks(dialog.password_again, "a-new-password")
    qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    assert dialog.error.text() == "The current password is wrong."
    assert dialog.current.property("invalid") is True and dialog.password.property("invalid") is False
    dialog.current.clear()
    qtbot.keyClicks(dialog.current, PASSWORD)
    qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.statusBar().currentMessage() == "Your password is changed."
    assert signs_in(ctx, "admin", "a-new-password") == "ok"
    assert signs_in(ctx, "admin", PASSWORD) == "Wrong user name or password."
    window.close()
    window.deleteLater()  # no window lives on to count or watch in later tests
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_setup_wizard_refuses_a_common_admin_password(qtbot, sessions, languages) -> None:
    from app.services.setup import is_initialised
    from app.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(set_up_in(sessions), languages)
    qtbot.addWidget(wizard)
    wizard.site.setText("幸福里")
    wizard.committee.setText("幸福里居委会")
    wizard.username.setText("chen")
    for password, problem in (("1234567", "Use at least 8 characters."),
                              ("password", "This password is one of the most common ones; choose another.")):
        wizard.password.setText(password)
        wizard.password_again.setText(password)
        assert wizard._finish() is False
        assert wizard.account.error.text() == f"Password: {problem}"
        with sessions() as session:
            assert not is_initialised(session)
