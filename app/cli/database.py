"""``gatepost db …``: the database's health and its backups."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import QT_TRANSLATE_NOOP, GatePostError

if TYPE_CHECKING:
    from app.cli import Cli


def database_file(cli: Cli) -> Path | None:
    """The SQLite file the command works on (None for PostgreSQL), found as ``Cli.sessions`` finds
    it, without opening it: the file may be what failed."""
    from sqlalchemy import make_url

    from app.paths import DB_FILE_NAME, HUB_FILE_NAME, data_dir

    try:
        url = cli.database_url()
    except GatePostError:  # a password on the command line: refused before any file was opened
        return None
    if not url:
        return data_dir(cli.args.data_dir) / (HUB_FILE_NAME if cli.hub else DB_FILE_NAME)
    parsed = make_url(url)
    return Path(parsed.database) if parsed.get_backend_name() == "sqlite" and parsed.database else None


def cmd_db_check(cli: Cli) -> int:
    """SQLite's checks and the program's. A damaged file makes the database read-only from now on,
    and the one line on stderr says how to restore it; never a traceback."""
    import sys

    from app.db.health import check_database, clear_damage, is_damage, mark_damaged, read_only_reason
    from app.errors import DAMAGED_FILE

    engine = cli.sessions.kw["bind"]
    found = check_database(engine)
    problems = [m.render(cli.translate) for m in found]
    damaged = is_damage(found)
    if damaged:
        mark_damaged(engine, "; ".join(m.render() for m in found)[:300])
    elif read_only_reason(engine) is not None:  # damage seen once, yet every page reads whole now
        clear_damage(engine)
    cli.emit({"ok": not problems, "problems": problems},
             lambda: [] if damaged else problems or [cli.tr(QT_TRANSLATE_NOOP("Cli", "The database is sound."))])
    if damaged:
        database = database_file(cli)
        folder = str(database.parent / "backups") if database else ""
        sys.stderr.write(cli.translate("Errors", DAMAGED_FILE, -1).format(folder=folder) + "\n")
    return 1 if problems else 0


def _key(cli: Cli, database: Path) -> bytes | None:
    """The database's key, unwrapped by the signing-in user's password from the key file beside
    it (the database itself is not opened); None for a file from before encryption."""
    from app import clock
    from app.db.unlocking import unlock
    from app.db.vault import vault_path

    if not vault_path(database).exists():
        return None
    return unlock(database, cli.username(), cli.password(), clock.now()).key


def _gate_file(cli: Cli) -> Path:
    from app.errors import ValidationError

    database = database_file(cli)
    if database is None:
        raise ValidationError("file", QT_TRANSLATE_NOOP("Errors", "Only an SQLite database can be backed up here."))
    return database


def cmd_db_backups(cli: Cli) -> int:
    """The backups, newest first, each checked with the database's key."""
    from app.services.backups import backups_of

    database = _gate_file(cli)
    found = backups_of(database, _key(cli, database))
    good, bad = cli.tr(QT_TRANSLATE_NOOP("Cli", "ok")), cli.tr(QT_TRANSLATE_NOOP("Cli", "DAMAGED"))
    cli.emit(found, lambda: [f"{b.time}  {b.reason:<26} {b.revision or '-':<5} {b.size:>12}  "
                             f"{good if b.ok else bad:<8} {b.path}" for b in found]
             or [cli.tr(QT_TRANSLATE_NOOP("Cli", "There are no backups in {folder}.")).format(
                 folder=database.parent / "backups")])
    return 0


def cmd_db_restore(cli: Cli) -> int:
    """A committee head or an administrator puts a backup in the database's place (which may be
    damaged or missing); the file that was there is kept in backups/."""
    from app.db.engine import make_engine
    from app.db.health import install
    from app.services.backups import restore_database

    database = _gate_file(cli)
    key = _key(cli, database)
    engine = make_engine(f"sqlite:///{database}", key=key)
    install(engine)
    try:
        done = restore_database(engine, Path(cli.args.file), cli.username(),
                                cli.password() if key is None else None)
    finally:
        engine.dispose()
    cli.emit(done, lambda: [cli.tr(QT_TRANSLATE_NOOP("Cli", "Restored {path}.")).format(path=done.path)] + (
        [cli.tr(QT_TRANSLATE_NOOP("Cli", "The database that was there is kept as {path}.")).format(
            path=done.set_aside)] if done.set_aside else []))
    return 0


def cmd_db_backup(cli: Cli) -> int:
    from app.services.backups import back_up_database

    path = cli.run(back_up_database)
    cli.emit({"path": str(path)}, lambda: [str(path)])
    return 0


def cmd_db_recover(cli: Cli) -> int:
    """The recovery code opens the database; the administrator gets a new password."""
    from app.services.auth import recover_admin

    password = cli.password(variable="GATEPOST_NEW_PASSWORD")
    with cli.sessions.begin() as session:
        user = recover_admin(session, cli.args.admin, password)
    cli.emit(user, lambda: [cli.tr(QT_TRANSLATE_NOOP(
        "Cli", "{name} has a new password; the account is enabled and unlocked.")).format(name=user.username)])
    return 0


def add_db_commands(db: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    """The ``db`` sub-commands, added to its sub-parsers with ``command(parent, name, handler)``."""
    command(db, "check", cmd_db_check, help="check the file and its schema")
    command(db, "backups", cmd_db_backups, help="list the backups, each checked (--json: path, time, revision, size, ok)")
    restore = command(db, "restore", cmd_db_restore,
                      help="put a backup in the database's place (a committee head or an admin signs in)")
    restore.add_argument("file", help="the backup, e.g. from gatepost db backups")
    command(db, "backup", cmd_db_backup,
            help="copy the database into backups/ (a committee head or an admin signs in)")
    recover = command(db, "recover", cmd_db_recover,
                      help="a new administrator password (from GATEPOST_NEW_PASSWORD) by the recovery code")
    recover.add_argument("--recovery-code", required=True)
    recover.add_argument("--admin", required=True, help="the administrator's user name")
