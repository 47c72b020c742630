"""The engine URL is the only switch between the embedded SQLite file and the PostgreSQL hub."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from weakref import WeakKeyDictionary
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.db import stamping
from app.models import Base
from app.models.base import use_postgresql_conditions
from app.paths import DB_FILE_NAME

PAGE_SIZE = 8192
CACHE_KIB = 32000
BUSY_TIMEOUT_MS = 5000
WAL_LIMIT_BYTES = 64 * 1024**2


def sqlite_url(data_dir: Path, name: str = DB_FILE_NAME) -> str:
    return f"sqlite:///{data_dir / name}"


def _sqlite_pragmas(hub: bool, key: bytes | None) -> Callable[[Any, Any], None]:
    def set_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
        cursor = dbapi_connection.cursor()
        if key is not None:  # SQLCipher: the raw key first, before any page is read
            cursor.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our error to tell
            cursor.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            cursor.execute(f"PRAGMA cipher_page_size={PAGE_SIZE}")
        if not cursor.execute("PRAGMA page_count").fetchone()[0]:  # a new file, still empty
            # A check's row takes 400 bytes: a hub imports a million of them a fifth faster on
            # pages twice the default size.
            cursor.execute(f"PRAGMA page_size={PAGE_SIZE}")
            if hub:  # no free pages left after a commit: see ``make_engine``
                cursor.execute("PRAGMA auto_vacuum=FULL")
            else:  # a retention purge gives its freed pages back (``app.services.retention``)
                cursor.execute("PRAGMA auto_vacuum=INCREMENTAL")
        cursor.execute(f"PRAGMA journal_mode={'DELETE' if hub else 'WAL'}")
        cursor.execute("PRAGMA secure_delete=ON")  # deleted records are overwritten, not left in the file
        cursor.execute("PRAGMA synchronous=FULL")  # a commit survives a power cut
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # 32 MB of page cache: indexes over a million checks stay in memory.
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        # A big write (demo data, an upgrade) grows the log; once folded into the database it is
        # cut back to this size instead of staying on the disk while the program runs.
        cursor.execute(f"PRAGMA journal_size_limit={WAL_LIMIT_BYTES}")
        cursor.close()

    return set_pragmas


def make_engine(url: str, *, hub: bool = False, key: bytes | None = None) -> Engine:
    """An engine for ``url``. On SQLite a gate's file keeps a write-ahead log, so the guard's screen
    reads while a report or a save writes. A ``hub``'s file keeps a rollback journal instead: one
    operator, whose big writes are compounds' bundles, written once into the file (through the log
    they would be written twice, into the log and then into the file: a third of a first
    million-row import), and an import that fails or is killed leaves it byte for byte as it was.
    For that last part the hub's file keeps no free pages (auto-vacuum): a free page taken by a
    transaction is not copied to the journal, so a rollback would leave it holding new bytes.
    With a ``key`` the SQLite file is SQLCipher's, encrypted page by page (``app.db.vault``).
    """
    parsed = make_url(url)
    if parsed.drivername == "postgresql":  # psycopg 3 is the driver GatePost installs
        parsed = parsed.set(drivername="postgresql+psycopg")
    # An error's text must not quote the values being written: they are personal data.
    options: dict[str, Any] = {"hide_parameters": True}
    if key is not None:
        from sqlcipher3 import dbapi2 as sqlcipher

        options["module"] = sqlcipher
    engine = create_engine(parsed, **options)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas(hub, key), insert=True)
    if key is not None:
        _KEYS[engine] = key
    elif engine.dialect.name == "postgresql":
        use_postgresql_conditions(Base.metadata)
    return engine


_KEYS: WeakKeyDictionary[Engine, bytes] = WeakKeyDictionary()


def key_of(engine: Engine) -> bytes | None:
    """The SQLCipher key an engine opens its file with (None for a plain file or PostgreSQL):
    a second connection to the same file, made outside the engine, needs it too."""
    return _KEYS.get(engine)


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
