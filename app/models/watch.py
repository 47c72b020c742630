"""The watch list: key regions (ID-number prefixes) and plate prefixes, with validity dates."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class WatchEntry(Synced, Base):
    __tablename__ = "watch_entries"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    kind: Mapped[str] = mapped_column(String(8))
    """``region`` (a division code prefix, 2 to 6 digits) or ``plate`` (e.g. 鄂A)."""
    prefix: Mapped[str] = mapped_column(String(16), index=True)
    label: Mapped[str] = mapped_column(String(100), default="")
    valid_from: Mapped[date]
    valid_until: Mapped[date | None]
    source: Mapped[str] = mapped_column(String(100), default="")
