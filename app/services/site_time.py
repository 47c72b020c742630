"""Local days at the compound: the site's time zone decides where a day starts."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.models import Site


@lru_cache(maxsize=8)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def site_zone(session: Session, site_id: uuid.UUID) -> ZoneInfo:
    return _zone(session.scalars(select(Site.timezone).where(Site.id == site_id)).one())


def local_today(zone: ZoneInfo) -> date:
    return clock.now().astimezone(zone).date()


def day_bounds(zone: ZoneInfo, day: date) -> tuple[datetime, datetime]:
    """The UTC instants where the local ``day`` starts and the next one starts."""
    start = datetime.combine(day, time(), zone)
    end = datetime.combine(day + timedelta(days=1), time(), zone)
    return start.astimezone(UTC), end.astimezone(UTC)
