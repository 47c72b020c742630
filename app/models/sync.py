"""What USB sync keeps locally: keys, the ledger of bundles, watermarks and merge conflicts.

None of these rows travel in bundles; each database keeps its own.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, new_id


class SyncKey(Base):
    """A site's or street office's public keys; with the secret halves for this database's own."""

    __tablename__ = "sync_keys"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    owner_id: Mapped[uuid.UUID] = mapped_column(index=True)
    """The site (or street office) the key belongs to."""
    owner_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(8))  # "site" or "office"
    sign_public: Mapped[bytes] = mapped_column(LargeBinary(32))
    box_public: Mapped[bytes] = mapped_column(LargeBinary(32))
    sign_secret: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    box_secret: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    fingerprint: Mapped[str] = mapped_column(String(32), unique=True)
    revoked: Mapped[bool] = mapped_column(default=False)
    added_at: Mapped[datetime]


class SyncBundle(Base):
    """The ledger: every bundle written here or imported here, in either direction."""

    __tablename__ = "sync_bundles"
    __table_args__ = (Index("ix_sync_bundles_sender_sequence", "sender_id", "kind", "sequence"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)  # the bundle id
    direction: Mapped[str] = mapped_column(String(4))  # "out" or "in"
    kind: Mapped[str] = mapped_column(String(8))  # "events", "receipt" or "policy"
    sender_id: Mapped[uuid.UUID]
    sender_replica_id: Mapped[uuid.UUID]
    recipient_id: Mapped[uuid.UUID]
    sequence: Mapped[int]
    payload_sha256: Mapped[str] = mapped_column(String(64))
    rows: Mapped[int]
    max_counter: Mapped[int]
    """The highest change counter of the sender's own rows in the bundle."""
    at: Mapped[datetime]
    file_name: Mapped[str] = mapped_column(String(200), default="")


class SyncState(Base):
    """Small named values: the acknowledged watermark, the office's dataset version, and so on."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class SyncConflict(Base):
    """A field two replicas changed concurrently: the value kept and the value that lost."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (
        # The same two versions meet again when a later bundle carries the loser once more: noted once.
        Index("ix_sync_conflicts_once", "row_id", "table_name", "field", "kept_revision", "lost_revision",
              unique=True),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID]
    field: Mapped[str] = mapped_column(String(64))
    kept: Mapped[Any] = mapped_column(JSON)
    lost: Mapped[Any] = mapped_column(JSON)
    kept_revision: Mapped[str] = mapped_column(String(64))
    lost_revision: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]
    reviewed: Mapped[bool] = mapped_column(default=False)
