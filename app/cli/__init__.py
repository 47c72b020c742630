"""The ``gatepost`` command: the same services as the GUI, for scripts and checks.

Exit codes: 0 done; 1 input rejected (one line on stderr naming the field, nothing written) or
any other failure (one line saying what to do: ``app.cli.failures``); 2 usage error. ``--json`` prints one JSON document on stdout. Personal numbers are masked.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session, sessionmaker

from app.errors import (
    QT_TRANSLATE_NOOP, GatePostError, Translate, ValidationError, column_label, record_label, untranslated,
)

if TYPE_CHECKING:
    from app.services.context import Actor
    from app.services.opening import Opener

EXIT_REJECTED = 1
EXIT_USAGE = 2
PASSWORD_IN_ARGUMENTS = QT_TRANSLATE_NOOP(
    "Errors", "Leave the password out of --db-url: every user of this computer can read a command's "
              "arguments. Give it in PGPASSWORD or in the password file ~/.pgpass instead.")


class Cli:
    """What every command needs: the database, the signed-in actor, output and messages."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.translate: Translate = untranslated
        self.language = "zh_CN"
        self.hub = args.command == "hub"
        self._opener: Opener | None = None

    def database_url(self) -> str | None:
        """A hub's PostgreSQL database (``--db-url`` or ``GATEPOST_DB_URL``); None: the data folder's
        file. A password on the command line is refused: every user of the computer can read it."""
        if not self.hub:
            return None
        from app.services.opening import password_in_url

        given = getattr(self.args, "db_url", None)
        if password_in_url(given):
            raise GatePostError(PASSWORD_IN_ARGUMENTS)
        return given or os.environ.get("GATEPOST_DB_URL") or None

    @property
    def opener(self) -> Opener:
        """The database this command works on (``app.services.opening``), not opened yet."""
        if self._opener is None:
            from app.paths import data_dir, use_private_temp
            from app.services.opening import Opener

            url = self.database_url()
            folder = data_dir(self.args.data_dir)
            use_private_temp(folder)
            self._opener = Opener.in_folder(folder, hub=self.hub, url=url)
        return self._opener

    @property
    def recovery_code(self) -> str | None:
        return self.opener.recovery_code

    @property
    def sessions(self) -> sessionmaker[Session]:
        """The database, opened: an encrypted file by the signing-in user's password (a new key
        for ``init``, the recovery code for ``recover``)."""
        opener = self.opener
        if not opener.is_open:
            if self.args.command == "init":
                opener.open_new()
            elif getattr(self.args, "sub", None) == "recover":
                opener.open_recovery(self.args.recovery_code)
            else:
                from app.db.health import refuse_missing

                refuse_missing(opener.path)  # gone where it lived: never made anew
                opener.open(self.username(), self.password())
                if opener.recovery_code:  # a file from before encryption, converted just now
                    print(self.tr(QT_TRANSLATE_NOOP(
                        "Cli", "The database is now encrypted. Recovery code (write it down and keep it in "
                               "the committee's safe; it is shown only once): {code}")).format(
                        code=opener.recovery_code), file=sys.stderr)
        return opener.sessions

    def discard_unfinished(self) -> None:
        """A failed ``init`` leaves no database behind."""
        self.opener.discard_unfinished()

    def username(self) -> str:
        username = self.args.user or os.environ.get("GATEPOST_USER")
        if not username:
            raise ValidationError(
                "username", QT_TRANSLATE_NOOP("Errors", "Give --user NAME (or set GATEPOST_USER).")
            )
        return username

    def tr(self, text: str, n: int = -1) -> str:
        return self.translate("Cli", text, n)

    def password(self, confirm: bool = False, variable: str = "GATEPOST_PASSWORD") -> str:
        """The password from ``variable``, else asked for at the terminal."""
        password = os.environ.get(variable)
        if password is not None:
            return password
        if not sys.stdin.isatty():
            raise ValidationError(
                "password",
                QT_TRANSLATE_NOOP("Errors", "Set GATEPOST_PASSWORD or run in a terminal."),
            )
        password = getpass.getpass(self.tr(QT_TRANSLATE_NOOP("Cli", "Password: ")))
        if confirm and getpass.getpass(self.tr(QT_TRANSLATE_NOOP("Cli", "Again: "))) != password:
            raise ValidationError(
                "password", QT_TRANSLATE_NOOP("Errors", "The two passwords differ.")
            )
        return password

    def actor(self, session: Session) -> Actor:
        """The signing-in user (a street office's account for ``hub`` commands)."""
        return self.opener.actor(session, self.username(), self.password())

    def run(self, work: Callable[[Session, Any], Any]) -> Any:
        """Sign in and run ``work(session, actor)`` in one transaction."""
        with self.sessions.begin() as session:
            return work(session, self.actor(session))

    def emit(self, document: Any, lines: Callable[[], Sequence[str]]) -> None:
        if self.args.json:
            json.dump(_plain(document), sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            for line in lines():
                print(line)


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        value = asdict(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("use YYYY-MM-DD") from None


def _uuid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError("not a record id") from None


# --- commands -------------------------------------------------------------------------------


def cmd_init(cli: Cli) -> int:
    from app.services.setup import init_site, site_view

    args = cli.args
    gates = args.gate or [cli.tr(QT_TRANSLATE_NOOP("Cli", "Main gate"))]
    password = cli.password(confirm=True)
    try:
        with cli.sessions.begin() as session:
            admin = init_site(session, site_name=args.site, committee=args.committee,
                              admin_username=args.admin, admin_password=password, gates=gates)
            view = site_view(session, admin.site_id)
    except GatePostError:
        cli.discard_unfinished()
        raise
    cli.emit({**_plain(view), "recovery_code": cli.recovery_code}, lambda: [
        cli.tr(QT_TRANSLATE_NOOP("Cli", "Compound {name} is ready.")).format(name=view.name),
        cli.tr(QT_TRANSLATE_NOOP(
            "Cli", "Recovery code (write it down and keep it in the committee's safe; it opens the "
                   "database if every password is forgotten, and is shown only once): {code}")).format(
            code=cli.recovery_code)])
    return 0


def cmd_residents_import(cli: Cli) -> int:
    from app.services.residents import import_residents

    from app.services.csv_input import read_file

    data = read_file(cli.args.file)
    report = cli.run(lambda s, a: import_residents(s, a, data, dry_run=cli.args.dry_run))
    problems = [
        {"line": p.line, "messages": [m.render(cli.translate) for m in p.messages]}
        for p in report.errors
    ]
    warnings = [
        {"line": p.line, "messages": [m.render(cli.translate) for m in p.messages]}
        for p in report.warnings
    ]
    document = {"rows": report.rows, "created": report.created, "updated": report.updated,
                "dry_run": report.dry_run, "errors": problems, "warnings": warnings}

    def lines() -> list[str]:
        out = [cli.tr(QT_TRANSLATE_NOOP("Cli", "line {line}: {message}")).format(line=p["line"], message=m)
               for p in problems + warnings for m in p["messages"]]
        out.append(cli.tr(QT_TRANSLATE_NOOP(
            "Cli", "{rows} rows read, {created} added, {updated} updated, {bad} with errors."
        )).format(rows=report.rows, created=report.created, updated=report.updated,
                  bad=len(problems)))
        return out

    cli.emit(document, lines)
    if not report.errors:
        return 0
    sys.stderr.write(cli.tr(QT_TRANSLATE_NOOP(
        "Cli", "Nothing was imported: fix the rows listed and import again.")) + "\n")
    return EXIT_REJECTED


def _gate(session: Session, actor: Any, name: str | None) -> uuid.UUID | None:
    from app.services.checks import gate_id_by_name

    return gate_id_by_name(session, actor.site_id, name) if name else None


def _check_lines(cli: Cli, check: Any) -> list[str]:
    line = f"{check.id}  {check.subject_name}  {check.reading} °C"
    if check.is_fever:
        line += "  " + cli.tr(QT_TRANSLATE_NOOP("Cli", "FEVER: wait for a second reading"))
    return [line]


def cmd_check_add(cli: Cli) -> int:
    from app.services.checks import CheckForm, record_check
    from app.services.lookup import find_resident

    args = cli.args

    def work(session: Session, actor: Any) -> Any:
        resident = args.kind == "resident" and args.person is not None
        person_id = find_resident(session, actor, args.person) if resident else None
        form = CheckForm(reading=args.temp, subject_kind=args.kind, person_id=person_id,
                         subject_label=args.label or "", method=args.method,
                         gate_id=_gate(session, actor, args.gate))
        return record_check(session, actor, form)

    check = cli.run(work)
    cli.emit(check, lambda: _check_lines(cli, check))
    return 0


def cmd_check_recheck(cli: Cli) -> int:
    from app.services.checks import record_recheck

    check = cli.run(lambda s, a: record_recheck(s, a, cli.args.check_id, cli.args.temp))
    cli.emit(check, lambda: _check_lines(cli, check))
    return 0


def cmd_check_outcome(cli: Cli) -> int:
    from app.domain.temperature import OUTCOME_LABELS, FeverOutcome
    from app.services.checks import close_fever_hold

    check = cli.run(lambda s, a: close_fever_hold(s, a, cli.args.check_id, cli.args.outcome))
    cli.emit(check, lambda: [f"{check.id}  {cli.translate('FeverOutcome', OUTCOME_LABELS[FeverOutcome(check.outcome)], -1)}"])
    return 0


def _visit_lines(visit: Any) -> list[str]:
    return [f"{visit.id}  {visit.name}  {visit.masked_id}  {visit.host}  {visit.reading} °C"]


def cmd_visitor_add(cli: Cli) -> int:
    from app.services.visitors import VisitorForm, register_visitor

    args = cli.args

    def work(session: Session, actor: Any) -> Any:
        form = VisitorForm(
            name=args.name, id_type=args.id_type, id_number=args.id_number, phone=args.phone,
            host=args.host, purpose=args.purpose, temperature=args.temp, plate=args.plate or "",
            companions=str(args.companions), origin=args.origin or "", method=args.method,
            admitted=not args.refuse, refusal_reason=args.refuse or "",
            issue_pass=args.issue_pass, gate_id=_gate(session, actor, args.gate),
        )
        return register_visitor(session, actor, form)

    visit = cli.run(work)
    cli.emit(visit, lambda: _visit_lines(visit))
    return 0


def cmd_visitor_out(cli: Cli) -> int:
    from app.services.visitors import sign_out_visitor

    visit = cli.run(lambda s, a: sign_out_visitor(s, a, cli.args.visit_id))
    cli.emit(visit, lambda: _visit_lines(visit))
    return 0


def _day(session: Session, actor: Any, chosen: date | None) -> date:
    from app.services.site_time import local_today, site_zone

    return chosen or local_today(site_zone(session, actor.site_id))


def cmd_list(cli: Cli) -> int:
    from app.services.checks import list_checks
    from app.services.residents import list_residents
    from app.services.visitors import list_visits

    what, chosen = cli.args.what, cli.args.date

    def work(session: Session, actor: Any) -> list[Any]:
        if what == "residents":
            return list_residents(session, actor)
        if what == "checks":
            return list_checks(session, actor, _day(session, actor, chosen))
        return list_visits(session, actor, _day(session, actor, chosen))

    rows = cli.run(work)

    def lines() -> list[str]:
        if what == "residents":
            return [f"{p.pass_no:>8}  {p.room:<10}  {p.name}  {p.masked_id}" for p in rows]
        if what == "checks":
            return [line for check in rows for line in _check_lines(cli, check)]
        return [line for visit in rows for line in _visit_lines(visit)]

    cli.emit(rows, lines)
    return 0


def _returnee_line(cli: Cli, r: Any) -> str:
    from app.domain.observation import OUTCOME_LABELS, ObservationOutcome

    ended = ("  " + cli.translate("ObservationOutcome", OUTCOME_LABELS[ObservationOutcome(r.outcome)], -1)
             if r.outcome else "")
    return f"{r.id}  {r.name}  {r.room}  {r.origin}  {r.day}/{r.of}{ended}"


def cmd_returnee_add(cli: Cli) -> int:
    from app.services.lookup import find_resident
    from app.services.returnees import ReturneeForm, add_returnee

    args = cli.args

    def work(session: Session, actor: Any) -> Any:
        form = ReturneeForm(person_id=find_resident(session, actor, args.person), origin=args.origin,
                            arrived_on=args.arrived, kind=args.kind, days=args.days,
                            transport=args.transport, transport_no=args.transport_no or "")
        return add_returnee(session, actor, form)

    returnee = cli.run(work)
    cli.emit(returnee, lambda: [_returnee_line(cli, returnee)])
    return 0


def cmd_returnee_list(cli: Cli) -> int:
    from app.services.returnees import list_returnees

    rows = cli.run(lambda s, a: list_returnees(s, a, cli.args.status))
    cli.emit(rows, lambda: [_returnee_line(cli, r) for r in rows])
    return 0


def cmd_returnee_follow_up(cli: Cli) -> int:
    from app.domain.observation import STATUS_LABELS, FollowUpStatus
    from app.services.returnees import record_follow_up

    args = cli.args
    done = cli.run(lambda s, a: record_follow_up(s, a, args.returnee_id, args.slot, args.temp,
                                                 args.symptom or [], args.status))
    status = cli.translate("FollowUpStatus", STATUS_LABELS[FollowUpStatus(done.status)], -1)
    cli.emit(done, lambda: [f"{done.day} {done.slot} {status} {done.reading}"
                            + ("  " + cli.tr(QT_TRANSLATE_NOOP("Cli", "ALERT raised")) if done.alert_raised else "")])
    return 0


def cmd_returnee_release(cli: Cli) -> int:
    from app.services.returnees import end_observation

    returnee = cli.run(lambda s, a: end_observation(s, a, cli.args.returnee_id, cli.args.outcome))
    cli.emit(returnee, lambda: [_returnee_line(cli, returnee)])
    return 0


def cmd_watchlist_import(cli: Cli) -> int:
    from app.services.csv_input import read_file
    from app.services.watchlist import import_watchlist

    data = read_file(cli.args.file)
    report = cli.run(lambda s, a: import_watchlist(s, a, data, dry_run=cli.args.dry_run))
    problems = [{"line": line, "message": error.render(cli.translate)} for line, error in report.errors]
    document = {"rows": report.rows, "added": report.added, "updated": report.updated,
                "dry_run": report.dry_run, "errors": problems}
    cli.emit(document, lambda: [
        cli.tr(QT_TRANSLATE_NOOP("Cli", "line {line}: {message}")).format(**p) for p in problems
    ] + [cli.tr(QT_TRANSLATE_NOOP("Cli", "{rows} rows read, {added} added, {updated} updated.")).format(
        rows=report.rows, added=report.added, updated=report.updated)])
    return EXIT_REJECTED if report.errors else 0


def cmd_watchlist_list(cli: Cli) -> int:
    from app.services.watchlist import list_watchlist

    rows = cli.run(list_watchlist)
    cli.emit(rows, lambda: [f"{w.kind:<6} {w.prefix:<6} {w.label}  {w.valid_from}–{w.valid_until or ''}"
                            for w in rows])
    return 0


def cmd_policy_set(cli: Cli) -> int:
    from app.services.policy import set_policy

    policy = cli.run(lambda s, a: set_policy(s, a, cli.args.key, cli.args.value))
    cli.emit(policy, lambda: [f"{k} = {v}" for k, v in vars(policy).items()])
    return 0


def cmd_policy_show(cli: Cli) -> int:
    from app.services.policy import load_policy

    policy = cli.run(lambda s, a: load_policy(s, a.site_id))
    cli.emit(policy, lambda: [f"{k} = {v}" for k, v in vars(policy).items()])
    return 0


def cmd_demo_data(cli: Cli) -> int:
    from app.services.demo import generate_demo_data

    args = cli.args
    with cli.sessions() as session:
        actor = cli.actor(session)
    summary = generate_demo_data(cli.sessions, actor, residents=args.residents, days=args.days,
                                 seed=args.seed)
    cli.emit(summary, lambda: [cli.tr(QT_TRANSLATE_NOOP(
        "Cli", "{residents} residents, {checks} checks, {visits} visits added."
    )).format(residents=summary.residents, checks=summary.checks, visits=summary.visits)])
    return 0


def _write_pdf(cli: Cli, data: bytes) -> int:
    path = _write(cli.args.out, data)
    cli.emit({"path": str(path), "bytes": len(data)}, lambda: [str(path)])
    return 0


def cmd_report(cli: Cli) -> int:
    from app.services.reports import report_pdf

    args = cli.args
    return _write_pdf(cli, cli.run(lambda session, actor: report_pdf(
        session, actor, args.kind, _day(session, actor, args.date), cli.language, cli.translate)))


def cmd_notice(cli: Cli) -> int:
    from app.services.notices import notice_pdf, notice_templates

    args = cli.args
    if args.list:
        templates = cli.run(lambda session, actor: notice_templates(session, actor, cli.language))
        cli.emit(templates, lambda: [f"{t.name:<20} {t.title}" for t in templates])
        return 0
    if not args.template or not args.out:
        raise ValidationError("template", QT_TRANSLATE_NOOP("Errors", "Give --template NAME and --out FILE, or --list."))
    return _write_pdf(cli, cli.run(lambda session, actor: notice_pdf(
        session, actor, args.template, args.langs.split(","), size=args.size, layout=args.layout,
        qr=args.qr, translate=cli.translate)))


def cmd_pass(cli: Cli) -> int:
    from app.services.passes import person_pass_pdf, visit_pass_pdf

    args = cli.args
    if args.visit:
        return _write_pdf(cli, cli.run(lambda session, actor: visit_pass_pdf(
            session, actor, args.visit, cli.language, cli.translate)))
    return _write_pdf(cli, cli.run(lambda session, actor: person_pass_pdf(
        session, actor, args.person, cli.language, cli.translate)))


def cmd_register(cli: Cli) -> int:
    from app.services.paper import register_pdf

    return _write_pdf(cli, cli.run(lambda session, actor: register_pdf(
        session, actor, cli.args.pages, cli.language, cli.translate)))


def cmd_handover(cli: Cli) -> int:
    from app.services.paper import handover_pdf

    return _write_pdf(cli, cli.run(lambda session, actor: handover_pdf(
        session, actor, cli.language, cli.translate)))


def _read(path: str) -> bytes:
    try:
        with open(path, "rb") as file:
            return file.read(1 << 20)
    except OSError as error:
        raise ValidationError("file", QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}"),
                              path=path, reason=error.strerror or "") from None


def _write(path: str, data: bytes) -> Path:
    from app.printing.document import save_atomically

    try:
        return save_atomically(path, data)
    except OSError as error:
        raise ValidationError("out", QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}"),
                              path=path, reason=error.strerror or "") from None


