"""A schema upgrade cannot brick the database: it runs on a checked copy that is swapped in.

The upgrade of an encrypted gate database is killed after each statement that writes and after
each rename (a forked child that dies there, ``tests/dying.py``); each time the next start finds
a whole database, upgrades it and keeps every resident, and no start takes a second backup of the
same file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from app import clock
from app.db.backup_files import inspect_file
from app.db.engine import make_session_factory, sqlite_url
from app.db.health import check_database
from app.db.migrate import SCHEMA_HEAD, UPGRADE_FAILED, alembic_config, migrate, open_database
from app.errors import GatePostError
from app.models import Person
from app.paths import DB_FILE_NAME
from app.services.residents import import_residents
from tests.dying import KILLED, die_at, needs_fork
from tests.helpers import ENGLISH_HEADER, START, build_initialised_database, csv_bytes, gate_key

PEOPLE = 6
BEFORE_HEAD = ScriptDirectory.from_config(alembic_config()).get_revision(SCHEMA_HEAD).down_revision


@pytest.fixture(scope="module")
def older(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """An encrypted gate database with residents, taken back one schema step."""
    folder = tmp_path_factory.mktemp("older")
    actor = build_initialised_database(folder, encrypted=True)
    key = gate_key(folder)
    previous = clock.use_clock(clock.FixedClock(START))
    try:
        engine = open_database(sqlite_url(folder), key=key)
        with make_session_factory(engine).begin() as session:
            import_residents(session, actor, csv_bytes(
                [ENGLISH_HEADER, *(f"居民{i},1,1,{100 + i},,,,P{i:03d}," for i in range(PEOPLE))]))
        migrate(engine, lambda config: command.downgrade(config, BEFORE_HEAD))
        engine.dispose()
    finally:
        clock.use_clock(previous)
    return folder, key


def _fresh(older: tuple[Path, bytes], folder: Path) -> Path:
    shutil.copytree(older[0], folder)
    return folder


def _residents(folder: Path, key: bytes, checked: bool = False) -> int:
    engine = open_database(sqlite_url(folder), key=key)
    try:
        assert not checked or check_database(engine) == []
        with make_session_factory(engine)() as session:
            return session.scalar(select(func.count()).select_from(Person))
    finally:
        engine.dispose()


def _upgrade_backups(folder: Path) -> list[Path]:
    return sorted((folder / "backups").glob(f"*-before-upgrade-from-{BEFORE_HEAD}*.db"))


@needs_fork
def test_an_upgrade_killed_at_every_step_leaves_a_database_that_starts(older, tmp_path: Path) -> None:
    folder, key = older
    code, steps = die_at(None, lambda: open_database(sqlite_url(_fresh(older, tmp_path / "count")), key=key).dispose(),
                         commits=False)
    assert code == 0 and steps > 10
    for step in range(1, steps + 1):
        data = _fresh(older, tmp_path / f"killed-{step}")
        assert die_at(step, lambda data=data: open_database(sqlite_url(data), key=key), commits=False)[0] == KILLED, step
        state = inspect_file(data / DB_FILE_NAME, key)
        assert state.ok and state.revision in (BEFORE_HEAD, SCHEMA_HEAD), (step, state)
        assert _residents(data, key) == PEOPLE, step
        assert inspect_file(data / DB_FILE_NAME, key).revision == SCHEMA_HEAD
        assert len(_upgrade_backups(data)) <= 1, step  # the start after the kill took none of its own
        assert not [p for p in data.rglob("*") if ".upgrading" in p.name or ".partial" in p.name], step
        shutil.rmtree(data)


def test_a_failing_upgrade_leaves_the_file_and_takes_no_second_backup(older, tmp_path: Path, monkeypatch) -> None:
    data = _fresh(older, tmp_path / "data")
    key = older[1]
    before = (data / DB_FILE_NAME).read_bytes()
    real_migrate = migrate

    def broken(engine, step) -> None:  # the upgrade's last statement fails, as a full disk would
        def then_fail(config) -> None:
            step(config)
            config.attributes["connection"].exec_driver_sql("SELECT no_such_function()")
        real_migrate(engine, then_fail)

    monkeypatch.setattr("app.db.migrate.migrate", broken)
    for _start in range(3):
        with pytest.raises(OperationalError):
            open_database(sqlite_url(data), key=key)
    assert (data / DB_FILE_NAME).read_bytes() == before
    assert len(_upgrade_backups(data)) == 1
    monkeypatch.setattr("app.db.migrate.migrate", real_migrate)
    assert _residents(data, key, checked=True) == PEOPLE
    assert len(_upgrade_backups(data)) == 1


def test_a_copy_that_fails_its_check_is_not_swapped_in(older, tmp_path: Path, monkeypatch) -> None:
    data = _fresh(older, tmp_path / "data")
    monkeypatch.setattr("app.db.migrate.SCHEMA_HEAD", "9999")  # what the copy reaches is not what is expected
    with pytest.raises(GatePostError) as refused:
        open_database(sqlite_url(data), key=older[1])
    assert refused.value.message.text == UPGRADE_FAILED
    assert inspect_file(data / DB_FILE_NAME, older[1]).revision == BEFORE_HEAD
