"""Shared fixtures: a real SQLite file per test, a fixed clock, a signed-in administrator."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("GATEPOST_NOW", None)
os.environ.pop("GATEPOST_DATA_DIR", None)

from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from app import clock  # noqa: E402
from app.db.engine import make_session_factory, sqlite_url  # noqa: E402
from app.db.migrate import open_database  # noqa: E402
from app.services.context import Actor  # noqa: E402
from app.services.setup import init_site  # noqa: E402

SHANGHAI = ZoneInfo("Asia/Shanghai")
PASSWORD = "secret-pw"
# 10:00 on a Monday at the compound.
START = datetime(2026, 3, 2, 10, 0, tzinfo=SHANGHAI)


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


@pytest.fixture
def sessions(data_dir: Path, fixed_clock: clock.FixedClock) -> sessionmaker[Session]:
    return make_session_factory(open_database(sqlite_url(data_dir)))


@pytest.fixture
def admin(sessions: sessionmaker[Session]) -> Actor:
    with sessions.begin() as session:
        return init_site(session, site_name="阳光花园", committee="阳光社区居委会",
                         admin_username="admin", admin_password=PASSWORD,
                         gates=["东门", "西门"])
