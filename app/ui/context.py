"""What the windows are built from: the database, the signed-in user, settings, languages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.db.engine import is_busy
from app.errors import QT_TRANSLATE_NOOP, DatabaseBusy

from app.services.context import Actor
from app.services.site_time import site_zone
from app.ui.i18n import LanguageManager

T = TypeVar("T")


@dataclass
class UiContext:
    sessions: sessionmaker[Session]
    actor: Actor
    languages: LanguageManager
    settings: QSettings
    data_dir: Path

    @cached_property
    def zone(self) -> ZoneInfo:
        """The compound's time zone: every time on screen is local to the gate."""
        with self.sessions() as session:
            return site_zone(session, self.actor.site_id)

    def local(self, when: datetime, fmt: str = "%H:%M") -> str:
        return when.astimezone(self.zone).strftime(fmt)

    def call(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run one service in its own transaction, as the signed-in user."""
        try:
            with self.sessions.begin() as session:
                return service(session, self.actor, *args, **kwargs)
        except OperationalError as error:
            if not is_busy(error):
                raise
            raise DatabaseBusy(QT_TRANSLATE_NOOP(
                "Errors", "The database is busy with a long task; try again in a moment.")) from None
