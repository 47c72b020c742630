"""Encryption at rest for the SQLite files: conversion of a plain file, encrypted copies.

A plain file (a database from before encryption) is converted in place without ever leaving
neither file: the encrypted copy is written beside it and checked, the plain file is renamed
aside, the copy takes its name, and only then is the plain file overwritten and removed. A
conversion killed at any step is finished (or undone) the next time the database is opened.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Connection

PLAIN_HEADER = b"SQLite format 3\x00"
ENCRYPTING, PLAIN_ASIDE = ".encrypting", ".plain"


def is_plain(path: Path) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except FileNotFoundError:
        return False


def _beside(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _sqlcipher(path: Path, key: bytes | None):
    from sqlcipher3 import dbapi2 as sqlcipher

    from app.db.engine import PAGE_SIZE

    connection = sqlcipher.connect(str(path), isolation_level=None)
    connection.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute(f"PRAGMA cipher_page_size={PAGE_SIZE}")
    return connection


def export(source, target: Path, key: bytes | None = None) -> None:
    """Copy an open SQLCipher connection's database to ``target``, encrypted with ``key`` (by
    default the source's own), durably, readable by its owner only."""
    from app.db.engine import PAGE_SIZE

    target.unlink(missing_ok=True)
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(descriptor)
    with_key = f" KEY \"x'{key.hex()}'\"" if key is not None else ""  # no KEY: the source's
    source.execute(f"ATTACH DATABASE ? AS encrypted{with_key}", (str(target),))
    try:
        source.execute(f"PRAGMA encrypted.cipher_page_size={PAGE_SIZE}")
        # The copy keeps the source's vacuuming (a hub's FULL); a gate's copy reclaims its freed
        # pages at each retention purge (INCREMENTAL), also when the source predates that.
        vacuum = source.execute("PRAGMA main.auto_vacuum").fetchone()[0]
        source.execute(f"PRAGMA encrypted.auto_vacuum={int(vacuum) or 2}")
        source.execute("SELECT sqlcipher_export('encrypted')")
        version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA encrypted.user_version={int(version)}")
    finally:
        source.execute("DETACH DATABASE encrypted")
    with open(target, "r+b") as copy:  # Windows flushes only files open for writing
        os.fsync(copy.fileno())


def is_encrypted(connection: Connection) -> bool:
    return connection.dialect.dbapi.__name__.startswith("sqlcipher3")


def export_connection(connection: Connection, target: Path) -> None:
    """An encrypted copy of an encrypted engine's database, under the same key."""
    export(connection.connection.dbapi_connection, target)


def _tables(connection) -> dict[str, int]:
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def encrypt_in_place(path: Path, key: bytes) -> None:
    """Convert the plain SQLite file at ``path`` to SQLCipher with ``key``."""
    copy = _beside(path, ENCRYPTING)
    plain = _sqlcipher(path, None)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        expected = _tables(plain)
        export(plain, copy, key)
    finally:
        plain.close()  # the last connection: SQLite folds the log in and removes it
    check = _sqlcipher(copy, key)
    try:
        sound = check.execute("PRAGMA quick_check").fetchone()[0] == "ok" and _tables(check) == expected
    finally:
        check.close()
    log = _beside(path, "-wal")
    if not sound or (log.exists() and log.stat().st_size):  # another program still writes it
        copy.unlink()
        raise OSError("the encrypted copy could not be made and checked")
    os.replace(path, _beside(path, PLAIN_ASIDE))
    os.replace(copy, path)
    _fsync_folder(path.parent)
    finish_conversion(path)


def finish_conversion(path: Path) -> None:
    """Complete or undo a conversion that was stopped part way (see the module's docstring)."""
    copy, aside = _beside(path, ENCRYPTING), _beside(path, PLAIN_ASIDE)
    if not path.exists() and aside.exists():
        os.replace(aside, path)  # stopped between the two renames: the plain file comes back
    copy.unlink(missing_ok=True)  # an unfinished copy is made again from the plain file
    if aside.exists():
        _shred(aside)  # the encrypted file is in place: the plain one goes


def _shred(path: Path) -> None:
    """Overwrite a plain file before removing it, so its pages are not left readable."""
    size = path.stat().st_size
    with open(path, "r+b") as file:
        chunk = b"\0" * (1 << 20)
        for _ in range(0, size, len(chunk)):
            file.write(chunk)
        file.flush()
        os.fsync(file.fileno())
    path.unlink()


def open_file(path: Path, key: bytes | None):
    """A connection that only reads the file at ``path`` (encrypted with ``key``, or plain): no
    lock, no log or shared-memory file beside it, so a backup is read exactly as it lies."""
    from sqlcipher3 import dbapi2 as sqlcipher

    from app.db.engine import PAGE_SIZE

    if not path.is_file():
        raise FileNotFoundError(path)
    connection = sqlcipher.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True, isolation_level=None)
    connection.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute(f"PRAGMA cipher_page_size={PAGE_SIZE}")
    connection.execute("PRAGMA query_only = ON")
    return connection


def fsync_folder(folder: Path) -> None:
    """A rename in ``folder`` reaches the disk (a no-op where folders cannot be synced)."""
    _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def make_private(folder: Path) -> None:
    """The data folder and everything GatePost writes in it: its owner's only."""
    if os.name != "posix":
        return
    folder.chmod(0o700)
    for path in folder.rglob("*"):
        path.chmod(0o700 if path.is_dir() else 0o600)
