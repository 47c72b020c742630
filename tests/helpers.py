"""Helpers shared by the service and CLI tests: valid ID numbers, roster files, row counts."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from typing import Any

from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.pool import NullPool
from sqlalchemy.orm import Session, sessionmaker
from stdnum.cn import ric

from app import clock
from app.paths import DB_FILE_NAME, HUB_FILE_NAME
from app.db.engine import PAGE_SIZE, make_session_factory, sqlite_url
from app.db.migrate import open_database
from app.db.unlocking import new_database
from app.db.vault import VAULT_SUFFIX, Vault, attach
from app.services.context import Actor
from app.services.setup import init_site

SHANGHAI = ZoneInfo("Asia/Shanghai")
PASSWORD = "secret-pw"
START = datetime(2026, 3, 2, 10, 0, tzinfo=SHANGHAI)  # 10:00 on a Monday at the compound
ENGLISH_HEADER = "name,building,unit,room,phone,id_type,id_number,pass_no,tags"
CHINESE_HEADER = "姓名,楼号,单元,室号,电话,证件类型,证件号码,出入证号,标签"


def resident_id(born: str = "19800101", region: str = "110105", seq: str = "123") -> str:
    """A resident ID number with a correct check digit (``calc_check_digit`` skips the last)."""
    body = f"{region}{born}{seq}"
    return body + ric.calc_check_digit(body + "0")


def resident_id_ending_x(born: str = "19800101", region: str = "110105") -> str:
    for n in range(1000):
        number = resident_id(born, region, f"{n:03d}")
        if number.endswith("X"):
            return number
    raise AssertionError("no sequence gives the check digit X")


def wrong_check_digit(number: str) -> str:
    digit = "0" if number[-1] != "0" else "1"
    return number[:-1] + digit


def count(sessions: sessionmaker[Session], model: type) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def csv_bytes(lines: list[str], encoding: str = "utf-8") -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def build_initialised_database(folder: Path, encrypted: bool = False) -> Actor:
    """Create a database in ``folder`` as the ``admin`` fixture does, at the fixed start time;
    ``encrypted`` as ``gatepost init`` does (SQLCipher, the key wrapped for the admin)."""
    previous = clock.use_clock(clock.FixedClock(START))
    try:
        unlocked = new_database(folder / DB_FILE_NAME) if encrypted else None
        engine = open_database(sqlite_url(folder), key=unlocked.key if unlocked else None)
        sessions = make_session_factory(engine)
        if unlocked is not None:
            attach(sessions, unlocked.vault, unlocked.key)
        with sessions.begin() as session:
            actor = init_site(session, site_name="阳光花园", committee="阳光社区居委会",
                              admin_username="admin", admin_password=PASSWORD,
                              gates=["东门", "西门"])
        engine.dispose()  # the last connection folds the WAL into the file
    finally:
        clock.use_clock(previous)
    return actor


def copy_database(source: Path, folder: Path) -> None:
    """The database file, and its key file if it is encrypted."""
    for suffix in ("-wal", "-shm", VAULT_SUFFIX):
        (folder / f"{DB_FILE_NAME}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source / DB_FILE_NAME, folder / DB_FILE_NAME)
    keys = source / f"{DB_FILE_NAME}{VAULT_SUFFIX}"
    if keys.exists():
        shutil.copyfile(keys, folder / keys.name)


def gate_key(folder: Path, username: str = "admin", password: str = PASSWORD) -> bytes:
    """The key of an encrypted gate database, unwrapped with the user's password."""
    vault = Vault.load(folder / DB_FILE_NAME)
    assert vault is not None, "the database is not encrypted"
    return vault.unwrap(username, password)[0]


def gate_engine(folder: Path, username: str = "admin", password: str = PASSWORD) -> Engine:
    """The gate's database as a test reads it behind the program's back: plain, or encrypted
    (the key unwrapped with the user's password). Each connection looks again, since the
    program may encrypt the file between two of them."""
    from sqlcipher3 import dbapi2 as sqlcipher

    def connect() -> Any:
        path = folder / DB_FILE_NAME
        connection = sqlcipher.connect(str(path), check_same_thread=False)
        if Vault.load(path) is not None:
            key = gate_key(folder, username, password)
            connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            connection.execute(f"PRAGMA cipher_page_size={PAGE_SIZE}")
        connection.execute("PRAGMA foreign_keys=ON")
        return connection

    return create_engine("sqlite://", creator=connect, poolclass=NullPool)


def open_hub(folder: Path, office: str = "东湖街道", encrypted: bool = False) -> tuple[sessionmaker[Session], Actor]:
    """A new street-office hub in ``folder`` and its administrator ``admin`` (password ``PASSWORD``),
    signed in: ``encrypted`` as ``gatepost hub init`` makes it, else a plain file (the services
    alone, for tests that do not run the program on it)."""
    from app.services.hub import init_hub

    folder.mkdir(parents=True, exist_ok=True)
    if encrypted:
        from app.services.opening import Opener

        opener = Opener.in_folder(folder, hub=True)
        actor = opener.set_up_hub(office, "admin", PASSWORD)
        return opener.sessions, actor
    sessions = make_session_factory(open_database(sqlite_url(folder, HUB_FILE_NAME), hub=True))
    with sessions.begin() as session:
        actor = init_hub(session, office, "admin", PASSWORD)
    return sessions, actor


def reopen_hub(folder: Path, username: str = "admin", password: str = PASSWORD) -> sessionmaker[Session]:
    """An encrypted hub opened again, its key unwrapped with the user's password."""
    from app.services.opening import Opener

    return Opener.in_folder(folder, hub=True).open(username, password)


def set_up_in(sessions: sessionmaker[Session]):
    """What the setup wizard is given (``DatabaseLoader.set_up_compound``), on ``sessions``: makes the
    compound and gives its administrator."""
    def set_up(**fields: Any) -> Actor:
        with sessions.begin() as session:
            return init_site(session, **fields)

    return set_up
