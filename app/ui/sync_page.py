"""The gate's exchange with the street office: one button to write the bundle to the USB drive,
one to read the office's receipts and policies from it, the keys, and the history of bundles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import QT_TRANSLATE_NOOP, GatePostError, ValidationError
from app.services.context import Role
from app.services.sync import (
    BundleView, Exported, addressed_here, bundle_history, export_events, import_bundles, import_office_key,
    own_fingerprint, own_public_key_file, read_key_view,
)
from app.services.sync_state import KeyView, SyncStatus, sync_status
from app.ui.context import UiContext
from app.ui.error_hook import error_text, show_error
from app.ui.lazy_page import LazyPage
from app.ui.table_model import Column, ListTableModel
from app.ui.sync_widgets import (
    Confirm, KeyDialog, STYLE, ask_yes_no, banner, big_button, cannot_write, set_banner,
)
from app.ui.tasks import Progress, Task, run_task
from app.ui.theme import repolish
from app.ui.usb_watcher import UsbWatcher, bundle_folder
from app.ui.widgets import table_view

MAX_KEY_FILE_READ = 64 * 1024
"""More than any key file; a wrong file chosen by mistake is not read whole."""


class SyncPage(LazyPage):
    unacknowledged_changed = Signal(int)
    status_changed = Signal(object)
    """The latest ``SyncStatus``, for the main window's counter."""
    bundles_imported = Signal()
    """A receipt or policy bundle changed the database: the watch list and rosters may have too."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, watcher: UsbWatcher | None = None,
                 confirm: Confirm = ask_yes_no) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.ctx, self.confirm = ctx, confirm
        self.status: SyncStatus | None = None
        self.task: Task | None = None
        self.key_dialog: KeyDialog | None = None
        self._drive: tuple[str, str] | None = None

        self.status_banner = banner()
        self.office_label = QLabel(wordWrap=True)
        self.office_key_button = QPushButton()
        self.office_key_button.clicked.connect(self.choose_office_key)
        self.office_key_button.setVisible(ctx.actor.role >= Role.ADMIN)

        self.drive_box = QGroupBox()
        self.drive_label = QLabel(objectName="DriveName", wordWrap=True)
        self.export_button = big_button(self.export_to_drive)
        self.import_button = big_button(self.import_from_drive)
        self.result_banner = banner()
        self.result_details = QLabel(wordWrap=True)
        self.result_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        drive_buttons = QHBoxLayout()
        drive_buttons.addWidget(self.export_button)
        drive_buttons.addWidget(self.import_button)
        drive_buttons.addStretch(1)
        drive_layout = QVBoxLayout(self.drive_box)
        drive_layout.addWidget(self.drive_label)
        drive_layout.addLayout(drive_buttons)
        drive_layout.addWidget(self.result_banner)
        drive_layout.addWidget(self.result_details)

        self.export_folder_button, self.import_files_button = QPushButton(), QPushButton()
        self.show_key_button, self.save_key_button = QPushButton(), QPushButton()
        self.conflicts_button = QPushButton()
        self.conflicts_button.clicked.connect(self.open_conflicts)
        self.conflicts_button.setVisible(ctx.actor.role >= Role.HEAD)
        self.export_folder_button.clicked.connect(self.choose_export_folder)
        self.import_files_button.clicked.connect(self.choose_import_files)
        self.show_key_button.clicked.connect(self.show_my_key)
        self.save_key_button.clicked.connect(self.choose_key_file)
        others = QHBoxLayout()
        for button in (self.export_folder_button, self.import_files_button):
            others.addWidget(button)
        others.addStretch(1)
        for button in (self.conflicts_button, self.show_key_button, self.save_key_button):
            others.addWidget(button)

        self.history_label = QLabel()
        self.model = ListTableModel([
            Column(lambda: self.tr("Time"), lambda b: ctx.local(b.at, "%Y-%m-%d %H:%M")),
            Column(lambda: self.tr("Direction"), self._direction),
            Column(lambda: self.tr("Contents"), self._kind),
            Column(lambda: self.tr("Number"), lambda b: str(b.sequence), align_right=True),
            Column(lambda: self.tr("Records"), lambda b: "" if b.kind == "receipt" else str(b.rows), align_right=True),
            Column(lambda: self.tr("Acknowledged"), self._acknowledged),
        ], self)
        self.table = table_view(self.model)

        office_row = QHBoxLayout()
        office_row.addWidget(self.office_label, 1)
        office_row.addWidget(self.office_key_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_banner)
        layout.addLayout(office_row)
        layout.addWidget(self.drive_box)
        layout.addLayout(others)
        layout.addWidget(self.history_label)
        layout.addWidget(self.table, 1)

        self.watcher = watcher or UsbWatcher(self)
        self.watcher.drive_inserted.connect(self._on_drives_changed)
        self.watcher.drive_removed.connect(self._on_drives_changed)
        if watcher is None:
            self.watcher.start()
        self._drive = self.watcher.current()
        set_banner(self.result_banner, "", "info")
        self._details("")
        ctx.languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()

    # --- text ----------------------------------------------------------------------------------

    def retranslate_ui(self, _language: str = "") -> None:
        self.office_key_button.setText(self.tr("Import office key…"))
        self.export_button.setText(self.tr("Export to drive"))
        self.import_button.setText(self.tr("Import from drive"))
        self.export_folder_button.setText(self.tr("Export to folder…"))
        self.import_files_button.setText(self.tr("Import files…"))
        self.show_key_button.setText(self.tr("Show my key"))
        self.conflicts_button.setText(self.tr("Changes made at the same time…"))
        self.save_key_button.setText(self.tr("Save my key…"))
        self.history_label.setText(self.tr("Bundles sent and received"))
        self.model.retranslate()
        self._show_status()
        self._show_drive()

    def _direction(self, b: BundleView) -> str:
        return self.tr("sent") if b.direction == "out" else self.tr("received")

    def _kind(self, b: BundleView) -> str:
        return {"events": self.tr("records"), "receipt": self.tr("receipt"),
                "policy": self.tr("policy and lists")}.get(b.kind, b.kind)

    def _acknowledged(self, b: BundleView) -> str:
        if b.direction != "out":
            return ""
        return self.tr("yes") if b.acknowledged else self.tr("not yet")

    def status_text(self, status: SyncStatus) -> str:
        records = self.tr("%n record(s) not yet acknowledged", "", status.unacknowledged)
        if status.days_since_receipt is None:
            receipt = self.tr("no receipt from the street office yet")
        elif status.days_since_receipt == 0:
            receipt = self.tr("last receipt today")
        else:
            receipt = self.tr("last receipt %n day(s) ago", "", status.days_since_receipt)
        text = self.tr("{records}, {receipt}").format(records=records, receipt=receipt)
        if status.office is None:
            text += "\n" + self.tr("The street office's key is needed before anything can be sent.")
        elif status.warn:
            text += "\n" + self.tr("Please take the USB drive to the street office and bring back its receipt.")
        return text

    def _show_status(self) -> None:
        status = self.status
        if status is None:
            set_banner(self.status_banner, "", "info")
            return
        state = "warn" if status.warn else "ok" if status.unacknowledged == 0 else "info"
        set_banner(self.status_banner, self.status_text(status), state)
        if status.office is None:
            self.office_label.setText(self.tr("The street office's key has not been imported yet.") + " " + (
                "" if self.ctx.actor.role >= Role.ADMIN else self.tr("An administrator imports it.")))
            self.office_label.setObjectName("FieldError")
        else:
            self.office_label.setText(self.tr("Street office: {name} · key {fingerprint}").format(
                name=status.office.owner, fingerprint=status.office.fingerprint))
            self.office_label.setObjectName("")
        repolish(self.office_label)
        self._enable()

    def _show_drive(self) -> None:
        if self._drive is None:
            self.drive_label.setText(self.tr("Insert the USB drive"))
        else:
            self.drive_label.setText(self.tr("USB drive: {name}").format(name=self._drive[1]))
        self._enable()

    def _enable(self) -> None:
        idle = self.task is None
        has_office = self.status is not None and self.status.office is not None
        self.export_button.setEnabled(idle and has_office and self._drive is not None)
        self.import_button.setEnabled(idle and self._drive is not None)
        self.export_folder_button.setEnabled(idle and has_office)
        self.import_files_button.setEnabled(idle)

    # --- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        self.status = self.ctx.call(sync_status)
        self.model.show(self.ctx.call(bundle_history))
        self._show_status()
        self.unacknowledged_changed.emit(self.status.unacknowledged)
        self.status_changed.emit(self.status)

    def _on_drives_changed(self, *_args: object) -> None:
        self._drive = self.watcher.current()
        self._show_drive()

    # --- export --------------------------------------------------------------------------------

    def export_to_drive(self) -> None:
        if self._drive is not None:
            self.export_to(Path(self._drive[0]), on_drive=True)

    def choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"), str(Path.home()))
        if folder:
            self.export_to(Path(folder), on_drive=False)

    def export_to(self, target: Path, on_drive: bool) -> None:
        ctx = self.ctx

        def work(_progress: Progress) -> Exported:
            try:
                folder = bundle_folder(str(target), create=True) if on_drive else target
            except OSError as error:
                raise cannot_write(target, error) from None
            return ctx.call(export_events, folder)

        self._start(self.tr("Writing the bundle…"), work, lambda exported: self._on_exported(exported, on_drive))

    def _on_exported(self, exported: Exported, on_drive: bool) -> None:
        done = self.tr("Written and checked.") + " " + (
            self.tr("You can remove the drive now.") if on_drive else self.tr("Take the file to the street office."))
        set_banner(self.result_banner, done, "ok")
        self._details(self.tr("%n record(s) in bundle number {number}: {file}", "", exported.rows)
                                    .format(number=exported.sequence, file=exported.path))
        self._finish()

    # --- import --------------------------------------------------------------------------------

    def import_from_drive(self) -> None:
        if self._drive is None:
            return
        folder = bundle_folder(self._drive[0])
        files = sorted(folder.glob("gatepost-receipt-*.gpb")) + sorted(folder.glob("gatepost-policy-*.gpb"))
        if not files:
            set_banner(self.result_banner, self.tr("There is nothing from the street office on this drive."), "warn")
            self._details("")
            return
        self.import_files(files, from_drive=True)

    def choose_import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import files"), str(Path.home()),
                                                self.tr("GatePost bundles (*.gpb);;All files (*)"))
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path], from_drive: bool = False) -> None:
        """Import each file on its own. A drive carries other compounds' receipts too: those are
        left alone; a file chosen by hand is always tried, so a wrong choice is explained."""
        ctx = self.ctx

        def work(progress: Progress) -> tuple[list[tuple[str, object]], int, int]:
            mine = paths
            if from_drive:
                mine = [p for p in paths if ctx.call(addressed_here, p)]
            results: list[tuple[str, object]] = []
            for done, path in enumerate(mine):
                if not progress(done, len(mine)):
                    break
                try:
                    results.append((path.name, ctx.run(import_bundles, [path])[0]))
                except GatePostError as error:
                    results.append((path.name, error))
            return results, len(mine), len(paths) - len(mine)

        self._start(self.tr("Reading the drive…") if from_drive else self.tr("Reading the files…"), work,
                    lambda outcome: self._on_imported(*outcome, from_drive=from_drive))

    def _on_imported(self, results: list[tuple[str, object]], total: int, others: int, from_drive: bool) -> None:
        lines = [self.tr("{file}: {result}").format(file=name, result=self.result_text(result))
                 for name, result in results]
        if others:
            lines.append(self.tr("%n file(s) for other compounds left on the drive.", "", others))
        failed = sum(isinstance(r, GatePostError) for _n, r in results)
        if len(results) < total:
            text, state = self.tr("Stopped: {done} of {total} files were looked at.").format(
                done=len(results), total=total), "warn"
        elif failed:
            text, state = self.tr("%n file(s) could not be imported; nothing was changed by them.", "", failed), "fever"
        elif from_drive:
            text, state = self.tr("Done. You can remove the drive now."), "ok"
        else:
            text, state = self.tr("Done."), "ok"
        set_banner(self.result_banner, text, state)
        self._details("\n".join(lines))
        self._finish()
        if any(getattr(r, "status", "") == "imported" for _n, r in results):
            self.bundles_imported.emit()

    def result_text(self, result: object) -> str:
        if isinstance(result, GatePostError):
            return error_text(result)
        status, kind, rows = result.status, result.kind, result.rows  # type: ignore[attr-defined]
        if status == "already":
            return self.tr("already imported before; nothing to do")
        if kind == "receipt":
            return self.tr("receipt imported; the records it lists are acknowledged")
        return self.tr("policy and lists imported (%n record(s) updated)", "", rows)

    # --- running -------------------------------------------------------------------------------

    def _start(self, title: str, work: Callable[[Progress], object], on_done: Callable[[object], None]) -> None:
        set_banner(self.result_banner, title, "info")
        self._details("")
        self.task = run_task(self, title, work, on_done, self._on_error)
        self._enable()

    def _on_error(self, error: BaseException) -> None:
        if isinstance(error, GatePostError):
            self._say_error(error)
        else:
            set_banner(self.result_banner, "", "info")
            show_error(self, error)
        self._finish()

    def _details(self, text: str) -> None:
        self.result_details.setText(text)
        self.result_details.setVisible(bool(text))

    def _say_error(self, error: GatePostError) -> None:
        set_banner(self.result_banner, error_text(error), "fever")
        self._details("")

    def _finish(self) -> None:
        self.task = None
        self.refresh()
        self._enable()

    # --- keys ----------------------------------------------------------------------------------

    def choose_office_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import the street office's key"), str(Path.home()),
                                              self.tr("Key files (*.json *.key *.pub);;All files (*)"))
        if path:
            self.import_office_key_file(Path(path))

    def import_office_key_file(self, path: Path) -> KeyView | None:
        """Trust the office's key once the admin says its fingerprint matches what the office read out."""
        try:
            with open(path, "rb") as file:
                data = file.read(MAX_KEY_FILE_READ)
            view = read_key_view(data)
            if view.role == "office" and not self.confirm(self, self.tr("Street office's key"), self.tr(
                    "Street office: {name}\nFingerprint: {fingerprint}\n\nAsk the street office to read its "
                    "fingerprint out over the phone. Is it exactly the same?").format(
                    name=view.owner, fingerprint=view.fingerprint)):
                return None
            view = self.ctx.call(import_office_key, data)
        except OSError:
            self._say_error(ValidationError("file", QT_TRANSLATE_NOOP("Errors", "The file cannot be read.")))
            return None
        except GatePostError as error:
            self._say_error(error)
            return None
        set_banner(self.result_banner, self.tr("The street office's key is imported and trusted."), "ok")
        self._details("")
        self.refresh()
        return view

    def open_conflicts(self) -> None:
        from app.ui.conflicts_dialog import ConflictsDialog

        ConflictsDialog(self.ctx, self).exec()

    def show_my_key(self) -> KeyDialog:
        """This compound's fingerprint, large enough to read out over the phone."""
        key = self.ctx.call(own_fingerprint)
        self.key_dialog = KeyDialog(key, self.tr("This compound's key"), self.tr(
            "{name}: read this out to the street office when they ask.").format(name=key.owner), self)
        self.key_dialog.open()
        return self.key_dialog

    def choose_key_file(self) -> None:
        key = self.ctx.call(own_fingerprint)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save my key"),
                                              str(Path.home() / f"{key.owner}-gatepost-key.json"),
                                              self.tr("Key files (*.json)"))
        if path:
            self.save_my_key(Path(path))

    def save_my_key(self, path: Path) -> None:
        try:
            path.write_bytes(self.ctx.call(own_public_key_file))
        except OSError as error:
            self._say_error(cannot_write(path.parent, error))
            return
        set_banner(self.result_banner, self.tr("This compound's key was saved to {path}.").format(path=str(path)),
                   "ok")
        self._details("")
