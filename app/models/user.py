"""Accounts: guards, committee heads and administrators."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class User(Synced, Base):
    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("site_id", "username"),)

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    username: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    # Wrong passwords (see app.domain.passwords.Lockout).
    failed_sign_ins: Mapped[int] = mapped_column(default=0, server_default="0")
    lockouts: Mapped[int] = mapped_column(default=0, server_default="0")
    locked_until: Mapped[datetime | None]
