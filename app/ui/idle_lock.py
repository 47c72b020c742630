"""The idle lock: after the policy's minutes with no key or mouse input, every window is
covered and a sign-in window asks for the password. What was typed stays where it was.

Idle time is measured with ``app.clock``: a timer ticks, and each tick compares the clock with
the last input, so a test drives the lock by moving a fixed clock and calling ``tick``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from app import clock
from app.errors import GatePostError
from app.services.auth import sign_in
from app.services.context import Actor
from app.ui.context import UiContext
from app.ui.i18n import qt_translate

TICK_MS = 10_000
_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin}
_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


class LockDialog(QDialog):
    """The sign-in over the covered windows: the same user again, or the next shift's."""

    signed_in = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Above any dialog left open, even one waiting in its own event loop.
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.message = QLabel(objectName="Selected")
        self.message.setWordWrap(True)
        self.username = QLineEdit(objectName="FormInput")
        self.password = QLineEdit(objectName="FormInput")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(objectName="FieldError")
        self.error.setWordWrap(True)
        self.labels = [QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self.labels[0], self.username)
        form.addRow(self.labels[1], self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.unlock)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        ctx.languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self, _language: str = "") -> None:
        self.setWindowTitle(self.tr("GatePost is locked"))
        self.message.setText(self.tr(
            "The screen was locked after a while without use. Enter your password to go on, "
            "or sign in as yourself to take over the shift."))
        self.labels[0].setText(self.tr("User name"))
        self.labels[1].setText(self.tr("Password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))

    def start(self) -> None:
        self.username.setText(self.ctx.actor.username)
        self.password.clear()
        self.error.clear()
        self.show()
        self.raise_()
        self.activateWindow()
        self.password.setFocus()

    def unlock(self) -> None:
        """Sign in as typed; a wrong password counts toward the account's lockout."""
        username, password = self.username.text(), self.password.text()
        try:
            actor = self.ctx.call(lambda session, _actor: sign_in(session, username, password))
        except GatePostError as error:
            self.error.setText(error.render(qt_translate))
            self.password.selectAll()
            self.password.setFocus()
            return
        self.password.clear()
        self.hide()
        self.signed_in.emit(actor)

    def reject(self) -> None:
        """Escape does not take the lock away."""

    def closeEvent(self, event) -> None:
        """Nor does the window's close button; quitting the program still closes it."""
        if event.spontaneous():
            event.ignore()


class IdleLock(QObject):
    """Locks ``window`` (and hides what the other windows show) after ``minutes`` idle."""

    locked = Signal()
    unlocked = Signal(object)

    def __init__(self, ctx: UiContext, window: QWidget, minutes: int) -> None:
        super().__init__(window)  # no reference back to the window: it may be deleted at any time
        self.limit = timedelta(minutes=minutes)
        self.last_input = clock.now()
        self.is_locked = False
        self._hidden: list[QWidget] = []
        self._titles: dict[QWidget, str] = {}
        self._focus: QWidget | None = None
        self.dialog = LockDialog(ctx, window)
        self.dialog.signed_in.connect(self._on_signed_in)
        QApplication.instance().installEventFilter(self)
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and not self.is_locked:
            self.last_input = clock.now()
        return False

    def tick(self) -> None:
        if not self.is_locked and clock.now() - self.last_input >= self.limit:
            self.lock()

    def lock(self) -> None:
        if self.is_locked:
            return
        self.is_locked = True
        self._focus = QApplication.focusWidget()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        for top in QApplication.topLevelWidgets():
            if top.isVisible() and top not in (self.parent(), self.dialog):
                self._cover(top)
        self.locked.emit()  # the window covers its own pages
        self.dialog.start()

    def _cover(self, top: QWidget) -> None:
        """Hide what another window shows, without closing it: a dialog keeps what was typed."""
        self._titles[top] = top.windowTitle()
        top.setWindowTitle(qt_translate("LockDialog", "GatePost is locked"))
        for child in top.findChildren(QWidget, options=_DIRECT):
            if child.isVisible():
                child.hide()
                self._hidden.append(child)

    def _on_signed_in(self, actor: Actor) -> None:
        hidden, titles, focus = self._hidden, self._titles, self._focus
        self._hidden, self._titles, self._focus = [], {}, None
        self.is_locked = False
        self.last_input = clock.now()
        for widget in hidden:
            _alive(lambda widget=widget: widget.show())
        for top, title in titles.items():
            _alive(lambda top=top, title=title: top.setWindowTitle(title))
        self.unlocked.emit(actor)
        if focus is not None:
            _alive(lambda: focus.setFocus())


def _alive(call: Callable[[], object]) -> None:
    """Call, unless its widget was deleted while the window was locked."""
    try:
        call()
    except RuntimeError:
        pass
