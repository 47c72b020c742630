"""Schema head, drift check, backups, and the fast path that skips alembic."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.schema import CreateIndex
from sqlalchemy.orm import Session, sessionmaker

from app.clock import FixedClock
from app import clock
from app.db.engine import make_engine, make_session_factory, sqlite_url
from app.db.health import check_database
from app.db.migrate import SCHEMA_HEAD, alembic_config, backup_sqlite, migrate, open_database, upgrade
from app.models import Base, Person, TemperatureCheck
from app.services.checks import CheckForm, record_check
from app.services.context import Actor
from app.services.demo import generate_demo_data
from app.services.residents import import_residents
from app.services.setup import init_site
from tests.helpers import ENGLISH_HEADER, START, count, csv_bytes, resident_id

ROOT = Path(__file__).resolve().parents[2]


def _engine(sessions: sessionmaker[Session]) -> Engine:
    return sessions.kw["bind"]


def _row_counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        connection.close()


@pytest.fixture
def filled(sessions: sessionmaker[Session], admin: Actor) -> sessionmaker[Session]:
    rows = [f"居民{i},3,2,{200 + i},,resident_id,{resident_id(seq=f'{i:03d}')},P{i:03d},"
            for i in range(1, 6)]
    with sessions.begin() as session:
        report = import_residents(session, admin, csv_bytes([ENGLISH_HEADER, *rows]))
        assert report.created == 5
        record_check(session, admin, CheckForm(reading="36.5", subject_kind="courier",
                                               subject_label="快递"))
    return sessions


def test_schema_head_is_the_single_alembic_head() -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert heads == [SCHEMA_HEAD]


def test_fresh_database_has_no_drift(sessions: sessionmaker[Session]) -> None:
    engine = _engine(sessions)
    assert check_database(engine) == []
    assert set(inspect(engine).get_table_names()) == set(Base.metadata.tables) | {"alembic_version"}


def test_drift_and_broken_links_are_reported(filled: sessionmaker[Session]) -> None:
    engine = _engine(filled)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP INDEX ix_people_name")
    problems = [m.render() for m in check_database(engine)]
    assert len(problems) == 1
    assert "ix_people_name" in problems[0]

    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.exec_driver_sql("DELETE FROM households")
        connection.commit()
    problems = [m.render() for m in check_database(engine)]
    assert "5 records point at records that do not exist." in problems


def test_wrong_revision_is_reported(sessions: sessionmaker[Session]) -> None:
    engine = _engine(sessions)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0000'")
    assert [m.render() for m in check_database(engine)] == [
        f"The schema is at 0000, this program expects {SCHEMA_HEAD}."]


def test_backup_is_a_complete_sqlite_copy(filled: sessionmaker[Session], data_dir: Path,
                                         fixed_clock: FixedClock) -> None:
    engine = _engine(filled)
    original = _row_counts(data_dir / "gatepost.db")
    assert original["people"] == 5 and original["temperature_checks"] == 1

    first = backup_sqlite(engine, "manual")
    second = backup_sqlite(engine, "manual")
    assert first is not None and second is not None
    assert first.parent == second.parent == data_dir / "backups"
    assert first.name == "gatepost-20260302T020000Z-manual.db"
    assert second.name == "gatepost-20260302T020000Z-manual-2.db"
    for copy in (first, second):
        connection = sqlite3.connect(copy)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
                (SCHEMA_HEAD,)]
        finally:
            connection.close()
        assert _row_counts(copy) == original
    backup_engine = make_engine(f"sqlite:///{first}")
    assert check_database(backup_engine) == []
    backup_engine.dispose()


def test_no_backup_of_memory_database() -> None:
    assert backup_sqlite(make_engine("sqlite://"), "manual") is None


def test_upgrade_of_current_database_does_nothing(filled: sessionmaker[Session], data_dir: Path) -> None:
    before = _row_counts(data_dir / "gatepost.db")
    assert upgrade(_engine(filled)) is None
    assert not (data_dir / "backups").exists()
    assert _row_counts(data_dir / "gatepost.db") == before


def test_new_database_is_created_at_head_without_backup(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path))
    assert upgrade(engine) is None
    with engine.connect() as connection:
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert revision == SCHEMA_HEAD
    engine.dispose()
    assert not (tmp_path / "backups").exists()


_PROBE = """
import sys
from app.db.engine import sqlite_url
from app.db.migrate import open_database
from pathlib import Path
open_database(sqlite_url(Path(sys.argv[1]))).dispose()
print("alembic" in sys.modules)
"""


def _alembic_imported(folder: Path) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("GATEPOST_NOW", None)
    done = subprocess.run([sys.executable, "-c", _PROBE, str(folder)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    return done.stdout.strip()


def test_opening_a_current_database_does_not_import_alembic(filled: sessionmaker[Session],
                                                            data_dir: Path, tmp_path: Path) -> None:
    assert _alembic_imported(data_dir) == "False"
    # The probe can see alembic: a new database needs it.
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _alembic_imported(empty) == "True"
    assert "alembic_version" in _row_counts(empty / "gatepost.db")


def test_open_database_brings_a_new_file_to_head(tmp_path: Path) -> None:
    engine = open_database(sqlite_url(tmp_path))
    try:
        assert check_database(engine) == []
    finally:
        engine.dispose()


@pytest.mark.parametrize("older", sorted(
    r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions() if r.revision != SCHEMA_HEAD))
def test_later_revisions_upgrade_a_filled_database(tmp_path: Path, older: str) -> None:
    """A filled database taken back to ``older`` is backed up, upgraded, and keeps its data; its
    indexes end as the models declare them, conditions of partial indexes included (which the
    drift check does not compare)."""
    previous = clock.use_clock(clock.FixedClock(START))
    try:
        engine = open_database(sqlite_url(tmp_path))
        sessions = make_session_factory(engine)
        with sessions.begin() as session:
            actor = init_site(session, site_name="旧库", committee="旧库居委会", admin_username="admin",
                              admin_password="long-enough", gates=["东门"])
        generate_demo_data(sessions, actor, residents=30, days=2)
        before = (count(sessions, Person), count(sessions, TemperatureCheck))
        migrate(engine, lambda config: command.downgrade(config, older))
        backup = upgrade(engine)
        assert backup is not None and backup.exists()
        assert (count(sessions, Person), count(sessions, TemperatureCheck)) == before
        assert check_database(engine) == []
        assert _index_sql(engine) == _declared_index_sql(engine)
    finally:
        clock.use_clock(previous)


def _index_sql(engine: Engine) -> dict[str, str]:
    """Each index of the database as its ``CREATE INDEX``, spaced and quoted alike."""
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        return {name: _plain_sql(sql) for name, sql in rows}


def _declared_index_sql(engine: Engine) -> dict[str, str]:
    """Each index the models declare, as ``CREATE INDEX`` for this database."""
    return {index.name: _plain_sql(str(CreateIndex(index).compile(dialect=engine.dialect)))
            for table in Base.metadata.sorted_tables for index in table.indexes}


def _plain_sql(sql: str) -> str:
    return " ".join(sql.replace('"', "").replace("(", " ( ").replace(")", " ) ").split())
