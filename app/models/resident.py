"""The residents roster: households (building-unit-room) and the people in them."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class Household(Synced, Base):
    __tablename__ = "households"
    __table_args__ = (UniqueConstraint("site_id", "room_key"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    building: Mapped[str] = mapped_column(String(16))
    unit: Mapped[str] = mapped_column(String(16), default="")
    room: Mapped[str] = mapped_column(String(16))
    room_key: Mapped[str] = mapped_column(String(50))


class Person(Synced, Base):
    """A resident. ``name_initials``/``name_pinyin``/``id_last4`` exist only for lookup.

    Indexes are single-column: a gate holds one site, and an index led by ``site_id`` would
    tempt SQLite's planner away from the selective column.
    """

    __tablename__ = "people"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    household_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("households.id"), index=True)
    name: Mapped[str] = mapped_column(String(64), index=True)
    name_initials: Mapped[str] = mapped_column(String(64), index=True, default="")
    name_pinyin: Mapped[str] = mapped_column(String(200), index=True, default="")
    phone: Mapped[str | None] = mapped_column(String(32))
    id_type: Mapped[str | None] = mapped_column(String(32))
    id_number: Mapped[str | None] = mapped_column(String(32), index=True)
    id_last4: Mapped[str | None] = mapped_column(String(4), index=True)
    pass_no: Mapped[str | None] = mapped_column(String(32), index=True)
    pass_valid_until: Mapped[date | None]
    """Set while the pass is a printed temporary one, for a resident without a card."""
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    language: Mapped[str | None] = mapped_column(String(8))
