"""Backup files in the data folder's ``backups/``: taken so they never lie, listed with what each
holds, and put in the database's place without the folder ever being left without one.

A backup is written under a temporary name, checked (SQLite's integrity check and the
compound's id), flushed to the disk and only then renamed: a failed or killed backup leaves no
file that looks like one (its left-over is removed the next time). An encrypted database's
backups are encrypted with its own key.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine

from app import clock
from app.db.at_rest import export_connection, fsync_folder, is_encrypted, open_file
from app.db.engine import key_of, sqlite_path
from app.errors import QT_TRANSLATE_NOOP, GatePostError

PARTIAL = ".partial"
AUTOMATIC, AUTOMATIC_KEPT = "before-", 14
"""Backups GatePost takes on its own are named for what follows them ("before-upgrade-from-0004");
a manual backup ("manual") is the user's to delete."""
NOT_CHECKED = QT_TRANSLATE_NOOP(
    "Errors", "The backup failed its check after it was written ({detail}); nothing was kept. Check the drive "
              "and try again.")
_STAMP = re.compile(r"-(\d{8}T\d{6}Z)-(.+?)(?:-([1-9]\d*))?\.db")


@dataclass(frozen=True)
class FileState:
    """What a database file holds, read without changing it."""

    ok: bool
    revision: str | None = None
    site_id: str | None = None
    detail: str = ""


def inspect_file(path: Path, key: bytes | None, *, thorough: bool = True) -> FileState:
    """Whether the file at ``path`` opens with ``key`` and passes SQLite's check (``thorough``:
    the integrity check, else the quick one), with its schema revision and compound."""
    try:
        connection = open_file(path, key)
    except Exception as error:
        return FileState(False, detail=_short(error))
    try:
        result = [row[0] for row in connection.execute(
            "PRAGMA integrity_check" if thorough else "PRAGMA quick_check").fetchall()]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = (connection.execute("SELECT version_num FROM alembic_version").fetchone() or [None])[0] \
            if "alembic_version" in tables else None
        site = (connection.execute("SELECT site_id FROM replica").fetchone() or [None])[0] \
            if "replica" in tables else None
    except Exception as error:
        return FileState(False, detail=_short(error))
    finally:
        connection.close()
    ok = result == ["ok"] and revision is not None
    return FileState(ok, revision, None if site is None else str(site), "" if ok else "; ".join(result[:3])[:200])


def _short(error: BaseException) -> str:
    words = str(error).lower()
    known = ("file is not a database", "database disk image is malformed", "no such file")
    return next((k for k in known if k in words), type(error).__name__)


def site_of(connection: Connection) -> str | None:
    """The compound's id as the file stores it (None before the setup)."""
    if connection.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'replica'").first() is None:
        return None
    row = connection.exec_driver_sql("SELECT site_id FROM replica").first()
    return None if row is None else str(row[0])


def backup_sqlite(engine: Engine, reason: str) -> Path | None:
    """A checked copy of the SQLite file in ``backups/`` beside it, named for ``reason``."""
    source = sqlite_path(engine)
    if source is None or not source.exists():
        return None
    folder = source.parent / "backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    remove_partials(folder)
    target = _free_name(folder, source.stem, reason)
    if reason.startswith(AUTOMATIC):  # with this one, the newest AUTOMATIC_KEPT are kept
        prune_backups(folder, source.stem, AUTOMATIC_KEPT - 1)
    partial = _partial(target)
    try:
        with engine.connect() as connection:
            site = site_of(connection)
            if is_encrypted(connection):  # SQLCipher's VACUUM INTO cannot keep our page size
                export_connection(connection, partial)
            else:
                os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # owner-only from the start
                connection.exec_driver_sql("VACUUM INTO ?", (str(partial),))
                _fsync(partial)
        state = inspect_file(partial, key_of(engine))
        if not state.ok or state.site_id != site:
            raise GatePostError(NOT_CHECKED, detail=state.detail or "site")
        os.replace(partial, target)
        fsync_folder(folder)
    except BaseException:
        _remove(partial)
        raise
    return target


def _free_name(folder: Path, stem: str, reason: str) -> Path:
    stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{stem}-{stamp}-{reason}.db"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stem}-{stamp}-{reason}-{n}.db"
    return target


def _fsync(path: Path) -> None:
    with open(path, "r+b") as file:  # Windows flushes only files open for writing
        os.fsync(file.fileno())


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _partial(target: Path) -> Path:
    """Where ``target`` is written first; the process id tells a left-over from a backup under way."""
    return target.with_name(f"{target.name}.{os.getpid()}{PARTIAL}")


