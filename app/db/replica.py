"""A restored or cloned SQLite database gets a new replica id.

Two copies of one database must never issue the same (replica, counter) pair, or the street
office would take different rows for the same version. Next to the database a small marker
file remembers which replica lives in this file, in which folder, and the highest counter it
has published in a bundle. On opening, a copy (no marker although bundles were sent, or a marker
naming another folder or replica) or a restore (the counter is behind what was published) gets
a new id. A whole folder copied to the same path on another computer cannot be told apart.

The marker and the database change together: a new id is written to the marker (naming the id
it replaces) before the transaction that gives it to the database commits, so a start that finds
the database still under the replaced id finishes that renewal with the same new id instead of
taking yet another; and the published counter it keeps is only ever a committed one.
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


def _write(marker: Path, replica_id: uuid.UUID, published: int,
           replacing: tuple[uuid.UUID, int] | None = None) -> None:
    value: dict[str, Any] = {"replica": replica_id.hex, "published": published,
                             "folder": str(marker.resolve().parent)}
    if replacing is not None:  # a renewal under way: the id replaced, and the counter to carry on from
        value["replacing"], value["carry"] = replacing[0].hex, replacing[1]
    if _read(marker) != value:
        temporary = marker.with_name(marker.name + ".partial")
        with open(temporary, "w", encoding="utf-8") as file:
            file.write(json.dumps(value))
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, marker)


def _published(seen: dict[str, Any], replica_id: uuid.UUID) -> int:
    value = seen.get("published", 0) if seen.get("replica") == replica_id.hex else 0
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


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
        here = seen.get("folder") == str(marker.resolve().parent)
        published = _published(seen, replica_id)
        unfinished = _unfinished_renewal(seen, replica_id) if here else None
        if unfinished is not None:  # the marker has the new id, the database did not commit it
            renew = True
        elif seen:
            renew = seen.get("replica") != replica_id.hex or not here or published > counter
        else:
            renew = connection.execute(text("SELECT 1 FROM sync_bundles WHERE direction = 'out'")).first() is not None
        if renew:
            # The counter carries on past everything published, so the new id's versions sort after it.
            new, carry = unfinished or (new_id(), max(counter, published + 1 if published else 0))
            _write(marker, new, 0, replacing=(replica_id, carry))  # before the commit: see the docstring
            replica_id, published = _renew(connection, replica_id, carry, new), 0
    _write(marker, replica_id, published)
    return renew


def _unfinished_renewal(seen: dict[str, Any], replica_id: uuid.UUID) -> tuple[uuid.UUID, int] | None:
    """The new id (and counter) a renewal wrote to the marker, if the database still has the id it
    replaced."""
    carry = seen.get("carry")
    if seen.get("replacing") != replica_id.hex or not isinstance(carry, int) or isinstance(carry, bool):
        return None
    try:
        return uuid.UUID(hex=str(seen.get("replica"))), max(carry, 0)
    except ValueError:
        return None


def _renew(connection: Connection, old: uuid.UUID, counter: int, new: uuid.UUID) -> uuid.UUID:
    earlier = connection.execute(text("SELECT value FROM sync_state WHERE key = 'earlier_replicas'")).scalar()
    ids = [*json.loads(earlier or "[]"), old.hex]
    connection.execute(text("DELETE FROM sync_state WHERE key = 'earlier_replicas'"))
    connection.execute(text("INSERT INTO sync_state (key, value) VALUES ('earlier_replicas', :ids)"),
                       {"ids": json.dumps(ids)})
    connection.execute(text("UPDATE replica SET id = :new, counter = :counter"), {"new": new.hex, "counter": counter})
    return new


def record_published(engine: Engine, replica_id: uuid.UUID, counter: int) -> None:
    """After an export: the counters up to ``counter`` are out in the world. Only a committed
    counter is kept: the export's own transaction may still be undone, and a marker ahead of the
    database would make it look restored (and give it a new id) at the next start."""
    marker = _marker(engine)
    if marker is None:
        return
    with engine.connect() as connection:
        row = connection.execute(text("SELECT id, counter FROM replica")).first()
    if row is None or uuid.UUID(str(row[0])) != replica_id:
        return
    seen = _read(marker)
    _write(marker, replica_id, max(_published(seen, replica_id), min(counter, int(row[1]))))
