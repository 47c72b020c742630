"""The street office's hub window: every compound's figures on one table, bundles in from the
drive, receipts and policy bundles out, compounds trusted after a phone call, daily reports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QInputDialog, QLabel, QListWidget, QListWidgetItem, QMainWindow, QPushButton,
    QVBoxLayout, QWidget,
)

from app.errors import QT_TRANSLATE_NOOP, GatePostError, ValidationError
from app.services.context import Actor, Role, role_label
from app.services.hub import (
    KeyAlreadyTrusted, import_bundles, list_sites, office_key, trust_site, untrusted_sender, write_policies,
    write_receipts,
)
from app.services.sync import read_key_view
from app.services.sync_state import KeyView
from app.services.policy import Policy
from app.ui.context import HubContext
from app.ui.error_hook import error_text, show_error
from app.ui.i18n import qt_translate
from app.ui.idle_lock import IdleLock
from app.ui.login_dialog import LanguageCombo
from app.ui.sites_table_model import SitesTableModel
from app.ui.theme import alarm_text
from app.ui.sync_widgets import STYLE, Confirm, ask_yes_no, banner, big_button, set_banner
from app.ui.tasks import Progress, Task, run_task
from app.ui.usb_watcher import UsbWatcher, bundle_folder
from app.ui.widgets import table_view

if TYPE_CHECKING:
    from app.ui.hub_report_dialog import HubReportDialog

OUTGOING = ("gatepost-receipt-", "gatepost-policy-")
"""The hub's own files, which share the drive's folder with the compounds' bundles."""
AskFingerprint = Callable[[QWidget, str, str], "str | None"]
"""Asks for the fingerprint read out over the phone (parent, title, text): what was typed, or None
when cancelled; tests give one that answers at once."""


def ask_fingerprint_dialog(parent: QWidget, title: str, text: str) -> str | None:
    typed, ok = QInputDialog.getText(parent, title, text)
    return typed if ok else None


