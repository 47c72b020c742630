"""The street office's window signs in first: a new hub is set up (the office, its administrator,
an encrypted file), an existing one asks who signs in, and the window acts as that user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool, Qt

from app.db.at_rest import is_plain
from app.paths import HUB_FILE_NAME
from app.services.auth import add_user
from app.services.context import Role
from app.ui.context import HubContext
from app.ui.hub_main import HubSetupDialog, office_sign_in_dialog
from app.ui.hub_window import HubWindow
from app.ui.loader import DatabaseLoader
from app.ui.login_dialog import LoginDialog
from app.ui.usb_watcher import UsbWatcher
from tests.helpers import PASSWORD
from tests.services.test_at_rest import no_plain_copy
from tests.ui.test_sync_page import FakeDrives


def _window(qtbot, loader: DatabaseLoader, actor, languages) -> HubWindow:
    window = HubWindow(HubContext(loader.sessions(), actor, languages), watcher=UsbWatcher(roots=FakeDrives()))
    qtbot.addWidget(window)
    return window


def _close(loader: DatabaseLoader) -> None:
    assert QThreadPool.globalInstance().waitForDone(60_000)
    loader.sessions().kw["bind"].dispose()


def test_a_new_hub_is_set_up_with_its_administrator_then_signed_in(qtbot, tmp_path: Path, languages,
                                                                    fixed_clock) -> None:
    folder = tmp_path / "office"
    folder.mkdir()
    loader = DatabaseLoader(folder, hub=True)
    setup = office_sign_in_dialog(loader, languages)
    assert isinstance(setup, HubSetupDialog)
    qtbot.addWidget(setup)
    setup.office.setText("东湖街道")  # typed through an input method
    qtbot.keyClicks(setup.password, "office-pass-1")
    qtbot.keyClicks(setup.password_again, "office-pass-2")
    setup.buttons.button(setup.buttons.StandardButton.Ok).click()
    assert setup.actor is None and "differ" in setup.error.text() and not list(folder.iterdir())
    setup.password_again.setText("office-pass-1")
    setup.password.setText("12345678")
    setup.password_again.setText("12345678")
    setup.buttons.button(setup.buttons.StandardButton.Ok).click()
    assert setup.actor is None and setup.error.text().startswith("Password: This password is one of the most")
    assert [p for p in folder.rglob("*") if p.is_file()] == []  # a refused setup leaves nothing
    setup.password.setText("office-pass-1")
    setup.password_again.setText("office-pass-1")
    setup.buttons.button(setup.buttons.StandardButton.Ok).click()
    assert setup.result() == setup.DialogCode.Accepted
    actor = setup.actor
    assert actor is not None and actor.username == "admin" and actor.role == Role.ADMIN and actor.office
    assert loader.recovery_code and not is_plain(folder / HUB_FILE_NAME)

    window = _window(qtbot, loader, actor, languages)
    assert window.windowTitle() == "GatePost street office — 东湖街道"
    assert window.user_label.text() == "admin (Office administrator)"
    assert window.trust_button.isEnabled()
    _close(loader)
    no_plain_copy(folder)
    assert isinstance(office_sign_in_dialog(DatabaseLoader(folder, hub=True), languages), LoginDialog)


def test_an_existing_hub_asks_who_signs_in_and_acts_as_them(qtbot, tmp_path: Path, languages, fixed_clock) -> None:
    folder = tmp_path / "office"
    folder.mkdir()
    made = DatabaseLoader(folder, hub=True)
    admin = made.set_up_office("东湖街道", "admin", PASSWORD)
    with made.sessions().begin() as session:
        add_user(session, admin, "li", "李", Role.HEAD, "staff-secret-1")
    made.sessions().kw["bind"].dispose()

    loader = DatabaseLoader(folder, hub=True)
    login = office_sign_in_dialog(loader, languages)
    assert isinstance(login, LoginDialog)
    qtbot.addWidget(login)
    login.show()
    qtbot.keyClicks(login.username, "li")
    qtbot.keyClicks(login.password, "wrong-password")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert login.actor is None and login.error.text() == "Wrong user name or password."
    qtbot.keyClicks(login.password, "staff-secret-1")  # the wrong one is selected: typing replaces it
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    actor = login.actor
    assert actor is not None and actor.username == "li" and actor.role == Role.HEAD and actor.office

    window = _window(qtbot, loader, actor, languages)
    assert window.user_label.text() == "李 (Office staff)"
    assert not window.trust_button.isEnabled()  # trusting a compound is an administrator's
    assert window.reload() and window.model.rowCount() == 1  # the total row: nothing trusted yet
    _close(loader)


def test_the_office_window_locks_when_idle_and_the_next_user_takes_over(
        qtbot, tmp_path: Path, languages, fixed_clock) -> None:
    folder = tmp_path / "office"
    folder.mkdir()
    loader = DatabaseLoader(folder, hub=True)
    admin = loader.set_up_office("东湖街道", "admin", PASSWORD)
    with loader.sessions().begin() as session:
        add_user(session, admin, "li", "李", Role.HEAD, "staff-secret-1")
    window = _window(qtbot, loader, admin, languages)
    window.show()
    assert window.centralWidget().isVisible() and window.trust_button.isEnabled()
    fixed_clock.advance(minutes=6)
    window.idle_lock.tick()
    assert window.idle_lock.is_locked and not window.centralWidget().isVisible()
    lock = window.idle_lock.dialog
    lock.username.setText("li")
    lock.password.setText("staff-secret-1")
    lock.unlock()
    assert not window.idle_lock.is_locked and window.centralWidget().isVisible()
    assert window.ctx.actor.username == "li" and window.user_label.text() == "李 (Office staff)"
    assert not window.trust_button.isEnabled()
    window.idle_lock.timer.stop()
    _close(loader)
