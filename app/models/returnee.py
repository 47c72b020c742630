"""People under observation after returning from elsewhere, their follow-ups and alerts."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, SmallInteger, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class Returnee(Synced, Base):
    """One observation of one person; ``outcome`` is empty while it runs."""

    __tablename__ = "returnees"
    __table_args__ = (Index("ix_returnees_person_outcome", "person_id", "outcome"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"))
    origin_code: Mapped[str] = mapped_column(String(6))
    origin_label: Mapped[str] = mapped_column(String(100))
    arrived_on: Mapped[date]
    transport: Mapped[str] = mapped_column(String(16), default="other")
    transport_no: Mapped[str] = mapped_column(String(32), default="")
    kind: Mapped[str] = mapped_column(String(24))
    start_on: Mapped[date]
    end_on: Mapped[date]
    """The last day of observation (planned; an extension moves it)."""
    worker: Mapped[str] = mapped_column(String(64), default="")
    doctor: Mapped[str] = mapped_column(String(64), default="")
    police: Mapped[str] = mapped_column(String(64), default="")
    support_needed: Mapped[str] = mapped_column(String(500), default="")
    outcome: Mapped[str | None] = mapped_column(String(16))
    outcome_on: Mapped[date | None]
    last_seen_slot: Mapped[int | None]
    """Derived from the follow-ups (days since 1970 x 2, +1 for an afternoon) so the worklist
    need not read them all; recomputed whenever a follow-up of this observation is written."""


class FollowUp(Synced, Base):
    """A morning or afternoon follow-up: temperature, symptoms, and whether they were seen."""

    __tablename__ = "follow_ups"
    __table_args__ = (
        UniqueConstraint("returnee_id", "day", "slot"),
        # Covers "when was each person last seen", which the worklist asks of thousands at once.
        Index("ix_follow_ups_seen", "returnee_id", "status", "day", "slot"),
    )

    returnee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("returnees.id"))
    day: Mapped[date]
    slot: Mapped[str] = mapped_column(String(2))
    reading_dt: Mapped[int | None] = mapped_column(SmallInteger)
    symptoms: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16))
    taken_at: Mapped[datetime]


class ObservationAlert(Synced, Base):
    """Raised by an unwell or feverish follow-up, or by missed slots; open until acted on."""

    __tablename__ = "observation_alerts"

    returnee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("returnees.id"), index=True)
    reason: Mapped[str] = mapped_column(String(16))
    raised_at: Mapped[datetime]
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    action: Mapped[str | None] = mapped_column(String(500))
    closed_at: Mapped[datetime | None]


class HouseholdOuting(Synced, Base):
    """A household member going out, under the optional one-member-every-N-days rule."""

    __tablename__ = "household_outings"
    __table_args__ = (Index("ix_household_outings_household_at", "household_id", "at"),)

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"))
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"))
    gate_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("gates.id"))
    at: Mapped[datetime]


class ExitAttempt(Synced, Base):
    """A person under observation seen trying to leave through a gate."""

    __tablename__ = "exit_attempts"

    returnee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("returnees.id"), index=True)
    gate_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("gates.id"))
    at: Mapped[datetime] = mapped_column(index=True)
