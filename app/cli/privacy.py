"""``gatepost purge``, ``person erase|report``, ``wipe`` and ``hub wipe``: data has a lifetime."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.cli import Cli


def add_privacy_commands(commands: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    """The commands, added with ``command(parent, name, handler)``; ``hub wipe`` joins the
    ``hub`` sub-commands already added."""
    p = command(commands, "purge", cmd_purge,
                help="delete what is older than the retention period (retention_days), keeping day totals")
    p.add_argument("--dry-run", action="store_true", help="only count what would be deleted")

    person = commands.add_parser("person", help="one person's records: erase them, or print their copy")
    person_commands = person.add_subparsers(dest="sub", required=True)
    p = command(person_commands, "erase", cmd_person_erase,
                help="erase a resident or a visitor and all their records, for a reason (a committee head)")
    chosen = p.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--person", help="a resident: pass number, name or room")
    chosen.add_argument("--visit", type=_uuid, help="one of the visitor's visits (its id)")
    p.add_argument("--reason", required=True, help="why, e.g. the person's request; name no one")
    p = command(person_commands, "report", cmd_person_report,
                help="print everything held about a resident, in their language, for them")
    p.add_argument("--person", required=True, help="pass number, name or room")
    p.add_argument("--out", required=True)

    p = command(commands, "wipe", cmd_wipe,
                help="end of the epidemic: destroy the key, the database and its backups (an administrator)")
    p.add_argument("--confirm", required=True, metavar="SITE_NAME", help="the compound's name, typed out")

    hub = commands.choices["hub"]
    hub_commands = next(a for a in hub._actions if isinstance(a, argparse._SubParsersAction))
    for name, handler, text in (
            ("wipe", cmd_hub_wipe, "end of the epidemic: destroy the office's key, database and backups"),
            ("purge", cmd_hub_purge, "delete compounds' records older than hub_retention_days"),
            ("chains", cmd_hub_chains, "the office's own audit log, and each compound's as its bundles "
                                       "reported it: exit 1 if one was rewritten or cut short")):
        p = command(hub_commands, name, handler, help=text)
        p.add_argument("--db-url", default=argparse.SUPPRESS,
                       help="postgresql://USER@HOST/DATABASE (default: SQLite in the data folder)")
        if name == "wipe":
            p.add_argument("--confirm", required=True, metavar="OFFICE_NAME", help="the office's name, typed out")
        elif name == "purge":
            p.add_argument("--dry-run", action="store_true", help="only count what would be deleted")


KIND_LABELS = {
    "visits": QT_TRANSLATE_NOOP("Cli", "Visits"),
    "visitor_checks": QT_TRANSLATE_NOOP("Cli", "Visitors' temperature checks"),
    "resident_checks": QT_TRANSLATE_NOOP("Cli", "Residents' temperature checks"),
    "other_checks": QT_TRANSLATE_NOOP("Cli", "Other temperature checks (couriers, staff, others)"),
    "returnees": QT_TRANSLATE_NOOP("Cli", "Ended observations"),
    "follow_ups": QT_TRANSLATE_NOOP("Cli", "Follow-ups"),
    "observation_alerts": QT_TRANSLATE_NOOP("Cli", "Observation alerts"),
    "exit_attempts": QT_TRANSLATE_NOOP("Cli", "Attempted exits"),
    "household_outings": QT_TRANSLATE_NOOP("Cli", "Household outings"),
}


def cmd_purge(cli: Cli) -> int:
    from app.services.retention import KINDS, purge_expired

    with cli.sessions() as session:
        actor = cli.actor(session)
    report = purge_expired(cli.sessions, actor, dry_run=cli.args.dry_run, convert=True)
    heading = (QT_TRANSLATE_NOOP("Cli", "Would delete everything from before {day}:") if report.dry_run
               else QT_TRANSLATE_NOOP("Cli", "Deleted everything from before {day}:"))
    cli.emit({"dry_run": report.dry_run, "kept_from": report.kept_from, "counts": report.counts,
              "total": report.total},
             lambda: [cli.tr(heading).format(day=report.kept_from.isoformat())]
             + [f"  {cli.tr(KIND_LABELS[kind])}: {report.counts[kind]}" for kind in KINDS])
    return 0


def _uuid(text: str) -> Any:
    from app.cli import _uuid as parse

    return parse(text)


def cmd_person_erase(cli: Cli) -> int:
    from app.services.erasure import erase_person, erase_visitor

    args = cli.args
    if args.visit is not None:
        done = cli.run(lambda s, a: erase_visitor(s, a, args.visit, args.reason))
    else:
        done = cli.run(lambda s, a: erase_person(s, a, args.person, args.reason))
    line = cli.tr(QT_TRANSLATE_NOOP("Cli", "Erased, with {n} records about them; the audit log keeps only that "
                                           "it was done, and why.")).format(n=sum(done.counts.values()))
    cli.emit(done, lambda: [line])
    return 0


def cmd_person_report(cli: Cli) -> int:
    from app.cli import _write
    from app.services.person_report import person_report_pdf

    data, language = cli.run(lambda s, a: person_report_pdf(s, a, cli.args.person))
    path = _write(cli.args.out, data)
    cli.emit({"path": str(path), "bytes": len(data), "language": language}, lambda: [str(path)])
    return 0


def _wipe(cli: Cli) -> int:
    from app.services.wipe import confirm_wipe, wipe_files

    name = cli.run(lambda s, a: confirm_wipe(s, a, cli.args.confirm))
    gone = wipe_files(cli.sessions.kw["bind"])
    line = cli.tr(QT_TRANSLATE_NOOP("Cli", "{name} is wiped: its key was destroyed, then its database and "
                                           "backups ({n} files).")).format(name=name, n=len(gone))
    cli.emit({"wiped": name, "removed": gone}, lambda: [line])
    return 0


def cmd_wipe(cli: Cli) -> int:
    return _wipe(cli)


def cmd_hub_wipe(cli: Cli) -> int:
    return _wipe(cli)


def cmd_hub_purge(cli: Cli) -> int:
    from app.services.hub import trusted_sites
    from app.services.hub_retention import purge_office
    from app.services.retention import KINDS

    def work(session: Any, actor: Any) -> Any:
        sites = [key.owner_id for key in trusted_sites(session, None)]
        return purge_office(session, actor, sites, dry_run=cli.args.dry_run)

    reports = cli.run(work)
    counts = {kind: sum(r.counts[kind] for r in reports.values()) for kind in KINDS}
    cli.emit({"dry_run": cli.args.dry_run, "counts": counts,
              "compounds": {site: r.counts for site, r in reports.items()}},
             lambda: [f"  {cli.tr(KIND_LABELS[kind])}: {counts[kind]}" for kind in KINDS])
    return 0


CHAIN_PROBLEMS = {
    "rewritten": QT_TRANSLATE_NOOP("Cli", "its past entries were written again"),
    "truncated": QT_TRANSLATE_NOOP("Cli", "its log is shorter than it was"),
    "unconfirmed": QT_TRANSLATE_NOOP("Cli", "it no longer vouches for a head it sent before"),
}


def cmd_hub_chains(cli: Cli) -> int:
    from app.cli.audit import PROBLEMS
    from app.services.audit_heads import compound_chains
    from app.services.audit_log import verify_audit

    own, chains = cli.run(lambda s, a: (verify_audit(s, a), compound_chains(s, a)))
    if own.holds:
        lines = [cli.tr(QT_TRANSLATE_NOOP("Cli", "The audit log holds: {n} entries, each chained to the one before.")
                        ).format(n=own.count)]
    else:
        lines = [cli.tr(QT_TRANSLATE_NOOP("Cli", "The audit log is broken at entry {number}: {reason}.")).format(
            number=own.first_bad, reason=cli.tr(PROBLEMS[own.problem or "changed"]))]
    ok = cli.tr(QT_TRANSLATE_NOOP("Cli", "{site} (computer {computer}): {n} entries, the chain holds"))
    bad = cli.tr(QT_TRANSLATE_NOOP("Cli", "{site} (computer {computer}): BROKEN in bundle {bundle}: {reason}"))
    for chain in chains:
        values = dict(site=chain.site, computer=chain.computer, n=chain.entries, bundle=chain.bundle)
        lines.append(bad.format(**values, reason=cli.tr(CHAIN_PROBLEMS[chain.problem])) if chain.problem
                     else ok.format(**values))
    broken = not own.holds or any(chain.problem for chain in chains)
    cli.emit({"ok": not broken, "own": {"ok": own.holds, "entries": own.count, "first_bad": own.first_bad,
                                        "problem": own.problem}, "compounds": chains}, lambda: lines)
    return 1 if broken else 0
