"""First run: what ``gatepost init`` does, without the command line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from app.errors import QT_TRANSLATE_NOOP, GatePostError, ValidationError
from app.services.context import Actor
from app.ui.i18n import LanguageManager, qt_translate
from app.ui.login_dialog import LanguageCombo
from app.ui.theme import repolish

DEMO_RESIDENTS = 300
DEMO_DAYS = 14


class _Page(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: dict[QWidget, QLabel] = {}
        self.required: list[QLineEdit] = []
        self.wrong: QWidget | None = None
        self.form = QFormLayout()
        self.error = QLabel(objectName="FieldError")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)

    def add_field(self, widget: QWidget, required: bool = False) -> None:
        self.labels[widget] = QLabel()
        self.form.addRow(self.labels[widget], widget)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _text: self._on_edited(widget))
            if required:
                self.required.append(widget)

    def show_error(self, widget: QWidget | None, text: str) -> None:
        """Say what is wrong, under the form, until ``widget`` is edited."""
        self.clear_error()
        self.error.setText(text)
        self.wrong = widget
        if widget is not None:
            widget.setProperty("invalid", True)
            repolish(widget)
            widget.setFocus()

    def clear_error(self) -> None:
        self.error.clear()
        if self.wrong is not None:
            self.wrong.setProperty("invalid", False)
            repolish(self.wrong)
            self.wrong = None

    def _on_edited(self, widget: QLineEdit) -> None:
        if widget is self.wrong and (widget not in self.required or widget.text().strip()):
            self.clear_error()

    def validatePage(self) -> bool:
        """Next only once every required field is filled in."""
        for widget in self.required:
            if not widget.text().strip():
                self.show_error(widget, QCoreApplication.translate(
                    "SetupWizard", "{field}: please fill this in.").format(field=self.labels[widget].text()))
                return False
        self.clear_error()
        return True


class SetupWizard(QWizard):
    def __init__(self, set_up: Callable[..., Actor], languages: LanguageManager,
                 parent: QWidget | None = None) -> None:
        """``set_up(site_name=…, committee=…, admin_username=…, admin_password=…, gates=…)`` makes
        the compound in the new database (``app.services.setup.init_site``) and gives its administrator."""
        super().__init__(parent)
        self.set_up = set_up
        self.actor: Actor | None = None
        self.want_demo = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)

        self.welcome = _Page()
        self.language = LanguageCombo(languages)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.welcome.form.addRow(self.intro)
        self.welcome.add_field(self.language)

        self.compound = _Page()
        self.site = QLineEdit()
        self.committee = QLineEdit()
        self.gates = QLineEdit()
        self.compound.add_field(self.site, required=True)
        self.compound.add_field(self.committee, required=True)
        self.compound.add_field(self.gates)

        self.account = _Page()
        self.username = QLineEdit("admin")
        self.password = QLineEdit()
        self.password_again = QLineEdit()
        for widget in (self.password, self.password_again):
            widget.setEchoMode(QLineEdit.EchoMode.Password)
        self.demo = QCheckBox()
        for widget in (self.username, self.password, self.password_again):
            self.account.add_field(widget)
        self.account.form.addRow(self.demo)
        self.account.validatePage = self._finish  # type: ignore[method-assign]

        for page in (self.welcome, self.compound, self.account):
            self.addPage(page)
        languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self, _language: str = "") -> None:
        self.setWindowTitle(self.tr("GatePost: first start"))
        self.welcome.setTitle(self.tr("Welcome"))
        self.intro.setText(self.tr(
            "GatePost keeps the gate register of your compound on this computer. "
            "It works without any network. Choose the language, then describe the compound."))
        self.welcome.labels[self.language].setText(self.tr("Language"))
        self.compound.setTitle(self.tr("The compound"))
        labels = ((self.site, self.tr("Compound name")), (self.committee, self.tr("Residents' committee")),
                  (self.gates, self.tr("Gates (separate with commas)")))
        for widget, text in labels:
            self.compound.labels[widget].setText(text)
        if not self.gates.text():
            self.gates.setPlaceholderText(self.tr("East gate, West gate"))
        self.account.setTitle(self.tr("Administrator account"))
        for widget, text in ((self.username, self.tr("User name")), (self.password, self.tr("Password")),
                             (self.password_again, self.tr("Password again"))):
            self.account.labels[widget].setText(text)
        self.demo.setText(self.tr("Add demo residents and two weeks of traffic, to practise"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))

    def _finish(self) -> bool:
        self.account.clear_error()
        self.compound.clear_error()
        if self.password.text() != self.password_again.text():
            self.account.show_error(self.password_again, ValidationError(
                "password", QT_TRANSLATE_NOOP("Errors", "The two passwords differ.")
            ).render(qt_translate))
            return False
        gates = [g.strip() for g in self.gates.text().replace("，", ",").split(",") if g.strip()]
        try:
            self.actor = self.set_up(
                site_name=self.site.text(), committee=self.committee.text(),
                admin_username=self.username.text(), admin_password=self.password.text(),
                gates=gates or [self.tr("Main gate")])
        except ValidationError as error:
            fields = {"site": self.site, "committee": self.committee, "gate": self.gates,
                      "username": self.username, "password": self.password}
            widget = fields.get(error.field)
            page = self.compound if widget in self.compound.labels else self.account
            if page is self.compound:
                self.back()
            page.show_error(widget, error.render(qt_translate))
            return False
        except GatePostError as error:
            self.account.show_error(None, error.render(qt_translate))
            return False
        self.want_demo = self.demo.isChecked()
        return True
