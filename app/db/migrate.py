"""Open a database, backing it up before alembic upgrades its schema.

Alembic is imported only when the schema is not at ``SCHEMA_HEAD``, which keeps the common
start-up fast; a test holds ``SCHEMA_HEAD`` equal to the migrations' single head.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any
import os
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from app import clock
from app.db.at_rest import (
    encrypt_in_place, export_connection, finish_conversion, is_encrypted, is_plain, make_private,
)
from app.db.engine import make_engine, sqlite_path
from app.errors import QT_TRANSLATE_NOOP, GatePostError
from app.paths import migrations_dir

SCHEMA_HEAD = "0010"


def schema_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(connection: Connection | None = None, url: str | None = None):
    from alembic.config import Config

    config = Config(stdout=io.StringIO())
    config.set_main_option("script_location", str(migrations_dir()))
    if url:
        config.set_main_option("sqlalchemy.url", url)
    config.attributes["connection"] = connection
    return config


def backup_sqlite(engine: Engine, reason: str) -> Path | None:
    """Copy the SQLite file consistently (``VACUUM INTO``) next to it, in ``backups/``."""
    source = sqlite_path(engine)
    if source is None or not source.exists():
        return None
    folder = source.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{source.stem}-{stamp}-{reason}.db"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{source.stem}-{stamp}-{reason}-{n}.db"
    if reason.startswith(AUTOMATIC):  # with this one, the newest AUTOMATIC_KEPT are kept
        prune_backups(folder, source.stem, AUTOMATIC_KEPT - 1)
    with engine.connect() as connection:
        if is_encrypted(connection):  # SQLCipher's VACUUM INTO cannot keep our page size
            export_connection(connection, target)
            return target
        connection.exec_driver_sql("VACUUM INTO ?", (str(target),))
    with open(target, "r+b") as copy:  # Windows flushes only files open for writing
        os.fsync(copy.fileno())
    return target


AUTOMATIC, AUTOMATIC_KEPT = "before-", 14
"""Backups GatePost takes on its own are named for what follows them ("before-upgrade-from-0004");
a manual backup ("manual") is the user's to delete."""


def prune_backups(folder: Path, stem: str, keep: int) -> list[Path]:
    """Remove all but the ``keep`` newest automatic backups of the database named ``stem``: newest
    by the time in the name, then by the number added to a name already taken."""
    found = []
    for path in folder.glob(f"{stem}-????????T??????Z-{AUTOMATIC}*.db"):
        taken = re.search(r"-([1-9]\d*)\.db$", path.name)  # "-0004.db" is a revision, "-2.db" not
        found.append((path.name[len(stem) + 1:][:16], int(taken[1]) if taken else 1,
                      path.stat().st_mtime_ns, path.name, path))
    old = [path for *_, path in sorted(found, reverse=True)[max(keep, 0):]]
    for path in old:
        path.unlink(missing_ok=True)
        path.with_name(path.name + "-journal").unlink(missing_ok=True)
    return old


def upgrade(engine: Engine) -> Path | None:
    """Bring the schema to the head; returns the backup made first, if any."""
    with engine.connect() as connection:
        current = schema_revision(connection)
    if current == SCHEMA_HEAD:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    if current is not None and current not in {s.revision for s in scripts.walk_revisions()}:
        raise GatePostError(QT_TRANSLATE_NOOP(
            "Errors", "This database was written by a newer GatePost; install that version."))
    backup = backup_sqlite(engine, f"before-upgrade-from-{current}") if current else None
    migrate(engine, lambda config: command.upgrade(config, "head"))
    return backup


def migrate(engine: Engine, step: Callable[[Any], None]) -> None:
    """Run an alembic ``step`` in one transaction.

    SQLite rebuilds a table to change it, which the foreign-key checks would refuse half way, so
    they are off during the step and the whole database is checked before it commits.
    """
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                step(alembic_config(connection))
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise GatePostError(QT_TRANSLATE_NOOP(
                        "Errors", "The schema upgrade would break links between records."))
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def open_database(url: str, *, hub: bool = False, key: bytes | None = None) -> Engine:
    """The database at ``url``, brought to the head, with its replica checked (``hub``: see
    ``make_engine``). With a ``key`` an SQLite file is encrypted, converted first if it is plain."""
    from app.db.replica import ensure_own_replica

    engine = make_engine(url, hub=hub, key=key)
    path = sqlite_path(engine)
    if key is not None and path is not None:
        finish_conversion(path)
        for plain in [path, *sorted((path.parent / "backups").glob("*.db"))]:
            if is_plain(plain):  # the database from before encryption, and its old backups
                encrypt_in_place(plain, key)
    upgrade(engine)
    ensure_own_replica(engine)
    if key is not None and path is not None:
        make_private(path.parent)
    return engine

