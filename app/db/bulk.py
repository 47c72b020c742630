"""Bulk inserts for generated or imported rows: one ``executemany`` straight to the driver.

Values pass through each column's own bind processor (UUIDs, UTC datetimes, JSON, booleans),
so rows land exactly as the ORM would write them, without its per-row bookkeeping.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from operator import methodcaller
from typing import Any

from sqlalchemy import JSON, Column, Connection, Table, insert

Processor = Callable[[Any], Any] | None


def _processor(column: Column[Any], dialect: Any) -> Processor:
    process = column.type._cached_bind_processor(dialect)
    if process is None or column.primary_key or isinstance(column.type, JSON):
        return process
    # Site, replica, user and time stamps repeat across a batch: convert each once.
    return lru_cache(maxsize=1024)(process)


def bulk_insert(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> int:
    """Insert ``rows`` (dicts keyed by column name; missing keys are NULL). Returns the count."""
    if not rows:
        return 0
    dialect = connection.dialect
    keys = [c.key for c in table.columns]
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    names = list(compiled.positiontup or []) if compiled.positional else list(compiled.binds)
    by_key = {c.key: c for c in table.columns}
    plan = [(name, _processor(by_key[compiled.binds[name].key], dialect)) for name in names]
    # Column by column, so the per-value loops run in C (map, zip).
    columns = []
    for key, process in plan:
        values = list(map(methodcaller("get", key), rows))
        columns.append(list(map(process, values)) if process else values)
    parameters: list[Any] = (
        list(zip(*columns, strict=True)) if compiled.positional
        else [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]
    )
    connection.exec_driver_sql(compiled.string, parameters)
    return len(rows)
