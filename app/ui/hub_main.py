"""Start the street office's window: its setup on a new hub, else the sign-in, then the window.

Nothing is shown before an office user signs in: the hub's file is encrypted like a gate's, and
the window acts as the signed-in user (``HubContext``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from app.errors import QT_TRANSLATE_NOOP, GatePostError, ValidationError
from app.ui.i18n import LanguageManager, qt_translate
from app.ui.loader import DatabaseLoader
from app.ui.login_dialog import LanguageCombo, LoginDialog

if TYPE_CHECKING:
    from app.services.context import Actor

SetUp = Callable[[str, str, str], "Actor"]
"""``set_up(office, admin, password)``: the new office's administrator, signed in, or an error."""


class HubSetupDialog(QDialog):
    """A new street office: its name and its administrator's account."""

    def __init__(self, set_up: SetUp, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_up = set_up
        self.actor: Actor | None = None
        self.intro = QLabel(wordWrap=True)
        self.language = LanguageCombo(languages)
        self.office = QLineEdit(objectName="FormInput")
        self.username = QLineEdit("admin", objectName="FormInput")
        self.password = QLineEdit(objectName="FormInput")
        self.password_again = QLineEdit(objectName="FormInput")
        for field in (self.password, self.password_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(objectName="FieldError", wordWrap=True)
        self.labels = {field: QLabel() for field in (self.language, self.office, self.username, self.password,
                                                     self.password_again)}
        form = QFormLayout()
        for field, label in self.labels.items():
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_set_up)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()
        self.office.setFocus()

    def retranslate_ui(self, _language: str = "") -> None:
        self.setWindowTitle(self.tr("GatePost: set up the street office"))
        self.intro.setText(self.tr(
            "The street office's hub keeps what every compound sends. Name the office and make its "
            "administrator's account; the administrator then adds the staff's accounts."))
        for field, text in ((self.language, self.tr("Language")), (self.office, self.tr("Street office")),
                            (self.username, self.tr("Administrator's user name")),
                            (self.password, self.tr("Password")), (self.password_again, self.tr("Password again"))):
            self.labels[field].setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set up"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))

    def _on_set_up(self) -> None:
        if self.password.text() != self.password_again.text():
            self.error.setText(ValidationError("password", QT_TRANSLATE_NOOP(
                "Errors", "The two passwords differ.")).render(qt_translate))
            self.password_again.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the key takes a moment
        try:
            self.actor = self.set_up(self.office.text(), self.username.text(), self.password.text())
        except GatePostError as error:
            self.error.setText(error.render(qt_translate))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()


def office_sign_in_dialog(loader: DatabaseLoader, languages: LanguageManager) -> HubSetupDialog | LoginDialog:
    """The first window: the setup of a new hub (or of one from before accounts), else the sign-in.
    Its ``actor`` is the office user once it is accepted."""
    if not loader.is_set_up():
        return HubSetupDialog(loader.set_up_office, languages)
    return LoginDialog(loader.sign_in, languages, QCoreApplication.translate("HubWindow", "Street office"))


def run_hub(data_dir: Path, url: str | None, language: str) -> int:
    """``gatepost hub`` without a sub-command: the hub's window, in the data folder (or on the
    PostgreSQL database at ``url``)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("GatePost")
    from app import log
    from app.paths import use_private_temp
    from app.ui import error_hook
    from app.ui.context import HubContext
    from app.ui.hub_window import HubWindow
    from app.ui.tasks import finish_work
    from app.ui.theme import apply_theme

    app.aboutToQuit.connect(finish_work)
    log.configure(data_dir)
    use_private_temp(data_dir)
    error_hook.install()
    languages = LanguageManager(app)
    languages.set_language(language)  # registers the shipped fonts too
    apply_theme(False)
    loader = DatabaseLoader(data_dir, hub=True, url=url)
    loader.start()
    first = office_sign_in_dialog(loader, languages)
    if not first.exec() or first.actor is None:
        return 0
    if loader.recovery_code:
        from app.ui.recovery_code_dialog import RecoveryCodeDialog

        RecoveryCodeDialog(loader.recovery_code, office=True).exec()
        loader.recovery_code = None
    window = HubWindow(HubContext(loader.sessions(), first.actor, languages))
    window.show()
    return app.exec()
