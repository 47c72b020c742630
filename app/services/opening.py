"""Opening a gate's or a street office's database at sign-in, for the windows and the command line.

An SQLite file is encrypted: the signing-in user's password unwraps its key (``app.db.unlocking``),
which checks the password once; a file from before encryption is converted at that sign-in and
``recovery_code`` is set, to be shown once. A PostgreSQL hub is not encrypted here: it relies on
the server's access control, and its credentials come from libpq (``PGPASSWORD``, ``~/.pgpass``,
``PGSERVICE``), not from the URL.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import clock
from app.errors import QT_TRANSLATE_NOOP, GatePostError, SetupRequired, ValidationError
from app.paths import DB_FILE_NAME, HUB_FILE_NAME

if TYPE_CHECKING:  # loaded when the database is opened: the sign-in window is up before that
    from sqlalchemy.orm import Session, sessionmaker

    from app.services.context import Actor

    Sessions = sessionmaker[Session]

NO_COMPOUND = QT_TRANSLATE_NOOP("Errors", "This database has no compound yet. Run the setup first.")


class Opener:
    """One database, opened by ``open``/``open_new``/``open_recovery`` (or ``sign_in``, which also
    signs the user in); ``sessions`` afterwards."""

    def __init__(self, url: str, *, hub: bool = False, path: Path | None = None) -> None:
        """``path``: the SQLite file of ``url``, when the caller knows it."""
        self.url, self.hub = url, hub
        self.path = path if path is not None or not url.startswith("sqlite") else _sqlite_file(url)
        """The SQLite file (encrypted); None for PostgreSQL."""
        self.recovery_code: str | None = None
        """Set when opening gave the database its key: shown once, for the safe."""
        self._proof: bytes | None = None
        self._sessions: Sessions | None = None

    @classmethod
    def in_folder(cls, folder: Path, *, hub: bool = False, url: str | None = None) -> Opener:
        """The database of a data folder, or the one at ``url`` (a hub's on PostgreSQL)."""
        if url:
            return cls(url, hub=hub)
        path = folder / (HUB_FILE_NAME if hub else DB_FILE_NAME)
        return cls(f"sqlite:///{path}", hub=hub, path=path)  # as app.db.engine.sqlite_url

    @property
    def sessions(self) -> Sessions:
        assert self._sessions is not None, "opened first"
        return self._sessions

    @property
    def is_open(self) -> bool:
        return self._sessions is not None

    # --- opening -------------------------------------------------------------------------------

    def open(self, username: str, password: str) -> Sessions:
        """The database, its key unwrapped by this user's password (wrong: AuthenticationFailed)."""
        if self.path is None:
            return self._use(None)
        from app.db import unlocking
        from app.db.health import refuse_missing

        if self.hub:
            from app.services.hub import NO_ACCOUNTS, NOT_A_HUB

            if not self.path.exists():
                raise SetupRequired(NOT_A_HUB)
            if self._plain_without_accounts():
                raise SetupRequired(NO_ACCOUNTS)
        elif not self.path.exists():
            refuse_missing(self.path)  # a compound lived here: restore it, never begin anew
            raise SetupRequired(NO_COMPOUND)
        unlocked = unlocking.unlock(self.path, username, password, clock.now())
        self._proof = unlocked.proof
        return self._use(unlocked)

    def open_new(self) -> Sessions:
        """A new database for the setup: an SQLite file gets a key and a recovery code now."""
        if self.path is None:
            return self._use(None)
        from app.db.unlocking import new_database

        return self._use(new_database(self.path))

    def open_recovery(self, code: str) -> Sessions:
        """The database opened by its recovery code, for a new administrator password."""
        if self.path is None:
            raise GatePostError(QT_TRANSLATE_NOOP(
                "Errors", "Only an encrypted database file has a recovery code."))
        from app.db.unlocking import recover

        return self._use(recover(self.path, code))

    def _use(self, unlocked: Any) -> Sessions:
        from app.db.engine import make_session_factory
        from app.db.migrate import open_database

        if self._sessions is None:
            self._sessions = make_session_factory(open_database(
                self.url, hub=self.hub, key=unlocked.key if unlocked else None))
        if unlocked is not None:
            from app.db.vault import attach

            attach(self._sessions, unlocked.vault, unlocked.key)
            self.recovery_code = unlocked.recovery_code or self.recovery_code
        return self._sessions

    def _plain_without_accounts(self) -> bool:
        """A hub's plain file from before the office had accounts: nobody can sign in yet."""
        from app.db.at_rest import is_plain
        from app.db.vault import Vault

        from app.services.hub import has_accounts

        if self.path is None or not is_plain(self.path) or Vault.load(self.path) is not None:
            return False
        with _plain_session(self.url) as session:
            return not has_accounts(session)

    # --- signing in ----------------------------------------------------------------------------

    def actor(self, session: Session, username: str, password: str) -> Actor:
        """Sign ``username`` in, in the caller's ``session`` of the opened database."""
        from app.services.auth import sign_in

        session.info["proof"], self._proof = self._proof, None  # checked once, by the key file
        if self.hub:
            from app.services.hub import sign_in_office

            return sign_in_office(session, username, password)
        from app.services.setup import is_initialised

        if not is_initialised(session):
            raise SetupRequired(NO_COMPOUND)
        return sign_in(session, username, password)

    def sign_in(self, username: str, password: str) -> Actor:
        """Open the database with the password and sign in."""
        self.open(username, password)
        with self.sessions.begin() as session:
            return self.actor(session, username, password)

    # --- setting up ----------------------------------------------------------------------------

    def is_set_up(self) -> bool:
        """Whether someone can sign in here (else the setup comes first)."""
        if self.path is not None:
            from app.db.vault import Vault

            vault = Vault.load(self.path)
            if vault is not None:
                return vault.has_users()
            return self.path.exists() and not (self.hub and self._plain_without_accounts())
        from app.services.hub import has_accounts, is_hub

        with _plain_session(self.url) as session:
            return is_hub(session) and has_accounts(session)

    def set_up_compound(self, **fields: Any) -> Actor:
        """The compound in the database ``open_new`` made (``app.services.setup.init_site``'s
        fields); its administrator, signed in."""
        from app.services.calling import explained
        from app.services.setup import init_site

        with explained(), self.sessions.begin() as session:
            return init_site(session, **fields)

    def set_up_hub(self, office: str, admin: str, password: str) -> Actor:
        """A new street office and its administrator, signed in; a hub from before accounts gets
        its administrator (and, on SQLite, its key: ``recovery_code`` is then set)."""
        from app.domain.passwords import check_password
        from app.services.auth import validate_username
        from app.services.hub import SET_UP_ALREADY, init_hub

        validate_username(admin)
        check_password(password)  # both before any file is made
        if self.path is not None and self._plain_from_before():
            with _plain_session(self.url) as session, session.begin():
                actor = init_hub(session, office, admin, password)
            self.open(admin, password)  # its key is made and the file converted
            return actor
        if self.path is not None:
            from app.db.vault import Vault

            vault = Vault.load(self.path)
            if vault is not None and vault.has_users():
                raise ValidationError("office", SET_UP_ALREADY)
        self.open_new()
        try:
            with self.sessions.begin() as session:
                return init_hub(session, office, admin, password)
        except GatePostError:
            self.discard_unfinished()
            raise

    def _plain_from_before(self) -> bool:
        from app.db.at_rest import is_plain
        from app.db.vault import Vault

        return self.path is not None and is_plain(self.path) and Vault.load(self.path) is None

    def discard_unfinished(self) -> None:
        """A setup that failed leaves no file behind (one with accounts is never removed)."""
        self.close()
        if self.path is not None:
            from app.db.unlocking import discard_unfinished

            discard_unfinished(self.path)

    def close(self) -> None:
        if self._sessions is not None:
            self._sessions.kw["bind"].dispose()
            self._sessions = None


def _sqlite_file(url: str) -> Path | None:
    from sqlalchemy import make_url

    parsed = make_url(url)
    return Path(parsed.database) if parsed.get_backend_name() == "sqlite" and parsed.database else None


@contextmanager
def _plain_session(url: str) -> Iterator[Session]:
    """A hub's database opened without a key (PostgreSQL, or a plain file from before encryption)."""
    from app.db.engine import make_session_factory
    from app.db.migrate import open_database

    engine = open_database(url, hub=True)
    try:
        with make_session_factory(engine)() as session:
            yield session
    finally:
        engine.dispose()


def password_in_url(url: str | None) -> bool:
    """Whether a database URL carries a password (``user:secret@`` or ``?password=``)."""
    if not url:
        return False
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return False
    return bool(parsed.password) or "password" in parsed.query
