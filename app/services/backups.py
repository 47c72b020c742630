"""A backup taken on request: by a committee head or an administrator, audited, owner-only."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.orm import Session

from app.db.engine import sqlite_path
from app.db.migrate import backup_sqlite
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.context import Actor, Role, audit, authorize

MANUAL = "manual"
_NOT_SQLITE = QT_TRANSLATE_NOOP("Errors", "Only an SQLite database can be backed up here.")


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
