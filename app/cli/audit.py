"""``gatepost audit …``: whether the audit trail's hash chain holds, and its entries."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.cli import Cli

PROBLEMS = {
    "changed": QT_TRANSLATE_NOOP("Cli", "its contents were changed after it was written"),
    "link": QT_TRANSLATE_NOOP("Cli", "it does not follow the entry before it (an entry was removed, added or moved)"),
    "missing": QT_TRANSLATE_NOOP("Cli", "the entry with this number is missing"),
    "truncated": QT_TRANSLATE_NOOP("Cli", "the log ends before this entry, which it held before"),
    "rewritten": QT_TRANSLATE_NOOP("Cli", "this entry differs from the one recorded earlier"),
}


def cmd_audit_verify(cli: Cli) -> int:
    from app.services.audit_log import verify_audit

    verdict = cli.run(verify_audit)
    if verdict.holds:
        line = cli.tr(QT_TRANSLATE_NOOP("Cli", "The audit log holds: {n} entries, each chained to the one before.")
                      ).format(n=verdict.count)
    else:
        line = cli.tr(QT_TRANSLATE_NOOP("Cli", "The audit log is broken at entry {number}: {reason}.")).format(
            number=verdict.first_bad, reason=cli.tr(PROBLEMS[verdict.problem or "changed"]))
    cli.emit({"ok": verdict.holds, "entries": verdict.count, "first_bad": verdict.first_bad,
              "problem": verdict.problem, "head": verdict.head.hash, "message": line}, lambda: [line])
    return 0 if verdict.holds else 1


def cmd_audit_list(cli: Cli) -> int:
    from app.services.audit_log import list_audit

    rows = cli.run(lambda session, actor: list_audit(session, actor, cli.args.since))
    cli.emit(rows, lambda: [f"{r.number:>6}  {r.at}  {r.user or '-':<12} {r.action:<24} {r.entity}"
                            + (f" {r.entity_id}" if r.entity_id else "") for r in rows])
    return 0


def add_audit_commands(audit: Any, command: Callable[..., argparse.ArgumentParser], day: Any) -> None:
    """The ``audit`` sub-commands, added with ``command(parent, name, handler)``."""
    command(audit, "verify", cmd_audit_verify,
            help="check that no audit entry was changed, removed, added or moved (exit 1 if one was)")
    p = command(audit, "list", cmd_audit_list, help="the audit entries, oldest first")
    p.add_argument("--since", type=day, help="from this day (YYYY-MM-DD)")
