"""Temperature checks at the gate, including the recheck of a fever."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ColumnElement, ForeignKey, Index, SmallInteger, String, and_
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced, partial_index


class TemperatureCheck(Synced, Base):
    """One reading. A reading at or above the threshold opens a fever hold: a later reading
    points back at it with ``recheck_of_id`` and the hold's ``outcome`` closes it."""

    __tablename__ = "temperature_checks"
    __table_args__ = (
        Index("ix_temperature_checks_person_taken", "person_id", "taken_at"),
        # Reports count a day's or a fortnight's checks by hour, gate and fever: everything they
        # read is in this index, so a fortnight's 70,000 checks are counted without the table.
        Index("ix_temperature_checks_day", "taken_at", "site_id", "deleted", "recheck_of_id", "is_fever",
              "gate_id"),
    )

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    gate_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("gates.id"))
    subject_kind: Mapped[str] = mapped_column(String(16))
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"))
    visit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("visits.id"))
    subject_label: Mapped[str | None] = mapped_column(String(64))
    taken_at: Mapped[datetime]
    reading_dt: Mapped[int] = mapped_column(SmallInteger)
    method: Mapped[str] = mapped_column(String(16))
    threshold_dt: Mapped[int] = mapped_column(SmallInteger)
    is_fever: Mapped[bool]
    recheck_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("temperature_checks.id"))
    outcome: Mapped[str | None] = mapped_column(String(24))
    paper_ref: Mapped[str | None] = mapped_column(String(20))
    """The paper register entry this was typed in from, after an outage."""


def is_open_hold() -> ColumnElement[bool]:
    """A fever with neither a second reading nor an outcome yet."""
    return and_(
        TemperatureCheck.is_fever.is_(True), TemperatureCheck.recheck_of_id.is_(None),
        TemperatureCheck.outcome.is_(None),
    )


# Visitors' checks and rechecks are rare and looked up by value: a full index would hold a
# million NULLs, and would lure the planner into reading every first reading when asked for
# "recheck_of_id IS NULL".
partial_index("ix_temperature_checks_paper_ref", TemperatureCheck.paper_ref,
              TemperatureCheck.paper_ref.is_not(None))
partial_index("ix_temperature_checks_visit_id", TemperatureCheck.visit_id,
              TemperatureCheck.visit_id.is_not(None))
partial_index("ix_temperature_checks_recheck_of_id", TemperatureCheck.recheck_of_id,
              TemperatureCheck.recheck_of_id.is_not(None))
# Open holds are a handful among millions of checks: a partial index finds them at once.
partial_index("ix_temperature_checks_open_holds", TemperatureCheck.taken_at, is_open_hold())
