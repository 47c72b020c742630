"""Backups on request, their list, and the restore: by a committee head or an administrator.

A restore works even when the database cannot be opened (damaged, or missing): the backup is
checked with the database's own key, copied beside the database and checked again, and the
person restoring must be a committee head or an administrator in it; the database there now is
kept in ``backups/`` (named ``damaged`` when it was), and the copy takes its place in one rename.
The restored file gets a new replica id when it is opened (``app.db.replica``), and is upgraded
if it is older.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.db.at_rest import open_file
from app.db.backup_files import (
    BackupFile, copy_durably, inspect_file, list_backup_files, put_in_place, set_aside,
)
from app.db.engine import key_of, sqlite_path
from app.db.health import clear_damage, closed, read_only_reason, watch
from app.db.migrate import RESTORING, SCHEMA_HEAD, backup_sqlite, upgrade
from app.errors import QT_TRANSLATE_NOOP, AuthenticationFailed, GatePostError, Message, PermissionDenied, ValidationError
from app.services.context import Actor, Role, audit, authorize, role_label

MANUAL = "manual"
_NOT_SQLITE = QT_TRANSLATE_NOOP("Errors", "Only an SQLite database can be backed up here.")
NO_FILE = QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist.")
NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    "Errors", "{path} cannot be restored: it is damaged, or it is not a backup of this compound's database "
              "({detail}). Choose another backup.")
NEWER = QT_TRANSLATE_NOOP("Errors", "This backup was written by a newer GatePost; install that version.")
NOT_HEAD = QT_TRANSLATE_NOOP(
    "Errors", "Only a committee head or an administrator in the backup can restore it; {name} is not one there.")


def back_up_database(session: Session, actor: Actor) -> Path:
    """A consistent copy of the database in ``backups/`` beside it; kept until someone deletes it."""
    authorize(session, actor, Role.HEAD)
    engine = session.get_bind()
    source = sqlite_path(engine)
    if source is None:
        raise ValidationError("file", _NOT_SQLITE)
    folder = source.parent / "backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    _private(folder, 0o700)  # before the copy exists: it is never readable by others, even briefly
    path = backup_sqlite(engine, MANUAL)
    if path is None:
        raise ValidationError("file", _NOT_SQLITE)
    _private(path, 0o600)
    audit(session, "database.backup", "database", None, file=path.name)
    return path


def _private(path: Path, mode: int) -> None:
    if os.name == "posix":
        path.chmod(mode)


# --- the list --------------------------------------------------------------------------------


def backups_of(database: Path, key: bytes | None) -> list[BackupFile]:
    """The backups of the database at ``database``, newest first, each checked with its ``key``
    (the database itself is not opened: it may be what is damaged)."""
    return list_backup_files(database, key)


def list_backups(sessions: sessionmaker[Session], actor: Actor) -> list[BackupFile]:
    """The open database's backups, for a committee head or an administrator."""
    _require_head(actor)
    engine = sessions.kw["bind"]
    database = sqlite_path(engine)
    return [] if database is None else backups_of(database, key_of(engine))


def _require_head(actor: Actor) -> None:
    if actor.role < Role.HEAD:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "This needs the role {role}; you are signed in as {mine}."),
            role=Message(role_label(Role.HEAD, actor.office), context="Role"),
            mine=Message(role_label(actor.role, actor.office), context="Role"))


# --- read-only once damaged ------------------------------------------------------------------


def damage_state(sessions: sessionmaker[Session], actor: Actor) -> str | None:
    """Why the database only reads now (it was found damaged), or None when it is writable."""
    return read_only_reason(sessions.kw["bind"])


def watch_damage(sessions: sessionmaker[Session], actor: Actor,
                 callback: Callable[[str | None], None]) -> Callable[[], None]:
    """``callback(reason)`` whenever the database turns read-only (None: writable again), from
    whichever thread found it; returns the function that stops watching."""
    return watch(sessions.kw["bind"], callback)


# --- the restore -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    path: str
    """The backup that was restored."""
    revision: str
    set_aside: str | None
    """Where the database that was there is kept (None: there was none)."""


def restore_backup(sessions: sessionmaker[Session], actor: Actor, backup: Path) -> Restored:
    """Restore ``backup`` over the open database, for the signed-in ``actor`` (the window's way)."""
    _require_head(actor)
    return restore_database(sessions.kw["bind"], backup, actor.username)


def restore_database(engine: Engine, backup: Path, username: str, password: str | None = None) -> Restored:
    """Put ``backup`` in the place of the SQLite database behind ``engine`` (which need not
    exist or open). ``username`` must be a committee head or an administrator in the backup;
    ``password`` is checked there too when given (a plain database: an encrypted one's key was
    already unwrapped with it)."""
    database = sqlite_path(engine)
    if database is None:
        raise ValidationError("file", _NOT_SQLITE)
    key = key_of(engine)
    if not backup.is_file():
        raise ValidationError("file", NO_FILE, path=str(backup))
    if backup.resolve() == database.resolve():
        raise ValidationError("file", NOT_A_BACKUP, path=str(backup), detail=database.name)
    state = inspect_file(backup, key)
    _usable(backup, state)
    work = database.with_name(database.name + RESTORING)
    try:
        copy_durably(backup, work)
        _usable(backup, inspect_file(work, key))  # what was copied is what was checked
        user_id = _restorer(work, key, username, password)
        damaged = read_only_reason(engine) is not None or (
            database.exists() and not inspect_file(database, key, thorough=False).ok)
        with closed(engine):
            aside = set_aside(database, "damaged" if damaged else "replaced")
            put_in_place(work, database)
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            work.with_name(work.name + suffix).unlink(missing_ok=True)
    clear_damage(engine)
    from app.db.replica import ensure_own_replica

    upgrade(engine)
    ensure_own_replica(engine)  # a restored file is a new replica: its old numbers are out in the world
    from app.db.engine import make_session_factory

    with make_session_factory(engine).begin() as session:  # stamped like every write
        session.info["actor_id"] = user_id
        audit(session, "database.restore", "database", None, file=backup.name,
              set_aside=aside.name if aside else None)
    return Restored(str(backup), state.revision or "", str(aside) if aside else None)


def _usable(backup: Path, state) -> None:
    if not state.ok:
        raise ValidationError("file", NOT_A_BACKUP, path=str(backup), detail=state.detail or "-")
    if state.revision is not None and state.revision > SCHEMA_HEAD:
        raise GatePostError(NEWER)


def _restorer(copy: Path, key: bytes | None, username: str, password: str | None) -> uuid.UUID:
    """The id of ``username`` in the copy, a committee head or an administrator there."""
    connection = open_file(copy, key)
    try:
        row = connection.execute("SELECT id, role, active, password_hash FROM users "
                                 "WHERE username = ? AND deleted = 0", (username.strip(),)).fetchone()
    finally:
        connection.close()
    if password is not None:
        from argon2 import PasswordHasher
        from argon2.exceptions import InvalidHashError, VerificationError

        from app.domain.passwords import WRONG_PASSWORD

        try:
            PasswordHasher().verify(row[3] if row else "", password)
        except (InvalidHashError, VerificationError):
            raise AuthenticationFailed(WRONG_PASSWORD) from None
    if row is None or not row[2] or row[1] not in ("head", "admin"):
        raise PermissionDenied(NOT_HEAD, name=username.strip()[:64])
    return uuid.UUID(hex=str(row[0]))
