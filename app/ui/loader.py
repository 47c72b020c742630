"""The database, opened on a thread while the sign-in window waits for the guard.

Loading SQLAlchemy and the models and opening the database take most of a second; the sign-in
window needs none of it until "Sign in" is pressed, and nobody types a user name and a password
in under a second. So the window is shown first, and the thread is started once it is on screen
(before that it would only slow the window down: imports hold the interpreter's lock).
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


def open_sessions(data_dir: Path) -> sessionmaker[Session]:
    from app.db.engine import make_session_factory, sqlite_url
    from app.db.migrate import open_database

    return make_session_factory(open_database(sqlite_url(data_dir)))


class DatabaseLoader:
    """``start()`` opens the database on a thread; ``sessions()`` waits for it and returns the
    session factory, or raises here what went wrong there."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._sessions: sessionmaker[Session] | None = None
        self._error: BaseException | None = None
        self._thread = self._new_thread()

    def _new_thread(self) -> threading.Thread:
        # Not a daemon: quitting while an upgrade writes its backup waits for the backup to end.
        return threading.Thread(target=self._open, name="open-database")

    def start(self) -> None:
        if self._thread.ident is None:
            self._thread.start()

    def _open(self) -> None:
        try:
            sessions = open_sessions(self.data_dir)
            for module in ("app.services.auth", "app.services.setup"):  # what signing in needs next
                importlib.import_module(module)
            self._sessions = sessions
        except BaseException as error:  # handed to the thread that asks for the sessions
            self._error = error

    def sessions(self) -> sessionmaker[Session]:
        """Waits (windows still repainted, typing held back) if the database is still opening, as
        it can for a while when a new version upgrades it. After a failure the next call tries again."""
        self.start()
        while self._thread.is_alive():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
            self._thread.join(0.05)
        if self._error is not None:
            error, self._error = self._error, None
            self._thread = self._new_thread()
            raise error
        assert self._sessions is not None
        return self._sessions
