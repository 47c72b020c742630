"""The accounts of this compound (administrators only): who can sign in, and adding one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from app.errors import FIELD_LABELS, GatePostError, ValidationError
from app.services.auth import UserView, add_user, list_users
from app.services.context import ROLE_LABELS, Role
from app.ui.context import UiContext
from app.ui.i18n import qt_translate
from app.ui.table_model import Column, ListTableModel
from app.ui.theme import repolish
from app.ui.widgets import error_label, table_view


class UsersDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.added: UserView | None = None
        self.setMinimumSize(560, 520)
        self.model = ListTableModel([
            Column(lambda: qt_translate("Fields", FIELD_LABELS["username"]), lambda u: u.username),
            Column(lambda: self.tr("Name shown"), lambda u: u.display_name),
            Column(lambda: self.tr("Role"), lambda u: qt_translate("Role", ROLE_LABELS[u.role])),
        ], self)
        self.table = table_view(self.model)

        self.username, self.display_name = QLineEdit(), QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(qt_translate("Role", ROLE_LABELS[role]), role)
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
        box_layout.addWidget(self.done_label)
        box_layout.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
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
        for i, role in enumerate(Role):
            self.role.setItemText(i, qt_translate("Role", ROLE_LABELS[role]))
        self.add_button.setText(self.tr("Add account"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
        if self.added is not None:
            self._show_added()

    def reload(self) -> None:
        self.model.show(self.ctx.call(list_users))

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
        self._show_added()
        self.reload()
        self.username.setFocus()

    def _show_added(self) -> None:
        assert self.added is not None
        self.done_label.setText(self.tr("Account {name} added: {role}.").format(
            name=self.added.username, role=qt_translate("Role", ROLE_LABELS[self.added.role])))
