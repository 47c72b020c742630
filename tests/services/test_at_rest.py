"""Encryption at rest on real SQLCipher files: keys wrapped per user, conversion, backups."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.at_rest import ENCRYPTING, PLAIN_ASIDE, is_plain
from app.db.engine import make_session_factory, sqlite_url
from app.db.migrate import backup_sqlite, open_database
from app.db.unlocking import recover, unlock
from app.db.vault import vault_path
from app.errors import AuthenticationFailed
from app.models import Person
from app.paths import DB_FILE_NAME
from app.services.residents import import_residents
from tests.helpers import ENGLISH_HEADER, PASSWORD, csv_bytes, resident_id

ID_NUMBER = resident_id("19491231", seq="002")
ROSTER = [ENGLISH_HEADER, f"张三,3,2,201,13812348000,resident_id,{ID_NUMBER},00001,"]


def no_plain_copy(folder: Path) -> None:
    """Nothing under the folder is a plain SQLite file or holds a resident's data as text."""
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not data.startswith(b"SQLite format 3"), path
            for secret in ("张三".encode(), ID_NUMBER.encode(), b"13812348000"):
                assert secret not in data, path


@pytest.fixture
def plain_gate(sessions, admin, data_dir: Path) -> Path:
    """A gate's database as GatePost wrote it before encryption, with one resident."""
    with sessions.begin() as session:
        import_residents(session, admin, csv_bytes(ROSTER))
    sessions.kw["bind"].dispose()
    backup_sqlite(sessions.kw["bind"], "manual")
    return data_dir / DB_FILE_NAME


def test_a_plain_database_is_encrypted_at_its_first_sign_in(plain_gate: Path, admin, fixed_clock) -> None:
    unlocked = unlock(plain_gate, admin.username, PASSWORD, fixed_clock.now())
    assert unlocked.recovery_code and vault_path(plain_gate).exists()
    engine = open_database(sqlite_url(plain_gate.parent), key=unlocked.key)
    with make_session_factory(engine)() as session:
        assert session.scalars(select(Person.name)).all() == ["张三"]
    engine.dispose()
    no_plain_copy(plain_gate.parent)
    assert oct(vault_path(plain_gate).stat().st_mode & 0o777) == "0o600"

    again = unlock(plain_gate, admin.username, PASSWORD, fixed_clock.now())
    assert again.key == unlocked.key and again.recovery_code is None
    assert recover(plain_gate, unlocked.recovery_code.lower()).key == unlocked.key
    with pytest.raises(AuthenticationFailed):
        recover(plain_gate, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")


def test_wrong_passwords_lock_the_account_before_the_database_opens(plain_gate, admin, fixed_clock) -> None:
    unlock(plain_gate, admin.username, PASSWORD, fixed_clock.now())
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            unlock(plain_gate, admin.username, "wrong password", fixed_clock.now())
    with pytest.raises(AuthenticationFailed) as refused:
        unlock(plain_gate, admin.username, PASSWORD, fixed_clock.now())
    assert "locked" in refused.value.render()
    fixed_clock.advance(minutes=16)
    assert unlock(plain_gate, admin.username, PASSWORD, fixed_clock.now()).key


def test_a_backup_of_an_encrypted_database_is_encrypted(plain_gate, admin, fixed_clock) -> None:
    key = unlock(plain_gate, admin.username, PASSWORD, fixed_clock.now()).key
    engine = open_database(sqlite_url(plain_gate.parent), key=key)
    fixed_clock.advance(seconds=1)
    copy = backup_sqlite(engine, "manual")
    engine.dispose()
    assert copy is not None and not is_plain(copy)
    restored = open_database(f"sqlite:///{copy}", key=key)
    with make_session_factory(restored)() as session:
        assert session.scalars(select(Person.name)).all() == ["张三"]
    restored.dispose()
    no_plain_copy(plain_gate.parent)


KILL_AT = ("after export", "after first rename", "after second rename")


@pytest.mark.parametrize("step", KILL_AT)
def test_a_killed_conversion_leaves_one_readable_database(plain_gate, admin, fixed_clock, step) -> None:
    """The conversion stopped after each step (a child process that dies there): the next
    sign-in finds either the plain file or the encrypted one, and finishes the work."""
    key = unlock(plain_gate, admin.username, PASSWORD, fixed_clock.now()).key
    script = f"""
import os, sys
from pathlib import Path
import app.db.at_rest as at_rest
steps = {list(KILL_AT)!r}
stop = steps.index({step!r})
real_export, real_replace, done = at_rest.export, os.replace, []
def export(*args, **kw):
    real_export(*args, **kw)
    if stop == 0: os._exit(9)
def replace(a, b):
    real_replace(a, b)
    done.append(1)
    if len(done) == stop: os._exit(9)
at_rest.export, at_rest.os.replace = export, replace
at_rest.encrypt_in_place(Path({str(plain_gate)!r}), bytes.fromhex({key.hex()!r}))
"""
    result = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).parents[2])
    assert result.returncode == 9
    assert plain_gate.exists() or plain_gate.with_name(plain_gate.name + PLAIN_ASIDE).exists()
    engine = open_database(sqlite_url(plain_gate.parent), key=key)
    with make_session_factory(engine)() as session:
        assert session.scalars(select(Person.name)).all() == ["张三"]
    engine.dispose()
    for suffix in (ENCRYPTING, PLAIN_ASIDE):
        assert not plain_gate.with_name(plain_gate.name + suffix).exists()
    no_plain_copy(plain_gate.parent)


def test_the_files_are_the_owners_only(plain_gate, admin, fixed_clock) -> None:
    key = unlock(plain_gate, admin.username, PASSWORD, fixed_clock.now()).key
    open_database(sqlite_url(plain_gate.parent), key=key).dispose()
    if os.name == "posix":
        assert plain_gate.stat().st_mode & 0o077 == 0
        assert (plain_gate.parent / "backups").stat().st_mode & 0o077 == 0



FIXTURE = Path(__file__).parents[1] / "fixtures" / "gate-0009-plain.db"


def test_a_database_written_before_encryption_is_encrypted_and_upgraded(data_dir: Path, fixed_clock) -> None:
    """A compound's file as GatePost wrote it before this change (schema 0009, plain SQLite,
    one resident): the first sign-in encrypts it, then the schema is brought to the head."""
    import shutil

    from app.db.migrate import SCHEMA_HEAD, schema_revision

    shutil.copyfile(FIXTURE, data_dir / DB_FILE_NAME)
    unlocked = unlock(data_dir / DB_FILE_NAME, "admin", "secret-pw", fixed_clock.now())
    assert unlocked.recovery_code
    engine = open_database(sqlite_url(data_dir), key=unlocked.key)
    with engine.connect() as connection:
        assert schema_revision(connection) == SCHEMA_HEAD
    with make_session_factory(engine)() as session:
        assert session.scalars(select(Person.name)).all() == ["张三"]
    engine.dispose()
    backups = list((data_dir / "backups").glob("*before-upgrade-from-0009*"))
    assert len(backups) == 1 and not is_plain(backups[0])
    for path in data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not data.startswith(b"SQLite format 3") and "张三".encode() not in data, path
