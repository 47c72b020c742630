"""End of the epidemic: an administrator wipes the compound, the name typed as confirmation.

The key is destroyed first (``app.services.wipe``), so the database and every backup are
unreadable from that moment; the window then closes, and the next start offers the setup.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import GatePostError
from app.services.wipe import wipe_database
from app.ui.context import UiContext
from app.ui.i18n import qt_translate
from app.ui.widgets import error_label


class WipeDialog(QDialog):
    def __init__(self, ctx: UiContext, site_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.site_name = ctx, site_name
        self.wiped = False
        self.warning = QLabel(objectName="Banner")
        self.warning.setProperty("state", "alert")
        self.warning.setWordWrap(True)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.textChanged.connect(self._on_typed)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.wipe_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.wipe_button.setEnabled(False)
        self.wipe_button.clicked.connect(self._on_wipe)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.warning, self.prompt, self.typed, self.error, self.buttons):
            layout.addWidget(widget)
        ctx.languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self, _language: str = "") -> None:
        self.setWindowTitle(self.tr("Wipe this compound"))
        self.warning.setText(self.tr(
            "This deletes everything GatePost holds for {name}: the roster, every check, visit and observation, "
            "the accounts, the audit log and all backups. The key is destroyed first, so no copy of the "
            "database can be opened again. It cannot be undone.").format(name=self.site_name))
        self.prompt.setText(self.tr("To confirm, type the compound's name: {name}").format(name=self.site_name))
        self.wipe_button.setText(self.tr("Wipe everything"))

    def _on_typed(self, text: str) -> None:
        self.wipe_button.setEnabled(text.strip() == self.site_name)

    def _on_wipe(self) -> None:
        try:
            self.ctx.run(wipe_database, self.typed.text())
        except GatePostError as error:
            self.error.setText(error.render(qt_translate))
            return
        self.wiped = True
        self.accept()
