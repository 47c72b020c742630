"""Declarative base, naming convention, and the identity every synced row carries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, DateTime, Index, MetaData, TypeDecorator, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from uuid_utils.compat import uuid7

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> uuid.UUID:
    """A UUIDv7 (a ``uuid.UUID``): unique across replicas, and sorted by creation time."""
    return uuid7()


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, returns aware UTC: the same on SQLite and PostgreSQL."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {uuid.UUID: Uuid(), datetime: UTCDateTime()}


class Synced:
    """Sync identity: who created the row where, and which replica changed it last.

    ``rev_counter`` is the writing replica's change counter, bumped once per write transaction
    (see ``app.db.stamping``); with ``rev_replica_id`` it orders versions without wall clocks.
    User stamps carry no foreign key: rows travel between replicas that may not share users.
    """

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    origin_site_id: Mapped[uuid.UUID] = mapped_column(index=True)
    rev_replica_id: Mapped[uuid.UUID]
    rev_counter: Mapped[int]
    base_replica_id: Mapped[uuid.UUID | None]
    base_counter: Mapped[int | None]
    created_at: Mapped[datetime]
    created_by: Mapped[uuid.UUID | None]
    updated_at: Mapped[datetime]
    updated_by: Mapped[uuid.UUID | None]
    deleted: Mapped[bool] = mapped_column(default=False)


def partial_index(name: str, column: object, where: ColumnElement[bool]) -> Index:
    """An index over the rows matching ``where``, on SQLite and PostgreSQL alike.

    Only SQLite's condition is set here: naming PostgreSQL's would load that dialect at every
    gate's start. ``use_postgresql_conditions`` adds it for a PostgreSQL engine.
    """
    index = Index(name, column, sqlite_where=where)
    index.info["where"] = where
    return index


def use_postgresql_conditions(metadata: MetaData) -> None:
    for table in metadata.tables.values():
        for index in table.indexes:
            if "where" in index.info:
                index.dialect_options["postgresql"]["where"] = index.info["where"]
