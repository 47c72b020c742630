"""Start-up: the sign-in window comes first, the database opens behind it while the guard types."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy.orm import Session, sessionmaker

from app.db.at_rest import is_plain
from app.db.migrate import SCHEMA_HEAD
from app.paths import DB_FILE_NAME
from app.services.context import Actor
from app.services.setup import local_site
from app.ui.i18n import LanguageManager
from app.ui.loader import DatabaseLoader
from app.ui.main import main_window, remembered_site, sign_in_window
from app.ui.settings import ui_settings
from tests.helpers import PASSWORD, gate_engine

ROOT = Path(__file__).resolve().parents[2]

BEFORE_THE_DATABASE = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
qt_app = QApplication([])
from app.ui.i18n import LanguageManager
from app.ui.loader import DatabaseLoader
from app.ui.login_dialog import LoginDialog
from app.ui.main import main, remembered_site
from app.ui.settings import ui_settings
import app.log, app.paths, app.ui.error_hook, app.ui.theme  # what main() loads before the window
loader = DatabaseLoader(Path(sys.argv[1]))
remembered_site(ui_settings(loader.data_dir), loader)
LoginDialog(loader.sign_in, LanguageManager(qt_app), "阳光花园").show()
qt_app.processEvents()
print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic")
                      or m.startswith(("app.models", "app.db", "app.services")))))
"""


def test_the_sign_in_window_loads_no_database_code(tmp_path: Path) -> None:
    """Everything up to the sign-in window on screen runs without SQLAlchemy, the models or the
    services: that is what puts the window up in about a quarter of a second."""
    done = subprocess.run([sys.executable, "-c", BEFORE_THE_DATABASE, str(tmp_path)], cwd=ROOT, check=True,
                          capture_output=True, text=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.stdout.split() == []


def _type_and_sign_in(qtbot, login, password: str) -> None:
    qtbot.keyClicks(login.username, "admin")
    qtbot.keyClicks(login.password, password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)


def test_sign_in_opens_the_database_behind_the_window_and_remembers_the_compound(
        qtbot, sessions: sessionmaker[Session], admin: Actor, data_dir: Path, languages: LanguageManager,
        qapp) -> None:
    with sessions() as session:
        site = local_site(session)
    assert site is not None
    sessions.kw["bind"].dispose()
    settings = ui_settings(data_dir)
    loader = DatabaseLoader(data_dir)
    assert remembered_site(settings, loader) is None  # never signed in here: the database is asked

    login = sign_in_window(qapp, loader, languages, site.name)
    qtbot.addWidget(login)
    assert login.isVisible() and login.username.hasFocus() and login.site_name.text() == site.name
    _type_and_sign_in(qtbot, login, "wrong-password")
    assert login.actor is None and "Wrong user name or password" in login.error.text()
    assert login.username.text() == "admin"
    qtbot.keyClicks(login.password, PASSWORD)  # the wrong one is selected: typing replaces it
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert login.actor is not None and login.actor.username == "admin"
    # A database from before encryption: encrypted at this first sign-in, its code to be shown.
    assert loader.recovery_code and not is_plain(data_dir / DB_FILE_NAME)

    window = main_window(loader, login.actor, languages, settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(window.gate_page.search.hasFocus)
    assert remembered_site(settings, loader) == site.name
    assert remembered_site(settings, DatabaseLoader(data_dir / "elsewhere")) is None  # no database there
    loader.sessions().kw["bind"].dispose()


def test_a_database_that_cannot_be_opened_is_told_on_the_sign_in_window(
        qtbot, sessions: sessionmaker[Session], admin: Actor, data_dir: Path, languages: LanguageManager,
        qapp) -> None:
    sessions.kw["bind"].dispose()

    def stamp(version: str) -> None:
        engine = gate_engine(data_dir)  # plain at first, encrypted once the sign-in converted it
        with engine.begin() as connection:
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (version,))
        engine.dispose()

    stamp("ffff")
    loader = DatabaseLoader(data_dir)
    login = sign_in_window(qapp, loader, languages, "阳光花园")
    qtbot.addWidget(login)
    _type_and_sign_in(qtbot, login, PASSWORD)
    assert login.actor is None
    assert "newer GatePost" in login.error.text()
    assert login.username.text() == "admin"  # nothing typed is lost
    stamp(SCHEMA_HEAD)  # the right version installed meanwhile: Enter again opens the database
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert login.actor is not None
    loader.sessions().kw["bind"].dispose()


DESK = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from app.ui.main import main

app = QApplication(sys.argv[:1])
seen = []


def sign_in() -> None:
    from app.ui.login_dialog import LoginDialog

    shown = [w for w in QApplication.topLevelWidgets()  # on screen and waiting (exec) for the guard
             if isinstance(w, LoginDialog) and w.testAttribute(Qt.WidgetAttribute.WA_ShowModal)]
    if not shown:
        QTimer.singleShot(20, sign_in)
        return
    login, = shown
    seen.append(login.site_name.text())
    login.username.setText("admin")
    login.password.setText(sys.argv[2])
    QTimer.singleShot(0, close_desk)
    login.buttons.accepted.emit()


def close_desk() -> None:
    from app.ui.main_window import MainWindow
    from app.ui.recovery_code_dialog import RecoveryCodeDialog

    for window in QApplication.topLevelWidgets():
        if isinstance(window, RecoveryCodeDialog) and window.isVisible():
            seen.append("code")
            window.accept()
        elif isinstance(window, MainWindow) and window.isVisible():
            seen.append(window.site.name)
            window.close()
            return
    QTimer.singleShot(20, close_desk)


QTimer.singleShot(0, sign_in)
code = main(["gatepost", "--data-dir", sys.argv[1], "--lang", "en"])
print(code, *seen)
"""


def test_the_desk_starts_at_the_sign_in_window_and_remembers_the_compound(
        sessions: sessionmaker[Session], admin: Actor, data_dir: Path) -> None:
    """``python -m app`` twice, signing in each time: the first start knows no compound's name
    (the database is encrypted at this sign-in, and its recovery code shown), the second finds
    it remembered."""
    with sessions() as session:
        site = local_site(session)
    assert site is not None
    sessions.kw["bind"].dispose()

    def start() -> list[str]:
        done = subprocess.run([sys.executable, "-c", DESK, str(data_dir), PASSWORD], cwd=ROOT, check=True,
                              capture_output=True, text=True, timeout=120,
                              env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "GATEPOST_LANG": "en"})
        return done.stdout.split()

    settings = ui_settings(data_dir)
    assert remembered_site(settings, DatabaseLoader(data_dir)) is None
    assert start() == ["0", "GatePost", "code", site.name]
    settings.sync()
    assert remembered_site(settings, DatabaseLoader(data_dir)) == site.name
    assert start() == ["0", site.name, site.name]
