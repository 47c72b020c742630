"""The inside of a bundle: a small SQLite database of whole row states plus a manifest.

A database rather than JSON because SQLite can vouch for it (``integrity_check``) and the hub
can merge it with one ``INSERT … SELECT`` per table. The reader treats the file as hostile even
though it arrives signed: only the expected tables and columns, counts and hashes must agree.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import JSON, Column, MetaData, String, Table, create_engine

from app.db.engine import BUSY_TIMEOUT_MS, PAGE_SIZE
from app.db.migrate import SCHEMA_HEAD
from app.db.values import beyond_ascii, has_unhex, malformed_rows, text_expression
from app.errors import QT_TRANSLATE_NOOP
from app.sync.bundle import BundleRejected, damaged
from app.sync.tables import sorted_names, table

SYNC_FORMAT = 2


def _inner_metadata(names: Iterable[str]) -> tuple[MetaData, Table]:
    metadata = MetaData()
    for name in sorted_names(names):
        Table(name, metadata, *[Column(c.name, c.type, primary_key=c.primary_key) for c in table(name).columns])
    manifest = Table("manifest", metadata, Column("key", String, primary_key=True), Column("value", JSON))
    return metadata, manifest


def row_hash(ids_and_counters: Iterable[tuple[Any, Any]]) -> str:
    digest = hashlib.sha256()
    for row_id, counter in ids_and_counters:
        digest.update(f"{row_id}:{counter}\n".encode())
    return digest.hexdigest()


@dataclass
class RowCopy:
    """Rows copied by SQL straight from the SQLite file ``source``, never through Python objects.

    ``where`` gives per table a condition (``?`` parameters) choosing rows; every row they point to
    in the same tables comes along. ``selected`` and ``total`` are filled in when the payload is built.
    """

    source: Path
    where: dict[str, tuple[str, list[Any]]]
    key: bytes | None = None
    """The source's SQLCipher key, when it is encrypted at rest."""
    selected: int = 0
    total: int = 0


def build_payload(rows: Mapping[str, list[Mapping[str, Any]]] | RowCopy, manifest: Mapping[str, Any]) -> bytes:
    """An SQLite file holding ``rows`` (table name -> row mappings, or a ``RowCopy``) and ``manifest``, as bytes."""
    names = list(rows.where if isinstance(rows, RowCopy) else rows)
    metadata, manifest_table = _inner_metadata(names)
    handle, name = tempfile.mkstemp(suffix=".db")
    os.close(handle)
    engine = create_engine(f"sqlite:///{name}")
    try:
        with engine.connect() as connection:  # a scratch file: no journal, no waiting for the disk
            connection.exec_driver_sql("PRAGMA journal_mode=OFF")
            connection.exec_driver_sql("PRAGMA synchronous=OFF")
            metadata.create_all(connection)
            connection.commit()
        if isinstance(rows, RowCopy):
            _copy_rows(Path(name), rows)
        with engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode=OFF")
            raw = connection.connection.driver_connection
            if not isinstance(rows, RowCopy):
                for table_name in sorted_names(rows):
                    if rows[table_name]:
                        connection.execute(metadata.tables[table_name].insert(), list(rows[table_name]))
            counts = {t: raw.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in names}
            with_hashes = {**manifest, "sync_format": SYNC_FORMAT, "counts": counts,
                           "hashes": {t: _table_hash(raw, t) for t in names}}
            connection.execute(manifest_table.insert(), [{"key": k, "value": v} for k, v in with_hashes.items()])
        engine.dispose()
        if isinstance(rows, RowCopy):
            rows.total = sum(counts.values())
        return Path(name).read_bytes()
    finally:
        engine.dispose()
        Path(name).unlink(missing_ok=True)


