"""The watch list of key regions and plates: a committee head adds, removes or imports entries."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from app.errors import FIELD_LABELS, GatePostError
from app.services.context import Role
from app.services.csv_input import read_file
from app.services.watchlist import (
    add_watch_entry, import_watchlist, list_watchlist, remove_watch_entry,
)
from app.ui.context import UiContext
from app.ui.i18n import qt_translate
from app.ui.widgets import error_label, save_cancel, table_view
from app.ui.lazy_page import LazyPage
from app.ui.table_model import Column, ListTableModel


class WatchListPage(LazyPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ListTableModel([
            Column(lambda: self.tr("Kind"), lambda w: self.tr("Region") if w.kind == "region" else self.tr("Plate")),
            Column(lambda: self.tr("Prefix"), lambda w: w.prefix),
            Column(lambda: self.tr("Name"), lambda w: w.label),
            Column(lambda: self.tr("From"), lambda w: w.valid_from.isoformat()),
            Column(lambda: self.tr("Until"), lambda w: w.valid_until.isoformat() if w.valid_until else ""),
            Column(lambda: self.tr("Source"), lambda w: w.source),
        ], self)
        self.table = table_view(self.model)
        self.add_button, self.remove_button, self.import_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.choose_import_file)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.import_button):
            button.setEnabled(ctx.actor.role >= Role.HEAD)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.problems = QLabel(objectName="FieldError")
        self.problems.setWordWrap(True)
        self.hint = QLabel(objectName="Hint", wordWrap=True)
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.problems)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        ctx.languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self, _language: str = "") -> None:
        self.add_button.setText(self.tr("Add…"))
        self.remove_button.setText(self.tr("Remove"))
        self.import_button.setText(self.tr("Import (CSV)…"))
        self.hint.setText(self.tr(
            "The watch list is empty. It holds the key regions (the first digits of ID numbers) and "
            "plate prefixes: a visitor who matches is flagged when registered at the gate. The street "
            "office usually sends it with its bundle (USB sync tab, Ctrl+7); a committee head can also "
            "add an entry ({add}) or import a CSV file ({import_})."
        ).format(add=self.add_button.text(), import_=self.import_button.text()))
        self.model.retranslate()

    def reload(self) -> None:
        self.model.show(self.ctx.call(list_watchlist))
        self.hint.setVisible(not self.model.rows)

    def add_entry(self) -> None:
        if WatchEntryDialog(self.ctx, self).exec():
            self.reload()

    def remove_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        try:
            self.ctx.call(remove_watch_entry, self.model.row_at(index.row()).id)
        except GatePostError as error:
            self.problems.setText(error.render(qt_translate))
        self.reload()

    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import watch list"), str(Path.home()), self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> list[str]:
        """Import all or nothing; returns the problems shown (empty when imported)."""
        try:
            report = self.ctx.call(import_watchlist, read_file(path))
        except GatePostError as error:
            problems = [error.render(qt_translate)]
        else:
            problems = [self.tr("line {line}: {message}").format(line=line, message=e.render(qt_translate))
                        for line, e in report.errors]
        self.problems.setText(
            "\n".join([self.tr("Nothing was imported:"), *problems[:30]]) if problems else "")
        self.reload()
        return problems


class WatchEntryDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Add to the watch list"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Region (division code)"), "region")
        self.kind.addItem(self.tr("Plate prefix"), "plate")
        self.prefix, self.label, self.source = QLineEdit(), QLineEdit(), QLineEdit()
        self.prefix.setPlaceholderText(self.tr("e.g. 4201 or 鄂A"))
        self.valid_from, self.valid_until = QLineEdit(), QLineEdit()
        self.valid_from.setPlaceholderText(self.tr("today if empty"))
        self.valid_until.setPlaceholderText(self.tr("open-ended if empty"))
        form = QFormLayout()
        for label, widget in ((self.tr("Kind"), self.kind),
                              (qt_translate("Fields", FIELD_LABELS["prefix"]), self.prefix),
                              (self.tr("Name"), self.label),
                              (qt_translate("Fields", FIELD_LABELS["valid_from"]), self.valid_from),
                              (qt_translate("Fields", FIELD_LABELS["valid_until"]), self.valid_until),
                              (self.tr("Source"), self.source)):
            form.addRow(label, widget)
        self.error = error_label()
        buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.ctx.call(add_watch_entry, kind=self.kind.currentData(), prefix=self.prefix.text(),
                          label=self.label.text(), valid_from=self.valid_from.text(),
                          valid_until=self.valid_until.text(), source=self.source.text())
        except GatePostError as error:
            self.error.setText(error.render(qt_translate))
            return
        self.accept()
