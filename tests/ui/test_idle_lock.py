"""The idle lock, driven with a fixed clock: covered, nothing personal shown, typing kept."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QLabel, QLineEdit, QListWidget, QToolBar,
)

from app.errors import PermissionDenied
from app.services.auth import add_user, list_users
from app.services.context import Role
from app.services.policy import set_policy
from app.ui.main_window import MainWindow
from tests.helpers import PASSWORD


def visible_texts() -> list[str]:
    """Every text a person could read on the screen now."""
    texts = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.index(r, c).data()) for r in range(min(model.rowCount(), 50))
                      for c in range(model.columnCount())]
    return texts


def shown(text: str) -> bool:
    return any(text in t for t in visible_texts())


@pytest.fixture
def windows(ctx) -> Iterator[Callable[[], MainWindow]]:
    """Main windows, deleted when the test ends: none lives on to count or watch in later tests."""
    made: list[MainWindow] = []

    def make() -> MainWindow:
        made.append(MainWindow(ctx))
        made[-1].show()
        return made[-1]

    yield make
    for window in made:
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def unlock_as(qtbot, window: MainWindow, username: str, password: str) -> None:
    dialog = window.idle_lock.dialog
    dialog.username.setText(username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_idle_for_five_minutes_covers_the_window_and_the_password_uncovers_it(
        qtbot, ctx, windows, fixed_clock) -> None:
    window = windows()
    page = window.gate_page
    qtbot.keyClicks(page.search, "zs")
    page._lookup_timer.timeout.emit()
    assert shown("张三")

    fixed_clock.advance(minutes=4, seconds=59)
    window.idle_lock.tick()
    assert not window.idle_lock.is_locked
    fixed_clock.advance(minutes=1, seconds=1)
    window.idle_lock.tick()
    assert window.idle_lock.is_locked and window.idle_lock.dialog.isVisible()
    assert not shown("张三") and not shown("zs")
    assert not window.toolbar.isVisible() and not window.tabs.isVisible()
    assert window.idle_lock.dialog.username.text() == "admin"

    unlock_as(qtbot, window, "admin", "wrong-password")
    assert window.idle_lock.is_locked
    assert window.idle_lock.dialog.error.text() == "Wrong user name or password."
    unlock_as(qtbot, window, "admin", PASSWORD)
    assert not window.idle_lock.is_locked and not window.idle_lock.dialog.isVisible()
    assert page.search.text() == "zs" and page.suggestions.isVisible()
    assert shown("张三") and window.toolbar.isVisible()
    assert ctx.actor.username == "admin"


def test_input_anywhere_keeps_the_window_open(qtbot, ctx, windows, fixed_clock) -> None:
    window = windows()
    fixed_clock.advance(minutes=4)
    qtbot.keyClicks(window.gate_page.search, "0")
    fixed_clock.advance(minutes=4)
    window.idle_lock.tick()
    assert not window.idle_lock.is_locked
    fixed_clock.advance(minutes=1)
    window.idle_lock.tick()
    assert window.idle_lock.is_locked


def test_the_policy_sets_the_idle_time(qtbot, ctx, windows, fixed_clock) -> None:
    ctx.call(set_policy, "idle_lock_minutes", "10")
    window = windows()
    fixed_clock.advance(minutes=9)
    window.idle_lock.tick()
    assert not window.idle_lock.is_locked
    fixed_clock.advance(minutes=1)
    window.idle_lock.tick()
    assert window.idle_lock.is_locked


def test_another_user_takes_over_the_shift(qtbot, ctx, windows, fixed_clock) -> None:
    ctx.call(add_user, "guard1", "门卫一", Role.GUARD, "guard-secret")
    window = windows()
    window.tabs.setCurrentWidget(window.residents_page)
    assert window.residents_page.add_button.isEnabled()
    window.tabs.setCurrentIndex(0)
    qtbot.keyClicks(window.gate_page.search, "00002")
    window.idle_lock.lock()
    unlock_as(qtbot, window, "guard1", "guard-secret")

    assert not window.idle_lock.is_locked
    assert (ctx.actor.username, ctx.actor.role) == ("guard1", Role.GUARD)
    assert window.gate_page.ctx.actor is ctx.actor
    assert window.user_label.text() == "门卫一 (Guard)"
    assert window.users_action not in window.findChild(QToolBar).actions()
    assert not window.residents_page.add_button.isEnabled()  # the page was built again for a guard
    try:
        ctx.call(list_users)
    except PermissionDenied:
        pass
    else:
        raise AssertionError("the pages still act as the administrator")
    assert window.gate_page.search.text() == "00002"


def test_wrong_passwords_at_the_lock_count_toward_the_lockout(qtbot, ctx, windows, fixed_clock) -> None:
    ctx.call(add_user, "guard1", "门卫一", Role.GUARD, "guard-secret")
    window = windows()
    window.idle_lock.lock()
    for _ in range(5):
        unlock_as(qtbot, window, "admin", "wrong-password")
    error = window.idle_lock.dialog.error.text()
    assert error == "Too many wrong passwords: this account is locked until 2026-03-02 10:15."
    unlock_as(qtbot, window, "admin", PASSWORD)
    assert window.idle_lock.is_locked
    unlock_as(qtbot, window, "guard1", "guard-secret")  # the next shift is not locked out
    assert not window.idle_lock.is_locked and ctx.actor.username == "guard1"


def test_an_open_dialog_is_covered_and_keeps_what_was_typed(qtbot, ctx, windows, fixed_clock) -> None:
    window = windows()
    window.statusBar().show()
    window.statusBar().showMessage("张三 was let in")
    window.open_users()
    dialog = window.users_dialog
    qtbot.keyClicks(dialog.username, "typed-name")
    assert shown("typed-name") and shown("Accounts") and window.statusBar().isVisible()
    window.idle_lock.lock()
    assert not shown("typed-name") and not shown("Accounts") and not shown("admin (Administrator)")
    assert dialog.isVisible()  # covered, not closed
    assert not window.statusBar().isVisible()  # nor its message
    unlock_as(qtbot, window, "admin", PASSWORD)
    assert window.statusBar().isVisible()
    assert dialog.isVisible() and dialog.username.text() == "typed-name" and shown("typed-name")
    assert dialog.windowTitle() == "Accounts"
