"""The street office's accounts from the command line, on an encrypted SQLite hub and on PostgreSQL:
``hub init`` makes the office and its administrator, every other ``hub`` command signs in with the
gate's password and lockout rules, and ``hub user …`` manages the office's accounts."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.clock import FixedClock
from app.db.at_rest import is_plain
from app.models import AuditEntry
from app.paths import HUB_FILE_NAME
from app.services.residents import import_residents
from tests.helpers import PASSWORD, csv_bytes, open_hub, reopen_hub
from tests.services.test_at_rest import ROSTER, no_plain_copy
from tests.sync.conftest import HUBS
from tests.sync.postgres import PostgresServer
from tests.test_cli import Run

LOCKED = re.compile(r"Too many wrong passwords: this account is locked until 2026-03-02 \d\d:15\.")
STAFF_PASSWORD = "staff-secret-1"


@dataclass
class Office:
    """A street office the commands run on: ``--data-dir`` (SQLite) or ``--db-url`` (PostgreSQL)."""

    kind: str
    where: list[str]
    folder: Path | None
    run_in: Callable[..., Run]

    def __call__(self, *args: str, user: str | None = "admin") -> Run:
        """``gatepost hub [WHERE] ARGS… [--user USER]`` in this process."""
        return self.run_in("hub", *self.where, *args, *(["--user", user] if user else []))

    def audited(self, password: str = PASSWORD) -> list[str]:
        """The actions in the office's audit trail, oldest first."""
        if self.folder is not None:
            sessions = reopen_hub(self.folder, "admin", password)
        else:
            from app.db.engine import make_session_factory
            from app.db.migrate import open_database

            sessions = make_session_factory(open_database(self.where[1], hub=True))
        try:
            with sessions() as session:
                return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.created_at)))
        finally:
            sessions.kw["bind"].dispose()


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, fixed_clock: FixedClock) -> Callable:
    monkeypatch.setenv("GATEPOST_LANG", "en")
    monkeypatch.setenv("GATEPOST_PASSWORD", PASSWORD)
    for name in ("GATEPOST_USER", "GATEPOST_NEW_PASSWORD", "GATEPOST_DB_URL", "GATEPOST_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)

    def run(*args: str) -> Run:
        try:
            code = main(list(args))
        except SystemExit as exit_:
            code = exit_.code
        out, err = capsys.readouterr()
        return Run(code, out, err)

    return run


def _empty_pg(request: pytest.FixtureRequest) -> str:
    server: PostgresServer = request.getfixturevalue("pg_server")
    return server.fresh_database(request.getfixturevalue("pg_template"))


@pytest.fixture(params=HUBS)
def office(request: pytest.FixtureRequest, run: Callable, tmp_path: Path) -> Iterator[Office]:
    """A new street office set up by ``hub init --office 东湖街道 --admin admin``."""
    if request.param == "sqlite":
        folder = tmp_path / "office"
        made = Office("sqlite", ["--data-dir", str(folder)], folder, run)
    else:
        url = _empty_pg(request)
        made = Office("postgresql", ["--db-url", url], None, run)
    done = made("--json", "init", "--office", "东湖街道", "--admin", "admin", user=None)
    assert done.code == 0, done.err
    made.init = done.json()
    yield made
    if made.folder is None:
        request.getfixturevalue("pg_server").drop(made.where[1])


def test_init_makes_the_office_and_its_administrator(office: Office) -> None:
    made = office.init
    assert made["owner"] == "东湖街道" and made["admin"] == "admin"
    assert len(made["fingerprint"].replace(" ", "")) == 20
    if office.kind == "sqlite":  # an encrypted file: its recovery code, once, for the office's safe
        assert re.fullmatch(r"[A-Z2-9]{5}(-[A-Z2-9]{5}){4}", made["recovery_code"])
        assert not is_plain(office.folder / HUB_FILE_NAME)
    else:  # the server's access control protects it
        assert made["recovery_code"] is None
    again = office("init", "--office", "东湖街道", "--admin", "admin", user=None)
    assert again.rejected("Street office: ") == "Street office: This database is already set up."
    assert office("list", "sites").code == 0
    assert office.audited()[:2] == ["hub.init", "sign_in"]


def test_every_command_signs_in_and_a_wrong_password_exits_1(office: Office,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    assert office("list", "sites", user=None).rejected("User name: ") == \
        "User name: Give --user NAME (or set GATEPOST_USER)."
    monkeypatch.setenv("GATEPOST_PASSWORD", "wrong-password")
    for command in (["list", "sites"], ["keys", "export", "--out", "office.json"], ["user", "list"],
                    ["revoke", "1234"]):  # four: the fifth would lock the account
        assert office(*command).rejected("") == "Wrong user name or password.", command
    assert office("list", "sites", user="nobody").rejected("") == "Wrong user name or password."


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(office: Office, fixed_clock: FixedClock,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GATEPOST_PASSWORD", "wrong-password")
    for _ in range(4):
        assert office("list", "sites").rejected("") == "Wrong user name or password."
    assert LOCKED.fullmatch(office("list", "sites").rejected("Too many"))
    monkeypatch.setenv("GATEPOST_PASSWORD", PASSWORD)
    assert LOCKED.fullmatch(office("list", "sites").rejected("Too many"))  # the right one, the sixth time
    fixed_clock.advance(minutes=16)
    assert office("list", "sites").code == 0
    actions = office.audited()
    assert actions.count("sign_in.failed") == 5 and "user.locked" in actions and "sign_in.refused" in actions


def test_user_commands_mirror_the_gates(office: Office, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEPOST_NEW_PASSWORD", "short")
    assert office("user", "add", "li", "--role", "staff").rejected("Password: ") == \
        "Password: Use at least 8 characters."
    assert office("user", "add", "li", "--role", "guard").code == 2  # no guards at an office
    monkeypatch.setenv("GATEPOST_NEW_PASSWORD", STAFF_PASSWORD)
    added = office("--json", "user", "add", "li", "--role", "staff")
    assert added.code == 0 and added.json()["role"] == "staff"
    listed = office("user", "list", "--json").json()
    assert [{k: u[k] for k in ("name", "role", "active", "locked_until")} for u in listed] == [
        {"name": "admin", "role": "admin", "active": True, "locked_until": None},
        {"name": "li", "role": "staff", "active": True, "locked_until": None}]
    assert office("user", "list").out.splitlines() == ["admin\tOffice administrator\tactive",
                                                       "li\tOffice staff\tactive"]

    # Staff import, list and send back; accounts, keys and policies are the administrator's.
    monkeypatch.setenv("GATEPOST_PASSWORD", STAFF_PASSWORD)
    assert office("list", "sites", user="li").code == 0
    assert office("--json", "receipts", "--to", str(tmp_path), user="li").json() == {"paths": []}
    assert office("user", "list", user="li").rejected("") == \
        "This needs the role Office administrator; you are signed in as Office staff."
    assert office("set-policy", "observation_days", "10", user="li").rejected("This needs the role")
    monkeypatch.setenv("GATEPOST_NEW_PASSWORD", "staff-secret-2")
    assert office("user", "passwd", "admin", user="li").rejected("This needs the role")
    assert office("user", "passwd", "li", user="li").code == 0  # their own
    monkeypatch.setenv("GATEPOST_PASSWORD", "staff-secret-2")
    assert office("list", "sites", user="li").code == 0

    monkeypatch.setenv("GATEPOST_PASSWORD", PASSWORD)
    assert office("user", "disable", "li").code == 0
    monkeypatch.setenv("GATEPOST_PASSWORD", "staff-secret-2")
    assert office("list", "sites", user="li").rejected("") == \
        "This account is disabled; an administrator can enable it."
    monkeypatch.setenv("GATEPOST_PASSWORD", PASSWORD)
    assert office("user", "disable", "admin").rejected("User name: ") == \
        "User name: This is the last active administrator; make another one first."
    assert office("--json", "user", "list").json()[1]["active"] is False
    actions = office.audited()
    for action in ("user.add", "user.password_change", "user.disable"):
        assert action in actions


@pytest.mark.parametrize("office", ["sqlite"], indirect=True)
def test_the_hub_file_holds_no_plain_copy_and_opens_by_the_recovery_code(
        office: Office, make_gates, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (gate,) = make_gates(1)
    gate.call(lambda session, actor: import_residents(session, actor, csv_bytes(ROSTER)))
    office_key = tmp_path / "office.json"
    assert office("keys", "export", "--out", str(office_key)).code == 0
    gate.trust_office(office_key.read_bytes())
    assert office("trust-site", str(gate.key_file()), "--fingerprint", gate.fingerprint()).code == 0
    bundle = gate.export(tmp_path / "stick")
    assert office("import", str(bundle)).code == 0
    no_plain_copy(office.folder)
    assert {"sync.trust_site", "hub.import"} <= set(office.audited())

    # Every password forgotten: the recovery code sets a new one.
    monkeypatch.setenv("GATEPOST_NEW_PASSWORD", "new-admin-pass")
    assert office("recover", "--recovery-code", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", "--admin", "admin",
                  user=None).rejected("") == "The recovery code is wrong."
    assert office("recover", "--recovery-code", office.init["recovery_code"].lower(), "--admin", "admin",
                  user=None).code == 0
    monkeypatch.setenv("GATEPOST_PASSWORD", "new-admin-pass")
    assert office("--json", "list", "sites").json()[0]["name"] == gate.name
    no_plain_copy(office.folder)


def test_a_hub_from_before_accounts_gets_its_administrator_and_is_encrypted(run: Callable, tmp_path: Path) -> None:
    """A street office set up by the release before accounts: a plain file, no account at all."""
    folder = tmp_path / "office"
    sessions, _ = open_hub(folder)
    sessions.kw["bind"].dispose()
    with sqlite3.connect(folder / HUB_FILE_NAME) as plain:  # as that release left it
        plain.execute("DELETE FROM users")
    plain.close()
    office = Office("sqlite", ["--data-dir", str(folder)], folder, run)
    assert office("list", "sites").rejected("") == (
        "This street office has no accounts yet: give it its administrator with "
        "gatepost hub init --office NAME --admin NAME.")
    assert office("init", "--office", "西湖街道", "--admin", "boss", user=None).rejected("Street office: ") == \
        "Street office: This hub belongs to the street office 东湖街道; give that name."
    assert is_plain(folder / HUB_FILE_NAME)
    made = office("--json", "init", "--office", "东湖街道", "--admin", "boss", user=None)
    assert made.code == 0, made.err
    assert made.json()["recovery_code"] and made.json()["owner"] == "东湖街道"
    assert not is_plain(folder / HUB_FILE_NAME)
    assert office("list", "sites", user="boss").code == 0


@pytest.mark.usefixtures("pg_server")
def test_postgresql_credentials_come_from_libpq_never_from_the_arguments(
        run: Callable, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    server: PostgresServer = request.getfixturevalue("pg_server")
    url = _empty_pg(request)
    database = url.rsplit("/", 1)[1]
    with_password = url.replace("postgres@", "postgres:s3cret@")
    office = Office("postgresql", ["--db-url", with_password], None, run)
    assert office("init", "--office", "东湖街道", "--admin", "admin", user=None).rejected("") == (
        "Leave the password out of --db-url: every user of this computer can read a command's arguments. "
        "Give it in PGPASSWORD or in the password file ~/.pgpass instead.")
    # Host, port, user (and a password, where the server asks for one) from libpq's environment.
    for name, value in (("PGHOST", "127.0.0.1"), ("PGPORT", str(server.port)), ("PGUSER", "postgres")):
        monkeypatch.setenv(name, value)
    office = Office("postgresql", ["--db-url", f"postgresql:///{database}"], None, run)
    assert office("init", "--office", "东湖街道", "--admin", "admin", user=None).code == 0
    monkeypatch.setenv("GATEPOST_DB_URL", f"postgresql:///{database}")
    assert run("hub", "list", "sites", "--user", "admin").code == 0
    server.drop(url)