def cmd_keys_export(cli: Cli) -> int:
    from app.services.sync import own_fingerprint, own_public_key_file

    data, key = cli.run(lambda session, actor: (own_public_key_file(session, actor), own_fingerprint(session, actor)))
    _write(cli.args.out, data)
    cli.emit({"path": cli.args.out, "fingerprint": key.fingerprint}, lambda: [key.fingerprint])
    return 0


def cmd_keys_import_office(cli: Cli) -> int:
    from app.services.sync import import_office_key

    data = _read(cli.args.file)
    key = cli.run(lambda session, actor: import_office_key(session, actor, data))
    cli.emit(key, lambda: [cli.tr(QT_TRANSLATE_NOOP("Cli", "Trusted {name}, fingerprint {fingerprint}.")).format(
        name=key.owner, fingerprint=key.fingerprint)])
    return 0


def cmd_export(cli: Cli) -> int:
    from app.services.sync import export_events

    done = cli.run(lambda session, actor: export_events(session, actor, Path(cli.args.to)))
    cli.emit({"path": done.path, "sequence": done.sequence, "rows": done.rows}, lambda: [
        done.path, cli.tr(QT_TRANSLATE_NOOP("Cli", "Written and checked: the drive can be removed."))])
    return 0


def _report_received(cli: Cli, results: list[Any]) -> int:
    from app.sync.bundle import BundleRejected

    lines, documents, failed = [], [], False
    for path, result in results:
        if isinstance(result, BundleRejected):
            failed = True
            sys.stderr.write(f"{path}: {result.render(cli.translate)}\n")
            documents.append({"path": str(path), "status": "rejected", "reason": result.render(cli.translate)})
        else:
            documents.append(result)
            line = (QT_TRANSLATE_NOOP("Cli", "{path}: imported from {sender}, bundle number {number}; records: {rows}")
                    if result.status == "imported" else
                    QT_TRANSLATE_NOOP("Cli", "{path}: bundle number {number} from {sender} was imported before"))
            lines.append(cli.tr(line).format(path=path, sender=result.sender, number=result.sequence,
                                             rows=result.rows))
    cli.emit(documents, lambda: lines)
    return EXIT_REJECTED if failed else 0


