"""The accounts of this compound (administrators only): who can sign in, adding one, and
disabling, enabling, unlocking, resetting the password of or changing the role of the one
selected. ``PasswordDialog`` also serves the signed-in user changing their own password."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from app.errors import FIELD_LABELS, AuthenticationFailed, GatePostError, ValidationError
from app.services.auth import (
    UserView, add_user, change_own_password, change_role, disable_user, enable_user, list_users,
    set_password, unlock_user,
)
from app.services.context import ROLE_LABELS, Role
from app.ui.context import UiContext
from app.ui.i18n import qt_translate
from app.ui.table_model import Column, ListTableModel
from app.ui.theme import repolish
from app.ui.widgets import error_label, table_view


def _role_combo() -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(qt_translate("Role", ROLE_LABELS[role]), role)
    return combo


class UsersDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.added: UserView | None = None
        self.done_text: Callable[[], str] | None = None
        self.password_dialog: PasswordDialog | None = None
        self.setMinimumSize(640, 620)
        self.model = ListTableModel([
            Column(lambda: qt_translate("Fields", FIELD_LABELS["username"]), lambda u: u.username),
            Column(lambda: self.tr("Name shown"), lambda u: u.display_name),
            Column(lambda: self.tr("Role"), lambda u: qt_translate("Role", ROLE_LABELS[u.role])),
            Column(lambda: self.tr("State"), lambda u: self.tr("Active") if u.active else self.tr("Disabled")),
            Column(lambda: self.tr("Locked until"),
                   lambda u: self.ctx.local(u.locked_until, "%Y-%m-%d %H:%M") if u.locked_until else ""),
        ], self)
        self.table = table_view(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._on_selected)

        # What can be done to the account selected.
        self.disable_button, self.enable_button, self.unlock_button, self.reset_button, self.role_button = (
            QPushButton() for _ in range(5))
        self.new_role = _role_combo()
        for button, slot in ((self.disable_button, self.disable), (self.enable_button, self.enable),
                             (self.unlock_button, self.unlock), (self.reset_button, self.reset_password),
                             (self.role_button, self.set_role)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        manage = QHBoxLayout()
        for widget in (self.disable_button, self.enable_button, self.unlock_button, self.reset_button):
            manage.addWidget(widget)
        manage.addStretch(1)
        manage.addWidget(self.new_role)
        manage.addWidget(self.role_button)
        self.manage_error = error_label()

        self.username, self.display_name = QLineEdit(), QLineEdit()
        self.role = _role_combo()
        self.password, self.password_again = QLineEdit(), QLineEdit()
        for edit in (self.password, self.password_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton()
        self.add_button.setDefault(True)  # Enter in any field adds
        self.add_button.clicked.connect(self.add)
        self.error = error_label()
        self.done_label = QLabel(objectName="Hint")

        self.add_box = QGroupBox()
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        for label, widget in zip(self.labels, (self.username, self.display_name, self.role, self.password,
                                               self.password_again), strict=True):
            self.form.addRow(label, widget)
        box_layout = QVBoxLayout(self.add_box)
        box_layout.addLayout(self.form)
        box_layout.addWidget(self.error)
        box_layout.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(manage)
        layout.addWidget(self.manage_error)
        layout.addWidget(self.done_label)
        layout.addWidget(self.add_box)
        layout.addWidget(buttons)
        ctx.languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()
        self.reload()
        self.username.setFocus()

    def retranslate_ui(self, _language: str = "") -> None:
        self.setWindowTitle(self.tr("Accounts"))
        self.add_box.setTitle(self.tr("Add an account"))
        texts = (qt_translate("Fields", FIELD_LABELS["username"]), self.tr("Name shown (optional)"),
                 self.tr("Role"), qt_translate("Fields", FIELD_LABELS["password"]), self.tr("Password again"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for combo in (self.role, self.new_role):
            for i, role in enumerate(Role):
                combo.setItemText(i, qt_translate("Role", ROLE_LABELS[role]))
        self.add_button.setText(self.tr("Add account"))
        self.disable_button.setText(self.tr("Disable"))
        self.enable_button.setText(self.tr("Enable"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.reset_button.setText(self.tr("Reset password…"))
        self.role_button.setText(self.tr("Change role"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
        if self.done_text is not None:
            self.done_label.setText(self.done_text())

    def reload(self) -> None:
        chosen = self.chosen()
        self.model.show(self.ctx.call(list_users))
        names = [u.username for u in self.model.rows]
        if chosen is not None and chosen.username in names:
            self.table.selectRow(names.index(chosen.username))
        self._on_selected()

    def chosen(self) -> UserView | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, username: str) -> None:
        self.table.selectRow([u.username for u in self.model.rows].index(username))

    def _on_selected(self, *_args: Any) -> None:
        user = self.chosen()
        self.disable_button.setEnabled(user is not None and user.active)
        self.enable_button.setEnabled(user is not None and not user.active)
        self.unlock_button.setEnabled(user is not None and user.locked_until is not None)
        for widget in (self.reset_button, self.role_button, self.new_role):
            widget.setEnabled(user is not None)
        if user is not None:
            self.new_role.setCurrentIndex(self.new_role.findData(user.role))

    def _say(self, text: Callable[[], str]) -> None:
        self.done_text = text
        self.done_label.setText(text())

    def _manage(self, service: Callable[..., UserView], *args: Any) -> UserView | None:
        """Run ``service`` on the selected account; say why if it is refused."""
        user = self.chosen()
        if user is None:
            return None
        try:
            view = self.ctx.call(service, user.username, *args)
        except GatePostError as error:
            self.manage_error.setText(error.render(qt_translate))
            return None
        self.manage_error.clear()
        self.reload()
        return view

    def disable(self) -> None:
        if view := self._manage(disable_user):
            self._say(lambda: self.tr("{name} can no longer sign in.").format(name=view.username))

    def enable(self) -> None:
        if view := self._manage(enable_user):
            self._say(lambda: self.tr("{name} can sign in again.").format(name=view.username))

    def unlock(self) -> None:
        if view := self._manage(unlock_user):
            self._say(lambda: self.tr("{name} is unlocked.").format(name=view.username))

    def set_role(self) -> None:
        if view := self._manage(change_role, self.new_role.currentData()):
            self._say(lambda: self.tr("{name} is now: {role}.").format(
                name=view.username, role=qt_translate("Role", ROLE_LABELS[view.role])))

    def reset_password(self) -> None:
        user = self.chosen()
        if user is None:
            return
        self.password_dialog = PasswordDialog(self.ctx, user.username, self)
        self.password_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # no password kept
        self.password_dialog.accepted.connect(lambda name=user.username: self._on_reset(name))
        self.password_dialog.open()

    def _on_reset(self, name: str) -> None:
        self.reload()
        self._say(lambda: self.tr("The password of {name} is reset.").format(name=name))

    def _mark(self, field: str | None) -> None:
        fields = {self.username: "username", self.password: "password", self.password_again: "password"}
        for widget, name in fields.items():
            widget.setProperty("invalid", name == field)
            repolish(widget)

    def add(self) -> None:
        """Add the account typed; on a refusal say why, mark the field and keep what was typed."""
        try:
            self.added = self.ctx.call(add_user, self.username.text(), self.display_name.text(),
                                       self.role.currentData(), self.password.text(), self.password_again.text())
        except ValidationError as error:
            self.error.setText(error.render(qt_translate))
            self.done_text = None
            self.done_label.clear()
            self._mark(error.field)
            (self.password if error.field == "password" else self.username).setFocus()
            return
        except GatePostError as error:
            self.error.setText(error.render(qt_translate))
            return
        self.error.clear()
        self._mark(None)
        for edit in (self.username, self.display_name, self.password, self.password_again):
            edit.clear()
        self.role.setCurrentIndex(0)
        added = self.added
        self._say(lambda: self.tr("Account {name} added: {role}.").format(
            name=added.username, role=qt_translate("Role", ROLE_LABELS[added.role])))
        self.reload()
        self.username.setFocus()


class PasswordDialog(QDialog):
    """A new password typed twice: the signed-in user's own (``username`` None: the current
    one is asked for too), or another account's, reset by an administrator."""

    def __init__(self, ctx: UiContext, username: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.username = username or ctx.actor.username
        self.own = username is None
        self.current, self.password, self.password_again = QLineEdit(), QLineEdit(), QLineEdit()
        for edit in (self.current, self.password, self.password_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        if self.own:
            form.addRow(self.labels[0], self.current)
        form.addRow(self.labels[1], self.password)
        form.addRow(self.labels[2], self.password_again)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        ctx.languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()
        (self.current if self.own else self.password).setFocus()

    def retranslate_ui(self, _language: str = "") -> None:
        self.setWindowTitle(self.tr("Change my password") if self.own
                            else self.tr("New password for {name}").format(name=self.username))
        self.labels[0].setText(self.tr("Current password"))
        self.labels[1].setText(self.tr("New password"))
        self.labels[2].setText(self.tr("New password again"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def save(self) -> None:
        """Set the password; on a refusal say why and keep what was typed."""
        new, again = self.password.text(), self.password_again.text()
        try:
            if self.own:
                self.ctx.call(change_own_password, self.current.text(), new, again)
            else:
                self.ctx.call(set_password, self.username, new, again)
        except GatePostError as error:
            self.error.setText(error.render(qt_translate))
            wrong_current = isinstance(error, AuthenticationFailed)
            for edit in (self.current, self.password, self.password_again):
                edit.setProperty("invalid", (edit is self.current) == wrong_current)
                repolish(edit)
            (self.current if wrong_current else self.password).setFocus()
            return
        for edit in (self.current, self.password, self.password_again):
            edit.clear()
        self.accept()
