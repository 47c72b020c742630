"""Who is acting, what their role allows, and the audit trail of what they did."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from sqlalchemy.orm import Session

from app.errors import QT_TRANSLATE_NOOP, Message, PermissionDenied
from app.models import AuditEntry


class Role(IntEnum):
    """Ordered: each role can do what the roles below it can."""

    GUARD = 1
    HEAD = 2
    ADMIN = 3

    @classmethod
    def parse(cls, name: str) -> Role:
        return cls[name.upper()]


ROLE_LABELS = {
    Role.GUARD: QT_TRANSLATE_NOOP("Role", "Guard"),
    Role.HEAD: QT_TRANSLATE_NOOP("Role", "Committee head"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
}


@dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID
    username: str
    display_name: str
    role: Role
    site_id: uuid.UUID


def authorize(session: Session, actor: Actor, needed: Role) -> None:
    """Refuse unless ``actor`` holds ``needed``; then stamp this session's writes with them."""
    if actor.role < needed:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "This needs the role {role}; you are signed in as {mine}."),
            role=Message(ROLE_LABELS[needed], context="Role"),
            mine=Message(ROLE_LABELS[actor.role], context="Role"),
        )
    session.info["actor_id"] = actor.user_id


def audit(session: Session, action: str, entity: str, entity_id: uuid.UUID | None,
          **detail: Any) -> None:
    """Record an action. ``detail`` must hold no personal numbers."""
    session.add(AuditEntry(action=action, entity=entity, entity_id=entity_id, detail=detail))
