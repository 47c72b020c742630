"""Merging a bundle's rows into this database: one pure rule, whatever the order of arrival.

Of two versions of a row the one with the larger ``(deleted, rev_counter, rev_replica_id)`` wins:
a tombstone beats any edit, then the higher change counter, then the replica id breaks ties. The
counters are Lamport clocks (importing raises this replica's counter past everything seen), so a
later edit made after seeing a version always beats it, and no wall clock is trusted. When two
replicas changed a row without one seeing the other's version, the fields that differ are kept
in ``sync_conflicts`` for the committee to review.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Index, text

from app import clock
from app.db.at_rest import is_encrypted
from app.models import SyncConflict
from app.sync.bundle import damaged
from app.sync.tables import sorted_names, table

IMPORT_LOCK = 0x6761746570  # "gatep": PostgreSQL's advisory lock for merging, held until commit
BULK_MIN_ROWS = 50_000
"""A table receiving fewer rows than this is merged row by row, indexes and keys in place."""
SORT_THREADS = min(4, os.cpu_count() or 1)
SORT_PIECE_KIB = 4096
"""SQLite sorts for an index in pieces of its cache size; pieces this small sort faster, and in parallel."""
ARRIVING_IN_ORDER = ("origin_site_id", "rev_replica_id")
"""A bundle's rows share one sender and come in the order of its counters: an index that leads
with one of these grows at the end of the sender's range as they arrive."""
META = {"id", "origin_site_id", "rev_replica_id", "rev_counter", "created_at", "created_by", "updated_at",
        "updated_by", "base_replica_id", "base_counter"}


@dataclass(frozen=True)
class MergeResult:
    applied: int
    conflicts: int
    max_counter: int


def merge_rows(connection: Connection, path: Path, tables: Iterable[str], origins: Iterable[str]) -> MergeResult:
    """Merge the tables of the payload file at ``path``; only rows created by ``origins`` (hex site ids)."""
    origins = sorted(origins)
    postgres = connection.dialect.name == "postgresql"
    applied = conflicts = top = 0
    source_db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if postgres:  # one import at a time: two bulk loads would lock each other's tables
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(%(key)s)", {"key": IMPORT_LOCK})
        else:
            plain = " KEY ''" if is_encrypted(connection) else ""  # the payload file is not
            connection.exec_driver_sql(f"ATTACH DATABASE ? AS bundle{plain}", (str(path),))
        for name in sorted_names(tables):
            columns = [c.name for c in table(name).columns]
            incoming, found = source_db.execute(f'SELECT count(*), max(rev_counter) FROM "{name}" WHERE '
                                                f'origin_site_id IN ({_quoted(origins)})').fetchone()
            top = max(top, found or 0)
            with _bulk_load(connection, name, incoming):
                first = _first_delivery(connection, name, origins)  # nothing here to merge with
                if postgres and first:
                    # COPY straight into the table (ids taken by another compound's rows break the
                    # primary key, and the bundle is refused).
                    applied += _copy_postgres(connection, source_db, name, name, columns, origins)
                    continue
                if postgres:
                    source = f'"staged_{name}"'
                    connection.exec_driver_sql(f'CREATE TEMP TABLE {source} (LIKE "{name}") ON COMMIT DROP')
                    _copy_postgres(connection, source_db, f"staged_{name}", name, columns, origins)
                else:
                    source = f'(SELECT * FROM bundle."{name}" WHERE origin_site_id IN ({_quoted(origins)}))'
                if not first:
                    conflicts += _record_conflicts(connection, name, source, columns)
                applied += connection.exec_driver_sql(_upsert(name, columns, source)).rowcount or 0
        connection.execute(text("UPDATE replica SET counter = :top WHERE counter < :top"), {"top": top})
    finally:
        source_db.close()
    return MergeResult(applied, conflicts, top)


def detach(connection: Connection) -> None:
    if connection.dialect.name == "sqlite" and any(
            row[1] == "bundle" for row in connection.exec_driver_sql("PRAGMA database_list")):
        connection.exec_driver_sql("DETACH DATABASE bundle")


