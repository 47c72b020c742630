"""Start the GUI: fonts and language first, then sign-in (or setup), the window.

The database is encrypted, so nothing in it can be read before a sign-in: the compound's name
on the sign-in window is the one remembered from the last sign-in (``app.ui.loader``).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.paths import DB_FILE_NAME, data_dir as resolve_data_dir, use_private_temp
from app.ui.i18n import DEFAULT_LANGUAGE, LanguageManager
from app.ui.loader import DatabaseLoader
from app.ui.settings import SITE_NAME, ui_settings

if TYPE_CHECKING:
    from app.services.context import Actor
    from app.ui.login_dialog import LoginDialog
    from app.ui.main_window import MainWindow


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
    from app.ui import error_hook
    from app.ui.tasks import finish_work
    from app.ui.theme import apply_theme

    data_dir = resolve_data_dir(args.data_dir)
    log.configure(data_dir)
    use_private_temp(data_dir)
    error_hook.install()
    app.aboutToQuit.connect(finish_work)
    settings = ui_settings(data_dir)
    languages = LanguageManager(app)
    languages.set_language(args.lang or str(settings.value("language", DEFAULT_LANGUAGE)))
    apply_theme(settings.value("night", False, type=bool))
    return run_desk(app, DatabaseLoader(data_dir), languages, settings)


def remembered_site(settings: QSettings, loader: DatabaseLoader) -> str | None:
    """The compound's name from the last sign-in, if its database is still there."""
    name = settings.value(SITE_NAME)
    return str(name) if name and (loader.data_dir / DB_FILE_NAME).exists() else None


def run_desk(app: QApplication, loader: DatabaseLoader, languages: LanguageManager, settings: QSettings) -> int:
    """Setup or sign-in, then the main window; again after each sign-out."""
    while True:
        wizard = None
        if not loader.is_set_up():
            from app.ui.setup_wizard import SetupWizard

            loader.new_database()
            wizard = SetupWizard(loader.set_up_compound, languages)
            if not wizard.exec() or wizard.actor is None:
                loader.discard_unfinished()
                return 0
            actor = wizard.actor
        else:
            login = sign_in_window(app, loader, languages, remembered_site(settings, loader) or "GatePost")
            if not login.exec() or login.actor is None:
                return 0
            actor = login.actor
        if loader.recovery_code:
            from app.ui.recovery_code_dialog import RecoveryCodeDialog

            RecoveryCodeDialog(loader.recovery_code).exec()
            loader.recovery_code = None
        window = main_window(loader, actor, languages, settings)
        if wizard is not None and wizard.want_demo:
            window.add_demo_data()
        app.exec()
        window.deleteLater()  # its timers and language connections go with it
        if not window.signing_out:
            return 0


def sign_in_window(app: QApplication, loader: DatabaseLoader, languages: LanguageManager,
                   site_name: str) -> LoginDialog:
    """The sign-in window on screen, and the database code loading behind it."""
    from app.ui.login_dialog import LoginDialog

    login = LoginDialog(loader.sign_in, languages, site_name)
    login.show()
    app.processEvents()  # painted first: the loader's imports would only slow the painting down
    loader.start()
    return login


def main_window(loader: DatabaseLoader, actor: Actor, languages: LanguageManager, settings: QSettings) -> MainWindow:
    """The main window for the signed-in user, shown; its compound's name remembered for the next start."""
    from app.ui.context import UiContext
    from app.ui.main_window import MainWindow

    window = MainWindow(UiContext(loader.sessions(), actor, languages, settings, loader.data_dir))
    settings.setValue(SITE_NAME, window.site.name)
    window.show()
    return window
