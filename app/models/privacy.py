"""What privacy over time keeps: the figures of purged days, and the purges themselves."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class DayTotal(Synced, Base):
    """A day's figures for the records one computer (``replica_id``) purged: counts, never people.

    Reports add these to what is still on file, so a purged day keeps its numbers. The id is made
    from the computer and the day (``app.services.retention``), so the gate and the street office
    never hold two rows for one computer's day.
    """

    __tablename__ = "day_totals"
    __table_args__ = (Index("ix_day_totals_site_day", "site_id", "day"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    replica_id: Mapped[uuid.UUID]
    day: Mapped[date]
    checks: Mapped[int] = mapped_column(default=0)
    people: Mapped[int] = mapped_column(default=0)
    fevers: Mapped[int] = mapped_column(default=0)
    admitted: Mapped[int] = mapped_column(default=0)
    refused: Mapped[int] = mapped_column(default=0)
    by_hour: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    """Checks per gate name and local hour: ``{"东门": [0, …, 0]}`` (24 numbers)."""


class PurgeRecord(Synced, Base):
    """A retention purge, as it travels to the street office, which deletes the same records:
    the events (visits, checks, outings) the listed computers recorded before ``events_before``,
    and the compound's observations that ended before ``observations_before``."""

    __tablename__ = "purge_records"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"), index=True)
    events_before: Mapped[datetime]
    observations_before: Mapped[date]
    replicas: Mapped[list[str]] = mapped_column(JSON, default=list)
    """Hex ids of the computers (this database's current and earlier replica ids)."""
    at: Mapped[datetime]
