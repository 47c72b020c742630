"""Visitor registrations: who came, to whom, why, and when they left."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced, partial_index


class Visit(Synced, Base):
    __tablename__ = "visits"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    gate_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("gates.id"))
    name: Mapped[str] = mapped_column(String(64), index=True)
    name_initials: Mapped[str] = mapped_column(String(64), index=True, default="")
    id_type: Mapped[str] = mapped_column(String(32))
    id_number: Mapped[str] = mapped_column(String(32))
    id_last4: Mapped[str] = mapped_column(String(4), index=True)
    phone: Mapped[str] = mapped_column(String(32))
    host_household_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("households.id"))
    host_room: Mapped[str] = mapped_column(String(50))
    """The room as entered (its key); the household link is set when the roster knows it."""
    purpose: Mapped[str] = mapped_column(String(16))
    plate: Mapped[str | None] = mapped_column(String(16), index=True)
    companions: Mapped[int] = mapped_column(SmallInteger, default=0)
    origin: Mapped[str] = mapped_column(String(200), default="")
    reading_dt: Mapped[int] = mapped_column(SmallInteger)
    threshold_dt: Mapped[int] = mapped_column(SmallInteger)
    """The fever threshold in force at the visit: a later policy does not recolour old visits."""
    admitted: Mapped[bool]
    refusal_reason: Mapped[str | None] = mapped_column(String(200))
    time_in: Mapped[datetime] = mapped_column(index=True)
    time_out: Mapped[datetime | None] = mapped_column(index=True)
    pass_no: Mapped[str | None] = mapped_column(String(32))
    pass_valid_until: Mapped[datetime | None]
    paper_ref: Mapped[str | None] = mapped_column(String(20))
    """The paper register entry this was typed in from, after an outage."""


partial_index("ix_visits_pass_no", Visit.pass_no, Visit.pass_no.is_not(None))
partial_index("ix_visits_paper_ref", Visit.paper_ref, Visit.paper_ref.is_not(None))
