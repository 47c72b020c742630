"""Small input widgets shared by the gate page and its dialogs."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLineEdit, QWidget


class TemperatureEdit(QLineEdit):
    """Keypad-friendly: three digits typed without a point become ``36.6``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TempInput")
        self.setMaxLength(5)
        self.textEdited.connect(self._on_edited)

    def _on_edited(self, text: str) -> None:
        if re.fullmatch(r"\d{3}", text):
            self.setText(f"{text[:2]}.{text[2]}")
