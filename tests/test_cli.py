"""The ``gatepost`` command driven in-process: its contract of exit codes, output and privacy.

Exit codes: 0 done; 1 input rejected (one line on stderr naming the field, nothing written);
2 usage error. Each signed-in command costs an argon2 verification, so the tests share steps.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.cli import main
from app.clock import FixedClock
from app.db.engine import make_engine, make_session_factory
from app.models import Household, Person, Replica, TemperatureCheck, Visit
from app.services.context import Actor
from app.services.residents import import_residents
from tests.helpers import PASSWORD
from tests.helpers import (
    CHINESE_HEADER, build_initialised_database, copy_database, count, csv_bytes, gate_engine,
    gate_key, resident_id,
    wrong_check_digit,
)

RESIDENT_ID = resident_id("19600229", seq="088")
VISITOR_ID = resident_id("19900307", region="310104", seq="456")
PHONE = "13800138000"
ROSTER = [CHINESE_HEADER,
          f"张三,3,2,201,13912345678,身份证,{RESIDENT_ID},A001,独居老人",
          "李堃,3,2,202,,,,A002,",
          "佐藤 健,5,1,101,,,,A003,外籍:日语"]


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def rejected(self, start: str) -> str:
        """Assert the contract of exit code 1 and return the one line on stderr."""
        assert self.code == 1, self
        lines = self.err.splitlines()
        assert len(lines) == 1, self.err
        assert lines[0].startswith(start), lines[0]
        return lines[0]


CliRunner = Callable[..., Run]


@pytest.fixture(scope="module")
def initialised(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Actor]:
    folder = tmp_path_factory.mktemp("cli-template")
    return folder, build_initialised_database(folder, encrypted=True)


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch, fixed_clock: FixedClock) -> None:
    monkeypatch.setenv("GATEPOST_PASSWORD", PASSWORD)
    monkeypatch.setenv("GATEPOST_LANG", "en")
    for name in ("GATEPOST_USER", "GATEPOST_DB_URL", "GATEPOST_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], data_dir: Path) -> CliRunner:
    """Run ``gatepost --data-dir DATA [--user admin] ARGS...`` and capture what it printed."""

    def run(*args: str, user: bool = True) -> Run:
        prefix = ["--data-dir", str(data_dir)] + (["--user", "admin"] if user else [])
        try:
            code = main([*prefix, *args])
        except SystemExit as exit_:
            code = exit_.code
        out, err = capsys.readouterr()
        return Run(code, out, err)

    return run


@pytest.fixture
def db(data_dir: Path) -> Iterator[sessionmaker[Session]]:
    engine = gate_engine(data_dir)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def site(data_dir: Path, initialised: tuple[Path, Actor], db: sessionmaker[Session]) -> Actor:
    """An initialised compound with a small roster, imported through the service."""
    folder, admin = initialised
    copy_database(folder, data_dir)
    with db.begin() as session:
        assert import_residents(session, admin, csv_bytes(ROSTER)).created == 3
    return admin


def test_init_then_second_init_is_refused(cli: CliRunner, db: sessionmaker[Session]) -> None:
    done = cli("init", "--site", "阳光花园", "--committee", "阳光社区居委会", "--admin", "admin",
               "--gate", "东门", "--gate", "西门", "--json", user=False)
    assert done.code == 0 and done.err == ""
    view = done.json()
    assert (view["name"], view["committee"], view["gates"]) == ("阳光花园", "阳光社区居委会", ["东门", "西门"])
    with db() as session:
        assert str(session.scalars(select(Replica.site_id)).one()) == view["id"]

    again = cli("init", "--site", "别的", "--committee", "别的", "--admin", "root", user=False)
    assert again.rejected("Compound: ") == "Compound: This database already has a compound."
    assert again.out == ""
    signed_in = cli("--json", "list", "residents")
    assert (signed_in.code, signed_in.json()) == (0, [])


def test_init_rejections(cli: CliRunner, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    args = ("init", "--site", "阳光花园", "--committee", "居委会", "--admin", "admin")
    monkeypatch.setenv("GATEPOST_PASSWORD", "short")
    cli(*args, user=False).rejected("Password: ")
    monkeypatch.delenv("GATEPOST_PASSWORD")
    assert "GATEPOST_PASSWORD" in cli(*args, user=False).rejected("Password: ")
    assert [p for p in data_dir.rglob("*") if p.is_file()] == []  # nothing left behind


def test_usage_errors_exit_2(cli: CliRunner, site: Actor, db: sessionmaker[Session]) -> None:
    for args in (["check", "add", "--person", "A001"],                        # no --temp
                 ["list", "checks", "--date", "2026-13-01"],
                 ["list", "checks", "--date", "yesterday"],
                 ["visitor", "out", "not-a-visit-id"],
                 ["visitor", "add", "--name", "李四", "--id-type", "resident_id",
                  "--id-number", VISITOR_ID, "--phone", PHONE, "--host", "3-2-201",
                  "--purpose", "party", "--temp", "36.5"],
                 ["list", "everything"],
                 ["fly"],
                 []):
        run = cli(*args)
        assert run.code == 2, args
        assert "usage:" in run.err and run.out == ""
    assert count(db, TemperatureCheck) == count(db, Visit) == 0


def test_wrong_password_is_rejected(cli: CliRunner, site: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GATEPOST_PASSWORD", PASSWORD + "!")
    assert cli("list", "residents").rejected("") == "Wrong user name or password."


def test_residents_import(cli: CliRunner, data_dir: Path, initialised: tuple[Path, Actor],
                          db: sessionmaker[Session], tmp_path: Path) -> None:
    copy_database(initialised[0], data_dir)
    roster = tmp_path / "roster.csv"
    roster.write_bytes(csv_bytes(ROSTER, "gbk"))

    dry = cli("residents", "import", str(roster), "--dry-run", "--json")
    assert dry.code == 0 and dry.err == ""
    assert dry.json() == {"rows": 3, "created": 0, "updated": 0, "dry_run": True,
                          "errors": [], "warnings": []}
    assert count(db, Person) == 0

    done = cli("residents", "import", str(roster))
    assert done.code == 0
    assert done.out.splitlines() == ["3 rows read, 3 added, 0 updated, 0 with errors."]
    assert (count(db, Person), count(db, Household)) == (3, 3)

    listed = cli("list", "residents", "--json")
    people = {p["pass_no"]: p for p in listed.json()}
    assert {k: p["name"] for k, p in people.items()} == {"A001": "张三", "A002": "李堃", "A003": "佐藤 健"}
    assert people["A001"]["masked_id"] == RESIDENT_ID[:6] + "*" * 8 + RESIDENT_ID[-4:]
    assert people["A001"]["masked_phone"] == "139****5678"
    assert (people["A003"]["tags"], people["A003"]["language"]) == (["foreign"], "ja")
    assert RESIDENT_ID not in listed.out and "13912345678" not in listed.out

    bad = tmp_path / "bad.csv"
    bad.write_bytes(csv_bytes([CHINESE_HEADER, "王五,3,2,203,,,,A004,",
                               f"赵六,3,2,204,,身份证,{wrong_check_digit(VISITOR_ID)},A005,"]))
    for extra in ([], ["--dry-run"]):
        rejected = cli("residents", "import", str(bad), *extra)
        assert rejected.code == 1
        assert rejected.err.splitlines() == [
            "Nothing was imported: fix the rows listed and import again."]
        assert rejected.out.splitlines()[0].startswith("line 3: ID number: ")
        assert wrong_check_digit(VISITOR_ID) not in rejected.out + rejected.err
    assert count(db, Person) == 3

    cli("residents", "import", str(tmp_path / "missing.csv")).rejected("File: ")


def test_check_add(cli: CliRunner, site: Actor, db: sessionmaker[Session], data_dir: Path,
                   capsys: pytest.CaptureFixture[str]) -> None:
    normal = cli("check", "add", "--person", "A001", "--temp", "36.6", "--json")
    assert normal.code == 0 and normal.err == ""
    view = normal.json()
    assert (view["subject_name"], view["room"], view["gate"]) == ("张三", "3-2-201", "东门")
    assert (view["reading"], view["method"], view["is_fever"]) == ("36.6", "forehead", False)
    assert view["taken_at"] == "2026-03-02T02:00:00+00:00"  # 10:00 at the compound

    fever = cli("check", "add", "--person", "lk", "--temp", "37.5", "--method", "wrist", "--gate", "西门")
    assert fever.code == 0
    [line] = fever.out.splitlines()
    assert "李堃" in line and "37.5 °C" in line and "FEVER" in line

    for temp in ("365", "3.65", "45.0", "abc"):
        assert cli("check", "add", "--person", "A001", "--temp", temp).rejected("Temperature: ")
    assert "36.5" in cli("check", "add", "--person", "A001", "--temp", "365").err
    cli("check", "add", "--person", "A001", "--temp", "36.6", "--gate", "南门").rejected("Gate: ")
    cli("check", "add", "--person", "nobody", "--temp", "36.6").rejected("Person: ")
    cli("check", "add", "--temp", "36.6").rejected("Person: ")
    cli("check", "add", "--person", "A001", "--temp", "36.6", "--method", "tongue").rejected("Method: ")
    with db() as session:
        rows = session.execute(select(TemperatureCheck.reading_dt, TemperatureCheck.method)).all()
    assert sorted(rows) == [(366, "forehead"), (375, "wrist")]

    after = cli("list", "checks", "--date", "2026-03-02", "--json")
    before = cli("--json", "list", "checks")  # options before the command, today by default
    assert after.json() == before.json()
    assert main(["list", "checks", "--data-dir", str(data_dir), "--user", "admin", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == after.json()
    assert [(c["subject_name"], c["gate"], c["is_fever"]) for c in after.json()] == [
        ("李堃", "西门", True), ("张三", "东门", False)]
    assert cli("list", "checks", "--date", "2026-03-01", "--json").json() == []


def test_visitors(cli: CliRunner, site: Actor, db: sessionmaker[Session],
                  fixed_clock: FixedClock) -> None:
    def visitor(*args: str, name: str = "李四", number: str = VISITOR_ID, temp: str = "36.5") -> Any:
        return cli("visitor", "add", "--name", name, "--id-type", "resident_id", "--id-number", number,
                   "--phone", PHONE, "--host", "3号2单元201", "--purpose", "visit", "--temp", temp, *args)

    done = visitor("--plate", "粤BD12345", "--json")
    assert done.code == 0 and done.err == ""
    view = done.json()
    assert (view["name"], view["host"], view["host_known"]) == ("李四", "3-2-201", True)
    assert view["plate"] == "粤BD12345"
    assert view["masked_id"] == "310104********" + VISITOR_ID[-4:]
    assert view["masked_phone"] == "138****8000"
    assert VISITOR_ID not in done.out and PHONE not in done.out

    future = resident_id("20991231")
    rejections = [visitor(number=wrong_check_digit(VISITOR_ID)), visitor(number=future),
                  visitor("--plate", "京I12345"), visitor(temp="365"), visitor(temp="3.65"),
                  visitor(temp="37.5")]
    labels = ["ID number", "ID number", "Vehicle plate", "Temperature", "Temperature", "Decision"]
    for run, label in zip(rejections, labels, strict=True):
        line = run.rejected(label + ": ")
        for secret in (VISITOR_ID, wrong_check_digit(VISITOR_ID), future, PHONE):
            assert secret not in line
        assert run.out == ""
    assert count(db, Visit) == 1

    names = ["王喆", "李堃", "𠮷田 翔太", "佐藤 健", "김민준"]
    for name in names:
        assert visitor(name=name).code == 0, name
    fixed_clock.advance(minutes=20)
    signed_out = cli("visitor", "out", view["id"], "--json")
    assert signed_out.code == 0
    assert signed_out.json()["time_out"] == "2026-03-02T02:20:00+00:00"
    assert cli("visitor", "out", view["id"]).rejected("Visit: ") == "Visit: This visitor is not inside."
    cli("visitor", "out", "00000000-0000-7000-8000-000000000000").rejected("No such visit.")

    listed = cli("list", "visitors", "--json")
    visits = listed.json()
    assert sorted(v["name"] for v in visits) == sorted(["李四", *names])
    assert sum(v["time_out"] is None for v in visits) == len(names)
    assert VISITOR_ID not in listed.out and PHONE not in listed.out


def test_demo_data(cli: CliRunner, site: Actor, db: sessionmaker[Session]) -> None:
    residents, days = 30, 2
    done = cli("demo-data", "--residents", str(residents), "--days", str(days), "--seed", "7", "--json")
    assert done.code == 0
    summary = done.json()
    # Per day: two passes per resident and one visitor (with its check); both days have had
    # traffic by 10:00 on the second day.
    per_day_checks = residents * 2 + 1
    assert summary == {"households": round(residents / 2.6), "residents": residents,
                       "checks": days * per_day_checks, "visits": days}
    assert count(db, Person) == 3 + residents
    assert count(db, Household) == 3 + summary["households"]
    assert count(db, TemperatureCheck) == summary["checks"]
    assert count(db, Visit) == summary["visits"]
    cli("demo-data", "--residents", "0", "--days", "1").rejected("Residents: ")


def test_db_check_and_backup(cli: CliRunner, site: Actor, data_dir: Path) -> None:
    checked = cli("db", "check")
    assert (checked.code, checked.out) == (0, "The database is sound.\n")
    assert cli("--json", "db", "check").json() == {"ok": True, "problems": []}

    backup = cli("db", "backup", "--json")  # signs in: see tests/test_leaks.py
    assert backup.code == 0
    path = Path(backup.json()["path"])
    assert path.parent == data_dir / "backups" and path.is_file()
    copy = make_engine(f"sqlite:///{path}", key=gate_key(data_dir))
    with make_session_factory(copy)() as session:
        assert sorted(session.scalars(select(Person.name))) == sorted(["张三", "李堃", "佐藤 健"])
    copy.dispose()

    engine = gate_engine(data_dir)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP INDEX ix_people_name")
    engine.dispose()
    broken = cli("db", "check", "--json")
    assert broken.code == 1
    [problem] = broken.json()["problems"]
    assert "ix_people_name" in problem


def test_a_new_user_does_not_get_the_admins_password(tmp_path, monkeypatch, capsys) -> None:
    data = str(tmp_path / "d")
    monkeypatch.setenv("GATEPOST_PASSWORD", "admin-secret")
    assert main(["--data-dir", data, "init", "--site", "甲", "--committee", "乙", "--admin", "admin"]) == 0
    monkeypatch.setenv("GATEPOST_NEW_PASSWORD", "guard-secret")
    assert main(["--data-dir", data, "--user", "admin", "user", "add", "guard1"]) == 0
    monkeypatch.setenv("GATEPOST_PASSWORD", "admin-secret")
    assert main(["--data-dir", data, "--user", "guard1", "list", "residents"]) == 1
    monkeypatch.setenv("GATEPOST_PASSWORD", "guard-secret")
    assert main(["--data-dir", data, "--user", "guard1", "list", "residents"]) == 0


def test_returnee_and_watchlist_commands(tmp_path, monkeypatch, capsys) -> None:
    data = str(tmp_path / "d")
    monkeypatch.setenv("GATEPOST_PASSWORD", "admin-secret")
    monkeypatch.setattr(clock, "_clock", clock.FixedClock(datetime.fromisoformat("2026-03-05T09:00:00+08:00")))
    base = ["--data-dir", data, "--user", "admin"]
    assert main(["--data-dir", data, "init", "--site", "甲", "--committee", "乙", "--admin", "admin"]) == 0
    roster = tmp_path / "r.csv"
    roster.write_text("name,building,unit,room,pass_no\n张三,3,2,201,00001\n", encoding="utf-8")
    assert main([*base, "residents", "import", str(roster)]) == 0
    capsys.readouterr()
    assert main([*base, "returnee", "add", "--person", "00001", "--origin", "武汉",
                 "--arrived", "2026-03-01", "--json"]) == 0
    added = json.loads(capsys.readouterr().out)
    assert (added["day"], added["of"], added["origin_code"]) == (5, 14, "420100")
    assert main([*base, "returnee", "follow-up", added["id"], "--slot", "am", "--temp", "38.1",
                 "--symptom", "cough", "--status", "seen_unwell", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["alert_raised"] is True
    assert main([*base, "check", "add", "--person", "00001", "--temp", "36.5", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["observation"] == {"day": 5, "of": 14}
    assert main([*base, "returnee", "list", "--json"]) == 0
    assert [(r["name"], r["day"], r["of"]) for r in json.loads(capsys.readouterr().out)] == [("张三", 5, 14)]
    assert main([*base, "returnee", "release", added["id"]]) == 0
    assert main([*base, "returnee", "add", "--person", "00001", "--origin", "nowhere",
                 "--arrived", "2026-03-01"]) == 1
    assert "Where from" in capsys.readouterr().err
    watch = tmp_path / "w.csv"
    watch.write_text("kind,prefix\nregion,4201\nplate,鄂A\n", encoding="utf-8")
    assert main([*base, "watchlist", "import", str(watch)]) == 0
    capsys.readouterr()
    assert main([*base, "watchlist", "list", "--json"]) == 0
    assert {w["prefix"] for w in json.loads(capsys.readouterr().out)} == {"4201", "鄂A"}