def _copy_rows(target: Path, rows: RowCopy) -> None:
    """Fill the empty payload tables at ``target`` from ``rows.source``, in one read snapshot."""
    if rows.key is None:
        connection = sqlite3.connect(target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    else:  # the payload stays plain (it is encrypted whole for the office), the source is not
        from sqlcipher3 import dbapi2 as sqlcipher

        connection = sqlcipher.connect(str(target), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        connection.execute("PRAGMA journal_mode=OFF")
        connection.execute("PRAGMA synchronous=OFF")
        if rows.key is None:
            connection.execute("ATTACH DATABASE ? AS source", (str(rows.source),))
        else:
            connection.execute(f"PRAGMA cipher_default_page_size={PAGE_SIZE}")  # read at ATTACH
            connection.execute(f"ATTACH DATABASE ? AS source KEY \"x'{rows.key.hex()}'\"", (str(rows.source),))
        connection.execute("BEGIN")
        names = sorted_names(rows.where)
        columns = {name: ", ".join(f'"{c.name}"' for c in table(name).columns) for name in names}
        for name in names:
            condition, parameters = rows.where[name]
            rows.selected += connection.execute(
                f'INSERT INTO main."{name}" ({columns[name]}) SELECT {columns[name]} FROM source."{name}" '
                f'WHERE {condition}', parameters).rowcount
        links = [(name, fk.parent.name, fk.column.table.name) for name in names
                 for fk in table(name).foreign_keys if fk.column.table.name in rows.where]
        grown = True
        while grown:  # parents of parents, until nothing more is needed
            grown = False
            for child, column, parent in links:
                grown |= connection.execute(
                    f'INSERT OR IGNORE INTO main."{parent}" ({columns[parent]}) SELECT {columns[parent]} '
                    f'FROM source."{parent}" WHERE id IN (SELECT "{column}" FROM main."{child}")').rowcount > 0
        connection.execute("COMMIT")
        connection.execute("DETACH DATABASE source")
    finally:
        connection.close()


def _table_hash(connection: sqlite3.Connection, name: str) -> str:
    """``row_hash`` of a table in the file's own order (a plain scan, not a walk along an index),
    with the lines built by SQLite and hashed in large pieces."""
    digest = hashlib.sha256()
    cursor = connection.execute(f"SELECT id || ':' || rev_counter || char(10) FROM \"{name}\" ORDER BY rowid")
    while rows := cursor.fetchmany(65536):
        digest.update("".join(row[0] for row in rows).encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class Opened:
    """A payload checked and ready to merge. ``well_formed()`` waits for the check of its values,
    which runs meanwhile on another core (a million rows take it two seconds): call it before the
    merge commits, and when the merge fails (a wrong value may be what failed it)."""

    path: Path
    manifest: dict[str, Any]
    well_formed: Callable[[], bool]


@contextmanager
def opened_payload(write: Callable[[BinaryIO], None], allowed: Iterable[str]) -> Iterator[Opened]:
    """Have ``write`` fill a private temporary file with the payload, check it, and yield it.

    The file lives in this program's temporary folder (``app.paths.use_private_temp``), never on
    the drive, and is removed afterwards, once every check has let go of it.
    """
    handle, name = tempfile.mkstemp(suffix=".db")
    path = Path(name)
    pool = ThreadPoolExecutor(max_workers=1)
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
        allowed = set(allowed)
        manifest = _check(path, allowed)
        values = pool.submit(_well_formed, path, allowed)
        yield Opened(path, manifest, values.result)
    finally:
        pool.shutdown(wait=True)
        path.unlink(missing_ok=True)


def _check(path: Path, allowed: set[str]) -> dict[str, Any]:
    with ThreadPoolExecutor(max_workers=1) as pool:  # SQLite's own check beside ours, on another core
        intact = pool.submit(_intact, path)
        try:
            return _contents(path, allowed)
        finally:
            if not intact.result():  # damage explains any other failure: it is what is reported
                raise damaged()


def _intact(path: Path) -> bool:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            connection.execute("PRAGMA trusted_schema=OFF")
            return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            connection.close()
    except sqlite3.Error:
        return False


def _well_formed(path: Path, allowed: set[str]) -> bool:
    """Every value of the tables we know against its column's type and form (an id that is no
    uuid, a counter beyond what a database holds, a date that is no date, a text that is not
    UTF-8): what a trusted sender's damaged file could otherwise put into this database, to fail
    whoever reads it later."""
    from sqlcipher3 import dbapi2 as sqlcipher  # a newer SQLite than Python's: unhex() for the uuids

    try:
        connection = sqlcipher.connect(f"file:{path}?mode=ro", uri=True)
        try:
            connection.execute("PRAGMA trusted_schema=OFF")
            unhex = has_unhex(connection.execute("SELECT sqlite_version()").fetchone()[0])
            present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            for name in sorted(present & allowed):
                if [c.name for c in table(name).columns] != [
                        row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')]:
                    continue  # refused by the other check, as not our tables
                query = malformed_rows(table(name), unhex=unhex, whole=False)
                if query and connection.execute(query).fetchone()[0]:
                    return False
                texts, wide = text_expression(table(name)), beyond_ascii(table(name))
                if texts:  # read, and so decoded: a text that is not UTF-8 fails here
                    cursor = connection.execute(f'SELECT {texts} FROM "{name}" WHERE {wide}')
                    while cursor.fetchmany(65536):
                        pass
            return True
        finally:
            connection.close()
    except (sqlite3.Error, sqlcipher.Error):  # a decoding error is the driver's OperationalError
        return False


def _contents(path: Path, allowed: set[str]) -> dict[str, Any]:
    """The manifest, once the tables, columns, counts and hashes agree with it and the version is ours."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        raise damaged() from None
    try:
        connection.execute("PRAGMA trusted_schema=OFF")
        objects = connection.execute("SELECT type, name FROM sqlite_master").fetchall()
        tables = {name for kind, name in objects if kind == "table"}
        if any(kind not in ("table", "index") for kind, _ in objects) or "manifest" not in tables:
            raise damaged()
        manifest = {key: json.loads(value) for key, value in
                    connection.execute("SELECT key, CAST(value AS TEXT) FROM manifest")}
        # Before the tables: another version's tables differ, and that is not damage.
        theirs = (manifest.get("schema"), manifest.get("sync_format"))
        if theirs != (SCHEMA_HEAD, SYNC_FORMAT):
            raise BundleRejected(QT_TRANSLATE_NOOP(
                "Errors", "The bundle comes from a different GatePost version (schema {theirs}, here {ours}); "
                          "update both to the same version."),
                theirs="/".join(map(str, theirs))[:40], ours=f"{SCHEMA_HEAD}/{SYNC_FORMAT}")
        tables.discard("manifest")
        if not tables <= allowed:
            raise damaged()
        for name in tables:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')]
            if columns != [c.name for c in table(name).columns]:
                raise damaged()
        counts, hashes = manifest.get("counts"), manifest.get("hashes")
        if not isinstance(counts, dict) or not isinstance(hashes, dict) or set(counts) != tables \
                or set(hashes) != tables:
            raise damaged()
        for name in tables:
            if connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] != counts[name] \
                    or _table_hash(connection, name) != hashes[name]:
                raise damaged()
        if not _manifest_sound(manifest):
            raise damaged()
        return manifest
    except (sqlite3.Error, ValueError, TypeError):
        raise damaged() from None
    finally:
        connection.close()


MAX_COUNTER = 2**53


def _counter(value: Any) -> bool:
    return type(value) is int and 0 <= value <= MAX_COUNTER


def _counters(value: Any) -> bool:
    """Change counters by replica: 32 hex digits to a counter."""
    return isinstance(value, dict) and all(
        len(key) == 32 and all(ch in "0123456789abcdef" for ch in key) and _counter(count)
        for key, count in value.items())


_MANIFEST = {
    "kind": lambda value: type(value) is str, "max_counter": _counter,
    "watermarks": _counters, "acks": _counters, "dataset_version": _counter,
    "policies": lambda value: isinstance(value, dict),
    "revoked": lambda value: isinstance(value, list) and all(type(v) is str and len(v) < 100 for v in value),
}
"""What a manifest's known entries must be, each checked before the import reads it (an entry
this version does not know is left to the reader that knows it)."""


def _manifest_sound(manifest: dict[str, Any]) -> bool:
    return all(_MANIFEST.get(key, lambda value: True)(value) for key, value in manifest.items())
