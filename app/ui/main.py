"""Start the GUI: fonts and language first, then the database, setup or sign-in, the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui.i18n import DEFAULT_LANGUAGE, LanguageManager


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="gatepost-gui")
    parser.add_argument("--data-dir")
    parser.add_argument("--lang", choices=("zh_CN", "en", "ja", "ko"))
    return parser.parse_known_args(argv)[0]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    args = _arguments(argv[1:])
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("GatePost")

    from app import log
    from app.paths import data_dir as resolve_data_dir
    from app.ui import error_hook
    from app.ui.context import ui_settings
    from app.ui.theme import apply_theme

    data_dir = resolve_data_dir(args.data_dir)
    log.configure(data_dir)
    error_hook.install()
    settings = ui_settings(data_dir)
    languages = LanguageManager(app)
    languages.set_language(args.lang or str(settings.value("language", DEFAULT_LANGUAGE)))
    apply_theme(settings.value("night", False, type=bool))
    sessions = open_sessions(data_dir)
    return run_desk(app, sessions, languages, settings, data_dir)


def open_sessions(data_dir: Path):
    from app.db.engine import make_session_factory, sqlite_url
    from app.db.migrate import open_database

    return make_session_factory(open_database(sqlite_url(data_dir)))


def run_desk(app: QApplication, sessions, languages, settings, data_dir: Path) -> int:
    """Setup or sign-in, then the main window; again after each sign-out."""
    from app.services.setup import local_site
    from app.ui.context import UiContext
    from app.ui.login_dialog import LoginDialog
    from app.ui.main_window import MainWindow
    from app.ui.setup_wizard import SetupWizard

    while True:
        with sessions() as session:
            site = local_site(session)
        if site is None:
            wizard = SetupWizard(sessions, languages)
            if not wizard.exec() or wizard.actor is None:
                return 0
            actor = wizard.actor
        else:
            login = LoginDialog(sessions, languages, site.name)
            if not login.exec() or login.actor is None:
                return 0
            actor = login.actor
        window = MainWindow(UiContext(sessions, actor, languages, settings, data_dir))
        window.show()
        if site is None and wizard.want_demo:
            window.add_demo_data()
        app.exec()
        window.deleteLater()  # its timers and language connections go with it
        if not window.signing_out:
            return 0