def remove_partials(folder: Path) -> None:
    """What killed backups left behind (never taken for a backup); not one still being written."""
    if not folder.is_dir():
        return
    for left in folder.glob(f"*{PARTIAL}*"):
        writer = re.search(r"\.(\d+)\.partial", left.name)
        if writer is None or not _running(int(writer[1]), left):
            left.unlink(missing_ok=True)


def _running(pid: int, path: Path) -> bool:
    if pid == os.getpid():
        return False  # this program starts no backup while it opens the database
    if os.name != "posix":  # no cheap test: a file untouched for an hour is a left-over
        import time

        try:
            return time.time() - path.stat().st_mtime < 3600
        except OSError:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def prune_backups(folder: Path, stem: str, keep: int) -> list[Path]:
    """Remove all but the ``keep`` newest automatic backups of the database named ``stem``: newest
    by the time in the name, then by the number added to a name already taken."""
    found = []
    for path in folder.glob(f"{stem}-????????T??????Z-{AUTOMATIC}*.db"):
        taken = re.search(r"-([1-9]\d*)\.db$", path.name)  # "-0004.db" is a revision, "-2.db" not
        found.append((path.name[len(stem) + 1:][:16], int(taken[1]) if taken else 1,
                      path.stat().st_mtime_ns, path.name, path))
    old = [path for *_, path in sorted(found, reverse=True)[max(keep, 0):]]
    for path in old:
        _remove(path)
    return old


def reusable_backup(database: Path, reason: str, key: bytes | None) -> Path | None:
    """The newest backup named for ``reason`` if nothing was written to the database since it was
    taken (a start that failed takes no second copy of the same file), and if it still checks."""
    folder = database.parent / "backups"
    if not folder.is_dir():
        return None
    taken = sorted(folder.glob(f"{database.stem}-????????T??????Z-{reason}*.db"),
                   key=lambda p: p.stat().st_mtime_ns, reverse=True)
    if not taken:
        return None
    log = database.with_name(database.name + "-wal")
    changed = max(database.stat().st_mtime_ns,
                  log.stat().st_mtime_ns if log.exists() and log.stat().st_size else 0)
    if taken[0].stat().st_mtime_ns < changed or not inspect_file(taken[0], key, thorough=False).ok:
        return None
    return taken[0]


@dataclass(frozen=True)
class BackupFile:
    path: str
    time: str
    """When it was taken (UTC, ISO 8601), from its name."""
    reason: str
    """``manual``, ``before-upgrade-from-0004``, ``damaged`` (a database set aside by a restore)…"""
    revision: str | None
    size: int
    ok: bool


def list_backup_files(database: Path, key: bytes | None) -> list[BackupFile]:
    """This database's backups, newest first, each checked (SQLite's quick check) with ``key``."""
    folder = database.parent / "backups"
    found = []
    for path in folder.glob(f"{database.stem}-*.db") if folder.is_dir() else []:
        named = _STAMP.fullmatch(path.name[len(database.stem):])
        if named is None:
            continue
        when = datetime.strptime(named[1], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        state = inspect_file(path, key, thorough=False)
        found.append((when, int(named[3] or 1), BackupFile(
            str(path), when.isoformat(), named[2], state.revision, path.stat().st_size, state.ok)))
    return [backup for *_, backup in sorted(found, key=lambda item: item[:2], reverse=True)]


def copy_durably(source: Path, target: Path) -> None:
    """``source`` copied to ``target`` (owner-only), on the disk before this returns."""
    _remove(target)
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    with open(source, "rb") as reading, open(target, "r+b") as writing:
        shutil.copyfileobj(reading, writing, 1 << 20)
        writing.flush()
        os.fsync(writing.fileno())


def set_aside(database: Path, reason: str) -> Path | None:
    """Copy the database (with its write-ahead log) into ``backups/`` under ``reason``, to be kept;
    the log is moved, so the file that replaces the database never takes it for its own."""
    if not database.exists():
        return None
    folder = database.parent / "backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    target = _free_name(folder, database.stem, reason)
    partial = _partial(target)
    try:
        copy_durably(database, partial)
        os.replace(partial, target)
    except BaseException:
        _remove(partial)
        raise
    log = database.with_name(database.name + "-wal")
    if log.exists():
        os.replace(log, target.with_name(target.name + "-wal"))
    database.with_name(database.name + "-shm").unlink(missing_ok=True)
    fsync_folder(folder)
    return target


def put_in_place(copy: Path, database: Path) -> None:
    """``copy`` becomes the database in one rename. A log left beside it belongs to the file that
    was there (``set_aside`` keeps it with that file): SQLite would replay it into the copy."""
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    os.replace(copy, database)
    fsync_folder(database.parent)