def _quoted(values: list[str]) -> str:
    return ", ".join(f"'{value}'" for value in values if value.isalnum())


@contextmanager
def _bulk_load(connection: Connection, name: str, incoming: int) -> Iterator[None]:
    """Load a delivery larger than what the table holds (a compound's first bundle, with its whole
    history) without the secondary indexes it would scatter its rows across, and on PostgreSQL
    without its foreign keys; then build each such index once, sorted, and check each foreign key
    with one join. Row by row, the 1M rows of a first bundle spend most of their time there.
    Partial indexes and those the rows arrive in order for (``_kept_up``) are kept up meanwhile:
    rebuilding one would read the whole table again. All of it inside the import's transaction:
    if anything fails, the table keeps its indexes and keys, and no row. The primary key and
    unique constraints stay, so ids are checked as the rows arrive. On PostgreSQL other readers
    of the table, and of the tables its keys point to, wait for the import to end (the hub's
    window does not read while it imports; imports take turns, see ``merge_rows``)."""
    if incoming < BULK_MIN_ROWS or _holds_at_least(connection, name, incoming):
        yield
        return
    postgres = connection.dialect.name == "postgresql"
    if postgres:
        indexes = connection.exec_driver_sql(
            "SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "WHERE i.indrelid = %(t)s::regclass AND NOT EXISTS "
            "(SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)", {"t": name}).all()
        keys = connection.exec_driver_sql(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE conrelid = %(t)s::regclass AND contype = 'f'", {"t": name}).all()
    else:
        indexes = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            (name,)).all()
        keys = []
        if not connection.connection.driver_connection.in_transaction:  # type: ignore[union-attr]
            # Python's sqlite3 opens a transaction only before a write, never before DDL, which
            # would drop the indexes for good even if the import failed afterwards.
            connection.exec_driver_sql("BEGIN")
    kept_up = {index.name for index in table(name).indexes if _kept_up(index)}
    indexes = [(index, created) for index, created in indexes if index not in kept_up]
    for index, _ in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{index}"')
    for key, _ in keys:
        connection.exec_driver_sql(f'ALTER TABLE "{name}" DROP CONSTRAINT "{key}"')
    yield
    if not postgres:  # sorted in small pieces, by worker threads: twice as fast as one sort in memory
        cache = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
        connection.exec_driver_sql(f"PRAGMA threads={SORT_THREADS}")
        connection.exec_driver_sql(f"PRAGMA cache_size=-{SORT_PIECE_KIB}")
    for _, created in indexes:
        connection.exec_driver_sql(created)
    if not postgres:  # the pooled connection as it was
        connection.exec_driver_sql("PRAGMA threads=0")
        connection.exec_driver_sql(f"PRAGMA cache_size={int(cache)}")
    for key, definition in keys:  # checks every row at once: a missing parent is an IntegrityError
        connection.exec_driver_sql(f'ALTER TABLE "{name}" ADD CONSTRAINT "{key}" {definition}')


def _kept_up(index: Index) -> bool:
    """Whether a bulk load keeps ``index`` up row by row: a partial index takes few of the rows,
    and one leading with the sender's site or replica takes them at its end."""
    leading = next(iter(index.columns), None)  # None for an index on expressions only
    return "where" in index.info or (leading is not None and leading.name in ARRIVING_IN_ORDER)


def _holds_at_least(connection: Connection, name: str, count: int) -> bool:
    """Whether the table has ``count`` rows or more, reading no more than that many."""
    return connection.exec_driver_sql(
        f'SELECT count(*) FROM (SELECT 1 FROM "{name}" LIMIT {int(count)}) AS head').scalar_one() >= count


def _first_delivery(connection: Connection, name: str, origins: list[str]) -> bool:
    return connection.exec_driver_sql(
        f'SELECT 1 FROM "{name}" WHERE origin_site_id IN ({_quoted(origins)}) LIMIT 1').first() is None


