"""The engine URL is the only switch between the embedded SQLite file and the PostgreSQL hub."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.db import stamping
from app.models import Base
from app.models.base import use_postgresql_conditions
from app.paths import DB_FILE_NAME

HUB_FILE_NAME = "gatepost-hub.db"
CACHE_KIB = 32000
BUSY_TIMEOUT_MS = 5000
WAL_LIMIT_BYTES = 64 * 1024**2


def sqlite_url(data_dir: Path, name: str = DB_FILE_NAME) -> str:
    return f"sqlite:///{data_dir / name}"


def _set_sqlite_pragmas(dbapi_connection: object, connection_record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    # WAL lets the gate read while a report runs; FULL makes a commit survive a power cut.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # 32 MB of page cache: indexes over a million checks stay in memory.
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    # A hub's import of a million rows grows the log to 700 MB; once folded into the database
    # it is cut back to this size instead of staying on the disk while the program runs.
    cursor.execute(f"PRAGMA journal_size_limit={WAL_LIMIT_BYTES}")
    cursor.close()


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.drivername == "postgresql":  # psycopg 3 is the driver GatePost installs
        parsed = parsed.set(drivername="postgresql+psycopg")
    engine = create_engine(parsed)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    elif engine.dialect.name == "postgresql":
        use_postgresql_conditions(Base.metadata)
    return engine


def is_busy(error: OperationalError) -> bool:
    """SQLite's "database is locked" (SQLITE_BUSY, SQLITE_LOCKED) after the busy timeout."""
    return getattr(error.orig, "sqlite_errorcode", None) in (5, 6)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    stamping.install()
    return sessionmaker(engine, expire_on_commit=False)


def sqlite_path(engine: Engine) -> Path | None:
    """The database file behind an SQLite engine (None for PostgreSQL or in-memory)."""
    if engine.dialect.name != "sqlite" or not engine.url.database:
        return None
    return Path(engine.url.database)
