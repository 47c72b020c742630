"""A copied or restored database takes a new replica id, so no two copies reuse a version."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.db.engine import DB_FILE_NAME, make_session_factory, sqlite_url
from app.db.migrate import backup_sqlite, open_database
from app.models import Replica
from app.services.context import Actor
from app.services.hub import office_key_file
from app.services.residents import import_residents
from app.services.sync import export_events, import_office_key
from app.services.sync_state import state
from tests.helpers import ENGLISH_HEADER, csv_bytes, open_hub


def _replica(sessions: sessionmaker[Session]) -> Replica:
    with sessions() as session:
        return session.scalars(select(Replica)).one()


def _trust_an_office(sessions: sessionmaker[Session], admin: Actor, tmp_path: Path) -> None:
    hub, office_admin = open_hub(tmp_path / "hub-folder")
    with hub.begin() as session:
        key = office_key_file(session, office_admin)
    with sessions.begin() as session:
        import_office_key(session, admin, key)


def _export(sessions: sessionmaker[Session], admin: Actor, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir(exist_ok=True)
    with sessions.begin() as session:
        export_events(session, admin, stick)


def _add_resident(sessions: sessionmaker[Session], admin: Actor, pass_no: str) -> None:
    with sessions.begin() as session:
        import_residents(session, admin, csv_bytes([ENGLISH_HEADER, f"王五,1,1,{pass_no[-3:]},,,,{pass_no},"]))


def test_the_same_file_opened_again_keeps_its_replica(sessions, admin, data_dir: Path) -> None:
    before = _replica(sessions).id
    sessions.kw["bind"].dispose()
    again = make_session_factory(open_database(sqlite_url(data_dir)))
    assert _replica(again).id == before
    assert (data_dir / f"{DB_FILE_NAME}.replica").exists()


def test_a_copy_that_was_exported_from_gets_a_new_replica(sessions, admin, data_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "hub-folder").mkdir()
    _trust_an_office(sessions, admin, tmp_path)
    _add_resident(sessions, admin, "10001")
    _export(sessions, admin, tmp_path)
    original = _replica(sessions)
    sessions.kw["bind"].dispose()
    clone_dir = tmp_path / "clone"
    clone_dir.mkdir()
    shutil.copyfile(data_dir / DB_FILE_NAME, clone_dir / DB_FILE_NAME)
    clone = make_session_factory(open_database(sqlite_url(clone_dir)))
    copied = _replica(clone)
    assert copied.id != original.id
    assert copied.counter >= original.counter
    with clone() as session:
        assert state(session, "earlier_replicas") == [original.id.hex]
    # The original, opened where it always was, keeps its id.
    assert _replica(make_session_factory(open_database(sqlite_url(data_dir)))).id == original.id


def test_a_restored_backup_gets_a_new_replica(sessions, admin, data_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "hub-folder").mkdir()
    _trust_an_office(sessions, admin, tmp_path)
    backup = backup_sqlite(sessions.kw["bind"], "test")
    assert backup is not None
    _add_resident(sessions, admin, "10002")
    _export(sessions, admin, tmp_path)  # publishes counters the backup has not reached
    published = _replica(sessions)
    sessions.kw["bind"].dispose()
    for suffix in ("-wal", "-shm"):
        (data_dir / f"{DB_FILE_NAME}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, data_dir / DB_FILE_NAME)
    restored = make_session_factory(open_database(sqlite_url(data_dir)))
    renewed = _replica(restored)
    assert renewed.id != published.id
    assert renewed.counter >= published.counter
