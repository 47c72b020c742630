"""Backups that do not lie: a backup that fails or is killed leaves no file that looks like one,
and ``db check`` finds what SQLite's own checks cannot see, without ever raising."""

from __future__ import annotations

import os
import signal
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from app.db.engine import make_session_factory, sqlite_url
from app.db.health import UNREADABLE_TEXT, WRONG_VALUES, check_database, is_damage
from app.db.migrate import open_database
from app.services.backups import back_up_database
from app.services.context import Actor
from tests.dying import KILLED, die_at, needs_fork
from tests.helpers import build_initialised_database, gate_key

resource = pytest.importorskip("resource", reason="POSIX: a file size limit")


def _back_up(folder: Path, actor: Actor, key: bytes | None) -> None:
    engine = open_database(sqlite_url(folder), key=key)
    with make_session_factory(engine).begin() as session:
        back_up_database(session, actor)
    engine.dispose()


@pytest.fixture
def gate(tmp_path: Path) -> tuple[Path, Actor, bytes]:
    folder = tmp_path / "data"
    folder.mkdir()
    actor = build_initialised_database(folder, encrypted=True)
    return folder, actor, gate_key(folder)


@needs_fork
def test_a_backup_that_fails_half_way_leaves_nothing(gate) -> None:
    """The disk fills while the copy is written (a file size limit below the copy's size)."""
    folder, actor, key = gate
    limit = (folder / "gatepost.db").stat().st_size // 2

    def on_a_full_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        try:
            _back_up(folder, actor, key)
        except Exception:
            os._exit(3)

    assert die_at(None, on_a_full_disk)[0] == 3
    assert list((folder / "backups").iterdir()) == []


@needs_fork
def test_a_killed_backup_is_never_taken_for_one(gate, monkeypatch) -> None:
    folder, actor, key = gate

    def killed_before_its_check() -> None:
        import app.db.backup_files as backup_files

        monkeypatch.setattr(backup_files, "inspect_file", lambda *_args, **_kw: os._exit(KILLED))
        _back_up(folder, actor, key)

    assert die_at(None, killed_before_its_check)[0] == KILLED
    left = list((folder / "backups").iterdir())
    assert left and all(".partial" in path.name for path in left)  # whole, but not yet checked
    open_database(sqlite_url(folder), key=key).dispose()  # the next start
    assert list((folder / "backups").iterdir()) == []
    _back_up(folder, actor, key)
    assert [p.name.endswith("-manual.db") for p in (folder / "backups").iterdir()] == [True]


def _raw(sessions: sessionmaker[Session]) -> Path:
    engine = sessions.kw["bind"]
    engine.dispose()
    return Path(engine.url.database)


def test_db_check_finds_what_sqlite_cannot_see(sessions: sessionmaker[Session], admin: Actor) -> None:
    path = _raw(sessions)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE users SET display_name = CAST(X'e4bd' AS TEXT)")
        connection.execute("UPDATE gates SET active = 7")
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()
    found = check_database(sessions.kw["bind"])
    assert is_damage(found)
    texts = {(m.text, m.params.get("table")) for m in found}
    assert (UNREADABLE_TEXT, "users") in texts and (WRONG_VALUES, "gates") in texts


def test_db_check_says_damaged_instead_of_raising(sessions: sessionmaker[Session], admin: Actor) -> None:
    path = _raw(sessions)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root, = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'users'").fetchone()
        size, = connection.execute("PRAGMA page_size").fetchone()
    connection.close()
    with open(path, "r+b") as file:  # the table's page overwritten: SQLite refuses to read it
        file.seek((root - 1) * size)
        file.write(b"\x55" * size)
    found = check_database(sessions.kw["bind"])
    assert is_damage(found)
    assert all("\n" not in m.render() for m in found)
