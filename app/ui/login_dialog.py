"""Sign in, with the language chooser at hand before anything else.

The window needs no database until "Sign in" is pressed (the password unwraps the database's
key, see ``app.ui.loader``), so it imports none: it is on screen in about a quarter of a second.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from app.errors import GatePostError
from app.ui.i18n import LANGUAGE_NAMES, LANGUAGES, LanguageManager, qt_translate

if TYPE_CHECKING:
    from app.services.context import Actor


class LanguageCombo(QComboBox):
    def __init__(self, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code in LANGUAGES:
            self.addItem(LANGUAGE_NAMES[code], code)
        self.languages = languages
        self._show(languages.language)
        self.currentIndexChanged.connect(self._on_chosen)
        # Bound methods, so Qt drops the connection when this combo is deleted.
        languages.language_changed.connect(self._show)

    def _on_chosen(self, _index: int) -> None:
        self.languages.set_language(self.currentData())

    def _show(self, language: str) -> None:
        self.setCurrentIndex(max(0, self.findData(language)))


class LoginDialog(QDialog):
    def __init__(self, sign_in: Callable[[str, str], Actor], languages: LanguageManager,
                 site_name: str, parent: QWidget | None = None) -> None:
        """``sign_in(username, password)`` opens the database and gives the actor, or raises."""
        super().__init__(parent)
        self.sign_in = sign_in
        self.actor: Actor | None = None
        self.site_name = QLabel(site_name, objectName="Selected")
        self.language = LanguageCombo(languages)
        # Large, for tired eyes at night.
        self.username = QLineEdit(objectName="FormInput")
        self.password = QLineEdit(objectName="FormInput")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(objectName="FieldError")
        self.error.setWordWrap(True)
        self.labels = {field: QLabel() for field in (self.language, self.username, self.password)}
        self.form = QFormLayout()
        for field, label in self.labels.items():
            self.form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_sign_in)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.site_name)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()
        self.username.setFocus()

    def retranslate_ui(self, _language: str = "") -> None:
        self.setWindowTitle(self.tr("GatePost: sign in"))
        self.labels[self.language].setText(self.tr("Language"))
        self.labels[self.username].setText(self.tr("User name"))
        self.labels[self.password].setText(self.tr("Password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))

    def _on_sign_in(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the key takes a moment
        try:
            self.actor = self.sign_in(self.username.text(), self.password.text())
        except GatePostError as error:
            self.error.setText(error.render(qt_translate))
            self.password.selectAll()
            self.password.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