def _copy_postgres(connection: Connection, source_db: sqlite3.Connection, target: str, name: str,
                   columns: list[str], origins: list[str]) -> int:
    """COPY the payload's rows of ``name`` (those of ``origins``) into the table ``target``."""
    import psycopg

    names = ", ".join(f'"{c}"' for c in columns)
    rows = source_db.execute(f'SELECT {names} FROM "{name}" WHERE origin_site_id IN ({_quoted(origins)})')
    cursor = connection.connection.driver_connection.cursor()
    try:
        with cursor.copy(f'COPY "{target}" ({names}) FROM STDIN') as copy:
            write = copy.write_row
            for row in rows:
                write(row)
    except (psycopg.DataError, psycopg.IntegrityError):  # straight from the driver: SQLAlchemy never saw it
        raise damaged() from None
    return max(cursor.rowcount, 0)


def _upsert(name: str, columns: list[str], source: str) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
    return (f'INSERT INTO "{name}" ({names}) SELECT {names} FROM {source} AS incoming WHERE true '
            f'ON CONFLICT (id) DO UPDATE SET {updates} '
            f'WHERE (excluded.deleted, excluded.rev_counter, excluded.rev_replica_id) '
            f'> ("{name}".deleted, "{name}".rev_counter, "{name}".rev_replica_id) '
            # A row never changes hands: another compound's record under the same id is left alone.
            f'AND excluded.origin_site_id = "{name}".origin_site_id')


def _record_conflicts(connection: Connection, name: str, source: str, columns: list[str]) -> int:
    """Note the differing fields of rows two replicas changed without seeing each other's change."""
    fields = [c for c in columns if c not in META]
    pick = ", ".join([f'incoming."{c}"' for c in columns] + [f'here."{c}"' for c in columns])
    pairs = connection.exec_driver_sql(
        f'SELECT {pick} FROM {source} AS incoming JOIN "{name}" AS here ON here.id = incoming.id '
        f'WHERE incoming.rev_replica_id <> here.rev_replica_id AND incoming.origin_site_id = here.origin_site_id '
        f'AND NOT COALESCE(incoming.base_replica_id = here.rev_replica_id '
        f'AND incoming.base_counter = here.rev_counter, false) '
        f'AND NOT COALESCE(here.base_replica_id = incoming.rev_replica_id '
        f'AND here.base_counter = incoming.rev_counter, false)').fetchall()
    now, found = clock.now(), []
    for pair in pairs:
        incoming, here = dict(zip(columns, pair[:len(columns)], strict=True)), \
            dict(zip(columns, pair[len(columns):], strict=True))
        kept, lost = (incoming, here) if _rank(incoming) > _rank(here) else (here, incoming)
        found += [{"table_name": name, "row_id": _uuid(kept["id"]), "field": field, "kept": _plain(kept[field]),
                   "lost": _plain(lost[field]), "kept_revision": _revision(kept), "lost_revision": _revision(lost),
                   "at": now, "reviewed": False}
                  for field in fields if _plain(kept[field]) != _plain(lost[field])]
    if not found:
        return 0
    # The same two versions meet again when a later bundle carries the loser once more: noted
    # once (``ix_sync_conflicts_once``), and counted only when new.
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    new = insert(SyncConflict).on_conflict_do_nothing().returning(SyncConflict.id)
    return len(connection.execute(new, found).all())


def _rank(row: dict[str, Any]) -> tuple[bool, int, str]:
    return bool(row["deleted"]), int(row["rev_counter"]), _hex(row["rev_replica_id"])


def _hex(value: Any) -> str:
    return value.hex if hasattr(value, "hex") and not isinstance(value, str | bytes) else str(value).replace("-", "")


def _uuid(value: Any) -> Any:
    import uuid

    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _revision(row: dict[str, Any]) -> str:
    return f"{_hex(row['rev_replica_id'])}:{row['rev_counter']}"


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)
