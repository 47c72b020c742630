"""The end of the epidemic: a compound (or the street office) wipes everything it recorded.

An administrator types the compound's name to confirm. The key slots go first, overwritten and
removed: from that moment the database and every backup (all encrypted with that key) are
unreadable, even as copies taken earlier. Then the database, its log, its backups, its marker
and the program's temporary files are deleted. A PostgreSQL hub has its tables dropped.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from app.db.engine import sqlite_path
from app.db.vault import vault_path
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models import Base, Site
from app.services.context import Actor, Role, audit, authorize

BESIDE = ("-wal", "-shm", "-journal", ".replica", ".encrypting", ".plain")
"""Files that live beside a database, by the suffix added to its name."""


def confirm_wipe(session: Session, actor: Actor, typed: str) -> str:
    """Check the administrator typed the compound's (or office's) name; audit the wipe."""
    authorize(session, actor, Role.ADMIN)
    name = session.scalars(select(Site.name).where(Site.id == actor.site_id)).one()
    if typed.strip() != name:
        raise ValidationError("confirm", QT_TRANSLATE_NOOP(
            "Errors", "To wipe, type the name exactly as it is set up here; nothing was deleted."))
    audit(session, "site.wipe", "site", actor.site_id)
    return name


def wipe_files(engine: Engine) -> list[str]:
    """Delete the database behind ``engine``, key slots first; the names of what went."""
    path = sqlite_path(engine)
    engine.dispose()
    if path is None:
        return _drop_tables(engine)
    gone = []
    for keys in (vault_path(path), vault_path(path).with_name(vault_path(path).name + ".tmp")):
        if keys.exists():
            _overwrite(keys)
            keys.unlink()
            gone.append(keys.name)
    for file in [path, *(path.with_name(path.name + suffix) for suffix in BESIDE)]:
        if file.exists():
            _overwrite(file)
            file.unlink()
            gone.append(file.name)
    backups = path.parent / "backups"
    if backups.is_dir():
        for file in sorted(backups.glob(f"{path.stem}-*")):
            file.unlink()
            gone.append(f"backups/{file.name}")
        if not any(backups.iterdir()):
            backups.rmdir()
    temp = path.parent / "tmp"
    if temp.is_dir():
        for folder in temp.iterdir():
            if folder.name != str(os.getpid()):
                shutil.rmtree(folder, ignore_errors=True)
    return gone


def _overwrite(path: Path) -> None:
    """Random bytes over the file before it is removed: its blocks no longer hold the old data."""
    size = path.stat().st_size
    with open(path, "r+b") as file:
        chunk = 1 << 20
        for _ in range(0, size, chunk):
            file.write(os.urandom(min(chunk, size - file.tell())))
        file.flush()
        os.fsync(file.fileno())


def _drop_tables(engine: Engine) -> list[str]:
    """A PostgreSQL hub: every table dropped (PostgreSQL reclaims the space itself)."""
    from app.models.base import use_postgresql_conditions

    use_postgresql_conditions(Base.metadata)
    with engine.begin() as connection:
        names = [t.name for t in Base.metadata.sorted_tables]
        Base.metadata.drop_all(connection)
        connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    return names


def wipe_database(sessions: Any, actor: Actor, typed: str) -> list[str]:
    """``confirm_wipe`` in its own transaction, then ``wipe_files``: the window's one call."""
    with sessions.begin() as session:
        confirm_wipe(session, actor, typed)
    return wipe_files(sessions.kw["bind"])
