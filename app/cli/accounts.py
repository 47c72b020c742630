"""``gatepost user …`` and ``gatepost hub user …``: accounts from the command line, through the same
services as the GUI. A street office's roles are ``staff`` and ``admin`` (``OFFICE_ROLES``).

A new password comes from ``GATEPOST_NEW_PASSWORD`` (or is asked twice at a terminal) and is
checked before anyone signs in, so a refused one leaves nothing written.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.cli import Cli
    from app.services.auth import UserView

NEW_PASSWORD = "GATEPOST_NEW_PASSWORD"
ROLES = ("guard", "head", "admin")
OFFICE_ROLE_NAMES = ("staff", "admin")


def _document(session: Any, actor: Any, view: UserView) -> dict[str, Any]:
    """An account as printed: ``locked_until`` in the compound's local time, with its offset."""
    from app.services.context import role_name
    from app.services.site_time import site_zone

    until = view.locked_until
    if until is not None:
        until = until.astimezone(site_zone(session, actor.site_id)).isoformat(timespec="minutes")
    return {"name": view.username, "display_name": view.display_name, "role": role_name(view.role, actor.office),
            "active": view.active, "locked_until": until}


def _line(cli: Cli, user: dict[str, Any]) -> str:
    from app.services.context import parse_role, role_label

    role = cli.translate("Role", role_label(parse_role(user["role"], cli.hub), cli.hub), -1)
    state = (cli.tr(QT_TRANSLATE_NOOP("Cli", "active")) if user["active"]
             else cli.tr(QT_TRANSLATE_NOOP("Cli", "disabled")))
    line = f"{user['name']}\t{role}\t{state}"
    if user["locked_until"]:
        line += "\t" + cli.tr(QT_TRANSLATE_NOOP("Cli", "locked until {until}")).format(
            until=user["locked_until"].replace("T", " ")[:16])
    return line


def _run(cli: Cli, service: Callable[..., Any], *args: Any) -> int:
    """Sign in, run ``service(session, actor, *args)`` and print the account it returns."""

    def work(session: Any, actor: Any) -> dict[str, Any]:
        return _document(session, actor, service(session, actor, *args))

    user = cli.run(work)
    cli.emit(user, lambda: [_line(cli, user)])
    return 0


def _new_password(cli: Cli) -> str:
    from app.domain.passwords import check_password

    password = cli.password(confirm=True, variable=NEW_PASSWORD)
    check_password(password)
    return password


def cmd_user_add(cli: Cli) -> int:
    from app.services.auth import add_user
    from app.services.context import parse_role

    args = cli.args
    password = _new_password(cli)
    return _run(cli, add_user, args.name, args.display_name or args.name, parse_role(args.role, cli.hub), password)


def cmd_user_passwd(cli: Cli) -> int:
    """An administrator's reset, or a user's own change (signed in with the current one)."""
    from app.services.auth import set_password

    password = _new_password(cli)
    return _run(cli, set_password, cli.args.name, password)


def cmd_user_disable(cli: Cli) -> int:
    from app.services.auth import disable_user

    return _run(cli, disable_user, cli.args.name)


def cmd_user_enable(cli: Cli) -> int:
    from app.services.auth import enable_user

    return _run(cli, enable_user, cli.args.name)


def cmd_user_unlock(cli: Cli) -> int:
    from app.services.auth import unlock_user

    return _run(cli, unlock_user, cli.args.name)


def cmd_user_role(cli: Cli) -> int:
    from app.services.auth import change_role
    from app.services.context import parse_role

    return _run(cli, change_role, cli.args.name, parse_role(cli.args.role, cli.hub))


def cmd_user_list(cli: Cli) -> int:
    from app.services.auth import list_users

    def work(session: Any, actor: Any) -> list[dict[str, Any]]:
        return [_document(session, actor, view) for view in list_users(session, actor)]

    users = cli.run(work)
    cli.emit(users, lambda: [_line(cli, user) for user in users])
    return 0


def add_user_commands(user: Any, command: Callable[..., argparse.ArgumentParser], office: bool = False) -> None:
    """The ``user`` sub-commands, added to its sub-parsers with ``command(parent, name, handler)``;
    ``office``: a street office's (``hub user``)."""
    roles = OFFICE_ROLE_NAMES if office else ROLES
    p = command(user, "add", cmd_user_add, help="add an account (password from GATEPOST_NEW_PASSWORD)")
    p.add_argument("name")
    p.add_argument("--role", choices=roles, default=roles[0])
    p.add_argument("--display-name")
    p = command(user, "passwd", cmd_user_passwd,
                help="set a password (from GATEPOST_NEW_PASSWORD): your own, or anyone's as an admin")
    p.add_argument("name")
    for name, handler, text in (("disable", cmd_user_disable, "stop an account from signing in"),
                                ("enable", cmd_user_enable, "let a disabled account sign in again"),
                                ("unlock", cmd_user_unlock, "lift a lockout after wrong passwords")):
        command(user, name, handler, help=text).add_argument("name")
    p = command(user, "role", cmd_user_role, help="change an account's role")
    p.add_argument("name")
    p.add_argument("role", choices=roles)
    command(user, "list", cmd_user_list, help="every account: name, role, active, locked until")
