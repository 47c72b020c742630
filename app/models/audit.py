"""The audit trail: who did what to which record. Never holds personal numbers.

The entries form a hash chain (``app.domain.audit_chain``): each is numbered (``seq``) and
carries the hash of the one before it, so an edited, removed, inserted or reordered entry breaks
the chain. The number and hashes are set as the entry is inserted, after the change counter was
bumped (``app.db.stamping``): that bump holds the database's write lock on SQLite, and the
replica row's lock on PostgreSQL, so two writers never take the same number.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, String, event, select
from sqlalchemy.orm import Mapped, Session, mapped_column, object_session

from app.domain.audit_chain import EMPTY, Head, entry_hash
from app.models.base import Base, Synced, new_id

LINKED = "audit_head"
"""``session.info`` key: the head after the entries this session inserted last (read by
whoever keeps a copy of the head outside the database)."""
_PENDING = "audit_pending"


class AuditEntry(Synced, Base):
    __tablename__ = "audit_log"

    action: Mapped[str] = mapped_column(String(48))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[uuid.UUID | None]
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    seq: Mapped[int] = mapped_column(unique=True)
    """The entry's place in the chain, from 1."""
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))


def hash_of(entry: AuditEntry) -> str:
    return entry_hash(entry.prev_hash, entry.seq, entry.id, entry.created_at, entry.created_by,
                      entry.origin_site_id, entry.action, entry.entity, entry.entity_id, entry.detail)


_HEAD = select(AuditEntry.seq, AuditEntry.row_hash).order_by(AuditEntry.seq.desc()).limit(1)


def _link(_mapper: Any, connection: Any, entry: AuditEntry) -> None:
    """Number the entry and chain it to the one before (one flush may insert several)."""
    session = object_session(entry)
    head = session.info.get(_PENDING) if session is not None else None
    if head is None:
        row = connection.execute(_HEAD).first()
        head = Head(*row) if row else EMPTY
    if entry.id is None:  # the column's default is applied later, in the INSERT itself
        entry.id = new_id()
    if entry.detail is None:
        entry.detail = {}
    entry.seq, entry.prev_hash = head.count + 1, head.hash
    entry.row_hash = hash_of(entry)
    if session is not None:
        session.info[_PENDING] = session.info[LINKED] = Head(entry.seq, entry.row_hash)


def _new_flush(session: Session, *_args: Any) -> None:
    session.info.pop(_PENDING, None)


def _rolled_back(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(LINKED, None)


event.listen(AuditEntry, "before_insert", _link)
event.listen(Session, "before_flush", _new_flush)
event.listen(Session, "after_rollback", _rolled_back)
