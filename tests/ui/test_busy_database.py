"""A database another program holds past the busy timeout (5 s): the page says so in the user's
language, and nothing is lost or crashes. The lock is held by a real second process."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.db.vault import Vault
from app.paths import DB_FILE_NAME, HUB_FILE_NAME
from app.ui.hub_window import HubWindow
from app.ui.sync_page import SyncPage
from app.ui.usb_watcher import UsbWatcher
from tests.helpers import PASSWORD
from tests.ui.test_sync_page import FakeDrives, connect, open_office

BUSY = "The database is busy with a long task; try again in a moment."
HOLD = """
import sys
from sqlcipher3 import dbapi2 as sqlcipher
connection = sqlcipher.connect(sys.argv[1], isolation_level=None)
if len(sys.argv) > 2:
    connection.execute("PRAGMA key = \\"x'%s'\\"" % sys.argv[2])
    connection.execute("PRAGMA cipher_page_size=8192")
connection.execute("BEGIN EXCLUSIVE")
print("held", flush=True)
sys.stdin.read()  # until the test closes the pipe
connection.execute("ROLLBACK")
"""


@contextmanager
def no_crash_dialog() -> Iterator[list[str]]:
    """Closes any message box that opens meanwhile; the texts of those closed."""
    shown: list[str] = []

    def close_boxes() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                shown.append(widget.text())
                widget.done(0)

    timer = QTimer(interval=50, timeout=close_boxes)
    timer.start()
    try:
        yield shown
    finally:
        timer.stop()


@contextmanager
def held(database: Path, key: bytes | None = None) -> Iterator[None]:
    """Another program's exclusive transaction on ``database`` (SQLCipher's, with ``key``)."""
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(database), *([key.hex()] if key else [])],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "held"
        yield
    finally:
        child.stdin.close()
        assert child.wait(timeout=60) == 0


def test_an_export_while_another_program_writes_says_busy(qtbot, ctx, tmp_path: Path, languages) -> None:
    """A background job on a gate page: the translated message on the page, no crash dialog."""
    office = open_office(tmp_path / "office", languages)
    connect(ctx.sessions, ctx.actor, office, tmp_path)
    page = SyncPage(ctx, watcher=UsbWatcher(roots=FakeDrives()), confirm=lambda *_args: True)
    qtbot.addWidget(page)
    folder = tmp_path / "out"
    folder.mkdir()
    with held(ctx.data_dir / DB_FILE_NAME), no_crash_dialog() as dialogs:
        page.export_to(folder, on_drive=False)
        qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    assert dialogs == []
    assert page.result_banner.text() == BUSY and page.result_banner.property("state") == "fever"
    assert not list(folder.iterdir())
    page.export_to(folder, on_drive=False)  # the other program is done
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    assert len(list(folder.glob("gatepost-events-*.gpb"))) == 1
    office.sessions.kw["bind"].dispose()


def test_the_hub_window_says_busy_when_the_figures_cannot_be_read(qtbot, tmp_path: Path, languages) -> None:
    office = open_office(tmp_path / "office", languages, encrypted=True)
    window = HubWindow(office, watcher=UsbWatcher(roots=FakeDrives()))
    qtbot.addWidget(window)
    key = Vault.load(tmp_path / "office" / HUB_FILE_NAME).unwrap("admin", PASSWORD)[0]
    with held(tmp_path / "office" / HUB_FILE_NAME, key):
        assert window.reload() is False
    assert window.result_banner.text() == BUSY and window.result_banner.property("state") == "fever"
    assert window.reload() is True
    assert QThreadPool.globalInstance().waitForDone(60_000)
    office.sessions.kw["bind"].dispose()
