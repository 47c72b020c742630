"""Small widgets shared by the gate page and the dialogs."""

from __future__ import annotations

import re
from datetime import date

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QHeaderView, QLabel, QLineEdit,
    QTableView, QWidget,
)

from app.errors import GatePostError
from app.ui.i18n import qt_translate
from app.ui.theme import repolish


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


def date_edit(day: date) -> QDateEdit:
    """A date field with a calendar, in ISO order (the same in every language)."""
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def print_language_combo(current: str) -> QComboBox:
    """The language a document is printed in, each named in itself; ``current`` chosen."""
    from app.ui.i18n import LANGUAGE_NAMES, LANGUAGES

    combo = QComboBox()
    for code in LANGUAGES:
        combo.addItem(LANGUAGE_NAMES[code], code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def show_refusal(error: GatePostError, label: QLabel, fields: dict[str, QWidget]) -> None:
    """Say in ``label`` why a form was refused; the field it names is marked and takes the
    focus, the others are unmarked, and nothing typed is lost."""
    label.setText(error.render(qt_translate))
    field = getattr(error, "field", None)
    for name, widget in fields.items():
        widget.setProperty("invalid", name == field)
        repolish(widget)
    if field in fields:
        fields[field].setFocus()
        if isinstance(fields[field], QLineEdit):
            fields[field].selectAll()


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
               resize: QHeaderView.ResizeMode = QHeaderView.ResizeMode.Stretch,
               stretch_last: bool = False) -> QTableView:
    """A read-only table of whole rows, as every list in GatePost is; ``stretch_last`` gives the
    last column the width the others leave (with ``ResizeToContents``: columns fit their text)."""
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(resize)
    table.horizontalHeader().setStretchLastSection(stretch_last)
    return table
