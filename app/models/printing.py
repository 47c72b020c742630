"""What printing keeps: notice texts edited in the app, and the paper register pages issued."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class NoticeText(Synced, Base):
    """A notice's wording in one language, replacing the shipped default until reset (deleted)."""

    __tablename__ = "notice_texts"
    __table_args__ = (Index("ix_notice_texts_site_template", "site_id", "template", "language"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    template: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)


class RegisterSheet(Synced, Base):
    """A run of pre-numbered paper register pages printed on this computer.

    Entries are numbered ``{copy}-{page:04d}-{row:02d}``, where ``copy`` is this computer's
    replica code, so pages printed at two gates never share a number.
    """

    __tablename__ = "register_sheets"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    copy_code: Mapped[str] = mapped_column(String(8))
    first_page: Mapped[int]
    page_count: Mapped[int]
    rows_per_page: Mapped[int]
    printed_at: Mapped[datetime]
