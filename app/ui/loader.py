"""The database, opened when the guard signs in, with the slow parts done while they type.

The file is encrypted: nothing in it can be read before a password unwraps its key. Loading
SQLAlchemy, the models, SQLCipher and the services takes most of a second, and nobody types a
user name and a password in under a second, so the window is shown first and a thread loads
them once it is on screen (before that it would only slow the window down: imports hold the
interpreter's lock). Enter then pays for the key (Argon2id, about a quarter of a second) and
the opening, on a thread while the window is repainted. The opening itself is
``app.services.opening``'s, loaded with the rest.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop

from app.paths import DB_FILE_NAME, HUB_FILE_NAME

if TYPE_CHECKING:
    from app.services.context import Actor
    from app.services.opening import Opener, Sessions

T = TypeVar("T")
WARM_UP = ("sqlalchemy.orm", "app.models", "app.db.migrate", "app.db.unlocking", "sqlcipher3.dbapi2",
           "app.services.auth", "app.services.setup", "app.services.calling")


class DatabaseLoader:
    """``start()`` loads the code on a thread; ``sign_in()`` or ``new_database()`` opens the
    database; ``sessions()`` gives its session factory afterwards, for the window's context.
    A street office's (``hub``) is in the data folder, or at ``url`` on PostgreSQL."""

    def __init__(self, data_dir: Path, *, hub: bool = False, url: str | None = None) -> None:
        self.data_dir, self.hub, self.url = data_dir, hub, url
        self._opener: Opener | None = None
        self._warm = threading.Thread(target=self._warm_up, name="load-database-code", daemon=True)

    @property
    def database(self) -> Path:
        return self.data_dir / (HUB_FILE_NAME if self.hub else DB_FILE_NAME)

    @property
    def opener(self) -> Opener:
        if self._opener is None:
            from app.services.opening import Opener

            self._opener = Opener.in_folder(self.data_dir, hub=self.hub, url=self.url)
        return self._opener

    @property
    def recovery_code(self) -> str | None:
        """Set when opening gave the database a key: shown once, for the committee's safe."""
        return self._opener.recovery_code if self._opener is not None else None

    @recovery_code.setter
    def recovery_code(self, code: str | None) -> None:
        self.opener.recovery_code = code

    def start(self) -> None:
        if self._warm.ident is None:
            self._warm.start()

    @staticmethod
    def _warm_up() -> None:
        for module in WARM_UP:
            importlib.import_module(module)

    def is_set_up(self) -> bool:
        """Someone can sign in here (a compound's database, encrypted or from before; a street
        office with accounts)."""
        return _on_a_thread(self.opener.is_set_up) if self.url else self.opener.is_set_up()

    def sign_in(self, username: str, password: str) -> Actor:
        """Unwrap the key with the password, open the database, sign in (errors raised here)."""
        return _on_a_thread(lambda: self.opener.sign_in(username, password))

    def new_database(self) -> None:
        """A new, encrypted database for the setup wizard (its key wrapped for the admin it adds):
        ``set_up_compound`` fills it in."""
        _on_a_thread(self.opener.open_new)

    def set_up_compound(self, **fields: Any) -> Actor:
        return _on_a_thread(lambda: self.opener.set_up_compound(**fields))

    def set_up_office(self, office: str, admin: str, password: str) -> Actor:
        """A new street office and its administrator, signed in (``app.services.opening``)."""
        return _on_a_thread(lambda: self.opener.set_up_hub(office, admin, password))

    def discard_unfinished(self) -> None:
        self.opener.discard_unfinished()

    def sessions(self) -> Sessions:
        assert self._opener is not None and self._opener.is_open, "signed in first"
        return self._opener.sessions


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
