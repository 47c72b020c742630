"""A child process for the start-up benchmark.

``python -m benchmarks.startup_probe gate DATA_DIR`` starts as ``python -m app`` does after a
first sign-in: language, theme, the sign-in window (it prints ``DIALOG`` when the window takes
typing), the database opening behind it while the guard types user name and password, which
takes ``TYPING_S``; then Enter, sign-in and the main window (``READY`` and the seconds from
Enter to the gate page taking typing); a third argument sets the typing time (0: Enter at once,
so the wait includes all of the database's opening). ``bare`` shows an empty QMainWindow and
prints ``READY``.
"""

from __future__ import annotations

import os
import sys
import time

TYPING_S = 1.5
"""A quick guard's user name and password; the waits counted are the program's, not the typing."""


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    app.processEvents()
    _say("READY")
    os._exit(0)


def gate(data_dir: str, typing_s: float = TYPING_S) -> None:
    from pathlib import Path

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.ui.i18n import LanguageManager
    from app.ui.loader import DatabaseLoader
    from app.ui.main import main_window, remembered_site, sign_in_window
    from app.ui.settings import ui_settings
    from app.ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    folder = Path(data_dir)
    settings = ui_settings(folder)
    languages = LanguageManager(app)
    languages.set_language("zh_CN")
    apply_theme(False)
    loader = DatabaseLoader(folder)
    site_name = remembered_site(settings, loader)
    if site_name is None:
        raise SystemExit("no compound remembered from an earlier sign-in")
    login = sign_in_window(app, loader, languages, site_name)
    if not login.username.hasFocus():
        raise SystemExit("user name field has no focus")
    _say("DIALOG")
    entered = 0.0

    def type_and_enter() -> None:
        nonlocal entered
        login.username.setText("admin")
        login.password.setText(os.environ["GATEPOST_PASSWORD"])
        entered = time.perf_counter()
        QTest.keyClick(login.password, Qt.Key.Key_Return)

    QTimer.singleShot(int(typing_s * 1000), type_and_enter)
    if not login.exec() or login.actor is None:
        raise SystemExit(f"sign-in failed: {login.error.text()}")
    window = main_window(loader, login.actor, languages, settings)
    app.processEvents()
    if not window.gate_page.search.hasFocus():
        raise SystemExit("gate entry field has no focus")
    _say(f"READY {time.perf_counter() - entered:.4f}")
    os._exit(0)


if __name__ == "__main__":
    bare() if sys.argv[1] == "bare" else gate(sys.argv[2], *map(float, sys.argv[3:4]))