def import_files(cli: Cli, import_bundles: Callable[..., list[Any]]) -> int:
    """Sign in, then import the files one by one (a refused one never stops the next)."""
    with cli.sessions() as session:
        actor = cli.actor(session)
    results = import_bundles(cli.sessions, actor, [Path(p) for p in cli.args.files])
    return _report_received(cli, list(zip(cli.args.files, results, strict=True)))


def cmd_import(cli: Cli) -> int:
    from app.services.sync import import_bundles

    return import_files(cli, import_bundles)


def cmd_sync_status(cli: Cli) -> int:
    from app.services.sync_state import sync_status

    status = cli.run(sync_status)
    cli.emit({"unacknowledged": status.unacknowledged, "last_receipt": status.last_receipt,
              "days_since_receipt": status.days_since_receipt, "warn": status.warn},
             lambda: [cli.tr(QT_TRANSLATE_NOOP("Cli", "Records not yet acknowledged by the street office: {n}.")
                             ).format(n=status.unacknowledged)])
    return 0


def cmd_sync_conflicts(cli: Cli) -> int:
    from app.services.sync import list_conflicts, mark_conflicts_reviewed

    def work(session: Session, actor: Any) -> list[Any]:
        found = list_conflicts(session, actor)
        if cli.args.mark_reviewed:
            mark_conflicts_reviewed(session, actor, [c.id for c in found])
        return found

    found = cli.run(work)
    cli.emit(found, lambda: [
        f"{c.at:%Y-%m-%d %H:%M}  {cli.translate('Records', record_label(c.table_name), -1)} "
        f"{c.row_id.hex[-8:]}  {cli.translate('Fields', column_label(c.table_name, c.field), -1)}  "
        f"{c.kept}  <>  {c.lost}" for c in found])
    return 0


