"""The database, opened when the guard signs in, with the slow parts done while they type.

The file is encrypted: nothing in it can be read before a password unwraps its key. Loading
SQLAlchemy, the models, SQLCipher and the services takes most of a second, and nobody types a
user name and a password in under a second, so the window is shown first and a thread loads
them once it is on screen (before that it would only slow the window down: imports hold the
interpreter's lock). Enter then pays for the key (Argon2id, about a quarter of a second) and
the opening, on a thread while the window is repainted.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop

from app.paths import DB_FILE_NAME

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.services.context import Actor

T = TypeVar("T")
WARM_UP = ("sqlalchemy.orm", "app.models", "app.db.migrate", "app.db.unlocking", "sqlcipher3.dbapi2",
           "app.services.auth", "app.services.setup")


def open_sessions(data_dir: Path, key: bytes | None = None) -> sessionmaker[Session]:
    from app.db.engine import make_session_factory, sqlite_url
    from app.db.migrate import open_database

    return make_session_factory(open_database(sqlite_url(data_dir), key=key))


class DatabaseLoader:
    """``start()`` loads the code on a thread; ``sign_in()`` or ``new_database()`` opens the
    database; ``sessions()`` gives its session factory afterwards."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.recovery_code: str | None = None
        """Set when opening gave the database a key: shown once, for the committee's safe."""
        self._sessions: sessionmaker[Session] | None = None
        self._warm = threading.Thread(target=self._warm_up, name="load-database-code", daemon=True)

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILE_NAME

    def start(self) -> None:
        if self._warm.ident is None:
            self._warm.start()

    @staticmethod
    def _warm_up() -> None:
        for module in WARM_UP:
            importlib.import_module(module)

    def is_set_up(self) -> bool:
        """A compound's database is here (encrypted with an account's slot, or from before)."""
        from app.db.vault import Vault

        vault = Vault.load(self.database)
        return vault.has_users() if vault is not None else self.database.exists()

    def sign_in(self, username: str, password: str) -> Actor:
        """Unwrap the key with the password, open the database, sign in (errors raised here)."""
        from app import clock
        from app.db.unlocking import unlock
        from app.services.auth import sign_in

        def work() -> Actor:
            unlocked = unlock(self.database, username, password, clock.now())
            sessions = self._open(unlocked)
            with sessions.begin() as session:
                session.info["proof"] = unlocked.proof  # the password was just checked once
                return sign_in(session, username, password)

        return _on_a_thread(work)

    def new_database(self) -> sessionmaker[Session]:
        """A new, encrypted database for the setup wizard (its key wrapped for the admin it adds)."""
        from app.db.unlocking import new_database

        return self._open(_on_a_thread(lambda: new_database(self.database)))

    def discard_unfinished(self) -> None:
        from app.db.unlocking import discard_unfinished

        if self._sessions is not None:
            self._sessions.kw["bind"].dispose()
            self._sessions = None
        discard_unfinished(self.database)

    def _open(self, unlocked: Any) -> sessionmaker[Session]:
        from app.db.vault import attach

        if self._sessions is None:
            self._sessions = open_sessions(self.data_dir, unlocked.key)
            attach(self._sessions, unlocked.vault, unlocked.key)
        self.recovery_code = unlocked.recovery_code
        return self._sessions

    def sessions(self) -> sessionmaker[Session]:
        assert self._sessions is not None, "signed in first"
        return self._sessions


def _on_a_thread(work: Callable[[], T]) -> T:
    """Run ``work`` on a thread; windows are repainted meanwhile and typing is held back. What it
    raised is raised here."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # handed to the thread that waits
            outcome["error"] = error

    # Not a daemon: quitting while an upgrade writes its backup waits for the backup to end.
    thread = threading.Thread(target=run, name="open-database")
    thread.start()
    while thread.is_alive():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
        thread.join(0.05)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
