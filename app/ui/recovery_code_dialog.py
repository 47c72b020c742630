"""The recovery code, shown once: it opens the database if every password is forgotten."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class RecoveryCodeDialog(QDialog):
    def __init__(self, code: str, parent: QWidget | None = None, office: bool = False) -> None:
        """``office``: a street office's hub."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery code"))
        explanation = QLabel(self.tr(
            "The street office's data is encrypted on this computer. Write this code down and keep it "
            "in the office's safe: with it, an administrator can set a new password if every "
            "password is forgotten (gatepost hub recover). It is shown only this once.") if office else self.tr(
            "The compound's data is encrypted on this computer. Write this code down and keep it "
            "in the committee's safe: with it, an administrator can set a new password if every "
            "password is forgotten (gatepost db recover). It is shown only this once."))
        explanation.setWordWrap(True)
        self.code = QLabel(code, objectName="Banner")
        self.code.setProperty("state", "warn")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("I have written it down"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.code)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)
