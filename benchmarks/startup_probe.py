"""A child process for the start-up benchmark: prints READY when the gate page takes typing.

``python -m benchmarks.startup_probe app DATA_DIR`` starts as ``python -m app`` does (fonts,
language, theme, database, sign-in, main window); ``bare`` shows an empty QMainWindow.
"""

from __future__ import annotations

import os
import sys


def _ready() -> None:
    sys.stdout.write("READY\n")
    sys.stdout.flush()
    os._exit(0)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    app.processEvents()
    _ready()


def gate(data_dir: str) -> None:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from app.ui.context import UiContext, ui_settings
    from app.ui.i18n import LanguageManager
    from app.ui.main import open_sessions
    from app.ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    folder = Path(data_dir)
    settings = ui_settings(folder)
    languages = LanguageManager(app)
    languages.set_language("zh_CN")
    apply_theme(False)
    sessions = open_sessions(folder)
    from app.services.auth import sign_in
    from app.ui.main_window import MainWindow

    with sessions() as session:
        actor = sign_in(session, "admin", os.environ["GATEPOST_PASSWORD"])
    window = MainWindow(UiContext(sessions, actor, languages, settings, folder))
    window.show()
    app.processEvents()
    if not window.gate_page.search.hasFocus():
        raise SystemExit("gate entry field has no focus")
    _ready()


if __name__ == "__main__":
    bare() if sys.argv[1] == "bare" else gate(sys.argv[2])