class HubWindow(QMainWindow):
    def __init__(self, ctx: HubContext, watcher: UsbWatcher | None = None, confirm: Confirm = ask_yes_no,
                 ask_fingerprint: AskFingerprint = ask_fingerprint_dialog, parent: QWidget | None = None) -> None:
        """The window of the office user signed in to ``ctx``: every service runs as them."""
        super().__init__(parent)
        self.ctx, self.languages, self.confirm = ctx, ctx.languages, confirm
        self.ask_fingerprint = ask_fingerprint
        self.task: Task | None = None
        self.report_dialog: HubReportDialog | None = None
        self.office_name = ctx.call(office_key).owner
        self.zone = ctx.zone
        central = QWidget()
        central.setStyleSheet(STYLE)
        self.setCentralWidget(central)

        self.title = QLabel(objectName="Selected")
        self.user_label = QLabel()
        self.drive_label = QLabel(objectName="DriveName")
        self.import_drive_button = big_button(self.import_from_drive)
        self.import_folder_button, self.import_files_button = QPushButton(), QPushButton()
        self.receipts_button, self.policies_button = QPushButton(), QPushButton()
        self.trust_button, self.report_button = QPushButton(), QPushButton()
        for button, slot in ((self.import_folder_button, self.choose_import_folder),
                             (self.import_files_button, self.choose_import_files),
                             (self.receipts_button, lambda: self.choose_output(receipts=True)),
                             (self.policies_button, lambda: self.choose_output(receipts=False)),
                             (self.trust_button, self.choose_trust_file), (self.report_button, self.open_report)):
            button.setMinimumHeight(48)
            button.clicked.connect(slot)
        self.model = SitesTableModel(self.when, self)
        self.table = table_view(self.model)
        self.result_banner = banner()
        self.results = QListWidget()
        self.results.setMaximumHeight(180)
        self.results.hide()  # shown with the files of the last import or write

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.user_label)
        top.addWidget(LanguageCombo(self.languages))
        drive = QHBoxLayout()
        drive.addWidget(self.drive_label)
        drive.addSpacing(24)
        drive.addWidget(self.import_drive_button)
        drive.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.import_folder_button, self.import_files_button, self.trust_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.receipts_button, self.policies_button, self.report_button):
            actions.addWidget(button)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addLayout(drive)
        layout.addLayout(actions)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.result_banner)
        layout.addWidget(self.results, 1)

        self.watcher = watcher or UsbWatcher(self)
        self.watcher.drive_inserted.connect(self._show_drive)
        self.watcher.drive_removed.connect(self._show_drive)
        if watcher is None:
            self.watcher.start()
        self.languages.language_changed.connect(self.retranslate_ui)
        self.retranslate_ui()
        if self.reload():
            set_banner(self.result_banner, "" if self.model.sites else self.tr(
                "No compound is trusted yet. Import a compound's bundle, or press Trust a compound… and choose its "
                "key file."), "info")
        self.resize(1280, 760)
        # The office's figures name no one, but its bundles and reports do: it locks like a gate.
        self.idle_lock = IdleLock(ctx, self, Policy().idle_lock_minutes)
        self.idle_lock.locked.connect(lambda: self.centralWidget().hide())
        self.idle_lock.unlocked.connect(self._on_unlocked)

    def _on_unlocked(self, actor: Actor) -> None:
        """The same user again, or the next one: the window acts as whoever signed in."""
        self.ctx.actor = actor
        self.retranslate_ui()
        self._enable()
        self.centralWidget().show()

    def retranslate_ui(self, _language: str = "") -> None:
        self.setWindowTitle(self.tr("GatePost street office — {office}").format(office=self.office_name))
        self.title.setText(self.tr("{office}: all compounds").format(office=self.office_name))
        actor = self.ctx.actor
        self.user_label.setText(self.tr("{name} ({role})").format(
            name=actor.display_name, role=qt_translate("Role", role_label(actor.role, office=True))))
        self.import_drive_button.setText(self.tr("Import from drive"))
        self.import_folder_button.setText(self.tr("Import a folder…"))
        self.import_files_button.setText(self.tr("Import files…"))
        self.trust_button.setText(self.tr("Trust a compound…"))
        self.receipts_button.setText(self.tr("Write receipts to…"))
        self.policies_button.setText(self.tr("Write policy bundles to…"))
        self.report_button.setText(self.tr("Daily report…"))
        self.model.retranslate()
        self._show_drive()

    def when(self, iso: str | None) -> str:
        return datetime.fromisoformat(iso).astimezone(self.zone).strftime("%Y-%m-%d %H:%M") if iso else ""

    def reload(self) -> bool:
        """The compounds' figures again; False (the reason on the banner) when they cannot be read."""
        try:
            self.model.set_sites(self.ctx.call(list_sites))
        except GatePostError as error:
            set_banner(self.result_banner, error_text(error), "fever")
            return False
        return True

    def _show_drive(self, *_args: object) -> None:
        drive = self.watcher.current()
        self.drive_label.setText(self.tr("USB drive: {name}").format(name=drive[1]) if drive
                                 else self.tr("Insert the USB drive"))
        self._enable()

    def _enable(self) -> None:
        idle = self.task is None
        self.import_drive_button.setEnabled(idle and self.watcher.current() is not None)
        for button in (self.import_folder_button, self.import_files_button, self.receipts_button,
                       self.policies_button):
            button.setEnabled(idle)
        self.trust_button.setEnabled(idle and self.ctx.actor.role >= Role.ADMIN)

    # --- import --------------------------------------------------------------------------------

    def import_from_drive(self) -> None:
        drive = self.watcher.current()
        if drive is not None:
            self.import_folder(bundle_folder(drive[0]))

    def choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of bundles"), self._start_dir())
        if folder:
            self.import_folder(Path(folder))

    def choose_import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import bundles"), self._start_dir(),
                                                self.tr("GatePost bundles (*.gpb);;All files (*)"))
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_folder(self, folder: Path) -> None:
        paths = [p for p in sorted(folder.glob("*.gpb")) if not p.name.startswith(OUTGOING)]
        if not paths:
            set_banner(self.result_banner, self.tr("There are no compounds' bundles in {folder}.").format(
                folder=str(folder)), "warn")
            self.results.clear()
            self.results.hide()
            return
        self.import_paths(paths)

    def import_paths(self, paths: list[Path]) -> None:
        ctx = self.ctx

        def work(progress: Progress) -> tuple[list[tuple[Path, object, KeyView | None]], int]:
            results = ctx.run(import_bundles, paths, progress)
            return [(path, result, ctx.call(untrusted_sender, path) if isinstance(result, GatePostError)
                     else None) for path, result in zip(paths, results, strict=False)], len(paths)

        self._start(self.tr("Importing bundles…"), work, self._on_imported)

    def _on_imported(self, outcome: tuple[list[tuple[Path, object, KeyView | None]], int]) -> None:
        results, total = outcome
        self._finish()
        self.results.clear()
        for path, result, _unknown in results:
            item = QListWidgetItem(self.tr("{file}: {result}").format(file=path.name, result=self.result_text(result)))
            if isinstance(result, GatePostError):
                item.setForeground(QBrush(alarm_text()))
            self.results.addItem(item)
        rejected = sum(isinstance(r, GatePostError) for _p, r, _u in results)
        imported = len(results) - rejected
        if len(results) < total:
            text = self.tr("Stopped: {done} of {total} files were looked at.").format(done=len(results), total=total)
        elif rejected:
            text = self.tr("%n file(s) rejected; each changed nothing. The reasons are below.", "", rejected)
        else:
            text = self.tr("%n file(s) imported or already there.", "", imported)
        set_banner(self.result_banner, text, "fever" if rejected else "ok")
        self.results.setVisible(bool(results))
        self.offer_trust(results)

    def result_text(self, result: object) -> str:
        if isinstance(result, GatePostError):
            return self.tr("rejected: {reason}").format(reason=error_text(result))
        if result.status == "already":  # type: ignore[attr-defined]
            return self.tr("already imported before")
        return self.tr("imported from {sender}, bundle number {number}, %n record(s)", "",
                       result.rows).format(sender=result.sender, number=result.sequence)  # type: ignore[attr-defined]

    def offer_trust(self, results: list[tuple[Path, object, KeyView | None]]) -> None:
        """A compound not trusted yet: trust it from its bundle once the fingerprint it reads out
        over the phone matches, then import."""
        asked: dict[str, bool] = {}
        again: list[Path] = []
        for path, _result, unknown in results:
            if unknown is None:
                continue
            if unknown.fingerprint not in asked:
                asked[unknown.fingerprint] = self.trust(path, unknown)
            if asked[unknown.fingerprint]:
                again.append(path)
        if again:
            self.import_paths(again)

    def trust(self, path: Path, key: KeyView) -> bool:
        """Trust the key in ``path`` once the fingerprint typed in matches it (never shown here: it
        must come from the compound). A compound already trusted under another key keeps it unless
        the replacement is confirmed."""
        if self.ctx.actor.role < Role.ADMIN:
            set_banner(self.result_banner, self.tr(
                "{name} is not trusted here yet; only an office administrator can trust a compound.").format(
                name=key.owner), "warn")
            return False
        typed = None
        if key.role == "site":  # any other key is refused below without a phone call
            typed = self.ask_fingerprint(self, self.tr("Trust a compound"), self.tr(
                "Compound: {name}\n\nCall the compound and ask them to read out the fingerprint shown at "
                "their gate under USB sync → Show my key.\n\nType the 20 digits they read out:").format(
                name=key.owner))
            if typed is None or not typed.strip():
                return False
        try:
            try:
                trusted = self._trust_site(path, typed, replace=False)
            except KeyAlreadyTrusted as already:
                if not self.confirm(self, self.tr("Replace a compound's key"), self.tr(
                        "{name} is already trusted with another key.\n\nReplace it only if the compound told "
                        "you they have new keys (a new computer, say). The old key is revoked: bundles signed "
                        "with it are refused, and policy bundles go to the new key only.\n\nReplace the key?"
                        ).format(name=already.current.owner)):
                    set_banner(self.result_banner, self.tr("Nothing changed: {name} keeps its trusted key.").format(
                        name=already.current.owner), "warn")
                    return False
                trusted = self._trust_site(path, typed, replace=True)
        except GatePostError as error:
            set_banner(self.result_banner, error_text(error), "fever")
            return False
        set_banner(self.result_banner, self.tr("{name} is trusted now.").format(name=trusted.owner), "ok")
        self.reload()
        return True

    def _trust_site(self, path: Path, fingerprint: str | None, replace: bool) -> KeyView:
        return self.ctx.call(trust_site, path, fingerprint, replace=replace)

    def choose_trust_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Trust a compound"), self._start_dir(),
                                              self.tr("Key files or bundles (*.json *.key *.pub *.gpb);;All files (*)"))
        if path:
            self.trust_file(Path(path))

    def trust_file(self, path: Path) -> bool:
        """From the compound's key file, or from one of its bundles; only after the fingerprint is confirmed."""
        try:
            with open(path, "rb") as file:
                head = file.read(64 * 1024)
            if head.lstrip().startswith(b"{"):
                key: KeyView | None = read_key_view(head)
            else:
                key = self.ctx.call(untrusted_sender, path)
        except (OSError, GatePostError) as error:
            set_banner(self.result_banner, error_text(error) if isinstance(error, GatePostError)
                       else self.tr("The file cannot be read."), "fever")
            return False
        if key is None:
            set_banner(self.result_banner, self.tr("This compound is trusted already, or the file is not a "
                                                   "GatePost bundle."), "warn")
            return False
        return self.trust(path, key)

    # --- receipts and policies -----------------------------------------------------------------

    def _start_dir(self) -> str:
        drive = self.watcher.current()
        return str(bundle_folder(drive[0])) if drive and bundle_folder(drive[0]).is_dir() else str(Path.home())

    def default_output(self) -> Path | None:
        """The drive's GatePost folder when a drive is in."""
        drive = self.watcher.current()
        return None if drive is None else Path(drive[0])

    def choose_output(self, receipts: bool) -> None:
        start = self.default_output()
        if start is not None:
            try:
                start = bundle_folder(str(start), create=True)
            except OSError:
                start = None
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Write receipts to") if receipts else self.tr("Write policy bundles to"),
            str(start or Path.home()))
        if folder:
            self.write_to(Path(folder), receipts)

    def write_to(self, folder: Path, receipts: bool) -> None:
        ctx = self.ctx

        def work(_progress: Progress) -> list[str]:
            if not folder.is_dir():
                raise ValidationError("folder", QT_TRANSLATE_NOOP("Errors", "The folder {path} does not exist."),
                                      path=str(folder))
            return ctx.call(write_receipts, folder) if receipts else ctx.call(write_policies, folder)

        self._start(self.tr("Writing…"), work, self._on_written)

    def _on_written(self, paths: list[str]) -> None:
        self._finish()
        self.results.clear()
        self.results.addItems([Path(p).name for p in paths])
        self.results.setVisible(bool(paths))
        text = self.tr("%n file(s) written and checked.", "", len(paths)) if paths else self.tr(
            "Nothing to write: no compound has sent a bundle yet.")
        set_banner(self.result_banner, text, "ok" if paths else "warn")

    # --- running -------------------------------------------------------------------------------

    def _start(self, title: str, work: Callable[[Progress], object], on_done: Callable[[Any], None]) -> None:
        set_banner(self.result_banner, title, "info")
        self.task = run_task(self, title, work, on_done, self._on_error)
        self._enable()

    def _on_error(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, GatePostError):
            set_banner(self.result_banner, error_text(error), "fever")
        else:
            set_banner(self.result_banner, "", "info")
            show_error(self, error)

    def _finish(self) -> None:
        self.task = None
        self.reload()
        self._enable()

    def open_report(self) -> HubReportDialog:
        from app.ui.hub_report_dialog import HubReportDialog  # the PDF viewer loads only when wanted

        self.report_dialog = HubReportDialog(self.ctx, self.model.sites, self)
        self.report_dialog.open()
        return self.report_dialog
