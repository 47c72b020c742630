"""``gatepost db …``: the database's health and its backups."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.cli import Cli


def database_file(cli: Cli) -> Path | None:
    """The SQLite file the command works on (None for PostgreSQL), found as ``Cli.sessions`` finds
    it, without opening it: the file may be what failed."""
    from sqlalchemy import make_url

    from app.paths import DB_FILE_NAME, HUB_FILE_NAME, data_dir

    url = getattr(cli.args, "db_url", None) or os.environ.get("GATEPOST_DB_URL")
    if not url:
        return data_dir(cli.args.data_dir) / (HUB_FILE_NAME if cli.hub else DB_FILE_NAME)
    parsed = make_url(url)
    return Path(parsed.database) if parsed.get_backend_name() == "sqlite" and parsed.database else None


def cmd_db_check(cli: Cli) -> int:
    from app.db.health import check_database

    problems = [m.render(cli.translate) for m in check_database(cli.sessions.kw["bind"])]
    cli.emit({"ok": not problems, "problems": problems},
             lambda: problems or [cli.tr(QT_TRANSLATE_NOOP("Cli", "The database is sound."))])
    return 1 if problems else 0


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
    command(db, "backup", cmd_db_backup,
            help="copy the database into backups/ (a committee head or an admin signs in)")
    recover = command(db, "recover", cmd_db_recover,
                      help="a new administrator password (from GATEPOST_NEW_PASSWORD) by the recovery code")
    recover.add_argument("--recovery-code", required=True)
    recover.add_argument("--admin", required=True, help="the administrator's user name")
