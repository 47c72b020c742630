"""Small SQL functions written once for both SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class days_since_epoch(FunctionElement[int]):
    """Whole days from 1970-01-01 to a date column, as an integer."""

    type = Integer()
    inherit_cache = True


@compiles(days_since_epoch, "sqlite")
def _sqlite(element: days_since_epoch, compiler: Any, **kw: Any) -> str:
    return f"CAST(julianday({compiler.process(element.clauses, **kw)}) - 2440587.5 AS INTEGER)"


@compiles(days_since_epoch, "postgresql")
def _postgresql(element: days_since_epoch, compiler: Any, **kw: Any) -> str:
    return f"({compiler.process(element.clauses, **kw)} - DATE '1970-01-01')"


def starts_with(column: ColumnElement[str], text: str) -> ColumnElement[bool]:
    """``column LIKE 'text%'`` written as a range, which SQLite and PostgreSQL both index."""
    return (column >= text) & (column < text + "\U0010ffff")