def _folder(text: str):
    folder = Path(text)
    if not folder.is_dir():
        raise ValidationError("folder", QT_TRANSLATE_NOOP("Errors", "The folder {path} does not exist."), path=text)
    return folder


def _positive(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 500:
        raise argparse.ArgumentTypeError("a number from 1 to 500")
    return int(text)


# --- parser ---------------------------------------------------------------------------------


def _global_options(defaults: bool) -> argparse.ArgumentParser:
    """The options every command takes, before or after its name.

    Sub-commands get them without defaults, so a value given before the command name is not
    overwritten by the sub-command's default.
    """
    kw: dict[str, Any] = {} if defaults else {"default": argparse.SUPPRESS}
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--data-dir", help="folder of the database (default: the user data folder)", **kw)
    options.add_argument("--user", help="sign in as this user (password from GATEPOST_PASSWORD)", **kw)
    options.add_argument("--lang", choices=("zh_CN", "en", "ja", "ko"), help="language of messages", **kw)
    options.add_argument("--json", action="store_true", help="print one JSON document", **kw)
    return options


def build_parser() -> argparse.ArgumentParser:
    common = _global_options(defaults=False)
    parser = argparse.ArgumentParser(prog="gatepost", parents=[_global_options(defaults=True)],
                                     description="GatePost: the gate register of a compound.")
    commands = parser.add_subparsers(dest="command", required=True)

    def command(parent: Any, name: str, handler: Callable[[Cli], int], **kw: Any) -> argparse.ArgumentParser:
        sub = parent.add_parser(name, parents=[common], **kw)
        sub.set_defaults(handler=handler)
        return sub

    p = command(commands, "init", cmd_init, help="create the compound, its gates and the admin")
    p.add_argument("--site", required=True)
    p.add_argument("--committee", required=True)
    p.add_argument("--admin", required=True)
    p.add_argument("--gate", action="append", help="a gate name (repeat for more)")

    from app.cli.accounts import add_user_commands

    user = commands.add_parser("user", help="accounts").add_subparsers(dest="sub", required=True)
    add_user_commands(user, command)

    residents = commands.add_parser("residents", help="the roster").add_subparsers(dest="sub", required=True)
    p = command(residents, "import", cmd_residents_import)
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true")

    check = commands.add_parser("check", help="temperature checks").add_subparsers(dest="sub", required=True)
    p = command(check, "add", cmd_check_add)
    p.add_argument("--person", help="pass number, name, pinyin initials, room or ID tail")
    p.add_argument("--temp", required=True)
    p.add_argument("--method", default="forehead")
    p.add_argument("--gate")
    p.add_argument("--kind", default="resident",
                   choices=("resident", "courier", "staff", "unknown"))
    p.add_argument("--label", help="who, for a courier, staff member or other")
    p = command(check, "recheck", cmd_check_recheck)
    p.add_argument("check_id", type=_uuid)
    p.add_argument("--temp", required=True)
    p = command(check, "outcome", cmd_check_outcome)
    p.add_argument("check_id", type=_uuid)
    p.add_argument("outcome", choices=("refused", "fever_clinic", "resident_reported"))

    visitor = commands.add_parser("visitor", help="visitors").add_subparsers(dest="sub", required=True)
    p = command(visitor, "add", cmd_visitor_add)
    p.add_argument("--name", required=True)
    p.add_argument("--id-type", required=True)
    p.add_argument("--id-number", required=True)
    p.add_argument("--phone", required=True)
    p.add_argument("--host", required=True, help="building-unit-room, e.g. 3-2-201")
    p.add_argument("--purpose", required=True,
                   choices=("visit", "delivery", "repair", "official", "medical"))
    p.add_argument("--plate")
    p.add_argument("--companions", type=int, default=0)
    p.add_argument("--origin", help="where the visitor was in the last 14 days")
    p.add_argument("--temp", required=True)
    p.add_argument("--method", default="forehead")
    p.add_argument("--gate")
    p.add_argument("--refuse", metavar="REASON", help="refuse entry, for this reason")
    p.add_argument("--issue-pass", action="store_true", help="issue a temporary pass")
    p = command(visitor, "out", cmd_visitor_out)
    p.add_argument("visit_id", type=_uuid)

    p = command(commands, "list", cmd_list, help="list a day's records")
    p.add_argument("what", choices=("checks", "visitors", "residents"))
    p.add_argument("--date", type=_date)

    returnee = commands.add_parser("returnee", help="people under observation").add_subparsers(
        dest="sub", required=True)
    p = command(returnee, "add", cmd_returnee_add)
    p.add_argument("--person", required=True, help="pass number, name, room or ID tail")
    p.add_argument("--origin", required=True, help="division code or name, e.g. 420106 or 武汉")
    p.add_argument("--arrived", required=True, type=_date)
    p.add_argument("--kind", default="home", choices=("home", "centralised", "health_monitoring"))
    p.add_argument("--days", type=int)
    p.add_argument("--transport", default="other", choices=("train", "flight", "car", "bus", "other"))
    p.add_argument("--transport-no", help="train or flight number, or plate")
    p = command(returnee, "list", cmd_returnee_list)
    p.add_argument("--status", default="observing", choices=("observing", "ended", "all"))
    p = command(returnee, "follow-up", cmd_returnee_follow_up)
    p.add_argument("returnee_id", type=_uuid)
    p.add_argument("--slot", required=True, choices=("am", "pm"))
    p.add_argument("--temp")
    p.add_argument("--symptom", action="append", choices=(
        "fever", "cough", "sore_throat", "fatigue", "short_of_breath", "diarrhoea", "taste_smell", "other"))
    p.add_argument("--status", default="seen_well", choices=("seen_well", "seen_unwell", "not_reached"))
    p = command(returnee, "release", cmd_returnee_release)
    p.add_argument("returnee_id", type=_uuid)
    p.add_argument("--outcome", default="released",
                   choices=("released", "transferred", "hospitalised", "moved_out"))

    watch = commands.add_parser("watchlist", help="key regions and plates").add_subparsers(
        dest="sub", required=True)
    p = command(watch, "import", cmd_watchlist_import)
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true")
    command(watch, "list", cmd_watchlist_list)

    policy = commands.add_parser("policy", help="thresholds and rules").add_subparsers(
        dest="sub", required=True)
    p = command(policy, "set", cmd_policy_set)
    p.add_argument("key", help="e.g. household_outing_days, fever_threshold_dt, observation_days")
    p.add_argument("value")
    command(policy, "show", cmd_policy_show)

    p = command(commands, "demo-data", cmd_demo_data, help="add demo residents and traffic")
    p.add_argument("--residents", type=int, required=True)
    p.add_argument("--days", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)

    report = commands.add_parser("report", help="committee reports as PDF").add_subparsers(
        dest="kind", required=True)
    for kind in ("daily", "weekly", "monthly"):
        p = command(report, kind, cmd_report, help=f"the {kind} report for the period holding --date")
        p.add_argument("--date", type=_date, help="a day in the period (default: today)")
        p.add_argument("--out", required=True)

    p = command(commands, "notice", cmd_notice, help="print a notice in several languages")
    p.add_argument("--list", action="store_true", help="list the notice templates")
    p.add_argument("--template")
    p.add_argument("--langs", default="zh_CN,en,ja,ko", help="comma-separated, e.g. zh_CN,en,ja,ko")
    p.add_argument("--size", choices=("A4", "A3"), default="A4")
    p.add_argument("--layout", choices=("poster", "pages"), default="poster",
                   help="all languages on one poster, or one language per page")
    p.add_argument("--qr", help="a phone number or link to print as a QR code")
    p.add_argument("--out")

    p = command(commands, "pass", cmd_pass, help="print a temporary pass")
    chosen = p.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--visit", type=_uuid, help="a visit id")
    chosen.add_argument("--person", help="a resident without a card: pass number, name or room")
    p.add_argument("--out", required=True)

    p = command(commands, "register", cmd_register, help="print numbered paper register pages")
    p.add_argument("--pages", type=_positive, required=True)
    p.add_argument("--out", required=True)

    p = command(commands, "handover", cmd_handover, help="print the shift handover sheet")
    p.add_argument("--out", required=True)

    keys = commands.add_parser("keys", help="sync keys").add_subparsers(dest="sub", required=True)
    p = command(keys, "export", cmd_keys_export, help="write this compound's public keys for the street office")
    p.add_argument("--out", required=True)
    p = command(keys, "import-office", cmd_keys_import_office, help="trust the street office's public keys")
    p.add_argument("file")

    p = command(commands, "export", cmd_export, help="write a bundle for the street office")
    p.add_argument("--to", required=True, help="the folder, usually on a USB drive")
    p = command(commands, "import", cmd_import, help="import receipts and policy bundles")
    p.add_argument("files", nargs="+")
    sync = commands.add_parser("sync", help="sync state").add_subparsers(dest="sub", required=True)
    command(sync, "status", cmd_sync_status)
    p = command(sync, "conflicts", cmd_sync_conflicts, help="fields two computers changed at once")
    p.add_argument("--mark-reviewed", action="store_true")

    from app.cli.hub import add_hub_commands

    add_hub_commands(commands, common)

    from app.cli.database import add_db_commands

    db = commands.add_parser("db", help="database care").add_subparsers(dest="sub", required=True)
    add_db_commands(db, command)

    from app.cli.audit import add_audit_commands
    from app.cli.privacy import add_privacy_commands

    audit = commands.add_parser("audit", help="the audit trail").add_subparsers(dest="sub", required=True)
    add_audit_commands(audit, command, _date)
    add_privacy_commands(commands, command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    cli = Cli(args)
    from app.translations import language_from_environment, load_translations

    cli.language = args.lang or language_from_environment()
    cli.translate = load_translations(cli.language)
    try:
        code = args.handler(cli)
        sys.stdout.flush()  # a reader gone early (``| head``) shows here, not at exit
        return code
    except GatePostError as error:
        sys.stderr.write(error.render(cli.translate) + "\n")
        return EXIT_REJECTED
    except Exception as error:  # one line, never a traceback: see app.cli.failures
        from app.cli.failures import report_failure

        return report_failure(cli, error)


if __name__ == "__main__":
    raise SystemExit(main())
