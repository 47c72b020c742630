"""The figures of purged days (``DayTotal``), summed over the computers that purged them: what the
reports add to the records still on file (``app.services.reports``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import DayTotal


@dataclass
class StoredDay:
    checks: int = 0
    people: int = 0
    fevers: int = 0
    admitted: int = 0
    refused: int = 0
    by_hour: dict[str, list[int]] = field(default_factory=dict)


def stored_days(session: Session, site_id: uuid.UUID, first: date, last: date) -> dict[date, StoredDay]:
    days: dict[date, StoredDay] = {}
    rows = session.scalars(select(DayTotal).where(
        DayTotal.site_id == site_id, DayTotal.deleted.is_(False), DayTotal.day >= first, DayTotal.day <= last))
    for row in rows:
        day = days.setdefault(row.day, StoredDay())
        day.checks += row.checks
        day.people += row.people
        day.fevers += row.fevers
        day.admitted += row.admitted
        day.refused += row.refused
        for gate, hours in (row.by_hour or {}).items():
            day.by_hour[gate] = [a + b for a, b in zip(day.by_hour.get(gate, [0] * 24), hours, strict=True)]
    return days
