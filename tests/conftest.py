"""Shared fixtures: a real SQLite file per test, a fixed clock, a signed-in administrator.

Building a database costs an alembic upgrade and an argon2 hash, so the empty and the
initialised databases are built once per run and copied into each test's own folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("GATEPOST_NOW", None)
os.environ.pop("GATEPOST_DATA_DIR", None)

from sqlalchemy.orm import Session, sessionmaker

from app import clock
from app.db.engine import make_session_factory, sqlite_url
from app.db.migrate import open_database
from app.services.context import Actor
from tests.helpers import START, build_initialised_database, copy_database



@pytest.fixture(autouse=True)
def system_temp() -> Iterator[None]:
    """The program moves temporary files into its data folder (``use_private_temp``); a test
    that ran it in this process leaves the next test the usual folder."""
    import tempfile

    before, sqlite_before = tempfile.tempdir, os.environ.get("SQLITE_TMPDIR")
    yield
    tempfile.tempdir = before
    if sqlite_before is None:
        os.environ.pop("SQLITE_TMPDIR", None)
    else:
        os.environ["SQLITE_TMPDIR"] = sqlite_before


@pytest.fixture
def fixed_clock() -> Iterator[clock.FixedClock]:
    fixed = clock.FixedClock(START)
    previous = clock.use_clock(fixed)
    yield fixed
    clock.use_clock(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("empty-template")
    open_database(sqlite_url(folder)).dispose()
    return folder


@pytest.fixture(scope="session")
def admin_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Actor]:
    folder = tmp_path_factory.mktemp("admin-template")
    return folder, build_initialised_database(folder)


@pytest.fixture
def sessions(data_dir: Path, fixed_clock: clock.FixedClock,
             empty_template: Path) -> sessionmaker[Session]:
    copy_database(empty_template, data_dir)
    return make_session_factory(open_database(sqlite_url(data_dir)))


@pytest.fixture
def admin(sessions: sessionmaker[Session], data_dir: Path,
          admin_template: tuple[Path, Actor]) -> Actor:
    folder, actor = admin_template
    sessions.kw["bind"].dispose()  # reconnects to the copied file on first use
    copy_database(folder, data_dir)
    return actor
