"""Open a database, upgrading its schema with alembic on a checked copy that is then swapped in.

SQLite through Python's driver runs schema changes outside any transaction, so an upgrade
stopped half way (a kill, a power cut, a failing step) would leave a half-changed schema that no
later start can finish. So an SQLite file is never upgraded in place: its backup is taken (or the
one a failed start took is reused), copied, the copy upgraded and checked, and the copy renamed
over the file. Stopped anywhere, the file is the old one, whole; the copy is removed at the next
start. PostgreSQL changes its schema inside the transaction.

Alembic is imported only when the schema is not at ``SCHEMA_HEAD``, which keeps the common
start-up fast; a test holds ``SCHEMA_HEAD`` equal to the migrations' single head.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, inspect, text

from app.db.at_rest import encrypt_in_place, finish_conversion, is_plain, make_private
from app.db.backup_files import (  # noqa: F401  (re-exported: the backups' home before app.db.backup_files)
    AUTOMATIC, AUTOMATIC_KEPT, backup_sqlite, copy_durably, inspect_file, prune_backups, reusable_backup,
)
from app.db.engine import key_of, make_engine, sqlite_path
from app.db.health import install as watch_health
from app.db.health import read_only_reason, refuse_missing
from app.errors import DAMAGED_FILE, QT_TRANSLATE_NOOP, DatabaseBusy, DatabaseDamaged, GatePostError
from app.paths import migrations_dir

SCHEMA_HEAD = "0011"
UPGRADING, RESTORING = ".upgrading", ".restoring"
"""The copy being upgraded and the backup being restored, beside the database until renamed over it."""
UPGRADE_FAILED = QT_TRANSLATE_NOOP(
    "Errors", "The database could not be upgraded ({detail}); it was left as it was. Its backup is {backup}.")
IN_USE = QT_TRANSLATE_NOOP(
    "Errors", "The database is open in another GatePost window or program; close it, then start again.")


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


def upgrade(engine: Engine) -> Path | None:
    """Bring the schema to the head; returns the backup it was taken from, if any."""
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

    def step(config: Any) -> None:
        command.upgrade(config, "head")

    path = sqlite_path(engine)
    if path is None or current is None:  # PostgreSQL, or a new file: nothing in it to lose
        migrate(engine, step)
        return None
    return _upgrade_a_copy(engine, path, current, step)


def _upgrade_a_copy(engine: Engine, path: Path, current: str, step: Callable[[Any], None]) -> Path:
    reason, key = f"before-upgrade-from-{current}", key_of(engine)
    with engine.connect() as connection:
        journal = str(connection.exec_driver_sql("PRAGMA journal_mode").scalar()).lower()
        if journal == "wal":  # the file alone is the database now: its time tells when it last changed
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    backup = reusable_backup(path, reason, key) or backup_sqlite(engine, reason)
    assert backup is not None
    work = path.with_name(path.name + UPGRADING)
    copy_durably(backup, work)
    upgraded = make_engine(f"sqlite:///{work}", hub=journal != "wal", key=key)
    try:
        migrate(upgraded, step)
        with upgraded.connect() as connection:
            checked = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
            revision = schema_revision(connection)
    except BaseException:
        upgraded.dispose()
        _remove(work)
        raise
    upgraded.dispose()
    if checked != ["ok"] or revision != SCHEMA_HEAD:
        _remove(work)
        raise GatePostError(UPGRADE_FAILED, detail="; ".join(checked[:2])[:200], backup=str(backup))
    engine.dispose()  # the last connection folds the log into the file and removes it
    if path.with_name(path.name + "-wal").exists():  # another program still has the file open
        _remove(work)
        raise DatabaseBusy(IN_USE)
    from app.db.backup_files import put_in_place

    put_in_place(work, path)
    return backup


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def remove_leftovers(database: Path) -> None:
    """Copies an upgrade or a restore that was stopped left beside the database, and backups
    stopped half written: the database itself is always the old one, whole."""
    from app.db.backup_files import remove_partials

    for suffix in (UPGRADING, RESTORING):
        _remove(database.with_name(database.name + suffix))
    remove_partials(database.parent / "backups")


def migrate(engine: Engine, step: Callable[[Any], None]) -> None:
    """Run an alembic ``step`` in one transaction.

    SQLite rebuilds a table to change it, which the foreign-key checks would refuse half way, so
    they are off during the step and the whole database is checked before it commits. Python's
    SQLite driver begins no transaction before a schema change: it is begun here, so that a step
    that fails is undone whole.
    """
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                if sqlite and not connection.connection.driver_connection.in_transaction:  # type: ignore[union-attr]
                    connection.exec_driver_sql("BEGIN")
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
    ``make_engine``). With a ``key`` an SQLite file is encrypted, converted first if it is plain.
    A file missing where the data folder shows it lived is reported (``DatabaseMissing``), never
    made anew; one found damaged before opens read-only (``app.db.health``)."""
    engine = make_engine(url, hub=hub, key=key)
    try:
        _open(engine, key)
    except BaseException:
        engine.dispose()  # a start that failed holds the file no longer (another start may swap it)
        raise
    return engine


def _open(engine: Engine, key: bytes | None) -> None:
    from app.db.replica import ensure_own_replica

    path = sqlite_path(engine)
    if path is not None:
        if key is not None:
            finish_conversion(path)
        refuse_missing(path)
        remove_leftovers(path)
    if key is not None and path is not None:
        for plain in [path, *sorted((path.parent / "backups").glob("*.db"))]:
            if is_plain(plain):  # the database from before encryption, and its old backups
                encrypt_in_place(plain, key)
    watch_health(engine)
    if read_only_reason(engine) is None:
        upgrade(engine)
        ensure_own_replica(engine)
    else:  # damaged: nothing is written to it, not even an upgrade
        with engine.connect() as connection:
            if schema_revision(connection) != SCHEMA_HEAD:
                raise DatabaseDamaged(DAMAGED_FILE, folder=str(path.parent / "backups") if path else "")
    if key is not None and path is not None:
        make_private(path.parent)

