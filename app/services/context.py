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
OFFICE_ROLES = {"staff": Role.HEAD, "admin": Role.ADMIN}
"""A street office's accounts: its staff import, report and send back (a committee head's
rights); its administrators also manage accounts, trust compounds and set policies."""
OFFICE_ROLE_LABELS = {
    Role.HEAD: QT_TRANSLATE_NOOP("Role", "Office staff"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Office administrator"),
}


def role_label(role: Role, office: bool = False) -> str:
    """The role's name as its holder knows it (untranslated, context "Role")."""
    return (OFFICE_ROLE_LABELS if office else ROLE_LABELS).get(role, ROLE_LABELS[role])


def role_name(role: Role, office: bool = False) -> str:
    """The role as the command line spells it: ``guard``, ``head``, ``admin``; at an office ``staff``, ``admin``."""
    if office:
        for name, held in OFFICE_ROLES.items():
            if held == role:
                return name
    return role.name.lower()


def parse_role(name: str, office: bool = False) -> Role:
    return OFFICE_ROLES[name] if office else Role.parse(name)


@dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID
    username: str
    display_name: str
    role: Role
    site_id: uuid.UUID
    office: bool = False
    """Signed in at a street office's hub (``site_id`` is then the office's)."""


def authorize(session: Session, actor: Actor, needed: Role) -> None:
    """Refuse unless ``actor`` holds ``needed``; then stamp this session's writes with them."""
    if actor.role < needed:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "This needs the role {role}; you are signed in as {mine}."),
            role=Message(role_label(needed, actor.office), context="Role"),
            mine=Message(role_label(actor.role, actor.office), context="Role"),
        )
    session.info["actor_id"] = actor.user_id


def audit(session: Session, action: str, entity: str, entity_id: uuid.UUID | None,
          **detail: Any) -> None:
    """Record an action in the audit chain (``app.models.audit``). ``detail`` must hold no
    personal numbers; any that slip into its text (a reason typed by a user) are masked."""
    session.add(AuditEntry(action=action, entity=entity, entity_id=entity_id, detail=_masked(detail)))


def _masked(value: Any) -> Any:
    from app.log import mask_text

    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, dict):
        return {key: _masked(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_masked(item) for item in value]
    return value
