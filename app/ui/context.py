"""What the windows are built from: the database, the signed-in user, settings, languages.

Windows reach the data only through ``call`` and ``run`` (``app.services.calling``), never with a
session of their own: a database held by another program is then a translated message (the
``DatabaseBusy`` error) wherever it happens, never a crash.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings

from app.services import calling
from app.services.context import Actor
from app.services.site_time import site_zone
from app.ui.i18n import LanguageManager

if TYPE_CHECKING:
    from app.services.opening import Sessions

T = TypeVar("T")


def _zone(session: Any, actor: Actor) -> ZoneInfo:
    return site_zone(session, actor.site_id)


class _ServiceDoor:
    sessions: Sessions
    actor: Actor

    @cached_property
    def zone(self) -> ZoneInfo:
        """The compound's (or the office's) time zone: every time on screen is local to it."""
        return self.call(_zone)

    def local(self, when: datetime, fmt: str = "%H:%M") -> str:
        return when.astimezone(self.zone).strftime(fmt)

    def call(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``service(session, actor, …)`` in its own transaction, as the signed-in user (also
        from a background task)."""
        return calling.call(self.sessions, self.actor, service, *args, **kwargs)

    def run(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``service(sessions, actor, …)``, one that makes its own transactions (imports, demo data)."""
        return calling.run(self.sessions, self.actor, service, *args, **kwargs)


@dataclass
class UiContext(_ServiceDoor):
    """A gate's windows."""

    sessions: Sessions
    actor: Actor
    languages: LanguageManager
    settings: QSettings
    data_dir: Path


@dataclass
class HubContext(_ServiceDoor):
    """The street office's window."""

    sessions: Sessions
    actor: Actor
    languages: LanguageManager
