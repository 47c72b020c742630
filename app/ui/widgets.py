"""Small widgets shared by the gate page and the dialogs."""

from __future__ import annotations

import re

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QLineEdit, QTableView, QWidget,
)


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


def error_label() -> QLabel:
    """Where a form says, in red, which field is wrong and why."""
    label = QLabel(objectName="FieldError")
    label.setWordWrap(True)
    return label


def save_cancel(dialog: QDialog, on_save: Callable[[], None]) -> QDialogButtonBox:
    """Save (which validates and closes only on success) and Cancel."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(
        QCoreApplication.translate("Dialogs", "Save"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Dialogs", "Cancel"))
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def table_view(model: QAbstractItemModel,
               resize: QHeaderView.ResizeMode = QHeaderView.ResizeMode.Stretch) -> QTableView:
    """A read-only table of whole rows, as every list in GatePost is."""
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(resize)
    return table
