"""``gatepost hub …``: the street office's hub from the command line.

``hub init`` sets the office up with its administrator (password from ``GATEPOST_PASSWORD``); every
other command signs in with ``--user``/``GATEPOST_USER`` and ``GATEPOST_PASSWORD`` and runs as that
office account. The hub's file is encrypted like a gate's; a PostgreSQL hub (``--db-url`` or
``GATEPOST_DB_URL``) takes its credentials from libpq (``PGPASSWORD``, ``~/.pgpass``), never from
the command line, where every user of the computer can read them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli import _folder, _plain, _read, _write, import_files
from app.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.cli import Cli


def cmd_hub_init(cli: Cli) -> int:
    from app.services.hub import office_key

    password = cli.password(confirm=True)
    actor = cli.opener.set_up_hub(cli.args.office, cli.args.admin, password)  # nothing left if refused
    with cli.opener.sessions.begin() as session:
        key = office_key(session, actor)
    code = cli.opener.recovery_code
    lines = [key.fingerprint]
    if code:
        lines.append(cli.tr(QT_TRANSLATE_NOOP(
            "Cli", "Recovery code (write it down and keep it in the office's safe; it opens the database if "
                   "every password is forgotten, and is shown only once): {code}")).format(code=code))
    cli.emit({**_plain(key), "admin": actor.username, "recovery_code": code}, lambda: lines)
    return 0


def cmd_hub_keys_export(cli: Cli) -> int:
    from app.services.hub import office_key_file

    _write(cli.args.out, cli.run(office_key_file))
    cli.emit({"path": cli.args.out}, lambda: [cli.args.out])
    return 0


def cmd_hub_trust_site(cli: Cli) -> int:
    from app.services.hub import trust_site

    args = cli.args
    key = cli.run(lambda s, a: trust_site(s, a, Path(args.file), args.fingerprint, replace=args.replace))
    cli.emit(key, lambda: [f"{key.owner}  {key.fingerprint}"])
    return 0


def cmd_hub_revoke(cli: Cli) -> int:
    from app.services.hub import revoke

    key = cli.run(lambda s, a: revoke(s, a, cli.args.fingerprint))
    cli.emit(key, lambda: [f"{key.owner}  {key.fingerprint}"])
    return 0


def cmd_hub_import(cli: Cli) -> int:
    from app.services.hub import import_bundles

    return import_files(cli, import_bundles)


def cmd_hub_receipts(cli: Cli) -> int:
    from app.services.hub import write_receipts

    paths = cli.run(lambda s, a: write_receipts(s, a, _folder(cli.args.to)))
    cli.emit({"paths": paths}, lambda: paths)
    return 0


def cmd_hub_policy(cli: Cli) -> int:
    from app.services.hub import write_policies

    paths = cli.run(lambda s, a: write_policies(s, a, _folder(cli.args.to), cli.args.site))
    cli.emit({"paths": paths}, lambda: paths)
    return 0


def cmd_hub_set_policy(cli: Cli) -> int:
    from app.services.policy import set_policy

    cli.run(lambda s, a: set_policy(s, a, cli.args.key, cli.args.value))
    return 0


def cmd_hub_set_notice(cli: Cli) -> int:
    from app.services.notices import save_notice_text

    args = cli.args
    body = _read(args.body_file).decode("utf-8", errors="replace")
    cli.run(lambda s, a: save_notice_text(s, a, args.template, args.language, args.title, body))
    return 0


def cmd_hub_list_sites(cli: Cli) -> int:
    from app.services.hub import list_sites

    sites = cli.run(list_sites)
    line = cli.tr(QT_TRANSLATE_NOOP(
        "Cli", "{name}  {id}  checks {checks}  visits {visits}  returnees {returnees}  last bundle #{sequence}"))
    missing = cli.tr(QT_TRANSLATE_NOOP("Cli", "  missing bundles: {numbers}"))
    cli.emit(sites, lambda: [
        line.format(name=s.name, id=s.id, checks=s.checks, visits=s.visits, returnees=s.returnees,
                    sequence=s.last_sequence)
        + "".join(missing.format(numbers=", ".join(map(str, gap["missing"]))) for gap in s.gaps)
        for s in sites])
    return 0


def cmd_hub_gui(cli: Cli) -> int:
    """``gatepost hub`` without a sub-command: the window, which asks who signs in (or sets up a new hub)."""
    from app.paths import data_dir
    from app.ui.hub_main import run_hub

    return run_hub(data_dir(cli.args.data_dir), cli.database_url(), cli.language)


def add_hub_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """``hub`` and its sub-commands, each taking the global options and ``--db-url``."""
    from app.cli.accounts import add_user_commands
    from app.cli.database import cmd_db_recover

    hub_options = argparse.ArgumentParser(add_help=False)
    hub_options.add_argument("--db-url", default=argparse.SUPPRESS,
                             help="postgresql://USER@HOST/DATABASE, without the password: it comes from "
                                  "PGPASSWORD or ~/.pgpass (default: SQLite in the data folder)")
    hub = commands.add_parser("hub", parents=[common, hub_options], help="the street office's hub")
    hub.set_defaults(handler=cmd_hub_gui, sub=None)
    hub_commands = hub.add_subparsers(dest="sub")

    def command(parent: Any, name: str, handler: Callable[[Cli], int], **kw: Any) -> argparse.ArgumentParser:
        sub = parent.add_parser(name, parents=[common, hub_options], **kw)
        sub.set_defaults(handler=handler)
        return sub

    p = command(hub_commands, "init", cmd_hub_init,
                help="set up the street office's hub and its administrator (password from GATEPOST_PASSWORD)")
    p.add_argument("--office", required=True)
    p.add_argument("--admin", required=True, help="the office administrator's user name")
    user = hub_commands.add_parser("user", help="the office's accounts").add_subparsers(dest="user_sub", required=True)
    add_user_commands(user, command, office=True)
    p = command(hub_commands, "recover", cmd_db_recover,
                help="a new administrator password (from GATEPOST_NEW_PASSWORD) by the recovery code")
    p.add_argument("--recovery-code", required=True)
    p.add_argument("--admin", required=True, help="the administrator's user name")
    hub_keys = command(hub_commands, "keys", cmd_hub_keys_export).add_subparsers(dest="keys_sub", required=True)
    p = hub_keys.add_parser("export", parents=[common, hub_options])
    p.add_argument("--out", required=True)
    p = command(hub_commands, "trust-site", cmd_hub_trust_site, help="trust a compound's key file or bundle")
    p.add_argument("file")
    p.add_argument("--fingerprint", help="the fingerprint the compound reads out over the phone (required)")
    p.add_argument("--replace", action="store_true",
                   help="the compound has new keys: revoke its old key and trust this one")
    p = command(hub_commands, "revoke", cmd_hub_revoke, help="stop trusting a key")
    p.add_argument("fingerprint")
    p = command(hub_commands, "import", cmd_hub_import, help="import compounds' bundles")
    p.add_argument("files", nargs="+")
    p = command(hub_commands, "receipts", cmd_hub_receipts, help="write a receipt for every compound")
    p.add_argument("--to", required=True)
    p = command(hub_commands, "policy", cmd_hub_policy, help="write policy bundles")
    p.add_argument("--to", required=True)
    chosen = p.add_mutually_exclusive_group()
    chosen.add_argument("--site", help="one compound (id or name)")
    chosen.add_argument("--all", action="store_true", help="every compound (the default)")
    p = command(hub_commands, "set-policy", cmd_hub_set_policy, help="set a policy value sent to every compound")
    p.add_argument("key")
    p.add_argument("value")
    p = command(hub_commands, "set-notice", cmd_hub_set_notice,
                help="the office's wording of a notice, sent to every compound")
    p.add_argument("template")
    p.add_argument("language", choices=("zh_CN", "en", "ja", "ko"))
    p.add_argument("--title", required=True)
    p.add_argument("--body-file", required=True, help="a UTF-8 text file with the body")
    hub_list = command(hub_commands, "list", cmd_hub_list_sites).add_subparsers(dest="what", required=True)
    hub_list.add_parser("sites", parents=[common, hub_options])
