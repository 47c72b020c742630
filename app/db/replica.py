"""A restored or cloned SQLite database gets a new replica id.

Two copies of one database must never issue the same (replica, counter) pair, or the street
office would take different rows for the same version. Next to the database a small marker
file remembers which replica lives in this file, in which folder, and the highest counter it
has published in a bundle. On opening, a copy (no marker although bundles were sent, or a marker
naming another folder or replica) or a restore (the counter is behind what was published) gets
a new id. A whole folder copied to the same path on another computer cannot be told apart.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.orm import Session

from app.db.engine import sqlite_path
from app.models import Replica
from app.models.base import new_id


def current_replica(session: Session) -> Replica:
    """This database's replica row: its id, its site and its change counter."""
    return session.scalars(select(Replica)).one()


def copy_code(session: Session) -> str:
    """This computer's code on paper and in pass numbers."""
    return code_of(current_replica(session).id)


def code_of(replica_id: uuid.UUID) -> str:
    """A computer's code: the last four hex digits of its replica id."""
    return replica_id.hex[-4:].upper()


def _marker(engine: Engine) -> Path | None:
    path = sqlite_path(engine)
    return None if path is None else path.with_name(path.name + ".replica")


def _read(marker: Path) -> dict[str, Any]:
    try:
        value = json.loads(marker.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _write(marker: Path, replica_id: uuid.UUID, published: int) -> None:
    value = {"replica": replica_id.hex, "published": published, "folder": str(marker.resolve().parent)}
    if _read(marker) != value:
        temporary = marker.with_name(marker.name + ".partial")
        temporary.write_text(json.dumps(value), "utf-8")
        os.replace(temporary, marker)


def ensure_own_replica(engine: Engine) -> bool:
    """Give this database a new replica id if it is a copy or a restore; True if it did."""
    marker = _marker(engine)
    if marker is None:
        return False
    with engine.begin() as connection:
        row = connection.execute(text("SELECT id, counter FROM replica")).first()
        if row is None:
            return False
        replica_id, counter = uuid.UUID(str(row[0])), int(row[1])
        seen = _read(marker)
        published = int(seen.get("published", 0)) if seen.get("replica") == replica_id.hex else 0
        if seen:
            renew = (seen.get("replica") != replica_id.hex or seen.get("folder") != str(marker.resolve().parent)
                     or published > counter)
        else:
            renew = connection.execute(text("SELECT 1 FROM sync_bundles WHERE direction = 'out'")).first() is not None
        if renew:
            replica_id, published = _renew(connection, replica_id, max(counter, published)), 0
    _write(marker, replica_id, published)
    return renew


def _renew(connection: Connection, old: uuid.UUID, counter: int) -> uuid.UUID:
    new = new_id()
    earlier = connection.execute(text("SELECT value FROM sync_state WHERE key = 'earlier_replicas'")).scalar()
    ids = [*json.loads(earlier or "[]"), old.hex]
    connection.execute(text("DELETE FROM sync_state WHERE key = 'earlier_replicas'"))
    connection.execute(text("INSERT INTO sync_state (key, value) VALUES ('earlier_replicas', :ids)"),
                       {"ids": json.dumps(ids)})
    # The counter carries on, so the new id's versions still sort after everything seen.
    connection.execute(text("UPDATE replica SET id = :new, counter = :counter"), {"new": new.hex, "counter": counter})
    return new


def record_published(engine: Engine, replica_id: uuid.UUID, counter: int) -> None:
    """After an export: the counters up to ``counter`` are out in the world."""
    marker = _marker(engine)
    if marker is not None:
        seen = _read(marker)
        before = int(seen.get("published", 0)) if seen.get("replica") == replica_id.hex else 0
        _write(marker, replica_id, max(before, counter))
