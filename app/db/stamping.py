"""Stamps every synced row written in a transaction with the replica's change counter.

The counter is bumped once per write transaction (on its first flush), so all rows of one user
action share one ``(rev_replica_id, rev_counter)``. The writing user comes from
``session.info["actor_id"]``, which ``app.services.context.authorize`` sets.
"""

from __future__ import annotations

from typing import NamedTuple
from uuid import UUID

from sqlalchemy import event, update
from sqlalchemy.orm import Session

from app import clock
from app.errors import QT_TRANSLATE_NOOP, SetupRequired
from app.models import Replica, Synced

_REV = "rev"
_BUMP = (update(Replica).values(counter=Replica.counter + 1)
         .returning(Replica.id, Replica.site_id, Replica.counter))


class Revision(NamedTuple):
    replica_id: UUID
    site_id: UUID
    counter: int


def current_revision(session: Session) -> Revision:
    """This transaction's revision, bumping the counter if it is the first write."""
    rev: Revision | None = session.info.get(_REV)
    if rev is not None:
        return rev
    row = session.connection().execute(_BUMP).one_or_none()
    if row is None:
        raise SetupRequired(
            QT_TRANSLATE_NOOP("Errors", "This database has no compound yet. Run the setup first.")
        )
    rev = session.info[_REV] = Revision(*row)
    return rev


def _stamp(session: Session, flush_context: object, instances: object) -> None:
    new = [o for o in session.new if isinstance(o, Synced)]
    changed = [o for o in session.dirty if isinstance(o, Synced) and session.is_modified(o)]
    if not new and not changed:
        return
    rev = current_revision(session)
    now = clock.now()
    actor = session.info.get("actor_id")
    for row in new:
        row.origin_site_id = row.origin_site_id or rev.site_id
        row.created_at = now
        row.created_by = actor
    for row in changed:
        if (row.rev_replica_id, row.rev_counter) != (rev.replica_id, rev.counter):
            # The version this edit replaces: sync tells a plain update from a concurrent one.
            row.base_replica_id, row.base_counter = row.rev_replica_id, row.rev_counter
    for row in new + changed:
        row.rev_replica_id = rev.replica_id
        row.rev_counter = rev.counter
        row.updated_at = now
        row.updated_by = actor


def _end_transaction(session: Session, *args: object) -> None:
    session.info.pop(_REV, None)


_installed = False


def install() -> None:
    global _installed
    if _installed:
        return
    event.listen(Session, "before_flush", _stamp)
    for name in ("after_commit", "after_rollback", "after_soft_rollback"):
        event.listen(Session, name, _end_transaction)
    _installed = True
