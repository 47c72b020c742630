"""Restoring a backup from the window, as ``gatepost db restore`` does: the backups listed with
whether each checks, the one chosen put in the database's place (the database there now is kept
in the backups folder). Listing and restoring run in the background."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.services.backups import BackupFile, list_backups, restore_backup
from app.ui.context import UiContext
from app.ui.error_hook import error_text, log_unexpected
from app.ui.table_model import Column, ListTableModel
from app.ui.tasks import run_task
from app.ui.widgets import error_label, table_view


class RestoreDialog(QDialog):
    """``restored`` carries what the restore did (``app.services.backups.Restored``)."""

    restored = Signal(object)
    listed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumSize(760, 420)
        self.task: Any = None
        self.model = ListTableModel([
            Column(lambda: self.tr("Taken"), lambda b: self._when(b)),
            Column(lambda: self.tr("Kind"), lambda b: self._kind(b)),
            Column(lambda: self.tr("Schema"), lambda b: b.revision or "–"),
            Column(lambda: self.tr("Size"), lambda b: self.tr("{mb} MB").format(mb=f"{b.size / 1e6:.1f}")),
            Column(lambda: self.tr("Check"), lambda b: self.tr("sound") if b.ok else self.tr("DAMAGED")),
        ], self)
        self.table = table_view(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._on_selected)
        self.table.doubleClicked.connect(lambda _index: self.restore())
        self.intro = QLabel(wordWrap=True)
        self.state = QLabel(wordWrap=True, objectName="Hint")
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.table, self.state, self.error, self.buttons):
            layout.addWidget(widget)
        ctx.languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()
        self.load()

    def retranslate_ui(self, _language: str = "") -> None:
        self.setWindowTitle(self.tr("Restore a backup"))
        self.intro.setText(self.tr(
            "Choose the backup to put in the database's place. The database there now is kept in the "
            "backups folder, and everybody signs in again afterwards."))
        self.restore_button.setText(self.tr("Restore the backup chosen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.model.retranslate()

    def _when(self, backup: BackupFile) -> str:
        from datetime import datetime

        return self.ctx.local(datetime.fromisoformat(backup.time), "%Y-%m-%d %H:%M")

    def _kind(self, backup: BackupFile) -> str:
        if backup.reason == "manual":
            return self.tr("taken by hand")
        if backup.reason.startswith("before-upgrade"):
            return self.tr("before an upgrade")
        if backup.reason == "damaged":
            return self.tr("set aside: damaged")
        if backup.reason == "replaced":
            return self.tr("set aside by a restore")
        return backup.reason

    def load(self) -> None:
        """The backups, each checked (a quick read of every page: in the background)."""
        self.state.setText(self.tr("Checking the backups…"))
        self.task = run_task(self, self.tr("Checking the backups…"),
                             lambda _progress: self.ctx.run(list_backups), self._on_listed, self._on_failed)

    def _on_listed(self, backups: list[BackupFile]) -> None:
        self.task = None
        self.model.show(backups)
        self.state.setText(self.tr("{n} backups.", "", len(backups)).format(n=len(backups)) if backups
                           else self.tr("There are no backups."))
        usable = next((row for row, backup in enumerate(backups) if backup.ok), None)
        if usable is not None:
            self.table.selectRow(usable)
        self.listed.emit()

    def chosen(self) -> BackupFile | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _on_selected(self, *_args: Any) -> None:
        backup = self.chosen()
        self.restore_button.setEnabled(backup is not None and backup.ok and self.task is None)

    def restore(self) -> None:
        backup = self.chosen()
        if backup is None or not backup.ok or self.task is not None:
            return
        self.error.clear()
        self.restore_button.setEnabled(False)
        path = Path(backup.path)
        self.task = run_task(self, self.tr("Restoring the backup…"),
                             lambda _progress: self.ctx.run(restore_backup, path), self._on_restored, self._on_failed)

    def _on_restored(self, done: Any) -> None:
        self.task = None
        self.restored.emit(done)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        """One translated line in the dialog; the choice stays as it was."""
        self.task = None
        log_unexpected(error)
        self.error.setText(error_text(error))
        self.state.clear()
        self._on_selected()
