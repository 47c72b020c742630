"""What a stored value must look like, column by column, as SQL over an SQLite table.

SQLite keeps whatever bytes it is given, whatever the column's declared type; the program then
fails on reading them (an id that is not a uuid, a date that is no date). These conditions let
``gatepost db check`` and a bundle's reader find such values with one scan per table, in SQLite;
they check what would fail on reading or merging, at a fraction of a microsecond per value.
Whether a text is valid UTF-8 only Python can tell: ``text_expression`` gathers a row's texts so
that reading it decodes them.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, SmallInteger, String, Table, Text, Uuid
from sqlalchemy.types import TypeDecorator

INT_LIMITS = {SmallInteger: (-(2**15), 2**15 - 1), Integer: (-(2**31), 2**31 - 1)}
"""As PostgreSQL stores them: the hub keeps what a gate's SQLite file sent."""


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _base(column_type: object) -> object:
    return column_type.impl if isinstance(column_type, TypeDecorator) else column_type


def value_condition(column, *, unhex: bool = False, whole: bool = True) -> str | None:
    """SQL that is true when the column's value is well-formed (None: any value will do).
    ``unhex``: SQLite has ``unhex()`` (3.41), a tenth of the cost of a pattern for a uuid.
    Not ``whole``: leave out the columns a foreign key guards (rows merged into a database that
    enforces its keys: a malformed id names no record there, and is refused)."""
    c = _quoted(column.name)
    kind = _base(column.type)
    if column.foreign_keys and not whole:  # the database refuses an id that names no record
        return None
    if isinstance(kind, Uuid):
        check = (f"length({c}) = 32 AND unhex({c}) IS NOT NULL" if unhex
                 else f"length({c}) = 32 AND {c} NOT GLOB '*[^0-9a-f]*'")
    elif isinstance(kind, Boolean):
        check = f"{c} IN (0, 1)"
    elif isinstance(kind, Integer):  # SmallInteger is an Integer too; a text sorts after every number
        low, high = INT_LIMITS[SmallInteger if isinstance(kind, SmallInteger) else Integer]
        check = f"{c} BETWEEN {low} AND {high}"
    elif isinstance(kind, DateTime):  # date() is NULL for no time at all, and moves 30 February on
        check = f"date({c}) = substr({c}, 1, 10) AND {c} >= '0001'"
    elif isinstance(kind, Date):
        check = f"date({c}) = {c} AND {c} >= '0001'"
    elif isinstance(kind, JSON):
        check = f"json_valid({c})"
    else:  # a text is checked by reading it (``text_expression``); its length breaks nothing on reading
        return None
    check = f"coalesce({check}, 0)"  # a function's NULL (no date at all) is a wrong value too
    return f"({c} IS NULL OR {check})" if column.nullable else check


def malformed_rows(table: Table, *, unhex: bool = False, whole: bool = True) -> str | None:
    """SQL counting the rows of ``table`` holding a value of the wrong type or form (None: no
    column is checked). ``table`` names the SQLite table the rows are read from."""
    conditions = [condition for column in table.columns
                  if (condition := value_condition(column, unhex=unhex, whole=whole))]
    if not conditions:
        return None
    return f"SELECT count(*) FROM {_quoted(table.name)} WHERE NOT ({' AND '.join(conditions)})"


def has_unhex(sqlite_version: str) -> bool:
    return tuple(int(part) for part in sqlite_version.split(".")[:2]) >= (3, 41)


def text_columns(table: Table) -> list[str]:
    return [_quoted(c.name) for c in table.columns
            if isinstance(_base(c.type), String | Text | JSON) and not isinstance(_base(c.type), Uuid)]


def text_expression(table: Table) -> str | None:
    """One SQL expression joining a row's text values (None: the table has no text column):
    Python decodes it on reading, and a text that is not UTF-8 fails there."""
    texts = text_columns(table)
    if not texts:
        return None
    return " || ".join(f"coalesce(CAST({name} AS TEXT), '')" for name in texts)


def beyond_ascii(table: Table) -> str | None:
    """SQL true for a row with a byte past ASCII in a text (its bytes outnumber its characters):
    only such a row can hold a text that is not UTF-8, and only it needs decoding."""
    texts = text_columns(table)
    if not texts:
        return None
    return " OR ".join(f"length(CAST({name} AS BLOB)) <> length({name})" for name in texts)
