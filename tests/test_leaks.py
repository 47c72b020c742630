"""Where personal data could leak: database errors, the CLI's unexpected errors and its log, and
``gatepost db backup``."""

from __future__ import annotations

import os
import sqlite3
import stat
import traceback
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from tests.cli_process import environment, gatepost, init_compound, one_line
from tests.helpers import build_initialised_database, resident_id

ID_NUMBER = resident_id("19850607", region="440305", seq="271")
PHONE = "13912345678"
NAME = "欧阳娜娜"


def test_a_database_error_does_not_quote_the_values_written(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(IntegrityError) as caught, sessions.begin() as session:
        session.execute(text("INSERT INTO people (id, site_id, name, id_number, phone) "
                             "VALUES (:id, :site, :name, :number, :phone)"),
                        {"id": uuid.uuid4().hex, "site": uuid.uuid4().hex, "name": NAME,
                         "number": ID_NUMBER, "phone": PHONE})
    shown = "".join(traceback.format_exception(caught.value))
    assert "INSERT INTO people" in shown
    for personal in (ID_NUMBER, PHONE, NAME):
        assert personal not in shown


def test_an_unexpected_error_is_one_line_and_the_log_names_no_one(tmp_path: Path) -> None:
    """A visit the database refuses in a way no one foresaw (here a trigger left by another tool):
    the visitor's ID number, phone and name reach neither the terminal nor the log."""
    data = tmp_path / "data"
    data.mkdir()
    build_initialised_database(data)
    connection = sqlite3.connect(data / "gatepost.db")
    connection.execute("CREATE TRIGGER refuse_visits BEFORE INSERT ON visits "
                       "BEGIN SELECT RAISE(ABORT, 'refused by another tool'); END")
    connection.commit()
    connection.close()
    assert gatepost(data, "list", "residents").returncode == 0  # a database from before encryption

    done = gatepost(data, "visitor", "add", "--name", NAME, "--id-type", "resident_id",
                    "--id-number", ID_NUMBER, "--phone", PHONE, "--host", "3-2-201",
                    "--purpose", "visit", "--temp", "36.5")
    line = one_line(done)
    log = data / "gatepost.log"
    assert line == ("Something went wrong and the command stopped; the work in progress was not saved. "
                    f"The details are in the log: {log}")
    written = log.read_bytes()
    assert b"unexpected error in gatepost visitor add" in written and b"IntegrityError" in written
    assert b"refused by another tool" not in written  # messages stay out: they can quote anyone
    for personal in (ID_NUMBER, ID_NUMBER[-8:], PHONE, PHONE[-8:], NAME):
        assert personal.encode() not in written and personal not in done.stderr
    if os.name == "posix":
        assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_the_line_is_translated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import Cli, build_parser
    from app.cli.failures import UNEXPECTED, report_failure
    from app.errors import DAMAGED_FILE

    chinese = {UNEXPECTED: "出错了，命令已停止；未完成的工作没有保存。详情见日志：{path}",
               DAMAGED_FILE: "数据库文件已损坏。请用 gatepost db restore 文件 从 {folder} 恢复备份。"}
    cli = Cli(build_parser().parse_args(["--data-dir", str(tmp_path), "list", "residents"]))
    cli.translate = lambda context, source, n=-1: chinese.get(source, source)
    assert report_failure(cli, LookupError("unforeseen")) == 1
    assert report_failure(cli, sqlite3.DatabaseError("file is not a database")) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"出错了，命令已停止；未完成的工作没有保存。详情见日志：{tmp_path / 'gatepost.log'}",
        f"数据库文件已损坏。请用 gatepost db restore 文件 从 {tmp_path / 'backups'} 恢复备份。"]


def test_db_backup_needs_a_head_or_an_admin(tmp_path: Path) -> None:
    data = init_compound(tmp_path / "data")
    added = gatepost(data, "user", "add", "guard1", "--role", "guard",
                     env=environment(data, GATEPOST_NEW_PASSWORD="guard-pw-long"))
    assert added.returncode == 0, added.stderr
    backups = data / "backups"

    nobody = {k: v for k, v in environment(data).items() if k != "GATEPOST_USER"}
    assert one_line(gatepost(data, "db", "backup", env=nobody)).startswith("User name: ")
    guard = environment(data, GATEPOST_USER="guard1", GATEPOST_PASSWORD="guard-pw-long")
    assert "Committee head" in one_line(gatepost(data, "db", "backup", env=guard))
    assert not backups.exists() or not any(backups.iterdir())

    done = gatepost(data, "db", "backup", "--json")
    assert done.returncode == 0, done.stderr
    path = Path(done.stdout.split('"path": "')[1].split('"')[0])
    assert list(backups.iterdir()) == [path] and path.name.endswith("-manual.db")
    assert path.stat().st_size > 0
    if os.name == "posix":
        assert (stat.S_IMODE(path.stat().st_mode), stat.S_IMODE(backups.stat().st_mode)) == (0o600, 0o700)
