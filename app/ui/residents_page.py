"""The residents roster (masked): add or edit one resident, and the CSV import with a preview of
every bad row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.services.context import Role
from app.services.csv_input import read_file
from app.services.residents import ImportReport, count_residents, import_residents, list_residents
from app.ui.context import UiContext
from app.ui.i18n import qt_translate, tag_text
from app.ui.lazy_page import LazyPage
from app.ui.resident_dialog import ResidentDialog
from app.ui.widgets import table_view
from app.ui.table_model import Column, PagedTableModel
from app.ui.tasks import run_task



class ResidentsPage(LazyPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.count = QLabel()
        self.hint = QLabel(objectName="Hint", wordWrap=True)
        self.hint.hide()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_resident)
        self.add_button.setEnabled(ctx.actor.role >= Role.HEAD)
        self.dialog: ResidentDialog | None = None
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.choose_import_file)
        self.import_button.setEnabled(ctx.actor.role >= Role.HEAD)
        self.pass_button = QPushButton()
        self.pass_button.clicked.connect(self.print_selected_pass)
        self.model = PagedTableModel([
            Column(lambda: self.tr("Pass"), lambda p: p.pass_no),
            Column(lambda: self.tr("Room"), lambda p: p.room),
            Column(lambda: self.tr("Name"), lambda p: p.name),
            Column(lambda: self.tr("ID"), lambda p: p.masked_id),
            Column(lambda: self.tr("Phone"), lambda p: p.masked_phone),
            Column(lambda: self.tr("Tags"), lambda p: tag_text(p.tags, p.language)),
        ], lambda offset, limit: self.ctx.call(list_residents, offset=offset, limit=limit), self)
        self.table = table_view(self.model)
        self.table.activated.connect(lambda _index: self.edit_selected())  # Enter or double-click
        top = QHBoxLayout()
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.pass_button)
        top.addWidget(self.add_button)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        ctx.languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    def retranslate_ui(self, _language: str = "") -> None:
        self.add_button.setText(self.tr("Add resident…"))
        self.import_button.setText(self.tr("Import roster (CSV)…"))
        self.pass_button.setText(self.tr("Print temporary pass…"))
        self.model.retranslate()
        if self._loaded:
            self._show_count()

    def _show_count(self) -> None:
        n = self.ctx.call(count_residents)
        self.count.setText(self.tr("Residents: {n}").format(n=n))
        self.hint.setText(self.tr(
            "No residents yet. Add one ({add}), or import the roster from a CSV file ({import_})."
        ).format(add=self.add_button.text(), import_=self.import_button.text()))
        self.hint.setVisible(n == 0)

    def reload(self) -> None:
        self.model.reload()
        self._show_count()

    def add_resident(self) -> ResidentDialog:
        return self._open(ResidentDialog(self.ctx, None, self))

    def edit_selected(self) -> ResidentDialog | None:
        """Edit the selected resident (the committee only: guards see the roster as it is)."""
        index = self.table.currentIndex()
        if not index.isValid() or self.ctx.actor.role < Role.HEAD:
            return None
        return self._open(ResidentDialog(self.ctx, self.model.row_at(index.row()), self))

    def _open(self, dialog: ResidentDialog) -> ResidentDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def print_selected_pass(self) -> None:
        """A temporary pass for the selected resident (a number is allocated if they have none)."""
        # Imported here: reportlab loads only when a pass is printed, not at start-up.
        from app.services.passes import person_pass_pdf
        from app.ui.paper_page import print_pass

        index = self.table.currentIndex()
        if not index.isValid():
            return
        person = self.model.row_at(index.row())
        self.pass_task = print_pass(self, self.ctx, person_pass_pdf, person.id, "temporary-pass.pdf",
                                    self.reload)

    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import roster"), str(Path.home()), self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> ImportDialog:
        dialog = ImportDialog(self.ctx, path, self)
        dialog.finished.connect(lambda _code: self.refresh())
        dialog.open()
        return dialog


class ImportDialog(QDialog):
    """Dry run first; the user sees every bad row, then imports all, the valid rows, or nothing."""

    def __init__(self, ctx: UiContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.path = ctx, path
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import roster: {file}").format(file=path.name))
        self.resize(820, 520)
        self.summary = QLabel(self.tr("Checking the file…"))
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 3)
        self.problems.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Kind"), self.tr("Problem")])
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.buttons = QDialogButtonBox()
        self.import_all = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_valid = self.buttons.addButton(self.tr("Import only the valid rows"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        self.import_all.clicked.connect(lambda: self._run(skip_invalid=False))
        self.import_valid.clicked.connect(lambda: self._run(skip_invalid=True))
        self.import_all.setEnabled(False)
        self.import_valid.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self._start(dry_run=True, skip_invalid=False)

    def _start(self, *, dry_run: bool, skip_invalid: bool) -> None:
        ctx, path = self.ctx, self.path

        def work(progress):
            data = read_file(path)
            return ctx.call(import_residents, data, dry_run=dry_run, skip_invalid=skip_invalid)

        run_task(self, self.tr("Importing the roster…"), work,
                 self._on_checked if dry_run else self._on_imported, self._on_failed)

    def _on_failed(self, error: BaseException) -> None:
        from app.ui.error_hook import error_text

        self.summary.setText(error_text(error))

    def _on_checked(self, report: ImportReport) -> None:
        self.report = report
        valid = report.rows - len(report.errors)
        self.summary.setText(self.tr(
            "{rows} rows read: {valid} ready to import, {bad} with errors, {warned} with warnings."
        ).format(rows=report.rows, valid=valid, bad=len(report.errors), warned=len(report.warnings)))
        rows = [(p.line, self.tr("Error"), m) for p in report.errors for m in p.messages]
        rows += [(p.line, self.tr("Warning"), m) for p in report.warnings for m in p.messages]
        self.problems.setRowCount(len(rows))
        for i, (line, kind, message) in enumerate(sorted(rows, key=lambda r: r[0])):
            self.problems.setItem(i, 0, QTableWidgetItem(str(line)))
            self.problems.setItem(i, 1, QTableWidgetItem(kind))
            self.problems.setItem(i, 2, QTableWidgetItem(message.render(qt_translate)))
        self.import_all.setEnabled(not report.errors and report.rows > 0)
        self.import_valid.setVisible(bool(report.errors))
        self.import_valid.setEnabled(bool(report.errors) and valid > 0)

    def _run(self, *, skip_invalid: bool) -> None:
        self.import_all.setEnabled(False)
        self.import_valid.setEnabled(False)
        self._start(dry_run=False, skip_invalid=skip_invalid)

    def _on_imported(self, report: ImportReport) -> None:
        self.report = report
        self.summary.setText(self.tr("Imported: {created} added, {updated} updated.").format(
            created=report.created, updated=report.updated))
        self.accept()
