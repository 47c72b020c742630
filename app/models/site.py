"""The compound (site), its gates, its policy values, and this database copy (replica)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced, new_id


class Site(Synced, Base):
    __tablename__ = "sites"

    name: Mapped[str] = mapped_column(String(100))
    committee: Mapped[str] = mapped_column(String(100))
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")


class Gate(Synced, Base):
    __tablename__ = "gates"
    __table_args__ = (UniqueConstraint("site_id", "name"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    name: Mapped[str] = mapped_column(String(50))
    active: Mapped[bool] = mapped_column(default=True)


class PolicySetting(Synced, Base):
    """One policy value (fever threshold, recheck delay, ...), usually set by the street office."""

    __tablename__ = "policy_settings"
    __table_args__ = (UniqueConstraint("site_id", "key"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    key: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSON)


class Replica(Base):
    """This database copy: its identity and its change counter. Exactly one row; never synced.

    A restored or cloned copy must get a new id (the sync issue's contract), so two copies never
    issue the same (replica, counter) pair. It has no foreign keys: it is written first, before
    the site it belongs to exists.
    """

    __tablename__ = "replica"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    site_id: Mapped[uuid.UUID]
    counter: Mapped[int] = mapped_column(default=0)
    default_gate_id: Mapped[uuid.UUID | None]
    created_at: Mapped[datetime]
